using Supple.Core.Content;
using Supple.Core.Safety;

namespace Supple.Core.Planning;

/// <summary>What the person answered in the assessment.</summary>
/// <param name="ScreenHoursPerDay">Hours a day spent sitting at a screen, 0–24.</param>
/// <param name="PoorPosture">They often slouch or hunch over a screen or workstation.</param>
/// <param name="Stress">They feel stressed or tense a lot of the time.</param>
/// <param name="RepetitiveStrain">Their work or sport involves repeated lifting, carrying or movements.</param>
/// <param name="RecentInjuryOrFall">They have had a recent injury, accident or fall.</param>
/// <param name="AgeRelatedStiffness">Their back has grown stiffer with age.</param>
/// <param name="Props">What they have: a chair, a foam roller, a towel to roll up, room on the floor.</param>
/// <param name="RedFlags">The warning signs they said yes to (empty when none).</param>
public sealed record AssessmentAnswers(
    int ScreenHoursPerDay,
    bool PoorPosture,
    bool Stress,
    bool RepetitiveStrain,
    bool RecentInjuryOrFall,
    bool AgeRelatedStiffness,
    IReadOnlyList<Prop> Props,
    IReadOnlyList<RedFlag> RedFlags)
{
    /// <summary>Screen hours at or above this count as a sedentary day.</summary>
    public const int SedentaryScreenHours = 6;

    /// <summary>The causes these answers point to, in the article's order.</summary>
    public IReadOnlyList<PainCause> Causes()
    {
        var causes = new List<PainCause>();
        if (PoorPosture)
        {
            causes.Add(PainCause.Posture);
        }

        if (ScreenHoursPerDay >= SedentaryScreenHours)
        {
            causes.Add(PainCause.Sedentary);
        }

        if (RepetitiveStrain)
        {
            causes.Add(PainCause.RepetitiveStrain);
        }

        if (RecentInjuryOrFall)
        {
            causes.Add(PainCause.InjuryOrTrauma);
        }

        if (AgeRelatedStiffness)
        {
            causes.Add(PainCause.AgeRelated);
        }

        if (Stress)
        {
            causes.Add(PainCause.EmotionalStress);
        }

        return causes;
    }
}
