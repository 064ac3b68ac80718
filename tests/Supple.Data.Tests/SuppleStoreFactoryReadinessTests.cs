using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Supple.Data.Tests;

/// <summary>
/// The server's readiness probe asks the store factory to check and migrate the database with a few seconds of
/// patience. A first migration slower than that patience must still finish: the probes stop waiting, the migration
/// goes on, and a later probe finds the database ready. (It used to be cancelled with each probe and rolled back, so a
/// slow first migration never finished and the server never became ready.)
/// </summary>
public abstract class SuppleStoreFactoryReadinessTests
{
    /// <summary>A database no Supple has touched yet.</summary>
    protected abstract StoreLocation FreshDatabase { get; }

    [Fact]
    public async Task A_first_migration_goes_on_after_the_caller_that_started_it_stops_waiting()
    {
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero)));
        services.AddSuppleData(FreshDatabase);
        await using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<SuppleStoreFactory>();

        // One caller, patient for 20 ms (far less than creating and migrating a new database takes), then nobody asks.
        using (var patience = new CancellationTokenSource(TimeSpan.FromMilliseconds(20)))
        {
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.EnsureReadyAsync(patience.Token));
        }

        // The migration it started finishes anyway: the newest migration shows up in the database with no one waiting.
        var contexts = new SuppleContextFactory(FreshDatabase);
        var clock = Stopwatch.StartNew();
        var applied = false;
        while (!applied && clock.Elapsed < TimeSpan.FromMinutes(2))
        {
            await Task.Delay(100);
            await using var context = contexts.CreateDbContext();
            try
            {
                applied = (await context.Database.GetAppliedMigrationsAsync()).Contains(context.Database.GetMigrations().Last());
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or Npgsql.PostgresException)
            {
                // Not created yet, or locked by the migration that is running.
            }
        }

        Assert.True(applied, "the migration stopped when its caller stopped waiting");
        await factory.EnsureReadyAsync(new CancellationTokenSource(TimeSpan.FromMilliseconds(20)).Token);
        await using var store = await factory.OpenAsync("ann");
        Assert.Empty((await store.GetHistoryAsync(null)).Sessions);
    }
}

/// <summary>On a new SQLite file.</summary>
public sealed class SqliteStoreFactoryReadinessTests : SuppleStoreFactoryReadinessTests, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override StoreLocation FreshDatabase => StoreLocation.ForFile(_folder.File("fresh.db"));

    public void Dispose() => _folder.Dispose();
}

/// <summary>On a new PostgreSQL database (the server's case: the probe of <c>/readyz</c> waits 3 s).</summary>
public sealed class PostgreSqlStoreFactoryReadinessTests(PostgreSqlDatabase database) : SuppleStoreFactoryReadinessTests, IClassFixture<PostgreSqlDatabase>
{
    protected override StoreLocation FreshDatabase => StoreLocation.ForPostgreSql(database.ConnectionString);
}
