using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Web.Data;

namespace Supple.Web.Api;

/// <summary>
/// The assessment: its questions, and the answers turned by Core into either "see a doctor first" (no routine) or
/// a personal plan, which is saved as today's stretches.
/// </summary>
public static class AssessmentApi
{
    public static RouteGroupBuilder MapAssessmentApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/assessment").WithTags("Plan");
        group.MapGet("/questions", GetQuestions).WithSummary("The assessment's questions: warning signs, causes and props.");
        group.MapPost("/", Assess)
            .WithSummary("Answer the assessment: a warning sign gives advice to see a doctor first (no routine); otherwise the plan, saved.")
            .WithDescription("The body is the answers file of `supple assess --answers` (docs/SAFETY.md): every key required, every warning sign true or false.");
        return api;
    }

    public static Ok<AssessmentQuestionsResponse> GetQuestions() => TypedResults.Ok(AssessmentQuestionsResponse.Create());

    public static async Task<Results<Ok<AssessmentResultResponse>, ValidationProblem>> Assess(
        JsonElement answers, Programme programme, PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(plans);
        AssessmentAnswers parsed;
        try
        {
            parsed = AssessmentAnswersParser.Read(answers);
        }
        catch (InvalidAnswersException ex)
        {
            return TypedResults.ValidationProblem(FieldErrorsOf(ex.Errors), title: "The answers could not be used; nothing was saved.");
        }

        var outcome = await plans.AssessAsync(parsed, ct);
        if (outcome is SeeDoctorFirst doctor)
        {
            return TypedResults.Ok(new AssessmentResultResponse(AssessmentResultResponse.SeeDoctorOutcome, SeeDoctorResponse.From(doctor), null));
        }

        var plan = ((PlanOffered)outcome).Plan;
        var today = await plans.TodayAsync(plan, null, ct);
        return TypedResults.Ok(new AssessmentResultResponse(AssessmentResultResponse.PlanOutcome, null, PlanResponse.From(programme, plan, today)));
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
