using System.Net;
using System.Net.Http.Json;
using Xunit.Abstractions;

namespace Supple.Cli.Tests.Faults;

/// <summary>
/// The real <c>supple serve</c> on PostgreSQL, with the database server restarted under write load: the web server
/// recovers by itself, only requests during the outage fail, and those fail with 503 problem+json. The cluster is
/// the test's own, so the restart disturbs no other test. See docs/RELIABILITY.md.
/// </summary>
[Collection(FaultProcessCollection.Name)]
public sealed class PostgresRestartTests(ITestOutputHelper output)
{
    private const int Writers = 4;

    /// <summary>
    /// After pg_ctl reports the server up again, connections the pool held from before the restart can still fail
    /// once each; this is how long that may take.
    /// </summary>
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(3);

    [Fact]
    public async Task A_restart_under_load_fails_only_requests_during_the_outage_with_503_and_recovers_alone()
    {
        await using var postgres = await ThrowawayPostgres.StartAsync();
        using var server = await ServeProcess.StartAsync(postgres.ConnectionString);
        using (var warm = server.CreateClient())
        using (var first = await warm.PostAsJsonAsync("api/v1/pain", new { score = 0, note = "warm-up" }))
        {
            Assert.True(first.StatusCode == HttpStatusCode.Created, $"{(int)first.StatusCode} {await first.Content.ReadAsStringAsync()}\n{server.Output}");
        }

        var load = new WriteLoad();
        using var stop = new CancellationTokenSource();
        var writing = load.RunAsync(() => server.Address, Writers, stop.Token);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (load.AckedPain.Count < 10 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50); // a busy machine: wait until the writers are going
        }

        var outageFrom = load.Elapsed;
        await postgres.RestartAsync(down: TimeSpan.FromSeconds(1.5));
        var outageTo = load.Elapsed;
        await Task.Delay(Settle + TimeSpan.FromSeconds(3));
        await stop.CancelAsync();
        await writing.WaitAsync(TimeSpan.FromSeconds(30));

        var answers = load.Answers.ToList();
        output.WriteLine($"restart from {outageFrom.TotalMilliseconds:F0} to {outageTo.TotalMilliseconds:F0} ms; {answers.Count} answers: "
            + string.Join(", ", answers.GroupBy(a => a.Status).OrderBy(g => g.Key).Select(g => $"{g.Count()}× {g.Key}")));
        foreach (var failure in answers.Where(a => a.Status is not (200 or 201)).Take(20))
        {
            output.WriteLine($"  {failure.Sent.TotalMilliseconds:F0}→{failure.At.TotalMilliseconds:F0} ms: {failure.Status} {failure.What}");
        }

        var wrongStatus = answers.Where(a => a.Status is not (200 or 201 or 503)).ToList();
        Assert.True(wrongStatus.Count == 0, $"failures other than 503: {string.Join("; ", wrongStatus.Take(5))}\n{server.Output}");
        Assert.All(answers.Where(a => a.Status == 503), a => Assert.Equal("application/problem+json", a.MediaType));
        var outsideOutage = answers.Where(a => a.Status == 503 && (a.At < outageFrom || a.Sent > outageTo + Settle)).ToList();
        Assert.True(outsideOutage.Count == 0, $"503s outside the outage: {string.Join("; ", outsideOutage.Take(5))}");
        Assert.True(answers.Any(a => a.Status == 503), "no request met the outage, so the test proved nothing");
        Assert.True(answers.Count(a => a.Status == 201 && a.Sent < outageFrom) >= 10, "too few writes before the restart for the test to mean anything");
        Assert.True(answers.Count(a => a.Status == 201 && a.Sent > outageTo + Settle) >= 10, "the server did not recover by itself after the restart");

        // Every acknowledged write survived the restart, finished sessions saved through the group commit included.
        Assert.True(load.AckedCompleted.Count >= 5, "too few finished sessions were saved for the test to mean anything");
        using var client = server.CreateClient();
        var lost = await load.LostWritesAsync(client);
        Assert.True(lost.Count == 0, $"{lost.Count} acknowledged writes lost, e.g. {string.Join("; ", lost.Take(5))}");
    }
}
