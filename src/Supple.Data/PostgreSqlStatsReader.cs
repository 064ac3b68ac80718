using Npgsql;
using NpgsqlTypes;
using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Data;

/// <summary>
/// Statistics on PostgreSQL in one round trip: the five reads of the summary rows (time zone, totals, practised days
/// of the last month, pain points of the trend window, per-stretch tallies) go in one batch, where EF Core sent one
/// query per read. The same rows and rules as <see cref="SqliteStatsReader"/>.
/// </summary>
internal static class PostgreSqlStatsReader
{
    public static async Task<PracticeStats> ReadAsync(NpgsqlConnection connection, string userId, TimeProvider time, CancellationToken ct)
    {
        var now = time.GetUtcNow();

        // The local "today" needs the time zone, which comes in the same batch: ask for the days from one day before
        // the earliest possible local date (offsets are within ±14 h) and drop the extra after.
        var earliest = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-32);
        var from = now - TimeSpan.FromDays(PainTrend.DefaultWindowDays);
        await using var batch = new NpgsqlBatch(connection);
        batch.BatchCommands.Add(Command("SELECT time_zone_id FROM user_settings WHERE user_id = $1", userId));
        batch.BatchCommands.Add(Command(
            "SELECT sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, run_start, run_end, longest_streak " +
            "FROM user_stats WHERE user_id = $1",
            userId));
        batch.BatchCommands.Add(Command(
            "SELECT day FROM day_summaries WHERE user_id = $1 AND practised_sessions > 0 AND day >= $2",
            userId,
            new NpgsqlParameter<DateOnly> { TypedValue = earliest, NpgsqlDbType = NpgsqlDbType.Date }));
        batch.BatchCommands.Add(Command(
            "SELECT at, score FROM pain_entries WHERE user_id = $1 AND at >= $2 AND " + StoredNames.UpperBackOnly + " " +
            "UNION ALL SELECT started_at, pain_before FROM sessions WHERE user_id = $1 AND started_at >= $2 AND pain_before IS NOT NULL",
            userId,
            new NpgsqlParameter<DateTime> { TypedValue = from.UtcDateTime, NpgsqlDbType = NpgsqlDbType.TimestampTz }));
        batch.BatchCommands.Add(Command("SELECT stretch_id, times_done, times_skipped, times_hurt FROM stretch_summaries WHERE user_id = $1", userId));

        await using var reader = await batch.ExecuteReaderAsync(ct);
        var zone = LocalDay.ZoneOrDefault(await reader.ReadAsync(ct) && !reader.IsDBNull(0) ? reader.GetString(0) : null, TimeZoneInfo.Local);
        var firstDay = LocalDay.Of(now, zone).AddDays(-31);

        await reader.NextResultAsync(ct);
        var totals = PracticeTotals.Empty;
        var streak = StreakState.Empty;
        if (await reader.ReadAsync(ct))
        {
            totals = new PracticeTotals(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt64(4), reader.GetInt64(5));
            streak = new StreakState(
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                reader.GetInt32(8));
        }

        await reader.NextResultAsync(ct);
        var days = new List<DateOnly>(32);
        while (await reader.ReadAsync(ct))
        {
            var day = reader.GetFieldValue<DateOnly>(0);
            if (day >= firstDay)
            {
                days.Add(day);
            }
        }

        await reader.NextResultAsync(ct);
        var points = new List<PainPoint>(64);
        while (await reader.ReadAsync(ct))
        {
            points.Add(new PainPoint(new DateTimeOffset(reader.GetFieldValue<DateTime>(0), TimeSpan.Zero), reader.GetInt32(1)));
        }

        await reader.NextResultAsync(ct);
        var tallies = new List<StretchTally>(8);
        while (await reader.ReadAsync(ct))
        {
            tallies.Add(new StretchTally(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
        }

        return PracticeStats.From(totals, streak, days, points, tallies, now, zone);
    }

    private static NpgsqlBatchCommand Command(string sql, string userId, params NpgsqlParameter[] more)
    {
        var command = new NpgsqlBatchCommand(sql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = userId, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.AddRange(more);
        return command;
    }
}
