using System.Collections.Frozen;

namespace Supple.Core.Planning;

/// <summary>
/// Which of the article's stretches answer which cause, and why, in words taken from what the article says each
/// stretch does. Stretches of other programmes (not listed here) are planned as supporting stretches.
/// </summary>
public static class StretchTargets
{
    /// <summary>Shoulder blade squeeze.</summary>
    public const string ShoulderBladeSqueeze = "shoulder-blade-squeeze";

    /// <summary>Upper trapezius stretch.</summary>
    public const string UpperTrapeziusStretch = "upper-trapezius-stretch";

    /// <summary>Cat-camel.</summary>
    public const string CatCamel = "cat-camel";

    /// <summary>Thoracic extension.</summary>
    public const string ThoracicExtension = "thoracic-extension";

    /// <summary>Child's pose.</summary>
    public const string ChildsPose = "childs-pose";

    /// <summary>Chest opener.</summary>
    public const string ChestOpener = "chest-opener";

    /// <summary>Seated twist.</summary>
    public const string SeatedTwist = "seated-twist";

    // The reasons are PlanText keys, read in the current UI culture when asked for.
    private static readonly FrozenDictionary<PainCause, (string StretchId, string WhyKey)[]> ByCause =
        new Dictionary<PainCause, (string, string)[]>
        {
            [PainCause.Posture] =
            [
                (ShoulderBladeSqueeze, PlanText.WhyPostureShoulderBladeSqueeze),
                (ChestOpener, PlanText.WhyPostureChestOpener),
                (ThoracicExtension, PlanText.WhyPostureThoracicExtension),
            ],
            [PainCause.Sedentary] =
            [
                (ShoulderBladeSqueeze, PlanText.WhySedentaryShoulderBladeSqueeze),
                (CatCamel, PlanText.WhySedentaryCatCamel),
                (SeatedTwist, PlanText.WhySedentarySeatedTwist),
            ],
            [PainCause.RepetitiveStrain] =
            [
                (UpperTrapeziusStretch, PlanText.WhyRepetitiveUpperTrapezius),
                (CatCamel, PlanText.WhyRepetitiveCatCamel),
                (SeatedTwist, PlanText.WhyRepetitiveSeatedTwist),
            ],
            [PainCause.AgeRelated] =
            [
                (CatCamel, PlanText.WhyAgeCatCamel),
                (ThoracicExtension, PlanText.WhyAgeThoracicExtension),
                (SeatedTwist, PlanText.WhyAgeSeatedTwist),
            ],
            [PainCause.EmotionalStress] =
            [
                (ChildsPose, PlanText.WhyStressChildsPose),
                (UpperTrapeziusStretch, PlanText.WhyStressUpperTrapezius),
                (ChestOpener, PlanText.WhyStressChestOpener),
            ],
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Replacements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CatCamel] = SeatedTwist,
        [SeatedTwist] = CatCamel,
        [ThoracicExtension] = ShoulderBladeSqueeze,
        [ChildsPose] = UpperTrapeziusStretch,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stretches that answer <paramref name="cause"/>, each with its reason in the current UI culture.</summary>
    public static IReadOnlyList<(string StretchId, string Why)> For(PainCause cause) =>
        ByCause.TryGetValue(cause, out var targets) ? [.. targets.Select(t => (t.StretchId, PlanText.Localizer[t.WhyKey].Value))] : [];

    /// <summary>The stretch that does a similar job when <paramref name="stretchId"/> cannot be done, or <c>null</c>.</summary>
    public static string? ReplacementFor(string stretchId) => Replacements.GetValueOrDefault(stretchId);

    /// <summary>True for a resting pose that ends a routine calmly.</summary>
    public static bool IsRestingPose(string stretchId) => stretchId == ChildsPose;
}
