using System.CommandLine;
using System.CommandLine.Parsing;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Localization;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The checks every command's options get from the host, so a new command is covered without a line of its own,
/// and parse errors in a person's words: <c>--days abc</c> is "'abc' is not a whole number", never the .NET type
/// System.CommandLine names. An empty value (<c>--db ""</c>, <c>--only ""</c>) is refused rather than read as "not
/// given"; <c>--out</c> must name a file in a folder that exists; <c>--programme</c> and <c>--answers</c> must name a
/// file that exists; <c>--db</c> must not be a folder.
/// </summary>
internal static class ArgumentErrors
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
        if (CommandLineMessage.IsConversion(error.Message))
        {
            switch (error.SymbolResult)
            {
                case OptionResult { Option: var option } result:
                    return NotValueOfKind(option.Name, First(result.Tokens), option.ValueType);
                case ArgumentResult { Parent: OptionResult { Option: var owner } } result:
                    return NotValueOfKind(owner.Name, First(result.Tokens), owner.ValueType);
                case ArgumentResult { Argument: var argument } result:
                    var (kind, choices) = Kind(argument.ValueType);
                    return Text.Format(CliText.ErrorArgumentNotValueOfKind, ("value", First(result.Tokens)), ("kind", kind), ("choices", choices), ("argument", argument.Name.ToUpperInvariant()));
                default:
                    break;
            }
        }

        return Describe(error.Message);
    }

    /// <summary>
    /// A parse message in a person's words. A value that does not convert can also surface as an exception (a
    /// validator reading it): the value, the option and the type are then taken from the message. System.CommandLine's
    /// own messages (in the run's language where it has one) are recognised by their wording and said in Supple's.
    /// </summary>
    public static string Describe(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (CommandLineMessage.MatchConversion(message) is { } conversion)
        {
            return Text.Format(CliText.ErrorNotValueOfKind, ("option", conversion.Option), ("value", conversion.Value), ("kind", KindOf(conversion.Type)), ("choices", ""));
        }

        if (CommandLineMessage.Match(message, "UnrecognizedCommandOrArgument") is [var token, ..])
        {
            return Text.Format(CliText.ErrorUnknownOption, ("token", token));
        }

        if (CommandLineMessage.Match(message, "RequiredOptionWasNotProvided") is [var required, ..])
        {
            return Text.Format(CliText.ErrorRequiredOption, ("option", required));
        }

        return ErrorText.Clean(message);
    }

    private static string NotValueOfKind(string option, string value, Type type)
    {
        var (kind, choices) = Kind(type);
        return Text.Format(CliText.ErrorNotValueOfKind, ("option", option), ("value", value), ("kind", kind), ("choices", choices));
    }

    private static IStringLocalizer Text => CliText.Localizer;

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
                result.AddError(Text.Format(CliText.ErrorNeedsValue, ("option", option.Name)));
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
                        FileProblems.CheckReadable(value, Text[CliText.FileProgramme]);
                        break;
                    case "--answers" when value != "-":
                        FileProblems.CheckReadable(value, Text[CliText.FileAnswers]);
                        break;
                    case "--db" when !LooksLikeConnectionString(value) && Directory.Exists(value):
                        result.AddError(Text.Format(CliText.ErrorDbIsFolder, ("option", option.Name), ("path", value), ("example", Path.Combine(value, "supple.db"))));
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
        typeName.Contains("Int", StringComparison.Ordinal) ? "integer"
        : typeName.Contains("Double", StringComparison.Ordinal) || typeName.Contains("Decimal", StringComparison.Ordinal) ? "number"
        : typeName.Contains("Boolean", StringComparison.Ordinal) ? "boolean"
        : typeName.Contains("TimeSpan", StringComparison.Ordinal) ? "duration"
        : typeName.Contains("Date", StringComparison.Ordinal) ? "date"
        : "other";

    /// <summary>The kind of value a type takes, as Error.NotValueOfKind's select names it, and an enum's choices.</summary>
    private static (string Kind, string Choices) Kind(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        if (t == typeof(int) || t == typeof(long) || t == typeof(short))
        {
            return ("integer", "");
        }

        if (t == typeof(double) || t == typeof(decimal) || t == typeof(float))
        {
            return ("number", "");
        }

        if (t == typeof(bool))
        {
            return ("boolean", "");
        }

        if (t == typeof(TimeSpan))
        {
            return ("duration", "");
        }

        if (t == typeof(DateTime) || t == typeof(DateTimeOffset))
        {
            return ("date", "");
        }

        return t.IsEnum ? ("choice", string.Join(", ", Enum.GetNames(t).Select(n => n.ToLowerInvariant()))) : ("other", "");
    }
}
