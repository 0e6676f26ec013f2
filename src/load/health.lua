-- The reference: an unauthenticated endpoint that does no work (Spring Boot's health check).
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local report = require("report")
wrk.method = "GET"
wrk.path = "/actuator/health"
done = report.done
