using System.Globalization;
using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Rendering;
using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// <c>supple start</c> from beginning to end: disclaimer, pain before, the session (live or plain), the stop
/// screen when it hurts, pain after, and the end screen with the streak. Records as it goes.
/// </summary>
internal sealed class GuidedSession
{
    private readonly CliConsole _console;
    private readonly Func<string?, CancellationToken, Task<ISessionJournal>> _openJournal;

    public GuidedSession(CliConsole console, Func<string?, CancellationToken, Task<ISessionJournal>> openJournal)
    {
        _console = console;
        _openJournal = openJournal;
    }

    public async Task<int> RunAsync(StartOptions options, CancellationToken cancellationToken)
    {
        // Everything that can be wrong with the input is checked before anything is shown or stored.
        var programme = ProgrammeSource.Load(options.ProgrammeFile);
        var routine = RoutineBuilder.Build(programme, options.Level, options.Only);
        var timeline = RoutineBuilder.Compile(programme, routine);
        if (!options.Plain && !_console.IsTerminal)
        {
            throw new UsageException(
                "'supple start' shows a live full-screen view and needs a terminal, but stdin or stdout is redirected. "
                + "Use 'supple start --plain' for one line per step (with --accept-disclaimer and --pain-before/--pain-after N).");
        }

        if (!options.Plain)
        {
            // Touching the keyboard now makes .NET take the terminal out of echo mode before the store is
            // opened, so keys pressed early are not echoed onto the screen.
            _ = _console.Ansi.Input.IsKeyAvailable();
        }

        VoiceCues? voice = null;
        if (options.Voice)
        {
            voice = VoiceCues.TryCreate(_console.Environment);
            if (voice is null)
            {
                await _console.Error.WriteLineAsync("supple: " + VoiceCues.MissingMessage);
            }
        }

        using var voiceScope = voice;
        await using var journal = await _openJournal(options.Db, cancellationToken);

        if (!await EnsureDisclaimerAsync(programme, journal, options, cancellationToken))
        {
            _console.Ansi.MarkupLine("Not started. Supple runs a session only after the disclaimer is accepted.");
            return ExitCodes.Failure;
        }

        var painBefore = options.PainBefore ?? (options.Plain ? null : AskPain("How much does your upper back hurt right now?"));

        // Without --only or --level, a saved plan decides today's stretches and their levels (docs/SAFETY.md).
        var level = options.Level;
        if (options.UsePlan && await TodaysStretches.TryBuildAsync(_console, programme, options.Db, painBefore, cancellationToken) is { } today)
        {
            if (!TodaysStretches.ShowAdvice(_console, today, options.Plain))
            {
                _console.Ansi.MarkupLine("Not started.");
                return ExitCodes.Ok;
            }

            if (today.Routine.Items.Count == 0)
            {
                throw new UsageException("every stretch in your plan is paused. Ask a doctor or physiotherapist, then resume one with 'supple assess --resume STRETCH_ID'.");
            }

            timeline = RoutineBuilder.Compile(programme, today.Routine);
            level = TodaysStretches.RecordedLevel(today);
        }

        var startedAt = _console.Time.GetUtcNow();
        await journal.StartSessionAsync(
            new SessionStart(startedAt, options.ProgrammeFile ?? BuiltInProgramme.Name, level, timeline, painBefore),
            cancellationToken);

        var runner = new SessionLoop(new SessionRunner(timeline), _console.Time);
        var bell = !options.Quiet;
        SessionResult result;
        SessionRecorder recorder;
        if (options.Plain)
        {
            PlainPlayer? plain = null;
            recorder = new SessionRecorder(journal, r => plain?.Line(_console.Time.GetUtcNow(), Saved(r, timeline)));
            plain = new PlainPlayer(_console, runner, new SessionScreenState(programme, timeline), e => OnEvent(e, recorder), bell && _console.IsTerminal, voice,
                readKeys: _console.IsInputTerminal);
            plain.Line(startedAt, string.Create(CultureInfo.InvariantCulture,
                $"session: {timeline.Stretches.Count} stretch{(timeline.Stretches.Count == 1 ? "" : "es")}, {Format.Kebab(level)}, {Format.Duration(timeline.TotalDuration)}"));
            result = await plain.PlayAsync(cancellationToken);
            await recorder.FlushAsync();
            plain.Line(result.EndedAt, "outcome: " + Kebab(result.Outcome));
        }
        else
        {
            recorder = new SessionRecorder(journal, onSaved: null);
            var state = new SessionScreenState(programme, timeline)
            {
                Notice = options.Voice && voice is null ? "Voice is off: espeak-ng is not installed." : null,
            };
            using var live = new LivePlayer(_console, runner, state, e => OnEvent(e, recorder), bell, voice);
            result = await Task.Run(() => live.Play(cancellationToken), CancellationToken.None);
            await recorder.FlushAsync();
        }

        voice?.Dispose();
        if (result.Hurt is { } hurt)
        {
            if (options.Plain)
            {
                _console.Out.WriteLine($"STOP: you said it hurts during {hurt.StretchId}{(hurt.Side == Side.None ? "" : " (" + Format.Side(hurt.Side) + ")")}.");
                _console.Out.WriteLine(programme.StopRule);
            }
            else
            {
                _console.Ansi.Write(EndView.Hurt(programme, timeline, hurt));
            }
        }

        var interrupted = cancellationToken.IsCancellationRequested;
        var painAfter = options.PainAfter ?? (options.Plain || interrupted ? null : AskPain("And now, after the session: how much does your upper back hurt?"));

        // Closing the record must happen even after Ctrl+C: the session is kept, marked as it ended.
        await journal.FinishSessionAsync(result, painAfter, CancellationToken.None);
        JournalStats? stats = null;
        try
        {
            stats = await journal.GetStatsAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await _console.Error.WriteLineAsync($"supple: could not read the history for the streak: {ex.Message}");
        }

        WriteEnd(options, result, timeline, painBefore, painAfter, stats, recorder.Error);
        return recorder.Error is null ? (interrupted ? ExitCodes.Interrupted : ExitCodes.Ok) : ExitCodes.Failure;
    }

    private static void OnEvent(RunnerEvent e, SessionRecorder recorder)
    {
        if (e is StretchCompleted completed)
        {
            recorder.Enqueue(completed);
        }
    }

    private static string Saved(StretchRecord r, Timeline timeline)
    {
        var name = timeline.Stretches.FirstOrDefault(s => s.StretchId == r.StretchId)?.Name ?? r.StretchId;
        var side = r.Side == Side.None ? "" : " (" + Format.Side(r.Side) + ")";
        var note = EndView.Note(r) is { Length: > 0 } n ? ", " + n : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"saved: {r.StretchId}{side}: {name}, {Format.Count(r.RepsDone, "rep", "reps")}, {Format.Count(r.SetsDone, "set", "sets")}, {r.SecondsHeld} s held{note}");
    }

    private static string Kebab(SessionOutcome outcome) => outcome switch
    {
        SessionOutcome.StoppedForPain => "stopped-for-pain",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private async Task<bool> EnsureDisclaimerAsync(Programme programme, ISessionJournal journal, StartOptions options, CancellationToken cancellationToken)
    {
        if (options.AcceptDisclaimer)
        {
            if (!await journal.IsDisclaimerAcceptedAsync(cancellationToken))
            {
                await journal.AcceptDisclaimerAsync(_console.Time.GetUtcNow(), cancellationToken);
            }

            return true;
        }

        if (await journal.IsDisclaimerAcceptedAsync(cancellationToken))
        {
            return true;
        }

        if (options.Plain)
        {
            throw new UsageException(
                "the medical disclaimer has not been accepted yet. Read it with 'supple about', then pass --accept-disclaimer "
                + "(or run 'supple start' once in a terminal and accept it there).");
        }

        _console.Ansi.Write(DisclaimerPanel(programme));
        var accepted = _console.Ansi.Prompt(new ConfirmationPrompt("I have read this and want to go on") { DefaultValue = false });
        if (accepted)
        {
            await journal.AcceptDisclaimerAsync(_console.Time.GetUtcNow(), cancellationToken);
        }

        return accepted;
    }

    /// <summary>The disclaimer and the stop rule, boxed, as the first run shows them before asking to go on.</summary>
    internal static Panel DisclaimerPanel(Programme programme) =>
        new Panel(new Rows(
                new Text(programme.Disclaimer),
                Text.Empty,
                new Markup("[bold]When to stop:[/] " + Markup.Escape(programme.StopRule))))
            .Header("[bold] Before your first session [/]")
            .Expand();

    internal int? AskPain(string question)
    {
        var prompt = new TextPrompt<string>($"{Markup.Escape(question)} [dim](0 = none, 10 = worst; Enter to skip)[/]")
            .AllowEmpty()
            .Validate(text => string.IsNullOrWhiteSpace(text) || PainScoreText.TryParse(text, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error("Type a whole number from 0 to 10, or press Enter to skip."));
        var answer = _console.Ansi.Prompt(prompt);
        return PainScoreText.TryParse(answer, out var score) ? score : null;
    }

    private void WriteEnd(StartOptions options, SessionResult result, Timeline timeline, int? painBefore, int? painAfter, JournalStats? stats, Exception? recordError)
    {
        var pain = EndView.PainChange(painBefore, painAfter);
        if (options.Plain)
        {
            foreach (var r in result.Stretches)
            {
                _console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {r.StretchId}{(r.Side == Side.None ? "" : " " + Format.Kebab(r.Side))}: {Format.Count(r.RepsDone, "rep", "reps")}, {Format.Count(r.SetsDone, "set", "sets")}, {r.SecondsHeld} s held{(EndView.Note(r) is { Length: > 0 } n ? ", " + n : "")}"));
            }

            if (pain is not null)
            {
                _console.Out.WriteLine(pain);
            }

            if (stats is not null)
            {
                _console.Out.WriteLine(EndView.Streak(stats));
                if (EndView.AveragePainChange(stats) is { } average)
                {
                    _console.Out.WriteLine(average);
                }
            }
        }
        else
        {
            _console.Ansi.Write(EndView.Summary(result, timeline));
            if (pain is not null)
            {
                _console.Ansi.WriteLine(pain);
            }

            if (stats is not null)
            {
                _console.Ansi.WriteLine(EndView.Streak(stats));
                if (EndView.AveragePainChange(stats) is { } average)
                {
                    _console.Ansi.WriteLine(average);
                }
            }
        }

        if (recordError is not null)
        {
            _console.Error.WriteLine($"supple: error: part of this session could not be saved: {recordError.Message}");
        }
    }
}
