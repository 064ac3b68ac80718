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

    private static string KeyFor(HttpContext context)
    {
        var services = context.RequestServices;
        if (services.GetRequiredService<AccountMode>().MultiUser)
        {
            return SignedInUser.IdOf(context.User) is { Length: > 0 } id ? KeyOf(id) : Anonymous;
        }

        return KeyOf(services.GetRequiredService<IOptions<SuppleWebOptions>>().Value.UserId);
    }
}
