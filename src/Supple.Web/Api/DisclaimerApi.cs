using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;

namespace Supple.Web.Api;

/// <summary>The disclaimer is shown and accepted once, before the first session.</summary>
public static class DisclaimerApi
{
    public static RouteGroupBuilder MapDisclaimerApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/disclaimer/acceptance").WithTags("Programme");
        group.MapGet("/", Get).WithSummary("Whether the disclaimer has been accepted.");
        group.MapPost("/", Accept).WithSummary("Accept the disclaimer (once; accepting again keeps the first time).");
        return api;
    }

    public static async Task<Ok<DisclaimerAcceptance>> Get(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        var at = await app.Disclaimer.AcceptedAtAsync(ct);
        return TypedResults.Ok(new DisclaimerAcceptance(at is not null, at));
    }

    public static async Task<Ok<DisclaimerAcceptance>> Accept(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        return TypedResults.Ok(new DisclaimerAcceptance(true, await app.Disclaimer.AcceptAsync(ct)));
    }
}
