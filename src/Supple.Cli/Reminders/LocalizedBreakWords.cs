using System.Globalization;
using Supple.Breaks;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Safety;

namespace Supple.Cli.Reminders;

/// <summary>
/// The desk-break loop's words in the run's language (CliText <c>Breaks.*</c>), handed to <c>supple-breaks</c> in the
/// job as patterns: the native program formats them and needs no satellite assemblies.
/// </summary>
internal static class LocalizedBreakWords
{
    public static BreakWords Current()
    {
        var l = CliText.Localizer;
        string P(string key) => l[key].Value;
        var culture = CultureInfo.CurrentUICulture.Name;
        return new BreakWords(
            string.IsNullOrEmpty(culture) ? SuppleCultures.English : culture,
            P(CliText.BreaksStart),
            P(CliText.BreaksStartUntil),
            P(CliText.BreaksKeys),
            P(CliText.BreaksStopped),
            P(CliText.BreaksNoPostponesLeft),
            P(CliText.BreaksNoSkipsLeft),
            P(CliText.BreaksPostponed),
            P(CliText.BreaksSkipped),
            P(CliText.BreaksNotificationTitle),
            P(CliText.BreaksNotificationBody),
            P(CliText.BreaksDue),
            P(CliText.BreaksDueLive),
            P(CliText.BreaksOnBreak),
            P(CliText.BreaksOnBreakLive),
            P(CliText.BreaksNextBreakAt),
            P(CliText.BreaksPausedUntil),
            P(CliText.BreaksPausedUntilLive),
            P(CliText.BreaksDone),
            P(CliText.BreaksStatusWaiting),
            P(CliText.BreaksStatusDue),
            P(CliText.BreaksStatusOnBreak),
            P(CliText.BreaksStatusPaused),
            P(CliText.BreaksHurtKeyOnlyDuringBreak),
            P(CliText.BreaksSavedHurt),
            P(CliText.BreaksSavedPlayed),
            P(CliText.BreaksSavedStopped),
            P(CliText.BreaksNotSavedYet),
            P(CliText.BreaksCouldNotSave),
            l.Format(CliText.BreaksStoppedForPain, ("safety", SafetyMessages.DeskBreaksStoppedForPain)));
    }
}
