
namespace Supple.Web.Hosting;

/// <summary>
/// Builds the Supple web app (pages + REST API). <c>supple serve</c> and the tests host the same app through here.
/// </summary>
public static class SuppleWebHost
{
    /// <summary>
    /// Builds the app. <paramref name="configure"/> runs before Supple's own wiring, so callers (the CLI, tests) can
    /// set configuration (<see cref="SuppleWebServiceCollectionExtensions.DataConfigurationKey"/>) and register their
    /// own <see cref="TimeProvider"/>.
    /// </summary>
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
        // The caller goes first: its configuration (the database, the URLs) is what AddSuppleWeb reads, and the
        // services it registers (a clock, in tests) win over the defaults, which are only added when absent.
        configure?.Invoke(builder);
        builder.AddSuppleWeb();
        var app = builder.Build();
        app.UseSuppleWeb();
        return app;
    }
}
