using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Sessions;
using Supple.Web.Pictures;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// A session played offline, sent whole once the device is back: its routine and every step outcome, folded by the
/// server with the same Core code as live reports, and saved in one transaction (group commit on a PostgreSQL server).
/// Sending it again with the same client id changes nothing.
/// </summary>
public static class CompletedSessionsApi
{
    /// <summary>Most stretches in a routine sent whole.</summary>
    public const int MaxStretches = 50;

    public static RouteGroupBuilder MapCompletedSessionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGroup("/sessions").WithTags("Sessions").AddEndpointFilter(Pwa.AccountPartition.RequireSameAccountAsync)
            .MapPost("/completed", Save).WithSummary("Save a session played offline with all its step outcomes at once (idempotent by clientId).")
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Created<SessionResponse>, ValidationProblem>> Save(
        CompletedSessionRequest request, SuppleApp app, PictureCatalog pictures, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(app);
        var errors = new FieldErrors();
        var now = time.GetUtcNow();
        if (request.ClientId is not { } clientId || clientId == Guid.Empty)
        {
            errors.Add("clientId", ApiText.Get(ApiText.FieldClientIdRequired));
            clientId = Guid.Empty;
        }

        var painBefore = errors.Pain("painBefore", request.PainBefore);
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        var startedAt = request.StartedAt is null ? now : errors.Time("startedAt", request.StartedAt, now);
        if (request.StartedAt is null)
        {
            errors.Add("startedAt", ApiText.Get(ApiText.FieldStartedAtRequired));
        }

        var routine = new List<RoutineItem>();
        if (request.Routine is not { Count: > 0 } items)
        {
            errors.Add("routine", ApiText.Get(ApiText.FieldRoutineRequired));
        }
        else if (items.Count > MaxStretches)
        {
            errors.Add("routine", ApiText.Format(ApiText.FieldAtMostStretches, ("max", MaxStretches.ToString(CultureInfo.InvariantCulture))));
        }
        else
        {
            for (var i = 0; i < items.Count; i++)
            {
                var stretch = errors.Stretch($"routine[{i}].stretchId", items[i]?.StretchId, app.Programme);
                var level = RoutineRequest.ParseLevel(items[i]?.Level, errors.Errors, $"routine[{i}].level");
                if (stretch is not null)
                {
                    routine.Add(new RoutineItem(stretch.Id, level));
                }
            }
        }

        var steps = StepReports.Parse(request.Steps, errors, now);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.SessionNotSaved));
        }

        SessionState saved;
        try
        {
            saved = await app.Sessions.SavePlayedAsync(new PlayedSession(clientId, new Routine(routine), startedAt, painBefore, steps, painAfter), ct);
        }
        catch (ArgumentException ex)
        {
            errors.Add("steps", ex.Message.Split(" (Parameter", 2)[0]);
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.SessionNotSaved));
        }

        return TypedResults.Created($"/api/v1/sessions/{saved.Id}", SessionResponse.From(saved, pictures));
    }
}
