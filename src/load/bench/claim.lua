-- An engineer submitting an expense claim of one meal line (X1, X2), screened by the fraud rules
-- as it is recorded (X3-X5). Claims are spread as real ones are: claim k of the run (counted over
-- all threads, from $CLAIM_BASE, which the benchmark moves on after each run) is a one-day trip to
-- one of 20 cities, k / 20 days ago, so no two claims of the engineer overlap in destination and
-- dates (X5 SPLIT_CLAIMS compares a claim with those only), with an invoice number and a receipt
-- of its own ($RECEIPTS: one sha-256 per line, uploaded before the run; reused only after all).
local here = debug.getinfo(1, "S").source:match("@(.*/)")
package.path = package.path .. ";" .. here .. "../?.lua"
local report = require("report")
local next_id = 0

local CITIES = { "苏州", "杭州", "南京", "无锡", "宁波", "合肥", "济南", "青岛", "郑州", "武汉",
  "长沙", "南昌", "福州", "厦门", "广州", "深圳", "成都", "重庆", "西安", "天津" }

function setup(thread)
  thread:set("id", next_id)
  thread:set("count", tonumber(os.getenv("WRK_THREADS") or "2"))
  next_id = next_id + 1
end

function init(args)
  receipts = {}
  for line in io.lines(os.getenv("RECEIPTS")) do table.insert(receipts, line) end
  base = tonumber(os.getenv("CLAIM_BASE") or "0")
  sent = 0
end

function request()
  local k = base + sent * count + id
  sent = sent + 1
  local city = CITIES[k % #CITIES + 1]
  local day = os.date("!%Y-%m-%d", os.time() - math.floor(k / #CITIES) * 86400)
  local body = string.format(
    '{"trip":{"destinationCity":"%s","route":["上海"],"startDate":"%s","endDate":"%s","dispatchIds":[],' ..
    '"purpose":"benchmark"},"lines":[{"category":"MEALS","invoiceNumber":"27%018d","issuer":"%s餐饮",' ..
    '"issueDate":"%s","issueCity":"%s","amount":45.37,"receiptSha256":"%s","description":"meals"}]}',
    city, day, day, k, city, day, city, receipts[k % #receipts + 1])
  return wrk.format("POST", "/api/expense-claims",
    {["Authorization"] = "Bearer " .. os.getenv("TOKEN"), ["Content-Type"] = "application/json"}, body)
end

done = report.done
