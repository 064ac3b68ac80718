using Npgsql;
using Supple.Data;

namespace Supple.Web.Accounts;

/// <summary>
/// Multi-user mode keeps the data-protection key ring in the database, and the key ring is read when the host starts:
/// so the schema is brought up to date first (this service is registered ahead of every other). Servers starting
/// together take turns through a PostgreSQL advisory lock, so only one migrates. When the database is down at
/// start-up the server starts anyway: requests answer 503 and the schema is made ready on the first request after
/// the database is back.
/// </summary>
internal sealed class SchemaAtStartup(SuppleStoreFactory stores, StoreLocation location, ILogger<SchemaAtStartup> log) : IHostedService
{
    /// <summary>The advisory lock key ("SUPL" as an integer), the same for every Supple server.</summary>
    public const long LockKey = 0x5355504C;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (location.Provider == StoreProvider.PostgreSql)
            {
                await using var connection = new NpgsqlConnection(location.ConnectionString);
                await connection.OpenAsync(cancellationToken);
                await using (var take = new NpgsqlCommand($"SELECT pg_advisory_lock({LockKey})", connection))
                {
                    await take.ExecuteNonQueryAsync(cancellationToken);
                }

                try
                {
                    await stores.EnsureReadyAsync(cancellationToken);
                }
                finally
                {
                    await using var release = new NpgsqlCommand($"SELECT pg_advisory_unlock({LockKey})", connection);
                    await release.ExecuteNonQueryAsync(CancellationToken.None);
                }
            }
            else
            {
                await stores.EnsureReadyAsync(cancellationToken);
            }
        }
        catch (Exception ex) when (ex is StoreException or NpgsqlException)
        {
            log.LogWarning("The database is not ready at start-up; Supple starts anyway and answers 503 until it is: {Reason}", ex.Message);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
