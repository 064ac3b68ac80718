using Npgsql;
using NpgsqlTypes;

namespace Supple.Bench.Server;

/// <summary>Writes the synthetic history into PostgreSQL with binary COPY (one COPY per table), then fixes the id sequences and analyses.</summary>
internal static class PostgreSqlSeeder
{
    public static async Task SeedAsync(string connectionString, SyntheticHistory h, string passwordHash, Action<string> log)
    {
        // No time limit: finishing a COPY of millions of rows (indexes, foreign keys) takes longer than the default 30 s.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ToString());
        await connection.OpenAsync();

        // The rows are consistent by construction: skip the foreign-key triggers, which otherwise check 25 million
        // stretch records one by one at the end of the COPY (most of the seeding time). Needs a superuser, as the
        // bench's own cluster has.
        await using (var replica = new NpgsqlCommand("SET session_replication_role = replica", connection))
        {
            await replica.ExecuteNonQueryAsync();
        }

        log("users");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY users (id, user_name, normalized_user_name, email, normalized_email, email_confirmed, password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count) FROM STDIN (FORMAT BINARY)"))
        {
            for (var u = 0; u < h.Users; u++)
            {
                var email = SyntheticHistory.Email(u);
                w.StartRow();
                w.Write(SyntheticHistory.UserId(u), NpgsqlDbType.Varchar);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(email, NpgsqlDbType.Varchar);
                w.Write(email.ToUpperInvariant(), NpgsqlDbType.Varchar);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(passwordHash, NpgsqlDbType.Text);
                w.Write(SyntheticHistory.Uid(9, u, 0).ToString("N").ToUpperInvariant(), NpgsqlDbType.Text);
                w.Write(SyntheticHistory.Uid(10, u, 0).ToString(), NpgsqlDbType.Text);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(false, NpgsqlDbType.Boolean);
                w.Write(true, NpgsqlDbType.Boolean);
                w.Write(0, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        log("user_stats, stretch_summaries");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY user_stats (user_id, sessions_started, sessions_completed, sessions_stopped_for_pain, pain_pairs, pain_before_sum, pain_after_sum, run_start, run_end, longest_streak) FROM STDIN (FORMAT BINARY)"))
        {
            for (var u = 0; u < h.Users; u++)
            {
                w.StartRow();
                w.Write(SyntheticHistory.UserId(u), NpgsqlDbType.Varchar);
                w.Write(h.Days, NpgsqlDbType.Integer);
                w.Write(h.Days, NpgsqlDbType.Integer);
                w.Write(0, NpgsqlDbType.Integer);
                w.Write(h.Days, NpgsqlDbType.Integer);
                w.Write(h.PainBeforeSum(u), NpgsqlDbType.Bigint);
                w.Write(h.PainAfterSum(u), NpgsqlDbType.Bigint);
                w.Write(h.FirstDay, NpgsqlDbType.Date);
                w.Write(h.LastDay, NpgsqlDbType.Date);
                w.Write(h.Days, NpgsqlDbType.Integer);
            }

            await w.CompleteAsync();
        }

        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt) FROM STDIN (FORMAT BINARY)"))
        {
            for (var u = 0; u < h.Users; u++)
            {
                foreach (var (stretch, times) in h.Tallies())
                {
                    w.StartRow();
                    w.Write(SyntheticHistory.UserId(u), NpgsqlDbType.Varchar);
                    w.Write(stretch, NpgsqlDbType.Varchar);
                    w.Write(times, NpgsqlDbType.Integer);
                    w.Write(0, NpgsqlDbType.Integer);
                    w.Write(0, NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }

        log("day_summaries");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY day_summaries (user_id, day, sessions, practised_sessions) FROM STDIN (FORMAT BINARY)"))
        {
            for (var u = 0; u < h.Users; u++)
            {
                var user = SyntheticHistory.UserId(u);
                for (var d = 0; d < h.Days; d++)
                {
                    w.StartRow();
                    w.Write(user, NpgsqlDbType.Varchar);
                    w.Write(h.Day(d), NpgsqlDbType.Date);
                    w.Write(1, NpgsqlDbType.Integer);
                    w.Write(1, NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }

        log("sessions");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY sessions (id, user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, counted_as_practice) FROM STDIN (FORMAT BINARY)"))
        {
            for (var u = 0; u < h.Users; u++)
            {
                var user = SyntheticHistory.UserId(u);
                for (var d = 0; d < h.Days; d++)
                {
                    var started = h.StartedAt(u, d);
                    w.StartRow();
                    w.Write(h.SessionId(u, d), NpgsqlDbType.Bigint);
                    w.Write(user, NpgsqlDbType.Varchar);
                    w.Write(SyntheticHistory.Uid(1, u, d), NpgsqlDbType.Uuid);
                    w.Write(started, NpgsqlDbType.TimestampTz);
                    w.Write(started + SyntheticHistory.Length, NpgsqlDbType.TimestampTz);
                    w.Write(h.Day(d), NpgsqlDbType.Date);
                    w.Write("UTC", NpgsqlDbType.Varchar);
                    w.Write("built-in", NpgsqlDbType.Varchar);
                    w.Write("standard", NpgsqlDbType.Varchar);
                    w.Write("guided", NpgsqlDbType.Varchar);
                    w.Write("completed", NpgsqlDbType.Varchar);
                    w.Write(SyntheticHistory.PainBefore(u, d), NpgsqlDbType.Integer);
                    w.Write(SyntheticHistory.PainAfter(u, d), NpgsqlDbType.Integer);
                    w.Write(true, NpgsqlDbType.Boolean);
                }
            }

            await w.CompleteAsync();
        }

        log("stretch_records");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY stretch_records (id, user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, recorded_at) FROM STDIN (FORMAT BINARY)"))
        {
            long id = 0;
            for (var u = 0; u < h.Users; u++)
            {
                var user = SyntheticHistory.UserId(u);
                for (var d = 0; d < h.Days; d++)
                {
                    var session = h.SessionId(u, d);
                    var started = h.StartedAt(u, d);
                    for (var r = 0; r < SyntheticHistory.Records.Length; r++)
                    {
                        var (stretch, side, reps, sets, seconds) = SyntheticHistory.Records[r];
                        w.StartRow();
                        w.Write(++id, NpgsqlDbType.Bigint);
                        w.Write(user, NpgsqlDbType.Varchar);
                        w.Write(session, NpgsqlDbType.Bigint);
                        w.Write(r + 1, NpgsqlDbType.Integer);
                        w.Write(stretch, NpgsqlDbType.Varchar);
                        w.Write(side, NpgsqlDbType.Varchar);
                        w.Write(reps, NpgsqlDbType.Integer);
                        w.Write(sets, NpgsqlDbType.Integer);
                        w.Write(seconds, NpgsqlDbType.Integer);
                        w.Write(false, NpgsqlDbType.Boolean);
                        w.Write(false, NpgsqlDbType.Boolean);
                        w.Write(started + SyntheticHistory.RecordTime(r), NpgsqlDbType.TimestampTz);
                    }
                }
            }

            await w.CompleteAsync();
        }

        log("pain_entries");
        await using (var w = await connection.BeginBinaryImportAsync(
            "COPY pain_entries (id, user_id, uid, at, score) FROM STDIN (FORMAT BINARY)"))
        {
            long id = 0;
            for (var u = 0; u < h.Users; u++)
            {
                var user = SyntheticHistory.UserId(u);
                for (var d = 0; d < h.Days; d++)
                {
                    w.StartRow();
                    w.Write(++id, NpgsqlDbType.Bigint);
                    w.Write(user, NpgsqlDbType.Varchar);
                    w.Write(SyntheticHistory.Uid(2, u, d), NpgsqlDbType.Uuid);
                    w.Write(h.PainAt(d), NpgsqlDbType.TimestampTz);
                    w.Write(SyntheticHistory.PainScore(u, d), NpgsqlDbType.Integer);
                }
            }

            await w.CompleteAsync();
        }

        log("sequences, ANALYZE");
        await using var fix = new NpgsqlCommand(
            """
            SELECT setval(pg_get_serial_sequence('sessions', 'id'), (SELECT max(id) FROM sessions));
            SELECT setval(pg_get_serial_sequence('stretch_records', 'id'), (SELECT max(id) FROM stretch_records));
            SELECT setval(pg_get_serial_sequence('pain_entries', 'id'), (SELECT max(id) FROM pain_entries));
            ANALYZE;
            """, connection)
        { CommandTimeout = 0 };
        await fix.ExecuteNonQueryAsync();
    }
}
