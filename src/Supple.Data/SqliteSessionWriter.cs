using System.Globalization;
using Microsoft.Data.Sqlite;
using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Data;

/// <summary>
/// The SQLite counterpart of <see cref="PostgreSqlSessionWriter"/>: a finished session, its stretch records and the
/// summary rows it changes in one <c>BEGIN IMMEDIATE</c> transaction of plain prepared statements, without EF Core's
/// change tracker (which cost about a millisecond of CPU per session). The same rows as the EF Core path and the same summary rule (<see cref="SummaryRule"/>); the
/// stored forms are EF Core's (instants as UTC ticks, days as <c>yyyy-MM-dd</c>, a Guid as upper-case text).
/// </summary>
internal static class SqliteSessionWriter
{
    public static long Save(SqliteConnection connection, string userId, CompletedSession session, int? painBefore, int? painAfter, string? note = null)
    {
        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the write lock at once, waiting up to the busy timeout.
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var user = command.Parameters.AddWithValue("$user", userId);
        var (streak, zone) = ReadStatsAndZone(command);
        var day = LocalDay.Of(session.StartedAt, zone);
        var records = session.Stretches.Select(s => s.Record).ToList();
        var change = SummaryRule.Of(SessionChange.Whole(day, session.Source, records, session.Outcome, painBefore, painAfter));
        var dayParameter = command.Parameters.AddWithValue("$day", Day(day));
        streak = StreakAfter(command, change, day, streak);

        command.Parameters.Clear();
        command.CommandText =
            "INSERT INTO sessions (user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, " +
            "hurt_stretch_id, hurt_side, hurt_at, note, counted_as_practice) " +
            "VALUES ($user, $uid, $started, $ended, $day, $zone, $programme, $level, $source, $outcome, $before, $after, $hurtStretch, $hurtSide, $hurtAt, $note, $practised) RETURNING id;";
        command.Parameters.Add(user);
        command.Parameters.Add(dayParameter);
        command.Parameters.AddWithValue("$uid", (session.Uid ?? Guid.NewGuid()).ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$started", session.StartedAt.UtcTicks);
        command.Parameters.AddWithValue("$ended", session.EndedAt.UtcTicks);
        command.Parameters.AddWithValue("$zone", zone.Id);
        command.Parameters.AddWithValue("$programme", session.ProgrammeName);
        command.Parameters.AddWithValue("$level", StoredNames.Of(session.DosageLevel));
        command.Parameters.AddWithValue("$source", StoredNames.Of(session.Source));
        command.Parameters.AddWithValue("$outcome", StoredNames.Of(session.Outcome));
        command.Parameters.AddWithValue("$before", (object?)painBefore ?? DBNull.Value);
        command.Parameters.AddWithValue("$after", (object?)painAfter ?? DBNull.Value);
        command.Parameters.AddWithValue("$hurtStretch", (object?)session.Hurt?.StretchId ?? DBNull.Value);
        command.Parameters.AddWithValue("$hurtSide", session.Hurt is { } hurt ? StoredNames.Of(hurt.Side) : DBNull.Value);
        command.Parameters.AddWithValue("$hurtAt", session.Hurt is { } hurtAt ? hurtAt.At.UtcTicks : DBNull.Value);
        command.Parameters.AddWithValue("$note", (object?)note ?? DBNull.Value);
        command.Parameters.AddWithValue("$practised", change.BecomesPractised);
        var sessionId = (long)command.ExecuteScalar()!;

        InsertRecords(connection, transaction, userId, sessionId, session.Stretches);
        ApplySummary(connection, transaction, command, user, dayParameter, change, streak);
        transaction.Commit();
        return sessionId;
    }

    /// <summary>
    /// Records the start of a guided session (open: no end, no outcome) and the summary rows a start changes, in one
    /// transaction: the same rows as <see cref="SuppleStore.StartSessionAsync"/> (the store's EF Core path), under the
    /// same summary rule. Returns the session as stored.
    /// </summary>
    public static StoredSession Start(SqliteConnection connection, string userId, SessionStart start, int? painBefore)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        var user = command.Parameters.AddWithValue("$user", userId);
        var (streak, zone) = ReadStatsAndZone(command);
        var day = LocalDay.Of(start.StartedAt, zone);
        var change = SummaryRule.Of(SessionChange.Started(day, start.Source));
        var dayParameter = command.Parameters.AddWithValue("$day", Day(day));
        streak = StreakAfter(command, change, day, streak);

        var uid = start.Uid ?? Guid.NewGuid();
        command.Parameters.Clear();
        command.CommandText =
            "INSERT INTO sessions (user_id, uid, started_at, day, time_zone_id, programme_name, level, source, pain_before, play, counted_as_practice) " +
            "VALUES ($user, $uid, $started, $day, $zone, $programme, $level, $source, $before, $play, $practised) RETURNING id;";
        command.Parameters.Add(user);
        command.Parameters.Add(dayParameter);
        command.Parameters.AddWithValue("$uid", uid.ToString().ToUpperInvariant());
        command.Parameters.AddWithValue("$started", start.StartedAt.UtcTicks);
        command.Parameters.AddWithValue("$zone", zone.Id);
        command.Parameters.AddWithValue("$programme", start.ProgrammeName);
        command.Parameters.AddWithValue("$level", StoredNames.Of(start.DosageLevel));
        command.Parameters.AddWithValue("$source", StoredNames.Of(start.Source));
        command.Parameters.AddWithValue("$before", (object?)painBefore ?? DBNull.Value);
        command.Parameters.AddWithValue("$play", (object?)start.Play ?? DBNull.Value);
        command.Parameters.AddWithValue("$practised", change.BecomesPractised);
        var sessionId = (long)command.ExecuteScalar()!;

        ApplySummary(connection, transaction, command, user, dayParameter, change, streak);
        transaction.Commit();
        return new StoredSession(
            sessionId, uid, start.StartedAt, EndedAt: null, day, start.ProgrammeName, start.DosageLevel, start.Source,
            Outcome: null, painBefore, PainAfter: null, Hurt: null, Stretches: [], start.Play);
    }

    /// <summary>The person's streak state (their stats row made when missing) and time zone.</summary>
    private static (StreakState Streak, TimeZoneInfo Zone) ReadStatsAndZone(SqliteCommand command)
    {
        command.CommandText = "SELECT run_start, run_end, longest_streak FROM user_stats WHERE user_id = $user;";
        var streak = ReadStreak(command);
        if (streak is null)
        {
            command.CommandText =
                "INSERT INTO user_stats (user_id, sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, longest_streak) " +
                "VALUES ($user, 0, 0, 0, 0, 0, 0, 0);";
            command.ExecuteNonQuery();
            streak = StreakState.Empty;
        }

        command.CommandText = "SELECT time_zone_id FROM user_settings WHERE user_id = $user;";
        return (streak, LocalDay.ZoneOrDefault(command.ExecuteScalar() as string, TimeZoneInfo.Local));
    }

    /// <summary>The streak once <paramref name="change"/> is applied (<c>$user</c> and <c>$day</c> bound on <paramref name="command"/>).</summary>
    private static StreakState StreakAfter(SqliteCommand command, SummaryChange change, DateOnly day, StreakState streak)
    {
        if (!change.BecomesPractised)
        {
            return streak;
        }

        command.CommandText = "SELECT practised_sessions FROM day_summaries WHERE user_id = $user AND day = $day;";
        var already = command.ExecuteScalar() is long n ? (int)n : 0;
        return SummaryRule.StreakAfter(streak, day, already) ?? StreakCalculator.FromDays([.. PractisedDays(command), day]);
    }

    /// <summary>Adds what <paramref name="change"/> says to the stretch, day and person summaries.</summary>
    private static void ApplySummary(
        SqliteConnection connection, SqliteTransaction transaction, SqliteCommand command, SqliteParameter user, SqliteParameter day, SummaryChange change, StreakState streak)
    {
        UpsertTallies(connection, transaction, (string)user.Value!, change.Tallies);
        if (change.DaySessions != 0 || change.BecomesPractised)
        {
            UpsertDay(command, user, day, change);
        }

        var totals = change.Totals;
        command.Parameters.Clear();
        command.Parameters.Add(user);
        command.Parameters.AddWithValue("$started", totals.SessionsStarted);
        command.Parameters.AddWithValue("$completed", totals.Completed);
        command.Parameters.AddWithValue("$stopped", totals.StoppedForPain);
        command.Parameters.AddWithValue("$pairs", totals.PainPairs);
        command.Parameters.AddWithValue("$beforeSum", totals.PainBeforeSum);
        command.Parameters.AddWithValue("$afterSum", totals.PainAfterSum);
        command.Parameters.AddWithValue("$runStart", streak.RunStart is { } start ? Day(start) : DBNull.Value);
        command.Parameters.AddWithValue("$runEnd", streak.RunEnd is { } end ? Day(end) : DBNull.Value);
        command.Parameters.AddWithValue("$longest", streak.Longest);
        command.CommandText =
            "UPDATE user_stats SET sessions_started = sessions_started + $started, sessions_completed = sessions_completed + $completed, " +
            "sessions_stopped_for_pain = sessions_stopped_for_pain + $stopped, " +
            "pain_pairs = pain_pairs + $pairs, pain_before_sum = pain_before_sum + $beforeSum, pain_after_sum = pain_after_sum + $afterSum, " +
            "run_start = $runStart, run_end = $runEnd, longest_streak = $longest WHERE user_id = $user;";
        command.ExecuteNonQuery();
    }

    private static void UpsertDay(SqliteCommand command, SqliteParameter user, SqliteParameter day, SummaryChange change)
    {
        command.Parameters.Clear();
        command.Parameters.Add(user);
        command.Parameters.Add(day);
        command.Parameters.AddWithValue("$sessions", change.DaySessions);
        command.Parameters.AddWithValue("$practised", change.BecomesPractised ? 1 : 0);
        command.CommandText =
            "INSERT INTO day_summaries (user_id, day, sessions, practised_sessions) VALUES ($user, $day, $sessions, $practised) " +
            "ON CONFLICT (user_id, day) DO UPDATE SET sessions = sessions + excluded.sessions, practised_sessions = practised_sessions + excluded.practised_sessions;";
        command.ExecuteNonQuery();
    }

    private static void InsertRecords(SqliteConnection connection, SqliteTransaction transaction, string userId, long sessionId, IReadOnlyList<RecordedStretch> stretches)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText =
            "INSERT INTO stretch_records (user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, partial, recorded_at) " +
            "VALUES ($user, $session, $seq, $stretch, $side, $reps, $sets, $seconds, $skipped, $hurt, $partial, $at);";
        insert.Parameters.AddWithValue("$user", userId);
        insert.Parameters.AddWithValue("$session", sessionId);
        var seq = insert.Parameters.Add("$seq", SqliteType.Integer);
        var stretch = insert.Parameters.Add("$stretch", SqliteType.Text);
        var side = insert.Parameters.Add("$side", SqliteType.Text);
        var reps = insert.Parameters.Add("$reps", SqliteType.Integer);
        var sets = insert.Parameters.Add("$sets", SqliteType.Integer);
        var seconds = insert.Parameters.Add("$seconds", SqliteType.Integer);
        var skipped = insert.Parameters.Add("$skipped", SqliteType.Integer);
        var hurt = insert.Parameters.Add("$hurt", SqliteType.Integer);
        var partial = insert.Parameters.Add("$partial", SqliteType.Integer);
        var at = insert.Parameters.Add("$at", SqliteType.Integer);
        insert.Prepare();
        for (var i = 0; i < stretches.Count; i++)
        {
            var r = stretches[i].Record;
            seq.Value = i + 1;
            stretch.Value = r.StretchId;
            side.Value = StoredNames.Of(r.Side);
            reps.Value = r.RepsDone;
            sets.Value = r.SetsDone;
            seconds.Value = r.SecondsHeld;
            skipped.Value = r.Skipped ? 1 : 0;
            hurt.Value = r.Hurt ? 1 : 0;
            partial.Value = r.Partial ? 1 : 0;
            at.Value = stretches[i].At.UtcTicks;
            insert.ExecuteNonQuery();
        }
    }

    private static void UpsertTallies(SqliteConnection connection, SqliteTransaction transaction, string userId, IReadOnlyList<StretchTally> tallies)
    {
        using var upsert = connection.CreateCommand();
        upsert.Transaction = transaction;
        upsert.CommandText =
            "INSERT INTO stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt) VALUES ($user, $stretch, $done, $skipped, $hurt) " +
            "ON CONFLICT (user_id, stretch_id) DO UPDATE SET times_done = times_done + excluded.times_done, " +
            "times_skipped = times_skipped + excluded.times_skipped, times_hurt = times_hurt + excluded.times_hurt;";
        upsert.Parameters.AddWithValue("$user", userId);
        var stretch = upsert.Parameters.Add("$stretch", SqliteType.Text);
        var done = upsert.Parameters.Add("$done", SqliteType.Integer);
        var skipped = upsert.Parameters.Add("$skipped", SqliteType.Integer);
        var hurt = upsert.Parameters.Add("$hurt", SqliteType.Integer);
        foreach (var tally in tallies)
        {
            stretch.Value = tally.StretchId;
            done.Value = tally.TimesDone;
            skipped.Value = tally.TimesSkipped;
            hurt.Value = tally.TimesHurt;
            upsert.ExecuteNonQuery();
        }
    }

    private static StreakState? ReadStreak(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        return reader.Read()
            ? new StreakState(reader.IsDBNull(0) ? null : ParseDay(reader.GetString(0)), reader.IsDBNull(1) ? null : ParseDay(reader.GetString(1)), reader.GetInt32(2))
            : null;
    }

    private static List<DateOnly> PractisedDays(SqliteCommand command)
    {
        command.CommandText = "SELECT day FROM day_summaries WHERE user_id = $user AND practised_sessions > 0;";
        using var reader = command.ExecuteReader();
        var days = new List<DateOnly>();
        while (reader.Read())
        {
            days.Add(ParseDay(reader.GetString(0)));
        }

        return days;
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
