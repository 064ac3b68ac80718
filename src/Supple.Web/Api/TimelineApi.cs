using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Pictures;

namespace Supple.Web.Api;

/// <summary>
/// Compiled session timelines: the Core compiler's output, the only source of steps and durations for the browser.
/// </summary>
public static class TimelineApi
{
    public static RouteGroupBuilder MapTimelineApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/timeline", GetTimeline)
            .WithTags("Timeline")
            .WithSummary("The steps of a session at a dosage level, for all stretches or only some.")
            .WithDescription("level: gentle, standard or full (default standard). only: stretch ids, repeated or comma-separated.");
        return api;
    }

    public static Results<Ok<TimelineResponse>, ValidationProblem> GetTimeline(
        string? level,
        string[]? only,
        Programme programme,
        PictureCatalog pictures)
    {
        ArgumentNullException.ThrowIfNull(programme);
        ArgumentNullException.ThrowIfNull(pictures);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var parsedLevel = RoutineRequest.ParseLevel(level, errors);
        var ids = RoutineRequest.ParseOnly(only, programme, errors);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The timeline request is not valid.");
        }

        var routine = ids.Count == 0 ? Routine.All(programme, parsedLevel) : Routine.Only(programme, ids, parsedLevel);
        var timeline = TimelineCompiler.Compile(programme, routine);
        return TypedResults.Ok(TimelineResponse.From(timeline, parsedLevel, ids, pictures));
    }
}
