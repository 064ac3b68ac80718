using System.CommandLine;
using System.CommandLine.Help;
using Supple.Breaks;
using Supple.Cli.Commands;
using Supple.Cli.Resources;

namespace Supple.Cli.Infrastructure;

/// <summary>
/// The <c>supple</c> command tree: every command, the shared <c>--lang</c>, and the help and version options'
/// descriptions. Built in the run's language (the descriptions are the help's texts), so the language is chosen
/// before (<see cref="CommandLineHost.UseLanguageOf"/>). Commands load the programme or open the store only when they
/// run, so building the tree costs a few allocations.
/// </summary>
internal static class CommandTree
{
    public static RootCommand Build(CliConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand(CliText.Localizer[CliText.HelpRoot])
        {
            new StartCommand(console),
            new StretchesCommand(console),
            new ShowCommand(console),
            new PlanCommand(console),
            new AssessCommand(console),
            new CalendarCommand(console),
            new RemindCommand(console),
            new BreaksCommand(console, job => BreakHandOff.FindProgram(AppContext.BaseDirectory, console.Environment) is { } program && BreakHandOff.TryExec(program, job)),
            new AboutCommand(console),
            new CheckCommand(console),
            new LogCommand(console),
            new PainCommand(console),
            new HistoryCommand(console),
            new StatsCommand(console),
            new ExportCommand(console),
            new ImportCommand(console),
            new ChartCommand(console),
            new ServeCommand(console),
        };
        root.Options.Add(CommonOptions.Lang());
        foreach (var option in root.Options)
        {
            option.Description = option switch
            {
                HelpOption => CliText.Localizer[CliText.HelpHelpOption],
                VersionOption => CliText.Localizer[CliText.HelpVersionOption],
                _ => option.Description,
            };
        }

        return root;
    }
}
