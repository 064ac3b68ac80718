using System.CommandLine;
using Spectre.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Core.Planning;
using Supple.Core.Safety;

namespace Supple.Cli.Commands;

/// <summary>
/// <c>supple assess</c>: the warning signs, causes and props; a personal plan (saved as today's stretches) or advice
/// to see a doctor first. Also shows the saved plan (<c>--show</c>) and resumes a paused stretch (<c>--resume</c>).
/// </summary>
internal sealed class AssessCommand : Command
{
    private readonly Option<string?> _answers = new("--answers")
    {
        Description = "Read the answers from a JSON file ('-' for stdin) instead of asking; see docs/SAFETY.md for the format.",
        HelpName = "FILE",
    };
    private readonly Option<bool> _show = new("--show") { Description = "Show the saved plan with today's dosage and any advice, without asking again." };
    private readonly Option<string?> _resume = new("--resume")
    {
        Description = "Resume a paused stretch (only after a doctor or physiotherapist has agreed).",
        HelpName = "STRETCH_ID",
    };
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    public AssessCommand(CliConsole console)
        : base("assess", "Answer a few questions (warning signs, causes, what you have) and get a personal plan.")
    {
        Options.Add(_answers);
        Options.Add(_show);
        Options.Add(_resume);
        Options.Add(_json);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            var answersFile = parse.GetValue(_answers);
            var resume = parse.GetValue(_resume);
            var show = parse.GetValue(_show);
            if ((answersFile is not null ? 1 : 0) + (resume is not null ? 1 : 0) + (show ? 1 : 0) > 1)
            {
                throw new UsageException("use only one of --answers, --show and --resume.");
            }

            if (resume is not null)
            {
                return await ResumeAsync(console, programme, resume, parse.GetValue(_db), ct);
            }

            if (show)
            {
                return await ShowAsync(console, programme, parse.GetValue(_db), parse.GetValue(_json), ct);
            }

            AssessmentAnswers answers;
            if (answersFile is not null)
            {
                answers = ReadAnswers(console, answersFile);
            }
            else if (!console.IsTerminal)
            {
                throw new UsageException("'supple assess' asks its questions in a terminal, but stdin or stdout is redirected. Use --answers FILE.json.");
            }
            else
            {
                answers = InteractiveAssessment.Ask(console.Ansi);
            }

            var outcome = Assessment.Evaluate(programme, answers, console.Time.GetUtcNow());
            await using var data = await PersonalData.OpenAsync(parse.GetValue(_db), console, ct);
            var saved = false;
            if (outcome is PlanOffered offered)
            {
                await data.SavePlanAsync(offered.Plan, ct);
                saved = true;
            }
            else
            {
                // A plan made before the warning sign must not go on being offered as today's stretches.
                await data.DeletePlanAsync(ct);
            }

            if (parse.GetValue(_json))
            {
                console.Out.WriteLine(AssessmentJson.Write(programme, outcome, saved));
                return ExitCodes.Ok;
            }

            console.Ansi.WriteLine();
            if (outcome is SeeDoctorFirst doctor)
            {
                console.Ansi.Write(PersonalPlanView.SeeDoctor(doctor));
            }
            else if (outcome is PlanOffered plan)
            {
                var timeline = RoutineBuilder.Compile(programme, plan.Plan.ToRoutine([], gentle: false));
                console.Ansi.Write(PersonalPlanView.Plan(programme, plan.Plan, null, timeline));
                console.Ansi.MarkupLine("[dim]Saved. These are now today's stretches.[/]");
            }

            return ExitCodes.Ok;
        });
    }

    private static AssessmentAnswers ReadAnswers(CliConsole console, string file)
    {
        string text;
        try
        {
            text = file == "-" ? Console.In.ReadToEnd() : TextFile.Read(file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new UsageException($"cannot read the answers file '{file}': {ex.Message}", ex);
        }

        try
        {
            return AssessmentAnswersParser.Parse(text);
        }
        catch (InvalidAnswersException ex)
        {
            foreach (var error in ex.Errors)
            {
                console.Error.WriteLine($"{file}: {error}");
            }

            throw new UsageException($"the answers file has {ex.Errors.Count} problem{(ex.Errors.Count == 1 ? "" : "s")}; nothing was saved.", ex);
        }
    }

    private static async Task<int> ShowAsync(CliConsole console, Core.Content.Programme programme, string? db, bool json, CancellationToken ct)
    {
        await using var data = await PersonalData.OpenAsync(db, console, ct);
        var plan = await data.LoadPlanAsync(ct);
        if (plan is null)
        {
            console.Ansi.MarkupLine("No plan yet. Run [bold]supple assess[/] to make one.");
            return ExitCodes.Ok;
        }

        if (json)
        {
            console.Out.WriteLine(AssessmentJson.Write(programme, new PlanOffered(plan), saved: true));
            return ExitCodes.Ok;
        }

        var today = TodaysSessionPlanner.Build(programme, plan, await data.LoadSafetyHistoryAsync(ct), null, console.Time.GetUtcNow());
        var timeline = today.Routine.Items.Count == 0 ? null : RoutineBuilder.Compile(programme, today.Routine);
        console.Ansi.Write(PersonalPlanView.Plan(programme, plan, today.Progress, timeline));
        if (today.Advice.Count > 0)
        {
            console.Ansi.Write(PersonalPlanView.Advice(today.Advice));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> ResumeAsync(CliConsole console, Core.Content.Programme programme, string stretchId, string? db, CancellationToken ct)
    {
        await using var data = await PersonalData.OpenAsync(db, console, ct);
        var plan = await data.LoadPlanAsync(ct) ?? throw new UsageException("there is no plan yet. Run 'supple assess' first.");
        var today = TodaysSessionPlanner.Build(programme, plan, await data.LoadSafetyHistoryAsync(ct), null, console.Time.GetUtcNow());
        var progress = today.Progress.FirstOrDefault(p => p.StretchId == stretchId)
            ?? throw new UsageException($"'{stretchId}' is not in your plan. Its stretches: {string.Join(", ", plan.Stretches.Select(s => s.StretchId))}.");
        if (!progress.IsPaused)
        {
            console.Ansi.MarkupLine($"{NameOf(programme, stretchId)} is not paused; nothing to do.");
            return ExitCodes.Ok;
        }

        await data.AddResumptionAsync(new StretchResumption(stretchId, console.Time.GetUtcNow()), ct);
        console.Ansi.MarkupLine($"{NameOf(programme, stretchId)} is back in your sessions, at the low end of its range. {Markup.Escape(SafetyMessages.StopRule)}");
        return ExitCodes.Ok;
    }

    private static string NameOf(Core.Content.Programme programme, string stretchId) =>
        Spectre.Console.Markup.Escape(programme.FindStretch(stretchId)?.Name ?? stretchId);
}
