using System.CommandLine;
using System.Runtime.CompilerServices;
using Spectre.Console;
using Supple.Cli.History;
using Supple.Cli.Infrastructure;
using Supple.Core.Statistics;
using Supple.Data;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple stats [--json]</c>: streaks, days practised, completion, pain before/after, the 30-day pain trend and
/// per-stretch counts. Reads through <see cref="SqliteStatsReader"/> (plain SQL over summary rows, no EF Core) and
/// falls back to the store only when that cannot answer (no file yet, a schema to migrate, PostgreSQL).
/// </summary>
internal sealed class StatsCommand : Command
{
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _db = CommonOptions.Db();

    public StatsCommand(CliConsole console)
        : base("stats", "Show streaks, days practised, completion, pain before and after, the pain trend and per-stretch counts.")
    {
        Options.Add(_json);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var location = HistoryStore.Locate(console, parse.GetValue(_db));
            var stats = SqliteStatsReader.TryRead(location, console.Time) ?? await ReadThroughStoreAsync(console, location, ct);
            if (parse.GetValue(_json))
            {
                await console.Out.WriteLineAsync(HistoryJson.Stats(stats));
            }
            else if (console.IsTerminal)
            {
                console.Ansi.Write(StatsView.Render(stats, StretchNames.FromBuiltIn));
                console.Ansi.WriteLine();
            }
            else
            {
                StatsText.Write(console.Out, stats);
            }

            return ExitCodes.Ok;
        });
    }

    // Kept out of the action so EF Core is only loaded and compiled when the fast path declines.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<PracticeStats> ReadThroughStoreAsync(CliConsole console, StoreLocation location, CancellationToken ct)
    {
        await using var store = await SuppleStore.OpenAsync(location, console.Time, "local", ct);
        return await store.GetStatsAsync(ct);
    }
}
