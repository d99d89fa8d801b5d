-- Shared by the scenario scripts. Every script is run as
--   wrk ... -s <script> http://127.0.0.1:<port> -- <base path> <fixture dir> [<tag>]
-- where <base path> is /scim/v2 or /bare and <fixture dir> holds the files HttpLoadServer wrote.
local common = {}

function common.lines(path)
  local values = {}
  for line in io.lines(path) do
    if line ~= "" then
      values[#values + 1] = line
    end
  end
  if #values == 0 then
    error("no values in " .. path)
  end
  return values
end

function common.first_line(path)
  return common.lines(path)[1]
end

-- Percent-encodes a query parameter value.
function common.encode(value)
  return (value:gsub("[^%w%-%._~]", function(c)
    return string.format("%%%02X", string.byte(c))
  end))
end

-- The base path, fixture directory and optional tag of the wrk arguments.
function common.arguments(args)
  if #args < 2 then
    error("arguments: <base path> <fixture dir> [<tag>]")
  end
  return args[1], args[2], args[3] or ""
end

-- Makes the calling script GET <base>/Users/{id}, cycling over the ids in <fixture dir>/<ids file>,
-- with the read tenant's token: defines wrk's global init and request.
function common.get_users_from(ids_file)
  local base, ids, headers
  local n = 0
  function init(args)
    local dir
    base, dir = common.arguments(args)
    ids = common.lines(dir .. "/" .. ids_file)
    headers = { ["Authorization"] = "Bearer " .. common.first_line(dir .. "/read-token") }
  end
  function request()
    n = n + 1
    return wrk.format("GET", base .. "/Users/" .. ids[n % #ids + 1], headers)
  end
end

-- The result line http.sh reads: throughput, latency percentiles (ms) and failures.
function common.done(summary, latency, requests)
  local errors = summary.errors
  io.write(string.format(
      "RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p90_ms=%.3f p99_ms=%.3f "
          .. "non2xx=%d socket_errors=%d\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
      latency:percentile(50) / 1000, latency:percentile(90) / 1000,
      latency:percentile(99) / 1000, errors.status,
      errors.connect + errors.read + errors.write + errors.timeout))
end

return common
