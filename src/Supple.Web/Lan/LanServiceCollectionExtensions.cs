using Supple.Data;
using Supple.Web.Accounts;
using Supple.Web.Hosting;

namespace Supple.Web.Lan;

/// <summary>
/// <c>supple serve --lan</c> wiring: loads (or makes) the certificate authority, issues this start's server
/// certificate, gives it to every https:// endpoint, and puts the pairing gate in the pipeline.
/// </summary>
public static class LanServiceCollectionExtensions
{
    public static WebApplicationBuilder AddSuppleLan(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<LanOptions>().BindConfiguration(LanOptions.SectionName);
        var options = builder.Configuration.GetSection(LanOptions.SectionName).Get<LanOptions>() ?? new LanOptions();
        if (!options.Enabled)
        {
            return builder;
        }

        if (builder.Configuration.GetSection(AccountOptions.SectionName).Get<AccountOptions>()?.MultiUser == true)
        {
            throw new ArgumentException(
                "--lan is for one person's own devices; a server with accounts (--multi-user) goes behind a TLS proxy instead (see docs/DEPLOYMENT.md).");
        }

        var folder = options.Folder is { Length: > 0 } configured ? Path.GetFullPath(configured) : DefaultFolder(builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey]);
        var now = TimeProvider.System.GetUtcNow();
        var names = LanNames.Current();
        var authority = LocalCertificateAuthority.LoadOrCreate(folder, names.HostName ?? "this computer", now);
        var certificate = authority.IssueServerCertificate(names.DnsNames, names.Addresses, now);
        var key = LanPairing.LoadOrCreateKey(folder);
        var code = LanPairing.NewCode();
        // The certificate is made now (Kestrel needs it before the services exist); the cookies' clock is the app's.
        builder.Services.AddSingleton(sp => new LanServer(authority, certificate, names,
            new LanPairing(key, authority.Fingerprint, code, options, sp.GetRequiredService<TimeProvider>()), folder));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.ConfigureHttpsDefaults(https => https.ServerCertificate = certificate));
        return builder;
    }

    /// <summary>The pairing gate, when <c>--lan</c> is on.</summary>
    public static WebApplication UseSuppleLan(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<LanServer>() is not null)
        {
            app.Use(LanGate.CheckAsync);
        }

        return app;
    }

    // The authority lives with the person's data: beside the SQLite file, or in the default data folder.
    private static string DefaultFolder(string? db)
    {
        var location = StoreLocation.Resolve(db);
        return Path.GetDirectoryName(location.FilePath ?? StoreLocation.Resolve(null, name => name == StoreLocation.EnvironmentVariable ? null : Environment.GetEnvironmentVariable(name)).FilePath!)!;
    }
}
