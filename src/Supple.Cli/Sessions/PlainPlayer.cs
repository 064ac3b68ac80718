using System.Globalization;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// <c>--plain</c>: one timestamped line per step as it happens, for a screen reader, a log or a script.
/// When stdin is a terminal the session keys work as in the live view (so "this hurts" is always at hand);
/// otherwise Ctrl+C ends the session as abandoned.
/// </summary>
internal sealed class PlainPlayer
{
    private readonly CliConsole _console;
    private readonly SessionLoop _runner;
    private readonly Timeline _timeline;
    private readonly Action<RunnerEvent> _onEvent;
    private readonly bool _bell;
    private readonly VoiceCues? _voice;
    private readonly Lock _out = new();
    private readonly SessionScreenState _state;
    private readonly SessionKeys? _keys;

    public PlainPlayer(CliConsole console, SessionLoop runner, SessionScreenState state, Action<RunnerEvent> onEvent, bool bell, VoiceCues? voice, bool readKeys)
    {
        _state = state;
        _keys = readKeys ? new SessionKeys(runner, state) : null;
        _console = console;
        _runner = runner;
        _timeline = runner.Timeline;
        _onEvent = onEvent;
        _bell = bell;
        _voice = voice;
    }

    public async Task<SessionResult> PlayAsync(CancellationToken cancellationToken)
    {
        var run = _runner.RunAsync(Handle, cancellationToken);
        if (_keys is null)
        {
            return await run;
        }

        Line(_console.Time.GetUtcNow(), CliText.Localizer.Format(CliText.SessionKeysLine, ("keys", SessionScreen.Keys)));
        var input = _console.KeyInput;
        while (!run.IsCompleted)
        {
            while (!_keys.Ending && input.IsKeyAvailable())
            {
                if (input.ReadKey(intercept: true) is { } key && _keys.Handle(key))
                {
                    Line(_console.Time.GetUtcNow(), CliText.Localizer[CliText.SessionConfirmQuit]);
                }
            }

            await Task.WhenAny(run, Task.Delay(50, CancellationToken.None));
        }

        return await run;
    }

    /// <summary>Writes one line, prefixed with the local time.</summary>
    public void Line(DateTimeOffset at, string text)
    {
        var stamp = TimeZoneInfo.ConvertTime(at, _console.Time.LocalTimeZone).ToString("HH:mm:ss", CultureInfo.InvariantCulture);
        lock (_out)
        {
            _console.Out.WriteLine($"[{stamp}] {text}");
            _console.Out.Flush();
        }
    }

    public static string Describe(StepStarted started, Timeline timeline)
    {
        var step = started.Step;

        var stretch = step.StretchIndex >= 0 && step.StretchIndex < timeline.Stretches.Count ? timeline.Stretches[step.StretchIndex] : null;
        var parts = new List<string>
        {
            stretch is null ? step.StretchId : string.Create(CultureInfo.InvariantCulture, $"{stretch.Index + 1}/{timeline.Stretches.Count} {stretch.Name}"),
            Format.StepName(step.Kind) + (step.PhaseName is { } phase ? " (" + phase + ")" : ""),
        };
        if (step.Counters is { } c)
        {
            parts.Add(PlanView.Counters(c));
        }

        parts.Add(Format.Duration(step.Duration));
        return string.Join(" · ", parts) + ": " + step.Instruction;
    }

    private void Handle(RunnerEvent e)
    {
        lock (_state)
        {
            _state.Apply(e);
        }

        switch (e)
        {
            case StepStarted { Step.Kind: StepKind.Done }:
                // "done" is said by the session once the last stretch is in the store, not here.
                break;
            case StepStarted started:
                if (_bell)
                {
                    lock (_out)
                    {
                        _console.Out.Write('\a');
                    }
                }

                Line(e.At, Describe(started, _timeline));
                _voice?.Speak(CueText.For(started.Step, _timeline));
                break;
            case SessionPaused:
                Line(e.At, CliText.Localizer[CliText.SessionPaused]);
                break;
            case SessionResumed:
                Line(e.At, CliText.Localizer[CliText.SessionResumed]);
                break;
            case StepCompleted { Skipped: true } skipped:
                Line(e.At, CliText.Localizer.Format(CliText.SessionSkipped, ("step", Format.StepName(skipped.Step.Kind))));
                break;
        }

        _onEvent(e);
    }
}
