using System.Data.Common;

namespace Supple.Data;

/// <summary>
/// The settings every Supple connection to a SQLite file gets. Kept apart from <see cref="SqliteBusyTimeoutInterceptor"/>
/// (an EF Core type) so that the plain-SQL paths, which use them too, do not load EF Core.
/// </summary>
internal static class SqlitePragmas
{
    /// <summary>How long a connection waits for another process's write lock before giving up.</summary>
    public const int BusyTimeoutMilliseconds = 10_000;

    /// <summary>Sets the busy timeout and WAL-appropriate syncing on an open connection.</summary>
    public static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // synchronous = NORMAL is safe in WAL mode against a killed process (only a power cut can lose the last commits).
        command.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL;";
        command.ExecuteNonQuery();
    }
}
