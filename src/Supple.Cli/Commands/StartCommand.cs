using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Sessions;

namespace Supple.Cli.Commands;

/// <summary><c>supple start</c>: a guided, timed session, recorded in the history.</summary>
internal sealed class StartCommand : Command
{
    private readonly Option<Core.Sessions.DosageLevel?> _level = CommonOptions.Level();
    private readonly Option<string[]> _only = CommonOptions.Only();
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();
    private readonly Option<bool> _plain = new("--plain")
    {
        Description = "No live view: one timestamped line per step (works without a terminal; keys work when stdin is a terminal).",
    };
    private readonly Option<bool> _quiet = new("--quiet") { Description = "No bell at each step change." };
    private readonly Option<bool> _voice = new("--voice") { Description = "Speak each step aloud with espeak-ng (must be installed)." };
    private readonly Option<bool> _acceptDisclaimer = new("--accept-disclaimer")
    {
        Description = "Accept the medical disclaimer without being asked (read it with 'supple about').",
    };
    private readonly Option<int?> _painBefore = PainOption("--pain-before", "Pain 0–10 before the session (instead of being asked).");
    private readonly Option<int?> _painAfter = PainOption("--pain-after", "Pain 0–10 after the session (instead of being asked).");

    public StartCommand(CliConsole console)
        : base("start", "Start a guided session: timed holds, releases and side switches, with pain before and after.")
    {
        Options.Add(_level);
        Options.Add(_only);
        Options.Add(_plain);
        Options.Add(_quiet);
        Options.Add(_voice);
        Options.Add(_acceptDisclaimer);
        Options.Add(_painBefore);
        Options.Add(_painAfter);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction((parse, cancellationToken) =>
        {
            var options = new StartOptions(
                parse.GetValue(_level),
                parse.GetValue(_only) ?? [],
                parse.GetValue(_programme),
                parse.GetValue(_db),
                parse.GetValue(_plain),
                parse.GetValue(_quiet),
                parse.GetValue(_voice),
                parse.GetValue(_acceptDisclaimer),
                parse.GetValue(_painBefore),
                parse.GetValue(_painAfter));
            return new GuidedSession(console).RunAsync(options, cancellationToken);
        });
    }

    private static Option<int?> PainOption(string name, string description)
    {
        var option = new Option<int?>(name) { Description = description, HelpName = "0-10" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && value is < PainScoreText.Min or > PainScoreText.Max)
            {
                result.AddError($"{name} must be a whole number from 0 to 10 (got {value}).");
            }
        });
        return option;
    }
}
