-- GET <base>/Users/{id}, cycling over the small users of the read tenant (as identity providers
-- create them; get-user.lua reads the larger RFC 7643 enterprise users).
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local base, ids, headers
local n = 0

function init(args)
  local dir
  base, dir = common.arguments(args)
  ids = common.lines(dir .. "/read-small-user-ids")
  headers = { ["Authorization"] = "Bearer " .. common.first_line(dir .. "/read-token") }
end

function request()
  n = n + 1
  return wrk.format("GET", base .. "/Users/" .. ids[n % #ids + 1], headers)
end

done = common.done
