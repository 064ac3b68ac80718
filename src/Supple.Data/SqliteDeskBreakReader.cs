using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Supple.Data;

/// <summary>
/// A read path for <c>supple breaks</c> on a SQLite file with plain SQL and no EF Core, so a process that then
/// idles for hours does not carry EF Core's code and model in memory (docs/PERFORMANCE.md, "Desk breaks"). Like
/// <see cref="SqliteStatsReader"/> it answers only for a file already at this binary's schema, and returns
/// <c>null</c> otherwise so the caller opens the store the normal way. It never creates or changes a file.
/// </summary>
public static class SqliteDeskBreakReader
{
    /// <summary>The inputs for <paramref name="userId"/>, <see cref="DeskBreakInputs.Empty"/> when there is no file yet, or <c>null</c>.</summary>
    public static DeskBreakInputs? TryRead(StoreLocation location, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        if (location.Provider != StoreProvider.Sqlite || location.FilePath is not { } path)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            return DeskBreakInputs.Empty;
        }

        var builder = new SqliteConnectionStringBuilder(location.ConnectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        try
        {
            using var connection = new SqliteConnection(builder.ConnectionString);
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA busy_timeout = {SqliteBusyTimeoutInterceptor.BusyTimeoutMilliseconds};";
            command.ExecuteNonQuery();
            command.CommandText = "PRAGMA application_id;";
            if (Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) != StoreSchema.SqliteApplicationId)
            {
                return null;
            }

            command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory ORDER BY MigrationId DESC LIMIT 1;";
            if (command.ExecuteScalar() as string != SqliteStatsReader.ExpectedMigration)
            {
                return null;
            }

            using var transaction = connection.BeginTransaction(deferred: true);
            command.Transaction = transaction;
            command.Parameters.AddWithValue("$user", userId);
            var nameParameter = command.Parameters.Add("$name", SqliteType.Text);
            string? Document(string name)
            {
                nameParameter.Value = name;
                command.CommandText = "SELECT json FROM user_documents WHERE user_id = $user AND name = $name;";
                return command.ExecuteScalar() as string;
            }

            var plan = Document(UserDocuments.Plan);
            var reminders = Document(UserDocuments.Reminders);
            var resumptions = Document(UserDocuments.Resumptions);
            command.CommandText =
                "SELECT r.stretch_id, s.started_at FROM stretch_records r JOIN sessions s ON s.id = r.session_id " +
                "WHERE r.user_id = $user AND r.hurt = 1 " +
                "UNION SELECT hurt_stretch_id, started_at FROM sessions WHERE user_id = $user AND hurt_stretch_id IS NOT NULL;";
            var hurts = new List<(string, DateTimeOffset)>();
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    hurts.Add((reader.GetString(0), new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero)));
                }
            }

            return new DeskBreakInputs(plan, reminders, resumptions, hurts);
        }
        catch (SqliteException)
        {
            // Locked, damaged or unexpected: let the normal path report it properly.
            return null;
        }
    }
}
