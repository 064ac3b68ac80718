using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Data;
using Supple.Web.Data;

namespace Supple.Web.Api;

/// <summary>
/// A guided session saved whole once it is over (a client that ran it offline, or one that saves only at the end):
/// the session and all its stretch records in one request and one transaction.
/// </summary>
public static class CompletedSessionsApi
{
    /// <summary>Most stretch records in one session: every side of every stretch, twice over.</summary>
    public const int MaxStretches = 50;

    public static RouteGroupBuilder MapCompletedSessionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGroup("/sessions").WithTags("Sessions")
            .MapPost("/completed", Save).WithSummary("Save a finished guided session with all its stretches at once.");
        return api;
    }

    public static async Task<Results<Created<SessionView>, ValidationProblem>> Save(
        CompletedSessionRequest request, Programme programme, UserStore users, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var now = time.GetUtcNow();
        var level = RoutineRequest.ParseLevel(request.Level, errors.Errors);
        var painBefore = errors.Pain("painBefore", request.PainBefore);
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        DateTimeOffset startedAt = default;
        if (request.StartedAt is null)
        {
            errors.Add("startedAt", "The time the session started is required.");
        }
        else
        {
            startedAt = errors.Time("startedAt", request.StartedAt, now);
        }

        var endedAt = errors.Time("endedAt", request.EndedAt, now, request.StartedAt is null ? null : startedAt);
        var stretches = new List<RecordedStretch>();
        if (request.Stretches is not { Count: > 0 } items)
        {
            errors.Add("stretches", "At least one stretch is required.");
        }
        else if (items.Count > MaxStretches)
        {
            errors.Add("stretches", $"At most {MaxStretches} stretches in one session.");
        }
        else
        {
            var seen = new HashSet<(string, Side)>();
            for (var i = 0; i < items.Count; i++)
            {
                var field = $"stretches[{i}]";
                if (items[i] is not { } item)
                {
                    errors.Add(field, "A stretch record is required.");
                    continue;
                }

                var stretch = errors.Stretch($"{field}.stretchId", item.StretchId, programme);
                var side = errors.Side($"{field}.side", item.Side, stretch);
                var limits = stretch is null ? null : DosageLimits.Of(stretch);
                var reps = errors.Count($"{field}.repsDone", item.RepsDone, limits?.Reps ?? int.MaxValue, "repetitions");
                var sets = errors.Count($"{field}.setsDone", item.SetsDone, limits?.Sets ?? int.MaxValue, "sets");
                var seconds = errors.Count($"{field}.secondsHeld", item.SecondsHeld, limits?.Seconds ?? int.MaxValue, "seconds held");
                var at = errors.Time($"{field}.at", item.At ?? endedAt, now, request.StartedAt is null ? null : startedAt);
                if (at > endedAt)
                {
                    errors.Add($"{field}.at", "The stretch cannot finish after the session ended.");
                }

                if (stretch is null)
                {
                    continue;
                }

                if (!seen.Add((stretch.Id, side)))
                {
                    errors.Add($"{field}.stretchId", $"{stretch.Name}{(side == Side.None ? "" : $" ({side.ToString().ToLowerInvariant()} side)")} is in the session twice.");
                }

                stretches.Add(new RecordedStretch(new StretchRecord(stretch.Id, side, reps, sets, seconds, item.Skipped ?? false, item.Hurt ?? false), at));
            }
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: "The session could not be saved.");
        }

        var store = await users.GetAsync(ct);
        var id = await store.SaveCompletedSessionAsync(
            new CompletedSession(startedAt, endedAt, BuiltInProgramme.Name, level, painBefore, painAfter, stretches), ct);

        // The answer is what was just committed, so it is not read back (one round trip less per session saved).
        var view = new SessionView(id, startedAt, endedAt, level, SessionOutcome.Completed, painBefore, painAfter, null, [.. stretches.Select(s => s.Record)]);
        return TypedResults.Created($"/api/v1/sessions/{id}", view);
    }
}
