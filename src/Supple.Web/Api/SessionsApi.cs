using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Data;
using Supple.Web.Data;

namespace Supple.Web.Api;

/// <summary>
/// Guided sessions: start one, save each stretch as it finishes, then finish it, stop it for pain or abandon it.
/// </summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/sessions").WithTags("Sessions");
        group.MapPost("/", Start).WithSummary("Start a guided session.");
        group.MapGet("/open", GetOpen).WithSummary("The latest session that was started and never finished (204 when there is none).");
        group.MapGet("/{id:long}", Get).WithSummary("One session with the stretches saved so far.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/stretches", RecordStretch).WithSummary("Save one finished stretch (one side of it).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/finish", Finish).WithSummary("Finish a session done to the end.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/stop-for-pain", StopForPain).WithSummary("\"This hurts — stop\": end the session because a stretch hurt.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/abandon", Abandon).WithSummary("Put an unfinished session aside.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Created<SessionView>, ValidationProblem>> Start(
        StartSessionRequest request, Programme programme, UserStore users, SessionReader reader, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var level = RoutineRequest.ParseLevel(request.Level, errors.Errors);
        var only = RoutineRequest.ParseOnly(request.Only, programme, errors.Errors);
        var painBefore = errors.Pain("painBefore", request.PainBefore);
        var startedAt = errors.Time("startedAt", request.StartedAt, time.GetUtcNow());
        if (errors.Any)
        {
            return Invalid(errors, "The session could not be started.");
        }

        var planned = only.Count == 0 ? programme.Stretches.Select(s => s.Id).ToList() : only;
        var store = await users.GetAsync(ct);
        var id = await store.StartSessionAsync(new SessionStart(startedAt, BuiltInProgramme.Name, level, painBefore, [.. planned]), ct);
        var view = await reader.FindAsync(users.UserId, id, ct);
        return TypedResults.Created($"/api/v1/sessions/{id}", view);
    }

    public static async Task<Results<Ok<SessionView>, NoContent>> GetOpen(UserStore users, SessionReader reader, CancellationToken ct) =>
        await reader.FindOpenAsync(users.UserId, ct) is { } open ? TypedResults.Ok(open) : TypedResults.NoContent();

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Get(long id, UserStore users, SessionReader reader, CancellationToken ct) =>
        await reader.FindAsync(users.UserId, id, ct) is { } view ? TypedResults.Ok(view) : NotFound(id);

    public static async Task<Results<Created<SessionView>, ValidationProblem, ProblemHttpResult>> RecordStretch(
        long id, RecordStretchRequest request, Programme programme, UserStore users, SessionReader reader, TimeProvider time, CancellationToken ct)
    {
        var (session, refusal) = await FindUnfinishedAsync(id, users, reader, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var stretch = errors.Stretch("stretchId", request.StretchId, programme);
        var side = errors.Side("side", request.Side, stretch);
        var limits = stretch is null ? null : DosageLimits.Of(stretch);
        var reps = errors.Count("repsDone", request.RepsDone, limits?.Reps ?? int.MaxValue, "repetitions");
        var sets = errors.Count("setsDone", request.SetsDone, limits?.Sets ?? int.MaxValue, "sets");
        var seconds = errors.Count("secondsHeld", request.SecondsHeld, limits?.Seconds ?? int.MaxValue, "seconds held");
        var at = errors.Time("at", request.At, time.GetUtcNow(), session.StartedAt);
        if (errors.Any || stretch is null)
        {
            return Invalid(errors, "The stretch could not be saved.");
        }

        if (session.Stretches.Any(r => r.StretchId == stretch.Id && r.Side == side))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Already saved",
                detail: $"{stretch.Name}{(side == Side.None ? "" : $" ({side.ToString().ToLowerInvariant()} side)")} is already saved in session {id}.");
        }

        var record = new StretchRecord(stretch.Id, side, reps, sets, seconds, request.Skipped ?? false, request.Hurt ?? false);
        var store = await users.GetAsync(ct);
        await store.RecordStretchAsync(id, record, at, ct);
        return TypedResults.Created($"/api/v1/sessions/{id}", await reader.FindAsync(users.UserId, id, ct));
    }

    public static async Task<Results<Ok<SessionView>, ValidationProblem, ProblemHttpResult>> Finish(
        long id, FinishSessionRequest? request, UserStore users, SessionReader reader, TimeProvider time, CancellationToken ct)
    {
        request ??= new FinishSessionRequest(null, null);
        var (session, refusal) = await FindUnfinishedAsync(id, users, reader, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        var endedAt = errors.Time("endedAt", request.EndedAt, time.GetUtcNow(), session.StartedAt);
        if (errors.Any)
        {
            return Invalid(errors, "The session could not be finished.");
        }

        var store = await users.GetAsync(ct);
        await store.FinishSessionAsync(id, SessionOutcome.Completed, endedAt, painAfter, null, ct);
        return TypedResults.Ok(await reader.FindAsync(users.UserId, id, ct));
    }

    public static async Task<Results<Ok<StopForPainResponse>, ValidationProblem, ProblemHttpResult>> StopForPain(
        long id, StopForPainRequest request, Programme programme, UserStore users, SessionReader reader, TimeProvider time, CancellationToken ct)
    {
        var (session, refusal) = await FindUnfinishedAsync(id, users, reader, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var errors = new FieldErrors();
        var stretch = errors.Stretch("stretchId", request.StretchId, programme);
        var side = errors.Side("side", request.Side, stretch);
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        var at = errors.Time("at", request.At, time.GetUtcNow(), session.StartedAt);
        if (errors.Any || stretch is null)
        {
            return Invalid(errors, "The session could not be stopped.");
        }

        var store = await users.GetAsync(ct);
        await store.FinishSessionAsync(id, SessionOutcome.StoppedForPain, at, painAfter, new HurtReport(stretch.Id, side, at), ct);
        var stopped = await reader.FindAsync(users.UserId, id, ct);
        return TypedResults.Ok(new StopForPainResponse(stopped!, programme.StopRule));
    }

    public static async Task<Results<Ok<SessionView>, ProblemHttpResult>> Abandon(
        long id, UserStore users, SessionReader reader, TimeProvider time, CancellationToken ct)
    {
        var (session, refusal) = await FindUnfinishedAsync(id, users, reader, ct);
        if (refusal is not null)
        {
            return refusal;
        }

        var now = time.GetUtcNow();
        var store = await users.GetAsync(ct);
        await store.FinishSessionAsync(id, SessionOutcome.Abandoned, now < session.StartedAt ? session.StartedAt : now, null, null, ct);
        return TypedResults.Ok(await reader.FindAsync(users.UserId, id, ct));
    }

    /// <summary>The session to write to, or why it cannot be written to: 404 when it is not this user's, 409 when it has ended.</summary>
    private static async Task<(SessionView Session, ProblemHttpResult? Refusal)> FindUnfinishedAsync(long id, UserStore users, SessionReader reader, CancellationToken ct)
    {
        var session = await reader.FindAsync(users.UserId, id, ct);
        if (session is null)
        {
            return (null!, NotFound(id));
        }

        return (session, session.Finished ? AlreadyFinished(session) : null);
    }

    private static ValidationProblem Invalid(FieldErrors errors, string title) =>
        TypedResults.ValidationProblem(errors.Errors, title: title);

    private static ProblemHttpResult NotFound(long id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such session", detail: $"There is no session {id}.");

    private static ProblemHttpResult AlreadyFinished(SessionView session) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status409Conflict,
            title: "The session has already ended",
            detail: $"Session {session.Id} ended ({session.Outcome}); nothing more can be saved in it.");
}
