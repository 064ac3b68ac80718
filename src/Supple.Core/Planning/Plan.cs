using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Core.Sessions;

namespace Supple.Core.Planning;

/// <summary>
/// A personal plan made from an assessment: which stretches, in which order and emphasis, and why. Once saved it
/// is what "today's stretches" means. Dosage is not stored: every stretch starts at the low end of the article's
/// ranges on <see cref="CreatedAt"/> and <see cref="SafetyRules"/> moves it from the history.
/// </summary>
/// <param name="CreatedAt">When the plan was made.</param>
/// <param name="Causes">The causes the answers pointed to.</param>
/// <param name="Props">What the person has.</param>
/// <param name="Stretches">The stretches in the order they are played.</param>
/// <param name="Omitted">Stretches of the programme left out, with why.</param>
/// <param name="SuggestDeskBreaks">True when the causes include long sitting or posture, so the plan points to desk breaks.</param>
public sealed record Plan(
    DateTimeOffset CreatedAt,
    IReadOnlyList<PainCause> Causes,
    IReadOnlyList<Prop> Props,
    IReadOnlyList<PlannedStretch> Stretches,
    IReadOnlyList<OmittedStretch> Omitted,
    bool SuggestDeskBreaks)
{
    /// <summary>The plan's stretches as a routine, each at the level its progress gives; paused stretches left out.</summary>
    /// <param name="progress">From <see cref="SafetyRules.Progress"/>; stretches missing from it start gentle.</param>
    /// <param name="gentle">True to use the low end of every range (a gentle session).</param>
    public Routine ToRoutine(IReadOnlyList<DosageProgress> progress, bool gentle)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var byId = progress.ToDictionary(p => p.StretchId, StringComparer.Ordinal);
        return new Routine([.. Stretches
            .Where(s => !(byId.GetValueOrDefault(s.StretchId)?.IsPaused ?? false))
            .Select(s => new RoutineItem(
                s.StretchId,
                gentle ? DosageLevel.Gentle : byId.GetValueOrDefault(s.StretchId)?.Level ?? DosageLevel.Gentle))]);
    }
}
