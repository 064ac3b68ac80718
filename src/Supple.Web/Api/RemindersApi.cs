using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Core.Reminders;
using Supple.Web.Data;

namespace Supple.Web.Api;

/// <summary>The daily practice reminder (the same setting as <c>supple remind --at</c>).</summary>
public static class RemindersApi
{
    public static RouteGroupBuilder MapRemindersApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/reminders").WithTags("Reminders");
        group.MapGet("/", Get).WithSummary("The daily reminder's local time (null when off) and when it next falls.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/", Put).WithSummary("Set the daily reminder (dailyAt: HH:mm, 24-hour local time), or turn it off (dailyAt: null).");
        group.MapPut("/desk-breaks", PutDeskBreaks)
            .WithSummary("Push desk breaks to the browsers that take them, between from and to (HH:mm) on the given days (monday…sunday).");
        group.MapDelete("/desk-breaks", DeleteDeskBreaks).WithSummary("No more pushed desk breaks.");
        return api;
    }

    public static async Task<Results<Ok<RemindersResponse>, ProblemHttpResult>> Get(PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plans);
        try
        {
            var settings = await plans.LoadRemindersAsync(ct);
            return TypedResults.Ok(await ResponseAsync(plans, settings, ct));
        }
        catch (DamagedDocumentException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The reminder settings could not be read.", detail: ex.Message);
        }
    }

    public static async Task<Results<Ok<RemindersResponse>, ValidationProblem>> Put(RemindersRequest request, PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plans);
        TimeOnly? at = null;
        if (request.DailyAt is { } text)
        {
            if (!ReminderText.TryParseTimeOfDay(text, out var parsed))
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["dailyAt"] = [$"'{RoutineRequest.Shorten(text)}' is not a time: use 24-hour HH:mm, e.g. 08:30 (or null to turn the reminder off)."] },
                    title: "The reminder could not be saved.");
            }

            at = parsed;
        }

        var settings = await plans.SaveDailyAtAsync(at, ct);
        return TypedResults.Ok(await ResponseAsync(plans, settings, ct));
    }

    public static async Task<Results<Ok<RemindersResponse>, ValidationProblem>> PutDeskBreaks(DeskBreaksRequest request, PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(plans);
        var current = await plans.LoadRemindersOrNoneAsync(ct);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request.Validate(current, errors) is not { } hours)
        {
            return TypedResults.ValidationProblem(errors, title: "The desk-break hours could not be saved.");
        }

        var saved = await plans.SaveRemindersAsync(current with { BreakHours = hours }, ct);
        return TypedResults.Ok(await ResponseAsync(plans, saved, ct));
    }

    public static async Task<Ok<RemindersResponse>> DeleteDeskBreaks(PersonalPlans plans, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var saved = await plans.SaveRemindersAsync((await plans.LoadRemindersOrNoneAsync(ct)) with { BreakHours = null }, ct);
        return TypedResults.Ok(await ResponseAsync(plans, saved, ct));
    }

    private static async Task<RemindersResponse> ResponseAsync(PersonalPlans plans, ReminderSettings settings, CancellationToken ct) =>
        new(settings.DailyAt?.ToString("HH:mm", CultureInfo.InvariantCulture), await plans.NextReminderAsync(settings, ct), DeskBreaksResponse.Of(settings));
}
