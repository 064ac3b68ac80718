using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Safety;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>
/// Guided sessions through the API's step protocol: the server decides what is played, the client reports how each
/// step ended, and the server folds the steps into records with Core's fold. Figures are worked out from the timeline
/// of the default session (gentle: shoulder blade squeeze, upper trapezius stretch, cat-camel).
/// </summary>
public sealed class SessionsApiTests : ApiTestBase
{
    // Steps of the default session: 0 get into position, 1–19 the squeeze (10 holds of 5 s with releases),
    // 20 get into position, 21–27 the trapezius (R, switch, L, switch, R, switch, L), 28 get into position,
    // 29–48 cat-camel (10 × cat + camel), 49 done.
    private const int TrapeziusFirst = 20;
    private const int CatCamelFirst = 28;
    private const int Done = 49;

    private static object Step(int step, string end = "played", double seconds = 0) => new { step, end, seconds };

    private Task<HttpResponseMessage> ReportAsync(long id, params object[] steps) => PostAsync($"/api/v1/sessions/{id}/steps", new { steps });

    private static IEnumerable<object> Played(int from, int to) => Enumerable.Range(from, to - from).Select(i => Step(i));

    [Fact]
    public async Task Starting_answers_with_the_timeline_to_play_and_stores_the_session_at_once()
    {
        var response = await PostAsync("/api/v1/sessions", new { level = "gentle", only = new[] { "shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel" }, painBefore = 4 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var session = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        var timeline = session.GetProperty("timeline");
        Assert.Equal(Done + 1, timeline.GetProperty("steps").GetArrayLength());
        Assert.Equal("get-into-position", timeline.GetProperty("steps")[0].GetProperty("kind").GetString());
        Assert.Equal("right-then-left", timeline.GetProperty("stretches")[1].GetProperty("sides").GetString());
        Assert.Equal(0, session.GetProperty("nextStep").GetInt32());
        Assert.Equal(["gentle", "gentle", "gentle"], timeline.GetProperty("routine").EnumerateArray().Select(i => i.GetProperty("level").GetString()));

        var stored = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.True(stored.NeverFinished);
        Assert.Equal(4, stored.PainBefore?.Value);
        Assert.Equal(DosageLevel.Gentle, stored.Level);
    }

    [Fact]
    public async Task Steps_reported_one_by_one_are_folded_into_records_and_the_done_step_completes_the_session()
    {
        var id = await StartSessionAsync();
        foreach (var step in Played(0, Done))
        {
            Time.Advance(TimeSpan.FromSeconds(5));
            Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, step)).StatusCode);
        }

        var before = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.True(before.NeverFinished);
        Assert.Equal(
            [
                new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Right, 2, 1, 40, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 40, false, false),
                new StretchRecord("cat-camel", Side.None, 10, 1, 60, false, false),
            ],
            before.Stretches);

        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, Step(Done))).StatusCode);
        var finished = await PostAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 2 });
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(2, session.PainAfter?.Value);

        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(1, stats.GetProperty("currentStreak").GetInt32());
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task A_step_dated_before_the_start_by_a_device_clock_that_is_behind_is_kept_not_refused()
    {
        var id = await StartSessionAsync();
        var behind = Time.GetUtcNow().AddHours(-2);
        var steps = Enumerable.Range(0, TrapeziusFirst).Select(i => new { step = i, end = "played", seconds = 5.0, at = behind }).ToArray();

        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, steps)).StatusCode);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal("shoulder-blade-squeeze", Assert.Single(session.Stretches).StretchId);
    }

    [Fact]
    public async Task Steps_sent_again_are_skipped_and_a_contradicting_one_is_refused()
    {
        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, [.. Played(0, TrapeziusFirst)])).StatusCode);
        // A retry of the same steps (the answer was lost): nothing twice.
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, [.. Played(0, TrapeziusFirst)])).StatusCode);
        Assert.Single(Assert.Single((await StoredHistoryAsync()).Sessions).Stretches);

        await HttpAssert.FieldErrorAsync(await ReportAsync(id, Step(3, "skipped")), "steps");
        await HttpAssert.FieldErrorAsync(await ReportAsync(id, Step(TrapeziusFirst + 2)), "steps"); // a gap
        Assert.Single(Assert.Single((await StoredHistoryAsync()).Sessions).Stretches);
    }

    [Fact]
    public async Task The_same_client_id_is_the_same_session()
    {
        var clientId = Guid.NewGuid();
        var first = await PostAsync("/api/v1/sessions", new { clientId, level = "gentle", painBefore = 3 });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var again = await PostAsync("/api/v1/sessions", new { clientId, level = "gentle", painBefore = 3 });
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json)).GetProperty("id").GetInt64(),
            (await again.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json)).GetProperty("id").GetInt64());
        Assert.Equal(clientId, Assert.Single((await StoredHistoryAsync()).Sessions).Id);
    }

    [Fact]
    public async Task This_hurts_while_getting_into_position_is_recorded_on_the_stretch_about_to_start()
    {
        // Reproduction 3 of issue 12 through the API: the upper trapezius stretch alone, "this hurts" during
        // "get into position", before a side has started. It used to answer 400 ("side must be left or right").
        var id = await StartSessionAsync(new { level = "gentle", only = new[] { "upper-trapezius-stretch" } });
        Time.Advance(TimeSpan.FromSeconds(4));
        var response = await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { seconds = 4 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal(SafetyMessages.StoppedForPain, body.GetProperty("advice").GetString());
        Assert.Equal("stopped-for-pain", body.GetProperty("session").GetProperty("outcome").GetString());

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal(new HurtReport("upper-trapezius-stretch", Side.Right, Start.AddSeconds(4)), session.Hurt);
        Assert.Equal([new StretchRecord("upper-trapezius-stretch", Side.Right, 0, 0, 0, false, true, Partial: true)], session.Stretches);

        // The pain score given on the stopped screen is the session's pain after, once.
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { painAfter = 6 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { painAfter = 9 })).StatusCode);
        Assert.Equal(6, Assert.Single((await StoredHistoryAsync()).Sessions).PainAfter?.Value);
    }

    [Fact]
    public async Task A_hurt_step_reported_by_the_player_is_the_same_stop_as_stop_for_pain()
    {
        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, [.. Played(0, TrapeziusFirst + 2), Step(TrapeziusFirst + 2, "hurt", 1)])).StatusCode);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        // The hurt came in the switch to the left side: the right side did its first hold, the left none.
        Assert.Equal(new HurtReport("upper-trapezius-stretch", Side.Left, session.Hurt!.At), session.Hurt);
        Assert.Equal(
            [
                new StretchRecord("shoulder-blade-squeeze", Side.None, 10, 1, 50, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Right, 1, 0, 20, false, false, Partial: true),
                new StretchRecord("upper-trapezius-stretch", Side.Left, 0, 0, 0, false, true, Partial: true),
            ],
            session.Stretches);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { })).StatusCode);
        Assert.Equal(SessionOutcome.StoppedForPain, Assert.Single((await StoredHistoryAsync()).Sessions).Outcome);
    }

    [Fact]
    public async Task Putting_a_session_aside_keeps_the_stretch_in_progress_as_cut_short_and_makes_no_practised_day()
    {
        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await ReportAsync(id, [.. Played(0, 5)])).StatusCode);
        var open = await Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions/open", SuppleApp.Json);
        Assert.Equal(id, open.GetProperty("id").GetInt64());
        Assert.Equal(5, open.GetProperty("nextStep").GetInt32());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/abandon", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.GetAsync("/api/v1/sessions/open")).StatusCode);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Abandoned, session.Outcome);
        Assert.Equal([new StretchRecord("shoulder-blade-squeeze", Side.None, 2, 0, 10, false, false, Partial: true)], session.Stretches);
        Assert.False(session.CountsAsPractice);
        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(0, stats.GetProperty("currentStreak").GetInt32());
    }

    [Theory]
    [InlineData("""{"level":"extreme"}""", "level")]
    [InlineData("""{"only":["handstand"]}""", "only")]
    [InlineData("""{"painBefore":11}""", "painBefore")]
    [InlineData("""{"painBefore":-1}""", "painBefore")]
    [InlineData("""{"startedAt":"2026-11-20T10:00:00Z"}""", "startedAt")]
    [InlineData("""{"painBefore":"high"}""", "painBefore")]
    public async Task An_invalid_start_is_400_with_the_field_and_stores_nothing(string json, string field)
    {
        var response = await PostRawAsync("/api/v1/sessions", json);
        await HttpAssert.FieldErrorAsync(response, field);
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }

    [Theory]
    [InlineData("""{"steps":[]}""", "steps")]
    [InlineData("""{"steps":[{"end":"played"}]}""", "steps[0].step")]
    [InlineData("""{"steps":[{"step":0,"end":"rested"}]}""", "steps[0].end")]
    [InlineData("""{"steps":[{"step":0,"end":"played","seconds":-1}]}""", "steps[0].seconds")]
    [InlineData("""{"steps":[{"step":0,"end":"played","at":"2026-11-21T09:00:00Z"}]}""", "steps[0].at")]
    [InlineData("""{"steps":[{"step":1,"end":"played"}]}""", "steps")]
    [InlineData("""{"steps":[{"step":"one","end":"played"}]}""", "steps[0].step")]
    public async Task Invalid_steps_are_400_with_the_field_and_store_nothing(string json, string field)
    {
        var id = await StartSessionAsync();
        await HttpAssert.FieldErrorAsync(await PostRawAsync($"/api/v1/sessions/{id}/steps", json), field);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Empty(session.Stretches);
        Assert.True(session.NeverFinished);
    }

    [Fact]
    public async Task Nothing_new_can_be_saved_in_an_unknown_or_ended_session_and_repeating_an_end_changes_nothing()
    {
        await HttpAssert.ProblemAsync(await ReportAsync(999, Step(0)), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await PostAsync("/api/v1/sessions/999/finish", new { }), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/sessions/999"), HttpStatusCode.NotFound);

        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/finish", new { })).StatusCode);
        await HttpAssert.ProblemAsync(await ReportAsync(id, Step(0)), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/finish", new { })).StatusCode);
        await HttpAssert.ProblemAsync(await PostAsync($"/api/v1/sessions/{id}/abandon", new { }), HttpStatusCode.Conflict);
        Assert.Equal(SessionOutcome.Abandoned, Assert.Single((await StoredHistoryAsync()).Sessions).Outcome);
    }

    [Theory]
    [InlineData("finish", """{"painAfter":11}""", "painAfter")]
    [InlineData("finish", """{"painAfter":-3}""", "painAfter")]
    [InlineData("finish", """{"endedAt":"2026-11-21T09:00:00Z"}""", "endedAt")]
    [InlineData("finish", """{"endedAt":"2026-11-19T09:00:00Z"}""", "endedAt")]
    [InlineData("stop-for-pain", """{"painAfter":12}""", "painAfter")]
    [InlineData("stop-for-pain", """{"seconds":-2}""", "seconds")]
    [InlineData("stop-for-pain", """{"at":"2026-11-21T09:00:00Z"}""", "at")]
    public async Task Invalid_endings_are_400_and_leave_the_session_open(string action, string json, string field)
    {
        var id = await StartSessionAsync();
        await HttpAssert.FieldErrorAsync(await PostRawAsync($"/api/v1/sessions/{id}/{action}", json), field);
        Assert.True(Assert.Single((await StoredHistoryAsync()).Sessions).NeverFinished);
    }
}
