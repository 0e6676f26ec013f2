-- An engineer submitting an expense claim of one meal line (X1, X2), screened by the fraud rules
-- as it is recorded (X3-X5). Each claim cites a receipt of its own, uploaded before the run
-- ($RECEIPTS: one sha-256 per line, each thread takes every n-th), and an invoice number of its own.
local here = debug.getinfo(1, "S").source:match("@(.*/)")
package.path = package.path .. ";" .. here .. "../?.lua"
local report = require("report")
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  thread:set("count", tonumber(os.getenv("WRK_THREADS") or "2"))
  next_id = next_id + 1
end

function init(args)
  receipts = {}
  local i = 0
  for line in io.lines(os.getenv("RECEIPTS")) do
    if i % count == id then table.insert(receipts, line) end
    i = i + 1
  end
  sent = 0
  math.randomseed(os.time() * 100 + id)
end

function request()
  sent = sent + 1
  local day = os.date("!%Y-%m-%d")
  local body = string.format(
    '{"trip":{"destinationCity":"苏州","route":["上海"],"startDate":"%s","endDate":"%s","dispatchIds":[],' ..
    '"purpose":"benchmark"},"lines":[{"category":"MEALS","invoiceNumber":"27%09d%09d","issuer":"苏州餐饮",' ..
    '"issueDate":"%s","issueCity":"苏州","amount":45.37,"receiptSha256":"%s","description":"meals"}]}',
    day, day, math.random(0, 999999999), id * 100000000 + sent, day, receipts[(sent - 1) % #receipts + 1])
  return wrk.format("POST", "/api/expense-claims",
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json"}, body)
end

done = report.done
