using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Supple.Web.Hosting;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>The real web app in multi-user mode over a PostgreSQL database: in memory (TestServer) or on Kestrel.</summary>
public sealed class MultiUserApp : IAsyncDisposable
{
    private MultiUserApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public Uri BaseAddress => _url ?? new(App.Urls.First());

    private Uri? _url;

    /// <summary>An address on a port that is free now, for a server whose public URL must be configured before it starts.</summary>
    public static Uri FreeUrl(string host = "127.0.0.1")
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return new Uri($"http://{host}:{((System.Net.IPEndPoint)probe.LocalEndpoint).Port}/");
    }

    /// <param name="connectionString">The PostgreSQL database.</param>
    /// <param name="kestrel">On Kestrel (127.0.0.1, a free port) rather than in memory.</param>
    /// <param name="settings">Configuration to set.</param>
    /// <param name="rateLimits">Keep the account rate limits at their defaults; otherwise they are lifted out of the way.</param>
    /// <param name="time">The app's clock (a fake one lets a test move time on); the system clock when null.</param>
    /// <param name="url">Where Kestrel listens (e.g. from <see cref="FreeUrl"/>, when the address must be known before start); 127.0.0.1 on a free port when null.</param>
    /// <param name="configure">More set-up of the host (e.g. a logger that captures what the app logs).</param>
    public static async Task<MultiUserApp> StartAsync(
        string connectionString, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null, bool rateLimits = false, TimeProvider? time = null, Uri? url = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        var app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = connectionString;
            builder.Configuration["Supple:Accounts:MultiUser"] = "true";
            // Rate limits out of the way unless a test is about them.
            foreach (var budget in rateLimits ? [] : new[] { "SignInPerAddressPerMinute", "SignInPerAccountPerMinute", "RegistrationsPerAddressPerHour", "ResetsPerAddressPerHour", "ResetsPerAccountPerHour", "AccountChangesPerMinute" })
            {
                builder.Configuration["Supple:Accounts:" + budget] = "10000";
            }

            builder.Configuration["Supple:Push:PollSeconds"] = "0";

            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.Configuration[key] = value;
            }

            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }

            configure?.Invoke(builder);
            if (kestrel || url is not null)
            {
                builder.WebHost.UseUrls(url?.GetLeftPart(UriPartial.Authority) ?? "http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new MultiUserApp(app) { _url = url };
    }

    public HttpClient CreateClient() => App.Services.GetService(typeof(Microsoft.AspNetCore.Hosting.Server.IServer)) is TestServer
        ? App.GetTestClient()
        : new HttpClient { BaseAddress = BaseAddress };

    /// <summary>Registers <paramref name="email"/> through the Identity API and returns a client carrying its bearer token.</summary>
    public async Task<HttpClient> RegisterAndSignInAsync(string email, string password)
    {
        var client = CreateClient();
        var register = await client.PostAsJsonAsync("/api/v1/account/register", new { email, password });
        Assert.True(register.IsSuccessStatusCode, $"register {email}: {(int)register.StatusCode} {await register.Content.ReadAsStringAsync()}");
        var token = await SignInAsync(client, email, password);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public static async Task<string> SignInAsync(HttpClient client, string email, string password) =>
        (await SignInForTokensAsync(client, email, password)).AccessToken;

    /// <summary>Signs in through the login API (a two-factor code too when given) and returns both tokens.</summary>
    public static async Task<(string AccessToken, string RefreshToken)> SignInForTokensAsync(HttpClient client, string email, string password, string? twoFactorCode = null, string? twoFactorRecoveryCode = null)
    {
        var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password, twoFactorCode, twoFactorRecoveryCode });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"login {email}: {(int)login.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return (json.RootElement.GetProperty("accessToken").GetString()!, json.RootElement.GetProperty("refreshToken").GetString()!);
    }

    public static JsonSerializerOptions Json => SuppleApp.Json;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
