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

    /// <summary>An NHS GP practice's back pain page, repeating the NHS website's list of when to get help at once.</summary>
    public static SafetySource NhsBackPainPractice { get; } = new(
        "Bridgwater Bay Health (NHS GP practice), Back pain: when to contact your GP or NHS 111",
        new Uri("https://bridgwaterbayhealth.nhs.uk/back-pain"));

    /// <summary>An NHS community musculoskeletal service: when to get immediate medical advice for back pain.</summary>
    public static SafetySource ChcpMskBack { get; } = new(
        "City Health Care Partnership MSK service (NHS), Back: when to get immediate medical advice",
        new Uri("https://www.chcpmsk.org.uk/body-parts/back"));

    /// <summary>Northern Ireland's Northern Health and Social Care Trust: when to seek urgent help for back pain.</summary>
    public static SafetySource NorthernTrustBackPain { get; } = new(
        "Northern Health and Social Care Trust (HSC Northern Ireland), Low back pain: when to seek urgent help",
        new Uri("https://www.northerntrust.hscni.net/services/physiotherapy-services/physiotherapy-service-outpatient-service/low-back-pain/"));

    /// <summary>An NHS ambulance service: chest pain and difficulty breathing are emergencies.</summary>
    public static SafetySource NeasWhenToCall999 { get; } = new(
        "North East Ambulance Service NHS Foundation Trust, When to call 999",
        new Uri("https://www.neas.nhs.uk/patient-info/calling-999/when-to-call-999.aspx"));
}
