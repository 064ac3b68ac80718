using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Supple.Core.Content;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Web.Tests.Infrastructure;

namespace Supple.Web.Tests.Api;

/// <summary>
/// A session played offline and sent whole: the routine and every step outcome, folded on the server by the same
/// Core code as live reports; idempotent by the client's id.
/// </summary>
public sealed class CompletedSessionsApiTests : ApiTestBase
{
    [Fact]
    public async Task A_session_played_offline_is_folded_saved_whole_and_counts_in_the_statistics()
    {
        Time.Advance(TimeSpan.FromMinutes(20));
        var body = await SessionBodies.PlayedWholeAsync(Client, Start, "gentle", ["upper-trapezius-stretch", "thoracic-extension"], painBefore: 5, painAfter: 3);
        var response = await PostAsync("/api/v1/sessions/completed", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var view = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal("completed", view.GetProperty("outcome").GetString());
        Assert.Equal($"/api/v1/sessions/{view.GetProperty("id").GetInt64()}", response.Headers.Location?.OriginalString);

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.Completed, session.Outcome);
        Assert.Equal(SessionSource.Guided, session.Source);
        Assert.Equal(DosageLevel.Gentle, session.Level);
        Assert.Equal((5, 3), (session.PainBefore?.Value, session.PainAfter?.Value));
        // Folded by the server: gentle trapezius 2 reps a side; thoracic extension 1 rep × 2 sets of 15 s.
        Assert.Equal(
            [
                new StretchRecord("upper-trapezius-stretch", Side.Right, 2, 1, 40, false, false),
                new StretchRecord("upper-trapezius-stretch", Side.Left, 2, 1, 40, false, false),
                new StretchRecord("thoracic-extension", Side.None, 1, 2, 30, false, false),
            ],
            session.Stretches);

        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(1, stats.GetProperty("completed").GetInt32());
        Assert.Equal(1, stats.GetProperty("currentStreak").GetInt32());
    }

    [Fact]
    public async Task Sending_the_same_session_again_saves_it_once()
    {
        var clientId = Guid.NewGuid();
        var body = await SessionBodies.PlayedWholeAsync(Client, Start - TimeSpan.FromMinutes(30), "gentle", ["childs-pose"], clientId: clientId);
        var first = await PostAsync("/api/v1/sessions/completed", body);
        var again = await PostAsync("/api/v1/sessions/completed", body);
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, again.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json)).GetProperty("id").GetInt64(),
            (await again.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json)).GetProperty("id").GetInt64());
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(clientId, session.Id);
        var stats = await Client.GetFromJsonAsync<JsonElement>("/api/v1/stats", SuppleApp.Json);
        Assert.Equal(1, stats.GetProperty("sessions").GetInt32());
    }

    [Fact]
    public async Task Sent_first_without_the_pain_after_then_again_with_it_the_session_is_one_and_gets_the_pain_once()
    {
        var clientId = Guid.NewGuid();
        var (routine, _) = await SessionBodies.TimelineAsync(Client, "gentle", "childs-pose");
        object[] steps = [new { step = 0, end = "played" }, new { step = 1, end = "played" }, new { step = 2, end = "played" }];
        var startedAt = Start - TimeSpan.FromMinutes(10);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/sessions/completed", new { clientId, routine, startedAt, painBefore = 5, steps })).StatusCode);
        Assert.Null(Assert.Single((await StoredHistoryAsync()).Sessions).PainAfter);

        // The device sends it again once the pain after is given (the player's end screen), then once more (a reload).
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/sessions/completed", new { clientId, routine, startedAt, painBefore = 5, painAfter = 3, steps })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync("/api/v1/sessions/completed", new { clientId, routine, startedAt, painBefore = 5, painAfter = 3, steps })).StatusCode);
        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(3, session.PainAfter?.Value);
        Assert.Equal(5, session.PainBefore?.Value);
    }

    [Fact]
    public async Task A_session_sent_for_another_account_than_the_signed_in_one_is_refused_and_not_saved()
    {
        var body = await SessionBodies.PlayedWholeAsync(Client, Start - TimeSpan.FromMinutes(30), "gentle", ["childs-pose"], clientId: Guid.NewGuid());
        using var other = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions/completed") { Content = JsonContent.Create(body, options: SuppleApp.Json) };
        other.Headers.Add(Supple.Web.Pwa.AccountPartition.HeaderName, "0123456789abcdef01234567");
        var refused = await Client.SendAsync(other);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.Equal(Supple.Web.Pwa.AccountPartition.OtherAccountReason, problem.GetProperty("reason").GetString());
        Assert.Empty((await StoredHistoryAsync()).Sessions);

        // Said for the account that is signed in (here the single user), it is saved.
        using var own = new HttpRequestMessage(HttpMethod.Post, "/api/v1/sessions/completed") { Content = JsonContent.Create(body, options: SuppleApp.Json) };
        own.Headers.Add(Supple.Web.Pwa.AccountPartition.HeaderName, Supple.Web.Pwa.AccountPartition.KeyOf("local"));
        Assert.Equal(HttpStatusCode.Created, (await Client.SendAsync(own)).StatusCode);
        Assert.Single((await StoredHistoryAsync()).Sessions);
    }

    [Fact]
    public async Task A_session_stopped_for_pain_offline_keeps_its_hurt()
    {
        var (routine, _) = await SessionBodies.TimelineAsync(Client, "gentle", "seated-twist");
        // Get into position, hold left, switch, then "this hurts" 3 s into the right-side hold.
        object[] steps = [new { step = 0, end = "played" }, new { step = 1, end = "played" }, new { step = 2, end = "played" }, new { step = 3, end = "hurt", seconds = 3 }];
        var response = await PostAsync("/api/v1/sessions/completed", new { clientId = Guid.NewGuid(), routine, startedAt = Start - TimeSpan.FromMinutes(5), steps });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);

        var session = Assert.Single((await StoredHistoryAsync()).Sessions);
        Assert.Equal(SessionOutcome.StoppedForPain, session.Outcome);
        Assert.Equal(("seated-twist", Side.Right), (session.Hurt!.StretchId, session.Hurt.Side));
        Assert.Equal(
            [
                new StretchRecord("seated-twist", Side.Left, 1, 1, 20, false, false, Partial: true),
                new StretchRecord("seated-twist", Side.Right, 0, 0, 3, false, true, Partial: true),
            ],
            session.Stretches);
    }

    [Theory]
    [InlineData("{\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "clientId")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "startedAt")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "routine")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"handstand\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "routine[0].stretchId")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"extreme\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "routine[0].level")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[]}", "steps")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[{\"step\":1,\"end\":\"played\"}]}", "steps")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"painAfter\":11,\"steps\":[{\"step\":0,\"end\":\"played\"}]}", "painAfter")]
    [InlineData("{\"clientId\":\"8d3c7a44-9d4e-4a5e-9a0a-1c2b3d4e5f60\",\"routine\":[{\"stretchId\":\"cat-camel\",\"level\":\"gentle\"}],\"startedAt\":\"2026-11-20T08:00:00Z\",\"steps\":[null]}", "steps[0]")]
    public async Task Invalid_sessions_are_refused_with_the_field_named(string body, string field)
    {
        var response = await PostRawAsync("/api/v1/sessions/completed", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        Assert.Empty((await StoredHistoryAsync()).Sessions);
    }
}
