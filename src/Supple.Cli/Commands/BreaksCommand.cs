using System.CommandLine;
using Supple.Application;
using Supple.Breaks;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Reminders;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple breaks</c>: desk breaks while you work. Counts down, offers a two-minute micro-routine at each break
/// (desktop notification where <c>notify-send</c> exists, else the bell), with postpone, skip and pause.
/// </summary>
internal sealed class BreaksCommand : Command
{
    private readonly Option<string?> _every = new("--every")
    {
        Description = CliText.Localizer.Format(CliText.HelpBreaksEvery, ("command", "'supple remind --break-every'")),
        HelpName = "DURATION",
    };
    private readonly Option<string?> _for = new("--for")
    {
        Description = CliText.Localizer.Format(CliText.HelpBreaksFor, ("quit", "q"), ("interrupt", "Ctrl+C")),
        HelpName = "DURATION",
    };
    private readonly Option<int> _maxPostpones = new("--max-postpones")
    {
        Description = CliText.Localizer.Format(CliText.HelpBreaksMaxPostpones, ("minutes", (int)BreakSettings.Default.PostponeBy.TotalMinutes)),
        DefaultValueFactory = _ => BreakSettings.Default.MaxPostponesPerBreak,
    };
    private readonly Option<int> _maxSkips = new("--max-skips")
    {
        Description = CliText.Localizer[CliText.HelpBreaksMaxSkips],
        DefaultValueFactory = _ => BreakSettings.Default.MaxSkipsPerDay,
    };
    private readonly Option<bool> _plain = new("--plain")
    {
        Description = CliText.Localizer[CliText.HelpBreaksPlain],
    };
    private readonly Option<bool> _noNotify = new("--no-notify") { Description = CliText.Localizer[CliText.HelpBreaksNoNotify] };
    private readonly Option<bool> _quiet = new("--quiet") { Description = CliText.Localizer[CliText.HelpBreaksQuiet] };
    private readonly Option<bool> _acceptDisclaimer = new("--accept-disclaimer")
    {
        Description = CliText.Localizer.Format(CliText.HelpBreaksAcceptDisclaimer, ("command", "'supple about'")),
    };

    // How the native supple-breaks records a break: it runs 'supple breaks --record' with the break on stdin.
    private readonly Option<bool> _record = new("--record") { Hidden = true };
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    private readonly Func<BreakJob, bool>? _handOff;

    /// <param name="console">The console.</param>
    /// <param name="handOff">
    /// Hands the job to the native desk-break program, replacing this process (so it returns only when it could not,
    /// with false, and then the loop runs here). <c>null</c> always runs the loop here.
    /// </param>
    public BreaksCommand(CliConsole console, Func<BreakJob, bool>? handOff = null)
        : base("breaks", CliText.Localizer.Format(CliText.HelpBreaks, ("every", CliText.Localizer.Format(CliText.HelpBreaksMinutes, ("minutes", (int)BreakSettings.Default.Every.TotalMinutes)))))
    {
        Options.Add(_every);
        Options.Add(_for);
        Options.Add(_maxPostpones);
        Options.Add(_maxSkips);
        Options.Add(_plain);
        Options.Add(_noNotify);
        Options.Add(_quiet);
        Options.Add(_acceptDisclaimer);
        Options.Add(_record);
        Options.Add(_programme);
        Options.Add(_db);
        _handOff = handOff;
        SetAction(async (parse, ct) =>
        {
            if (parse.GetValue(_record))
            {
                return await RecordAsync(console, ct);
            }

            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            TimeSpan? every = parse.GetValue(_every) is { } everyText ? ParseEvery(everyText, "--every") : null;
            TimeSpan? runFor = null;
            if (parse.GetValue(_for) is { } forText)
            {
                runFor = ReminderText.TryParseDuration(forText, out var parsed) && parsed <= TimeSpan.FromDays(7)
                    ? parsed
                    : throw new UsageException($"--for must be a duration up to 7 days such as 8h or 90m (got '{forText}').");
            }

            var maxPostpones = parse.GetValue(_maxPostpones);
            var maxSkips = parse.GetValue(_maxSkips);
            if (maxPostpones is < 0 or > 10 || maxSkips is < 0 or > 50)
            {
                throw new UsageException("--max-postpones must be 0 to 10 and --max-skips 0 to 50.");
            }

            var plain = parse.GetValue(_plain);
            if (!plain && !console.IsTerminal)
            {
                throw new UsageException("'supple breaks' shows a live countdown and reads keys, but stdin or stdout is redirected. Use --plain.");
            }

            // Read what is needed from the store, then close it: the loop itself holds no database connection.
            DeskBreakPlan breaks;
            await using (var data = CliApp.Open(console, parse.GetValue(_db), programme, parse.GetValue(_programme)))
            {
                breaks = await data.App.DeskBreaks.PrepareAsync(parse.GetValue(_acceptDisclaimer), ct);
            }

            var timeline = breaks.Timeline;
            var spacing = every ?? breaks.Every ?? BreakSettings.Default.Every;
            var breakLength = timeline.TotalDuration < TimeSpan.FromSeconds(10) ? TimeSpan.FromSeconds(10) : timeline.TotalDuration;
            if (spacing <= breakLength + BreakSettings.Default.PostponeBy)
            {
                throw new UsageException($"--every must be longer than a break plus a postpone ({ReminderText.Format(breakLength + BreakSettings.Default.PostponeBy)}).");
            }

            var job = new BreakJob(
                spacing,
                breakLength,
                BreakSettings.Default.PostponeBy,
                maxPostpones,
                maxSkips,
                runFor,
                Live: !plain,
                Bell: !parse.GetValue(_quiet),
                Notify: !parse.GetValue(_noNotify),
                BreakRoutineScripts.From(timeline),
                new BreakRecording(SelfCommand(), parse.GetValue(_db), parse.GetValue(_programme), AppBreakRecorder.Items(breaks.Routine)),
                LocalizedBreakWords.Current());

            // Waiting for hours needs none of what was loaded to get here: hand over to the small native program
            // when it was built next to this one. A successful exec never returns here.
            if (_handOff is not null && _handOff(job))
            {
                return ExitCodes.Ok;
            }

            // What was loaded to start up is not needed while waiting for hours: give the memory back.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            var recorder = new AppBreakRecorder(console, parse.GetValue(_db), programme, parse.GetValue(_programme), job.Recording!.Routine);
            return await BreakLoop.RunJobAsync(job, console.Out, console.Time, console.Environment, ct, recorder);
        });
    }

    internal static TimeSpan ParseEvery(string text, string option) =>
        ReminderText.TryParseDuration(text, out var every) && every >= TimeSpan.FromMinutes(10) && every <= TimeSpan.FromHours(12)
            ? every
            : throw new UsageException($"{option} must be a duration from 10m to 12h such as 50m or 1h (got '{text}').");

    /// <summary><c>supple breaks --record</c>: saves one break that <c>supple-breaks</c> passes on standard input.</summary>
    private static async Task<int> RecordAsync(CliConsole console, CancellationToken ct)
    {
        BreakRecordRequest request;
        try
        {
            request = System.Text.Json.JsonSerializer.Deserialize(await Console.In.ReadToEndAsync(ct), BreakJobJsonContext.Default.BreakRecordRequest)
                ?? throw new UsageException("no break on standard input.");
        }
        catch (System.Text.Json.JsonException ex)
        {
            throw new UsageException($"the break on standard input is not valid: {ex.Message}", ex);
        }

        var programme = ProgrammeSource.Load(request.ProgrammeFile);
        var record = new BreakRecord(request.BreakId, request.StartedAt, TimeSpan.FromMilliseconds(request.ElapsedMilliseconds), request.End);
        await new AppBreakRecorder(console, request.Db, programme, request.ProgrammeFile, request.Routine).RecordAsync(record, ct);
        return ExitCodes.Ok;
    }

    /// <summary>How to start this same <c>supple</c> again: its apphost, or the .NET host and supple.dll.</summary>
    private static IReadOnlyList<string> SelfCommand()
    {
        var host = Environment.ProcessPath ?? "supple";
        return Path.GetFileNameWithoutExtension(host) == "dotnet" ? [host, typeof(BreaksCommand).Assembly.Location] : [host];
    }
}
