-- GET <base>/Users?startIndex=...&count=100, cycling over every page of the read tenant.
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local page_size = 100
local base, pages, headers
local n = 0

function init(args)
  local dir
  base, dir = common.arguments(args)
  pages = math.floor(#common.lines(dir .. "/read-user-ids") / page_size)
  headers = { ["Authorization"] = "Bearer " .. common.first_line(dir .. "/read-token") }
end

function request()
  n = n + 1
  local start = (n % pages) * page_size + 1
  return wrk.format("GET",
      base .. "/Users?startIndex=" .. start .. "&count=" .. page_size, headers)
end

done = common.done
