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
