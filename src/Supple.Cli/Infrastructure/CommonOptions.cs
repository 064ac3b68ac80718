using System.CommandLine;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Core.Sessions;

namespace Supple.Cli.Infrastructure;

/// <summary>Builds the options several commands share, so they are spelled and described the same way.</summary>
internal static class CommonOptions
{
    /// <summary>
    /// <c>--lang</c>, on the root command and every subcommand: the language to speak, before LC_ALL, LC_MESSAGES and
    /// LANG (<see cref="Supple.Core.Localization.LanguageChoice.ForTerminal"/>).
    /// </summary>
    public static Option<string?> Lang() => new(LangName)
    {
        Description = CliText.Localizer[CliText.HelpLang],
        HelpName = "LANG",
        Recursive = true,
    };

    /// <summary>The name of the <c>--lang</c> option.</summary>
    public const string LangName = "--lang";

    public static Option<string?> Programme() => new("--programme")
    {
        Description = CliText.Localizer[CliText.HelpProgramme],
        HelpName = "FILE",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = CliText.Localizer[CliText.HelpJson],
    };

    public static Option<string?> Db() => new("--db")
    {
        Description = CliText.Localizer[CliText.HelpDb],
        HelpName = "PATH",
    };

    /// <summary>
    /// <c>--level</c>. It has no default of its own: System.CommandLine would show an enum default as
    /// <c>[default: Standard]</c>, which is not what the user types, so the description says the default in the
    /// user's words and <see cref="LevelOrDefault"/> supplies it.
    /// </summary>
    public static Option<DosageLevel?> Level()
    {
        var option = new Option<DosageLevel?>("--level")
        {
            Description = CliText.Localizer.Format(CliText.HelpLevel, ("gentle", "gentle"), ("standard", "standard"), ("full", "full")),
            HelpName = "gentle|standard|full",
            CustomParser = result =>
            {
                var token = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
                switch (token.ToLowerInvariant())
                {
                    case "gentle": return DosageLevel.Gentle;
                    case "standard": return DosageLevel.Standard;
                    case "full": return DosageLevel.Full;
                    default:
                        result.AddError(CliText.Localizer.Format(
                            CliText.ErrorLevelInvalid, ("option", "--level"), ("gentle", "gentle"), ("standard", "standard"), ("full", "full"), ("value", token)));
                        return null;
                }
            },
        };
        return option;
    }

    /// <summary>The level given with <c>--level</c>, or standard when it was left out.</summary>
    public static DosageLevel LevelOrDefault(this ParseResult parse, Option<DosageLevel?> level) =>
        parse.GetValue(level) ?? DosageLevel.Standard;

    public static Option<string[]> Only() => new("--only")
    {
        Description = CliText.Localizer.Format(CliText.HelpOnly, ("command", "'supple stretches'")),
        HelpName = "IDS",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => [.. result.Tokens
            .SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };
}
