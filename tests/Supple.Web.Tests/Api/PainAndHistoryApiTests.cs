using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.History;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

public sealed class PainAndHistoryApiTests : ApiTestBase
{
    [Fact]
    public async Task A_pain_entry_is_stored_and_listed()
    {
        var response = await PostAsync("/api/v1/pain", new { score = 6, area = "neck", note = "  after a long drive " });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var stored = Assert.Single((await StoredHistoryAsync()).PainEntries);
        Assert.Equal(6, stored.Score.Value);
        Assert.Equal(BodyArea.Neck, stored.Area);
        Assert.Equal("after a long drive", stored.Note);
        Assert.Equal(Start, stored.At);

        var listed = await Client.GetFromJsonAsync<JsonElement[]>("/api/v1/pain", SuppleApp.Json);
        Assert.Equal(6, Assert.Single(listed!).GetProperty("score").GetInt32());
    }

    [Theory]
    [InlineData("""{}""", "score")]
    [InlineData("""{"score":11}""", "score")]
    [InlineData("""{"score":-1}""", "score")]
    [InlineData("""{"score":3.5}""", "score")]
    [InlineData("""{"score":3,"at":"2026-11-20T10:00:00Z"}""", "at")]
    [InlineData("""{"score":3,"area":"knee"}""", "area")]
    public async Task An_invalid_pain_entry_is_400_with_the_field_and_stores_nothing(string json, string field)
    {
        await HttpAssert.FieldErrorAsync(await PostRawAsync("/api/v1/pain", json), field);
        Assert.Empty((await StoredHistoryAsync()).PainEntries);
    }

    [Fact]
    public async Task A_note_longer_than_the_limit_is_refused()
    {
        var note = new string('a', PainEntry.MaxNoteLength + 1);
        await HttpAssert.FieldErrorAsync(await PostAsync("/api/v1/pain", new { score = 3, note }), "note");
        Assert.Empty((await StoredHistoryAsync()).PainEntries);
    }

    [Fact]
    public async Task A_body_over_the_size_limit_is_413_problem()
    {
        var note = new string('a', 100_000);
        var response = await PostAsync("/api/v1/pain", new { score = 3, note });
        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Empty((await StoredHistoryAsync()).PainEntries);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await PostRawAsync("/api/v1/pain", """{"score": 3""");
        await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("/api/v1/history?days=0", "days")]
    [InlineData("/api/v1/history?days=5000", "days")]
    [InlineData("/api/v1/pain?days=-2", "days")]
    public async Task Bad_windows_are_400(string url, string field) =>
        await HttpAssert.FieldErrorAsync(await Client.GetAsync(url), field);

    [Fact]
    public async Task A_window_that_is_not_a_number_is_a_400_problem() =>
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/history?days=many"), HttpStatusCode.BadRequest);

    [Fact]
    public async Task History_lists_practised_days_sessions_and_pain()
    {
        await SessionBodies.PlayedSessionAsync(Client, ["cat-camel"], painBefore: 4, painAfter: 3);
        Time.Advance(TimeSpan.FromDays(1));
        var skipped = await SessionBodies.StartAsync(Client, new { level = "gentle", only = new[] { "cat-camel" } });
        (await PostAsync($"/api/v1/sessions/{skipped}/steps", new { steps = new[] { new { step = 0, end = "skipped-stretch" } } })).EnsureSuccessStatusCode();
        await PostAsync("/api/v1/pain", new { score = 2 });

        var history = await Client.GetFromJsonAsync<JsonElement>("/api/v1/history?days=30", SuppleApp.Json);
        Assert.Equal(["2026-11-20"], history.GetProperty("practisedDays").EnumerateArray().Select(d => d.GetString()));
        var sessions = history.GetProperty("sessions").EnumerateArray().ToList();
        Assert.Equal(2, sessions.Count);
        Assert.Equal(JsonValueKind.Null, sessions[0].GetProperty("outcome").ValueKind);
        Assert.Equal("completed", sessions[1].GetProperty("outcome").GetString());
        Assert.Equal(2, history.GetProperty("pain")[0].GetProperty("score").GetInt32());
    }

    [Fact]
    public async Task The_disclaimer_is_accepted_once()
    {
        var before = await Client.GetFromJsonAsync<JsonElement>("/api/v1/disclaimer/acceptance", SuppleApp.Json);
        Assert.False(before.GetProperty("accepted").GetBoolean());

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/api/v1/disclaimer/acceptance", new { })).StatusCode);
        Time.Advance(TimeSpan.FromHours(1));
        await PostAsync("/api/v1/disclaimer/acceptance", new { });

        var after = await Client.GetFromJsonAsync<JsonElement>("/api/v1/disclaimer/acceptance", SuppleApp.Json);
        Assert.True(after.GetProperty("accepted").GetBoolean());
        Assert.Equal(Start, after.GetProperty("acceptedAt").GetDateTimeOffset());
    }
}
