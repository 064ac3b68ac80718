namespace Supple.Web.Security;

/// <summary>
/// Pages and API answers hold health data (pain scores, sessions) and account details: no browser, proxy or shared
/// computer may keep a copy (<c>Cache-Control: no-store</c>). Static files (styles, scripts, pictures) are served
/// before this runs and keep their own caching; the API reference under <c>/docs</c> holds no personal data, nor do
/// the web app manifest and the service worker script (<c>/manifest.webmanifest</c>, <c>/sw.js</c>), which are
/// revalidated on every request (<c>no-cache</c> with an ETag) so an update is seen at once.
/// </summary>
internal static class NoStoreResponses
{
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path;
        if (!path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase)
            && !path.Equals("/sw.js", StringComparison.OrdinalIgnoreCase)
            && !path.Equals("/manifest.webmanifest", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.OnStarting(static state =>
            {
                ((HttpResponse)state).Headers.CacheControl = "no-store";
                return Task.CompletedTask;
            }, context.Response);
        }

        return next(context);
    }
}
