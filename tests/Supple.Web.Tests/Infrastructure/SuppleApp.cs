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
    private SuppleApp(WebApplication app, string folder, FakeTimeProvider? time)
    {
        App = app;
        Folder = folder;
        Time = time;
    }

    public WebApplication App { get; }

    public string Folder { get; }

    public string DatabasePath => Path.Combine(Folder, "supple.db");

    /// <summary>The app's clock when the test controls it; null when it runs on the system clock.</summary>
    public FakeTimeProvider? Time { get; }

    public static readonly JsonSerializerOptions Json = CreateJson();

    /// <summary>The base address of a Kestrel-hosted app.</summary>
    public Uri BaseAddress => new(App.Urls.First());

    public static Task<SuppleApp> StartInMemoryAsync(FakeTimeProvider? time = null) => StartAsync(kestrel: false, time);

    public static Task<SuppleApp> StartOnLoopbackAsync() => StartAsync(kestrel: true, time: null);

    public HttpClient CreateClient() =>
        Time is null && App.Services.GetService<IServer>() is not TestServer
            ? new HttpClient { BaseAddress = BaseAddress }
            : App.GetTestClient();

    private static async Task<SuppleApp> StartAsync(bool kestrel, FakeTimeProvider? time)
    {
        var folder = Directory.CreateTempSubdirectory("supple-web-tests-").FullName;
        var app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = Path.Combine(folder, "supple.db");
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (kestrel)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }

            if (time is not null)
            {
                builder.Services.AddSingleton<TimeProvider>(time);
            }
        });
        await app.StartAsync();
        return new SuppleApp(app, folder, time);
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
