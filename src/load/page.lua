-- One page of the web UI, signed in: the session cookie and the path come from the environment.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local report = require("report")
wrk.method = "GET"
wrk.path = os.getenv("PAGE_PATH")
wrk.headers["Cookie"] = os.getenv("COOKIE")
wrk.headers["Accept"] = "text/html"
wrk.headers["Accept-Language"] = "zh-CN"
done = report.done
