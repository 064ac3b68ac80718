-- wrk script of the server-under-load benchmark (bench/run-server-bench.sh). Environment:
--   SUPPLE_BENCH_MODE    healthz | post | stats
--   SUPPLE_BENCH_TOKENS  a Lua file returning a list of bearer tokens (post, stats): requests rotate through them
--   SUPPLE_BENCH_MAX     most requests per thread (the run also stops at wrk's -d duration)
-- At the end it prints one line: "RESULT {json}".

local mode = os.getenv("SUPPLE_BENCH_MODE") or "healthz"
local max = tonumber(os.getenv("SUPPLE_BENCH_MAX") or "1000000")
local tokens = {}
if mode ~= "healthz" then
  tokens = dofile(os.getenv("SUPPLE_BENCH_TOKENS"))
end

local threads = {}
local counter = 1

function setup(thread)
  thread:set("thread_id", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

local sent = 0
local received = 0

-- A whole session played offline and sent at once (POST /sessions/completed), as the player sends one: six stretches
-- at the standard level (seven stretch records: the trapezius has two sides), every step reported played, the last
-- one 12 minutes after the start, 20 minutes ago (the API refuses times in the future). SUPPLE_BENCH_STEPS is the
-- number of steps the server's timeline of this routine has (`Supple.Bench.Server steps`). Each request has its own
-- client id: the same id again would be the same session, answered without a write.
local ids = { "shoulder-blade-squeeze", "upper-trapezius-stretch", "cat-camel", "thoracic-extension", "childs-pose", "chest-opener" }
local steps_count = tonumber(os.getenv("SUPPLE_BENCH_STEPS") or "0")
local body_rest = nil

local function session_rest()
  local started = os.time() - 1200
  local function at(s) return os.date("!%Y-%m-%dT%H:%M:%SZ", started + s) end
  local routine = {}
  for i, id in ipairs(ids) do routine[i] = '{"stretchId":"' .. id .. '","level":"standard"}' end
  local steps = {}
  for i = 0, steps_count - 1 do
    steps[i + 1] = '{"step":' .. i .. ',"end":"played","at":"' .. at(math.floor(720 * (i + 1) / steps_count)) .. '"}'
  end
  return '","routine":[' .. table.concat(routine, ",") .. '],"painBefore":4,"painAfter":2,"startedAt":"' .. at(0)
    .. '","steps":[' .. table.concat(steps, ",") .. ']}'
end

-- n hex digits (n <= 4, so the random range stays small for every Lua).
local function hex(n) return string.format("%0" .. n .. "x", math.random(0, 16 ^ n - 1)) end

local function client_id()
  return hex(4) .. hex(4) .. "-" .. hex(4) .. "-4" .. hex(3) .. "-a" .. hex(3) .. "-" .. hex(4) .. hex(4) .. hex(4)
end

function init(args)
  math.randomseed(os.time() + (thread_id or 0) * 104729)
  body_rest = session_rest()
end

function request()
  sent = sent + 1
  if mode == "healthz" then
    return wrk.format("GET", "/healthz")
  end
  -- Each thread starts at its own place in the list, so the threads' requests go to different users.
  local token = tokens[((thread_id * 7919 + sent) % #tokens) + 1]
  local headers = { ["Authorization"] = "Bearer " .. token }
  if mode == "post" then
    headers["Content-Type"] = "application/json"
    return wrk.format("POST", "/api/v1/sessions/completed", headers, '{"clientId":"' .. client_id() .. body_rest)
  end
  return wrk.format("GET", "/api/v1/stats", headers)
end

function response(status, headers, body)
  received = received + 1
  if received >= max then
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'RESULT {"mode":"%s","requests":%d,"seconds":%.3f,"rps":%.1f,"p50_ms":%.3f,"p90_ms":%.3f,"p99_ms":%.3f,"max_ms":%.3f,"connect_errors":%d,"read_errors":%d,"write_errors":%d,"timeouts":%d,"non_2xx":%d}\n',
    mode, summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.timeout, e.status))
end
