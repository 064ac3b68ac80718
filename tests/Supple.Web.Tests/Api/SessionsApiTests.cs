using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

public sealed class SessionsApiTests : ApiTestBase
{
    private static object Squeeze(int reps = 10, int sets = 1, int seconds = 50, string? side = null) =>
        new { stretchId = "shoulder-blade-squeeze", side, repsDone = reps, setsDone = sets, secondsHeld = seconds, skipped = false };

    [Fact]
    public async Task A_whole_session_is_stored_as_it_happens()
    {
        var id = await StartSessionAsync();
        var history = await StoredHistoryAsync();
        var started = Assert.Single(history.Sessions);
        Assert.True(started.NeverFinished);
        Assert.Equal(4, started.PainBefore?.Value);
        Assert.Equal(DosageLevel.Gentle, started.Level);

        Time.Advance(TimeSpan.FromMinutes(2));
        var saved = await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze());
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        Time.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Created, (await PostAsync($"/api/v1/sessions/{id}/stretches",
            new { stretchId = "upper-trapezius-stretch", side = "right", repsDone = 2, setsDone = 1, secondsHeld = 40, skipped = false })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync($"/api/v1/sessions/{id}/stretches",
            new { stretchId = "upper-trapezius-stretch", side = "left", repsDone = 2, setsDone = 1, secondsHeld = 40, skipped = false })).StatusCode);

        var finished = await PostAsync($"/api/v1/sessions/{id}/finish", new { painAfter = 2 });
        Assert.Equal(HttpStatusCode.OK, finished.StatusCode);

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(2, session.PainAfter?.Value);
        Assert.Equal(Start + TimeSpan.FromMinutes(4), session.EndedAt);
        Assert.Equal(
            [("shoulder-blade-squeeze", Side.None, 10), ("upper-trapezius-stretch", Side.Right, 2), ("upper-trapezius-stretch", Side.Left, 2)],
            session.Stretches.Select(s => (s.StretchId, s.Side, s.RepsDone)));

        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(1, stats.GetProperty("currentStreak").GetInt32());
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
    }

    [Fact]
    public async Task The_open_session_is_offered_until_it_ends()
    {
        Assert.Equal(HttpStatusCode.NoContent, (await Client.GetAsync("/api/v1/sessions/open")).StatusCode);
        var id = await StartSessionAsync();
        await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze());

        var open = await Client.GetFromJsonAsync<JsonElement>("/api/v1/sessions/open", SuppleApp.Json);
        Assert.Equal(id, open.GetProperty("id").GetInt64());
        Assert.Equal("gentle", open.GetProperty("level").GetString());
        Assert.Equal("shoulder-blade-squeeze", Assert.Single(open.GetProperty("stretches").EnumerateArray()).GetProperty("stretchId").GetString());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/abandon", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await Client.GetAsync("/api/v1/sessions/open")).StatusCode);
        Assert.Equal(SessionOutcome.Abandoned, Assert.Single((await StoredHistoryAsync()).Sessions).Outcome);
    }

    [Fact]
    public async Task This_hurts_stops_the_session_and_advises_a_doctor()
    {
        var id = await StartSessionAsync();
        var response = await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { stretchId = "upper-trapezius-stretch", side = "left", painAfter = 8 });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal(BuiltInProgramme.Instance.StopRule, body.GetProperty("advice").GetString());
        Assert.Contains("doctor", body.GetProperty("advice").GetString(), StringComparison.Ordinal);

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal(new HurtReport("upper-trapezius-stretch", Side.Left, Start), session.Hurt);
        Assert.Equal(8, session.PainAfter?.Value);
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

    public static TheoryData<string, string> InvalidRecords => new()
    {
        { """{"side":"none","repsDone":1,"setsDone":1,"secondsHeld":5}""", "stretchId" },
        { """{"stretchId":"handstand","repsDone":1,"setsDone":1,"secondsHeld":5}""", "stretchId" },
        { """{"stretchId":"upper-trapezius-stretch","repsDone":1,"setsDone":1,"secondsHeld":20}""", "side" },
        { """{"stretchId":"shoulder-blade-squeeze","side":"left","repsDone":1,"setsDone":1,"secondsHeld":5}""", "side" },
        { """{"stretchId":"shoulder-blade-squeeze","side":"up","repsDone":1,"setsDone":1,"secondsHeld":5}""", "side" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":16,"setsDone":1,"secondsHeld":50}""", "repsDone" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":-1,"setsDone":1,"secondsHeld":50}""", "repsDone" },
        { """{"stretchId":"shoulder-blade-squeeze","setsDone":1,"secondsHeld":50}""", "repsDone" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":10,"setsDone":2,"secondsHeld":50}""", "setsDone" },
        { """{"stretchId":"seated-twist","side":"left","repsDone":1,"setsDone":4,"secondsHeld":50}""", "setsDone" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":10,"setsDone":1,"secondsHeld":151}""", "secondsHeld" },
        { """{"stretchId":"cat-camel","repsDone":12,"setsDone":1,"secondsHeld":73}""", "secondsHeld" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":10,"setsDone":1,"secondsHeld":50,"at":"2026-11-20T09:30:00Z"}""", "at" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":10,"setsDone":1,"secondsHeld":50,"at":"2026-11-20T08:00:00Z"}""", "at" },
        { """{"stretchId":"shoulder-blade-squeeze","repsDone":"ten","setsDone":1,"secondsHeld":50}""", "repsDone" },
    };

    [Theory]
    [MemberData(nameof(InvalidRecords))]
    public async Task An_invalid_stretch_record_is_400_with_the_field_and_stores_nothing(string json, string field)
    {
        var id = await StartSessionAsync();
        var response = await PostRawAsync($"/api/v1/sessions/{id}/stretches", json);
        await HttpAssert.FieldErrorAsync(response, field);
        Assert.Empty(Assert.Single((await StoredHistoryAsync()).Sessions).Stretches);
    }

    [Fact]
    public async Task The_most_the_dosage_allows_is_accepted()
    {
        var id = await StartSessionAsync();
        var response = await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze(reps: 15, sets: 1, seconds: 150));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var twist = await PostAsync($"/api/v1/sessions/{id}/stretches",
            new { stretchId = "seated-twist", side = "left", repsDone = 1, setsDone = 3, secondsHeld = 90, skipped = false });
        Assert.Equal(HttpStatusCode.Created, twist.StatusCode);
    }

    [Fact]
    public async Task A_stretch_side_is_saved_once()
    {
        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.Created, (await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze())).StatusCode);
        await HttpAssert.ProblemAsync(await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze()), HttpStatusCode.Conflict);
        Assert.Single(Assert.Single((await StoredHistoryAsync()).Sessions).Stretches);
    }

    [Fact]
    public async Task Nothing_can_be_saved_in_an_unknown_or_finished_session()
    {
        await HttpAssert.ProblemAsync(await PostAsync("/api/v1/sessions/999/stretches", Squeeze()), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await PostAsync("/api/v1/sessions/999/finish", new { }), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/sessions/999"), HttpStatusCode.NotFound);

        var id = await StartSessionAsync();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync($"/api/v1/sessions/{id}/finish", new { })).StatusCode);
        await HttpAssert.ProblemAsync(await PostAsync($"/api/v1/sessions/{id}/stretches", Squeeze()), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await PostAsync($"/api/v1/sessions/{id}/finish", new { }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(
            await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { stretchId = "cat-camel" }), HttpStatusCode.Conflict);
        await HttpAssert.ProblemAsync(await PostAsync($"/api/v1/sessions/{id}/abandon", new { }), HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("finish", """{"painAfter":11}""", "painAfter")]
    [InlineData("finish", """{"painAfter":-3}""", "painAfter")]
    [InlineData("finish", """{"endedAt":"2026-11-21T09:00:00Z"}""", "endedAt")]
    [InlineData("finish", """{"endedAt":"2026-11-19T09:00:00Z"}""", "endedAt")]
    [InlineData("stop-for-pain", """{"side":"left"}""", "stretchId")]
    [InlineData("stop-for-pain", """{"stretchId":"cat-camel","side":"left"}""", "side")]
    [InlineData("stop-for-pain", """{"stretchId":"cat-camel","painAfter":12}""", "painAfter")]
    [InlineData("stop-for-pain", """{"stretchId":"cat-camel","at":"2026-11-21T09:00:00Z"}""", "at")]
    public async Task Invalid_endings_are_400_and_leave_the_session_open(string action, string json, string field)
    {
        var id = await StartSessionAsync();
        await HttpAssert.FieldErrorAsync(await PostRawAsync($"/api/v1/sessions/{id}/{action}", json), field);
        Assert.True(Assert.Single((await StoredHistoryAsync()).Sessions).NeverFinished);
    }
}
