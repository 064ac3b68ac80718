using System.Net.Http.Json;
using System.Text.Json;

namespace Supple.Web.Tests.Infrastructure;

/// <summary>Request bodies for sessions reported step by step, built from the timeline the server compiles.</summary>
public static class SessionBodies
{
    /// <summary>The routine and step count of the timeline the server plays for this level and these stretches.</summary>
    public static async Task<(object[] Routine, int Steps)> TimelineAsync(HttpClient client, string level, params string[] only)
    {
        var query = $"/api/v1/timeline?level={level}" + string.Concat(only.Select(id => "&only=" + id));
        var timeline = await client.GetFromJsonAsync<JsonElement>(query, SuppleApp.Json);
        var routine = timeline.GetProperty("routine").EnumerateArray()
            .Select(i => (object)new { stretchId = i.GetProperty("stretchId").GetString(), level = i.GetProperty("level").GetString() })
            .ToArray();
        return (routine, timeline.GetProperty("steps").GetArrayLength());
    }

    /// <summary>Every step of a timeline of <paramref name="steps"/> steps, played.</summary>
    public static object[] AllPlayed(int steps) => [.. Enumerable.Range(0, steps).Select(i => (object)new { step = i, end = "played" })];

    /// <summary>A whole session played offline: every step played.</summary>
    public static async Task<object> PlayedWholeAsync(
        HttpClient client, DateTimeOffset startedAt, string level = "gentle", string[]? only = null, int? painBefore = null, int? painAfter = null, Guid? clientId = null)
    {
        var (routine, steps) = await TimelineAsync(client, level, only ?? []);
        return new { clientId = clientId ?? Guid.NewGuid(), routine, painBefore, painAfter, startedAt, steps = AllPlayed(steps) };
    }

    /// <summary>Starts a guided session with <paramref name="body"/> and returns its id.</summary>
    public static async Task<long> StartAsync(HttpClient client, object body)
    {
        var response = await client.PostAsJsonAsync("/api/v1/sessions", body, SuppleApp.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>(SuppleApp.Json)).GetProperty("id").GetInt64();
    }

    /// <summary>Reports every step of session <paramref name="id"/> as played, the done step included, as the player would.</summary>
    public static async Task PlayAllAsync(HttpClient client, long id)
    {
        var session = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}", SuppleApp.Json);
        var steps = session.GetProperty("timeline").GetProperty("steps").GetArrayLength();
        var response = await client.PostAsJsonAsync($"/api/v1/sessions/{id}/steps", new { steps = AllPlayed(steps) }, SuppleApp.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>A whole guided session of <paramref name="only"/>: started, every step played, finished. Returns its id.</summary>
    public static async Task<long> PlayedSessionAsync(HttpClient client, string[] only, int? painBefore = null, int? painAfter = null, string level = "gentle")
    {
        var id = await StartAsync(client, new { level, only, painBefore });
        await PlayAllAsync(client, id);
        var finish = await client.PostAsJsonAsync($"/api/v1/sessions/{id}/finish", new { painAfter }, SuppleApp.Json);
        Assert.True(finish.IsSuccessStatusCode, await finish.Content.ReadAsStringAsync());
        return id;
    }

    /// <summary>Reports the steps of the first <paramref name="count"/> stretches of session <paramref name="id"/> as played.</summary>
    public static async Task PlayFirstStretchesAsync(HttpClient client, long id, int count)
    {
        var session = await client.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{id}", SuppleApp.Json);
        var steps = session.GetProperty("timeline").GetProperty("steps").EnumerateArray()
            .Where(s => s.GetProperty("stretchIndex").GetInt32() < count && s.GetProperty("kind").GetString() != "done")
            .Select(s => (object)new { step = s.GetProperty("index").GetInt32(), end = "played" })
            .ToArray();
        var response = await client.PostAsJsonAsync($"/api/v1/sessions/{id}/steps", new { steps }, SuppleApp.Json);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }
}
