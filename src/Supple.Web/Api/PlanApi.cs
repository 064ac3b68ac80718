using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Core.Planning;
using Supple.Core.Sessions;
using Supple.Web.Data;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>
/// The saved plan with the safety rules applied (levels, paused stretches, advice), and today's session from it as a
/// timeline compiled by Core.
/// </summary>
public static class PlanApi
{
    public static RouteGroupBuilder MapPlanApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/plan").WithTags("Plan");
        group.MapGet("/", GetPlan)
            .WithSummary("The saved plan and today's stretches: each stretch's level, paused stretches, advice.")
            .WithDescription("painBefore (0–10, optional): today's pain; 7 or more makes a gentle session with advice.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/timeline", GetTimeline)
            .WithSummary("Today's session from the plan as a timeline (each stretch at its own level; paused stretches left out).")
            .WithDescription("painBefore (0–10, optional): 7 or more plays every stretch at the low end.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> GetPlan(
        int? painBefore, Programme programme, PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var errors = new FieldErrors();
        var pain = errors.Pain("painBefore", painBefore);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: "The request is not valid.");
        }

        try
        {
            if (await plans.LoadPlanAsync(ct) is not { } plan)
            {
                return NoPlan();
            }

            return TypedResults.Ok(PlanResponse.From(programme, plan, await plans.TodayAsync(plan, pain, ct)));
        }
        catch (DamagedDocumentException ex)
        {
            return Damaged(ex);
        }
    }

    public static async Task<Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        int? painBefore, Programme programme, PersonalPlans plans, PictureCatalog pictures, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var errors = new FieldErrors();
        var pain = errors.Pain("painBefore", painBefore);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: "The request is not valid.");
        }

        TodaysSession today;
        try
        {
            if (await plans.LoadPlanAsync(ct) is not { } plan)
            {
                return NoPlan();
            }

            today = await plans.TodayAsync(plan, pain, ct);
        }
        catch (DamagedDocumentException ex)
        {
            return Damaged(ex);
        }

        if (today.Routine.Items.Count == 0)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Every stretch of your plan is paused.",
                detail: "Each stretch hurt twice within 7 days. Please ask a doctor or physiotherapist before you start them again.");
        }

        var timeline = TimelineCompiler.Compile(programme, today.Routine);
        var ids = today.Routine.Items.Select(i => i.StretchId).ToList();
        return TypedResults.Ok(TimelineResponse.From(timeline, PlanResponse.RecordedLevel(today.Routine), ids, pictures));
    }

    private static ProblemHttpResult NoPlan() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "No plan yet.",
        detail: "Take the assessment (POST /api/v1/assessment, or the Assessment page) to make one.");

    private static ProblemHttpResult Damaged(DamagedDocumentException ex) => TypedResults.Problem(
        statusCode: StatusCodes.Status409Conflict,
        title: "Your saved plan could not be used.",
        detail: ex.Message);
}
