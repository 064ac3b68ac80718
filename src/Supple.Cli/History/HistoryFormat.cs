using System.Globalization;
using Supple.Cli.Resources;
using Supple.Core.Content;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.History;

/// <summary>Words and numbers shown by the history commands.</summary>
internal static class HistoryFormat
{
    /// <summary>
    /// A local date and time: "2026-12-05 09:30" in English (as it always was), else the language's short date and
    /// time ("05/12/2026 09:30" in French, "05.12.2026 09:30" in German), from the culture's (or the kept) formats.
    /// </summary>
    public static string LocalTime(DateTimeOffset at, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(at, zone);
        var culture = CultureInfo.CurrentCulture;
        return culture.Name.Length == 0 || culture.Name == "en" || culture.Name.StartsWith("en-", StringComparison.Ordinal) || PseudoLocale.Is(CultureInfo.CurrentUICulture)
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : local.ToString(culture.DateTimeFormat.ShortDatePattern + " " + culture.DateTimeFormat.ShortTimePattern, culture);
    }

    public static string Outcome(SessionOutcome outcome, bool neverFinished) => outcome switch
    {
        SessionOutcome.Completed => CliText.Localizer[CliText.HistoryCompleted],
        SessionOutcome.StoppedForPain => CliText.Localizer[CliText.HistoryStoppedItHurt],
        _ when neverFinished => CliText.Localizer[CliText.HistoryAbandonedNeverFinished],
        _ => CliText.Localizer[CliText.HistoryAbandoned],
    };

    public static string Side(Side side) => side switch
    {
        Core.Content.Side.Left => " " + CliText.Localizer[CliText.HistoryLeft],
        Core.Content.Side.Right => " " + CliText.Localizer[CliText.HistoryRight],
        _ => "",
    };

    public static string Number(double? value, string format = "0.0") =>
        value is { } v ? v.ToString(format, CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? value) =>
        value is { } v ? (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : "–";

    public static string Signed(double? value) =>
        value is { } v ? v.ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "–";

    public static string Days(int n) => Count(n, "day", "days");

    /// <summary>The sessions line of <c>supple stats</c>; with none yet, says so instead of a row of zeros.</summary>
    public static string Sessions(Core.Statistics.PracticeStats s) => s.Sessions == 0
        ? "none yet"
        : $"{s.Sessions}: {s.Completed} completed, {s.StoppedForPain} stopped because it hurt, {s.Abandoned} abandoned (completion {Percent(s.CompletionRate)})";

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
