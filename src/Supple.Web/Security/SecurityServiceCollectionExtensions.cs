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
            var proxies = options.ForwardedBy.Select(ParseProxy).ToList();
            builder.Services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                if (proxies.Count > 0)
                {
                    // Only the listed proxies; otherwise ASP.NET's default stands: loopback only.
                    o.KnownIPNetworks.Clear();
                    o.KnownProxies.Clear();
                    proxies.ForEach(o.KnownIPNetworks.Add);
                }
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
            // supple serve --lan keeps plain HTTP on loopback for this computer's own browser (a secure context too),
            // which does not trust Supple's local certificate authority unless the person installs it there as well.
            if (options.RequireHttps || !app.Configuration.GetValue<bool>($"{Lan.LanOptions.SectionName}:Enabled"))
            {
                app.UseHttpsRedirection();
            }
        }

        app.Use(SecurityHeaders.AddAsync);
        return app;
    }

    private static System.Net.IPNetwork ParseProxy(string text) =>
        System.Net.IPNetwork.TryParse(text, out var network) ? network
        : System.Net.IPAddress.TryParse(text, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
        : throw new InvalidOperationException(
            $"{SecurityOptions.SectionName}:ForwardedBy: '{text}' is not an IP address or network (such as 10.0.0.5 or 10.0.0.0/8).");

    private static bool HasHttpsUrl(string? urls) =>
        urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Any(u => u.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) == true;
}
