using System.Collections.Frozen;

namespace Supple.Core.Safety;

/// <summary>
/// The warning signs Supple asks about before offering any routine, each with its question, its reason,
/// how soon to get help and the public clinical sources it comes from. Any one of them means no routine is
/// offered: the person is asked to see a doctor first.
/// </summary>
public static class RedFlags
{
    private static readonly SafetySource Glos = SafetySources.NhsGloucestershireRedFlags;
    private static readonly SafetySource Belmont = SafetySources.BelmontHillBackPain;
    private static readonly SafetySource Millcroft = SafetySources.MillcroftBackPain;
    private static readonly SafetySource Chcp = SafetySources.ChcpMskBack;
    private static readonly SafetySource Northern = SafetySources.NorthernTrustBackPain;
    private static readonly SafetySource Neas = SafetySources.NeasWhenToCall999;

    /// <summary>Every warning sign, in the order they are asked.</summary>
    public static IReadOnlyList<RedFlagInfo> All { get; } =
    [
        new(RedFlag.SignificantTrauma, "significant-trauma",
            "Did your back pain start after a serious accident, a fall from a height or a hard blow to your back?",
            "Pain that starts after a serious accident or fall needs to be checked by a doctor straight away.",
            RedFlagUrgency.Emergency, [Belmont, Northern, Glos]),
        new(RedFlag.MinorTraumaWithFragileBones, "minor-trauma-with-fragile-bones",
            "Did it start after a smaller fall or knock, and do you have osteoporosis or take steroid tablets long-term?",
            "In people with fragile bones, even a small fall or knock can need a doctor's check before exercise.",
            RedFlagUrgency.Emergency, [Northern, Glos]),
        new(RedFlag.Fever, "fever",
            "Do you have a high temperature, or feel hot and shivery?",
            "Back pain together with a fever or chills should be checked by a doctor the same day.",
            RedFlagUrgency.SameDay, [Belmont, Chcp, Glos]),
        new(RedFlag.UnexplainedWeightLoss, "unexplained-weight-loss",
            "Have you lost weight without trying to?",
            "Back pain with weight loss you cannot explain should be checked by a doctor the same day.",
            RedFlagUrgency.SameDay, [Belmont, Glos]),
        new(RedFlag.HistoryOfCancer, "history-of-cancer",
            "Do you have cancer now, or have you had it in the past?",
            "With cancer now or in the past, back pain is one a GP wants to see: book an appointment and let a doctor "
            + "check you before you exercise.",
            RedFlagUrgency.Soon, [Millcroft, Glos]),
        new(RedFlag.LimbNumbnessOrWeakness, "limb-numbness-or-weakness",
            "Do you have numbness, tingling or weakness in your arms or legs?",
            "Numbness, tingling or weakness in the arms or legs with back pain needs a doctor urgently; "
            + "if it is in both legs, or came on suddenly, treat it as an emergency.",
            RedFlagUrgency.Emergency, [Chcp, Northern, Glos]),
        new(RedFlag.BladderBowelOrSaddleNumbness, "bladder-bowel-or-saddle-numbness",
            "Have you lost control of your bladder or bowels, found it hard to pee, or felt numbness around your genitals or buttocks?",
            "These signs with back pain need emergency care straight away.",
            RedFlagUrgency.Emergency, [Northern, Belmont, Chcp, Glos]),
        new(RedFlag.ChestPainOrBreathlessness, "chest-pain-or-breathlessness",
            "Do you have chest pain, or are you short of breath?",
            "Chest pain or difficulty breathing is an emergency: call your emergency number.",
            RedFlagUrgency.Emergency, [Neas, Chcp, Belmont]),
        new(RedFlag.NightPainNotEasedByRest, "night-pain-not-eased-by-rest",
            "Is the pain not eased by rest, or worse at night?",
            "Pain that rest does not ease, or that is worse at night, should be checked by a doctor before you exercise.",
            RedFlagUrgency.SameDay, [Chcp, Belmont, Northern, Glos]),
        new(RedFlag.SwellingOrDeformity, "swelling-or-deformity",
            "Is there a lump or swelling in your back, or has your back changed shape?",
            "A lump, swelling or change in the shape of the back should be checked by a doctor the same day.",
            RedFlagUrgency.SameDay, [Belmont, Chcp, Glos]),
        new(RedFlag.BandLikePainAroundTorso, "band-like-pain-around-torso",
            "Does the pain wrap around your body like a band, around your chest or your middle?",
            "Pain that goes around the body like a band should be checked by a GP as soon as you can get an appointment, "
            + "before you exercise.",
            RedFlagUrgency.Soon, [Northern]),
    ];

    private static readonly FrozenDictionary<RedFlag, RedFlagInfo> ByFlag = All.ToFrozenDictionary(i => i.Flag);
    private static readonly FrozenDictionary<string, RedFlagInfo> ById = All.ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);

    /// <summary>The information for <paramref name="flag"/>.</summary>
    public static RedFlagInfo Get(RedFlag flag) =>
        ByFlag.TryGetValue(flag, out var info)
            ? info
            : throw new ArgumentOutOfRangeException(nameof(flag), flag, "Unknown warning sign.");

    /// <summary>Finds a warning sign by its kebab-case id, or <c>null</c>.</summary>
    public static RedFlagInfo? Find(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return ById.GetValueOrDefault(id);
    }
}
