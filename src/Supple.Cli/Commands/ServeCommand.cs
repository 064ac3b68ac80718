using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Supple.Cli.Infrastructure;
using Supple.Web.Hosting;

namespace Supple.Cli.Commands;

/// <summary><c>supple serve</c>: the web app and the REST API, on the same data as the terminal.</summary>
internal sealed class ServeCommand : Command
{
    public const string DefaultUrl = "http://127.0.0.1:5080";

    private readonly Option<string[]> _urls = new("--urls")
    {
        Description = $"Where to listen, one or more http(s) URLs separated by ';' (default {DefaultUrl}). Use port 0 for any free port.",
        HelpName = "URLS",
        CustomParser = result => [.. result.Tokens.SelectMany(t => t.Value.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))],
    };

    private readonly Option<string?> _db = CommonOptions.Db();

    private readonly Option<bool> _multiUser = new("--multi-user")
    {
        Description = "Many people on one server: accounts (register, sign in) and each person sees only their own data. Use PostgreSQL (--db or SUPPLE_DB); see docs/DEPLOYMENT.md.",
    };

    public ServeCommand(CliConsole console)
        : base("serve", "Serve the browser app and the REST API: for you alone on this machine's data, or with accounts (--multi-user).")
    {
        Options.Add(_urls);
        Options.Add(_db);
        Options.Add(_multiUser);
        _urls.Validators.Add(result =>
        {
            foreach (var url in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
                {
                    result.AddError($"--urls: '{url}' is not an http:// or https:// URL (e.g. {DefaultUrl}).");
                }
            }
        });
        SetAction((parse, cancellationToken) => RunAsync(console, parse.GetValue(_urls), parse.GetValue(_db), parse.GetValue(_multiUser), cancellationToken));
    }

    private static async Task<int> RunAsync(CliConsole console, string[]? urls, string? db, bool multiUser, CancellationToken cancellationToken)
    {
        var listen = urls is { Length: > 0 } ? urls : [DefaultUrl];
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

                builder.Logging.SetMinimumLevel(LogLevel.Warning);
                builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
                builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection", LogLevel.Error); // keys unprotected at rest: no accounts yet
                builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
                builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(10));
            });
        }
        catch (ArgumentException ex)
        {
            throw new UsageException(ex.Message);
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(cancellationToken);
            }
            catch (IOException ex)
            {
                await console.Error.WriteLineAsync($"supple: cannot listen on {string.Join(", ", listen)}: {ex.Message}");
                return ExitCodes.Failure;
            }

            await console.Out.WriteLineAsync($"Supple is running at {string.Join(", ", app.Urls)} — press Ctrl+C to stop.");
            await console.Out.FlushAsync(cancellationToken);

            // Ctrl+C (or SIGTERM) stops the host gracefully: requests in flight are finished first.
            await app.WaitForShutdownAsync(cancellationToken);
            await console.Out.WriteLineAsync("Supple has stopped.");
            return ExitCodes.Ok;
        }
    }
}
