using System.Security.Claims;

namespace Supple.Web.Accounts;

/// <summary>The account id of a signed-in principal (the <c>user_id</c> of all of that person's rows) and its server-side session.</summary>
public static class SignedInUser
{
    /// <summary>The claim that carries the id of the sign-in's server-side session (<see cref="Supple.Data.Identity.AccountSessionRow"/>).</summary>
    public const string SessionClaim = "supple_session";

    public static string? IdOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The session id of a signed-in principal, or null.</summary>
    public static string? SessionIdOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? principal.FindFirstValue(SessionClaim) : null;

    /// <summary>The id of the request's user; throws when nobody is signed in (the fallback policy makes that unreachable).</summary>
    public static string RequireId(HttpContext? context) =>
        IdOf(context?.User) is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("No signed-in user: every endpoint with user data requires authentication in multi-user mode.");

    /// <summary>Whether the request came with a bearer token (not the sign-in cookie).</summary>
    public static bool UsesBearerToken(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
    }
}
