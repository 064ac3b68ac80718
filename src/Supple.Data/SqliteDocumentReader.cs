using Microsoft.Data.Sqlite;
using Supple.Data.Entities;

namespace Supple.Data;

/// <summary>
/// The plain-SQL reads of the small things <c>supple plan</c> and <c>supple start</c> look at before a session: the
/// person's named documents (<see cref="UserDocuments"/>: plan, safety gate, resumed stretches) and settings (the
/// disclaimer), read with Microsoft.Data.Sqlite alone, without EF Core's model or query pipeline. Like
/// <see cref="SqliteHistoryReader"/> it answers only for a local file already at this binary's schema whose person
/// exists, and answers "cannot" otherwise, so the caller takes the store's normal path (which creates, migrates or
/// refuses the file). It never creates or changes a file.
/// </summary>
public static class SqliteDocumentReader
{
    /// <summary>
    /// Reads the document named <paramref name="name"/>: true with its text (<c>null</c> when none was saved), or
    /// false when the fast path cannot answer.
    /// </summary>
    public static bool TryRead(StoreLocation location, string name, string userId, out string? json)
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        json = null;
        using var connection = TryOpen(location, userId);
        if (connection is null)
        {
            return false;
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT json FROM user_documents WHERE user_id = $user AND name = $name;";
            command.Parameters.AddWithValue("$user", userId);
            command.Parameters.AddWithValue("$name", name);
            json = command.ExecuteScalar() as string;
            return true;
        }
        catch (SqliteException)
        {
            // Locked past the timeout or damaged: the normal path gives the clear message.
            return false;
        }
    }

    /// <summary>The person's settings (the defaults when none were saved), or <c>null</c> when the fast path cannot answer.</summary>
    public static UserSettings? TryReadSettings(StoreLocation location, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        using var connection = TryOpen(location, userId);
        if (connection is null)
        {
            return null;
        }

        try
        {
            using var command = connection.CreateCommand();
            command.CommandText =
                "SELECT time_zone_id, disclaimer_accepted_at, default_level, voice_enabled, sound_enabled FROM user_settings WHERE user_id = $user;";
            command.Parameters.AddWithValue("$user", userId);
            using var reader = command.ExecuteReader();
            if (!reader.Read())
            {
                return UserSettings.Default;
            }

            // The same columns and encodings as the EF Core model (times as UTC ticks); the row goes through the
            // store's own mapping, so both paths read the same settings.
            return SuppleStore.ToSettings(new UserSettingsRow
            {
                UserId = userId,
                TimeZoneId = reader.IsDBNull(0) ? null : reader.GetString(0),
                DisclaimerAcceptedAt = reader.IsDBNull(1) ? null : new DateTimeOffset(reader.GetInt64(1), TimeSpan.Zero),
                DefaultLevel = reader.GetString(2),
                VoiceEnabled = reader.GetBoolean(3),
                SoundEnabled = reader.GetBoolean(4),
            });
        }
        catch (SqliteException)
        {
            return null;
        }
    }

    private static SqliteConnection? TryOpen(StoreLocation location, string userId)
    {
        SqliteConnection? connection = null;
        try
        {
            connection = SqliteFastPath.TryOpen(location, SqliteOpenMode.ReadOnly);
            if (connection is null)
            {
                return null;
            }

            // The person's row is made by the store's normal open; without it, that path runs (as for a new file).
            if (SqliteFastPath.HasPerson(connection, userId))
            {
                return connection;
            }
        }
        catch (SqliteException)
        {
            // Locked past the timeout, damaged, or not ours: the normal path gives the clear message.
        }

        connection?.Dispose();
        return null;
    }
}
