-- A clerk registering service requests: each one a new ticket with its number, events and SLA clocks.
local here = debug.getinfo(1, "S").source:match("@(.*/)")
package.path = package.path .. ";" .. here .. "?.lua"
local report = require("report")
local body = io.open(here .. "registration.json"):read("*a")
wrk.method = "POST"
wrk.path = "/api/tickets"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = body
done = report.done
