using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The checks every command's options get from the host, so a new command is covered without a line of its own,
/// and parse errors in a person's words: <c>--days abc</c> is "'abc' is not a whole number", never the .NET type
/// System.CommandLine names. An empty value (<c>--db ""</c>, <c>--only ""</c>) is refused rather than read as "not
/// given"; <c>--out</c> must name a file in a folder that exists; <c>--programme</c> and <c>--answers</c> must name a
/// file that exists; <c>--db</c> must not be a folder.
/// </summary>
internal static partial class ArgumentErrors
{
    private static readonly ConditionalWeakTable<Option, object> Checked = [];

    public static void AddChecks(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        foreach (var option in command.Options)
        {
            if (Checked.TryAdd(option, new object()))
            {
                AddChecks(option);
            }
        }

        foreach (var sub in command.Subcommands)
        {
            AddChecks(sub);
        }
    }

    public static string Describe(ParseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        if (error.Message.StartsWith("Cannot parse argument", StringComparison.Ordinal))
        {
            switch (error.SymbolResult)
            {
                case OptionResult { Option: var option } result:
                    return $"{option.Name}: '{First(result.Tokens)}' is not {Kind(option.ValueType)}.";
                case ArgumentResult { Parent: OptionResult { Option: var owner } } result:
                    return $"{owner.Name}: '{First(result.Tokens)}' is not {Kind(owner.ValueType)}.";
                case ArgumentResult { Argument: var argument } result:
                    return $"'{First(result.Tokens)}' is not {Kind(argument.ValueType)} (for {argument.Name.ToUpperInvariant()}).";
                default:
                    break;
            }
        }

        return Describe(error.Message);
    }

    /// <summary>
    /// A parse message in a person's words. A value that does not convert can also surface as an exception (a
    /// validator reading it): the value, the option and the type are then taken from the message.
    /// </summary>
    public static string Describe(string message) =>
        ConversionError().Match(message) is { Success: true } m
            ? $"{m.Groups["option"].Value}: '{m.Groups["value"].Value}' is not {KindOf(m.Groups["type"].Value)}."
            : ErrorText.Clean(message);

    private static void AddChecks(Option option)
    {
        var takesText = option.ValueType == typeof(string) || option.ValueType == typeof(string[]);
        if (!takesText)
        {
            return;
        }

        option.Validators.Add(result =>
        {
            var values = result.Tokens.Select(t => t.Value).ToList();
            if (values.Count > 0 && values.All(v => string.IsNullOrWhiteSpace(v.Replace(',', ' '))))
            {
                result.AddError($"{option.Name} needs a value; leave the option out to use the default.");
                return;
            }

            if (values.Count == 0)
            {
                return;
            }

            var value = values[0];
            try
            {
                switch (option.Name)
                {
                    case "--out":
                        FileProblems.CheckWritable(value, option.Name);
                        break;
                    case "--programme":
                        FileProblems.CheckReadable(value, "the programme file");
                        break;
                    case "--answers" when value != "-":
                        FileProblems.CheckReadable(value, "the answers file");
                        break;
                    case "--db" when !LooksLikeConnectionString(value) && Directory.Exists(value):
                        result.AddError($"--db {value} is a folder; give a database file, e.g. {Path.Combine(value, "supple.db")}.");
                        break;
                    default:
                        break;
                }
            }
            catch (UsageException ex)
            {
                result.AddError(ex.Message);
            }
        });
    }

    private static string First(IReadOnlyList<Token> tokens) => tokens.Count > 0 ? tokens[0].Value : "";

    private static bool LooksLikeConnectionString(string value) =>
        value.Contains('=', StringComparison.Ordinal) || value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);

    private static string KindOf(string typeName) =>
        typeName.Contains("Int", StringComparison.Ordinal) ? "a whole number"
        : typeName.Contains("Double", StringComparison.Ordinal) || typeName.Contains("Decimal", StringComparison.Ordinal) ? "a number"
        : typeName.Contains("Boolean", StringComparison.Ordinal) ? "true or false"
        : typeName.Contains("TimeSpan", StringComparison.Ordinal) ? "a duration (e.g. 50m or 1h30m)"
        : typeName.Contains("Date", StringComparison.Ordinal) ? "a date and time (e.g. 2026-11-26 18:00)"
        : "a value this option takes";

    [GeneratedRegex(@"Cannot parse argument '(?<value>.*)' for (?:option|command|argument) '(?<option>[^']+)' as expected type '(?<type>[^']+)'")]
    private static partial Regex ConversionError();

    private static string Kind(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int) || t == typeof(long) || t == typeof(short))
        {
            return "a whole number";
        }

        if (t == typeof(double) || t == typeof(decimal) || t == typeof(float))
        {
            return "a number";
        }

        if (t == typeof(bool))
        {
            return "true or false";
        }

        if (t == typeof(TimeSpan))
        {
            return "a duration (e.g. 50m or 1h30m)";
        }

        if (t == typeof(DateTime) || t == typeof(DateTimeOffset))
        {
            return "a date and time (e.g. 2026-11-26 18:00)";
        }

        return t.IsEnum ? "one of: " + string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant())) : "a value this option takes";
    }
}
