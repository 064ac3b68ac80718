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
local body = nil

-- A finished session of seven stretch records, started 20 minutes ago (the API refuses times in the future).
local function session_body()
  local started = os.time() - 1200
  local function at(s) return os.date("!%Y-%m-%dT%H:%M:%SZ", started + s) end
  return '{"level":"standard","painBefore":4,"painAfter":2,"startedAt":"' .. at(0) .. '","endedAt":"' .. at(720) .. '","stretches":['
    .. '{"stretchId":"shoulder-blade-squeeze","repsDone":10,"setsDone":1,"secondsHeld":50,"at":"' .. at(90) .. '"},'
    .. '{"stretchId":"upper-trapezius-stretch","side":"right","repsDone":2,"setsDone":1,"secondsHeld":40,"at":"' .. at(180) .. '"},'
    .. '{"stretchId":"upper-trapezius-stretch","side":"left","repsDone":2,"setsDone":1,"secondsHeld":40,"at":"' .. at(270) .. '"},'
    .. '{"stretchId":"cat-camel","repsDone":10,"setsDone":1,"secondsHeld":60,"at":"' .. at(360) .. '"},'
    .. '{"stretchId":"thoracic-extension","repsDone":1,"setsDone":2,"secondsHeld":30,"at":"' .. at(450) .. '"},'
    .. '{"stretchId":"childs-pose","repsDone":1,"setsDone":1,"secondsHeld":30,"at":"' .. at(540) .. '"},'
    .. '{"stretchId":"chest-opener","repsDone":2,"setsDone":1,"secondsHeld":30,"at":"' .. at(630) .. '"}]}'
end

function init(args)
  body = session_body()
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
    return wrk.format("POST", "/api/v1/sessions/completed", headers, body)
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
