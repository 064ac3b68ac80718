using System.Globalization;

namespace Supple.Core.Localization;

/// <summary>
/// Number and date formats of the shipped languages, kept here for processes that run without ICU
/// (<c>InvariantGlobalization</c>, as <c>supple</c> does to start faster): there a culture has invariant data, and
/// these are put in its place. They are what ICU gives on a normal .NET process (CLDR data); a test compares them
/// with ICU on every run (<c>KeptCultureFormatsTests</c>), so they cannot drift, and prints the entry to add for a
/// new language.
/// </summary>
internal sealed record KeptCultureFormats(
    string DecimalSeparator, string GroupSeparator, string PercentSymbol, int PercentPositivePattern, int PercentNegativePattern, string NegativeSign,
    string ShortDatePattern, string LongDatePattern, string ShortTimePattern, string LongTimePattern, string MonthDayPattern, string YearMonthPattern,
    string DateSeparator, string TimeSeparator, string AMDesignator, string PMDesignator, DayOfWeek FirstDayOfWeek,
    string[] DayNames, string[] AbbreviatedDayNames, string[] ShortestDayNames,
    string[] MonthNames, string[] AbbreviatedMonthNames, string[] MonthGenitiveNames, string[] AbbreviatedMonthGenitiveNames)
{
    /// <summary>The kept formats by language (the neutral culture: <c>de</c> serves <c>de-AT</c> too).</summary>
    public static IReadOnlyDictionary<string, KeptCultureFormats> ByLanguage { get; } = new Dictionary<string, KeptCultureFormats>(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new(
            ".", ",", "%", 1, 1, "-",
            "M/d/yyyy", "dddd, MMMM d, yyyy", "h:mm\u202Ftt", "h:mm:ss\u202Ftt", "MMMM d", "MMMM yyyy",
            "/", ":", "AM", "PM", DayOfWeek.Sunday,
            ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
            ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
            ["Su", "Mo", "Tu", "We", "Th", "Fr", "Sa"],
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""],
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""],
            ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", ""],
            ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec", ""]),
        ["de"] = new(
            ",", ".", "%", 0, 0, "-",
            "dd.MM.yyyy", "dddd, d. MMMM yyyy", "HH:mm", "HH:mm:ss", "d. MMMM", "MMMM yyyy",
            ".", ":", "AM", "PM", DayOfWeek.Monday,
            ["Sonntag", "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
            ["So", "Mo", "Di", "Mi", "Do", "Fr", "Sa"],
            ["So.", "Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa."],
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", ""],
            ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", ""],
            ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember", ""],
            ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.", ""]),
        ["es"] = new(
            ",", ".", "%", 0, 0, "-",
            "d/M/yyyy", "dddd, d 'de' MMMM 'de' yyyy", "H:mm", "H:mm:ss", "d 'de' MMMM", "MMMM 'de' yyyy",
            "/", ":", "a.\u00A0m.", "p.\u00A0m.", DayOfWeek.Monday,
            ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
            ["dom", "lun", "mar", "mié", "jue", "vie", "sáb"],
            ["DO", "LU", "MA", "MI", "JU", "VI", "SA"],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", ""],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic", ""],
            ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre", ""],
            ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic", ""]),
        ["fr"] = new(
            ",", "\u202F", "%", 0, 0, "-",
            "dd/MM/yyyy", "dddd d MMMM yyyy", "HH:mm", "HH:mm:ss", "d MMMM", "MMMM yyyy",
            "/", ":", "AM", "PM", DayOfWeek.Monday,
            ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
            ["dim.", "lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
            ["di", "lu", "ma", "me", "je", "ve", "sa"],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", ""],
            ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.", ""],
            ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", ""],
            ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc.", ""]),
    };

    /// <summary>The formats <paramref name="culture"/> has (from ICU, in a process that has it): what a new entry above is made from.</summary>
    public static KeptCultureFormats Of(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var n = culture.NumberFormat;
        var d = culture.DateTimeFormat;
        return new KeptCultureFormats(
            n.NumberDecimalSeparator, n.NumberGroupSeparator, n.PercentSymbol, n.PercentPositivePattern, n.PercentNegativePattern, n.NegativeSign,
            d.ShortDatePattern, d.LongDatePattern, d.ShortTimePattern, d.LongTimePattern, d.MonthDayPattern, d.YearMonthPattern,
            d.DateSeparator, d.TimeSeparator, d.AMDesignator, d.PMDesignator, d.FirstDayOfWeek,
            d.DayNames, d.AbbreviatedDayNames, d.ShortestDayNames,
            d.MonthNames, d.AbbreviatedMonthNames, d.MonthGenitiveNames, d.AbbreviatedMonthGenitiveNames);
    }

    /// <summary>Puts these formats into <paramref name="culture"/> (not read-only; an invariant-mode culture has invariant data).</summary>
    public void ApplyTo(CultureInfo culture)
    {
        var n = culture.NumberFormat;
        n.NumberDecimalSeparator = n.CurrencyDecimalSeparator = n.PercentDecimalSeparator = DecimalSeparator;
        n.NumberGroupSeparator = n.CurrencyGroupSeparator = n.PercentGroupSeparator = GroupSeparator;
        n.PercentSymbol = PercentSymbol;
        n.PercentPositivePattern = PercentPositivePattern;
        n.PercentNegativePattern = PercentNegativePattern;
        n.NegativeSign = NegativeSign;

        var d = culture.DateTimeFormat;
        d.DateSeparator = DateSeparator;
        d.TimeSeparator = TimeSeparator;
        d.ShortDatePattern = ShortDatePattern;
        d.LongDatePattern = LongDatePattern;
        d.ShortTimePattern = ShortTimePattern;
        d.LongTimePattern = LongTimePattern;
        d.FullDateTimePattern = LongDatePattern + " " + LongTimePattern;
        d.MonthDayPattern = MonthDayPattern;
        d.YearMonthPattern = YearMonthPattern;
        d.AMDesignator = AMDesignator;
        d.PMDesignator = PMDesignator;
        d.FirstDayOfWeek = FirstDayOfWeek;
        d.DayNames = DayNames;
        d.AbbreviatedDayNames = AbbreviatedDayNames;
        d.ShortestDayNames = ShortestDayNames;
        d.MonthNames = MonthNames;
        d.AbbreviatedMonthNames = AbbreviatedMonthNames;
        d.MonthGenitiveNames = MonthGenitiveNames;
        d.AbbreviatedMonthGenitiveNames = AbbreviatedMonthGenitiveNames;
    }
}
