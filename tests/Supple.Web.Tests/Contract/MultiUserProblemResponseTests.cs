using System.Net;
using System.Text;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Contract;

/// <summary>The same in multi-user mode (401, 429) and when PostgreSQL refuses the login (503).</summary>
public sealed class MultiUserProblemResponseTests : IAsyncLifetime
{
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, settings: new Dictionary<string, string> { ["Supple:Accounts:SignInPerAddressPerMinute"] = "2" }, rateLimits: true);
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
    public async Task Not_signed_in_is_a_401_problem_for_an_html_accept()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html");

        await HttpAssert.ProblemAsync(await client.GetAsync("/api/v1/history"), HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Too_many_sign_ins_is_a_429_problem_for_an_html_accept()
    {
        using var client = _app.CreateClient();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "text/html");
        HttpResponseMessage? last = null;
        for (var i = 0; i < 3; i++)
        {
            last = await client.PostAsync("/api/v1/account/login", new StringContent($"{{\"email\":\"x@example.org\",\"password\":\"guess {i}\"}}", Encoding.UTF8, "application/json"));
        }

        await HttpAssert.ProblemAsync(last!, HttpStatusCode.TooManyRequests);
    }
}
