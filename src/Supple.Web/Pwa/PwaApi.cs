using Microsoft.AspNetCore.Http.HttpResults;

namespace Supple.Web.Pwa;

/// <summary>What makes Supple an installable app: the web app manifest and the service worker, both at the root.</summary>
public static class PwaApi
{
    public const string ManifestContentType = "application/manifest+json";

    public static IEndpointRouteBuilder MapPwa(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // Both are fetched by the browser without the person's cookies, and hold nothing personal.
        var group = app.MapGroup("").AllowAnonymous().ExcludeFromDescription();
        group.MapGet("/manifest.webmanifest", GetManifest);
        group.MapGet("/sw.js", GetServiceWorker);
        return app;
    }

    public static JsonHttpResult<WebAppManifest> GetManifest(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.Json(WebAppManifest.Current, contentType: ManifestContentType);
    }

    // Browsers check the worker for updates on navigation; "no-cache" makes every check reach the server, and the
    // ETag keeps an unchanged worker to a 304.
    public static Results<ContentHttpResult, StatusCodeHttpResult> GetServiceWorker(HttpContext context, ServiceWorkerScript script)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(script);
        var etag = $"\"{script.Version}\"";
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.Contains(etag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Text(script.Text, "text/javascript; charset=utf-8");
    }
}
