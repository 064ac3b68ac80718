-- pgbench script of bench/pg-floor/run.sh: what PostgreSQL does to store :B finished sessions of :B people in one
-- transaction, in the shape of the server's group commit (src/Supple.Data/PostgreSqlSessionWriter.Batch.cs): lock the
-- totals rows, read time zones, day rows and new ids; insert the sessions and their 7 stretch records each; upsert
-- the per-stretch and per-day summaries; update the totals; commit. No server, no HTTP: PostgreSQL alone.
\set u random(0, 9999 - :B)
\set e :u + :B - 1
BEGIN;
SELECT count(*) FROM (SELECT 1 FROM user_stats WHERE user_id = ANY (ARRAY(SELECT 'bench-' || lpad(g::text, 6, '0') FROM generate_series(:u::int, :e::int) g)) ORDER BY user_id FOR UPDATE) AS locked;
SELECT count(*) FROM user_settings WHERE user_id = ANY (ARRAY(SELECT 'bench-' || lpad(g::text, 6, '0') FROM generate_series(:u::int, :e::int) g));
SELECT count(*) FROM day_summaries WHERE user_id = ANY (ARRAY(SELECT 'bench-' || lpad(g::text, 6, '0') FROM generate_series(:u::int, :e::int) g)) AND day BETWEEN current_date - 1 AND current_date + 1;
WITH ids AS (SELECT nextval(pg_get_serial_sequence('sessions', 'id')) AS id, 'bench-' || lpad(g::text, 6, '0') AS user_id FROM generate_series(:u::int, :e::int) g),
s AS (INSERT INTO sessions (id, user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, counted_as_practice)
  SELECT id, user_id, gen_random_uuid(), now(), now(), current_date, 'UTC', 'built-in', 'standard', 'guided', 'completed', 4, 2, true FROM ids RETURNING id, user_id)
INSERT INTO stretch_records (user_id, session_id, seq, stretch_id, side, reps_done, sets_done, seconds_held, skipped, hurt, recorded_at)
  SELECT s.user_id, s.id, k, (ARRAY['shoulder-blade-squeeze', 'upper-trapezius-stretch', 'upper-trapezius-stretch', 'cat-camel', 'thoracic-extension', 'childs-pose', 'chest-opener'])[k],
         (ARRAY['none', 'right', 'left', 'none', 'none', 'none', 'none'])[k], 2, 1, 40, false, false, now()
  FROM s, generate_series(1, 7) AS k;
INSERT INTO stretch_summaries (user_id, stretch_id, times_done, times_skipped, times_hurt)
  SELECT 'bench-' || lpad(g::text, 6, '0'), t, 1, 0, 0
  FROM generate_series(:u::int, :e::int) g, unnest(ARRAY['shoulder-blade-squeeze', 'upper-trapezius-stretch', 'cat-camel', 'thoracic-extension', 'childs-pose', 'chest-opener']) AS t
  ON CONFLICT (user_id, stretch_id) DO UPDATE SET times_done = stretch_summaries.times_done + excluded.times_done;
INSERT INTO day_summaries (user_id, day, sessions, practised_sessions)
  SELECT 'bench-' || lpad(g::text, 6, '0'), current_date, 1, 1 FROM generate_series(:u::int, :e::int) g
  ON CONFLICT (user_id, day) DO UPDATE SET sessions = day_summaries.sessions + 1, practised_sessions = day_summaries.practised_sessions + 1;
UPDATE user_stats SET sessions_started = sessions_started + 1, sessions_completed = sessions_completed + 1
  WHERE user_id = ANY (ARRAY(SELECT 'bench-' || lpad(g::text, 6, '0') FROM generate_series(:u::int, :e::int) g));
END;
