using System.Net;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Security;

/// <summary>
/// Behind a TLS proxy (docs/DEPLOYMENT.md): with <c>RequireHttps</c> plain HTTP is redirected, unless the request came
/// through the proxy with <c>X-Forwarded-Proto: https</c>; the header counts only from the proxies the server was told
/// about (by default one on this machine), never from anyone who sends it.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData(null, "https", HttpStatusCode.OK)]              // the proxy on this machine said https
    [InlineData(null, null, HttpStatusCode.TemporaryRedirect)]  // plain http, no proxy: redirected
    [InlineData("10.0.0.0/8", "https", HttpStatusCode.TemporaryRedirect)] // the proxy is elsewhere: 127.0.0.1 is not believed
    [InlineData("127.0.0.1", "https", HttpStatusCode.OK)]
    public async Task X_Forwarded_Proto_counts_only_from_the_proxy(string? forwardedBy, string? proto, HttpStatusCode expected)
    {
        var settings = new Dictionary<string, string>
        {
            ["Supple:Security:RequireHttps"] = "true",
            ["Supple:Security:TrustForwardedHeaders"] = "true",
        };
        if (forwardedBy is not null)
        {
            settings["Supple:Security:ForwardedBy:0"] = forwardedBy;
        }

        await using var app = await SuppleApp.StartOnLoopbackAsync(settings);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/about");
        if (proto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", proto);
            request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        }

        using var response = await client.SendAsync(request);
        Assert.Equal(expected, response.StatusCode);
        if (expected != HttpStatusCode.OK)
        {
            Assert.Equal("https", response.Headers.Location?.Scheme);
        }
    }

    [Fact]
    public async Task A_proxy_that_is_not_an_address_stops_the_server_with_a_clear_message()
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => SuppleApp.StartOnLoopbackAsync(new Dictionary<string, string>
        {
            ["Supple:Security:TrustForwardedHeaders"] = "true",
            ["Supple:Security:ForwardedBy:0"] = "my-proxy",
        }));
        Assert.Contains("'my-proxy' is not an IP address or network", error.Message, StringComparison.Ordinal);
    }
}
