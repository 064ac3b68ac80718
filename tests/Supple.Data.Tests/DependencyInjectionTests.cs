using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data.Tests;

/// <summary><c>AddSuppleData</c> wires a working store for ASP.NET Core, one view per user, on each provider.</summary>
public abstract class DependencyInjectionTests
{
    protected abstract StoreLocation Location { get; }

    [Fact]
    public async Task The_container_opens_one_store_per_user_over_a_pooled_context_factory()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSuppleData(Location);
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        Assert.Same(time, provider.GetRequiredService<TimeProvider>());
        var factory = provider.GetRequiredService<SuppleStoreFactory>();
        var ann = "ann-" + Guid.NewGuid().ToString("N");
        var ben = "ben-" + Guid.NewGuid().ToString("N");
        await using (var store = await factory.OpenAsync(ann))
        {
            await store.AddPainEntryAsync(PainEntry.Create(time.GetUtcNow(), new PainScore(6)));
        }

        await using (var store = await factory.OpenAsync(ben))
        {
            Assert.Empty((await store.GetHistoryAsync(null)).PainEntries);
        }

        await using (var scope = provider.CreateAsyncScope())
        {
            var context = scope.ServiceProvider.GetRequiredService<SuppleDbContext>();
            Assert.Equal(Location.Provider, context.Provider);
            Assert.Equal(1, await context.PainEntries.CountAsync(p => p.UserId == ann));
        }

        await using var again = await factory.OpenAsync(ann);
        Assert.Equal(6, Assert.Single((await again.GetHistoryAsync(null)).PainEntries).Score.Value);
    }
}

public sealed class SqliteDependencyInjectionTests : DependencyInjectionTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreLocation Location => StoreLocation.ForFile(_folder.File("di.db"));

    public void Dispose() => _folder.Dispose();
}

public sealed class PostgreSqlDependencyInjectionTests(PostgreSqlDatabase database) : DependencyInjectionTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation Location => StoreLocation.ForPostgreSql(database.ConnectionString);

    [Fact]
    public async Task Pooled_contexts_give_their_connections_back_so_more_requests_than_connections_all_finish()
    {
        // Two connections for twenty concurrent writes and reads, as the server's pooled context factory serves them.
        // A context that went back to EF Core's pool still holding its connection would starve the others: with a
        // 3 s connection timeout they would fail, where they should only wait their turn.
        var location = StoreLocation.ForPostgreSql(database.ConnectionString + ";Maximum Pool Size=2;Timeout=3");
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(time);
        services.AddSuppleData(location);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<SuppleStoreFactory>();
        await factory.EnsureReadyAsync();
        var users = Enumerable.Range(0, 20).Select(i => $"pool-{i}-{Guid.NewGuid():N}").ToList();

        async Task SaveAndReadAsync(string user)
        {
            await using var store = await factory.OpenAsync(user);
            var at = time.GetUtcNow().AddMinutes(-10);
            var record = new RecordedStretch(Stretches.Done("cat-camel"), at.AddMinutes(5));
            await store.SaveCompletedSessionAsync(new CompletedSession(at, at.AddMinutes(10), "built-in", DosageLevel.Standard, 5, 3, [record]));
            Assert.Equal(1, (await store.GetStatsAsync()).Sessions);
        }

        await Task.WhenAll(users.Select(user => Task.Run(() => SaveAndReadAsync(user)))).WaitAsync(TimeSpan.FromSeconds(60));
    }
}
