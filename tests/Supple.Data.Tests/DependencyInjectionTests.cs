using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Supple.Core.History;

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
}
