using System.CommandLine;
using System.CommandLine.Help;
using Supple.Breaks;
using Supple.Cli.Commands;
using Supple.Cli.Infrastructure;
using Supple.Cli.Resources;

// Builds the command tree and runs it. Commands load the programme or open the store only when they run,
// so building the tree costs a few allocations and `supple stats` pays for nothing it does not use. The language is
// chosen first: the tree's descriptions are the help's texts.
var console = CliConsole.CreateSystem();
CommandLineHost.UseLanguageOf(args, console);
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

return await CommandLineHost.InvokeAsync(root, args, console);
