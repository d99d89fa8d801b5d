-- GET <base>/Users/{id}, cycling over the small users of the read tenant (as identity providers
-- create them; get-user.lua reads the larger RFC 7643 enterprise users).
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

common.get_users_from("read-small-user-ids")
done = common.done
