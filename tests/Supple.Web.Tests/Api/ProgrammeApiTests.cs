using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

public sealed class ProgrammeApiTests : IAsyncLifetime
{
    private SuppleApp _app = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _app = await SuppleApp.StartInMemoryAsync();
        _client = _app.CreateClient();
    }

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Stretches_are_the_seven_of_the_programme_in_order()
    {
        var stretches = await _client.GetFromJsonAsync<JsonElement[]>("/api/v1/stretches", SuppleApp.Json);
        Assert.NotNull(stretches);
        Assert.Equal(
            BuiltInProgramme.Instance.Stretches.Select(s => s.Id),
            stretches.Select(s => s.GetProperty("id").GetString()));
        Assert.Equal(7, stretches.Length);
    }

    [Fact]
    public async Task A_stretch_carries_its_dosage_with_enums_as_words()
    {
        var stretch = await _client.GetFromJsonAsync<JsonElement>("/api/v1/stretches/upper-trapezius-stretch", SuppleApp.Json);
        var dosage = stretch.GetProperty("dosage");
        Assert.Equal(20, dosage.GetProperty("hold").GetProperty("min").GetInt32());
        Assert.Equal(30, dosage.GetProperty("hold").GetProperty("max").GetInt32());
        Assert.Equal("right-then-left", dosage.GetProperty("sides").GetString());
        Assert.Equal([6], stretch.GetProperty("referenceNumbers").EnumerateArray().Select(e => e.GetInt32()));
    }

    [Fact]
    public async Task An_unknown_stretch_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/stretches/handstand");
        var problem = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("handstand", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/v1/causes", 7)]
    [InlineData("/api/v1/benefits", 5)]
    [InlineData("/api/v1/references", 7)]
    public async Task Lists_of_the_programme_are_complete(string url, int count)
    {
        var items = await _client.GetFromJsonAsync<JsonElement[]>(url, SuppleApp.Json);
        Assert.NotNull(items);
        Assert.Equal(count, items.Length);
    }

    [Fact]
    public async Task The_disclaimer_and_the_stop_rule_are_served()
    {
        var disclaimer = await _client.GetFromJsonAsync<JsonElement>("/api/v1/disclaimer", SuppleApp.Json);
        Assert.Equal(BuiltInProgramme.Instance.Disclaimer, disclaimer.GetProperty("disclaimer").GetString());
        Assert.Contains("doctor", disclaimer.GetProperty("stopRule").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_describes_the_api()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/api/v1/timeline", out _));
        Assert.True(paths.TryGetProperty("/api/v1/stretches/{id}", out _));
        foreach (var path in new[] { "/api/v1/sessions", "/api/v1/sessions/open", "/api/v1/sessions/{id}/steps", "/api/v1/sessions/{id}/stop-for-pain",
                     "/api/v1/sessions/completed", "/api/v1/assessment/gate", "/api/v1/assessment/clearance", "/api/v1/pain", "/api/v1/history", "/api/v1/stats", "/api/v1/disclaimer/acceptance" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is not in the OpenAPI document.");
        }

        var record = paths.GetProperty("/api/v1/sessions/{id}/steps").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "200", "400", "404", "409" })
        {
            Assert.True(record.TryGetProperty(status, out _), $"POST .../steps documents no {status} response.");
        }
    }

    [Fact]
    public async Task The_interactive_docs_are_at_docs()
    {
        var response = await _client.GetAsync("/docs");
        if (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.MovedPermanently)
        {
            response = await _client.GetAsync(response.Headers.Location);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_api_path_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/v1/nothing-here");
        await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
    }
}
