-- pgbench script of bench/pg-floor/run.sh: the least any design could write per session, one row of :B sessions per
-- statement (no stretch records, no summaries, no locks) — a lower bound, not Supple's data model.
\set u random(0, 9999 - :B)
\set e :u + :B - 1
INSERT INTO sessions (user_id, uid, started_at, ended_at, day, time_zone_id, programme_name, level, source, outcome, pain_before, pain_after, counted_as_practice)
  SELECT 'bench-' || lpad(g::text, 6, '0'), gen_random_uuid(), now(), now(), current_date, 'UTC', 'built-in', 'standard', 'guided', 'completed', 4, 2, true
  FROM generate_series(:u::int, :e::int) g;
