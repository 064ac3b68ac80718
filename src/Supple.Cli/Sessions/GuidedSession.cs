using Spectre.Console;
using Supple.Application;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// <c>supple start</c> from beginning to end: disclaimer, pain before, the session the application prepared (every
/// safety rule applied), played live or plain, each step reported as it ends, the stop screen when it hurts, pain
/// after, and the end screen. Nothing is said to be done or saved before it is.
/// </summary>
internal sealed class GuidedSession
{
    private readonly CliConsole _console;

    public GuidedSession(CliConsole console) => _console = console;

    public async Task<int> RunAsync(StartOptions options, CancellationToken cancellationToken)
    {
        // Everything that can be wrong with the input is checked before anything is shown or stored.
        var programme = ProgrammeSource.Load(options.ProgrammeFile);
        if (options.Only.Count > 0)
        {
            RoutineBuilder.Build(programme, options.Level ?? DosageLevel.Standard, options.Only);
        }

        if (!options.Plain && !_console.IsTerminal)
        {
            throw new UsageException(CliText.Localizer[CliText.SessionNeedsTerminal]);
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
        await using var data = CliApp.Open(_console, options.Db, programme, options.ProgrammeFile);
        var app = data.App;

        // The safety gate first: nothing is asked or shown of a session that will not be offered.
        await app.Assessments.ThrowIfClosedAsync(cancellationToken);
        if (!await EnsureDisclaimerAsync(app, programme, options, cancellationToken))
        {
            _console.Ansi.MarkupLine(CliMessages.NotStartedWithoutDisclaimer);
            return ExitCodes.Failure;
        }

        var painBefore = options.PainBefore ?? (options.Plain ? null : AskPain(SessionText.PainBefore));
        var prepared = await app.Sessions.PrepareAsync(
            new SessionRequest(options.Level, options.Only, FromPlan: options.UsePlan, painBefore), cancellationToken);
        if (!ShowAdvice(prepared, options.Plain))
        {
            _console.Ansi.MarkupLine(CliMessages.NotStarted);
            return ExitCodes.Ok;
        }

        var session = await app.Sessions.StartAsync(prepared, painBefore, ct: cancellationToken);
        var timeline = prepared.Timeline;
        var loop = new SessionLoop(new SessionRunner(timeline), _console.Time);
        var bell = !options.Quiet;
        SessionResult result;
        StepReporter reporter;
        if (options.Plain)
        {
            PlainPlayer? plain = null;
            reporter = new StepReporter(app.Sessions, session.Id, 0,
                r => plain?.Line(_console.Time.GetUtcNow(), Saved(r, timeline)),
                problem => plain?.Line(_console.Time.GetUtcNow(), problem));
            plain = new PlainPlayer(_console, loop, new SessionScreenState(programme, timeline), e => Report(e, reporter), bell && _console.IsTerminal, voice,
                readKeys: _console.IsInputTerminal);
            plain.Line(session.StartedAt, SessionText.Session(timeline.Stretches.Count, prepared.Level, Format.Duration(timeline.TotalDuration)));
            result = await plain.PlayAsync(cancellationToken);
            var saved = await reporter.FlushAsync();
            if (result.Outcome == SessionOutcome.Completed && saved?.Outcome == SessionOutcome.Completed)
            {
                // Only now, with the last stretch in the store.
                plain.Line(result.EndedAt, SessionText.Done);
            }

            plain.Line(result.EndedAt, SessionText.Outcome(result.Outcome));
        }
        else
        {
            var state = new SessionScreenState(programme, timeline)
            {
                Notice = options.Voice && voice is null ? SessionText.VoiceOff : null,
            };
            reporter = new StepReporter(app.Sessions, session.Id, 0, _ => { }, problem => Notice(state, problem));
            using var live = new LivePlayer(_console, loop, state, e => Report(e, reporter), bell, voice);
            result = await Task.Run(() => live.Play(cancellationToken), CancellationToken.None);
            await reporter.FlushAsync();
        }

        voice?.Dispose();
        if (result.Hurt is { } hurt)
        {
            if (options.Plain)
            {
                _console.Out.WriteLine(CliText.Localizer.Format(CliText.SessionHurt, ("stretch", hurt.StretchId + (hurt.Side == Side.None ? "" : " (" + Format.Side(hurt.Side) + ")"))));
                _console.Out.WriteLine(SafetyMessages.StoppedForPain);
            }
            else
            {
                _console.Ansi.Write(EndView.Hurt(timeline, hurt, saved: reporter.Error is null));
            }
        }

        var interrupted = cancellationToken.IsCancellationRequested;
        var painAfter = options.PainAfter ?? (options.Plain || interrupted ? null : AskPain(SessionText.PainAfter));

        // Closing the record happens even after Ctrl+C or SIGTERM: the session is kept, marked as it ended.
        if (reporter.Error is null)
        {
            try
            {
                await app.Sessions.FinishAsync(session.Id, painAfter, result.EndedAt, CancellationToken.None);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                await _console.Error.WriteLineAsync("supple: " + SessionText.Failure(SessionText.CouldNotSave(ex.Message)));
                return ExitCodes.Failure;
            }
        }

        Core.Statistics.PracticeStats? stats = null;
        try
        {
            stats = await app.Journal.StatsAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await _console.Error.WriteLineAsync("supple: " + CliText.Localizer.Format(CliText.SessionStreakUnreadable, ("reason", ex.Message)));
        }

        WriteEnd(options, result, timeline, painBefore, painAfter, stats);
        if (reporter.Error is { } error)
        {
            await _console.Error.WriteLineAsync("supple: " + SessionText.Failure(SessionText.CouldNotSave(error.Message)));
            return ExitCodes.Failure;
        }

        return interrupted ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    private static void Report(RunnerEvent e, StepReporter reporter)
    {
        if (e is StepCompleted completed)
        {
            reporter.Enqueue(completed.Outcome);
        }
    }

    private static void Notice(SessionScreenState state, string text)
    {
        lock (state)
        {
            state.Notice = text;
            state.Changed();
        }
    }

    private static string Saved(StretchRecord r, Timeline timeline)
    {
        var name = timeline.Stretches.FirstOrDefault(s => s.StretchId == r.StretchId)?.Name ?? r.StretchId;
        var side = r.Side == Side.None ? "" : " (" + Format.Side(r.Side) + ")";
        var note = EndView.Note(r) is { Length: > 0 } n ? ", " + n : "";
        return CliText.Localizer.Format(CliText.SessionSaved, ("id", r.StretchId), ("side", side), ("name", name), ("done", EndView.RepsTimesSets(r)), ("seconds", r.SecondsHeld), ("note", note));
    }

    private bool ShowAdvice(PreparedSession prepared, bool plain)
    {
        if (plain)
        {
            foreach (var advice in prepared.Advice)
            {
                _console.Out.WriteLine(SessionText.Advice(advice.Title, advice.Message));
            }

            return true;
        }

        if (prepared.Advice.Count == 0)
        {
            return true;
        }

        _console.Ansi.Write(PersonalPlanView.Advice(prepared.Advice));
        return _console.Ansi.Prompt(new ConfirmationPrompt(prepared.Gentle ? SessionText.StartGentle : SessionText.Start) { DefaultValue = true });
    }

    private async Task<bool> EnsureDisclaimerAsync(SuppleApp app, Programme programme, StartOptions options, CancellationToken cancellationToken)
    {
        if (options.AcceptDisclaimer)
        {
            await app.Disclaimer.AcceptAsync(cancellationToken);
            return true;
        }

        if (await app.Disclaimer.AcceptedAtAsync(cancellationToken) is not null)
        {
            return true;
        }

        if (options.Plain)
        {
            throw new UsageException(CliText.Localizer.Format(CliText.SessionDisclaimerNotAccepted, ("whatToDo", CliMessages.AcceptDisclaimer)));
        }

        _console.Ansi.Write(DisclaimerPanel(programme));
        var accepted = _console.Ansi.Prompt(new ConfirmationPrompt(SessionText.ConfirmDisclaimer) { DefaultValue = false });
        if (accepted)
        {
            await app.Disclaimer.AcceptAsync(cancellationToken);
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
        var prompt = new TextPrompt<string>($"{Markup.Escape(question)} [dim]{SessionText.PainPromptHint}[/]")
            .AllowEmpty()
            .Validate(text => string.IsNullOrWhiteSpace(text) || PainScoreText.TryParse(text, out _)
                ? ValidationResult.Success()
                : ValidationResult.Error(SessionText.PainPromptError));
        var answer = _console.Ansi.Prompt(prompt);
        return PainScoreText.TryParse(answer, out var score) ? score : null;
    }

    private void WriteEnd(StartOptions options, SessionResult result, Timeline timeline, int? painBefore, int? painAfter, Core.Statistics.PracticeStats? stats)
    {
        var pain = EndView.PainChange(painBefore, painAfter);
        // The streak is shown only after a session done to the end: a session stopped for pain is never cheered, and a
        // session cut short may not have made a practised day.
        var streak = stats is not null && result.Outcome == SessionOutcome.Completed ? EndView.Streak(stats.CurrentStreak) : null;
        var average = stats is not null && result.Outcome != SessionOutcome.StoppedForPain ? EndView.AveragePainChange(stats.Sessions, stats.AveragePainChange) : null;
        if (options.Plain)
        {
            foreach (var r in result.Stretches)
            {
                _console.Out.WriteLine("  " + CliText.Localizer.Format(CliText.SessionEndLine,
                    ("id", r.StretchId), ("side", r.Side == Side.None ? "" : " " + Format.ShortSide(r.Side)), ("done", EndView.RepsTimesSets(r)),
                    ("seconds", r.SecondsHeld), ("note", EndView.Note(r) is { Length: > 0 } n ? ", " + n : "")));
            }

            foreach (var line in new[] { pain, streak, average })
            {
                if (line is not null)
                {
                    _console.Out.WriteLine(line);
                }
            }
        }
        else
        {
            _console.Ansi.Write(EndView.Summary(result, timeline));
            foreach (var line in new[] { pain, streak, average })
            {
                if (line is not null)
                {
                    _console.Ansi.WriteLine(line);
                }
            }
        }
    }
}
