using System.CommandLine;
using Supple.Core.Sessions;

namespace Supple.Cli.Infrastructure;

/// <summary>Builds the options several commands share, so they are spelled and described the same way.</summary>
internal static class CommonOptions
{
    public static Option<string?> Programme() => new("--programme")
    {
        Description = "Use this programme file (YAML) instead of the built-in programme.",
        HelpName = "FILE",
    };

    public static Option<bool> Json() => new("--json")
    {
        Description = "Print JSON instead of a table.",
    };

    public static Option<string?> Db() => new("--db")
    {
        Description = "The SQLite file or PostgreSQL connection string to use (default: SUPPLE_DB, then the per-user data folder).",
        HelpName = "PATH",
    };

    public static Option<DosageLevel> Level()
    {
        var option = new Option<DosageLevel>("--level")
        {
            Description = "How much of each range to do: gentle (low end), standard (middle) or full (high end).",
            DefaultValueFactory = _ => DosageLevel.Standard,
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
                        result.AddError($"--level must be gentle, standard or full (got '{token}').");
                        return DosageLevel.Standard;
                }
            },
        };
        return option;
    }

    public static Option<string[]> Only() => new("--only")
    {
        Description = "Only these stretches, comma-separated ids (see 'supple stretches'); they play in the programme's order.",
        HelpName = "IDS",
        AllowMultipleArgumentsPerToken = false,
        CustomParser = result => [.. result.Tokens
            .SelectMany(t => t.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };
}
