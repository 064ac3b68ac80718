using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Supple.Web.Accounts;
using Supple.Web.Hosting;

namespace Supple.Web.Pwa;

/// <summary>
/// Tells the service worker whose answer a response is (header <c>Supple-Account</c>): an opaque key of the account,
/// or <c>anonymous</c> when nobody is signed in. The worker keeps pages only in the cache of that account, and drops
/// every other account's cache as soon as it sees an answer for someone else, so one browser shared by several
/// people never shows one person's pages to another (see docs/WEB.md, "Offline").
/// </summary>
public static class AccountPartition
{
    public const string HeaderName = "Supple-Account";

    public const string Anonymous = "anonymous";

    /// <summary>The <c>reason</c> of the 409 answered when a request was made for another account than the signed-in one.</summary>
    public const string OtherAccountReason = "other-account";

    /// <summary>The key of an account: not the id itself, and the same on every server of a deployment.</summary>
    public static string KeyOf(string userId)
    {
        ArgumentException.ThrowIfNullOrEmpty(userId);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("supple-account:" + userId));
        return Convert.ToHexStringLower(hash)[..24];
    }

    /// <summary>Adds the header to every response (pages and API alike).</summary>
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = KeyFor(context);
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// Refuses (409, reason <c>other-account</c>) a request that says, in its own <c>Supple-Account</c> header, that it
    /// was made for another account than the one signed in now: a session kept on a device is sent only as the
    /// account that played it, never saved into whoever happens to be signed in when the network comes back.
    /// </summary>
    public static async ValueTask<object?> RequireSameAccountAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (http.Request.Headers.TryGetValue(HeaderName, out var claimed) && !string.Equals(claimed.ToString(), KeyFor(http), StringComparison.Ordinal))
        {
            var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = PwaText.OtherAccountTitle,
                Detail = PwaText.OtherAccountDetail,
            };
            problem.Extensions["reason"] = OtherAccountReason;
            return TypedResults.Problem(problem);
        }

        return await next(context);
    }

    /// <summary>The key of the account a request acts for.</summary>
    public static string KeyFor(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        if (services.GetRequiredService<AccountMode>().MultiUser)
        {
            return SignedInUser.IdOf(context.User) is { Length: > 0 } id ? KeyOf(id) : Anonymous;
        }

        return KeyOf(services.GetRequiredService<IOptions<SuppleWebOptions>>().Value.UserId);
    }
}
