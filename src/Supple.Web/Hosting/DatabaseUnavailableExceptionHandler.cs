using System.Data.Common;
using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;

namespace Supple.Web.Hosting;

/// <summary>
/// Answers 503 (problem+json, Retry-After) when the database cannot be reached or is restarting, instead of a 500:
/// the request was not carried out and may simply be sent again. Connections recover by themselves once the database
/// is back. Any other exception is left to the default handler.
/// </summary>
internal sealed partial class DatabaseUnavailableExceptionHandler(IProblemDetailsService problems, ILogger<DatabaseUnavailableExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsDatabaseUnavailable(exception) || httpContext.Response.HasStarted)
        {
            return false;
        }

        LogUnavailable(logger, exception.GetBaseException().Message);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = "2";
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The database is unavailable.",
                Detail = "Supple cannot reach its database just now, so nothing was done. Try again in a moment.",
            },
        });
    }

    /// <summary>
    /// True when the exception, or one it wraps, says the database is unreachable or going away: a transient database
    /// error (a refused or broken connection, SQLite busy), a PostgreSQL connection or shutdown state (08xxx, 57Pxx),
    /// a socket error or a timeout.
    /// </summary>
    internal static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case DbException db when db.IsTransient
                    || db.SqlState?.StartsWith("08", StringComparison.Ordinal) == true
                    || db.SqlState?.StartsWith("57P", StringComparison.Ordinal) == true:
                case SocketException:
                case TimeoutException:
                    return true;
                case AggregateException aggregate when aggregate.InnerExceptions.Any(IsDatabaseUnavailable):
                    return true;
                default:
                    break;
            }
        }

        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The database is unavailable; answered 503: {Reason}")]
    private static partial void LogUnavailable(ILogger logger, string reason);
}
