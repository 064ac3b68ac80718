using System.Security.Claims;

namespace Supple.Web.Accounts;

/// <summary>The account id of a signed-in principal: the <c>user_id</c> of all of that person's rows.</summary>
public static class SignedInUser
{
    public static string? IdOf(ClaimsPrincipal? principal) =>
        principal?.Identity?.IsAuthenticated == true ? principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    /// <summary>The id of the request's user; throws when nobody is signed in (the fallback policy makes that unreachable).</summary>
    public static string RequireId(HttpContext? context) =>
        IdOf(context?.User) is { Length: > 0 } id
            ? id
            : throw new InvalidOperationException("No signed-in user: every endpoint with user data requires authentication in multi-user mode.");
}
