using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Planning;
using Supple.Core.Safety;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// The assessment: its questions, and the answers turned by the application layer into either "see a doctor first"
/// (stored: the safety gate is closed, no routine is offered) or a personal plan (saved as today's stretches); the
/// gate's state; and a doctor's clearance, which opens the gate and makes the plan from the same answers.
/// </summary>
public static class AssessmentApi
{
    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/assessment").WithTags("Plan");
        group.MapGet("/questions", GetQuestions).WithSummary("The assessment's questions: warning signs, causes and props.");
        group.MapPost("/", Assess)
            .WithSummary("Answer the assessment: a warning sign gives advice to see a doctor first (stored; no routine); otherwise the plan, saved.")
            .WithDescription("The body is the answers file of `supple assess --answers` (docs/SAFETY.md): every key required, every warning sign true or false.");
        group.MapGet("/gate", GetGate)
            .WithSummary("The safety gate: whether a stored \"see a doctor first\" outcome stands (then no routine is offered), and why.");
        group.MapPost("/clearance", Clear)
            .WithSummary("Record the date a doctor checked you and agreed you can stretch: the gate opens and the plan is made from the same answers.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static Ok<AssessmentQuestionsResponse> GetQuestions() => TypedResults.Ok(AssessmentQuestionsResponse.Create());

    public static async Task<Results<Ok<AssessmentResultResponse>, ValidationProblem>> Assess(JsonElement answers, SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        AssessmentAnswers parsed;
        try
        {
            parsed = AssessmentAnswersParser.Read(answers);
        }
        catch (InvalidAnswersException ex)
        {
            return TypedResults.ValidationProblem(FieldErrorsOf(ex.Errors), title: ApiText.Get(ApiText.AnswersNotUsed));
        }

        var outcome = await app.Assessments.AssessAsync(parsed, ct);
        if (outcome is SeeDoctorFirst doctor)
        {
            return TypedResults.Ok(new AssessmentResultResponse(AssessmentResultResponse.SeeDoctorOutcome, SeeDoctorResponse.From(doctor), null));
        }

        var plan = ((PlanOffered)outcome).Plan;
        var today = await app.Assessments.TodayAsync(plan, null, ct);
        return TypedResults.Ok(new AssessmentResultResponse(AssessmentResultResponse.PlanOutcome, null, PlanResponse.From(app.Programme, plan, today)));
    }

    public static async Task<Ok<GateResponse>> GetGate(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var status = await app.Assessments.GateAsync(ct);
        return TypedResults.Ok(GateResponse.From(status));
    }

    public static async Task<Results<Ok<PlanResponse>, ValidationProblem>> Clear(ClearanceRequest request, SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(app);
        if (!DateOnly.TryParseExact(request.ClearedOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["clearedOn"] = [ApiText.Get(ApiText.FieldClearedOnRequired)] },
                title: ApiText.Get(ApiText.ClearanceNotRecorded));
        }

        Plan plan;
        try
        {
            plan = await app.Assessments.ClearByDoctorAsync(date, ct);
        }
        catch (ArgumentOutOfRangeException)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["clearedOn"] = [SafetyMessages.ClearanceInTheFuture] },
                title: ApiText.Get(ApiText.ClearanceNotRecorded));
        }

        return TypedResults.Ok(PlanResponse.From(app.Programme, plan, await app.Assessments.TodayAsync(plan, null, ct)));
    }

    /// <summary>Core's messages start with the key they are about (<c>'redFlags.fever' is missing…</c>): group them by it.</summary>
    internal static Dictionary<string, string[]> FieldErrorsOf(IEnumerable<string> messages)
    {
        var errors = new FieldErrors();
        foreach (var message in messages)
        {
            var field = message.StartsWith('\'') && message.IndexOf('\'', 1) is var end and > 1 ? message[1..end] : "body";
            errors.Add(RoutineRequest.Shorten(field), message);
        }

        return errors.Errors;
    }
}
