using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Supple.Application;
using Supple.Core.Content;
using Supple.Data;
using Supple.Web.Resources;

namespace Supple.Web.Accounts;

/// <summary>Downloads of the signed-in person's whole history (the local user's in single-user mode).</summary>
public static class ExportApi
{
    public static readonly IReadOnlyList<string> Formats = ["json", "csv", "fhir", "ics"];

    public static RouteGroupBuilder MapExportApi(this RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/export", Export).WithTags("History")
            .WithSummary("Download the whole history: json (lossless, importable with supple import), csv, fhir (FHIR R4 bundle for a clinician) or ics (calendar).")
            .Produces<string>(StatusCodes.Status200OK, "application/json", "text/csv", "application/fhir+json", "text/calendar");
        return api;
    }

    public static async Task<Results<FileContentHttpResult, ValidationProblem>> Export(
        string? format, SuppleApp app, Programme programme, TimeProvider time, CancellationToken ct)
    {
        format = (format ?? "json").Trim().ToLowerInvariant();
        if (!Formats.Contains(format))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["format"] = [$"Unknown format '{format}'. Use one of: {string.Join(", ", Formats)}."] },
                title: ApiText.Get(ApiText.ExportNotMade));
        }

        ArgumentNullException.ThrowIfNull(app);
        var document = await app.Journal.ExportAsync(ct);
        var (text, type, extension) = format switch
        {
            "csv" => (ExportCsv.Write(document), "text/csv", "csv"),
            "fhir" => (FhirExport.Write(document, programme), "application/fhir+json", "fhir.json"),
            "ics" => (IcsExport.Write(document, programme), "text/calendar", "ics"),
            _ => (ExportJson.Write(document) + "\n", "application/json", "json"),
        };
        var day = time.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return TypedResults.File(Encoding.UTF8.GetBytes(text), type + "; charset=utf-8", $"supple-history-{day}.{extension}");
    }
}
