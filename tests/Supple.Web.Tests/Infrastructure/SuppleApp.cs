using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Supple.Web.Hosting;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>
/// The real Supple web app (the same <see cref="SuppleWebHost.Build"/> that <c>supple serve</c> runs) over a fresh
/// SQLite file in a temp folder: in memory (TestServer) for API tests, or on Kestrel at 127.0.0.1:0 for the browser.
/// </summary>
public sealed class SuppleApp : IAsyncDisposable
{
    private SuppleApp(WebApplication app, string folder, FakeTimeProvider? time, RequestLog requests)
    {
        App = app;
        Folder = folder;
        Time = time;
        Requests = requests;
    }

    /// <summary>Every request that reached the server ("GET /path?query"), oldest first.</summary>
    public RequestLog Requests { get; }

    public WebApplication App { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "supple.db");

    /// <summary>The app's clock when the test controls it; null when it runs on the system clock.</summary>
    public FakeTimeProvider? Time { get; }

    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The base address of a Kestrel-hosted app.</summary>
    public Uri BaseAddress => new(App.Urls.First());

    /// <summary>
    /// Starts the app in memory; with <paramref name="folder"/>, over the database of another app (a second server);
    /// <paramref name="services"/> registers more services after the app's own (the last registration wins).
    /// </summary>
    public static Task<SuppleApp> StartInMemoryAsync(
        FakeTimeProvider? time = null, IReadOnlyDictionary<string, string>? settings = null, string? folder = null, Action<IServiceCollection>? services = null) =>
        StartAsync(kestrel: false, time, folder: folder, settings: settings, services: services);

    public static Task<SuppleApp> StartOnLoopbackAsync(IReadOnlyDictionary<string, string>? settings = null) => StartAsync(kestrel: true, time: null, settings: settings);

    /// <summary>
    /// Starts the app on Kestrel at a given loopback port over the database in <paramref name="folder"/>, serving the
    /// static files of <paramref name="webRoot"/> (a copy of wwwroot, to play a new deploy at the same origin).
    /// </summary>
    public static Task<SuppleApp> StartOnLoopbackAsync(int port, string folder, string? webRoot = null) =>
        StartAsync(kestrel: true, time: null, port, folder, webRoot);

    public HttpClient CreateClient() =>
        Time is null && App.Services.GetService<IServer>() is not TestServer
            ? new HttpClient { BaseAddress = BaseAddress }
            : App.GetTestClient();

    private static async Task<SuppleApp> StartAsync(
        bool kestrel, FakeTimeProvider? time, int port = 0, string? folder = null, string? webRoot = null, IReadOnlyDictionary<string, string>? settings = null,
        Action<IServiceCollection>? services = null)
    {
        folder ??= Directory.CreateTempSubdirectory("supple-web-tests-").FullName;
        var requests = new RequestLog();
        var app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = Path.Combine(folder, "supple.db");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            // Reminders are sent when a test says so (ReminderSender.SendDueAsync), not by a loop on its own.
            builder.Configuration["Supple:Push:PollSeconds"] = "0";
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.Configuration[key] = value;
            }

            builder.Services.AddSingleton<IStartupFilter>(new RequestLogFilter(requests));
            if (webRoot is not null)
            {
                builder.Environment.WebRootPath = webRoot;
                builder.Environment.WebRootFileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(webRoot);
            }

            if (kestrel)
            {
                builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }

            if (time is not null)
            {
                builder.Services.AddSingleton<TimeProvider>(time);
            }

            services?.Invoke(builder.Services);
        });
        await app.StartAsync();
        return new SuppleApp(app, folder, time, requests);
    }

    /// <summary>Stops the server but keeps its folder (the database), e.g. to start the next deploy over it.</summary>
    public async Task StopKeepingDataAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temp folder behind.
        }
    }

    private static JsonSerializerOptions CreateJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        SuppleWebServiceCollectionExtensions.ConfigureJson(options);
        return options;
    }
}

/// <summary>The requests a test app has seen.</summary>
public sealed class RequestLog
{
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _requests = new();

    public IReadOnlyList<string> All => [.. _requests];

    public void Add(string request) => _requests.Enqueue(request);
}

/// <summary>Records each request before the app sees it.</summary>
internal sealed class RequestLogFilter(RequestLog log) : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, following) =>
        {
            log.Add($"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}");
            return following(context);
        });
        next(app);
    };
}
