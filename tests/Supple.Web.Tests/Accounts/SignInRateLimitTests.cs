using System.Net;
using System.Net.Http.Json;

namespace Supple.Web.Tests.Accounts;

/// <summary>Sign-in attempts from one address are limited per minute; reading pages is not.</summary>
public sealed class SignInRateLimitTests : IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: new Dictionary<string, string> { ["Supple:Accounts:SignInAttemptsPerMinute"] = "3" });
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    [Fact]
    public async Task The_fourth_attempt_in_a_minute_gets_429_with_retry_after()
    {
        using var client = _app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/account/login", new { email = "x@example.org", password = "guess " + i })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "x@example.org", password = "guess 4" });
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.NotNull(limited.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }
}
