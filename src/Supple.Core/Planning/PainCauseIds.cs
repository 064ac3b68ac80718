namespace Supple.Core.Planning;

/// <summary>The stable ids of <see cref="PainCause"/> values, as the terminal's JSON and the web API spell them.</summary>
public static class PainCauseIds
{
    /// <summary>The kebab-case id of <paramref name="cause"/>, e.g. <c>repetitive-strain</c>.</summary>
    public static string Of(PainCause cause) => cause switch
    {
        PainCause.Posture => "posture",
        PainCause.Sedentary => "sedentary",
        PainCause.RepetitiveStrain => "repetitive-strain",
        PainCause.InjuryOrTrauma => "injury-or-trauma",
        PainCause.AgeRelated => "age-related",
        PainCause.EmotionalStress => "emotional-stress",
        _ => cause.ToString(),
    };
}
