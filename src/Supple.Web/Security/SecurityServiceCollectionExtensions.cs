using Microsoft.AspNetCore.HttpOverrides;

namespace Supple.Web.Security;

/// <summary>Transport security wiring: HTTPS redirection, HSTS and forwarded headers, as configured.</summary>
public static class SecurityServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSuppleSecurity(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName);
        var options = builder.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        if (options.RequireHttps)
        {
            builder.Services.AddHttpsRedirection(o => o.HttpsPort = options.HttpsPort ?? 443);
        }

        builder.Services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        if (options.TrustForwardedHeaders)
        {
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }

        return builder;
    }

    /// <summary>Forwarded headers (when trusted), HTTPS redirection and HSTS (when HTTPS is on), then the security headers.</summary>
    public static WebApplication UseSuppleSecurity(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
        if (options.TrustForwardedHeaders)
        {
            app.UseForwardedHeaders();
        }

        var https = options.RequireHttps || HasHttpsUrl(app.Configuration["urls"]);
        if (https)
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.Use(SecurityHeaders.AddAsync);
        return app;
    }

    private static bool HasHttpsUrl(string? urls) =>
        urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) == true;
}
