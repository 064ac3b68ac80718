using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Supple.Data;

/// <summary>
/// Sets SQLite's busy timeout (and WAL-appropriate syncing) on every connection, so a terminal session and the web app writing to one file wait
/// for each other instead of failing with "database is locked".
/// </summary>
internal sealed class SqliteBusyTimeoutInterceptor : DbConnectionInterceptor
{
    public static SqliteBusyTimeoutInterceptor Instance { get; } = new();

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => SqlitePragmas.Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        SqlitePragmas.Apply(connection);
        return Task.CompletedTask;
    }
}
