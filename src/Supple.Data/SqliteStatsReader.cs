using System.Globalization;
using Microsoft.Data.Sqlite;
using Supple.Core.History;
using Supple.Core.Statistics;

namespace Supple.Data;

/// <summary>
/// The fast read path of <c>supple stats</c>: plain Microsoft.Data.Sqlite over the summary rows, no EF Core model,
/// no DI container. It answers only for a file already at this binary's schema; otherwise it returns null and the
/// caller opens the store the normal way (which migrates, or refuses the file with a clear message).
/// </summary>
public static class SqliteStatsReader
{
    /// <summary>The newest SQLite migration this reader understands (a test keeps it equal to the newest migration).</summary>
    public const string ExpectedMigration = "20261204210036_PartialStretchesAndPlay";

    /// <summary>The statistics of <paramref name="userId"/>, or null when the fast path cannot answer.</summary>
    public static PracticeStats? TryRead(StoreLocation location, TimeProvider time, string userId = "local")
    {
        ArgumentNullException.ThrowIfNull(location);
        ArgumentNullException.ThrowIfNull(time);
        try
        {
            using var connection = SqliteFastPath.TryOpen(location, SqliteOpenMode.ReadWrite);
            if (connection is null)
            {
                return null;
            }

            return Read(connection, time, userId);
        }
        catch (SqliteException)
        {
            // Locked past the timeout, damaged, or not ours: the normal path gives the clear message.
            return null;
        }
    }

    /// <summary>
    /// The statistics of <paramref name="userId"/> from an open connection to a database at this schema (the fast path
    /// above, and the server's store over its pooled connection: five plain queries instead of five EF Core ones).
    /// </summary>
    internal static PracticeStats Read(SqliteConnection connection, TimeProvider time, string userId)
    {
        using var command = connection.CreateCommand();

        // One read transaction: every figure comes from the same snapshot even while a session is being written.
        using var transaction = connection.BeginTransaction(deferred: true);
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$user", userId);
        command.CommandText = "SELECT time_zone_id FROM user_settings WHERE user_id = $user;";
        var zone = LocalDay.ZoneOrDefault(command.ExecuteScalar() as string, TimeZoneInfo.Local);
        var now = time.GetUtcNow();
        var today = LocalDay.Of(now, zone);

        var totals = PracticeTotals.Empty;
        var streak = StreakState.Empty;
        command.CommandText =
            "SELECT sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, run_start, run_end, longest_streak " +
            "FROM user_stats WHERE user_id = $user;";
        using (var reader = command.ExecuteReader())
        {
            if (reader.Read())
            {
                totals = new PracticeTotals(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt64(4), reader.GetInt64(5));
                streak = new StreakState(Day(reader, 6), Day(reader, 7), reader.GetInt32(8));
            }
        }

        var dayNumbers = new List<int>(32);
        command.Parameters.AddWithValue("$firstDay", today.AddDays(-31).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        command.CommandText = "SELECT day FROM day_summaries WHERE user_id = $user AND practised_sessions > 0 AND day >= $firstDay;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                dayNumbers.Add(Day(reader, 0)!.Value.DayNumber);
            }
        }

        // An array, not a List<DateOnly>: the generic list over a struct would be compiled at start-up.
        var days = new DateOnly[dayNumbers.Count];
        for (var i = 0; i < days.Length; i++)
        {
            days[i] = DateOnly.FromDayNumber(dayNumbers[i]);
        }

        var points = new List<PainPoint>(64);
        command.Parameters.AddWithValue("$from", (now - TimeSpan.FromDays(PainTrend.DefaultWindowDays)).UtcTicks);
        command.CommandText =
            "SELECT at, score FROM pain_entries WHERE user_id = $user AND at >= $from AND " + StoredNames.UpperBackOnly + " " +
            "UNION ALL SELECT started_at, pain_before FROM sessions WHERE user_id = $user AND started_at >= $from AND pain_before IS NOT NULL;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                points.Add(new PainPoint(new DateTimeOffset(reader.GetInt64(0), TimeSpan.Zero), reader.GetInt32(1)));
            }
        }

        var tallies = new List<StretchTally>(8);
        command.CommandText = "SELECT stretch_id, times_done, times_skipped, times_hurt FROM stretch_summaries WHERE user_id = $user;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                tallies.Add(new StretchTally(reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3)));
            }
        }

        transaction.Commit();
        return PracticeStats.From(totals, streak, days, points, tallies, now, zone);
    }

    private static DateOnly? Day(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : DateOnly.ParseExact(reader.GetString(ordinal), "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
