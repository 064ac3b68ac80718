using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Supple.Web.Api;

namespace Supple.Web.Hosting;

/// <summary>The web app's request pipeline and endpoints.</summary>
public static class SuppleWebApplicationExtensions
{
    /// <summary>Adds error handling, static files, pages, the API under <c>/api/v1</c>, OpenAPI and <c>/docs</c>.</summary>
    public static WebApplication UseSuppleWeb(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodePageWriter.WriteAsync);
        app.Use(LimitRequestBody);
        app.UseStaticFiles();
        app.UseRouting();

        app.MapOpenApi();
        app.MapScalarApiReference("/docs", o => o.WithTitle("Supple API"));
        var api = app.MapGroup("/api/v1");
        api.MapProgrammeApi();
        api.MapTimelineApi();
        api.MapDisclaimerApi();
        api.MapSessionsApi();
        api.MapPainApi();
        api.MapHistoryApi();
        api.MapFallback(ApiNotFound).ExcludeFromDescription();
        app.MapRazorPages();
        return app;
    }

    private static ProblemHttpResult ApiNotFound(HttpContext context) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: $"There is no API endpoint {context.Request.Method} {context.Request.Path}.");

    private static Task LimitRequestBody(HttpContext context, RequestDelegate next)
    {
        var limit = context.RequestServices.GetRequiredService<IOptions<SuppleWebOptions>>().Value.MaxRequestBodyBytes;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return Task.CompletedTask;
        }

        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }

        return next(context);
    }
}
