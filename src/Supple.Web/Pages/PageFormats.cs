using System.Globalization;
using Supple.Core.Localization;

namespace Supple.Web.Pages;

/// <summary>
/// Dates and times as the pages show them, in the request's culture (<see cref="CultureInfo.CurrentCulture"/>):
/// the culture's own patterns, with the short forms English has always shown ("5 Dec", "5 December 2026", "14:30")
/// kept for English.
/// </summary>
public static class PageFormats
{
    private static CultureInfo Culture => CultureInfo.CurrentCulture;

    private static bool English => SuppleCultures.LanguageOf(Culture) == SuppleCultures.English;

    /// <summary>Day and abbreviated month: "5 Dec", "5. Dez.", "5 dic", "5 déc.".</summary>
    public static string DayMonth(DateTimeOffset at) => DayMonth(DateOnly.FromDateTime(at.DateTime));

    /// <summary>Day and abbreviated month: "5 Dec", "5. Dez.", "5 dic", "5 déc.".</summary>
    public static string DayMonth(DateOnly day) =>
        day.ToString(English ? "d MMM" : Culture.DateTimeFormat.MonthDayPattern.Replace("MMMM", "MMM", StringComparison.Ordinal), Culture);

    /// <summary>A time of day: "14:30".</summary>
    public static string Time(DateTimeOffset at) => at.ToString(English ? "HH:mm" : Culture.DateTimeFormat.ShortTimePattern, Culture);

    /// <summary>A time of day: "14:30".</summary>
    public static string Time(TimeOnly at) => at.ToString(English ? "HH:mm" : Culture.DateTimeFormat.ShortTimePattern, Culture);

    /// <summary>Day and month kept on one line, then the time: "5&#160;Dec 14:30".</summary>
    public static string DayMonthTime(DateTimeOffset at) => DayMonth(at).Replace(' ', '\u00a0') + " " + Time(at);

    /// <summary>A full date: "5 December 2026", "5. Dezember 2026".</summary>
    public static string LongDate(DateTimeOffset at) => LongDate(DateOnly.FromDateTime(at.DateTime));

    /// <summary>A full date: "5 December 2026", "5. Dezember 2026".</summary>
    public static string LongDate(DateOnly day) =>
        day.ToString(English ? "d MMMM yyyy" : Culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "", StringComparison.Ordinal), Culture);

    /// <summary>Day, abbreviated month and year: "5 Dec 2026".</summary>
    public static string DayMonthYear(DateTimeOffset at) =>
        at.ToString(English ? "d MMM yyyy" : Culture.DateTimeFormat.LongDatePattern.Replace("dddd, ", "", StringComparison.Ordinal), Culture);

    /// <summary>Day, abbreviated month, year and time: "5 Dec 2026, 14:30".</summary>
    public static string DayMonthYearTime(DateTimeOffset at) => DayMonthYear(at) + ", " + Time(at);

    /// <summary>A day with its weekday, as a calendar reads it out: "Saturday 5 December".</summary>
    public static string WeekdayDayMonth(DateOnly day) =>
        day.ToString(English ? "dddd d MMMM" : "dddd, " + Culture.DateTimeFormat.MonthDayPattern, Culture);

    /// <summary>
    /// A stretch's name inside a sentence: lower case as English, Spanish and French write a common noun there;
    /// German keeps its capitals (nouns are capitalised).
    /// </summary>
    public static string NameInSentence(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return SuppleCultures.LanguageOf(Culture) == "de" ? name : name.ToLower(Culture);
    }
}
