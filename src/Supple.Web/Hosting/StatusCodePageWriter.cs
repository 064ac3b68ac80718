using System.Net;
using Microsoft.AspNetCore.Diagnostics;

namespace Supple.Web.Hosting;

/// <summary>
/// Writes the body of an error response that has none: RFC 9457 problem details under <c>/api</c> (and for clients
/// that ask for JSON), a short HTML page for browsers elsewhere.
/// </summary>
internal static class StatusCodePageWriter
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        if (IsApi(http.Request))
        {
            var problems = http.RequestServices.GetRequiredService<IProblemDetailsService>();
            await problems.WriteAsync(new ProblemDetailsContext { HttpContext = http });
            return;
        }

        var code = http.Response.StatusCode;
        var title = code == StatusCodes.Status404NotFound ? "Page not found" : $"Error {code}";
        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(
            $"""
            <!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)} · Supple</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="page" id="main"><h1>{WebUtility.HtmlEncode(title)}</h1><p><a href="/">Back to today</a></p></main></body></html>
            """);
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
