using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Statistics;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>History and statistics.</summary>
public static class HistoryApi
{
    public const int MaxDays = 3660;

    public static RouteGroupBuilder MapHistoryApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("").WithTags("History");
        group.MapGet("/history", GetHistory).WithSummary("Days practised, sessions and pain entries of the last `days` days (default 90).");
        group.MapGet("/stats", GetStats).WithSummary("Streaks, days practised, completion and pain averages and trend.");
        return api;
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem>> GetHistory(
        int? days, SuppleApp app, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var window = Days(errors, days, 90);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.RequestInvalid));
        }

        var history = await app.Journal.HistoryAsync(time.GetUtcNow() - TimeSpan.FromDays(window), ct);
        var practised = history.Sessions.Where(s => s.CountsAsPractice).Select(s => s.Day).Distinct().Order().ToList();
        return TypedResults.Ok(new HistoryResponse(
            history.TimeZoneId,
            window,
            practised,
            [.. history.Sessions.Select(HistorySessionResponse.From)],
            [.. history.PainEntries.Select(PainEntryResponse.From)]));
    }

    public static async Task<Ok<PracticeStats>> GetStats(SuppleApp app, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(app);
        return TypedResults.Ok(await app.Journal.StatsAsync(ct));
    }

    internal static int Days(FieldErrors errors, int? days, int fallback)
    {
        if (days is null)
        {
            return fallback;
        }

        if (days is < 1 or > MaxDays)
        {
            errors.Add("days", ApiText.Format(ApiText.FieldDaysRange, ("max", MaxDays.ToString(CultureInfo.InvariantCulture))));
            return fallback;
        }

        return days.Value;
    }
}
