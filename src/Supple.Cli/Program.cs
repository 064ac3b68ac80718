using Supple.Cli.Infrastructure;

// Builds the command tree (CommandTree) and runs it. The language is chosen first: the tree's descriptions are the
// help's texts.
var console = CliConsole.CreateSystem();
CommandLineHost.UseLanguageOf(args, console);
var root = CommandTree.Build(console);
return await CommandLineHost.InvokeAsync(root, args, console);
