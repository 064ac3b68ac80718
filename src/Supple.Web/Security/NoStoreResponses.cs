namespace Supple.Web.Security;

/// <summary>
/// Pages and API answers hold health data (pain scores, sessions) and account details: no browser, proxy or shared
/// computer may keep a copy (<c>Cache-Control: no-store</c>). Static files (styles, scripts, pictures) are served
/// before this runs and keep their own caching; the API reference under <c>/docs</c> holds no personal data.
/// </summary>
internal static class NoStoreResponses
{
    public static Task AddAsync(HttpContext context, RequestDelegate next)
    {
        if (!context.Request.Path.StartsWithSegments("/docs", StringComparison.OrdinalIgnoreCase))
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
