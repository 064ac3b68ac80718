using System.Globalization;
using Supple.Core.Localization;
using Supple.Core.Safety;

namespace Supple.Breaks;

/// <summary>
/// What the desk-break loop says, in the run's language: <c>supple</c> reads them from its resources
/// (<c>Breaks.*</c> in CliText) and hands them over in the <see cref="BreakJob"/>, so the native program carries no
/// satellite assemblies. Each is a <see cref="MessageFormat"/> pattern (plurals by CLDR rules) formatted here for
/// <see cref="Culture"/>; <see cref="StoppedForPain"/> is finished text (it carries Core's safety wording).
/// <see cref="English"/> is what a job without words gets; a test checks it against CliText.resx. <c>Culture</c> is
/// the run's culture name (<c>de-AT</c>, <c>qps-ploc</c>): plural rules and day names; the others are named as the
/// <c>Breaks.*</c> keys they come from.
/// </summary>
internal sealed record BreakWords(
    string Culture,
    string Start,
    string StartUntil,
    string Keys,
    string Stopped,
    string NoPostponesLeft,
    string NoSkipsLeft,
    string Postponed,
    string Skipped,
    string NotificationTitle,
    string NotificationBody,
    string Due,
    string DueLive,
    string OnBreak,
    string OnBreakLive,
    string NextBreakAt,
    string PausedUntil,
    string PausedUntilLive,
    string Done,
    string StatusWaiting,
    string StatusDue,
    string StatusOnBreak,
    string StatusPaused,
    string HurtKeyOnlyDuringBreak,
    string SavedHurt,
    string SavedPlayed,
    string SavedStopped,
    string NotSavedYet,
    string CouldNotSave,
    string StoppedForPain)
{
    /// <summary>The English words (the default of a job that brings none).</summary>
    public static BreakWords English { get; } = new(
        "en",
        "desk breaks every {every}; each break: {names} (about {duration}); first break at {first}",
        "desk breaks every {every} until {until}; each break: {names} (about {duration}); first break at {first}",
        "keys: b break now · p postpone · s skip · h this hurts (during a break) · z pause 30m · t pause until tomorrow · r resume · q quit",
        "stopped",
        "no postpones left for this break: take it, or skip it",
        "no skips left today: take the break, or postpone it",
        "postponed by {by}",
        "skipped ({left, plural, one {# skip} other {# skips}} left today)",
        "Time for a desk break",
        "About {duration}: {names}.",
        "time for a desk break: {body}",
        "time for a desk break: {body} [b] start · [p] postpone ({postpones} left) · [s] skip ({skips} left today)",
        "break: {names} until {until}",
        "break: {names} until {until} ([d] done early)",
        "next break at {at}",
        "paused until {until}",
        "paused until {until} ([r] resume)",
        "done: {taken, plural, one {# break} other {# breaks}} taken, {skipped} skipped",
        "next desk break in {left}",
        "desk break due: [b] start · [p] postpone · [s] skip",
        "break ends in {left}",
        "paused: resumes in {left}",
        "h is for a stretch that hurts during a break: nothing is playing now",
        "saved: the break, and that a stretch hurt",
        "saved: the break is in your history",
        "saved: the break is in your history, the stretch in progress as cut short",
        "not saved yet ({reason}); Supple keeps trying",
        "could not save {count, plural, one {# break} other {# breaks}}: {reason}",
        "stopped: you said it hurts. " + SafetyMessages.DeskBreaksStoppedForPain);

    /// <summary>The culture the words are formatted for.</summary>
    public CultureInfo FormatCulture() => SuppleCultures.Get(string.IsNullOrEmpty(Culture) ? SuppleCultures.English : Culture);
}
