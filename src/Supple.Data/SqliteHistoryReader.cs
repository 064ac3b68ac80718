using Microsoft.Data.Sqlite;
using Supple.Core.History;
using Supple.Data.Entities;

namespace Supple.Data;

/// <summary>
/// The plain-SQL path of <c>supple history</c>: sessions, their stretch records and pain entries read with
/// Microsoft.Data.Sqlite alone, without EF Core's model, context or query pipeline (which cost such a command most of
/// its start-up, docs/PERFORMANCE.md). Like <see cref="SqliteStatsReader"/> it answers only for a local file already at
/// this binary's schema whose person exists, and returns <c>null</c> otherwise so the caller takes the store's normal
/// path (which creates, migrates or refuses the file). It never creates or changes a file. Rows become history through
/// the store's own mapping, so both paths read the same values and refuse the same bad ones. <c>supple export</c> reads
/// through it too (<see cref="TryExport"/>).
/// </summary>
public static class SqliteHistoryReader
{
    /// <summary>
    /// Sessions and pain entries of <paramref name="userId"/> since <paramref name="since"/> (all when <c>null</c>),
    /// newest first, or <c>null</c> when the fast path cannot answer.
    /// </summary>
    /// <exception cref="StoreException">A stored value is not one Supple writes (the normal path refuses it the same way).</exception>
    public static History? TryRead(StoreLocation location, DateTimeOffset? since, string userId = "local") =>
        TryRead(location, since, withEveryHurt: false, userId);

    /// <summary>
    /// As <see cref="TryRead(StoreLocation, DateTimeOffset?, string)"/>; with <paramref name="withEveryHurt"/>, also
    /// every older session in which something hurt, with its stretches (as <see cref="SuppleStore.GetHistoryAsync(DateTimeOffset?, bool, CancellationToken)"/>).
    /// </summary>
    /// <exception cref="StoreException">A stored value is not one Supple writes (the normal path refuses it the same way).</exception>
    public static History? TryRead(StoreLocation location, DateTimeOffset? since, bool withEveryHurt, string userId = "local") =>
        TryReadRows(location, since, withEveryHurt && since is not null, userId) is { } rows
            ? SuppleStore.ToHistory(rows.Sessions, rows.Pain, rows.Zone)
            : null;

    /// <summary>
    /// Everything <paramref name="userId"/> has recorded, as <see cref="SuppleStore.ExportAsync"/> exports it (the same
    /// mapping), stamped <paramref name="exportedAt"/>; or <c>null</c> when the fast path cannot answer.
    /// </summary>
    public static ExportDocument? TryExport(StoreLocation location, DateTimeOffset exportedAt, string userId = "local") =>
        TryReadRows(location, since: null, withEveryHurt: false, userId) is { } rows
            ? SuppleStore.ToExport(rows.Sessions, rows.Pain, rows.Zone, exportedAt)
            : null;

    /// <summary>The stored rows both answers are mapped from, or <c>null</c> when the fast path cannot answer.</summary>
    private static (List<SessionRow> Sessions, List<PainEntryRow> Pain, TimeZoneInfo Zone)? TryReadRows(
        StoreLocation location, DateTimeOffset? since, bool withEveryHurt, string userId)
    {
        ArgumentNullException.ThrowIfNull(location);
        try
        {
            using var connection = SqliteFastPath.TryOpen(location, SqliteOpenMode.ReadOnly);
            return connection is null ? null : ReadRows(connection, since, withEveryHurt, userId);
        }
        catch (SqliteException)
        {
            // Locked past the timeout, damaged, or not ours: the normal path gives the clear message.
            return null;
        }
    }

    private static (List<SessionRow> Sessions, List<PainEntryRow> Pain, TimeZoneInfo Zone)? ReadRows(
        SqliteConnection connection, DateTimeOffset? since, bool withEveryHurt, string userId)
    {
        // Which sessions: since the date asked for, and with every hurt also the older ones in which something hurt.
        var which = withEveryHurt
            ? "(s.started_at >= $since OR s.hurt_stretch_id IS NOT NULL OR EXISTS (SELECT 1 FROM stretch_records h WHERE h.session_id = s.id AND h.hurt = 1))"
            : "s.started_at >= $since";

        // One read transaction: the sessions, their stretches and the pain entries come from the same snapshot even
        // while another process is saving a session.
        using var transaction = connection.BeginTransaction(deferred: true);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$since", since?.UtcTicks ?? long.MinValue);

        // The person's row is made by the store's normal open; without it, that path runs (as for a new file).
        if (!SqliteFastPath.HasPerson(connection, userId, transaction))
        {
            return null;
        }

        command.CommandText = "SELECT time_zone_id FROM user_settings WHERE user_id = $user;";
        var zone = LocalDay.ZoneOrDefault(command.ExecuteScalar() as string, TimeZoneInfo.Local);

        // The same columns and encodings as the EF Core model (SqliteSuppleDbContext: times as UTC ticks, ids as text,
        // days as yyyy-MM-dd); SqliteHistoryReaderTests compare this path with the store's on the same file.
        var sessions = new List<SessionRow>();
        var byId = new Dictionary<long, SessionRow>();
        command.CommandText =
            "SELECT id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, " +
            "hurt_stretch_id, hurt_side, hurt_at, note FROM sessions s WHERE s.user_id = $user AND " + which + " " +
            "ORDER BY started_at DESC, id DESC;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                var row = new SessionRow
                {
                    Id = reader.GetInt64(0),
                    UserId = userId,
                    Uid = reader.GetGuid(1),
                    StartedAt = Ticks(reader, 2)!.Value,
                    EndedAt = Ticks(reader, 3),
                    Day = DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    TimeZoneId = reader.GetString(5),
                    ProgrammeName = reader.GetString(6),
                    Level = reader.GetString(7),
                    Source = reader.GetString(8),
                    Outcome = Text(reader, 9),
                    PainBefore = reader.IsDBNull(10) ? null : reader.GetInt32(10),
                    PainAfter = reader.IsDBNull(11) ? null : reader.GetInt32(11),
                    HurtStretchId = Text(reader, 12),
                    HurtSide = Text(reader, 13),
                    HurtAt = Ticks(reader, 14),
                    Note = Text(reader, 15),
                };
                sessions.Add(row);
                byId.Add(row.Id, row);
            }
        }

        if (sessions.Count > 0)
        {
            // The stretches of exactly those sessions, through the (session_id, seq) index.
            command.CommandText =
                "SELECT r.session_id, r.seq, r.stretch_id, r.side, r.reps_done, r.sets_done, r.seconds_held, r.skipped, r.hurt, r.partial, r.recorded_at " +
                "FROM stretch_records r JOIN sessions s ON s.id = r.session_id " +
                "WHERE s.user_id = $user AND " + which + " ORDER BY r.session_id, r.seq;";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                if (byId.TryGetValue(reader.GetInt64(0), out var session))
                {
                    session.Stretches.Add(new StretchRecordRow
                    {
                        UserId = userId,
                        SessionId = session.Id,
                        Seq = reader.GetInt32(1),
                        StretchId = reader.GetString(2),
                        Side = reader.GetString(3),
                        RepsDone = reader.GetInt32(4),
                        SetsDone = reader.GetInt32(5),
                        SecondsHeld = reader.GetInt32(6),
                        Skipped = reader.GetBoolean(7),
                        Hurt = reader.GetBoolean(8),
                        Partial = reader.GetBoolean(9),
                        RecordedAt = Ticks(reader, 10)!.Value,
                    });
                }
            }
        }

        var pain = new List<PainEntryRow>();
        command.CommandText =
            "SELECT id, uid, at, score, area, note FROM pain_entries WHERE user_id = $user AND at >= $since ORDER BY at DESC, id DESC;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                pain.Add(new PainEntryRow
                {
                    Id = reader.GetInt64(0),
                    UserId = userId,
                    Uid = reader.GetGuid(1),
                    At = Ticks(reader, 2)!.Value,
                    Score = reader.GetInt32(3),
                    Area = Text(reader, 4),
                    Note = Text(reader, 5),
                });
            }
        }

        return (sessions, pain, zone);
    }

    private static DateTimeOffset? Ticks(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero);

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
