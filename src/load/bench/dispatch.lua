-- A clerk recording dispatches (T7) on tickets served on site: the tickets and their versions come
-- from $TICKETS ("<ticket id> <version>" per line), each thread takes every n-th of them and
-- cycles through its own, so a ticket has one request in flight at a time and its expected version
-- is the one the last dispatch left (each dispatch appends one event). A 409 names the ticket and
-- its version: the script takes that version and goes on (wrk builds one request before it sends any).
local here = debug.getinfo(1, "S").source:match("@(.*/)")
package.path = package.path .. ";" .. here .. "../?.lua"
local report = require("report")
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  thread:set("count", tonumber(os.getenv("WRK_THREADS") or "2"))
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  tickets, versions, index = {}, {}, {}
  local i = 0
  for line in io.lines(os.getenv("TICKETS")) do
    if i % count == id then
      local ticket, version = line:match("(%S+) (%d+)")
      table.insert(tickets, ticket)
      table.insert(versions, tonumber(version))
      index[ticket] = #tickets
    end
    i = i + 1
  end
  turn, sent = 0, 0
end

function request()
  turn = turn % #tickets + 1
  sent = sent + 1
  local body = string.format(
    '{"dispatchId":"D-B-%d-%d-%d","engineerId":"U-ENG-01","startDate":"%s","endDate":"%s",' ..
    '"destinationCity":"苏州","travel":40.50,"lodging":0,"transport":20.30,"materials":0,"expectedVersion":%d}',
    id, os.time(), sent, os.date("!%Y-%m-%d"), os.date("!%Y-%m-%d"), versions[turn])
  versions[turn] = versions[turn] + 1
  return wrk.format("POST", "/api/tickets/" .. tickets[turn] .. "/dispatches",
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json"}, body)
end

function response(status, headers, body)
  if status == 409 then
    local ticket = body:match("/api/tickets/([%w-]+)/dispatches")
    local now = body:match("it is now at version (%d+)")
    if ticket and now and index[ticket] then versions[index[ticket]] = tonumber(now) end
  end
end

done = report.done
