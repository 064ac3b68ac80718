using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.History;
using Supple.Web.Resources;

namespace Supple.Web.Api;

/// <summary>The pain diary: scores from 0 to 10 outside sessions.</summary>
public static class PainApi
{
    public static RouteGroupBuilder MapPainApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/pain").WithTags("Pain");
        group.MapGet("/", List).WithSummary("Pain entries of the last `days` days (default 90), newest first.");
        group.MapPost("/", Add).WithSummary("Add a pain entry.");
        return api;
    }

    public static async Task<Results<Ok<IReadOnlyList<PainEntryResponse>>, ValidationProblem>> List(
        int? days, SuppleApp app, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var window = HistoryApi.Days(errors, days, 90);
        if (errors.Any)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.RequestInvalid));
        }

        var history = await app.Journal.HistoryAsync(time.GetUtcNow() - TimeSpan.FromDays(window), ct);
        return TypedResults.Ok<IReadOnlyList<PainEntryResponse>>([.. history.PainEntries.Select(PainEntryResponse.From)]);
    }

    public static async Task<Results<Created<PainEntryResponse>, ValidationProblem>> Add(
        PainEntryRequest request, SuppleApp app, TimeProvider time, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var score = errors.Pain("score", request.Score, required: true);
        var at = errors.Time("at", request.At, time.GetUtcNow());
        BodyArea? area = null;
        if (!string.IsNullOrWhiteSpace(request.Area))
        {
            if (BodyAreas.TryParse(request.Area, out var parsed))
            {
                area = parsed;
            }
            else
            {
                errors.Add("area", ApiText.Format(ApiText.FieldUnknownArea, ("known", string.Join(", ", BodyAreas.All))));
            }
        }

        var note = errors.Text("note", request.Note, PainEntry.MaxNoteLength);
        if (errors.Any || score is null)
        {
            return TypedResults.ValidationProblem(errors.Errors, title: ApiText.Get(ApiText.PainEntryNotSaved));
        }

        var entry = PainEntry.Create(at, new PainScore(score.Value), area, note);
        await app.Journal.AddPainAsync(entry, ct);
        return TypedResults.Created("/api/v1/pain", PainEntryResponse.From(entry));
    }
}
