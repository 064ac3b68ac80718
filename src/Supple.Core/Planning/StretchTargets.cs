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

    private static readonly FrozenDictionary<PainCause, (string StretchId, string Why)[]> ByCause =
        new Dictionary<PainCause, (string, string)[]>
        {
            [PainCause.Posture] =
            [
                (ShoulderBladeSqueeze, "Posture: squeezing the shoulder blades together opens the chest and helps posture."),
                (ChestOpener, "Posture: it works against the forward-rounded posture linked to upper-back discomfort."),
                (ThoracicExtension, "Posture: it eases upper-back discomfort that comes from poor posture or stiffness."),
            ],
            [PainCause.Sedentary] =
            [
                (ShoulderBladeSqueeze, "Long hours sitting: it can be done in your chair, so it fits into desk breaks."),
                (CatCamel, "Long hours sitting: a gentle, flowing movement that mobilises the whole spine."),
                (SeatedTwist, "Long hours sitting: it adds spinal mobility and uses the chair you sit on."),
            ],
            [PainCause.RepetitiveStrain] =
            [
                (UpperTrapeziusStretch, "Repeated lifting or movements: it relieves tension in a muscle that is often behind upper-back pain."),
                (CatCamel, "Repeated lifting or movements: it relieves tension in the upper back and keeps the spine flexible."),
                (SeatedTwist, "Repeated lifting or movements: a gentle, unforced twist that releases tension."),
            ],
            [PainCause.AgeRelated] =
            [
                (CatCamel, "Stiffness with age: smooth, controlled movement through the spine."),
                (ThoracicExtension, "Stiffness with age: it works on stiffness in the upper back."),
                (SeatedTwist, "Stiffness with age: it improves spinal mobility without forcing the twist."),
            ],
            [PainCause.EmotionalStress] =
            [
                (ChildsPose, "Stress: a soothing pose; take slow, deep breaths and let your upper back and shoulders relax."),
                (UpperTrapeziusStretch, "Stress: the upper trapezius often holds stress and discomfort; this stretch helps it relax."),
                (ChestOpener, "Stress: held with deep breaths, it releases tension."),
            ],
        }.ToFrozenDictionary();

    private static readonly FrozenDictionary<string, string> Replacements = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CatCamel] = SeatedTwist,
        [SeatedTwist] = CatCamel,
        [ThoracicExtension] = ShoulderBladeSqueeze,
        [ChildsPose] = UpperTrapeziusStretch,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The stretches that answer <paramref name="cause"/>, each with its reason.</summary>
    public static IReadOnlyList<(string StretchId, string Why)> For(PainCause cause) =>
        ByCause.TryGetValue(cause, out var targets) ? targets : [];

    /// <summary>The stretch that does a similar job when <paramref name="stretchId"/> cannot be done, or <c>null</c>.</summary>
    public static string? ReplacementFor(string stretchId) => Replacements.GetValueOrDefault(stretchId);

    /// <summary>True for a resting pose that ends a routine calmly.</summary>
    public static bool IsRestingPose(string stretchId) => stretchId == ChildsPose;
}
