using System.Net;
using System.Net.Http.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// Rate limits per client address and per account, with a budget for each door: an office behind one address signs
/// in together, guessing at one account is slowed without slowing the office, and using up one door's budget leaves
/// the others open. PostgreSQL, the default budgets unless a test sets its own.
/// </summary>
public sealed class AccountRateLimitTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private readonly PostgreSqlTestDatabase _db = new();
    private readonly List<MultiUserApp> _apps = [];

    public Task InitializeAsync() => _db.InitializeAsync();

    public async Task DisposeAsync()
    {
        foreach (var app in _apps)
        {
            await app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private async Task<MultiUserApp> StartAsync(Dictionary<string, string>? settings = null)
    {
        var app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: settings, rateLimits: true);
        _apps.Add(app);
        return app;
    }

    [Fact]
    public async Task An_office_behind_one_address_registers_and_signs_in_together()
    {
        var app = await StartAsync();
        using var office = app.CreateClient();
        for (var i = 0; i < 25; i++)
        {
            var registered = await office.PostAsJsonAsync("/api/v1/account/register", new { email = $"colleague{i}@example.org", password = Password });
            Assert.True(registered.IsSuccessStatusCode, $"registration {i}: {(int)registered.StatusCode}");
        }

        for (var i = 0; i < 25; i++)
        {
            var signedIn = await office.PostAsJsonAsync("/api/v1/account/login", new { email = $"colleague{i}@example.org", password = Password });
            Assert.True(signedIn.IsSuccessStatusCode, $"sign-in {i}: {(int)signedIn.StatusCode}");
        }

        Assert.Equal(25, await _db.CountAsync("SELECT count(*) FROM account_sessions"));
    }

    [Fact]
    public async Task Guessing_at_one_account_is_slowed_for_that_account_only()
    {
        var app = await StartAsync();
        using var client = app.CreateClient();
        foreach (var email in new[] { "target@example.org", "bystander@example.org" })
        {
            (await client.PostAsJsonAsync("/api/v1/account/register", new { email, password = Password })).EnsureSuccessStatusCode();
        }

        // Ten sign-ins a minute for one account (right passwords, so no lock): the eleventh waits.
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/account/login", new { email = "target@example.org", password = Password })).StatusCode);
        }

        var slowed = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "TARGET@example.org", password = Password });
        var problem = await HttpAssert.ProblemAsync(slowed, HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many attempts", problem.GetProperty("title").GetString());
        Assert.NotNull(slowed.Headers.RetryAfter?.Delta);

        // From the same address, another person signs in at once.
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/account/login", new { email = "bystander@example.org", password = Password })).StatusCode);
    }

    [Fact]
    public async Task Each_door_has_a_budget_of_its_own()
    {
        var app = await StartAsync(new Dictionary<string, string>
        {
            ["Supple:Accounts:SignInPerAddressPerMinute"] = "3",
            ["Supple:Accounts:RegistrationsPerAddressPerHour"] = "2",
        });
        using var client = app.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/v1/account/login", new { email = $"x{i}@example.org", password = "guess " + i })).StatusCode);
        }

        var limited = await client.PostAsJsonAsync("/api/v1/account/login", new { email = "x9@example.org", password = "guess 9" });
        await HttpAssert.ProblemAsync(limited, HttpStatusCode.TooManyRequests);
        Assert.NotNull(limited.Headers.RetryAfter);

        // Registration has its own budget: the sign-in limit does not touch it, and using it up does not touch reading pages.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync("/api/v1/account/register", new { email = $"new{i}@example.org", password = Password })).StatusCode);
        }

        await HttpAssert.ProblemAsync(await client.PostAsJsonAsync("/api/v1/account/register", new { email = "new9@example.org", password = Password }), HttpStatusCode.TooManyRequests);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
        Assert.Equal(2, await _db.CountAsync("SELECT count(*) FROM users"));
    }
}
