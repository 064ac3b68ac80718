namespace Supple.Core.Safety;

/// <summary>
/// A warning sign that back pain needs a doctor before any exercise. Each one is listed, with its sources,
/// in <see cref="RedFlags"/>; answer files spell them in kebab-case (e.g. <c>chest-pain-or-breathlessness</c>).
/// </summary>
public enum RedFlag
{
    /// <summary>The pain started after a serious accident, a fall from a height or a hard blow to the back.</summary>
    SignificantTrauma,

    /// <summary>A fall or knock, even a small one, in someone with osteoporosis or on long-term steroid tablets.</summary>
    MinorTraumaWithFragileBones,

    /// <summary>A high temperature, or feeling hot and shivery.</summary>
    Fever,

    /// <summary>Weight lost without trying.</summary>
    UnexplainedWeightLoss,

    /// <summary>Cancer now or in the past.</summary>
    HistoryOfCancer,

    /// <summary>Numbness, tingling or weakness in the arms or legs.</summary>
    LimbNumbnessOrWeakness,

    /// <summary>Loss of bladder or bowel control, trouble peeing, or numbness around the genitals or buttocks.</summary>
    BladderBowelOrSaddleNumbness,

    /// <summary>Chest pain or shortness of breath.</summary>
    ChestPainOrBreathlessness,

    /// <summary>Pain that rest does not ease, or that is worse at night.</summary>
    NightPainNotEasedByRest,

    /// <summary>A lump or swelling in the back, or the back has changed shape.</summary>
    SwellingOrDeformity,

    /// <summary>Pain that goes around the body like a band (around the chest or the middle).</summary>
    BandLikePainAroundTorso,
}
