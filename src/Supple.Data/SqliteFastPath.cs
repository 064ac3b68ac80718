using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Supple.Data;

/// <summary>
/// Opens a SQLite file for the plain-SQL paths (<see cref="SqliteStatsReader"/>, <see cref="SqliteDeskBreakReader"/>,
/// <see cref="SqliteHistoryReader"/>, <see cref="SqliteDocumentReader"/>, <see cref="SqliteJournalFastPath"/>) only when it is a Supple database already at this binary's schema; anything else is left to the normal path,
/// which migrates it or refuses it with a clear message. Never creates or changes a file.
/// </summary>
internal static class SqliteFastPath
{
    /// <summary>True when <paramref name="location"/> is a SQLite file that exists: the only kind a fast path answers for.</summary>
    public static bool IsLocalFile(StoreLocation location) =>
        location.Provider == StoreProvider.Sqlite && location.FilePath is { } path && File.Exists(path);

    /// <summary>
    /// As <see cref="TryOpen(string, SqliteOpenMode)"/> for a location; <c>null</c> also when it is not a local file that
    /// exists (a server, or a file not made yet: the normal path makes it).
    /// </summary>
    /// <exception cref="SqliteException">The file is locked, damaged or unreadable.</exception>
    public static SqliteConnection? TryOpen(StoreLocation location, SqliteOpenMode mode) =>
        IsLocalFile(location) ? TryOpen(location.ConnectionString, mode) : null;

    /// <summary>An open connection with the busy timeout set, or <c>null</c> when the fast path must not answer.</summary>
    /// <exception cref="SqliteException">The file is locked, damaged or unreadable.</exception>
    public static SqliteConnection? TryOpen(string connectionString, SqliteOpenMode mode)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = mode, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {SqlitePragmas.BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA application_id;";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != StoreSchema.SqliteApplicationId)
            {
                connection.Dispose();
                return null;
            }

            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;";
            if (command.ExecuteScalar() as string != SqliteStatsReader.ExpectedMigration)
            {
                connection.Dispose();
                return null;
            }

            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>True when <paramref name="userId"/> has a row in <c>user_stats</c>: the store's normal open makes it, so without it the fast paths leave the work to that path.</summary>
    public static bool HasPerson(SqliteConnection connection, string userId, SqliteTransaction? transaction = null)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT count(*) FROM user_stats WHERE user_id = $user;";
        command.Parameters.AddWithValue("$user", userId);
        return command.ExecuteScalar() is long people && people > 0;
    }
}
