using System.CommandLine;
using Supple.Cli.Infrastructure;
using Supple.Cli.Json;
using Supple.Cli.Rendering;

namespace Supple.Cli.Commands;

/// <summary><c>supple plan</c>: the compiled timeline of a session and its total duration.</summary>
internal sealed class PlanCommand : Command
{
    private readonly Option<Core.Sessions.DosageLevel?> _level = CommonOptions.Level();
    private readonly Option<string[]> _only = CommonOptions.Only();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<bool> _steps = new("--steps") { Description = "List every step, not just every stretch." };
    private readonly Option<string?> _programme = CommonOptions.Programme();

    public PlanCommand(CliConsole console)
        : base("plan", "Show the timeline 'supple start' would play with the same options, and how long it takes.")
    {
        Options.Add(_level);
        Options.Add(_only);
        Options.Add(_steps);
        Options.Add(_json);
        Options.Add(_programme);
        SetAction(parse =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            var level = parse.LevelOrDefault(_level);
            var timeline = RoutineBuilder.Compile(programme, RoutineBuilder.Build(programme, level, parse.GetValue(_only)));
            if (parse.GetValue(_json))
            {
                console.Out.WriteLine(ProgrammeJson.Plan(programme, timeline, level));
            }
            else
            {
                console.Ansi.Write(PlanView.Render(timeline, level, parse.GetValue(_steps)));
            }

            return ExitCodes.Ok;
        });
    }
}
