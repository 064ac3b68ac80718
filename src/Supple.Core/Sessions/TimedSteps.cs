namespace Supple.Core.Sessions;

/// <summary>
/// The step outcomes of a timeline played by the clock alone, without pause or skip (a desk break's micro-routine):
/// every step that ended by then played, and the step under way then ended as the person ended it.
/// </summary>
public static class TimedSteps
{
    /// <summary>
    /// The outcomes after <paramref name="elapsed"/> of play from <paramref name="startedAt"/>. When the whole timeline
    /// has played, every step (the final Done one too) is played; otherwise the step under way ends as
    /// <paramref name="endOfCurrent"/> (quit or done early: <see cref="StepEnd.Stopped"/>; "this hurts":
    /// <see cref="StepEnd.Hurt"/>) with the time spent in it.
    /// </summary>
    public static IReadOnlyList<StepOutcome> Until(Timeline timeline, DateTimeOffset startedAt, TimeSpan elapsed, StepEnd endOfCurrent)
    {
        ArgumentNullException.ThrowIfNull(timeline);
        if (endOfCurrent is not (StepEnd.Stopped or StepEnd.Hurt))
        {
            throw new ArgumentOutOfRangeException(nameof(endOfCurrent), endOfCurrent, "A session played by the clock ends by stopping or by a hurt.");
        }

        var outcomes = new List<StepOutcome>();
        var finished = elapsed >= timeline.TotalDuration;
        var lastWork = timeline.Steps.Count - 2; // the step before the final Done one
        foreach (var step in timeline.Steps)
        {
            // A hurt said after the routine's last step (while the break itself still ran) belongs to that last step.
            var cutHere = endOfCurrent == StepEnd.Hurt && finished ? step.Index == lastWork : step.EndsAt > elapsed;
            if (step.Kind == StepKind.Done || !cutHere)
            {
                outcomes.Add(new StepOutcome(step.Index, StepEnd.Played, step.Duration, startedAt + step.EndsAt));
                continue;
            }

            var worked = elapsed - step.StartsAt;
            outcomes.Add(new StepOutcome(
                step.Index,
                endOfCurrent,
                worked < TimeSpan.Zero ? TimeSpan.Zero : worked > step.Duration ? step.Duration : worked,
                startedAt + elapsed));
            break;
        }

        return outcomes;
    }
}
