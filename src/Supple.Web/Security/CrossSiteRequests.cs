using Microsoft.Extensions.Options;
using Supple.Web.Hosting;
using Supple.Web.Localization;

namespace Supple.Web.Security;

/// <summary>
/// Refuses state-changing requests that a browser sent on behalf of another site (cross-site request forgery),
/// whatever their body or content type: a POST, PUT, PATCH or DELETE that does not carry a bearer token must come
/// from Supple's own origin. Browsers always say where such a request comes from (<c>Origin</c>, and
/// <c>Sec-Fetch-Site</c>), and a page cannot forge either. A client that is not a browser (a script, curl) sends
/// neither and is let through: it holds its own credentials and nobody can make it send them.
/// </summary>
/// <remarks>
/// This holds even where <c>SameSite=Strict</c> does not: another port of the same host, or a sibling sub-domain, is
/// the same "site" and gets the cookie, but not the same origin. Forms also carry an antiforgery token.
/// </remarks>
internal static class CrossSiteRequests
{
    public static async Task RefuseAsync(HttpContext context, RequestDelegate next)
    {
        if (IsAllowed(context))
        {
            await next(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        RequestLanguage.Apply(context);
        if (!context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            // Pages: the status page writer gives the short HTML page.
            return;
        }

        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = StatusCodes.Status403Forbidden,
                Title = SecurityMessages.CrossSiteTitle,
                Detail = SecurityMessages.CrossSiteDetail,
            },
        });
    }

    internal static bool IsAllowed(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || HttpMethods.IsTrace(request.Method))
        {
            return true;
        }

        // A bearer token is never sent by a browser on its own: a page of another origin cannot add the header
        // without a CORS preflight, which Supple never grants.
        if (request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Where the request comes from, as the browser tells it. A browser that sends "Origin: null" (a sandboxed
        // frame, or a strict referrer policy) still says "same-origin" in Sec-Fetch-Site when it is one of ours.
        var origin = request.Headers.Origin.ToString();
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (origin.Length > 0 && origin != "null" && !IsOwnOrigin(context, origin))
        {
            return false;
        }

        if (site.Length > 0)
        {
            return site is "same-origin" or "none";
        }

        return origin != "null";
    }

    /// <summary>Whether <paramref name="origin"/> is Supple's own: the request's scheme and host, or the configured public URL's.</summary>
    internal static bool IsOwnOrigin(HttpContext context, string origin)
    {
        var request = context.Request;
        if (string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var publicUrl = context.RequestServices.GetRequiredService<IOptions<SuppleWebOptions>>().Value.PublicOrigin;
        return publicUrl is not null && string.Equals(origin, publicUrl, StringComparison.OrdinalIgnoreCase);
    }
}
