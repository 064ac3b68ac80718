using System.Globalization;

namespace Supple.Core.Safety;

/// <summary>
/// The wording of every piece of safety advice and every safety refusal, in one place (so it can be translated in
/// one place): calm, clear, and no claim the sources do not make. Doors add only how to act in their own terms (a
/// command, a link).
/// </summary>
public static class SafetyMessages
{
    /// <summary>The article's stop rule, in its own words ("excruciatingly painful"); the programme file says the same.</summary>
    public const string StopRule = "If any stretch is excruciatingly painful, stop doing it at once and see a doctor.";

    /// <summary>After "this hurts": the session stopped, and what to do next.</summary>
    public const string StoppedForPain =
        "The session has stopped. " + StopRule + " Ask a doctor or physiotherapist before you do this stretch again.";

    /// <summary>What a "see a doctor first" outcome asks, by urgency, when there is at least one warning sign.</summary>
    public const string SeeDoctorNow =
        "Please get medical help now: call your local emergency number or go to an emergency department. "
        + "No routine is offered; stretching can wait until a doctor has checked you.";

    /// <summary>The same-day counterpart of <see cref="SeeDoctorNow"/>.</summary>
    public const string SeeDoctorToday =
        "Please contact a doctor today (or your local urgent medical advice line) before you start stretching. "
        + "No routine is offered until a doctor has checked you.";

    /// <summary>The counterpart of <see cref="SeeDoctorNow"/> for signs the sources ask a GP to see without same-day urgency.</summary>
    public const string SeeDoctorSoon =
        "Please book an appointment with a doctor (GP) as soon as you can and tell them about it before you start "
        + "stretching. No routine is offered until a doctor has checked you.";

    /// <summary>What a recent injury alone asks.</summary>
    public const string SeeDoctorBeforeStretching = "Please see a doctor before you start stretching. No routine is offered for now.";

    /// <summary>How the gate opens again.</summary>
    public const string HowTheGateOpens =
        "Supple offers no routine until you take the assessment again without the warning sign, or record the date a "
        + "doctor checked you and agreed that you can stretch. You can still log a session you did with a clinician.";

    /// <summary>Refused: a clearance when no "see a doctor first" outcome stands.</summary>
    public const string NothingToClear = "There is no \"see a doctor first\" outcome to clear: your last assessment offered a plan.";

    /// <summary>Refused: a clearance dated after today.</summary>
    public const string ClearanceInTheFuture = "The date a doctor cleared you cannot be after today.";

    /// <summary>Said when a doctor's clearance is recorded.</summary>
    public const string Cleared =
        "Recorded: a doctor has cleared you to stretch. Your plan starts at the low end of every stretch. " + StopRule;

    /// <summary>Said with a pain diary entry of <see cref="HighDiaryPain"/> or more.</summary>
    public const string HighDiaryPainAdvice = "That is a lot of pain. " + StopRule;

    /// <summary>A pain diary score at or above this gets <see cref="HighDiaryPainAdvice"/>.</summary>
    public const int HighDiaryPain = 8;

    /// <summary>Refused: every stretch asked for is paused.</summary>
    public const string AllPaused =
        "Every stretch you asked for is paused: each hurt twice within 7 days. Please ask a doctor or physiotherapist "
        + "before you start them again; once they agree, resume a stretch and it comes back at the low end of its range.";

    /// <summary>Refused: no stretch of a desk break can be done (standing or sitting, nothing needed), or they are paused.</summary>
    public const string NoDeskBreakStretches =
        "None of your plan's stretches can be done standing or sitting at a desk (or they are paused), so there is no desk-break routine.";

    /// <summary>Refused: a desk break needs the disclaimer accepted first, as a session does.</summary>
    public const string DisclaimerFirst = "The medical disclaimer has not been accepted yet: read it, and accept it before your first session or desk break.";

    /// <summary>A desk break stopped because a stretch hurt.</summary>
    public const string DeskBreaksStoppedForPain =
        "Desk breaks have stopped. " + StopRule + " Ask a doctor or physiotherapist before you do this stretch again.";

    /// <summary>What a "see a doctor first" outcome asks for its most urgent warning sign.</summary>
    public static string ForUrgency(RedFlagUrgency urgency) => urgency switch
    {
        RedFlagUrgency.Emergency => SeeDoctorNow,
        RedFlagUrgency.SameDay => SeeDoctorToday,
        RedFlagUrgency.Soon => SeeDoctorSoon,
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>How soon to get help for one warning sign, in a few words (shown next to the sign).</summary>
    public static string UrgencyLabel(RedFlagUrgency urgency) => urgency switch
    {
        RedFlagUrgency.Emergency => "Get help now.",
        RedFlagUrgency.SameDay => "Get help today.",
        RedFlagUrgency.Soon => "Book a GP appointment soon.",
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>Advice when pain before a session is high.</summary>
    public static SafetyAdvice HighPain(int painBefore) => new(
        SafetyAdviceKind.HighPainBeforeSession,
        "Your pain is high today",
        string.Create(CultureInfo.InvariantCulture, $"You rated your pain {painBefore} out of 10. Today's session uses the gentlest numbers of every stretch. ")
        + "Stop at once if a stretch is excruciatingly painful, and ask a doctor or physiotherapist for help if pain like this keeps coming back.",
        null,
        [SafetySources.Article]);

    /// <summary>Advice when the 14-day pain trend is rising.</summary>
    public static SafetyAdvice RisingTrend { get; } = new(
        SafetyAdviceKind.RisingPainTrend,
        "Your pain has been rising",
        "Your upper-back pain ratings have gone up over the last 14 days. Please see a doctor about it; "
        + "until then, keep to gentle stretches and stop any that hurt.",
        null,
        [SafetySources.Article, SafetySources.BelmontHillBackPain]);

    /// <summary>Advice about a paused stretch.</summary>
    public static SafetyAdvice Paused(string stretchId, string stretchName) => new(
        SafetyAdviceKind.StretchPaused,
        $"{stretchName} is paused",
        $"{stretchName} hurt twice within 7 days, so it is left out of your sessions and desk breaks. "
        + "Please ask a doctor or physiotherapist before you start it again; you can resume it once they agree.",
        stretchId,
        [SafetySources.Article]);

    /// <summary>Why no routine is offered while a "see a doctor first" outcome stands, and what to do.</summary>
    public static SafetyAdvice SeeDoctorFirst(SeeDoctorOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var flags = outcome.RedFlags.Select(RedFlags.Get).ToList();
        var urgency = flags.Count == 0 ? SeeDoctorBeforeStretching : ForUrgency(outcome.Urgency);
        var why = flags.Select(f => f.Explanation).ToList();
        if (outcome.RecentInjury)
        {
            why.Add(Planning.Assessment.InjuryAdvice);
        }

        return new SafetyAdvice(
            SafetyAdviceKind.SeeDoctorFirst,
            "See a doctor first",
            string.Create(CultureInfo.InvariantCulture, $"Your assessment on {outcome.At:d MMMM yyyy} found a reason to see a doctor before stretching. ")
            + urgency + " " + string.Join(" ", why) + " " + HowTheGateOpens,
            null,
            [.. flags.SelectMany(f => f.Sources).Append(SafetySources.Article).Distinct()]);
    }
}
