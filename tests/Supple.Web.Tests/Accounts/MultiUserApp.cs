using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Supple.Web.Hosting;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>The real web app in multi-user mode over a PostgreSQL database: in memory (TestServer) or on Kestrel.</summary>
public sealed class MultiUserApp : IAsyncDisposable
{
    private MultiUserApp(WebApplication app) => App = app;

    public WebApplication App { get; }

    public Uri BaseAddress => new(App.Urls.First());

    public static async Task<MultiUserApp> StartAsync(string connectionString, bool kestrel = false, IReadOnlyDictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null)
    {
        var app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = connectionString;
            builder.Configuration["Supple:Accounts:MultiUser"] = "true";
            builder.Configuration["Supple:Accounts:SignInAttemptsPerMinute"] = "1000";
            builder.Configuration["Supple:Push:PollSeconds"] = "0";
            foreach (var (key, value) in settings ?? new Dictionary<string, string>())
            {
                builder.Configuration[key] = value;
            }

            builder.Logging.SetMinimumLevel(LogLevel.Warning);
            configure?.Invoke(builder);
            if (kestrel)
            {
                builder.WebHost.UseUrls("http://127.0.0.1:0");
            }
            else
            {
                builder.WebHost.UseTestServer();
            }
        });
        await app.StartAsync();
        return new MultiUserApp(app);
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

    public static async Task<string> SignInAsync(HttpClient client, string email, string password)
    {
        var login = await client.PostAsJsonAsync("/api/v1/account/login", new { email, password });
        var body = await login.Content.ReadAsStringAsync();
        Assert.True(login.IsSuccessStatusCode, $"login {email}: {(int)login.StatusCode} {body}");
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }

    public static JsonSerializerOptions Json => SuppleApp.Json;

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
