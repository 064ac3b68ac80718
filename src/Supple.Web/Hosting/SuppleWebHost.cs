
namespace Supple.Web.Hosting;

/// <summary>
/// Builds the Supple web app (pages + REST API). <c>supple serve</c> and the tests host the same app through here.
/// </summary>
public static class SuppleWebHost
{
    /// <summary>Builds the app. <paramref name="configure"/> runs last, so callers (tests, the CLI) can override services.</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SuppleWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot"),
        });
        builder.AddSuppleWeb();
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseSuppleWeb();
        return app;
    }
}
