using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Web.Pictures;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// Compiled session timelines, through the same rules as a session (the safety gate, paused stretches left out): the
/// only source of steps and durations for the browser. The session the player starts answers with its own timeline.
/// </summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/timeline", GetTimeline)
            .WithTags("Timeline")
            .WithSummary("The steps a session would play at a dosage level, for all stretches or only some (paused ones left out).")
            .WithDescription("level: gentle, standard or full (default standard). only: stretch ids, repeated or comma-separated. painBefore: pain rated before the session (0–10); from the answer's gentleFromPain up, every stretch is gentle.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Ok<TimelineResponse>, ValidationProblem>> GetTimeline(
        string? level,
        string[]? only,
        int? painBefore,
        SuppleApp app,
        PictureCatalog pictures,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(pictures);
        var errors = new FieldErrors();
        var parsedLevel = RoutineRequest.ParseLevel(level, errors.Errors);
        var ids = RoutineRequest.ParseOnly(only, app.Programme, errors.Errors);
        var pain = errors.Pain("painBefore", painBefore);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.TimelineInvalid));
        }

        // With painBefore, the rule of starting a session applies (the player keeps these answers to play offline).
        var prepared = await app.Sessions.PrepareAsync(new SessionRequest(parsedLevel, ids, PainBefore: pain), ct);
        return TypedResults.Ok(TimelineResponse.From(prepared.Timeline, prepared.Routine, prepared.Level, pictures, prepared.Advice));
    }
}
