using System.CommandLine;
using Supple.Application;
using Supple.Cli.Infrastructure;
using Supple.Cli.Json;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple plan</c>: the timeline <c>supple start</c> would play with the same options, and its total duration,
/// through the same rules (the safety gate, the saved plan, paused stretches).
/// </summary>
internal sealed class PlanCommand : Command
{
    private readonly Option<Core.Sessions.DosageLevel?> _level = CommonOptions.Level();
    private readonly Option<string[]> _only = CommonOptions.Only();
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<bool> _steps = new("--steps") { Description = CliText.Localizer[CliText.HelpPlanSteps] };
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    public PlanCommand(CliConsole console)
        : base("plan", CliText.Localizer.Format(CliText.HelpPlan, ("command", "'supple start'")))
    {
        Options.Add(_level);
        Options.Add(_only);
        Options.Add(_steps);
        Options.Add(_json);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            var only = parse.GetValue(_only) ?? [];
            if (only.Length > 0)
            {
                RoutineBuilder.Build(programme, parse.GetValue(_level) ?? Core.Sessions.DosageLevel.Standard, only);
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db), programme, parse.GetValue(_programme));
            var prepared = await data.App.Sessions.PrepareAsync(new SessionRequest(parse.GetValue(_level), only, FromPlan: true), ct);
            if (parse.GetValue(_json))
            {
                console.Out.WriteLine(ProgrammeJson.Plan(programme, prepared.Timeline, prepared.Level));
            }
            else
            {
                console.Ansi.Write(PlanView.Render(prepared.Timeline, prepared.Level, parse.GetValue(_steps)));
                if (prepared.Advice.Count > 0)
                {
                    console.Ansi.Write(Reminders.PersonalPlanView.Advice(prepared.Advice));
                }
            }

            return ExitCodes.Ok;
        });
    }
}
