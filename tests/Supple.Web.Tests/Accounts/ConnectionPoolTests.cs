using System.Net.Http.Json;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// More requests in flight than database connections: they wait their turn and all succeed. A request that held one
/// pooled connection while asking for another (the account check's, kept by the request-scoped context until the
/// response) would starve the rest: with every connection held by a request waiting for a second, all wait.
/// </summary>
public sealed class ConnectionPoolTests(PostgreSqlTestDatabase database) : IClassFixture<PostgreSqlTestDatabase>
{
    [Fact]
    public async Task Forty_eight_concurrent_writes_and_reads_finish_on_two_connections()
    {
        // Kestrel, as `supple serve` runs: requests really overlap. Timeout=5 turns a starved wait into a failure.
        await using var app = await MultiUserApp.StartAsync(database.ConnectionString + ";Maximum Pool Size=2;Timeout=5", kestrel: true);
        var clients = new List<HttpClient>();
        for (var i = 0; i < 4; i++)
        {
            clients.Add(await app.RegisterAndSignInAsync($"pool{i}-{Guid.NewGuid():N}@example.org", "Stretch-every-day-1"));
        }

        async Task<int> OneAsync(HttpClient client, int i)
        {
            using var response = i % 2 == 0
                ? await client.PostAsJsonAsync("/api/v1/sessions/completed", new
                {
                    clientId = Guid.NewGuid(),
                    routine = new[] { new { stretchId = "childs-pose", level = "gentle" } },
                    startedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                    painBefore = 4,
                    painAfter = 2,
                    steps = new[] { new { step = 0, end = "played" }, new { step = 1, end = "played" }, new { step = 2, end = "played" } },
                })
                : await client.GetAsync("/api/v1/stats");
            Assert.True(response.IsSuccessStatusCode, $"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (int)response.StatusCode;
        }

        var codes = await Task.WhenAll(Enumerable.Range(0, 48).Select(i => Task.Run(() => OneAsync(clients[i % clients.Count], i))))
            .WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(24, codes.Count(c => c == 201));
        Assert.Equal(24, codes.Count(c => c == 200));
    }
}
