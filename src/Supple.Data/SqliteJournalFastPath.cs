using Microsoft.Data.Sqlite;
using Supple.Core.History;
using Supple.Core.Sessions;

namespace Supple.Data;

/// <summary>
/// The plain-SQL paths of the terminal's writes (<c>supple pain</c>, <c>supple log</c>, the start of
/// <c>supple start</c>): the person's time zone, one pain entry, a logged session or a session's start, written with
/// Microsoft.Data.Sqlite alone, without EF Core's model, context or change tracker (which cost every such command
/// about half a second of start-up, docs/PERFORMANCE.md). Like <see cref="SqliteStatsReader"/> it answers only for a
/// local file already at this binary's schema whose person exists; otherwise it returns <c>null</c> and the caller
/// takes the store's normal path (which creates, migrates or refuses the file).
/// </summary>
public static class SqliteJournalFastPath
{
    /// <summary>The time zone in the person's settings (this machine's when none), or <c>null</c> when the fast path cannot answer.</summary>
    public static TimeZoneInfo? TryReadTimeZone(StoreLocation location, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            using var connection = SqliteFastPath.TryOpen(location, SqliteOpenMode.ReadOnly);
            if (connection is null)
            {
                return null;
            }

            using var command = connection.CreateCommand();
            command.CommandText = "SELECT time_zone_id FROM user_settings WHERE user_id = $user;";
            command.Parameters.AddWithValue("$user", userId);
            return LocalDay.ZoneOrDefault(command.ExecuteScalar() as string, TimeZoneInfo.Local);
        }
        catch (SqliteException)
        {
            // Locked past the timeout, damaged, or not ours: the normal path gives the clear message.
            return null;
        }
    }

    /// <summary>
    /// Adds <paramref name="entry"/> to the pain diary and returns its row id, or <c>null</c> when the fast path cannot
    /// write (nothing was written then). The file gets the same checks as on every open of the store before anything is
    /// written: a damaged file or another application's is refused with a <see cref="StoreException"/>.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged, not Supple's, or cannot be read.</exception>
    /// <exception cref="ArgumentException">The note is longer than <see cref="PainEntry.MaxNoteLength"/>.</exception>
    public static long? TryAddPain(StoreLocation location, PainEntry entry, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(entry);
        SuppleStore.CheckNote(entry.Note, nameof(entry));
        try
        {
            using var connection = OpenForWrite(location, userId);
            if (connection is null)
            {
                return null;
            }

            using var command = connection.CreateCommand();
            command.Parameters.AddWithValue("$user", userId);

            // The same columns and encodings as the EF Core model (SqliteSuppleDbContext: times as UTC ticks, ids as
            // upper-case text); SqliteJournalFastPathTests read the row back through the store to prove it.
            command.CommandText =
                "INSERT INTO pain_entries (user_id, uid, at, score, area, note) VALUES ($user, $uid, $at, $score, $area, $note); " +
                "SELECT last_insert_rowid();";
            command.Parameters.AddWithValue("$uid", (entry.Id == Guid.Empty ? Guid.NewGuid() : entry.Id).ToString().ToUpperInvariant());
            command.Parameters.AddWithValue("$at", entry.At.UtcTicks);
            command.Parameters.AddWithValue("$score", entry.Score.Value);
            command.Parameters.AddWithValue("$area", (object?)entry.Area?.ToName() ?? DBNull.Value);
            command.Parameters.AddWithValue("$note", (object?)entry.Note ?? DBNull.Value);
            return (long)command.ExecuteScalar()!;
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // Busy or locked past the timeout: nothing was written; the normal path waits its own way and says so.
            return null;
        }
    }

    /// <summary>
    /// Records a logged session (a session done without the timer) with its stretch records and the summary rows it
    /// changes, in one transaction, and returns its row id; or <c>null</c> when the fast path cannot write (nothing was
    /// written then). The same rows as <see cref="SuppleStore.LogSessionAsync"/> (the store's checks, the SQLite session
    /// writer, the one summary rule); the file gets the same checks as on every open of the store before anything is
    /// written.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged, not Supple's, or cannot be read.</exception>
    /// <exception cref="ArgumentException">The session is not one the store would record (see <see cref="SuppleStore.LogSessionAsync"/>).</exception>
    public static long? TryLog(StoreLocation location, LoggedSession session, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        var (before, after) = SuppleStore.CheckLogged(session);
        try
        {
            using var connection = OpenForWrite(location, userId);
            if (connection is null)
            {
                return null;
            }

            var completed = new CompletedSession(
                session.At, session.At, session.ProgrammeName, session.Level, before, after,
                [.. session.Stretches.Select(r => new RecordedStretch(r, session.At))],
                SessionOutcome.Completed, Hurt: null, Uid: Guid.NewGuid(), Source: SessionSource.Logged);
            return SqliteSessionWriter.Save(connection, userId, completed, before, after, SuppleStore.StoredNote(session.Note));
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // Busy or locked past the timeout: the transaction wrote nothing; the normal path waits its own way and says so.
            return null;
        }
    }

    /// <summary>
    /// Records the start of a guided session (the same rows as <see cref="SuppleStore.StartSessionAsync"/>: the store's
    /// checks, the SQLite session writer, the one summary rule) and returns it as stored; or <c>null</c> when the fast
    /// path cannot write (nothing was written then). The file gets the same checks as on every open of the store before
    /// anything is written.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged, not Supple's, or cannot be read.</exception>
    /// <exception cref="ArgumentException">The start is not one the store would record (see <see cref="SuppleStore.StartSessionAsync"/>).</exception>
    public static StoredSession? TryStartSession(StoreLocation location, SessionStart start, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        var painBefore = SuppleStore.CheckStart(start);
        try
        {
            using var connection = OpenForWrite(location, userId);
            return connection is null ? null : SqliteSessionWriter.Start(connection, userId, start, painBefore);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // Busy or locked past the timeout: the transaction wrote nothing; the normal path waits its own way and says so.
            return null;
        }
    }

    /// <summary>
    /// A connection for writing to a local file at this schema whose person exists, after the same file checks as every
    /// open of the store; <c>null</c> (nothing opened) when the fast path must not write.
    /// </summary>
    /// <exception cref="StoreException">The file is damaged, not Supple's, or cannot be read.</exception>
    /// <exception cref="SqliteException">The file is locked past the busy timeout.</exception>
    private static SqliteConnection? OpenForWrite(StoreLocation location, string userId)
    {
        // PrepareSqliteFile is the store's damage check (header, quick_check, application id, tables); TryOpen then
        // confirms the schema on the connection that writes (two cheap reads).
        if (!SqliteFastPath.IsLocalFile(location)
            || !string.Equals(StoreSchema.PrepareSqliteFile(location), SqliteStatsReader.ExpectedMigration, StringComparison.Ordinal))
        {
            return null;
        }

        var connection = SqliteFastPath.TryOpen(location, SqliteOpenMode.ReadWrite);
        if (connection is null)
        {
            return null;
        }

        try
        {
            // The person's row is made by the store's normal open; without it, that path runs.
            if (SqliteFastPath.HasPerson(connection, userId))
            {
                return connection;
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        connection.Dispose();
        return null;
    }
}
