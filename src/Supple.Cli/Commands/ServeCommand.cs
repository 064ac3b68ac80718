using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Supple.Cli.Infrastructure;
using Supple.Cli.Rendering;
using Supple.Cli.Resources;
using Supple.Core.Localization;
using Supple.Data;
using Supple.Web.Hosting;
using Supple.Web.Lan;

namespace Supple.Cli.Commands;

/// <summary><c>supple serve</c>: the web app and the REST API, on the same data as the terminal.</summary>
internal sealed class ServeCommand : Command
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    /// <summary>Where <c>--lan</c> listens for the network: every address of this computer, over HTTPS.</summary>
    public const string DefaultLanUrl = "https://*:5443";

    private readonly Option<string[]> _urls = new("--urls")
    {
        Description = CliText.Localizer.Format(CliText.HelpServeUrls, ("url", DefaultUrl)),
        HelpName = "URLS",
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    private readonly Option<bool> _multiUser = new("--multi-user")
    {
        Description = CliText.Localizer.Format(CliText.HelpServeMultiUser, ("db", "--db"), ("variable", "SUPPLE_DB"), ("doc", "docs/DEPLOYMENT.md")),
    };

    private readonly Option<bool> _lan = new("--lan")
    {
        Description = CliText.Localizer.Format(CliText.HelpServeLan, ("lanUrl", DefaultLanUrl), ("url", DefaultUrl), ("doc", "docs/WEB.md")),
    };

    public ServeCommand(CliConsole console)
        : base("serve", CliText.Localizer.Format(CliText.HelpServe, ("multiUser", "--multi-user")))
    {
        Options.Add(_urls);
        Options.Add(_db);
        Options.Add(_multiUser);
        Options.Add(_lan);
        _urls.Validators.Add(result =>
        {
            foreach (var url in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (ListenUri(url) is not { } uri || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    result.AddError(CliText.Localizer.Format(CliText.ServeUrlNotHttp, ("url", url), ("example", DefaultUrl)));
                }
            }
        });
        Validators.Add(result =>
        {
            if (!result.GetValue(_lan))
            {
                return;
            }

            if (result.GetValue(_multiUser))
            {
                result.AddError(CliText.Localizer.Format(CliText.ServeLanNotMultiUser, ("doc", "docs/DEPLOYMENT.md")));
            }

            foreach (var url in result.GetValue(_urls) ?? [])
            {
                if (ListenUri(url) is { } uri && uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
                {
                    result.AddError(CliText.Localizer.Format(CliText.ServeLanPlainHttp, ("url", url)));
                }
            }
        });
        SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(_urls), parse.GetValue(_db), parse.GetValue(_multiUser), parse.GetValue(_lan), cancellationToken));
    }

    private static async Task<int> RunAsync(CliConsole console, string[]? urls, string? db, bool multiUser, bool lan, CancellationToken cancellationToken)
    {
        var listen = urls is { Length: > 0 } ? urls : lan ? [DefaultUrl, DefaultLanUrl] : [DefaultUrl];
        WebApplication app;
        try
        {
            app = SuppleWebHost.Build([], builder =>
            {
                builder.WebHost.UseUrls(listen);
                if (!string.IsNullOrWhiteSpace(db))
                {
                    builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = db;
                }

                // Warnings and errors go to stderr; a failure to start is reported below in one line instead.
                if (multiUser)
                {
                    builder.Configuration["Supple:Accounts:MultiUser"] = "true";
                }

                if (lan)
                {
                    builder.Configuration[$"{LanOptions.SectionName}:{nameof(LanOptions.Enabled)}"] = "true";
                }

                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);

                // A failed database command is reported by Supple itself, in a person's words (the problem details of the
                // request, /readyz, the reminder round's warning); EF Core's own log of it is SQL for developers.
                builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.None);
                builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // keys unprotected at rest: no accounts yet
                builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
            });
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }
        catch (LanSetupException ex)
        {
            await console.Error.WriteLineAsync($"supple: --lan: {ex.Message}");
            return ExitCodes.Failure;
        }

        await using (app)
        {
            // A server that cannot save what people do must not start as if it could (a file left read-only, say).
            StoreSchema.ThrowIfReadOnly(app.Services.GetRequiredService<StoreLocation>());
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                await console.Error.WriteLineAsync("supple: " + CliText.Localizer.Format(CliText.ServeCannotListen, ("urls", string.Join(", ", listen)), ("reason", ex.Message)));
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync(CliText.Localizer.Format(CliText.ServeRunning, ("urls", string.Join(", ", app.Urls.Select(ForThisComputer)))));
            if (app.Services.GetService<LanServer>() is { } server)
            {
                await console.Out.WriteAsync(LanInstructions(server, app.Urls, console.IsTerminal));
            }

            await console.Out.FlushAsync(cancellationToken);

            // Ctrl+C (or SIGTERM) stops the host gracefully: requests in flight are finished first.
            await app.WaitForShutdownAsync(cancellationToken);
            await console.Out.WriteLineAsync(CliText.Localizer[CliText.ServeStopped]);
            return ExitCodes.Ok;
        }
    }

    // Kestrel's "every address" hosts (* and +) are not host names a Uri takes: read them as 0.0.0.0.
    private static Uri? ListenUri(string url) =>
        Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null;

    // A wildcard address ("every address") is shown as the name this computer's browser uses.
    private static string ForThisComputer(string url)
    {
        var uri = new Uri(url);
        return uri.Host is "[::]" or "0.0.0.0" ? $"{uri.Scheme}://localhost:{uri.Port}" : url;
    }

    /// <summary>What a person needs to reach this Supple from a phone: the addresses, the pairing code, the certificate's fingerprint, and a QR code of the first address in a terminal.</summary>
    internal static string LanInstructions(LanServer lan, IEnumerable<string> boundUrls, bool terminal)
    {
        var network = new List<string>();
        foreach (var uri in boundUrls.Select(u => new Uri(u)).Where(u => u.Scheme == Uri.UriSchemeHttps && !u.IsLoopback))
        {
            if (uri.Host is "[::]" or "0.0.0.0")
            {
                network.AddRange(lan.Names.NetworkAddresses.Select(a => $"https://{(a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetworkV6 ? $"[{a}]" : a.ToString())}:{uri.Port}"));
                if (lan.Names.LocalName is { } local)
                {
                    network.Add($"https://{local}:{uri.Port}");
                }
            }
            else
            {
                network.Add(uri.GetLeftPart(UriPartial.Authority));
            }
        }

        var text = new System.Text.StringBuilder().AppendLine();
        if (network.Count == 0)
        {
            text.AppendLine(CliText.Localizer[CliText.ServeLanNoAddress]);
        }
        else
        {
            text.AppendLine(CliText.Localizer[CliText.ServeLanOpen]);
            network.ForEach(url => text.AppendLine($"  {url}"));
        }

        text.AppendLine(CliText.Localizer.Format(CliText.ServeLanPairingCode, ("code", lan.Pairing.DisplayCode)));
        if (lan.Authority.Created)
        {
            text.AppendLine(CliText.Localizer.Format(CliText.ServeLanNewAuthority, ("folder", lan.Folder)));
        }

        text.AppendLine(CliText.Localizer.Format(CliText.ServeLanInstallCertificate, ("url", (network.FirstOrDefault() ?? "") + "/lan/certificate")));
        text.AppendLine(CliText.Localizer[CliText.ServeLanFingerprint]);
        text.AppendLine($"  {lan.Authority.Fingerprint}");
        if (terminal && network.Count > 0)
        {
            text.AppendLine().Append(TerminalQrCode.Render(network[0]));
        }

        return text.ToString();
    }
}
