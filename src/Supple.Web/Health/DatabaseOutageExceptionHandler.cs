using Microsoft.AspNetCore.Diagnostics;
using Supple.Web.Hosting;
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
            await httpContext.Response.WriteAsync(ErrorPage.DatabaseUnavailable(httpContext), cancellationToken);
        }

        return true;
    }
}
