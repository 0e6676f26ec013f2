-- Someone guessing passwords for one account: after the allowance every attempt is 429, before
-- any bcrypt, so the rate shows what a throttled attempt costs. Counts 401s and 429s.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local report = require("report")
wrk.method = "POST"
wrk.path = "/api/auth/token"
wrk.headers["Authorization"] = "Basic " .. os.getenv("WRONG_CREDENTIALS")

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  refused, throttled = 0, 0
end

function response(status, headers, body)
  if status == 401 then refused = refused + 1 end
  if status == 429 then throttled = throttled + 1 end
end

function done(summary, latency, requests)
  local r, t = 0, 0
  for _, thread in ipairs(threads) do
    r = r + thread:get("refused")
    t = t + thread:get("throttled")
  end
  report.done(summary, latency, requests)
  io.write(string.format("STATUS 401=%d 429=%d\n", r, t))
end
