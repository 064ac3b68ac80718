using Npgsql;
using NpgsqlTypes;
using Supple.Core.History;
using Supple.Core.Sessions;
using Supple.Core.Statistics;

namespace Supple.Data;

/// <summary>
/// The hot write path of a multi-user server on PostgreSQL: a finished session, its stretch records and the summary
/// rows it changes, in one transaction and two round trips (EF Core's change tracker took seven, one per lookup, and
/// a separate <c>COMMIT</c>). Same rows, same locking, same rules as the EF Core path it replaces:
/// <list type="number">
/// <item><c>BEGIN</c>; the user's totals row <c>FOR UPDATE</c> (this user's writes queue here, as before); their
/// time zone; the summary rows of the days the session can fall on; the session's id from its sequence;</item>
/// <item>the session, its records (<c>unnest</c> of arrays: one statement for any number of records), the per-stretch
/// and per-day upserts, the totals and streak, and <c>COMMIT</c>. The server answers only after <c>COMMIT</c> has
/// returned, i.e. after the WAL is flushed.</item>
/// </list>
/// Any failure rolls the whole transaction back.
/// </summary>
internal static partial class PostgreSqlSessionWriter
{
    private const string StatsSql =
        "SELECT sessions_started, run_start, run_end, longest_streak FROM user_stats WHERE user_id = $1 FOR UPDATE";

    private const string ZoneSql = "SELECT time_zone_id FROM user_settings WHERE user_id = $1";

    private const string DaysSql = "SELECT day, practised_sessions FROM day_summaries WHERE user_id = $1 AND day BETWEEN $2 AND $3";

    private const string NextIdSql = "SELECT nextval(pg_get_serial_sequence('sessions', 'id'))";

    private const string InsertStatsSql =
        "INSERT INTO user_stats (user_id, sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, longest_streak) " +
        "VALUES ($1, 0, 0, 0, 0, 0, 0, 0) ON CONFLICT (user_id) DO NOTHING";

    private const string InsertSessionSql =
        "INSERT INTO sessions (id, user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, counted_as_practice) " +
        "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";

    private const string InsertRecordsSql =
        "INSERT INTO stretch_records (user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, recorded_at) " +
        "SELECT $1, $2, r.* FROM unnest($3::integer[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[], $9::boolean[], $10::boolean[], $11::timestamptz[]) AS r";

    private const string UpsertTalliesSql =
        "INSERT INTO stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt) " +
        "SELECT $1, t.* FROM unnest($2::text[], $3::integer[], $4::integer[], $5::integer[]) AS t " +
        "ON CONFLICT (user_id, stretch_id) DO UPDATE SET times_done = stretch_summaries.times_done + excluded.times_done, " +
        "times_skipped = stretch_summaries.times_skipped + excluded.times_skipped, times_hurt = stretch_summaries.times_hurt + excluded.times_hurt";

    private const string UpsertDaySql =
        "INSERT INTO day_summaries (user_id, day, sessions, practised_sessions) VALUES ($1, $2, 1, $3) " +
        "ON CONFLICT (user_id, day) DO UPDATE SET sessions = day_summaries.sessions + 1, practised_sessions = day_summaries.practised_sessions + excluded.practised_sessions";

    private const string UpdateStatsSql =
        "UPDATE user_stats SET sessions_started = sessions_started + 1, sessions_completed = sessions_completed + 1, " +
        "pain_pairs = pain_pairs + $2, pain_before_sum = pain_before_sum + $3, pain_after_sum = pain_after_sum + $4, " +
        "run_start = $5, run_end = $6, longest_streak = $7 WHERE user_id = $1";

    private const string PractisedDaysSql = "SELECT day FROM day_summaries WHERE user_id = $1 AND practised_sessions > 0";

    /// <summary>Saves <paramref name="session"/> (already checked by the caller) for <paramref name="userId"/>; returns its id.</summary>
    public static async Task<long> SaveAsync(NpgsqlConnection connection, string userId, CompletedSession session, int? painBefore, int? painAfter, CancellationToken ct)
    {
        // The BEGIN/COMMIT are sent as SQL inside the two batches rather than through NpgsqlTransaction, whose
        // Commit would cost a third round trip. Until COMMIT has returned nothing is durable and nothing is answered.
        var committed = false;
        try
        {
            var read = await ReadAsync(connection, userId, session.StartedAt, ct);
            if (read.Streak is null)
            {
                // No totals row (a user whose rows were never created): create it, then lock it.
                await using (var insert = new NpgsqlCommand(InsertStatsSql, connection))
                {
                    insert.Parameters.Add(Text(userId));
                    await insert.ExecuteNonQueryAsync(ct);
                }

                read = read with { Streak = await LockStatsAsync(connection, userId, ct) };
            }

            var zone = LocalDay.ZoneOrDefault(read.ZoneId, TimeZoneInfo.Local);
            var day = LocalDay.Of(session.StartedAt, zone);
            var practised = session.Stretches.Any(s => !s.Record.Skipped);
            var streak = read.Streak!;
            if (practised && (!read.PractisedByDay.TryGetValue(day, out var already) || already == 0))
            {
                streak = StreakCalculator.Advance(streak, day) ?? StreakCalculator.FromDays([.. await PractisedDaysAsync(connection, userId, ct), day]);
            }

            await using var batch = new NpgsqlBatch(connection);
            batch.BatchCommands.Add(InsertSession(read.SessionId, userId, session, day, zone.Id, painBefore, painAfter, practised));
            batch.BatchCommands.Add(InsertRecords(read.SessionId, userId, session.Stretches));
            batch.BatchCommands.Add(UpsertTallies(userId, session.Stretches));
            batch.BatchCommands.Add(Command(UpsertDaySql, Text(userId), Date(day), Int(practised ? 1 : 0)));
            var paired = painBefore is not null && painAfter is not null;
            batch.BatchCommands.Add(Command(
                UpdateStatsSql,
                Text(userId),
                Int(paired ? 1 : 0),
                Long(paired ? painBefore!.Value : 0),
                Long(paired ? painAfter!.Value : 0),
                Date(streak.RunStart),
                Date(streak.RunEnd),
                Int(streak.Longest)));
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await batch.ExecuteNonQueryAsync(ct);
            committed = true;
            return read.SessionId;
        }
        finally
        {
            if (!committed)
            {
                await RollBackAsync(connection);
            }
        }
    }

    private sealed record ReadState(long SessionId, string? ZoneId, StreakState? Streak, Dictionary<DateOnly, int> PractisedByDay);

    private static async Task<ReadState> ReadAsync(NpgsqlConnection connection, string userId, DateTimeOffset startedAt, CancellationToken ct)
    {
        // The local day is at most a day either side of the UTC day (offsets are within ±14 h).
        var utcDay = DateOnly.FromDateTime(startedAt.UtcDateTime);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
        batch.BatchCommands.Add(Command(StatsSql, Text(userId)));
        batch.BatchCommands.Add(Command(ZoneSql, Text(userId)));
        batch.BatchCommands.Add(Command(DaysSql, Text(userId), Date(utcDay.AddDays(-1)), Date(utcDay.AddDays(1))));
        batch.BatchCommands.Add(new NpgsqlBatchCommand(NextIdSql));
        await using var reader = await batch.ExecuteReaderAsync(ct);
        var streak = await ReadStreakAsync(reader, ct);
        await reader.NextResultAsync(ct);
        var zoneId = await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetString(0) : null;
        await reader.NextResultAsync(ct);
        var days = new Dictionary<DateOnly, int>(3);
        while (await reader.ReadAsync(ct))
        {
            days[reader.GetFieldValue<DateOnly>(0)] = reader.GetInt32(1);
        }

        await reader.NextResultAsync(ct);
        await reader.ReadAsync(ct);
        var id = reader.GetInt64(0);
        return new ReadState(id, zoneId, streak, days);
    }

    private static async Task<StreakState?> LockStatsAsync(NpgsqlConnection connection, string userId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(StatsSql, connection);
        command.Parameters.Add(Text(userId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await ReadStreakAsync(reader, ct);
    }

    private static async Task<StreakState?> ReadStreakAsync(NpgsqlDataReader reader, CancellationToken ct)
    {
        if (!await reader.ReadAsync(ct))
        {
            return null;
        }

        return new StreakState(
            reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
            reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
            reader.GetInt32(3));
    }

    private static async Task<List<DateOnly>> PractisedDaysAsync(NpgsqlConnection connection, string userId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(PractisedDaysSql, connection);
        command.Parameters.Add(Text(userId));
        await using var reader = await command.ExecuteReaderAsync(ct);
        var days = new List<DateOnly>();
        while (await reader.ReadAsync(ct))
        {
            days.Add(reader.GetFieldValue<DateOnly>(0));
        }

        return days;
    }

    private static async Task RollBackAsync(NpgsqlConnection connection)
    {
        if (connection.FullState != System.Data.ConnectionState.Open)
        {
            return; // a broken connection is discarded by the pool, and the server rolls its transaction back
        }

        try
        {
            await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
            await rollback.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            // The connection broke meanwhile: nothing was committed, and the pool will not reuse it.
        }
    }

    private static NpgsqlBatchCommand InsertSession(long id, string userId, CompletedSession s, DateOnly day, string zoneId, int? painBefore, int? painAfter, bool practised) =>
        Command(
            InsertSessionSql,
            new NpgsqlParameter<long> { TypedValue = id },
            Text(userId),
            new NpgsqlParameter<Guid> { TypedValue = Guid.NewGuid() },
            Instant(s.StartedAt),
            Instant(s.EndedAt),
            Date(day),
            Text(zoneId),
            Text(s.ProgrammeName),
            Text(StoredNames.Of(s.DosageLevel)),
            Text(StoredNames.Of(SessionSource.Guided)),
            Text(StoredNames.Of(SessionOutcome.Completed)),
            Int(painBefore),
            Int(painAfter),
            new NpgsqlParameter<bool> { TypedValue = practised });

    private static NpgsqlBatchCommand InsertRecords(long sessionId, string userId, IReadOnlyList<RecordedStretch> stretches)
    {
        var n = stretches.Count;
        var seq = new int[n];
        var ids = new string[n];
        var sides = new string[n];
        var reps = new int[n];
        var sets = new int[n];
        var seconds = new int[n];
        var skipped = new bool[n];
        var hurt = new bool[n];
        var at = new DateTime[n];
        for (var i = 0; i < n; i++)
        {
            var r = stretches[i].Record;
            seq[i] = i + 1;
            ids[i] = r.StretchId;
            sides[i] = StoredNames.Of(r.Side);
            reps[i] = r.RepsDone;
            sets[i] = r.SetsDone;
            seconds[i] = r.SecondsHeld;
            skipped[i] = r.Skipped;
            hurt[i] = r.Hurt;
            at[i] = stretches[i].At.UtcDateTime;
        }

        return Command(
            InsertRecordsSql,
            Text(userId),
            new NpgsqlParameter<long> { TypedValue = sessionId },
            Array(seq),
            Array(ids),
            Array(sides),
            Array(reps),
            Array(sets),
            Array(seconds),
            Array(skipped),
            Array(hurt),
            Instants(at));
    }

    private static NpgsqlBatchCommand UpsertTallies(string userId, IReadOnlyList<RecordedStretch> stretches)
    {
        // One row per stretch (the records of both sides add up), as ON CONFLICT may touch a row only once.
        var tallies = new Dictionary<string, (int Done, int Skipped, int Hurt)>(StringComparer.Ordinal);
        foreach (var stretch in stretches)
        {
            var r = stretch.Record;
            tallies.TryGetValue(r.StretchId, out var t);
            tallies[r.StretchId] = (t.Done + (r.Skipped ? 0 : 1), t.Skipped + (r.Skipped ? 1 : 0), t.Hurt + (r.Hurt ? 1 : 0));
        }

        return Command(
            UpsertTalliesSql,
            Text(userId),
            Array(tallies.Keys.ToArray()),
            Array(tallies.Values.Select(t => t.Done).ToArray()),
            Array(tallies.Values.Select(t => t.Skipped).ToArray()),
            Array(tallies.Values.Select(t => t.Hurt).ToArray()));
    }

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter Int(int? value) => value is { } v
        ? new NpgsqlParameter<int> { TypedValue = v }
        : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer };

    private static NpgsqlParameter<long> Long(long value) => new() { TypedValue = value };

    private static NpgsqlParameter Date(DateOnly? value) => value is { } v
        ? new NpgsqlParameter<DateOnly> { TypedValue = v, NpgsqlDbType = NpgsqlDbType.Date }
        : new NpgsqlParameter { Value = DBNull.Value, NpgsqlDbType = NpgsqlDbType.Date };

    private static NpgsqlParameter<DateTime> Instant(DateTimeOffset value) =>
        new() { TypedValue = value.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    private static NpgsqlParameter<T[]> Array<T>(T[] values) => new() { TypedValue = values };
}
