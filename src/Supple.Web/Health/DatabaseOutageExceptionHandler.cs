using Microsoft.AspNetCore.Diagnostics;
using Supple.Web.Localization;
using Supple.Web.Resources;

namespace Supple.Web.Health;

/// <summary>
/// While the database is down or restarting, requests that need it get 503 with Retry-After (a problem+json body for
/// the API, the short error page for browsers) instead of 500; the server keeps running and serves again once the
/// database is back (connections are re-opened per request).
/// </summary>
internal sealed class DatabaseOutageExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseOutageExceptionHandler> log) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        RequestLanguage.Apply(httpContext);
        if (!DatabaseOutage.IsOutage(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        log.LogWarning("Database unavailable for {Method} {Path}: {Reason}", httpContext.Request.Method, httpContext.Request.Path, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "5";
        var written = await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = ApiText.Get(ApiText.DatabaseUnavailableTitle),
                Detail = ApiText.Get(ApiText.DatabaseUnavailableDetail),
            },
        });
        if (!written)
        {
            // A browser (Accept: text/html): a short page rather than nothing.
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            await httpContext.Response.WriteAsync(
                "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Unavailable · Supple</title><link rel=\"stylesheet\" href=\"/css/site.css\"></head>" +
                "<body><main class=\"page\" id=\"main\"><h1>Supple is unavailable for a moment</h1><p>It cannot reach its database just now. Nothing was lost; reload the page in a few seconds.</p></main></body></html>",
                cancellationToken);
        }

        return true;
    }
}
