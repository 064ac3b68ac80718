using System.Collections.Concurrent;
using System.Globalization;

namespace Supple.Core.Localization;

/// <summary>
/// The CLDR cardinal plural rules of a language (https://cldr.unicode.org, "Language Plural Rules"): which
/// category, <c>one</c>, <c>few</c>, <c>many</c>, <c>other</c> and so on, a number takes. The rules are kept here in
/// CLDR's own rule syntax and evaluated on the number's operands (n, i, v, w, f, t, e), so a language is added with
/// one line. A language without rules here takes <c>other</c> for every number, as CLDR's root does.
/// </summary>
public sealed class PluralRules
{
    // CLDR cardinal rules, one language group per line: "languages | category: condition; category: condition".
    // "other" is implied. Shipped languages first; the rest are there so a new translation needs no code.
    private const string Table = """
        en de nl sv fi et it-ch ast fy gl ia io lij sc scn sw ur yi | one: i = 1 and v = 0
        es | one: n = 1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
        fr | one: i = 0,1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
        pt | one: i = 0..1; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
        ca it pt-pt | one: i = 1 and v = 0; many: e = 0 and i != 0 and i % 1000000 = 0 and v = 0 or e != 0..5
        af az bg el eu hu ka kk ky mn nb nn no sq ta te tk tr uz | one: n = 1
        da | one: n = 1 or t != 0 and i = 0,1
        is | one: t = 0 and i % 10 = 1 and i % 100 != 11 or t != 0
        hi bn fa gu kn zu am | one: i = 0 or n = 1
        ru uk be | one: v = 0 and i % 10 = 1 and i % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and i % 10 = 0 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 11..14
        pl | one: i = 1 and v = 0; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14; many: v = 0 and i != 1 and i % 10 = 0..1 or v = 0 and i % 10 = 5..9 or v = 0 and i % 100 = 12..14
        cs sk | one: i = 1 and v = 0; few: i = 2..4 and v = 0; many: v != 0
        bs hr sr | one: v = 0 and i % 10 = 1 and i % 100 != 11 or f % 10 = 1 and f % 100 != 11; few: v = 0 and i % 10 = 2..4 and i % 100 != 12..14 or f % 10 = 2..4 and f % 100 != 12..14
        ro mo | one: i = 1 and v = 0; few: v != 0 or n = 0 or n % 100 = 2..19
        lt | one: n % 10 = 1 and n % 100 != 11..19; few: n % 10 = 2..9 and n % 100 != 11..19; many: f != 0
        lv | zero: n % 10 = 0 or n % 100 = 11..19 or v = 2 and f % 100 = 11..19; one: n % 10 = 1 and n % 100 != 11 or v = 2 and f % 10 = 1 and f % 100 != 11 or v != 2 and f % 10 = 1
        sl | one: v = 0 and i % 100 = 1; two: v = 0 and i % 100 = 2; few: v = 0 and i % 100 = 3..4 or v != 0
        he iw | one: i = 1 and v = 0; two: i = 2 and v = 0; many: v = 0 and n != 0..10 and n % 10 = 0
        ar | zero: n = 0; one: n = 1; two: n = 2; few: n % 100 = 3..10; many: n % 100 = 11..99
        ga | one: n = 1; two: n = 2; few: n = 3..6; many: n = 7..10
        ja ko zh th vi id ms lo my km | 
        """;

    private static readonly Lazy<Dictionary<string, string>> Lines = new(ReadTable);
    private static readonly ConcurrentDictionary<string, PluralRules> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The rules of CLDR's root: <c>other</c> for every number.</summary>
    public static PluralRules Root { get; } = new("root", []);

    private readonly List<(PluralCategory Category, PluralCondition Condition)> _rules;

    private PluralRules(string language, List<(PluralCategory Category, PluralCondition Condition)> rules)
    {
        Language = language;
        _rules = rules;
        Categories = [.. rules.Select(r => r.Category).Append(PluralCategory.Other).Distinct().Order()];
    }

    /// <summary>The language the rules are for (<c>pt-pt</c>, <c>de</c>), or <c>root</c>.</summary>
    public string Language { get; }

    /// <summary>The categories the language uses, <c>other</c> included, in enum order.</summary>
    public IReadOnlyList<PluralCategory> Categories { get; }

    /// <summary>The rules of <paramref name="culture"/>'s language (its nearest parent that has rules), else <see cref="Root"/>.</summary>
    public static PluralRules For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return For(culture.Name);
    }

    /// <summary>The rules of a language tag (<c>pt-PT</c>, then <c>pt</c>), else <see cref="Root"/>.</summary>
    public static PluralRules For(string languageTag)
    {
        ArgumentNullException.ThrowIfNull(languageTag);
        return Cache.GetOrAdd(languageTag.Replace('_', '-'), Find);
    }

    /// <summary>The category of a whole number.</summary>
    public PluralCategory Select(long count) => Select(new PluralOperands(count));

    /// <summary>
    /// The category of a number shown with <paramref name="fractionDigits"/> digits after the decimal point: in
    /// English "1 second" but "1.0 seconds".
    /// </summary>
    public PluralCategory Select(decimal value, int fractionDigits)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fractionDigits);
        return Select(PluralOperands.Of(value, fractionDigits));
    }

    internal PluralCategory Select(PluralOperands operands)
    {
        foreach (var (category, condition) in _rules)
        {
            if (condition.Matches(operands))
            {
                return category;
            }
        }

        return PluralCategory.Other;
    }

    /// <summary>Every language tag the table has rules for (lower case).</summary>
    internal static IEnumerable<string> KnownLanguages => Lines.Value.Keys;

    private static PluralRules Find(string tag)
    {
        for (var candidate = tag.ToLowerInvariant(); candidate.Length > 0; candidate = Parent(candidate))
        {
            if (Lines.Value.TryGetValue(candidate, out var line))
            {
                return Parse(candidate, line);
            }
        }

        return Root;
    }

    /// <summary>Parses one line's rules: "one: i = 1 and v = 0; many: …".</summary>
    internal static PluralRules Parse(string language, string rules)
    {
        var parsed = new List<(PluralCategory Category, PluralCondition Condition)>();
        foreach (var rule in rules.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var colon = rule.IndexOf(':', StringComparison.Ordinal);
            var category = Enum.Parse<PluralCategory>(rule[..colon].Trim(), ignoreCase: true);
            parsed.Add((category, PluralCondition.Parse(rule[(colon + 1)..])));
        }

        return new PluralRules(language, parsed);
    }

    private static Dictionary<string, string> ReadTable()
    {
        var lines = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in Table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var bar = line.IndexOf('|', StringComparison.Ordinal);
            foreach (var language in line[..bar].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                lines[language] = line[(bar + 1)..].Trim();
            }
        }

        return lines;
    }

    private static string Parent(string tag)
    {
        var cut = tag.LastIndexOf('-');
        return cut < 0 ? "" : tag[..cut];
    }
}
