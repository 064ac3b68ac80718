using Microsoft.Data.Sqlite;

namespace Supple.Bench.Server;

/// <summary>Writes the synthetic history into an SQLite file in one transaction with prepared statements.</summary>
internal static class SqliteSeeder
{
    public static void Seed(string path, SyntheticHistory h, string passwordHash, Action<string> log)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // One big write into a fresh file: no WAL (it would hold the whole file once more), no syncing until the end.
        Execute(connection, "PRAGMA journal_mode = DELETE; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;");
        using (var transaction = connection.BeginTransaction())
        {
            log("users, user_stats, stretch_summaries");
            using (var users = Prepare(connection, transaction,
                "INSERT INTO users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count) VALUES ($1, $2, $3, $2, $3, 1, $4, $5, $6, 0, 0, 1, 0)", 6))
            using (var stats = Prepare(connection, transaction,
                "INSERT INTO user_stats (user_id, sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, run_start, run_end, longest_streak) VALUES ($1, $2, $2, 0, $2, $3, $4, $5, $6, $2)", 6))
            using (var tallies = Prepare(connection, transaction,
                "INSERT INTO stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt) VALUES ($1, $2, $3, 0, 0)", 3))
            {
                for (var u = 0; u < h.Users; u++)
                {
                    var email = SyntheticHistory.Email(u);
                    Run(users, SyntheticHistory.UserId(u), email, email.ToUpperInvariant(), passwordHash,
                        SyntheticHistory.Uid(9, u, 0).ToString("N").ToUpperInvariant(), SyntheticHistory.Uid(10, u, 0).ToString());
                    Run(stats, SyntheticHistory.UserId(u), h.Days, h.PainBeforeSum(u), h.PainAfterSum(u), Date(h.FirstDay), Date(h.LastDay));
                    foreach (var (stretch, times) in h.Tallies())
                    {
                        Run(tallies, SyntheticHistory.UserId(u), stretch, times);
                    }
                }
            }

            log("sessions, stretch_records, day_summaries, pain_entries");
            using var days = Prepare(connection, transaction,
                "INSERT INTO day_summaries (user_id, day, sessions, practised_sessions) VALUES ($1, $2, 1, 1)", 2);
            using var sessions = Prepare(connection, transaction,
                "INSERT INTO sessions (id, user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, counted_as_practice) VALUES ($1, $2, $3, $4, $5, $6, 'UTC', 'built-in', 'standard', 'guided', 'completed', $7, $8, 1)", 8);
            using var records = Prepare(connection, transaction,
                "INSERT INTO stretch_records (user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, recorded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, 0, 0, $9)", 9);
            using var pain = Prepare(connection, transaction,
                "INSERT INTO pain_entries (user_id, uid, at, score) VALUES ($1, $2, $3, $4)", 4);
            for (var u = 0; u < h.Users; u++)
            {
                var user = SyntheticHistory.UserId(u);
                for (var d = 0; d < h.Days; d++)
                {
                    var day = Date(h.Day(d));
                    var started = h.StartedAt(u, d);
                    var id = h.SessionId(u, d);
                    Run(days, user, day);
                    Run(sessions, id, user, Uid(SyntheticHistory.Uid(1, u, d)), started.UtcTicks, (started + SyntheticHistory.Length).UtcTicks, day,
                        SyntheticHistory.PainBefore(u, d), SyntheticHistory.PainAfter(u, d));
                    for (var r = 0; r < SyntheticHistory.Records.Length; r++)
                    {
                        var (stretch, side, reps, sets, seconds) = SyntheticHistory.Records[r];
                        Run(records, user, id, r + 1, stretch, side, reps, sets, seconds, (started + SyntheticHistory.RecordTime(r)).UtcTicks);
                    }

                    Run(pain, user, Uid(SyntheticHistory.Uid(2, u, d)), h.PainAt(d).UtcTicks, SyntheticHistory.PainScore(u, d));
                }

                if ((u + 1) % 1000 == 0)
                {
                    log($"  {u + 1} users");
                }
            }

            log("commit");
            transaction.Commit();
        }

        log("ANALYZE, WAL");
        Execute(connection, "PRAGMA analysis_limit = 1000; ANALYZE; PRAGMA journal_mode = WAL;");
    }

    // EF Core's SQLite provider stores a Guid as upper-case text and a DateOnly as yyyy-MM-dd.
    private static string Uid(Guid uid) => uid.ToString().ToUpperInvariant();

    private static string Date(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, SqliteTransaction transaction, string sql, int parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            command.Parameters.Add(new SqliteParameter($"${i}", null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }
}
