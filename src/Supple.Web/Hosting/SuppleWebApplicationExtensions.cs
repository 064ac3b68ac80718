using System.Globalization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Supple.Web.Accounts;
using Supple.Web.Api;
using Supple.Web.Health;
using Supple.Web.Lan;
using Supple.Web.Localization;
using Supple.Web.Push;
using Supple.Web.Pwa;
using Supple.Web.Resources;
using Supple.Web.Security;

namespace Supple.Web.Hosting;

/// <summary>The web app's request pipeline and endpoints.</summary>
public static class SuppleWebApplicationExtensions
{
    /// <summary>Adds error handling, static files, pages, the API under <c>/api/v1</c>, OpenAPI and <c>/docs</c>.</summary>
    public static WebApplication UseSuppleWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseSuppleSecurity();
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodePageWriter.WriteAsync);
        app.Use(CrossSiteRequests.RefuseAsync);
        app.Use(LimitRequestBody);
        app.UseStaticFiles();
        app.Use(NoStoreResponses.AddAsync);
        app.UseSuppleLan();
        app.UseRouting();
        app.UseSuppleAccounts();
        app.UseSuppleLanguages();
        app.Use(AccountPartition.AddAsync);

        // The contract is public in every mode (Supple is free software; clients need it to sign in at all).
        app.MapOpenApi().AllowAnonymous();
        // Everything the docs page needs is served from here: no fonts or proxies from elsewhere.
        app.MapScalarApiReference("/docs", o => o.WithTitle("Supple API").DisableDefaultFonts()).AllowAnonymous();
        var api = app.MapGroup("/api/v1");
        api.MapProgrammeApi();
        api.MapTimelineApi();
        api.MapDisclaimerApi();
        api.MapSessionsApi();
        api.MapCompletedSessionsApi();
        api.MapPainApi();
        api.MapHistoryApi();
        api.MapExportApi();
        app.MapSuppleAccounts();
        app.MapSuppleHealth();
        api.MapAssessmentApi();
        api.MapPlanApi();
        api.MapRemindersApi();
        api.MapPushApi();
        app.MapPwa();
        app.MapLan();
        app.MapRazorPages();
        return app;
    }

    // Bodies are small JSON documents: anything over the limit is refused with 413 before it is read. A body of
    // unknown length (chunked) is read up to the limit here, so the same rule holds on every server.
    private static async Task LimitRequestBody(HttpContext context, RequestDelegate next)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<SuppleWebOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            await RefuseAsync(context, limit);
            return;
        }

        if (context.Request.ContentLength is null && (HttpMethods.IsPost(context.Request.Method) || HttpMethods.IsPut(context.Request.Method)))
        {
            var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > limit)
                {
                    await RefuseAsync(context, limit);
                    return;
                }
            }

            buffer.Position = 0;
            context.Request.Body = buffer;
            context.Request.ContentLength = buffer.Length;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        await next(context);
    }

    private static async Task RefuseAsync(HttpContext context, long limit)
    {
        RequestLanguage.Apply(context);
        context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = 413, Title = ApiText.Get(ApiText.BodyTooLarge), Detail = ApiText.Format(ApiText.BodyTooLargeDetail, ("limit", limit.ToString(CultureInfo.InvariantCulture))) },
        });
    }
}
