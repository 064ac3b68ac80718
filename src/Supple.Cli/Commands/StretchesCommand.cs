using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Json;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;

namespace Supple.Cli.Commands;

/// <summary><c>supple stretches [--json]</c>: the stretches of the programme with their dosage.</summary>
internal sealed class StretchesCommand : Command
{
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _programme = CommonOptions.Programme();

    public StretchesCommand(CliConsole console)
        : base("stretches", CliText.Localizer[CliText.HelpStretches])
    {
        Options.Add(_json);
        Options.Add(_programme);
        SetAction(parse =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            if (parse.GetValue(_json))
            {
                console.Out.WriteLine(ProgrammeJson.Stretches(programme));
            }
            else
            {
                console.Ansi.Write(StretchesView.Render(programme));
            }

            return ExitCodes.Ok;
        });
    }
}
