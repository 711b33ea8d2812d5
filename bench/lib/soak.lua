-- wrk script for bench/soak.sh: rotates through a mix of routes and counts the status
-- codes seen, so that the shell script can check nothing unexpected came back. No HEAD:
-- wrk's parser does not know a response to HEAD has no content and waits for it.
local routes = {
  { "GET", "/status/200", nil },
  { "GET", "/404", nil },
  { "GET", "/204", nil },
  { "GET", "/status/200:0.5,503:0.5?seed=1", nil },
  { "POST", "/echo", "{\"soak\": true, \"payload\": \"0123456789abcdef\"}" },
  { "GET", "/status/500-504?seed=7", nil },
}
local expected = { [200] = true, [204] = true, [404] = true, [500] = true, [501] = true,
                   [502] = true, [503] = true, [504] = true }

local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  counts = {}
  unexpected = 0
  n = id -- threads start at different routes
  reqs = {}
  for i, r in ipairs(routes) do
    local headers = nil
    if r[3] then
      headers = { ["Content-Type"] = "application/json" }
    end
    reqs[i] = wrk.format(r[1], r[2], headers, r[3])
  end
end

function request()
  n = n + 1
  return reqs[(n % #reqs) + 1]
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if not expected[status] then
    unexpected = unexpected + 1
  end
end

function done(summary, latency, requests)
  local all = {}
  local bad = 0
  for _, t in ipairs(threads) do
    for status, c in pairs(t:get("counts")) do
      all[status] = (all[status] or 0) + c
    end
    bad = bad + t:get("unexpected")
  end
  local keys = {}
  for status, _ in pairs(all) do
    table.insert(keys, status)
  end
  table.sort(keys)
  for _, status in ipairs(keys) do
    io.write(string.format("STATUS %d %d\n", status, all[status]))
  end
  local e = summary.errors
  io.write(string.format("UNEXPECTED %d\n", bad))
  io.write(string.format("ERRORS connect=%d read=%d write=%d status=%d timeout=%d\n",
    e.connect, e.read, e.write, e.status, e.timeout))
  io.write(string.format("TOTAL %d\n", summary.requests))
  io.write(string.format("P99_MS %.2f\n", latency:percentile(99) / 1000))
end
