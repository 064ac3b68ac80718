using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Supple.Web.Tests.Accounts;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.ScaleOut;

/// <summary>
/// Two real <c>supple serve --multi-user</c> processes on two loopback ports over one PostgreSQL database, with a
/// user's requests alternating between them: what one server issues (cookie, bearer token, antiforgery token) the
/// other accepts, because nothing lives in one process that the other needs.
/// </summary>
public sealed partial class TwoInstanceTests : IAsyncLifetime
{
    private const string Password = "two servers one database";
    private readonly PostgreSqlTestDatabase _db = new();
    private ServeProcess _one = null!;
    private ServeProcess _two = null!;

    public async Task InitializeAsync()
    {
        await _db.InitializeAsync();
        var one = ServeProcess.StartAsync(_db.ConnectionString);
        var two = ServeProcess.StartAsync(_db.ConnectionString);
        _one = await one;
        _two = await two;
    }

    public async Task DisposeAsync()
    {
        if (_one is not null)
        {
            await _one.DisposeAsync();
        }

        if (_two is not null)
        {
            await _two.DisposeAsync();
        }

        await _db.DisposeAsync();
    }

    [Fact]
    public async Task Sign_in_on_one_record_on_the_other_read_on_the_first()
    {
        var cookies = new CookieContainer();
        using var one = Client(_one, cookies);
        using var two = Client(_two, cookies);

        // Register with the browser form: the antiforgery token comes from server one, the form goes to server two.
        var form = await one.GetStringAsync("/account/register");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        Assert.NotEmpty(token);
        var registered = await two.PostAsync("/account/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = "scale@example.org",
            ["Password"] = Password,
            ["Confirm"] = Password,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.True(registered.StatusCode == HttpStatusCode.Redirect, $"register on two with one's form: {(int)registered.StatusCode} {await registered.Content.ReadAsStringAsync()}\n{_two.Output}");

        // The cookie server two issued works on server one, and the other way round, request after request.
        Assert.Contains("scale@example.org", await one.GetStringAsync("/account/settings"), StringComparison.Ordinal);
        await OkAsync(one.PostAsJsonAsync("/api/v1/disclaimer/acceptance", new { }));
        var started = await two.PostAsJsonAsync("/api/v1/sessions", new { level = "gentle", only = new[] { "childs-pose" }, painBefore = 5 });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        using var session = JsonDocument.Parse(await started.Content.ReadAsStringAsync());
        var id = session.RootElement.GetProperty("id").GetInt64();
        await SessionBodies.PlayAllAsync(one, id);
        await OkAsync(two.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 2 }));
        await OkAsync(two.PostAsJsonAsync("/api/v1/pain", new { score = 3, note = "written on two" }));

        var history = await one.GetStringAsync("/api/v1/history?days=30");
        Assert.Contains("written on two", history, StringComparison.Ordinal);
        using var read = JsonDocument.Parse(await one.GetStringAsync($"/api/v1/sessions/{id}"));
        Assert.Equal("completed", read.RootElement.GetProperty("outcome").GetString());
        Assert.Equal("childs-pose", read.RootElement.GetProperty("stretches")[0].GetProperty("stretchId").GetString());
        Assert.DoesNotContain("not ready at start-up", _one.Output + _two.Output, StringComparison.Ordinal);

        // A bearer token from server two works on server one.
        using var api = new HttpClient { BaseAddress = _two.BaseAddress };
        var bearer = await MultiUserApp.SignInAsync(api, "scale@example.org", Password);
        using var apiOne = new HttpClient { BaseAddress = _one.BaseAddress };
        apiOne.DefaultRequestHeaders.Authorization = new("Bearer", bearer);
        Assert.Contains("written on two", await apiOne.GetStringAsync("/api/v1/pain?days=30"), StringComparison.Ordinal);

        // Sign out on one: the cookie is gone for both.
        var settings = await one.GetStringAsync("/account/settings");
        var logout = await one.PostAsync("/account/settings?handler=Logout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken().Match(settings).Groups[1].Value,
        }));
        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await two.GetAsync("/api/v1/history")).StatusCode);
    }

    [Fact]
    public async Task Stopping_one_server_gracefully_leaves_the_other_serving()
    {
        using var one = new HttpClient { BaseAddress = _one.BaseAddress };
        await one.PostAsJsonAsync("/api/v1/account/register", new { email = "stays@example.org", password = Password });
        var exit = await _two.StopGracefullyAsync();
        Assert.True(exit == 0, $"supple serve exited with {exit} on SIGTERM:\n{_two.Output}");
        Assert.Contains("Supple has stopped.", _two.Output, StringComparison.Ordinal);
        one.DefaultRequestHeaders.Authorization = new("Bearer", await MultiUserApp.SignInAsync(one, "stays@example.org", Password));
        Assert.Equal(HttpStatusCode.OK, (await one.GetAsync("/api/v1/history")).StatusCode);
    }

    private async Task OkAsync(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, $"{response.RequestMessage!.RequestUri}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}\n{_one.Output}\n{_two.Output}");
    }

    private static HttpClient Client(ServeProcess server, CookieContainer cookies) =>
        new(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
