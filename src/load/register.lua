-- A clerk registering service requests: each one a new ticket with its number, events and SLA clocks.
package.path = package.path .. ";" .. debug.getinfo(1, "S").source:match("@(.*/)") .. "?.lua"
local report = require("report")
wrk.method = "POST"
wrk.path = "/api/tickets"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
wrk.headers["Content-Type"] = "application/json"
wrk.body = [[{"channel": "PHONE",
 "customer": {"name": "负载测试客户 Load test", "phone": "021-0000 0000"},
 "proofOfPurchase": {"orderNumber": "SO-LOAD-1"},
 "product": {"model": "P-2200", "serialNumber": "SN-LOAD-1", "kind": "HARDWARE", "purchaseDate": "2025-03-01"},
 "fault": {"description": "卡纸 paper jam (load test)", "occurredOn": "2026-11-20"},
 "request": "REPAIR", "urgency": "NORMAL", "underServiceContract": false}]]
done = report.done
