using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>
/// The API in the request's language: stretch names, steps and cues translated, the structure (steps, durations,
/// kinds, sides) the same in every language, so steps reported in one language fold into the same records.
/// </summary>
public sealed class TimelineLanguageTests : ApiTestBase
{
    private const string Only = "shoulder-blade-squeeze,upper-trapezius-stretch,cat-camel";

    private async Task<JsonElement> SendAsync(HttpMethod method, string url, string? language, object? body = null)
    {
        using var request = new HttpRequestMessage(method, url);
        if (language is not null)
        {
            request.Headers.AcceptLanguage.ParseAdd(language);
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body, options: SuppleApp.Json);
        }

        using var response = await Client.SendAsync(request);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
    }

    private static IEnumerable<string> Structure(JsonElement timeline) =>
        timeline.GetProperty("steps").EnumerateArray().Select(s =>
            $"{s.GetProperty("kind").GetString()} {s.GetProperty("durationSeconds").GetDouble()} {s.GetProperty("stretchIndex").GetInt32()}");

    [Fact]
    public async Task A_French_timeline_has_French_names_and_the_same_steps_as_the_English_one()
    {
        var english = await SendAsync(HttpMethod.Get, $"/api/v1/timeline?level=gentle&only={Only}", null);
        var french = await SendAsync(HttpMethod.Get, $"/api/v1/timeline?level=gentle&only={Only}", "fr");

        Assert.Equal(["Shoulder blade squeeze", "Upper trapezius stretch", "Cat-camel stretch"],
            english.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        var names = french.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("name").GetString()!).ToList();
        Assert.Equal(3, names.Count);
        Assert.DoesNotContain(names, n => english.GetProperty("stretches").EnumerateArray().Any(e => e.GetProperty("name").GetString() == n));
        Assert.NotEqual(english.GetProperty("steps")[0].GetProperty("instruction").GetString(), french.GetProperty("steps")[0].GetProperty("instruction").GetString());
        Assert.Equal(Structure(english), Structure(french));
        Assert.Equal(english.GetProperty("routine").GetRawText(), french.GetProperty("routine").GetRawText());

        var stretch = await SendAsync(HttpMethod.Get, "/api/v1/stretches/childs-pose", "fr");
        Assert.Equal("Posture de l'enfant", stretch.GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_session_started_in_French_folds_steps_reported_in_English_into_the_same_records()
    {
        var session = await SendAsync(HttpMethod.Post, "/api/v1/sessions", "fr",
            new { level = "gentle", only = Only.Split(','), painBefore = 4 });
        var timeline = session.GetProperty("timeline");
        Assert.Equal("Serrage des omoplates", timeline.GetProperty("stretches")[0].GetProperty("name").GetString());
        var id = session.GetProperty("id").GetInt64();
        var done = timeline.GetProperty("steps").GetArrayLength() - 1;

        for (var step = 0; step < done; step++)
        {
            Time.Advance(TimeSpan.FromSeconds(5));
            await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/steps", step % 2 == 0 ? "en" : "de", new { steps = new[] { new { step, end = "played", seconds = 0.0 } } });
        }

        await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/steps", "es", new { steps = new[] { new { step = done, end = "played", seconds = 0.0 } } });
        var open = await SendAsync(HttpMethod.Get, $"/api/v1/sessions/{id}", "de");
        Assert.Equal(Structure(timeline), Structure(open.GetProperty("timeline")));
        await SendAsync(HttpMethod.Post, $"/api/v1/sessions/{id}/finish", "en", new { painAfter = 2 });

        var stored = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, stored.Outcome);
        Assert.Equal("built-in", stored.ProgrammeName);
        Assert.Equal(
            [
                new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Right, 2, 1, 40, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 40, false, false),
                new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false),
            ],
            stored.Stretches);
        Assert.Equal(HttpStatusCode.OK, (await Client.GetAsync($"/api/v1/sessions/{id}")).StatusCode);
    }
}
