using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Supple.Web.Hosting;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Faults;

/// <summary>
/// With its PostgreSQL server unreachable, the app answers 503 problem+json (the request was not carried out; try
/// again), never 500. The restart under load with a real server is in Supple.Cli.Tests (PostgresRestartTests).
/// </summary>
public sealed class DatabaseUnavailableTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        // A loopback port nothing listens on: connections are refused at once.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        _app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = $"Host=127.0.0.1;Port={port};Username=supple;Database=postgres;Timeout=3";
            builder.Logging.SetMinimumLevel(LogLevel.Critical);
            builder.WebHost.UseTestServer();
        });
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    [Theory]
    [InlineData("GET", "/api/v1/history", null)]
    [InlineData("GET", "/api/v1/stats", null)]
    [InlineData("POST", "/api/v1/pain", "{\"score\":3}")]
    [InlineData("POST", "/api/v1/sessions", "{\"level\":\"gentle\"}")]
    [InlineData("POST", "/api/v1/disclaimer/acceptance", null)]
    public async Task An_unreachable_database_is_a_503_problem_not_a_500(string method, string url, string? body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("database", problem.GetProperty("title").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(response.Headers.RetryAfter);
    }

    [Fact]
    public async Task Bad_input_is_still_a_400_while_the_database_is_down()
    {
        using var content = new StringContent("{\"score\":11}", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/v1/pain", content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    // i18n-web3: the browser's short page while the database is down, in the request's language.
    [Theory]
    [InlineData("en", "en", "Unavailable · Supple", "Supple is unavailable for a moment", "It cannot reach its database just now. Nothing was lost; reload the page in a few seconds.")]
    [InlineData("de-DE,de;q=0.9", "de-DE", "Nicht erreichbar · Supple", "Supple ist kurz nicht erreichbar", "Es kann seine Datenbank gerade nicht erreichen. Nichts ging verloren; lade die Seite in ein paar Sekunden neu.")]
    [InlineData("fr", "fr", "Indisponible · Supple", "Supple est indisponible pour un instant", "Il ne peut pas joindre sa base de données pour le moment. Rien n’a été perdu ; rechargez la page dans quelques secondes.")]
    public async Task A_browser_gets_a_short_page_in_its_language_while_the_database_is_down(string acceptLanguage, string lang, string title, string heading, string text)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/history");
        request.Headers.Accept.ParseAdd("text/html");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);

        using var response = await _client.SendAsync(request);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains($"<html lang=\"{lang}\">", html, StringComparison.Ordinal);
        Assert.Contains($"<title>{title}</title>", html, StringComparison.Ordinal);
        Assert.Contains($"<h1>{heading}</h1><p>{text}</p>", html, StringComparison.Ordinal);
    }
}
