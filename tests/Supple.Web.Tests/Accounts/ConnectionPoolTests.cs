using System.Net.Http.Json;

namespace Supple.Web.Tests.Accounts;

/// <summary>
/// More requests in flight than database connections: they wait their turn and all succeed. A request that held one
/// pooled connection while asking for another (or a connection kept after the request) would starve the rest.
/// </summary>
public sealed class ConnectionPoolTests(PostgreSqlTestDatabase database) : IClassFixture<PostgreSqlTestDatabase>
{
    [Fact]
    public async Task Twenty_four_concurrent_writes_and_reads_finish_on_two_connections()
    {
        await using var app = await MultiUserApp.StartAsync(database.ConnectionString + ";Maximum Pool Size=2;Timeout=5");
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
                    startedAt = DateTimeOffset.UtcNow.AddMinutes(-10),
                    painBefore = 4,
                    painAfter = 2,
                    stretches = new[] { new { stretchId = "chest-opener", repsDone = 1, setsDone = 1, secondsHeld = 5 } },
                })
                : await client.GetAsync("/api/v1/stats");
            Assert.True(response.IsSuccessStatusCode, $"request {i}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            return (int)response.StatusCode;
        }

        var codes = await Task.WhenAll(Enumerable.Range(0, 24).Select(i => Task.Run(() => OneAsync(clients[i % clients.Count], i))))
            .WaitAsync(TimeSpan.FromSeconds(90));

        Assert.Equal(12, codes.Count(c => c == 201));
        Assert.Equal(12, codes.Count(c => c == 200));
    }
}
