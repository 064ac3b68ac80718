using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Reminders;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>The daily practice reminder (the same setting as <c>supple remind --at</c>), held back while the safety gate is closed.</summary>
public static class RemindersApi
{
    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/reminders").WithTags("Reminders");
        group.MapGet("/", Get).WithSummary("The daily reminder's local time (null when off), when it next falls, and why it is held back.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/", Put).WithSummary("Set the daily reminder (dailyAt: HH:mm, 24-hour local time), or turn it off (dailyAt: null).");
        group.MapPut("/desk-breaks", PutDeskBreaks)
            .WithSummary("Push desk breaks to the browsers that take them, between from and to (HH:mm) on the given days (monday…sunday).");
        group.MapDelete("/desk-breaks", DeleteDeskBreaks).WithSummary("No more pushed desk breaks.");
        return api;
    }

    public static async Task<Ok<RemindersResponse>> Get(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        return TypedResults.Ok(Response(await app.Reminders.GetAsync(ct)));
    }

    public static async Task<Results<Ok<RemindersResponse>, ValidationProblem>> Put(RemindersRequest request, SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(app);
        TimeOnly? at = null;
        if (request.DailyAt is { } text)
        {
            if (!ReminderText.TryParseTimeOfDay(text, out var parsed))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["dailyAt"] = [$"'{RoutineRequest.Shorten(text)}' is not a time: use 24-hour HH:mm, e.g. 08:30 (or null to turn the reminder off)."] },
                    title: ApiText.Get(ApiText.ReminderNotSaved));
            }

            at = parsed;
        }

        return TypedResults.Ok(Response(await app.Reminders.SetAsync(at, off: at is null, breakEvery: null, ct)));
    }

    public static async Task<Results<Ok<RemindersResponse>, ValidationProblem>> PutDeskBreaks(DeskBreaksRequest request, SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(app);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Validate(await app.Reminders.SettingsOrNoneAsync(ct), errors) is not { } hours)
        {
            return TypedResults.ValidationProblem(errors, title: ApiText.Get(ApiText.DeskBreakHoursNotSaved));
        }

        return TypedResults.Ok(Response(await app.Reminders.SetDeskBreakHoursAsync(hours, ct)));
    }

    public static async Task<Ok<RemindersResponse>> DeleteDeskBreaks(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        return TypedResults.Ok(Response(await app.Reminders.SetDeskBreakHoursAsync(null, ct)));
    }

    private static RemindersResponse Response(ReminderState state) =>
        new(state.Settings.DailyAt?.ToString("HH:mm", CultureInfo.InvariantCulture), state.Next, DeskBreaksResponse.Of(state.Settings),
            state.HeldBack is { } why ? AdviceResponse.From(why) : null);
}
