-- GET <base>/Users?filter=userName eq "...", cycling over the userNames of the read tenant.
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local base, queries, headers
local n = 0

function init(args)
  local dir
  base, dir = common.arguments(args)
  queries = {}
  for i, userName in ipairs(common.lines(dir .. "/read-user-names")) do
    queries[i] = base .. "/Users?filter=" .. common.encode('userName eq "' .. userName .. '"')
  end
  headers = { ["Authorization"] = "Bearer " .. common.first_line(dir .. "/read-token") }
end

function request()
  n = n + 1
  return wrk.format("GET", queries[n % #queries + 1], headers)
end

done = common.done
