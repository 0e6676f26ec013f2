-- A clerk reading the ticket board: bearer token from $TOKEN, one row per page.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local report = require("report")
wrk.method = "GET"
wrk.path = "/api/tickets?size=1"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
done = report.done
