using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Core.Tests.Planning;

/// <summary>Builds answer sets for tests: no causes, every prop and no warning sign unless changed.</summary>
internal static class Answers
{
    public static IReadOnlyList<Prop> AllProps { get; } = [Prop.Chair, Prop.FoamRoller, Prop.RolledTowel, Prop.FloorSpace];

    public static AssessmentAnswers None { get; } = new(2, false, false, false, false, false, AllProps, []);

    public static AssessmentAnswers With(PainCause cause) => cause switch
    {
        PainCause.Posture => None with { PoorPosture = true },
        PainCause.Sedentary => None with { ScreenHoursPerDay = 9 },
        PainCause.RepetitiveStrain => None with { RepetitiveStrain = true },
        PainCause.InjuryOrTrauma => None with { RecentInjuryOrFall = true },
        PainCause.AgeRelated => None with { AgeRelatedStiffness = true },
        PainCause.EmotionalStress => None with { Stress = true },
        _ => throw new ArgumentOutOfRangeException(nameof(cause)),
    };

    public static AssessmentAnswers WithFlags(params RedFlag[] flags) => None with { RedFlags = flags };

    public static Plan PlanFor(AssessmentAnswers answers, DateTimeOffset? now = null)
    {
        var outcome = Assessment.Evaluate(ArticleProgramme.Instance, answers, now ?? new DateTimeOffset(2026, 11, 2, 8, 0, 0, TimeSpan.Zero));
        return Assert.IsType<PlanOffered>(outcome).Plan;
    }
}
