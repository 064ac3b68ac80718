using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Web.Pictures;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// The saved plan with the safety rules applied (levels, paused stretches, advice), and today's session from it as a
/// timeline, both through the application layer (refused while the safety gate is closed).
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

    public static async Task<Results<Ok<PlanResponse>, ValidationProblem, ProblemHttpResult>> GetPlan(int? painBefore, SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new FieldErrors();
        var pain = errors.Pain("painBefore", painBefore);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.RequestInvalid));
        }

        await app.Assessments.ThrowIfClosedAsync(ct);
        if (await app.Assessments.PlanAsync(ct) is not { } plan)
        {
            return NoPlan();
        }

        return TypedResults.Ok(PlanResponse.From(app.Programme, plan, await app.Assessments.TodayAsync(plan, pain, ct)));
    }

    public static async Task<Results<Ok<TimelineResponse>, ValidationProblem, ProblemHttpResult>> GetTimeline(
        int? painBefore, SuppleApp app, PictureCatalog pictures, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var errors = new FieldErrors();
        var pain = errors.Pain("painBefore", painBefore);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.RequestInvalid));
        }

        await app.Assessments.ThrowIfClosedAsync(ct);
        if (await app.Assessments.PlanAsync(ct) is null)
        {
            return NoPlan();
        }

        var prepared = await app.Sessions.PrepareAsync(new SessionRequest(FromPlan: true, PainBefore: pain), ct);
        return TypedResults.Ok(TimelineResponse.From(prepared.Timeline, prepared.Routine, prepared.Level, pictures, prepared.Advice));
    }

    private static ProblemHttpResult NoPlan() => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: ApiText.Get(ApiText.NoPlanTitle),
        detail: ApiText.Get(ApiText.NoPlanDetail));
}
