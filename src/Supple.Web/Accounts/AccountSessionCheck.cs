using Supple.Data;
using Supple.Data.Identity;

namespace Supple.Web.Accounts;

/// <summary>
/// Runs after authentication on every request of a multi-user server: a cookie or bearer token is only as good as its
/// server-side session. One without a session, whose session was signed out (here or on any other server), has
/// expired, or belongs to an older security stamp (a new password, "sign out everywhere") is treated as no sign-in at
/// all. A session in use has its end moved on (sliding), at most every few minutes.
/// </summary>
internal static class AccountSessionCheck
{
    public static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        // The account tables are queried directly (Identity), so the schema must be ready before any endpoint runs;
        // after the first success this is one flag read. The probes answer for themselves.
        if (!context.Request.Path.StartsWithSegments("/healthz", StringComparison.Ordinal)
            && !context.Request.Path.StartsWithSegments("/readyz", StringComparison.Ordinal))
        {
            await context.RequestServices.GetRequiredService<SuppleStoreFactory>().EnsureReadyAsync(context.RequestAborted);
        }

        var userId = SignedInUser.IdOf(context.User);
        if (userId is null)
        {
            await next(context);
            return;
        }

        var services = context.RequestServices;
        var sessions = services.GetRequiredService<AccountSessionStore>();
        var session = await sessions.FindValidAsync(SignedInUser.SessionIdOf(context.User), userId, context.RequestAborted);
        if (session is null)
        {
            // Not signed in. The cookie itself is left alone: a request racing a password change of the same
            // browser could otherwise delete the cookie that browser is about to keep using.
            context.User = new System.Security.Claims.ClaimsPrincipal(new System.Security.Claims.ClaimsIdentity());
        }
        else
        {
            var lifetime = services.GetRequiredService<SessionLifetime>();
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            if (now - session.LastSeenAt >= lifetime.TouchInterval)
            {
                await sessions.TouchAsync(session.IdHash, lifetime.ExpiresAt(session.CreatedAt, now), context.RequestAborted);
            }
        }

        await next(context);
    }
}
