using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Supple.Web.Tests.Api;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Contract;

/// <summary>
/// Every JSON body is read strictly, by one mechanism for every endpoint: a misspelled or unknown member, a number
/// in a string, a date and time without its offset, a member given twice or in another case are refused with a 400
/// that names the member (and the close known name), and nothing is stored. The reproductions of issue #13.
/// </summary>
public sealed class StrictRequestTests : ApiTestBase
{
    private async Task<HttpResponseMessage> SendAsync(string method, string url, string json)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        return await Client.SendAsync(request);
    }

    private async Task<string?> DailyAtAsync() =>
        (await Client.GetFromJsonAsync<JsonElement>("/api/v1/reminders")).GetProperty("dailyAt").GetString();

    [Theory]
    [InlineData("{\"daily_at\":\"08:30\"}", "daily_at", "dailyAt")]
    [InlineData("{\"dailyat\":\"08:30\"}", "dailyat", "dailyAt")]
    [InlineData("{}", "dailyAt", null)]
    public async Task A_put_of_the_reminder_that_does_not_name_dailyAt_is_refused_and_keeps_the_reminder(string body, string field, string? suggestion)
    {
        Assert.Equal(HttpStatusCode.OK, (await SendAsync("PUT", "/api/v1/reminders", "{\"dailyAt\":\"07:15\"}")).StatusCode);

        var messages = await HttpAssert.FieldErrorAsync(await SendAsync("PUT", "/api/v1/reminders", body), field);

        if (suggestion is not null)
        {
            Assert.Contains($"Did you mean '{suggestion}'?", messages[0], StringComparison.Ordinal);
        }

        Assert.Equal("07:15", await DailyAtAsync());
    }

    [Fact]
    public async Task A_misspelled_level_and_only_do_not_start_a_standard_session_of_all_seven()
    {
        var response = await PostRawAsync("/api/v1/sessions", "{\"levle\":\"gentle\",\"onyl\":[\"cat-camel\"]}");

        var messages = await HttpAssert.FieldErrorAsync(response, "levle");
        Assert.Equal("Unknown member 'levle'. Did you mean 'level'?", messages[0]);
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }

    [Fact]
    public async Task A_misspelled_step_end_is_refused_rather_than_stored_as_played()
    {
        var id = await StartSessionAsync();
        var response = await PostRawAsync($"/api/v1/sessions/{id}/steps", "{\"steps\":[{\"step\":0,\"edn\":\"hurt\",\"seconds\":3}]}");

        var messages = await HttpAssert.FieldErrorAsync(response, "steps[0].edn");
        Assert.Contains("Did you mean 'end'?", messages[0], StringComparison.Ordinal);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Empty(session.Stretches);
        Assert.Null(session.Hurt);
    }

    [Fact]
    public async Task A_snake_case_pain_after_is_refused_rather_than_finishing_with_no_pain()
    {
        var id = await StartSessionAsync();
        var response = await PostRawAsync($"/api/v1/sessions/{id}/finish", "{\"pain_after\":3}");

        var messages = await HttpAssert.FieldErrorAsync(response, "pain_after");
        Assert.Contains("Did you mean 'painAfter'?", messages[0], StringComparison.Ordinal);
        Assert.Null((await StoredHistoryAsync()).Sessions.Single().EndedAt);
    }

    [Fact]
    public async Task A_member_of_a_nested_record_is_named_with_its_place()
    {
        var body = $$"""{"startedAt":"{{Start.AddMinutes(-30):O}}","stretches":[{"stretchId":"cat-camel","repsDone":1,"setsDone":1,"secondsHeld":10,"skiped":true}]}""";
        var messages = await HttpAssert.FieldErrorAsync(await PostRawAsync("/api/v1/sessions/completed", body), "stretches[0].skiped");
        Assert.Contains("Did you mean 'skipped'?", messages[0], StringComparison.Ordinal);
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }

    [Fact]
    public async Task An_unknown_member_with_no_close_name_lists_the_members()
    {
        var messages = await HttpAssert.FieldErrorAsync(await PostRawAsync("/api/v1/pain", "{\"score\":3,\"mood\":\"fine\"}"), "mood");
        Assert.Equal("Unknown member 'mood'. The members are: score, at, area, note.", messages[0]);
    }

    [Theory]
    [InlineData("{\"score\":\"4\"}", "score", "This must be a whole number.")]
    [InlineData("{\"score\":4.0}", "score", "This must be a whole number.")]
    [InlineData("{\"score\":4,\"note\":7}", "note", "This must be a string.")]
    [InlineData("{\"score\":4,\"at\":\"2026-11-20T08:00:00\"}", "at", "This must be a date and time with its offset")]
    [InlineData("{\"score\":4,\"at\":\"2026-11-20\"}", "at", "This must be a date and time with its offset")]
    [InlineData("{\"score\":4,\"at\":1700000000}", "at", "This must be a date and time with its offset")]
    [InlineData("{\"score\":4,\"score\":5}", "score", "given twice")]
    [InlineData("{\"Score\":4}", "Score", "Did you mean 'score'?")]
    [InlineData("[4]", "body", "The body must be an object.")]
    public async Task A_value_of_the_wrong_type_is_refused_naming_the_member_and_what_it_must_be(string body, string field, string expected)
    {
        var messages = await HttpAssert.FieldErrorAsync(await PostRawAsync("/api/v1/pain", body), field);

        Assert.Contains(expected, messages[0], StringComparison.Ordinal);
        Assert.DoesNotContain("System.", messages[0], StringComparison.Ordinal);
        Assert.Empty((await StoredHistoryAsync()).PainEntries);
    }

    [Fact]
    public async Task A_start_time_without_an_offset_is_refused_and_one_with_an_offset_is_kept_as_that_instant()
    {
        await HttpAssert.FieldErrorAsync(await PostRawAsync("/api/v1/sessions", "{\"startedAt\":\"2026-11-20T08:00:00\"}"), "startedAt");
        Assert.Empty((await StoredHistoryAsync()).Sessions);

        var created = await PostRawAsync("/api/v1/sessions", "{\"startedAt\":\"2026-11-20T09:30:00+01:00\"}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 8, 30, 0, TimeSpan.Zero), (await StoredHistoryAsync()).Sessions.Single().StartedAt);
    }

    [Fact]
    public async Task A_query_value_of_the_wrong_type_names_the_parameter_without_a_dotnet_type()
    {
        var response = await Client.GetAsync("/api/v1/history?days=abc");

        var messages = await HttpAssert.FieldErrorAsync(response, "days");
        Assert.Equal("'abc' is not a whole number.", messages[0]);
        Assert.DoesNotContain("Nullable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_body_is_named_without_a_dotnet_type()
    {
        var response = await Client.PostAsync("/api/v1/pain", new StringContent("", Encoding.UTF8, "application/json"));

        var messages = await HttpAssert.FieldErrorAsync(response, "body");
        Assert.Equal("A JSON body is required.", messages[0]);
        Assert.DoesNotContain("PainEntryRequest", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
