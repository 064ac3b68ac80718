using Microsoft.AspNetCore.Diagnostics;

namespace Supple.Web.Hosting;

/// <summary>
/// Writes the body of an error response that has none: RFC 9457 problem details under <c>/api</c> (and for clients
/// that ask for JSON), a short HTML page for browsers elsewhere, in the request's language (<see cref="ErrorPage"/>).
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

        http.Response.ContentType = "text/html; charset=utf-8";
        await http.Response.WriteAsync(ErrorPage.ForStatus(http, http.Response.StatusCode));
    }

    private static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase);
}
