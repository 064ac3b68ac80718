using Supple.Application;
using Supple.Breaks;
using Supple.Cli.Infrastructure;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Data;

namespace Supple.Cli.Reminders;

/// <summary>
/// Records a desk break through the application layer: in <c>supple</c> itself when the loop runs in-process, and for
/// <c>supple breaks --record</c> when the native <c>supple-breaks</c> asks.
/// </summary>
internal sealed class AppBreakRecorder(CliConsole console, string? db, Programme programme, string? programmeFile, IReadOnlyList<BreakRoutineItem> routine) : IBreakRecorder
{
    public async Task RecordAsync(BreakRecord record, CancellationToken ct)
    {
        await using var data = CliApp.Open(console, db, programme, programmeFile);
        await data.App.DeskBreaks.RecordAsync(Report(record, routine), ct);
    }

    /// <summary>The application's report of a break.</summary>
    public static BreakReport Report(BreakRecord record, IReadOnlyList<BreakRoutineItem> routine) => new(
        record.BreakId,
        new Routine([.. routine.Select(i => new RoutineItem(i.StretchId, Level(i.Level)))]),
        record.StartedAt,
        record.Elapsed,
        record.End switch
        {
            BreakRecord.Played => StepEnd.Played,
            BreakRecord.Hurt => StepEnd.Hurt,
            BreakRecord.Stopped => StepEnd.Stopped,
            var other => throw new UsageException($"a break cannot end as '{other}'."),
        });

    public static IReadOnlyList<BreakRoutineItem> Items(Routine routine) =>
        [.. routine.Items.Select(i => new BreakRoutineItem(i.StretchId, StoredNames.Of(i.Level)))];

    private static DosageLevel Level(string name) =>
        StoredNames.TryLevel(name, out var level) ? level : throw new UsageException($"'{name}' is not a level.");
}
