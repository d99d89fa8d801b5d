-- GET <base>/Users/{id}, cycling over the read tenant's users made from the RFC 7643 §8.3
-- enterprise user (3.3 KB each; get-small-user.lua reads users as identity providers create them).
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local base, ids, headers
local n = 0

function init(args)
  local dir
  base, dir = common.arguments(args)
  ids = common.lines(dir .. "/read-user-ids")
  headers = { ["Authorization"] = "Bearer " .. common.first_line(dir .. "/read-token") }
end

function request()
  n = n + 1
  return wrk.format("GET", base .. "/Users/" .. ids[n % #ids + 1], headers)
end

done = common.done
