using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Supple.Core.Reminders;
using Supple.Core.Safety;
using Supple.Data;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>Today's stretches from the saved plan with Core's safety rules applied, its timeline, and the daily reminder.</summary>
public sealed class PlanAndRemindersApiTests : ApiTestBase
{
    private async Task MakePlanAsync(bool posture = true)
    {
        var flags = new JsonObject();
        foreach (var flag in RedFlags.All)
        {
            flags[flag.Id] = false;
        }

        var answers = new JsonObject
        {
            ["screenHoursPerDay"] = 2,
            ["poorPosture"] = posture,
            ["stress"] = false,
            ["repetitiveStrain"] = false,
            ["recentInjuryOrFall"] = false,
            ["ageRelatedStiffness"] = false,
            ["props"] = new JsonArray("chair", "foam-roller", "floor-space"),
            ["redFlags"] = flags,
        };
        var response = await PostRawAsync("/api/v1/assessment", answers.ToJsonString());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>A session with one stretch done, on its own day after the plan.</summary>
    private async Task SessionAsync(string stretchId, int painBefore, int painAfter, bool hurt = false)
    {
        Time.Advance(TimeSpan.FromDays(1));
        var id = await StartSessionAsync(new { level = "gentle", only = new[] { stretchId }, painBefore });
        if (hurt)
        {
            var stop = await PostAsync($"/api/v1/sessions/{id}/stop-for-pain", new { painAfter });
            Assert.True(stop.IsSuccessStatusCode, await stop.Content.ReadAsStringAsync());
            return;
        }

        await SessionBodies.PlayAllAsync(Client, id);
        var finish = await PostAsync($"/api/v1/sessions/{id}/finish", new { painAfter });
        Assert.True(finish.IsSuccessStatusCode, await finish.Content.ReadAsStringAsync());
    }

    private static JsonElement StretchOf(JsonElement plan, string id) =>
        plan.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("id").GetString() == id);

    [Fact]
    public async Task Without_a_plan_the_plan_and_its_timeline_are_404_problems()
    {
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/plan"), HttpStatusCode.NotFound);
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/plan/timeline"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_plans_timeline_plays_the_plans_stretches_in_the_plans_order()
    {
        await MakePlanAsync();
        var plan = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
        var timeline = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan/timeline");
        var planned = plan.GetProperty("today").GetProperty("stretchIds").EnumerateArray().Select(s => s.GetString()).ToList();
        Assert.Equal(planned, timeline.GetProperty("stretches").EnumerateArray().Select(s => s.GetProperty("stretchId").GetString()));
        Assert.Equal(planned, timeline.GetProperty("only").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("shoulder-blade-squeeze", planned[0]); // posture's first focus stretch, upright, comes first
        Assert.Equal("gentle", timeline.GetProperty("level").GetString());
        var gentleAll = await Client.GetFromJsonAsync<JsonElement>($"/api/v1/timeline?level=gentle&only={string.Join(',', planned)}");
        Assert.Equal(gentleAll.GetProperty("totalSeconds").GetDouble(), timeline.GetProperty("totalSeconds").GetDouble());
    }

    [Fact]
    public async Task Three_calm_sessions_step_a_stretch_up_and_its_timeline_uses_the_new_level()
    {
        await MakePlanAsync();
        for (var i = 0; i < SafetyRules.StepUpAfterCalmSessions; i++)
        {
            await SessionAsync("cat-camel", painBefore: 4, painAfter: 3);
        }

        var plan = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
        Assert.Equal("standard", StretchOf(plan, "cat-camel").GetProperty("level").GetString());
        Assert.Contains("Stepped up", StretchOf(plan, "cat-camel").GetProperty("lastChange").GetString(), StringComparison.Ordinal);
        Assert.Equal("gentle", StretchOf(plan, "chest-opener").GetProperty("level").GetString());

        var timeline = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan/timeline");
        var standard = await Client.GetFromJsonAsync<JsonElement>("/api/v1/timeline?level=standard&only=cat-camel");
        var catCamel = timeline.GetProperty("stretches").EnumerateArray().Single(s => s.GetProperty("stretchId").GetString() == "cat-camel");
        Assert.Equal(standard.GetProperty("stretches")[0].GetProperty("dosage").ToString(), catCamel.GetProperty("dosage").ToString());
        Assert.Equal("gentle", timeline.GetProperty("level").GetString()); // a session records its lowest level

        // Pain of 7 or more today: everything gentle, with the advice.
        var high = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan?painBefore=8");
        Assert.True(high.GetProperty("today").GetProperty("gentle").GetBoolean());
        Assert.Equal("gentle", StretchOf(high, "cat-camel").GetProperty("level").GetString());
        Assert.Contains(high.GetProperty("today").GetProperty("advice").EnumerateArray(), a => a.GetProperty("kind").GetString() == "high-pain-before-session");
        var gentleTimeline = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan/timeline?painBefore=8");
        Assert.True(gentleTimeline.GetProperty("totalSeconds").GetDouble() < timeline.GetProperty("totalSeconds").GetDouble());
    }

    [Fact]
    public async Task A_stretch_that_hurt_twice_in_a_week_is_paused_left_out_of_the_timeline_and_explained()
    {
        await MakePlanAsync();
        await SessionAsync("chest-opener", painBefore: 3, painAfter: 5, hurt: true);
        await SessionAsync("chest-opener", painBefore: 3, painAfter: 5, hurt: true);

        var plan = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
        Assert.True(StretchOf(plan, "chest-opener").GetProperty("paused").GetBoolean());
        Assert.DoesNotContain("chest-opener", plan.GetProperty("today").GetProperty("stretchIds").EnumerateArray().Select(s => s.GetString()));
        var advice = Assert.Single(plan.GetProperty("today").GetProperty("advice").EnumerateArray(), a => a.GetProperty("kind").GetString() == "stretch-paused");
        Assert.Equal("chest-opener", advice.GetProperty("stretchId").GetString());
        var timeline = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan/timeline");
        Assert.DoesNotContain("chest-opener", timeline.GetProperty("only").EnumerateArray().Select(s => s.GetString()));
    }

    [Fact]
    public async Task A_rising_pain_trend_advises_seeing_a_doctor()
    {
        await MakePlanAsync();
        foreach (var score in new[] { 2, 3, 5, 6, 7 })
        {
            Time.Advance(TimeSpan.FromDays(2));
            Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/pain", new { score })).StatusCode);
        }

        var plan = await Client.GetFromJsonAsync<JsonElement>("/api/v1/plan");
        var advice = Assert.Single(plan.GetProperty("today").GetProperty("advice").EnumerateArray(), a => a.GetProperty("kind").GetString() == "rising-pain-trend");
        Assert.Contains("doctor", advice.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("11")]
    public async Task Pain_before_out_of_range_is_a_field_error(string pain)
    {
        await MakePlanAsync();
        await HttpAssert.FieldErrorAsync(await Client.GetAsync($"/api/v1/plan?painBefore={pain}"), "painBefore");
        await HttpAssert.FieldErrorAsync(await Client.GetAsync($"/api/v1/plan/timeline?painBefore={pain}"), "painBefore");
    }

    [Fact]
    public async Task A_damaged_saved_plan_is_a_409_problem_not_a_500()
    {
        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), Time))
        {
            await store.SaveDocumentAsync(UserDocuments.Plan, "{\"version\":99}");
        }

        var problem = await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/plan"), HttpStatusCode.Conflict);
        Assert.Contains("assessment again", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await HttpAssert.ProblemAsync(await Client.GetAsync("/api/v1/plan/timeline"), HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task The_daily_reminder_is_set_read_and_turned_off_in_the_terminals_format()
    {
        var none = await Client.GetFromJsonAsync<JsonElement>("/api/v1/reminders");
        Assert.Equal(JsonValueKind.Null, none.GetProperty("dailyAt").ValueKind);

        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), Time))
        {
            await store.SaveDocumentAsync(UserDocuments.Reminders, "{\"breakEvery\":\"45m\"}"); // set by 'supple remind --break-every'
        }

        var put = await Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = "7:05" }, SuppleApp.Json);
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var set = await put.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("07:05", set.GetProperty("dailyAt").GetString());
        Assert.True(set.GetProperty("nextAt").GetDateTimeOffset() > Time.GetUtcNow());

        await using (var store = await SuppleStore.OpenAsync(StoreLocation.ForFile(App.DatabasePath), Time))
        {
            var stored = ReminderSettingsSerializer.Deserialize(await store.GetDocumentAsync(UserDocuments.Reminders));
            Assert.Equal(new ReminderSettings(new TimeOnly(7, 5), TimeSpan.FromMinutes(45)), stored);
        }

        Assert.Equal("07:05", (await Client.GetFromJsonAsync<JsonElement>("/api/v1/reminders")).GetProperty("dailyAt").GetString());
        var off = await Client.PutAsJsonAsync("/api/v1/reminders", new { dailyAt = (string?)null }, SuppleApp.Json);
        Assert.Equal(JsonValueKind.Null, (await off.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("dailyAt").ValueKind);
    }

    [Theory]
    [InlineData("{\"dailyAt\":\"25:00\"}", "dailyAt")]
    [InlineData("{\"dailyAt\":\"soon\"}", "dailyAt")]
    [InlineData("{\"dailyAt\":830}", "dailyAt")]
    public async Task A_reminder_time_that_is_not_HH_mm_is_a_field_error(string body, string field)
    {
        var response = await Client.PutAsync("/api/v1/reminders", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        await HttpAssert.FieldErrorAsync(response, field);
    }
}
