using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Supple.Cli.Tests.Faults;

/// <summary>
/// Several concurrent clients writing through the REST API (pain entries; sessions started and played step by step; whole
/// sessions played offline, which on PostgreSQL go through the server's group commit), keeping every write the server
/// acknowledged with a 2xx and the time and status of every answer.
/// </summary>
internal sealed class WriteLoad
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    /// <summary>Notes of the pain entries that got 201.</summary>
    public ConcurrentBag<string> AckedPain { get; } = [];

    /// <summary>Sessions that got 201, with the stretches saved in them that got 201.</summary>
    public ConcurrentDictionary<long, ConcurrentBag<string>> AckedSessions { get; } = new();

    /// <summary>Finished sessions saved whole (<c>POST /api/v1/sessions/completed</c>) that got 201, with how many stretches each had.</summary>
    public ConcurrentDictionary<long, int> AckedCompleted { get; } = new();

    /// <summary>Every answer: when it came and was sent (elapsed), its status (0 when no HTTP answer came), what was asked, its media type.</summary>
    public ConcurrentQueue<(TimeSpan At, TimeSpan Sent, int Status, string What, string? MediaType)> Answers { get; } = new();

    public TimeSpan Elapsed => _clock.Elapsed;

    // Steps of the routine sent whole; the same for every worker, read once from the server.
    private int? _completedSteps;

    /// <summary>Runs <paramref name="workers"/> writers against <paramref name="address"/> until <paramref name="stop"/> fires.</summary>
    public Task RunAsync(Func<Uri> address, int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(() => WorkerAsync(address, w, stop), CancellationToken.None)));

    private async Task WorkerAsync(Func<Uri> address, int worker, CancellationToken stop)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var note = $"w{worker}-{i}";
            int status;
            if (i % 3 == 2)
            {
                (status, var started) = await PostAsync<(long Id, int Steps)?>(client, address(), "api/v1/sessions", new { level = "gentle", only = new[] { "shoulder-blade-squeeze" }, painBefore = i % 11 }, "start " + note,
                    json => (json.GetProperty("id").GetInt64(), json.GetProperty("timeline").GetProperty("steps").GetArrayLength()));
                if (started is var (sessionId, steps))
                {
                    // The player reports every step as played; the server folds them into the stretch's record.
                    var stretches = AckedSessions.GetOrAdd(sessionId, _ => []);
                    (status, _) = await PostAsync<bool>(client, address(), $"api/v1/sessions/{sessionId}/steps", new { steps = AllPlayed(steps) }, "steps " + note, null);
                    if (status == (int)HttpStatusCode.OK)
                    {
                        stretches.Add("shoulder-blade-squeeze");
                    }
                }
            }
            else if (i % 3 == 1)
            {
                // Played offline a quarter of an hour ago and sent whole: the API refuses times in the future.
                var started = DateTimeOffset.UtcNow.AddMinutes(-15);
                _completedSteps ??= await StepCountAsync(client, address(), "api/v1/timeline?level=standard&only=shoulder-blade-squeeze&only=cat-camel");
                if (_completedSteps is not { } steps)
                {
                    await Task.Delay(50, CancellationToken.None);
                    continue;
                }

                var body = new
                {
                    clientId = Guid.NewGuid(),
                    routine = new object[] { new { stretchId = "shoulder-blade-squeeze", level = "standard" }, new { stretchId = "cat-camel", level = "standard" } },
                    painBefore = i % 11,
                    painAfter = (i + 5) % 11,
                    startedAt = started,
                    steps = AllPlayed(steps),
                };
                (status, var id) = await PostAsync<long?>(client, address(), "api/v1/sessions/completed", body, "completed " + note, json => json.GetProperty("id").GetInt64());
                if (id is { } sessionId)
                {
                    AckedCompleted[sessionId] = body.routine.Length;
                }
            }
            else
            {
                (status, _) = await PostAsync<bool>(client, address(), "api/v1/pain", new { score = i % 11, note }, "pain " + note, null);
                if (status == (int)HttpStatusCode.Created)
                {
                    AckedPain.Add(note);
                }
            }

            if (status == 0)
            {
                // The server is gone: do not spin on refused connections.
                await Task.Delay(50, CancellationToken.None);
            }
        }
    }

    /// <summary>Every acknowledged write that <paramref name="client"/>'s server does not have (empty when nothing was lost).</summary>
    public async Task<List<string>> LostWritesAsync(HttpClient client)
    {
        var lost = new List<string>();
        var pain = await client.GetFromJsonAsync<JsonElement>("api/v1/pain?days=3660");
        var notes = pain.EnumerateArray().Select(p => p.GetProperty("note").GetString()).ToHashSet(StringComparer.Ordinal);
        lost.AddRange(AckedPain.Where(n => !notes.Contains(n)).Select(n => $"pain entry {n}"));

        var sessions = AckedSessions.Select(s => (s.Key, s.Value.Count, "session"))
            .Concat(AckedCompleted.Select(s => (s.Key, s.Value, "finished session")));
        foreach (var (id, stretches, kind) in sessions)
        {
            using var response = await client.GetAsync(new Uri($"api/v1/sessions/{id}", UriKind.Relative));
            if (response.StatusCode != HttpStatusCode.OK)
            {
                lost.Add($"{kind} {id} ({(int)response.StatusCode})");
                continue;
            }

            var stored = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stretches").GetArrayLength();
            if (stored < stretches)
            {
                lost.Add($"{kind} {id}: {stored} of its {stretches} acknowledged stretches");
            }
        }

        return lost;
    }

    private static object[] AllPlayed(int steps) => [.. Enumerable.Range(0, steps).Select(i => (object)new { step = i, end = "played" })];

    /// <summary>How many steps the server's timeline for <paramref name="query"/> has, or <c>null</c> when it did not answer.</summary>
    private static async Task<int?> StepCountAsync(HttpClient client, Uri address, string query)
    {
        try
        {
            var timeline = await client.GetFromJsonAsync<JsonElement>(new Uri(address, query));
            return timeline.GetProperty("steps").GetArrayLength();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Posts; returns the status (0 when no HTTP answer came) and, for a 201 when asked, a value read from its body.</summary>
    private async Task<(int Status, T? Value)> PostAsync<T>(HttpClient client, Uri address, string path, object body, string what, Func<JsonElement, T>? read)
    {
        var sent = _clock.Elapsed;
        try
        {
            using var response = await client.PostAsJsonAsync(new Uri(address, path), body);
            Answers.Enqueue((_clock.Elapsed, sent, (int)response.StatusCode, what, response.Content.Headers.ContentType?.MediaType));
            if (response.StatusCode != HttpStatusCode.Created || read is null)
            {
                return ((int)response.StatusCode, default);
            }

            return ((int)response.StatusCode, read(await response.Content.ReadFromJsonAsync<JsonElement>()));
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException or JsonException)
        {
            Answers.Enqueue((_clock.Elapsed, sent, 0, what + ": " + ex.GetType().Name, null));
            return (0, default);
        }
    }
}
