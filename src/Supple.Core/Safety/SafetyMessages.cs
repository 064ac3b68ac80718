using System.Globalization;
using Microsoft.Extensions.Localization;
using Supple.Core.Localization;

namespace Supple.Core.Safety;

/// <summary>
/// The wording of every piece of safety advice and every safety refusal, in one place (so it can be translated in
/// one place): calm, clear, and no claim the sources do not make. Doors add only how to act in their own terms (a
/// command, a link).
/// </summary>
public static class SafetyMessages
{
    private static IStringLocalizer Text => SafetyText.Localizer;

    private static string WithStopRule(string key) => Text.Format(key, ("stopRule", StopRule));

    /// <summary>The article's stop rule, in its own words ("excruciatingly painful"); the programme file says the same.</summary>
    public static string StopRule => Text[SafetyText.StopRule];

    /// <summary>After "this hurts": the session stopped, and what to do next.</summary>
    public static string StoppedForPain => WithStopRule(SafetyText.StoppedForPain);

    /// <summary>What a "see a doctor first" outcome asks, by urgency, when there is at least one warning sign.</summary>
    public static string SeeDoctorNow => Text[SafetyText.SeeDoctorNow];

    /// <summary>The same-day counterpart of <see cref="SeeDoctorNow"/>.</summary>
    public static string SeeDoctorToday => Text[SafetyText.SeeDoctorToday];

    /// <summary>The counterpart of <see cref="SeeDoctorNow"/> for signs the sources ask a GP to see without same-day urgency.</summary>
    public static string SeeDoctorSoon => Text[SafetyText.SeeDoctorSoon];

    /// <summary>What a recent injury alone asks.</summary>
    public static string SeeDoctorBeforeStretching => Text[SafetyText.SeeDoctorBeforeStretching];

    /// <summary>How the gate opens again.</summary>
    public static string HowTheGateOpens => Text[SafetyText.HowTheGateOpens];

    /// <summary>Refused: a clearance when no "see a doctor first" outcome stands.</summary>
    public static string NothingToClear => Text[SafetyText.NothingToClear];

    /// <summary>Refused: a clearance dated after today.</summary>
    public static string ClearanceInTheFuture => Text[SafetyText.ClearanceInTheFuture];

    /// <summary>Said when a doctor's clearance is recorded.</summary>
    public static string Cleared => WithStopRule(SafetyText.Cleared);

    /// <summary>Said with a pain diary entry of <see cref="HighDiaryPain"/> or more.</summary>
    public static string HighDiaryPainAdvice => WithStopRule(SafetyText.HighDiaryPainAdvice);

    /// <summary>A pain diary score at or above this gets <see cref="HighDiaryPainAdvice"/>.</summary>
    public const int HighDiaryPain = 8;

    /// <summary>Refused: every stretch asked for is paused.</summary>
    public static string AllPaused => Text.Format(SafetyText.AllPaused, ("days", (int)SafetyRules.HurtWindow.TotalDays));

    /// <summary>Refused: no stretch of a desk break can be done (standing or sitting, nothing needed), or they are paused.</summary>
    public static string NoDeskBreakStretches => Text[SafetyText.NoDeskBreakStretches];

    /// <summary>Refused: a desk break needs the disclaimer accepted first, as a session does.</summary>
    public static string DisclaimerFirst => Text[SafetyText.DisclaimerFirst];

    /// <summary>A desk break stopped because a stretch hurt.</summary>
    public static string DeskBreaksStoppedForPain => WithStopRule(SafetyText.DeskBreaksStoppedForPain);

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
        RedFlagUrgency.Emergency => Text[SafetyText.UrgencyEmergency],
        RedFlagUrgency.SameDay => Text[SafetyText.UrgencySameDay],
        RedFlagUrgency.Soon => Text[SafetyText.UrgencySoon],
        _ => throw new ArgumentOutOfRangeException(nameof(urgency), urgency, "Unknown urgency."),
    };

    /// <summary>Advice when pain before a session is high.</summary>
    public static SafetyAdvice HighPain(int painBefore) => new(
        SafetyAdviceKind.HighPainBeforeSession,
        Text[SafetyText.HighPainTitle],
        Text.Format(SafetyText.HighPainMessage, ("pain", painBefore)),
        null,
        [SafetySources.Article]);

    /// <summary>Advice when the 14-day pain trend is rising.</summary>
    public static SafetyAdvice RisingTrend => new(
        SafetyAdviceKind.RisingPainTrend,
        Text[SafetyText.RisingTrendTitle],
        Text.Format(SafetyText.RisingTrendMessage, ("days", (int)SafetyRules.TrendWindow.TotalDays)),
        null,
        [SafetySources.Article, SafetySources.BelmontHillBackPain]);

    /// <summary>Advice about a paused stretch.</summary>
    public static SafetyAdvice Paused(string stretchId, string stretchName) => new(
        SafetyAdviceKind.StretchPaused,
        Text.Format(SafetyText.PausedTitle, ("stretch", stretchName)),
        Text.Format(SafetyText.PausedMessage, ("stretch", stretchName), ("days", (int)SafetyRules.HurtWindow.TotalDays)),
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
            Text[SafetyText.SeeDoctorFirstTitle],
            Text.Format(SafetyText.SeeDoctorFirstMessage, ("date", DayWrittenOut(outcome.At)))
            + " " + urgency + " " + string.Join(" ", why) + " " + HowTheGateOpens,
            null,
            [.. flags.SelectMany(f => f.Sources).Append(SafetySources.Article).Distinct()]);
    }

    /// <summary>
    /// A day written out ("5 December 2026"): in English as it always was; in another language its long date without
    /// the weekday ("5. Dezember 2026", "5 de diciembre de 2026"), from the culture's own (or kept) formats.
    /// </summary>
    private static string DayWrittenOut(DateTimeOffset at)
    {
        var culture = CultureInfo.CurrentCulture;
        // By name: without ICU (the terminal) a culture built from kept formats may not know its ISO language.
        if (culture.Name.Length == 0 || culture.Name == "en" || culture.Name.StartsWith("en-", StringComparison.Ordinal))
        {
            return at.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        var pattern = culture.DateTimeFormat.LongDatePattern;
        var withoutWeekday = pattern.StartsWith("dddd", StringComparison.Ordinal) ? pattern[4..].TrimStart(',', ' ') : pattern;
        return at.ToString(withoutWeekday.Length > 0 ? withoutWeekday : "d MMMM yyyy", culture);
    }
}
