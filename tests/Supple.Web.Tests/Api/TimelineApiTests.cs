using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

public sealed class TimelineApiTests : IAsyncLifetime
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
    public async Task The_timeline_is_the_core_compilers_output()
    {
        var programme = BuiltInProgramme.Instance;
        var expected = TimelineCompiler.Compile(programme, Routine.Only(programme, ["shoulder-blade-squeeze", "cat-camel"], DosageLevel.Gentle));

        var timeline = await _client.GetFromJsonAsync<JsonElement>(
            "/api/v1/timeline?level=gentle&only=shoulder-blade-squeeze,cat-camel", SuppleApp.Json);

        Assert.Equal("gentle", timeline.GetProperty("level").GetString());
        Assert.Equal(expected.TotalDuration.TotalSeconds, timeline.GetProperty("totalSeconds").GetDouble());
        var steps = timeline.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(expected.Steps.Count, steps.Count);
        for (var i = 0; i < steps.Count; i++)
        {
            Assert.Equal(expected.Steps[i].Duration.TotalSeconds, steps[i].GetProperty("durationSeconds").GetDouble());
            Assert.Equal(expected.Steps[i].StartsAt.TotalSeconds, steps[i].GetProperty("startsAtSeconds").GetDouble());
            Assert.Equal(expected.Steps[i].Instruction, steps[i].GetProperty("instruction").GetString());
            Assert.Equal(JsonNamingPolicy.KebabCaseLower.ConvertName(expected.Steps[i].Kind.ToString()), steps[i].GetProperty("kind").GetString());
        }
    }

    [Fact]
    public async Task Cat_camel_phases_show_their_own_picture_when_there_is_one()
    {
        var timeline = await _client.GetFromJsonAsync<JsonElement>("/api/v1/timeline?level=gentle&only=cat-camel", SuppleApp.Json);
        var flows = timeline.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("kind").GetString() == "flow").ToList();
        Assert.NotEmpty(flows);
        foreach (var step in flows)
        {
            var phase = step.GetProperty("phaseName").GetString()!.ToLowerInvariant();
            var picture = step.GetProperty("picture").GetString()!;
            var own = Path.Combine(AppContext.BaseDirectory, "wwwroot", "img", "stretches", $"cat-camel-{phase}.svg");
            Assert.Equal(File.Exists(own) ? $"/img/stretches/cat-camel-{phase}.svg" : "/img/stretches/cat-camel.svg", picture);
        }
    }

    [Theory]
    [InlineData("upper-trapezius-stretch")]
    [InlineData("seated-twist")]
    public async Task Each_sided_step_shows_the_picture_of_its_side_and_the_stretch_names_both(string id)
    {
        var timeline = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/timeline?level=gentle&only={id}", SuppleApp.Json);
        var stretch = timeline.GetProperty("stretches")[0];
        Assert.Equal($"/img/stretches/{id}-left.svg", stretch.GetProperty("sidePictures").GetProperty("left").GetString());
        Assert.Equal($"/img/stretches/{id}-right.svg", stretch.GetProperty("sidePictures").GetProperty("right").GetString());
        var sides = new HashSet<string>();
        var steps = timeline.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("stretchId").GetString() == id).ToList();
        foreach (var step in steps.Where(s => s.GetProperty("counters").ValueKind == JsonValueKind.Object))
        {
            var side = step.GetProperty("counters").GetProperty("side").GetString()!;
            sides.Add(side);
            Assert.Equal($"/img/stretches/{id}-{side}.svg", step.GetProperty("picture").GetString());
        }

        Assert.Equal(["left", "right"], sides.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_stretch_done_once_for_both_sides_has_no_side_pictures()
    {
        var timeline = await _client.GetFromJsonAsync<JsonElement>("/api/v1/timeline?level=gentle&only=chest-opener", SuppleApp.Json);
        Assert.Equal(JsonValueKind.Null, timeline.GetProperty("stretches")[0].GetProperty("sidePictures").ValueKind);
        Assert.All(timeline.GetProperty("steps").EnumerateArray().Where(s => s.GetProperty("stretchId").GetString() == "chest-opener"),
            step => Assert.Equal("/img/stretches/chest-opener.svg", step.GetProperty("picture").GetString()));
    }

    [Fact]
    public async Task Without_only_the_timeline_has_every_stretch_at_standard_level()
    {
        var timeline = await _client.GetFromJsonAsync<JsonElement>("/api/v1/timeline", SuppleApp.Json);
        Assert.Equal("standard", timeline.GetProperty("level").GetString());
        Assert.Equal(7, timeline.GetProperty("stretches").GetArrayLength());
    }

    [Fact]
    public async Task With_a_high_pain_before_the_timeline_is_the_gentle_one_the_session_would_play_with_its_advice()
    {
        var plain = await _client.GetFromJsonAsync<JsonElement>("/api/v1/timeline?level=full&only=cat-camel", SuppleApp.Json);
        var threshold = plain.GetProperty("gentleFromPain").GetInt32();
        Assert.Equal(Supple.Core.Safety.SafetyRules.HighPainBeforeSession, threshold);
        Assert.Equal("full", plain.GetProperty("routine")[0].GetProperty("level").GetString());

        var below = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/timeline?level=full&only=cat-camel&painBefore={threshold - 1}", SuppleApp.Json);
        Assert.Equal("full", below.GetProperty("routine")[0].GetProperty("level").GetString());
        var high = await _client.GetFromJsonAsync<JsonElement>($"/api/v1/timeline?level=full&only=cat-camel&painBefore={threshold + 1}", SuppleApp.Json);
        Assert.Equal("gentle", high.GetProperty("routine")[0].GetProperty("level").GetString());
        Assert.True(high.GetProperty("totalSeconds").GetDouble() < plain.GetProperty("totalSeconds").GetDouble());
        Assert.Contains(high.GetProperty("advice").EnumerateArray(), a => a.GetProperty("message").GetString()!.Contains($"{threshold + 1} out of 10", StringComparison.Ordinal));

        // The same routine a session started with that pain plays.
        var started = await _client.PostAsJsonAsync("/api/v1/sessions", new { level = "full", only = new[] { "cat-camel" }, painBefore = threshold + 1 }, SuppleApp.Json);
        var session = await started.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal(high.GetProperty("totalSeconds").GetDouble(), session.GetProperty("timeline").GetProperty("totalSeconds").GetDouble());
    }

    [Theory]
    [InlineData("/api/v1/timeline?painBefore=11", "painBefore")]
    [InlineData("/api/v1/timeline?painBefore=-1", "painBefore")]
    [InlineData("/api/v1/timeline?level=extreme", "level")]
    [InlineData("/api/v1/timeline?level=1", "level")]
    [InlineData("/api/v1/timeline?only=handstand", "only")]
    [InlineData("/api/v1/timeline?only=cat-camel&only=nope", "only")]
    public async Task Bad_queries_are_400_with_the_field(string url, string field)
    {
        var response = await _client.GetAsync(url);
        await HttpAssert.FieldErrorAsync(response, field);
    }

    [Fact]
    public async Task A_huge_only_list_is_refused()
    {
        var ids = string.Join(",", Enumerable.Range(0, 50).Select(i => $"x{i}"));
        var response = await _client.GetAsync($"/api/v1/timeline?only={ids}");
        await HttpAssert.FieldErrorAsync(response, "only");
    }
}
