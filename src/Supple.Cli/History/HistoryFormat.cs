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
        return IsEnglish
            ? local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)
            : local.ToString(culture.DateTimeFormat.ShortDatePattern + " " + culture.DateTimeFormat.ShortTimePattern, culture);
    }

    /// <summary>A date: "2026-12-05" in English (as it always was), else the language's short date ("05.12.2026").</summary>
    public static string LocalDate(DateOnly date) =>
        IsEnglish ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : date.ToString(CultureInfo.CurrentCulture.DateTimeFormat.ShortDatePattern, CultureInfo.CurrentCulture);

    /// <summary>A chart's date: "5 Dec 2026" in English (as it always was), the language's month abbreviations otherwise.</summary>
    public static string DayMonthYear(DateTime at) => at.ToString("d MMM yyyy", IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture);

    /// <summary>
    /// Whether numbers and dates keep their English (invariant, ISO) shape: in English, the invariant culture and
    /// the pseudo-locale; other languages take their culture's separators and date order.
    /// </summary>
    private static bool IsEnglish
    {
        get
        {
            var culture = CultureInfo.CurrentCulture;
            return culture.Name.Length == 0 || culture.Name == "en" || culture.Name.StartsWith("en-", StringComparison.Ordinal) || PseudoLocale.Is(CultureInfo.CurrentUICulture);
        }
    }

    private static CultureInfo NumberCulture => IsEnglish ? CultureInfo.InvariantCulture : CultureInfo.CurrentCulture;

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

    /// <summary>A number with one decimal, with the language's decimal separator ("3.5", "3,5").</summary>
    public static string Number(double? value, string format = "0.0") =>
        value is { } v ? v.ToString(format, NumberCulture) : "–";

    /// <summary>A share as a whole percentage: "80%" in English, the language's percent pattern otherwise ("80 %").</summary>
    public static string Percent(double? value) => value switch
    {
        null => "–",
        { } v when IsEnglish => (v * 100).ToString("0", CultureInfo.InvariantCulture) + "%",
        { } v => v.ToString("P0", CultureInfo.CurrentCulture),
    };

    public static string Signed(double? value) =>
        value is { } v ? v.ToString("+0.0;-0.0;0.0", NumberCulture) : "–";

    public static string Days(int n) => Count(n, "day", "days");

    public static string Count(int n, string one, string many) =>
        n.ToString(CultureInfo.InvariantCulture) + " " + (n == 1 ? one : many);
}
