using Supple.Core.Content;
using Supple.Core.Sessions;

namespace Supple.Cli.Sessions;

/// <summary>
/// What the live session view shows, updated from the runner's events. Not thread-safe on its own:
/// the player locks it while applying an event and while rendering.
/// </summary>
internal sealed class SessionScreenState
{
    public SessionScreenState(Programme programme, Timeline timeline)
    {
        Programme = programme;
        Timeline = timeline;
    }

    public Programme Programme { get; }

    public Timeline Timeline { get; }

    /// <summary>The step being played, or <c>null</c> before the first one.</summary>
    public TimelineStep? Step { get; set; }

    /// <summary>Whole seconds left in <see cref="Step"/>.</summary>
    public int SecondsRemaining { get; set; }

    public bool Paused { get; set; }

    /// <summary>True while "Quit? y/n" is on screen.</summary>
    public bool ConfirmingQuit { get; set; }

    /// <summary>A status line (e.g. why voice is off), or <c>null</c>.</summary>
    public string? Notice { get; set; }

    /// <summary>Bumped on every change so the view redraws only when something changed.</summary>
    public int Version { get; private set; }

    public void Changed() => Version++;

    /// <summary>Applies one runner event; returns true when a new step began (for the bell and the voice).</summary>
    public bool Apply(RunnerEvent e)
    {
        var stepChanged = false;
        switch (e)
        {
            case StepStarted started:
                Step = started.Step;
                SecondsRemaining = (int)Math.Ceiling(started.Step.Duration.TotalSeconds);
                stepChanged = true;
                break;
            case SecondElapsed tick when Step is not null && tick.Step.Index == Step.Index:
                SecondsRemaining = tick.SecondsRemaining;
                break;
            case SessionPaused:
                Paused = true;
                break;
            case SessionResumed:
                Paused = false;
                break;
            default:
                return false;
        }

        Changed();
        return stepChanged;
    }

    /// <summary>The routine entry of the current step, or <c>null</c>.</summary>
    public TimelineStretch? CurrentStretch =>
        Step is { StretchIndex: >= 0 } s && s.StretchIndex < Timeline.Stretches.Count ? Timeline.Stretches[s.StretchIndex] : null;

    /// <summary>Time into the current step.</summary>
    public TimeSpan StepElapsed => Step is null
        ? TimeSpan.Zero
        : Clamp(Step.Duration - TimeSpan.FromSeconds(SecondsRemaining), TimeSpan.Zero, Step.Duration);

    /// <summary>Fraction of the current stretch done, 0–1 (by the timeline's clock).</summary>
    public double StretchProgress
    {
        get
        {
            if (Step is null || CurrentStretch is not { } stretch || stretch.Duration <= TimeSpan.Zero)
            {
                return Step?.Kind == StepKind.Done ? 1 : 0;
            }

            return Math.Clamp((Step.StartsAt - stretch.StartsAt + StepElapsed) / stretch.Duration, 0, 1);
        }
    }

    /// <summary>Time into the session by the timeline's clock (skips jump ahead).</summary>
    public TimeSpan SessionElapsed => Step is null ? TimeSpan.Zero : Clamp(Step.StartsAt + StepElapsed, TimeSpan.Zero, Timeline.TotalDuration);

    public double SessionProgress => Timeline.TotalDuration <= TimeSpan.Zero ? 1 : Math.Clamp(SessionElapsed / Timeline.TotalDuration, 0, 1);

    /// <summary>The step after the current one, or <c>null</c>.</summary>
    public TimelineStep? NextStep => Step is { } s && s.Index + 1 < Timeline.Steps.Count ? Timeline.Steps[s.Index + 1] : null;

    private static TimeSpan Clamp(TimeSpan value, TimeSpan min, TimeSpan max) =>
        value < min ? min : value > max ? max : value;
}
