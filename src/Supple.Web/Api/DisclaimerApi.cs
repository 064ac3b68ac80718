using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Web.Data;

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

    public static async Task<Ok<DisclaimerAcceptance>> Get(UserStore users, CancellationToken ct)
    {
        var store = await users.GetAsync(ct);
        var settings = await store.GetSettingsAsync(ct);
        return TypedResults.Ok(new DisclaimerAcceptance(settings.DisclaimerAcceptedAt is not null, settings.DisclaimerAcceptedAt));
    }

    public static async Task<Ok<DisclaimerAcceptance>> Accept(UserStore users, TimeProvider time, CancellationToken ct)
    {
        var store = await users.GetAsync(ct);
        var settings = await store.GetSettingsAsync(ct);
        if (settings.DisclaimerAcceptedAt is null)
        {
            settings = settings with { DisclaimerAcceptedAt = time.GetUtcNow() };
            await store.SaveSettingsAsync(settings, ct);
        }

        return TypedResults.Ok(new DisclaimerAcceptance(true, settings.DisclaimerAcceptedAt));
    }
}
