using System.Net;
using Microsoft.Extensions.Options;
using Supple.Web.Localization;

namespace Supple.Web.Lan;

/// <summary>
/// The door of <c>supple serve --lan</c>: a request from another device must carry a paired-device cookie
/// (<see cref="LanPairing"/>). Without one, pages send the browser to the pairing page and the API answers 401; only
/// the pairing and certificate pages under <c>/lan</c>, and what a browser fetches without cookies and holds nothing
/// personal (the static files served before this, the manifest, the service worker and the offline page, which the
/// worker precaches without cookies: gated, the pairing page would be kept in their place) are open. This computer
/// itself (loopback) needs no pairing.
/// </summary>
internal static class LanGate
{
    public const string PairPath = "/lan/pair";

    private static readonly HashSet<string> OpenPaths = new(StringComparer.OrdinalIgnoreCase) { "/manifest.webmanifest", "/sw.js", Pwa.ServiceWorkerScript.OfflinePath };

    public static async Task CheckAsync(HttpContext context, RequestDelegate next)
    {
        var lan = context.RequestServices.GetRequiredService<LanServer>();
        if (!IsRemote(context)
            || context.Request.Path.StartsWithSegments("/lan", StringComparison.OrdinalIgnoreCase)
            || OpenPaths.Contains(context.Request.Path.Value ?? "")
            || lan.Pairing.IsPaired(context.Request.Cookies[LanPairing.CookieName]))
        {
            await next(context);
            return;
        }

        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            RequestLanguage.Apply(context);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = StatusCodes.Status401Unauthorized, Title = LanText.NotPairedTitle, Detail = LanText.NotPairedDetail },
            });
            return;
        }

        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            context.Response.Redirect(PairPath);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
    }

    /// <summary>Whether the request comes from another device (or a test says to treat this machine as one).</summary>
    public static bool IsRemote(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return false; // an in-process test server: no network at all
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        return !IPAddress.IsLoopback(address)
            || context.RequestServices.GetRequiredService<IOptions<LanOptions>>().Value.TreatLoopbackAsRemote;
    }
}
