using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Supple.Core.Reminders;
using Supple.Data;
using Supple.Data.Push;
using Supple.Web.Data;
using Supple.Web.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Push;

/// <summary>
/// Reminders by Web Push: the server's public key, this browser's subscription (which reminders it gets), a test
/// message, and "Later" from a notification.
/// </summary>
public static class PushApi
{
    public static RouteGroupBuilder MapPushApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/push").WithTags("Push");
        group.MapGet("/key", GetKey).WithSummary("The server's public key (VAPID) to subscribe with.");
        group.MapGet("/subscription", GetSubscription).WithSummary("Which reminders the browser with this push endpoint gets (404 when none).");
        group.MapPut("/subscription", PutSubscription).WithSummary("Subscribe this browser (or change which reminders it gets): daily, desk breaks.");
        group.MapDelete("/subscription", DeleteSubscription).WithSummary("Stop reminders to the browser with this push endpoint.");
        group.MapPost("/test", SendTest).WithSummary("Send a test notification to this browser now.")
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapPost("/snooze", Snooze).AllowAnonymous()
            .WithSummary("'Later' from a notification: the reminder comes again later (the token it carried says whose and which).")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status410Gone);
        return api;
    }

    public static async Task<Ok<PushKeyResponse>> GetKey(VapidKeys keys, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return TypedResults.Ok(new PushKeyResponse((await keys.GetAsync(ct)).PublicKey));
    }

    public static async Task<Results<Ok<PushSubscriptionResponse>, NotFound>> GetSubscription(string? endpoint, UserStore users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var store = await users.GetAsync(ct);
        return endpoint is { Length: > 0 } && await store.GetPushDeviceAsync(endpoint, ct) is { } device
            ? TypedResults.Ok(new PushSubscriptionResponse(device.Endpoint, device.Daily, device.Breaks))
            : TypedResults.NotFound();
    }

    public static async Task<Results<Ok<PushSubscriptionResponse>, ValidationProblem>> PutSubscription(
        PushSubscriptionRequest request, UserStore users, IOptions<PushOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Endpoint is not { Length: > 0 and <= PushDevices.MaxEndpointLength } endpoint || !PushEndpoints.IsAllowed(endpoint, options.Value.EndpointHosts))
        {
            errors["endpoint"] = [ApiText.Format(ApiText.FieldPushEndpoint, ("scheme", "https"))];
        }

        if (!IsKey(request.Keys?.P256dh, 65, first: 0x04))
        {
            errors["keys.p256dh"] = [ApiText.Format(ApiText.FieldPushPublicKey, ("curve", "P-256"), ("encoding", "base64url"))];
        }

        if (!IsKey(request.Keys?.Auth, 16, first: null))
        {
            errors["keys.auth"] = [ApiText.Format(ApiText.FieldPushAuthSecret, ("encoding", "base64url"))];
        }

        TimeZoneInfo? zone = null;
        if (request.TimeZone is { Length: > 0 } zoneId && !TimeZoneInfo.TryFindSystemTimeZoneById(zoneId, out zone))
        {
            errors["timeZone"] = [ApiText.Format(ApiText.FieldTimeZone, ("example", "Europe/London"))];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(ApiText.SubscriptionNotSaved));
        }

        var store = await users.GetAsync(ct);
        var device = new PushDevice(request.Endpoint!, request.Keys!.P256dh!, request.Keys.Auth!, request.Daily ?? true, request.Breaks ?? false);
        await store.SavePushDeviceAsync(device, ct);

        // The language reminders are written in when the person keeps none: the one this browser asked in.
        await store.SaveDocumentAsync(UserDocuments.PushLanguage, LanguagePreference.Serialize(CultureInfo.CurrentUICulture.Name), ct);

        // Reminders fall at the person's local time: a person who never chose a zone gets the browser's.
        var settings = await store.GetSettingsAsync(ct);
        if (zone is not null && settings.TimeZoneId is null)
        {
            await store.SaveSettingsAsync(settings with { TimeZoneId = zone.Id }, ct);
        }

        return TypedResults.Ok(new PushSubscriptionResponse(device.Endpoint, device.Daily, device.Breaks));
    }

    public static async Task<Results<NoContent, NotFound>> DeleteSubscription(string? endpoint, UserStore users, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(users);
        var store = await users.GetAsync(ct);
        return endpoint is { Length: > 0 } && await store.DeletePushDeviceAsync(endpoint, ct) ? TypedResults.NoContent() : TypedResults.NotFound();
    }

    public static async Task<Results<Accepted, NotFound, ProblemHttpResult>> SendTest(
        PushEndpointRequest request, UserStore users, ReminderOutbox outbox, ReminderSender sender, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(sender);
        var store = await users.GetAsync(ct);
        if (request.Endpoint is not { Length: > 0 } endpoint || await store.GetPushDeviceAsync(endpoint, ct) is null)
        {
            return TypedResults.NotFound();
        }

        var target = (await outbox.LoadRecipientsAsync(ct)).Single(r => r.UserId == store.UserId).Devices.Single(d => d.Endpoint == endpoint);
        return await sender.SendTestAsync(target, ct) switch
        {
            PushResult.Sent => TypedResults.Accepted((string?)null),
            PushResult.Gone => TypedResults.NotFound(),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status502BadGateway, title: "The push service did not take the message.",
                detail: "The browser's push service refused or could not be reached. Try again later."),
        };
    }

    public static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> Snooze(
        SnoozeRequest request, SnoozeTokens tokens, ReminderOutbox outbox, SuppleStoreFactory stores, TimeProvider time, IOptions<PushOptions> options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(tokens);
        ArgumentNullException.ThrowIfNull(outbox);
        ArgumentNullException.ThrowIfNull(stores);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(options);
        if (!tokens.TryRead(request.Token, out var userId, out var kind, out var snoozed))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["token"] = ["This reminder can no longer be put off (it is older than two days, or not Supple's)."] },
                title: "The reminder could not be put off.");
        }

        // As in the terminal's desk breaks: a reminder can be put off a few times, not for ever.
        if (snoozed >= BreakSettings.Default.MaxPostponesPerBreak)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "This reminder has been put off as often as it can be.");
        }

        var delay = kind == ReminderKind.DeskBreak ? BreakSettings.Default.PostponeBy : TimeSpan.FromMinutes(Math.Max(1, options.Value.DailySnoozeMinutes));
        await stores.EnsureReadyAsync(ct);
        var now = time.GetUtcNow();
        return await outbox.SnoozeAsync(userId, ReminderKinds.Of(kind), now + delay, snoozed + 1, now, ct)
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status410Gone, title: "Reminders are off for this person now.");
    }

    private static bool IsKey(string? text, int length, byte? first)
    {
        if (string.IsNullOrWhiteSpace(text) || text.Length > 200)
        {
            return false;
        }

        try
        {
            var bytes = WebEncoders.Base64UrlDecode(text.TrimEnd('='));
            return bytes.Length == length && (first is null || bytes[0] == first);
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
