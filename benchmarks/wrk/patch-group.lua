-- PATCH <base>/Groups/{id} adding one member, in the write tenant: request n adds member
-- (offset + n / groups) to group (n % groups). With the server's 1000 groups, a run adds
-- distinct (group, member) pairs as long as it sends fewer than 500,000 requests when each run
-- gets its own offset (the tag, a number: 0, 500, 1000, ...).
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local base, offset, groups, members, headers
local n = 0

function init(args)
  local dir, tag
  base, dir, tag = common.arguments(args)
  offset = tonumber(tag) or 0
  groups = common.lines(dir .. "/write-group-ids")
  members = common.lines(dir .. "/write-user-ids")
  headers = {
    ["Authorization"] = "Bearer " .. common.first_line(dir .. "/write-token"),
    ["Content-Type"] = "application/scim+json",
  }
end

function request()
  local group = groups[n % #groups + 1]
  local member = members[(offset + math.floor(n / #groups)) % #members + 1]
  n = n + 1
  local body = '{"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],'
      .. '"Operations":[{"op":"add","path":"members","value":[{"value":"' .. member .. '"}]}]}'
  return wrk.format("PATCH", base .. "/Groups/" .. group, headers, body)
end

done = common.done
