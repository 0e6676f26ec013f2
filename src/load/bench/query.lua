-- One read, the same for every request: GET $QUERY_PATH with the bearer token in $TOKEN.
local here = debug.getinfo(1, "S").source:match("@(.*/)")
package.path = package.path .. ";" .. here .. "../?.lua"
local report = require("report")
wrk.method = "GET"
wrk.path = os.getenv("QUERY_PATH")
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
done = report.done
