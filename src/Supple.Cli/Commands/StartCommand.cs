using System.CommandLine;
using System.Globalization;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;
using Supple.Cli.Sessions;
using Supple.Core.Localization;

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
        Description = CliText.Localizer[CliText.HelpStartPlain],
    };
    private readonly Option<bool> _quiet = new("--quiet") { Description = CliText.Localizer[CliText.HelpStartQuiet] };
    private readonly Option<bool> _voice = new("--voice") { Description = CliText.Localizer.Format(CliText.HelpStartVoice, ("program", "espeak-ng")) };
    private readonly Option<bool> _acceptDisclaimer = new("--accept-disclaimer")
    {
        Description = CliText.Localizer.Format(CliText.HelpBreaksAcceptDisclaimer, ("command", "'supple about'")),
    };
    private readonly Option<int?> _painBefore = PainOption("--pain-before", CliText.Localizer[CliText.HelpStartPainBefore]);
    private readonly Option<int?> _painAfter = PainOption("--pain-after", CliText.Localizer[CliText.HelpStartPainAfter]);

    public StartCommand(CliConsole console)
        : base("start", CliText.Localizer[CliText.HelpStart])
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
                result.AddError(CliText.Localizer.Format(
                    CliText.StartPainRange, ("option", name), ("min", PainScoreText.Min), ("max", PainScoreText.Max), ("value", value.ToString(CultureInfo.InvariantCulture))));
            }
        });
        return option;
    }
}
