namespace Supple.Core.Safety;

/// <summary>
/// The public clinical pages the warning signs and safety rules are taken from (see <c>docs/SAFETY.md</c>).
/// Each was read when the rule was written; the wording shown to users is Supple's own.
/// </summary>
public static class SafetySources
{
    /// <summary>The article the programme comes from: stop a stretch at once if it is excruciatingly painful and see a doctor.</summary>
    public static SafetySource Article { get; } = new(
        "\"7 Upper back stretches for pain relief and relaxation\", the article the programme comes from",
        null);

    /// <summary>NHS Gloucestershire clinical pathway: red flags for spinal conditions (after NICE CG88).</summary>
    public static SafetySource NhsGloucestershireRedFlags { get; } = new(
        "NHS Gloucestershire G-Care, back pain pathway: red flags for spinal conditions",
        new Uri("https://g-care.glos.nhs.uk/pathway/72/resource/3"));

    /// <summary>
    /// An NHS GP practice's back pain page, adapted from the NHS website: when to contact a GP or NHS 111 at once, and
    /// when it is a good idea to get help.
    /// </summary>
    public static SafetySource BelmontHillBackPain { get; } = new(
        "Belmont Hill Surgery (NHS GP practice), Back pain: when to contact your GP or NHS 111 immediately (adapted from the NHS website)",
        new Uri("https://www.belmonthillsurgery.co.uk/back-pain"));

    /// <summary>An NHS GP practice's back pain page: the back pains its doctors need to see, a history of cancer among them.</summary>
    public static SafetySource MillcroftBackPain { get; } = new(
        "Millcroft Medical Centre (NHS GP practice), Back pain: the back pains a GP needs to see",
        new Uri("https://www.millcroftmedicalcentre.nhs.uk/now-ask-us/back-pain/"));

    /// <summary>An NHS community musculoskeletal service: when to get immediate medical advice for back pain.</summary>
    public static SafetySource ChcpMskBack { get; } = new(
        "City Health Care Partnership MSK service (NHS), Back: when to get immediate medical advice",
        new Uri("https://www.chcpmsk.org.uk/body-parts/back"));

    /// <summary>
    /// Northern Ireland's Northern Health and Social Care Trust: when to go to an emergency department, and when to
    /// consult a GP as soon as possible (band-like pain around the torso among them).
    /// </summary>
    public static SafetySource NorthernTrustBackPain { get; } = new(
        "Northern Health and Social Care Trust (HSC Northern Ireland), Low back pain: when to seek urgent help, and when to consult your GP as soon as possible",
        new Uri("https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/"));

    /// <summary>An NHS ambulance service: chest pain and difficulty breathing are emergencies.</summary>
    public static SafetySource NeasWhenToCall999 { get; } = new(
        "North East Ambulance Service NHS Foundation Trust, When to call 999",
        new Uri("https://www.neas.nhs.uk/patient-info/calling-999/when-to-call-999.aspx"));
}
