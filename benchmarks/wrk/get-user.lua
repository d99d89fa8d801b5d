-- GET <base>/Users/{id}, cycling over the read tenant's users made from the RFC 7643 §8.3
-- enterprise user (3.3 KB each; get-small-user.lua reads users as identity providers create them).
package.path = (os.getenv("WRK_LUA_DIR") or "benchmarks/wrk") .. "/?.lua;" .. package.path
local common = require("common")

common.get_users_from("read-user-ids")
done = common.done
