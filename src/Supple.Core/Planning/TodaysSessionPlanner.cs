using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Planning;

/// <summary>
/// Builds today's session: from a saved plan, or from the routine a person asked for (a level, some stretches), with
/// the same dosage and pain rules on every path: pain of 7 or more before a session makes every stretch gentle,
/// paused stretches are left out (each with its advice), and a rising trend gives its advice. Levels are the
/// article's own (<see cref="DosageLevel"/>), so nothing goes above its range.
/// </summary>
public static class TodaysSessionPlanner
{
    /// <summary>Builds today's session from the saved plan.</summary>
    /// <param name="programme">The programme the plan was made from.</param>
    /// <param name="plan">The saved plan.</param>
    /// <param name="history">Past sessions, pain ratings and resumed stretches.</param>
    /// <param name="painBefore">Pain rated now (0–10), or <c>null</c> when not rated.</param>
    /// <param name="now">The current time.</param>
    /// <exception cref="InvalidOperationException">The plan names a stretch the programme does not have.</exception>
    public static TodaysSession Build(Programme programme, Plan plan, SafetyHistory history, PainScore? painBefore, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(history);
        var unknown = plan.Stretches.Select(s => s.StretchId).Where(id => programme.FindStretch(id) is null).ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidOperationException(
                $"The saved plan names stretches this programme does not have ({string.Join(", ", unknown)}). Take the assessment again to make a new plan.");
        }

        var progress = SafetyRules.Progress(plan.Stretches.Select(s => s.StretchId), plan.CreatedAt, history);
        var gentle = painBefore is { } p && SafetyRules.IsHighPain(p);
        var advice = SafetyRules.AdviceBeforeSession(painBefore, progress, history, now, id => programme.FindStretch(id)?.Name ?? id);
        return new TodaysSession(plan.ToRoutine(progress, gentle), gentle, advice, progress);
    }

    /// <summary>
    /// Builds today's session from a routine the person asked for (a level, some stretches; no plan): stretches paused
    /// by the safety rules are left out with their advice, and high pain makes every stretch gentle.
    /// </summary>
    /// <param name="programme">The programme.</param>
    /// <param name="requested">The routine asked for.</param>
    /// <param name="history">Past sessions, pain ratings and resumed stretches.</param>
    /// <param name="painBefore">Pain rated now (0–10), or <c>null</c> when not rated.</param>
    /// <param name="now">The current time.</param>
    public static TodaysSession ForRoutine(Programme programme, Routine requested, SafetyHistory history, PainScore? painBefore, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(requested);
        ArgumentNullException.ThrowIfNull(history);
        var hurts = SafetyRules.Hurts(history.Sessions).ToList();
        var gentle = painBefore is { } p && SafetyRules.IsHighPain(p);
        var progress = requested.Items
            .Select(i => new DosageProgress(i.StretchId, i.Level, 0, SafetyRules.PausedSince(i.StretchId, hurts, history.Resumptions), null))
            .ToList();
        var advice = SafetyRules.AdviceBeforeSession(painBefore, progress, history, now, id => programme.FindStretch(id)?.Name ?? id);
        var routine = new Routine([.. requested.Items
            .Where(i => progress.First(p => p.StretchId == i.StretchId).PausedSince is null)
            .Select(i => gentle ? new RoutineItem(i.StretchId, DosageLevel.Gentle) : i)]);
        return new TodaysSession(routine, gentle, advice, progress);
    }
}
