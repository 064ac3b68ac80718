using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// State changes made with the sign-in cookie must come from Supple's own origin, bodies or not: a request another
/// site makes the browser send (it says where it came from in <c>Origin</c> or <c>Sec-Fetch-Site</c>) is refused with
/// 403 and changes nothing. Real server on Kestrel, PostgreSQL.
/// </summary>
public sealed class CrossSiteRequestTests : IAsyncLifetime
{
    private const string Password = "a long enough passphrase";
    private const string Evil = "http://evil.example";
    private readonly PostgreSqlTestDatabase _db = new();
    private MultiUserApp _app = null!;
    private BrowserlessSession _person = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        _app = await MultiUserApp.StartAsync(_db.ConnectionString, kestrel: true);
        _person = new BrowserlessSession(_app.BaseAddress);
        await _person.RegisterAsync("csrf@example.org", Password);
    }

    public async Task DisposeAsync()
    {
        _person?.Client.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    private string Own => _app.BaseAddress.GetLeftPart(UriPartial.Authority);

    [Fact]
    public async Task Body_less_posts_from_another_origin_are_refused_and_change_nothing()
    {
        var started = await _person.Client.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var json = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = json.RootElement.GetProperty("id").GetInt64();

        // Abandon a session, accept the disclaimer, sign out: no body, any content type.
        var abandon = await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/abandon", origin: Evil);
        await HttpAssert.ProblemAsync(abandon, HttpStatusCode.Forbidden);
        Assert.Contains("open", await OutcomeAsync(id), StringComparison.Ordinal);

        var accept = await SendAsync(HttpMethod.Post, "/api/v1/disclaimer/acceptance", site: "cross-site", contentType: "text/plain");
        await HttpAssert.ProblemAsync(accept, HttpStatusCode.Forbidden);
        Assert.Contains("\"accepted\":false", await _person.Client.GetStringAsync("/api/v1/disclaimer/acceptance"), StringComparison.Ordinal);

        var logout = await SendAsync(HttpMethod.Post, "/api/v1/account/logout", origin: "null");
        await HttpAssert.ProblemAsync(logout, HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await _person.Client.GetAsync("/api/v1/history")).StatusCode);

        var sameSite = await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/abandon", site: "same-site");
        await HttpAssert.ProblemAsync(sameSite, HttpStatusCode.Forbidden);

        // From Supple's own pages the same requests go through.
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/abandon", origin: Own, site: "same-origin")).StatusCode);
        Assert.Contains("abandoned", await OutcomeAsync(id), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SendAsync(HttpMethod.Post, "/api/v1/disclaimer/acceptance", origin: Own)).StatusCode);
    }

    [Fact]
    public async Task A_form_posted_from_another_origin_is_refused_even_with_a_valid_token()
    {
        var token = await _person.AntiforgeryTokenAsync("/account/settings");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/account/settings?handler=Logout")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]),
        };
        request.Headers.Add("Origin", Evil);
        var response = await _person.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _person.Client.GetAsync("/account/settings")).StatusCode);
    }

    [Fact]
    public async Task Pages_and_api_answers_with_personal_data_are_never_stored_by_a_cache()
    {
        (await _person.Client.PostAsJsonAsync("/api/v1/pain", new { score = 3, note = "private" })).EnsureSuccessStatusCode();
        foreach (var path in new[] { "/", "/history", "/account/settings", "/api/v1/history", "/api/v1/pain", "/api/v1/stats", "/api/v1/export?format=csv", "/api/v1/account/manage/info" })
        {
            var response = await _person.Client.GetAsync(path);
            Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
            Assert.True(response.Headers.CacheControl?.NoStore == true, $"{path}: Cache-Control is '{response.Headers.CacheControl}'");
        }

        // Errors too (they may name what was asked for), but not the static files.
        Assert.True((await _person.Client.GetAsync("/api/v1/sessions/999999")).Headers.CacheControl?.NoStore == true);
        Assert.NotEqual(true, (await _person.Client.GetAsync("/css/site.css")).Headers.CacheControl?.NoStore);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string? origin = null, string? site = null, string? contentType = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        if (site is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", site);
        }

        if (contentType is not null)
        {
            request.Content = new StringContent("x", System.Text.Encoding.UTF8, contentType);
        }

        return await _person.Client.SendAsync(request);
    }

    private async Task<string> OutcomeAsync(long id)
    {
        using var json = JsonDocument.Parse(await _person.Client.GetStringAsync($"/api/v1/sessions/{id}"));
        return json.RootElement.GetProperty("outcome").ValueKind == JsonValueKind.Null ? "open" : json.RootElement.GetProperty("outcome").GetString()!;
    }
}
