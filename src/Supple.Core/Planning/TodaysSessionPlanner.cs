using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>Builds today's session from a saved plan, the history and today's pain rating.</summary>
public static class TodaysSessionPlanner
{
    /// <summary>Builds today's session.</summary>
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
}
