using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Pictures;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>
/// Guided sessions, through the application layer's rules: start one (the server decides what to play: the safety
/// gate, the plan, pain of 7 or more → gentle, paused stretches left out), report each step as it ends (the server
/// folds the steps into records with Core's fold), stop for pain, put aside, finish. Every call can be repeated: a
/// client's id makes a start the same session, and steps already received are skipped.
/// </summary>
public static class SessionsApi
{
    public static RouteGroupBuilder MapSessionsApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/sessions").WithTags("Sessions").AddEndpointFilter(Pwa.AccountPartition.RequireSameAccountAsync);
        group.MapPost("/", Start).WithSummary("Start a guided session: the answer holds the timeline to play and the advice to show first.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/open", GetOpen).WithSummary("The latest session that was started and never finished (204 when there is none).");
        group.MapGet("/{id:long}", Get).WithSummary("One session with the stretches saved so far and the step expected next.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:long}/steps", ReportSteps).WithSummary("Report how steps ended (in order; repeats are skipped): the server folds them into stretch records.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/finish", Finish).WithSummary("Finish a session with the pain after (one still open ends as it is).")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/stop-for-pain", StopForPain).WithSummary("\"This hurts — stop\": the hurt is recorded on the step in progress.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:long}/abandon", Abandon).WithSummary("Put an unfinished session aside: the stretch in progress is kept as cut short.")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    public static async Task<Results<Created<SessionResponse>, Ok<SessionResponse>, ValidationProblem>> Start(
        StartSessionRequest request, SuppleApp app, PictureCatalog pictures, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(app);
        var errors = new FieldErrors();
        var level = string.IsNullOrWhiteSpace(request.Level) ? (DosageLevel?)null : RoutineRequest.ParseLevel(request.Level, errors.Errors);
        var only = RoutineRequest.ParseOnly(request.Only, app.Programme, errors.Errors);
        var painBefore = errors.Pain("painBefore", request.PainBefore);
        var startedAt = errors.Time("startedAt", request.StartedAt, time.GetUtcNow());
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.SessionNotStarted));
        }

        if (request.ClientId is { } clientId && await app.Sessions.FindAsync(clientId, ct) is { } existing)
        {
            return TypedResults.Ok(SessionResponse.From(existing, pictures));
        }

        var prepared = await app.Sessions.PrepareAsync(new SessionRequest(level, only, FromPlan: request.Plan ?? false, painBefore), ct);
        var session = await app.Sessions.StartAsync(prepared, painBefore, request.ClientId, startedAt, ct: ct);
        return TypedResults.Created($"/api/v1/sessions/{session.Id}", SessionResponse.From(session, pictures, prepared.Advice));
    }

    public static async Task<Results<Ok<SessionResponse>, NoContent>> GetOpen(SuppleApp app, PictureCatalog pictures, CancellationToken ct) =>
        await app.Sessions.GetOpenAsync(ct) is { } open ? TypedResults.Ok(SessionResponse.From(open, pictures)) : TypedResults.NoContent();

    public static async Task<Ok<SessionResponse>> Get(long id, SuppleApp app, PictureCatalog pictures, CancellationToken ct) =>
        TypedResults.Ok(SessionResponse.From(await app.Sessions.GetAsync(id, ct) ?? throw NoSuchSession(id), pictures));

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem>> ReportSteps(
        long id, StepsRequest request, SuppleApp app, PictureCatalog pictures, TimeProvider time, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var errors = new FieldErrors();
        var steps = StepReports.Parse(request.Steps, errors, time.GetUtcNow());
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.StepsNotSaved));
        }

        try
        {
            return TypedResults.Ok(SessionResponse.From(await app.Sessions.ReportStepsAsync(id, steps, ct), pictures));
        }
        catch (ArgumentException ex)
        {
            errors.Add("steps", ex.Message.Split(" (Parameter", 2)[0]);
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.StepsNotSaved));
        }
    }

    public static async Task<Results<Ok<SessionResponse>, ValidationProblem>> Finish(
        long id, FinishSessionRequest? request, SuppleApp app, PictureCatalog pictures, TimeProvider time, CancellationToken ct)
    {
        request ??= new FinishSessionRequest(null, null);
        var session = await app.Sessions.GetAsync(id, ct) ?? throw NoSuchSession(id);
        var errors = new FieldErrors();
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        var endedAt = errors.Time("endedAt", request.EndedAt, time.GetUtcNow(), session.StartedAt);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.SessionNotFinished));
        }

        return TypedResults.Ok(SessionResponse.From(await app.Sessions.FinishAsync(id, painAfter, endedAt, ct), pictures));
    }

    public static async Task<Results<Ok<StopForPainResponse>, ValidationProblem>> StopForPain(
        long id, StopForPainRequest request, SuppleApp app, PictureCatalog pictures, TimeProvider time, CancellationToken ct)
    {
        // A body is required ({} at least): "this hurts" is too important to guess from a request that says nothing.
        ArgumentNullException.ThrowIfNull(request);
        var session = await app.Sessions.GetAsync(id, ct) ?? throw NoSuchSession(id);
        var errors = new FieldErrors();
        var painAfter = errors.Pain("painAfter", request.PainAfter);
        var at = errors.Time("at", request.At, time.GetUtcNow(), session.StartedAt);
        if (request.Seconds is { } s && (double.IsNaN(s) || s < 0 || s > 24 * 3600))
        {
            errors.Add("seconds", ApiText.Get(ApiText.FieldStepSeconds));
        }

        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.SessionNotStopped));
        }

        var stopped = await app.Sessions.StopForPainAsync(id, painAfter, request.Seconds is { } seconds ? TimeSpan.FromSeconds(seconds) : null, at, ct);
        return TypedResults.Ok(new StopForPainResponse(SessionResponse.From(stopped, pictures), SafetyMessages.StoppedForPain));
    }

    public static async Task<Ok<SessionResponse>> Abandon(long id, SuppleApp app, PictureCatalog pictures, CancellationToken ct) =>
        TypedResults.Ok(SessionResponse.From(await app.Sessions.QuitAsync(id, ct: ct), pictures));

    private static RefusedException NoSuchSession(long id) =>
        new(RefusalReason.NoSuchSession, "No such session", AppMessages.Format(AppMessages.NoSuchSession, id));
}
