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

        try
        {
            using var connection = SqliteFastPath.TryOpen(location.ConnectionString, SqliteOpenMode.ReadOnly);
            if (connection is null)
            {
                return null;
            }

            using var command = connection.CreateCommand();

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
            var safety = Document(UserDocuments.Safety);
            command.CommandText = "SELECT disclaimer_accepted_at FROM user_settings WHERE user_id = $user;";
            DateTimeOffset? accepted = command.ExecuteScalar() is long ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;
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

            return new DeskBreakInputs(plan, reminders, resumptions, hurts, safety, accepted);
        }
        catch (SqliteException)
        {
            // Locked, damaged or unexpected: let the normal path report it properly.
            return null;
        }
    }
}
