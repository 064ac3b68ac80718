using Supple.Core.Localization;

namespace Supple.Core.Sessions;

/// <summary>
/// Folds step outcomes into stretch records: the one place where what a person did of a timeline becomes their
/// record. <see cref="SessionRunner"/> folds the steps it plays; a server folds the steps a browser reports, one request
/// at a time or a whole offline session at once, by replaying them through a new fold. Steps must come in order.
/// </summary>
/// <remarks>
/// Records follow <see cref="StretchRecord"/>: reps × sets as done; a stretch is closed (its records final) when its
/// last step ends, when it is skipped, or when the session stops during it (then every side reached that was not
/// finished is partial); a side not reached before a stop is not recorded; "this hurts" marks the side of the current
/// step (a switch already belongs to the side being switched to; before the first hold, the first side).
/// </remarks>
public sealed class SessionFold
{
    private readonly List<StretchRecord> _records = [];
    private StretchProgress? _stretch;

    /// <summary>Starts folding <paramref name="timeline"/>.</summary>
    public SessionFold(Timeline timeline)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(timeline.Steps);
        if (timeline.Steps.Count == 0)
        {
            throw new ArgumentException("A timeline needs at least its final Done step.", nameof(timeline));
        }

        Timeline = timeline;
    }

    /// <summary>The timeline being folded.</summary>
    public Timeline Timeline { get; }

    /// <summary>The index of the step whose outcome is expected next.</summary>
    public int NextStep { get; private set; }

    /// <summary>How the session ended, or <c>null</c> while it goes on.</summary>
    public SessionOutcome? Outcome { get; private set; }

    /// <summary>The "this hurts" report, when the session stopped for pain.</summary>
    public HurtReport? Hurt { get; private set; }

    /// <summary>The records of every stretch closed so far, in order.</summary>
    public IReadOnlyList<StretchRecord> Records => _records.AsReadOnly();

    /// <summary>The side being worked in the stretch under way (for a player's display), or <c>null</c> between stretches.</summary>
    public Content.Side? CurrentSide => _stretch?.CurrentSide;

    /// <summary>Folds all of <paramref name="outcomes"/> in order into a new fold of <paramref name="timeline"/>.</summary>
    /// <exception cref="ArgumentException">An outcome is out of order, names an unknown step, or comes after the end.</exception>
    public static SessionFold Replay(Timeline timeline, IEnumerable<StepOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var fold = new SessionFold(timeline);
        foreach (var outcome in outcomes)
        {
            fold.Apply(outcome);
        }

        return fold;
    }

    /// <summary>Folds the outcome of step <see cref="NextStep"/>.</summary>
    /// <exception cref="ArgumentException">
    /// The outcome is not for <see cref="NextStep"/>, the session has ended, or the final Done step is reported as
    /// anything but played.
    /// </exception>
    public FoldedStep Apply(StepOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (Outcome is not null)
        {
            throw new ArgumentException(SessionText.Localizer.Format(SessionText.AlreadyEnded, ("outcome", Outcome.ToString()), ("step", outcome.Step)), nameof(outcome));
        }

        if (outcome.Step != NextStep)
        {
            throw new ArgumentException(SessionText.Localizer.Format(SessionText.StepOutOfOrder, ("step", outcome.Step), ("next", NextStep)), nameof(outcome));
        }

        if (!Enum.IsDefined(outcome.End))
        {
            throw new ArgumentException(SessionText.Localizer.Format(SessionText.UnknownStepEnd, ("end", outcome.End.ToString())), nameof(outcome));
        }

        var step = Timeline.Steps[outcome.Step];
        if (step.Kind == StepKind.Done)
        {
            if (outcome.End != StepEnd.Played)
            {
                throw new ArgumentException(SessionText.Localizer.Format(SessionText.DoneOnlyPlayed, ("done", nameof(StepKind.Done)), ("played", "played")), nameof(outcome));
            }

            return End(SessionOutcome.Completed, []);
        }

        Reach(step);
        var worked = outcome.End == StepEnd.Played ? step.Duration
            : outcome.Worked < TimeSpan.Zero ? TimeSpan.Zero
            : outcome.Worked > step.Duration ? step.Duration
            : outcome.Worked;
        var stretch = _stretch;
        switch (outcome.End)
        {
            case StepEnd.Played:
            case StepEnd.Skipped:
                stretch?.Record(step, worked, playedOut: outcome.End == StepEnd.Played, skipped: outcome.End == StepEnd.Skipped);
                NextStep = outcome.Step + 1;
                return Moved(stretch is not null && NextStep >= stretch.EndStep ? Close() : []);
            case StepEnd.SkippedStretch:
                stretch?.Record(step, worked, playedOut: false, skipped: true);
                stretch?.SkipRest(outcome.Step);
                NextStep = stretch?.EndStep ?? outcome.Step + 1;
                return Moved(Close());
            case StepEnd.Hurt:
                stretch?.Record(step, worked, playedOut: false, skipped: false);
                stretch?.MarkHurt();
                stretch?.CutShort();
                Hurt = new HurtReport(step.StretchId, stretch?.CurrentSide ?? Content.Side.None, outcome.At);
                return End(SessionOutcome.StoppedForPain, Close());
            default:
                stretch?.Record(step, worked, playedOut: false, skipped: false);
                stretch?.CutShort();
                return End(SessionOutcome.Abandoned, Close());
        }
    }

    private FoldedStep Moved(IReadOnlyList<StretchRecord> closed)
    {
        // The final Done step has no time of its own: reaching it is the end of the session.
        if (NextStep >= Timeline.Steps.Count)
        {
            return End(SessionOutcome.Completed, closed);
        }

        return new FoldedStep(closed, NextStep, null, null);
    }

    private void Reach(TimelineStep step)
    {
        if (step.StretchIndex >= 0 && _stretch?.Stretch.Index != step.StretchIndex)
        {
            _stretch = new StretchProgress(Timeline, Timeline.Stretches[step.StretchIndex]);
        }

        _stretch?.Reach(step);
    }

    private IReadOnlyList<StretchRecord> Close()
    {
        if (_stretch is not { } stretch)
        {
            return [];
        }

        var records = stretch.ToRecords();
        _records.AddRange(records);
        _stretch = null;
        return records;
    }

    private FoldedStep End(SessionOutcome outcome, IReadOnlyList<StretchRecord> closed)
    {
        Outcome = outcome;
        NextStep = Timeline.Steps.Count;
        return new FoldedStep(closed, NextStep, outcome, Hurt);
    }
}
