using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Commands;

/// <summary><c>supple show ID</c>: one stretch in full.</summary>
internal sealed class ShowCommand : Command
{
    private readonly Argument<string> _id = new("id") { Description = CliText.Localizer.Format(CliText.HelpShowId, ("command", "'supple stretches'")) };
    private readonly Option<string?> _programme = CommonOptions.Programme();

    public ShowCommand(CliConsole console)
        : base("show", CliText.Localizer[CliText.HelpShow])
    {
        Arguments.Add(_id);
        Options.Add(_programme);
        SetAction(parse =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            var id = parse.GetValue(_id) ?? "";
            var stretch = programme.FindStretch(id)
                ?? programme.Stretches.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException(CliText.Localizer.Format(CliText.ShowNoSuchStretch, ("id", id), ("ids", string.Join(", ", programme.Stretches.Select(s => s.Id)))));
            console.Ansi.Write(StretchView.Render(programme, stretch));
            return ExitCodes.Ok;
        });
    }
}
