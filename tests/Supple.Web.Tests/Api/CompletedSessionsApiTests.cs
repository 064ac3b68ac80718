using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

public sealed class CompletedSessionsApiTests : ApiTestBase
{
    private static object[] AllSeven() =>
    [
        new { stretchId = "shoulder-blade-squeeze", repsDone = 10, setsDone = 1, secondsHeld = 50 },
        new { stretchId = "upper-trapezius-stretch", side = "left", repsDone = 2, setsDone = 1, secondsHeld = 40 },
        new { stretchId = "upper-trapezius-stretch", side = "right", repsDone = 2, setsDone = 1, secondsHeld = 40 },
        new { stretchId = "cat-camel", repsDone = 10, setsDone = 1, secondsHeld = 50 },
        new { stretchId = "thoracic-extension", repsDone = 1, setsDone = 2, secondsHeld = 30 },
        new { stretchId = "childs-pose", repsDone = 1, setsDone = 1, secondsHeld = 30 },
        new { stretchId = "chest-opener", repsDone = 0, setsDone = 0, secondsHeld = 0, skipped = true },
    ];

    [Fact]
    public async Task A_finished_session_is_saved_whole_with_its_stretches_and_counts_in_the_statistics()
    {
        Time.Advance(TimeSpan.FromMinutes(20));
        var response = await PostAsync("/api/v1/sessions/completed", new
        {
            level = "gentle",
            painBefore = 5,
            painAfter = 3,
            startedAt = Start,
            endedAt = Start + TimeSpan.FromMinutes(15),
            stretches = AllSeven(),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal("completed", view.GetProperty("outcome").GetString());
        Assert.Equal($"/api/v1/sessions/{view.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(SessionSource.Guided, session.Source);
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal((5, 3), (session.PainBefore?.Value, session.PainAfter?.Value));
        Assert.Equal(Start + TimeSpan.FromMinutes(15), session.EndedAt);
        Assert.Equal(7, session.Stretches.Count);
        Assert.Equal("upper-trapezius-stretch", session.Stretches[2].StretchId);
        Assert.Equal(Side.Right, session.Stretches[2].Side);
        Assert.True(session.Stretches[6].Skipped);

        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(1, stats.GetProperty("currentStreak").GetInt32());
    }

    [Fact]
    public async Task One_bad_record_refuses_the_whole_session_and_stores_nothing()
    {
        var stretches = AllSeven().Append(new { stretchId = "cat-camel", repsDone = 999, setsDone = 1, secondsHeld = 5 }).ToArray();
        var response = await PostAsync("/api/v1/sessions/completed", new { startedAt = Start - TimeSpan.FromMinutes(10), stretches });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("stretches[7].repsDone", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("stretches[7].stretchId", out _), "the duplicate cat-camel is named: " + errors);
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }

    [Theory]
    [InlineData("{\"stretches\":[{\"stretchId\":\"cat-camel\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":5}]}", "startedAt")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\"}", "stretches")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"stretches\":[]}", "stretches")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"endedAt\":\"2026-11-20T07:00:00Z\",\"stretches\":[{\"stretchId\":\"cat-camel\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":5}]}", "endedAt")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"stretches\":[{\"stretchId\":\"upper-trapezius-stretch\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":5}]}", "stretches[0].side")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"painAfter\":11,\"stretches\":[{\"stretchId\":\"cat-camel\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":5}]}", "painAfter")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"endedAt\":\"2026-11-20T08:10:00Z\",\"stretches\":[{\"stretchId\":\"cat-camel\",\"repsDone\":1,\"setsDone\":1,\"secondsHeld\":5,\"at\":\"2026-11-20T08:20:00Z\"}]}", "stretches[0].at")]
    [InlineData("{\"startedAt\":\"2026-11-20T08:00:00Z\",\"stretches\":[null]}", "stretches[0]")]
    public async Task Invalid_sessions_are_refused_with_the_field_named(string body, string field)
    {
        var response = await PostRawAsync("/api/v1/sessions/completed", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }
}
