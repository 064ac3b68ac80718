using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;

namespace Supple.Cli.Commands;

/// <summary><c>supple about</c>: causes, benefits, how often, when to stop, references, disclaimer.</summary>
internal sealed class AboutCommand : Command
{
    private readonly Option<string?> _programme = CommonOptions.Programme();

    public AboutCommand(CliConsole console)
        : base("about", "Causes of upper-back pain, benefits of stretching, how often, when to stop, references and the disclaimer.")
    {
        Options.Add(_programme);
        SetAction(parse =>
        {
            console.Ansi.Write(AboutView.Render(ProgrammeSource.Load(parse.GetValue(_programme))));
            return ExitCodes.Ok;
        });
    }
}
