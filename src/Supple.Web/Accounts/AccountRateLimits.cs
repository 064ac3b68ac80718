using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace Supple.Web.Accounts;

/// <summary>
/// Slows down password guessing: sign-in, registration and password forms are limited per client address. Reading a
/// page (GET) is never limited. Lockout (in the database, shared by every server) stops guessing at one account.
/// </summary>
internal sealed class AccountRateLimits(int permitsPerMinute) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "accounts";

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => static (context, _) =>
    {
        context.HttpContext.Response.Headers.RetryAfter = "60";
        return ValueTask.CompletedTask;
    };

    public RateLimitPartition<string> GetPartition(HttpContext httpContext)
    {
        if (HttpMethods.IsGet(httpContext.Request.Method) || HttpMethods.IsHead(httpContext.Request.Method))
        {
            return RateLimitPartition.GetNoLimiter("read");
        }

        var client = httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = permitsPerMinute,
            Window = TimeSpan.FromMinutes(1),
            QueueLimit = 0,
        });
    }
}
