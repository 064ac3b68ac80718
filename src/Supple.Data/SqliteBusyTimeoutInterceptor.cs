using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supple.Data;

/// <summary>
/// Sets SQLite's busy timeout (and WAL-appropriate syncing) on every connection, so a terminal session and the web app writing to one file wait
/// for each other instead of failing with "database is locked".
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public const int BusyTimeoutMilliseconds = 10_000;

    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    internal static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // synchronous = NORMAL is safe in WAL mode against a killed process (only a power cut can lose the last commits).
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
