using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Logging;
using Npgsql;
using Supple.Web.Hosting;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Contract;

/// <summary>A PostgreSQL server that refuses the login (no such role) makes every request a 503 problem, not a 500.</summary>
public sealed class RefusedLoginTests : IAsyncLifetime
{
    private WebApplication _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        var refused = new NpgsqlConnectionStringBuilder(PostgreSqlTestDatabase.AdminConnectionString) { Username = "no_such_role_" + Guid.NewGuid().ToString("N")[..8], Timeout = 3 };
        _app = SuppleWebHost.Build([], builder =>
        {
            builder.Configuration[SuppleWebServiceCollectionExtensions.DataConfigurationKey] = refused.ConnectionString;
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
    [InlineData("GET", "/api/v1/stats", null, "application/json")]
    [InlineData("POST", "/api/v1/pain", "{\"score\":3}", "text/html")]
    [InlineData("POST", "/api/v1/sessions", "{\"level\":\"gentle\"}", "application/json")]
    public async Task A_refused_login_is_a_503_problem(string method, string url, string? body, string accept)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (body is not null)
        {
            request.Content = new StringContent(body, Encoding.UTF8, "application/json");
        }

        using var response = await _client.SendAsync(request);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter);
    }
}
