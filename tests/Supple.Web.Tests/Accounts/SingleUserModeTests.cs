using System.Net;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>Single-user local mode stays as it was: no login, no account pages or endpoints; the probes and headers are there.</summary>
public sealed class SingleUserModeTests
{
    [Fact]
    public async Task No_accounts_and_no_login_in_single_user_mode()
    {
        await using var app = await SuppleApp.StartInMemoryAsync();
        using var client = app.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/history")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/history")).StatusCode);
        foreach (var path in new[] { "/account/login", "/account/register", "/account/settings" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/v1/account/login", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).StatusCode);
        Assert.DoesNotContain("Sign in", await client.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/readyz")).StatusCode);
        var export = await client.GetAsync("/api/v1/export?format=ics");
        Assert.Equal("text/calendar", export.Content.Headers.ContentType?.MediaType);
        Assert.Contains("frame-ancestors 'none'", string.Join(";", (await client.GetAsync("/")).Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
    }
}
