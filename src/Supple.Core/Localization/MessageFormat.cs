using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Supple.Core.Localization;

/// <summary>
/// Supple's message syntax, the part of ICU MessageFormat that interface strings need, with named arguments:
/// <list type="bullet">
/// <item><c>{name}</c> — an argument: text as it is, numbers with the culture's separators, dates as the culture's short date.</item>
/// <item><c>{count, plural, one {# stretch} other {# stretches}}</c> — the branch of the number's CLDR category
/// (<see cref="PluralRules"/>) or an exact match (<c>=0 {none}</c>); <c>#</c> is the number; <c>other</c> is required.</item>
/// <item><c>{side, select, left {…} right {…} other {…}}</c> — the branch named by a text argument.</item>
/// <item><c>{n, number}</c>, <c>{n, number, integer}</c>, <c>{n, number, percent}</c>, <c>{n, number, 0.0}</c>;
/// <c>{d, date, short}</c>, <c>{d, date, long}</c>, <c>{t, time, short}</c>, <c>{t, time, long}</c> — formatted for the culture.</item>
/// </list>
/// Unlike ICU, apostrophes are ordinary characters (French and Italian use them all the time); a literal brace is
/// written twice: <c>{{</c>, <c>}}</c>.
/// </summary>
public static class MessageFormat
{
    private static readonly ConcurrentDictionary<string, Node[]> Parsed = new(StringComparer.Ordinal);

    /// <summary>Formats <paramref name="pattern"/> with <paramref name="arguments"/> for <paramref name="culture"/>.</summary>
    /// <exception cref="FormatException">The pattern is malformed, or an argument it names is not given.</exception>
    public static string Format(string pattern, CultureInfo culture, params IReadOnlyList<(string Name, object? Value)> arguments)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);
        var nodes = Parse(pattern);
        var builder = new StringBuilder(pattern.Length + 16);
        Render(nodes, culture, arguments, null, builder);
        return builder.ToString();
    }

    /// <summary>Checks <paramref name="pattern"/>; throws <see cref="FormatException"/> saying where it is malformed.</summary>
    public static void Validate(string pattern)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        _ = Parse(pattern);
    }

    /// <summary>Every argument <paramref name="pattern"/> names, each once, in order of first use.</summary>
    public static IReadOnlyList<string> ArgumentNames(string pattern)
    {
        var names = new List<string>();
        Walk(Parse(pattern), node =>
        {
            if (node.Name is { } name && !names.Contains(name, StringComparer.Ordinal))
            {
                names.Add(name);
            }
        });
        return names;
    }

    /// <summary>The branch keys of every plural in <paramref name="pattern"/> (<c>one</c>, <c>other</c>, <c>=0</c>).</summary>
    public static IReadOnlyList<string> PluralKeys(string pattern)
    {
        var keys = new List<string>();
        Walk(Parse(pattern), node =>
        {
            if (node.Kind == NodeKind.Plural)
            {
                keys.AddRange(node.Branches!.Keys);
            }
        });
        return keys;
    }

    /// <summary>
    /// The pattern pseudo-localised (<see cref="PseudoLocale"/>): its text accented and lengthened, its syntax
    /// (argument names, plural and select keywords and keys) untouched.
    /// </summary>
    public static string Pseudo(string pattern)
    {
        var nodes = Parse(pattern);
        var builder = new StringBuilder(pattern.Length * 3 / 2);
        builder.Append('[');
        var letters = 0;
        Emit(nodes, builder, ref letters);
        PseudoLocale.AppendPadding(builder, letters);
        return builder.Append(']').ToString();
    }

    // ---- rendering ---------------------------------------------------------------------------------------

    private static void Render(Node[] nodes, CultureInfo culture, IReadOnlyList<(string Name, object? Value)> arguments, string? number, StringBuilder builder)
    {
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Text:
                    builder.Append(node.Text);
                    break;
                case NodeKind.Hash:
                    builder.Append(number ?? "#");
                    break;
                case NodeKind.Argument:
                    builder.Append(FormatValue(Argument(arguments, node.Name!), node.Style, node.Option, culture));
                    break;
                case NodeKind.Plural:
                    var value = Argument(arguments, node.Name!);
                    var shown = FormatValue(value, "number", null, culture);
                    var branch = PluralBranch(node, value, shown, culture);
                    Render(branch, culture, arguments, shown, builder);
                    break;
                case NodeKind.Select:
                    var key = Convert.ToString(Argument(arguments, node.Name!), CultureInfo.InvariantCulture) ?? "";
                    Render(node.Branches!.TryGetValue(key, out var chosen) ? chosen : node.Branches["other"], culture, arguments, number, builder);
                    break;
            }
        }
    }

    private static Node[] PluralBranch(Node plural, object? value, string shown, CultureInfo culture)
    {
        var number = ToDecimal(value, plural.Name!);
        var exact = "=" + number.ToString(CultureInfo.InvariantCulture);
        if (plural.Branches!.TryGetValue(exact, out var branch))
        {
            return branch;
        }

        var separator = culture.NumberFormat.NumberDecimalSeparator;
        var point = shown.LastIndexOf(separator, StringComparison.Ordinal);
        var digits = point < 0 ? 0 : shown.Length - point - separator.Length;
        // The invariant culture (a caller that set none: a test, a background process) formats the neutral resources,
        // which are English, and the pseudo-locale is English underneath: both take English plurals ("1 stretch"), not
        // CLDR root's ("1 stretches").
        var rules = culture.Name.Length == 0 || PseudoLocale.Is(culture) ? PluralRules.For("en") : PluralRules.For(culture);
        var category = rules.Select(number, digits);
        var name = category.ToString().ToLowerInvariant();
        return plural.Branches.TryGetValue(name, out branch) ? branch : plural.Branches["other"];
    }

    private static object? Argument(IReadOnlyList<(string Name, object? Value)> arguments, string name)
    {
        foreach (var (argumentName, value) in arguments)
        {
            if (argumentName == name)
            {
                return value;
            }
        }

        throw new FormatException($"The message needs the argument '{name}', which was not given.");
    }

    private static decimal ToDecimal(object? value, string name) => value switch
    {
        null => throw new FormatException($"The plural argument '{name}' is null."),
        IConvertible convertible when value is not string and not bool and not char => convertible.ToDecimal(CultureInfo.InvariantCulture),
        _ => throw new FormatException($"The plural argument '{name}' must be a number, not {value.GetType().Name}."),
    };

    private static string FormatValue(object? value, string? style, string? option, CultureInfo culture)
    {
        switch (value)
        {
            case null:
                return "";
            case string text:
                return text;
            case DateOnly date:
                return date.ToString(option == "long" ? "D" : "d", culture);
            case TimeOnly time:
                return time.ToString(option == "long" ? "T" : "t", culture);
            case DateTime or DateTimeOffset:
                var format = (style, option) switch
                {
                    ("date", "long") => "D",
                    ("date", _) => "d",
                    ("time", "long") => "T",
                    ("time", _) => "t",
                    _ => "g",
                };
                return ((IFormattable)value).ToString(format, culture);
            case byte or sbyte or short or ushort or int or uint or long or ulong:
                return ((IFormattable)value).ToString(NumberFormat(option, integer: true), culture);
            case float or double or decimal:
                return ((IFormattable)value).ToString(NumberFormat(option, integer: false), culture);
            case IFormattable formattable:
                return formattable.ToString(null, culture);
            default:
                return value.ToString() ?? "";
        }
    }

    private static string NumberFormat(string? option, bool integer) => option switch
    {
        null => integer ? "#,0" : "#,0.##",
        "integer" => "#,0",
        "percent" => "P0",
        _ => option,
    };

    // ---- parsing -----------------------------------------------------------------------------------------

    private enum NodeKind
    {
        Text,
        Argument,
        Plural,
        Select,
        Hash,
    }

    private sealed record Node(NodeKind Kind, string? Text = null, string? Name = null, string? Style = null, string? Option = null,
        Dictionary<string, Node[]>? Branches = null);

    private static Node[] Parse(string pattern) => Parsed.GetOrAdd(pattern, p =>
    {
        var position = 0;
        return ParseNodes(p, ref position, inPlural: false, nested: false);
    });

    private static Node[] ParseNodes(string pattern, ref int i, bool inPlural, bool nested)
    {
        var nodes = new List<Node>();
        var text = new StringBuilder();
        void Flush()
        {
            if (text.Length > 0)
            {
                nodes.Add(new Node(NodeKind.Text, text.ToString()));
                text.Clear();
            }
        }

        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '{' && i + 1 < pattern.Length && pattern[i + 1] == '{')
            {
                text.Append('{');
                i += 2;
            }
            else if (c == '}' && i + 1 < pattern.Length && pattern[i + 1] == '}' && !nested)
            {
                text.Append('}');
                i += 2;
            }
            else if (c == '{')
            {
                Flush();
                nodes.Add(ParseArgument(pattern, ref i));
            }
            else if (c == '}')
            {
                if (!nested)
                {
                    throw Error(pattern, i, "a '}' closes nothing (write }} for a brace)");
                }

                Flush();
                return [.. nodes];
            }
            else if (c == '#' && inPlural)
            {
                Flush();
                nodes.Add(new Node(NodeKind.Hash));
                i++;
            }
            else
            {
                text.Append(c);
                i++;
            }
        }

        if (nested)
        {
            throw Error(pattern, i, "a '{' is not closed");
        }

        Flush();
        return [.. nodes];
    }

    private static Node ParseArgument(string pattern, ref int i)
    {
        var start = i;
        i++; // '{'
        var name = ReadWord(pattern, ref i);
        if (name.Length == 0)
        {
            throw Error(pattern, start, "an argument needs a name, e.g. {count}");
        }

        SkipSpaces(pattern, ref i);
        if (i < pattern.Length && pattern[i] == '}')
        {
            i++;
            return new Node(NodeKind.Argument, Name: name);
        }

        Expect(pattern, ref i, ',');
        SkipSpaces(pattern, ref i);
        var type = ReadWord(pattern, ref i);
        SkipSpaces(pattern, ref i);
        switch (type)
        {
            case "plural" or "select":
                Expect(pattern, ref i, ',');
                var branches = new Dictionary<string, Node[]>(StringComparer.Ordinal);
                while (true)
                {
                    SkipSpaces(pattern, ref i);
                    if (i < pattern.Length && pattern[i] == '}')
                    {
                        i++;
                        break;
                    }

                    var key = ReadWord(pattern, ref i);
                    if (key.Length == 0)
                    {
                        throw Error(pattern, i, $"expected a {type} key (such as one, other or =0) or the closing '}}'");
                    }

                    if (type == "plural" && !key.StartsWith('=') && !IsCategory(key))
                    {
                        throw Error(pattern, i, $"'{key}' is not a plural category (zero, one, two, few, many, other) or an exact value (=0)");
                    }

                    SkipSpaces(pattern, ref i);
                    Expect(pattern, ref i, '{');
                    if (!branches.TryAdd(key, ParseNodes(pattern, ref i, inPlural: type == "plural", nested: true)))
                    {
                        throw Error(pattern, i, $"the {type} key '{key}' is given twice");
                    }

                    i++; // the branch's '}'
                }

                if (!branches.ContainsKey("other"))
                {
                    throw Error(pattern, start, $"a {type} needs an 'other' branch");
                }

                return new Node(type == "plural" ? NodeKind.Plural : NodeKind.Select, Name: name, Branches: branches);
            case "number" or "date" or "time":
                string? option = null;
                if (i < pattern.Length && pattern[i] == ',')
                {
                    i++;
                    var optionStart = i;
                    while (i < pattern.Length && pattern[i] != '}')
                    {
                        i++;
                    }

                    option = pattern[optionStart..i].Trim();
                }

                Expect(pattern, ref i, '}');
                return new Node(NodeKind.Argument, Name: name, Style: type, Option: option);
            default:
                throw Error(pattern, start, $"unknown argument type '{type}' (expected plural, select, number, date or time)");
        }
    }

    private static bool IsCategory(string key) => key is "zero" or "one" or "two" or "few" or "many" or "other";

    private static string ReadWord(string pattern, ref int i)
    {
        var start = i;
        while (i < pattern.Length && (char.IsAsciiLetterOrDigit(pattern[i]) || pattern[i] is '_' or '-' or '='))
        {
            i++;
        }

        return pattern[start..i];
    }

    private static void SkipSpaces(string pattern, ref int i)
    {
        while (i < pattern.Length && char.IsWhiteSpace(pattern[i]))
        {
            i++;
        }
    }

    private static void Expect(string pattern, ref int i, char expected)
    {
        if (i >= pattern.Length || pattern[i] != expected)
        {
            throw Error(pattern, i, $"expected '{expected}'");
        }

        i++;
    }

    private static FormatException Error(string pattern, int position, string problem) =>
        new($"The message \"{pattern}\" is malformed at character {position + 1}: {problem}.");

    // ---- walking and re-emitting ---------------------------------------------------------------------------

    private static void Walk(Node[] nodes, Action<Node> visit)
    {
        foreach (var node in nodes)
        {
            visit(node);
            if (node.Branches is { } branches)
            {
                foreach (var branch in branches.Values)
                {
                    Walk(branch, visit);
                }
            }
        }
    }

    /// <summary>Writes the nodes back as a pattern, text accented; counts the text's characters for padding.</summary>
    private static void Emit(Node[] nodes, StringBuilder builder, ref int letters)
    {
        foreach (var node in nodes)
        {
            switch (node.Kind)
            {
                case NodeKind.Text:
                    var accented = new StringBuilder();
                    PseudoLocale.AppendAccented(accented, node.Text!);
                    builder.Append(accented.Replace("{", "{{").Replace("}", "}}"));
                    letters += node.Text!.Length;
                    break;
                case NodeKind.Hash:
                    builder.Append('#');
                    break;
                case NodeKind.Argument:
                    builder.Append('{').Append(node.Name);
                    if (node.Style is not null)
                    {
                        builder.Append(", ").Append(node.Style);
                        if (node.Option is not null)
                        {
                            builder.Append(", ").Append(node.Option);
                        }
                    }

                    builder.Append('}');
                    break;
                default:
                    builder.Append('{').Append(node.Name).Append(node.Kind == NodeKind.Plural ? ", plural," : ", select,");
                    var longest = 0;
                    foreach (var (key, branch) in node.Branches!)
                    {
                        builder.Append(' ').Append(key).Append(" {");
                        var branchLetters = 0;
                        Emit(branch, builder, ref branchLetters);
                        longest = Math.Max(longest, branchLetters);
                        builder.Append('}');
                    }

                    letters += longest;
                    builder.Append('}');
                    break;
            }
        }
    }
}
