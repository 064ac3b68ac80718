using Supple.Core.Content;

namespace Supple.Core.Planning;

/// <summary>
/// The assessment's questions about causes and props (the warning signs are in
/// <see cref="Safety.RedFlags"/>). Keys are the property names of the answers file.
/// </summary>
public static class AssessmentQuestions
{
    // Each question is made when asked for: its text and hint are in the current UI culture (the keys never change).

    /// <summary>Hours at a screen.</summary>
    public static AssessmentQuestion ScreenHours => Question("screenHoursPerDay", PlanText.QuestionScreenHours, PlanText.HintScreenHours);

    /// <summary>Posture.</summary>
    public static AssessmentQuestion Posture => Question("poorPosture", PlanText.QuestionPosture);

    /// <summary>Stress.</summary>
    public static AssessmentQuestion Stress => Question("stress", PlanText.QuestionStress);

    /// <summary>Repetitive strain.</summary>
    public static AssessmentQuestion RepetitiveStrain => Question("repetitiveStrain", PlanText.QuestionRepetitiveStrain);

    /// <summary>Injury or fall.</summary>
    public static AssessmentQuestion RecentInjury => Question("recentInjuryOrFall", PlanText.QuestionRecentInjury);

    /// <summary>Age-related stiffness.</summary>
    public static AssessmentQuestion AgeRelatedStiffness => Question("ageRelatedStiffness", PlanText.QuestionAgeRelated);

    /// <summary>The props question (a list of props).</summary>
    public static AssessmentQuestion Props => Question("props", PlanText.QuestionProps, PlanText.HintProps);

    /// <summary>The red-flags question (an object with one yes/no per warning sign).</summary>
    public static AssessmentQuestion RedFlags => Question("redFlags", PlanText.QuestionRedFlags, PlanText.HintRedFlags);

    /// <summary>The cause questions, in the order asked.</summary>
    public static IReadOnlyList<AssessmentQuestion> Causes =>
        [ScreenHours, Posture, Stress, RepetitiveStrain, RecentInjury, AgeRelatedStiffness];

    /// <summary>The kebab-case spelling of a prop, as in programme and answer files.</summary>
    public static string PropId(Prop prop) => prop switch
    {
        Prop.Chair => "chair",
        Prop.FoamRoller => "foam-roller",
        Prop.RolledTowel => "rolled-towel",
        Prop.FloorSpace => "floor-space",
        _ => throw new ArgumentOutOfRangeException(nameof(prop), prop, "Unknown prop."),
    };

    /// <summary>A prop in words, e.g. "a foam roller", in the current UI culture.</summary>
    public static string PropName(Prop prop) => PlanText.Localizer[prop switch
    {
        Prop.Chair => PlanText.PropChair,
        Prop.FoamRoller => PlanText.PropFoamRoller,
        Prop.RolledTowel => PlanText.PropRolledTowel,
        Prop.FloorSpace => PlanText.PropFloorSpace,
        _ => throw new ArgumentOutOfRangeException(nameof(prop), prop, "Unknown prop."),
    }];

    /// <summary>A cause in words for a list ("long hours sitting"), in the current UI culture.</summary>
    public static string CauseName(PainCause cause) => PlanText.Localizer[cause switch
    {
        PainCause.Posture => PlanText.CausePosture,
        PainCause.Sedentary => PlanText.CauseSedentary,
        PainCause.RepetitiveStrain => PlanText.CauseRepetitiveStrain,
        PainCause.InjuryOrTrauma => PlanText.CauseInjury,
        PainCause.AgeRelated => PlanText.CauseAge,
        PainCause.EmotionalStress => PlanText.CauseStress,
        _ => throw new ArgumentOutOfRangeException(nameof(cause), cause, "Unknown cause."),
    }];

    private static AssessmentQuestion Question(string key, string text, string? hint = null) =>
        new(key, PlanText.Localizer[text].Value, hint is null ? null : PlanText.Localizer[hint].Value);

    /// <summary>Finds a prop by its kebab-case id, or <c>null</c>.</summary>
    public static Prop? FindProp(string id) =>
        Enum.GetValues<Prop>().Where(p => PropId(p) == id).Select(p => (Prop?)p).FirstOrDefault();
}
