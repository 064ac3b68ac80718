using System.CommandLine;
using Spectre.Console;
using Supple.Application;
using Supple.Cli.Infrastructure;
using Supple.Cli.Reminders;
using Supple.Cli.Resources;
using Supple.Core.Localization;
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
        Description = CliText.Localizer.Format(CliText.HelpAssessAnswers, ("stdin", "'-'"), ("doc", "docs/SAFETY.md")),
        HelpName = "FILE",
    };
    private readonly Option<bool> _show = new("--show") { Description = CliText.Localizer[CliText.HelpAssessShow] };
    private readonly Option<string?> _resume = new("--resume")
    {
        Description = CliText.Localizer[CliText.HelpAssessResume],
        HelpName = "STRETCH_ID",
    };
    private readonly Option<string?> _clearedByDoctor = new("--cleared-by-doctor")
    {
        Description = CliText.Localizer.Format(CliText.HelpAssessClearedByDoctor, ("format", "YYYY-MM-DD"), ("today", "'today'")),
        HelpName = "DATE",
    };
    private readonly Option<bool> _json = CommonOptions.Json();
    private readonly Option<string?> _programme = CommonOptions.Programme();
    private readonly Option<string?> _db = CommonOptions.Db();

    public AssessCommand(CliConsole console)
        : base("assess", CliText.Localizer[CliText.HelpAssess])
    {
        Options.Add(_answers);
        Options.Add(_show);
        Options.Add(_resume);
        Options.Add(_clearedByDoctor);
        Options.Add(_json);
        Options.Add(_programme);
        Options.Add(_db);
        SetAction(async (parse, ct) =>
        {
            var programme = ProgrammeSource.Load(parse.GetValue(_programme));
            var answersFile = parse.GetValue(_answers);
            var resume = parse.GetValue(_resume);
            var show = parse.GetValue(_show);
            var cleared = parse.GetValue(_clearedByDoctor);
            if ((answersFile is not null ? 1 : 0) + (resume is not null ? 1 : 0) + (show ? 1 : 0) + (cleared is not null ? 1 : 0) > 1)
            {
                throw new UsageException(CliText.Localizer.Format(
                    CliText.AssessOnlyOne, ("answers", "--answers"), ("show", "--show"), ("resume", "--resume"), ("cleared", "--cleared-by-doctor")));
            }

            await using var data = CliApp.Open(console, parse.GetValue(_db), programme, parse.GetValue(_programme));
            if (resume is not null)
            {
                console.Ansi.MarkupLine(Markup.Escape(await data.App.Assessments.ResumeAsync(resume, ct)));
                return ExitCodes.Ok;
            }

            if (cleared is not null)
            {
                return await ClearAsync(console, data.App, cleared, ct);
            }

            if (show)
            {
                return await ShowAsync(console, data.App, parse.GetValue(_json), ct);
            }

            AssessmentAnswers answers;
            if (answersFile is not null)
            {
                answers = ReadAnswers(console, answersFile);
            }
            else if (!console.IsTerminal)
            {
                throw new UsageException(CliText.Localizer.Format(CliText.AssessNeedsTerminal, ("command", "'supple assess'"), ("option", "--answers FILE.json")));
            }
            else
            {
                answers = InteractiveAssessment.Ask(console.Ansi);
            }

            // Stored either way: the plan, or the "see a doctor first" outcome that closes the safety gate.
            var outcome = await data.App.Assessments.AssessAsync(answers, ct);
            if (parse.GetValue(_json))
            {
                console.Out.WriteLine(AssessmentJson.Write(programme, outcome, saved: true));
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
                console.Ansi.MarkupLine($"[dim]{Markup.Escape(CliText.Localizer[CliText.AssessSaved])}[/]");
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
            throw new UsageException(CliText.Localizer.Format(CliText.FileCannotRead, ("what", CliText.Localizer[CliText.FileAnswers]), ("path", file), ("reason", FileProblems.Describe(ex))), ex);
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

            throw new UsageException(CliText.Localizer.Format(CliText.AssessAnswersProblems, ("count", ex.Errors.Count)), ex);
        }
    }

    private static async Task<int> ShowAsync(CliConsole console, SuppleApp app, bool json, CancellationToken ct)
    {
        if (await app.Assessments.RefusalAsync(ct) is { } refusal)
        {
            console.Ansi.Write(PersonalPlanView.Refusal(refusal, CliMessages.ClearOrRetake));
            return ExitCodes.Ok;
        }

        var plan = await app.Assessments.PlanAsync(ct);
        if (plan is null)
        {
            const string assess = "supple assess";
            var line = Markup.Escape(CliText.Localizer.Format(CliText.AssessNoPlanYet, ("command", assess)));
            console.Ansi.MarkupLine(line.Replace(assess, $"[bold]{assess}[/]", StringComparison.Ordinal));
            return ExitCodes.Ok;
        }

        if (json)
        {
            console.Out.WriteLine(AssessmentJson.Write(app.Programme, new PlanOffered(plan), saved: true));
            return ExitCodes.Ok;
        }

        var today = await app.Assessments.TodayAsync(plan, null, ct);
        var timeline = today.Routine.Items.Count == 0 ? null : RoutineBuilder.Compile(app.Programme, today.Routine);
        console.Ansi.Write(PersonalPlanView.Plan(app.Programme, plan, today.Progress, timeline));
        if (today.Advice.Count > 0)
        {
            console.Ansi.Write(PersonalPlanView.Advice(today.Advice));
        }

        return ExitCodes.Ok;
    }

    private static async Task<int> ClearAsync(CliConsole console, SuppleApp app, string text, CancellationToken ct)
    {
        var zone = await app.Journal.TimeZoneAsync(ct);
        var today = Core.History.LocalDay.Of(console.Time.GetUtcNow(), zone);
        var date = text.Trim().Equals("today", StringComparison.OrdinalIgnoreCase) ? today
            : DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed
            : throw new UsageException(CliText.Localizer.Format(
                CliText.AssessClearedDate, ("option", "--cleared-by-doctor"), ("example", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("value", text)));
        Plan plan;
        try
        {
            plan = await app.Assessments.ClearByDoctorAsync(date, ct);
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw new UsageException(SafetyMessages.ClearanceInTheFuture, ex);
        }

        console.Ansi.MarkupLine(Markup.Escape(SafetyMessages.Cleared));
        var timeline = RoutineBuilder.Compile(app.Programme, plan.ToRoutine([], gentle: false));
        console.Ansi.Write(PersonalPlanView.Plan(app.Programme, plan, null, timeline));
        return ExitCodes.Ok;
    }
}
