-- POST <base>/Users with a new userName each time (<tag>-<n>@load.example.com; give every run
-- its own tag), in the write tenant.
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

local base, tag, template, headers
local n = 0

function init(args)
  local dir
  base, dir, tag = common.arguments(args)
  template = common.first_line(dir .. "/post-user.json")
  headers = {
    ["Authorization"] = "Bearer " .. common.first_line(dir .. "/write-token"),
    ["Content-Type"] = "application/scim+json",
  }
end

function request()
  n = n + 1
  local body = template:gsub("USER_NAME_PLACEHOLDER", tag .. "-" .. n .. "@load.example.com", 1)
  return wrk.format("POST", base .. "/Users", headers, body)
end

done = common.done
