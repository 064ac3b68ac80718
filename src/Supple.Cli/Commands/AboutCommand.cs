using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;

namespace Supple.Cli.Commands;

/// <summary><c>supple about</c>: causes, benefits, how often, when to stop, references, disclaimer.</summary>
internal sealed class AboutCommand : Command
{
    private readonly Option<string?> _programme = CommonOptions.Programme();

    public AboutCommand(CliConsole console)
        : base("about", CliText.Localizer[CliText.HelpAbout])
    {
        Options.Add(_programme);
        SetAction(parse =>
        {
            console.Ansi.Write(AboutView.Render(ProgrammeSource.Load(parse.GetValue(_programme))));
            return ExitCodes.Ok;
        });
    }
}
