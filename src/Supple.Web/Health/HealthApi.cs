using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Supple.Data;

namespace Supple.Web.Health;

/// <summary>Probes for a load balancer or orchestrator: <c>/healthz</c> (the process answers) and <c>/readyz</c> (the database answers too).</summary>
public static class HealthApi
{
    public static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(3);

    public static WebApplication MapSuppleHealth(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/healthz", Alive).AllowAnonymous().ExcludeFromDescription();
        app.MapGet("/readyz", Ready).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static Ok<HealthResponse> Alive() => TypedResults.Ok(new HealthResponse("alive", null));

    public static async Task<Results<Ok<HealthResponse>, JsonHttpResult<HealthResponse>>> Ready(
        IDbContextFactory<SuppleDbContext> contexts, SuppleStoreFactory stores, HttpContext http, ILoggerFactory logs, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(ReadinessTimeout);
        try
        {
            await stores.EnsureReadyAsync(timeout.Token);
            await using var context = await contexts.CreateDbContextAsync(timeout.Token);
            if (await context.Database.CanConnectAsync(timeout.Token))
            {
                return TypedResults.Ok(new HealthResponse("ready", null));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException || DatabaseOutage.IsOutage(ex) || ex is StoreException)
        {
            logs.CreateLogger(typeof(HealthApi)).LogWarning("Readiness check: the database is not reachable: {Reason}", ex.Message);
        }

        http.Response.Headers.RetryAfter = "5";
        return TypedResults.Json(new HealthResponse("unavailable", "The database cannot be reached."), statusCode: StatusCodes.Status503ServiceUnavailable);
    }
}
