using Npgsql;
using NpgsqlTypes;
using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Data;

/// <summary>
/// The hot write path of a multi-user server on PostgreSQL: finished sessions, their stretch records and the summary
/// rows they change, in one transaction and two round trips however many sessions there are (EF Core's change tracker
/// took seven round trips for one). <see cref="PostgreSqlSessionQueue"/> hands it every session that waits while the
/// writers are busy (group commit); alone, a session is a batch of one. Every statement works on arrays, so
/// PostgreSQL parses, plans, locks and commits once per batch:
/// <list type="number">
/// <item><c>BEGIN</c>; the totals rows of everyone in the batch <c>FOR UPDATE</c> in user-id order (a person's writes
/// queue there, and two batches cannot deadlock); their time zones; the day rows each session can fall on; the new
/// ids from the sessions' sequence;</item>
/// <item>the sessions, all their records, the per-stretch, per-day and per-person summaries, and <c>COMMIT</c>. Callers
/// are answered only after <c>COMMIT</c> has returned, i.e. after the WAL is flushed.</item>
/// </list>
/// The sessions are applied in order, as if each were written alone. Any failure rolls the whole transaction back.
/// </summary>
internal static class PostgreSqlSessionWriter
{
    // The totals rows of everyone in the batch, locked in one order (user id) so that two batches cannot deadlock.
    private const string StatsSql =
        "SELECT user_id, run_start, run_end, longest_streak FROM user_stats WHERE user_id = ANY($1) ORDER BY user_id FOR UPDATE";

    private const string ZonesSql = "SELECT user_id, time_zone_id FROM user_settings WHERE user_id = ANY($1)";

    // LATERAL keeps it to one index range per session, whatever the plan for an array of unknown length.
    private const string DaysSql =
        "SELECT r.user_id, d.day, d.practised_sessions FROM unnest($1::text[], $2::date[], $3::date[]) AS r(user_id, first_day, last_day) " +
        "CROSS JOIN LATERAL (SELECT day, practised_sessions FROM day_summaries WHERE user_id = r.user_id AND day BETWEEN r.first_day AND r.last_day) AS d";

    private const string IdsSql = "SELECT nextval(pg_get_serial_sequence('sessions', 'id')) FROM generate_series(1, $1)";

    private const string InsertSessionsSql =
        "INSERT INTO sessions (id, user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, " +
        "hurt_stretch_id, hurt_side, hurt_at, counted_as_practice) " +
        "SELECT * FROM unnest($1::bigint[], $2::text[], $3::uuid[], $4::timestamptz[], $5::timestamptz[], $6::date[], $7::text[], $8::text[], $9::text[], " +
        "$10::text[], $11::text[], $12::integer[], $13::integer[], $14::text[], $15::text[], $16::timestamptz[], $17::boolean[])";

    private const string InsertRecordsSql =
        "INSERT INTO stretch_records (user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, partial, recorded_at) " +
        "SELECT * FROM unnest($1::text[], $2::bigint[], $3::integer[], $4::text[], $5::text[], $6::integer[], $7::integer[], $8::integer[], $9::boolean[], $10::boolean[], $11::boolean[], $12::timestamptz[])";

    private const string UpsertTalliesSql =
        "INSERT INTO stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt) " +
        "SELECT * FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[], $5::integer[]) " +
        "ON CONFLICT (user_id, stretch_id) DO UPDATE SET times_done = stretch_summaries.times_done + excluded.times_done, " +
        "times_skipped = stretch_summaries.times_skipped + excluded.times_skipped, times_hurt = stretch_summaries.times_hurt + excluded.times_hurt";

    private const string UpsertDaysSql =
        "INSERT INTO day_summaries (user_id, day, sessions, practised_sessions) SELECT * FROM unnest($1::text[], $2::date[], $3::integer[], $4::integer[]) " +
        "ON CONFLICT (user_id, day) DO UPDATE SET sessions = day_summaries.sessions + excluded.sessions, practised_sessions = day_summaries.practised_sessions + excluded.practised_sessions";

    private const string UpdateStatsSql =
        "UPDATE user_stats AS s SET sessions_started = s.sessions_started + u.n, sessions_completed = s.sessions_completed + u.completed, " +
        "sessions_stopped_for_pain = s.sessions_stopped_for_pain + u.stopped, " +
        "pain_pairs = s.pain_pairs + u.pairs, pain_before_sum = s.pain_before_sum + u.before_sum, pain_after_sum = s.pain_after_sum + u.after_sum, " +
        "run_start = u.run_start, run_end = u.run_end, longest_streak = u.longest " +
        "FROM unnest($1::text[], $2::integer[], $3::integer[], $4::integer[], $5::integer[], $6::bigint[], $7::bigint[], $8::date[], $9::date[], $10::integer[]) " +
        "AS u(user_id, n, completed, stopped, pairs, before_sum, after_sum, run_start, run_end, longest) WHERE s.user_id = u.user_id";

    private const string InsertStatsSql =
        "INSERT INTO user_stats (user_id, sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, longest_streak) " +
        "SELECT u, 0, 0, 0, 0, 0, 0, 0 FROM unnest($1::text[]) AS u ON CONFLICT (user_id) DO NOTHING";

    private const string PractisedDaysSql = "SELECT day FROM day_summaries WHERE user_id = $1 AND practised_sessions > 0";

    /// <summary>Saves one session (already checked) for <paramref name="userId"/>: a batch of one; returns its id.</summary>
    public static async Task<long> SaveAsync(NpgsqlConnection connection, string userId, CompletedSession session, int? painBefore, int? painAfter, CancellationToken ct) =>
        (await SaveManyAsync(connection, [new SessionToSave(userId, session, painBefore, painAfter)], ct))[0];

    /// <summary>
    /// Saves <paramref name="sessions"/> (already checked) in one transaction: all of them or none. Returns their ids
    /// in the same order. Someone without a totals row (never created, or deleted meanwhile) gets one first.
    /// </summary>
    public static async Task<long[]> SaveManyAsync(NpgsqlConnection connection, IReadOnlyList<SessionToSave> sessions, CancellationToken ct)
    {
        var committed = false;
        try
        {
            var read = await ReadManyAsync(connection, sessions, ct);
            var plan = await PlanAsync(connection, sessions, read, ct);
            await using var batch = new NpgsqlBatch(connection);
            AddWrites(batch, sessions, read.Ids, plan);
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
            await batch.ExecuteNonQueryAsync(ct);
            committed = true;
            return read.Ids;
        }
        finally
        {
            if (!committed)
            {
                await RollBackAsync(connection);
            }
        }
    }

    /// <summary>What the batch's transaction read: per person their streak and time zone, the days the sessions can fall on, and the new ids.</summary>
    private sealed record BatchRead(Dictionary<string, StreakState> Streaks, Dictionary<string, string?> Zones, Dictionary<(string User, DateOnly Day), int> PractisedByDay, long[] Ids);

    /// <summary>The rows to write, summed per person, per person and stretch, and per person and day.</summary>
    private sealed record BatchPlan(
        DateOnly[] Days,
        string[] ZoneIds,
        bool[] Practised,
        Dictionary<(string User, string Stretch), (int Done, int Skipped, int Hurt)> Tallies,
        Dictionary<(string User, DateOnly Day), (int Sessions, int Practised)> DayRows,
        Dictionary<string, (PracticeTotals Totals, StreakState Streak)> Totals);

    private static async Task<BatchRead> ReadManyAsync(NpgsqlConnection connection, IReadOnlyList<SessionToSave> sessions, CancellationToken ct)
    {
        var users = sessions.Select(s => s.UserId).Distinct(StringComparer.Ordinal).ToArray();
        var rangeUsers = new string[sessions.Count];
        var firstDays = new DateOnly[sessions.Count];
        var lastDays = new DateOnly[sessions.Count];
        for (var i = 0; i < sessions.Count; i++)
        {
            // The local day is at most a day either side of the UTC day (offsets are within ±14 h).
            var utcDay = DateOnly.FromDateTime(sessions[i].Session.StartedAt.UtcDateTime);
            rangeUsers[i] = sessions[i].UserId;
            firstDays[i] = utcDay.AddDays(-1);
            lastDays[i] = utcDay.AddDays(1);
        }

        var streaks = new Dictionary<string, StreakState>(users.Length, StringComparer.Ordinal);
        var zones = new Dictionary<string, string?>(users.Length, StringComparer.Ordinal);
        var days = new Dictionary<(string, DateOnly), int>();
        var ids = new long[sessions.Count];
        await using (var batch = new NpgsqlBatch(connection))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("BEGIN"));
            batch.BatchCommands.Add(Command(StatsSql, Array(users)));
            batch.BatchCommands.Add(Command(ZonesSql, Array(users)));
            batch.BatchCommands.Add(Command(DaysSql, Array(rangeUsers), Array(firstDays), Array(lastDays)));
            batch.BatchCommands.Add(Command(IdsSql, Int(sessions.Count)));
            await using var reader = await batch.ExecuteReaderAsync(ct);
            await ReadStreaksAsync(reader, streaks, ct);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                zones[reader.GetString(0)] = reader.IsDBNull(1) ? null : reader.GetString(1);
            }

            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                days[(reader.GetString(0), reader.GetFieldValue<DateOnly>(1))] = reader.GetInt32(2);
            }

            await reader.NextResultAsync(ct);
            for (var i = 0; i < ids.Length && await reader.ReadAsync(ct); i++)
            {
                ids[i] = reader.GetInt64(0);
            }
        }

        if (streaks.Count < users.Length)
        {
            // Someone has no totals row (a user whose rows were never created, or deleted meanwhile): create it and
            // lock it in this transaction, one more round trip. Out of user-id order, but only for rows that did not
            // exist, so no other batch can be holding them while waiting for ours.
            var missing = users.Where(u => !streaks.ContainsKey(u)).ToArray();
            await using var create = new NpgsqlBatch(connection);
            create.BatchCommands.Add(Command(InsertStatsSql, Array(missing)));
            create.BatchCommands.Add(Command(StatsSql, Array(missing)));
            await using var reader = await create.ExecuteReaderAsync(ct); // the INSERT returns no rows: the reader starts at the SELECT
            await ReadStreaksAsync(reader, streaks, ct);
        }

        return new BatchRead(streaks, zones, days, ids);
    }

    private static async Task ReadStreaksAsync(NpgsqlDataReader reader, Dictionary<string, StreakState> streaks, CancellationToken ct)
    {
        while (await reader.ReadAsync(ct))
        {
            streaks[reader.GetString(0)] = new StreakState(
                reader.IsDBNull(1) ? null : reader.GetFieldValue<DateOnly>(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2),
                reader.GetInt32(3));
        }
    }

    private static async Task<BatchPlan> PlanAsync(NpgsqlConnection connection, IReadOnlyList<SessionToSave> sessions, BatchRead read, CancellationToken ct)
    {
        var n = sessions.Count;
        var plan = new BatchPlan(new DateOnly[n], new string[n], new bool[n], [], [], new(StringComparer.Ordinal));
        var practisedByDay = read.PractisedByDay;
        foreach (var (user, streak) in read.Streaks)
        {
            plan.Totals[user] = (PracticeTotals.Empty, streak);
        }

        // In arrival order, as if each had been written alone: a later session of the same person sees the days and
        // the streak the earlier ones left. What each adds is the summary rule's (SummaryRule), as on every path.
        for (var i = 0; i < n; i++)
        {
            var (user, session, painBefore, painAfter) = sessions[i];
            var zone = LocalDay.ZoneOrDefault(read.Zones.GetValueOrDefault(user), TimeZoneInfo.Local);
            var day = LocalDay.Of(session.StartedAt, zone);
            var change = SummaryRule.Of(SessionChange.Whole(day, session.Source, [.. session.Stretches.Select(s => s.Record)], session.Outcome, painBefore, painAfter));
            plan.Days[i] = day;
            plan.ZoneIds[i] = zone.Id;
            plan.Practised[i] = change.BecomesPractised;

            var (totals, streak) = plan.Totals[user];
            var already = practisedByDay.GetValueOrDefault((user, day));
            if (change.BecomesPractised)
            {
                streak = SummaryRule.StreakAfter(streak, day, already)
                    ?? StreakCalculator.FromDays([.. await PractisedDaysAsync(connection, user, ct), .. PractisedInBatch(practisedByDay, user), day]);
            }

            practisedByDay[(user, day)] = already + (change.BecomesPractised ? 1 : 0);
            plan.Totals[user] = (SummaryRule.Add(totals, change.Totals), streak);

            plan.DayRows.TryGetValue((user, day), out var dayRow);
            plan.DayRows[(user, day)] = (dayRow.Sessions + change.DaySessions, dayRow.Practised + (change.BecomesPractised ? 1 : 0));
            foreach (var tally in change.Tallies)
            {
                plan.Tallies.TryGetValue((user, tally.StretchId), out var t);
                plan.Tallies[(user, tally.StretchId)] = (t.Done + tally.TimesDone, t.Skipped + tally.TimesSkipped, t.Hurt + tally.TimesHurt);
            }
        }

        return plan;
    }

    // Days this batch has already made practised for the person (not written yet, so not in the table), plus the ones
    // read: the recompute must see both.
    private static IEnumerable<DateOnly> PractisedInBatch(Dictionary<(string User, DateOnly Day), int> practisedByDay, string user) =>
        practisedByDay.Where(e => e.Key.User == user && e.Value > 0).Select(e => e.Key.Day);

    private static void AddWrites(NpgsqlBatch batch, IReadOnlyList<SessionToSave> sessions, long[] ids, BatchPlan plan)
    {
        var n = sessions.Count;
        var users = new string[n];
        var uids = new Guid[n];
        var started = new DateTime[n];
        var ended = new DateTime[n];
        var programmes = new string[n];
        var levels = new string[n];
        var sources = new string[n];
        var outcomes = new string[n];
        var before = new int?[n];
        var after = new int?[n];
        var hurtStretches = new string?[n];
        var hurtSides = new string?[n];
        var hurtAt = new DateTime?[n];
        var records = new List<(string User, long Session, int Seq, RecordedStretch Stretch)>(n * 8);
        for (var i = 0; i < n; i++)
        {
            var s = sessions[i];
            users[i] = s.UserId;
            uids[i] = s.Session.Uid ?? Guid.NewGuid();
            started[i] = s.Session.StartedAt.UtcDateTime;
            ended[i] = s.Session.EndedAt.UtcDateTime;
            programmes[i] = s.Session.ProgrammeName;
            levels[i] = StoredNames.Of(s.Session.DosageLevel);
            sources[i] = StoredNames.Of(s.Session.Source);
            outcomes[i] = StoredNames.Of(s.Session.Outcome);
            before[i] = s.PainBefore;
            after[i] = s.PainAfter;
            hurtStretches[i] = s.Session.Hurt?.StretchId;
            hurtSides[i] = s.Session.Hurt is { } hurt ? StoredNames.Of(hurt.Side) : null;
            hurtAt[i] = s.Session.Hurt?.At.UtcDateTime;
            for (var k = 0; k < s.Session.Stretches.Count; k++)
            {
                records.Add((s.UserId, ids[i], k + 1, s.Session.Stretches[k]));
            }
        }

        batch.BatchCommands.Add(Command(
            InsertSessionsSql,
            Array(ids),
            Array(users),
            Array(uids),
            Instants(started),
            Instants(ended),
            Array(plan.Days),
            Array(plan.ZoneIds),
            Array(programmes),
            Array(levels),
            Array(sources),
            Array(outcomes),
            Array(before),
            Array(after),
            Array(hurtStretches),
            Array(hurtSides),
            new NpgsqlParameter<DateTime?[]> { TypedValue = hurtAt, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz },
            Array(plan.Practised)));

        batch.BatchCommands.Add(Command(
            InsertRecordsSql,
            Array(records.Select(r => r.User).ToArray()),
            Array(records.Select(r => r.Session).ToArray()),
            Array(records.Select(r => r.Seq).ToArray()),
            Array(records.Select(r => r.Stretch.Record.StretchId).ToArray()),
            Array(records.Select(r => StoredNames.Of(r.Stretch.Record.Side)).ToArray()),
            Array(records.Select(r => r.Stretch.Record.RepsDone).ToArray()),
            Array(records.Select(r => r.Stretch.Record.SetsDone).ToArray()),
            Array(records.Select(r => r.Stretch.Record.SecondsHeld).ToArray()),
            Array(records.Select(r => r.Stretch.Record.Skipped).ToArray()),
            Array(records.Select(r => r.Stretch.Record.Hurt).ToArray()),
            Array(records.Select(r => r.Stretch.Record.Partial).ToArray()),
            Instants(records.Select(r => r.Stretch.At.UtcDateTime).ToArray())));

        var tallies = plan.Tallies.ToArray();
        batch.BatchCommands.Add(Command(
            UpsertTalliesSql,
            Array(tallies.Select(t => t.Key.User).ToArray()),
            Array(tallies.Select(t => t.Key.Stretch).ToArray()),
            Array(tallies.Select(t => t.Value.Done).ToArray()),
            Array(tallies.Select(t => t.Value.Skipped).ToArray()),
            Array(tallies.Select(t => t.Value.Hurt).ToArray())));

        var days = plan.DayRows.ToArray();
        batch.BatchCommands.Add(Command(
            UpsertDaysSql,
            Array(days.Select(d => d.Key.User).ToArray()),
            Array(days.Select(d => d.Key.Day).ToArray()),
            Array(days.Select(d => d.Value.Sessions).ToArray()),
            Array(days.Select(d => d.Value.Practised).ToArray())));

        var totals = plan.Totals.Where(t => t.Value.Totals.SessionsStarted > 0).ToArray();
        batch.BatchCommands.Add(Command(
            UpdateStatsSql,
            Array(totals.Select(t => t.Key).ToArray()),
            Array(totals.Select(t => t.Value.Totals.SessionsStarted).ToArray()),
            Array(totals.Select(t => t.Value.Totals.Completed).ToArray()),
            Array(totals.Select(t => t.Value.Totals.StoppedForPain).ToArray()),
            Array(totals.Select(t => t.Value.Totals.PainPairs).ToArray()),
            Array(totals.Select(t => t.Value.Totals.PainBeforeSum).ToArray()),
            Array(totals.Select(t => t.Value.Totals.PainAfterSum).ToArray()),
            Array(totals.Select(t => t.Value.Streak.RunStart).ToArray()),
            Array(totals.Select(t => t.Value.Streak.RunEnd).ToArray()),
            Array(totals.Select(t => t.Value.Streak.Longest).ToArray())));
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

    private static NpgsqlParameter<DateTime[]> Instants(DateTime[] values) =>
        new() { TypedValue = values, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz };

    private static NpgsqlBatchCommand Command(string sql, params NpgsqlParameter[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.AddRange(parameters);
        return command;
    }

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value, NpgsqlDbType = NpgsqlDbType.Text };

    private static NpgsqlParameter<int> Int(int value) => new() { TypedValue = value };

    private static NpgsqlParameter<T[]> Array<T>(T[] values) => new() { TypedValue = values };
}
