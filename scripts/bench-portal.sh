#!/usr/bin/env bash
# Portal benchmark (issue: proactive disclosure). Seeds COUNT (default 100,000) published items into a fresh database,
# then measures with wrk on loopback, side by side in one run:
#   - the real portal (Release build, Production settings) with its output cache (as deployed),
#   - the same portal with the cache switched off (Portal:Cache:Enabled=false: every request renders from the database),
#   - a minimal ASP.NET Core app running one raw SQL query per request and rendering the same fields (the yardstick);
# each for the item page (one URL, and random ids over all items) and the list page; then search latency through the
# real use case. Usage: scripts/bench-portal.sh [Sqlite|PostgreSql [CONNECTION]] [COUNT]
# With PostgreSql and no CONNECTION a throwaway cluster is started from the Debian binaries (as user postgres).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$PWD"
if ! command -v wrk >/dev/null; then  # the load generator is a Debian package, not part of the test dependencies
  sudo_cmd=""; [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq wrk
fi
provider="${1:-Sqlite}"
work="$(mktemp -d /tmp/ogi-bench-portal.XXXXXX)"
chmod 755 "$work"
connection="${2:-}"
count="${3:-100000}"
duration="${DURATION:-10s}"
pids=()
pgdata=""
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  if [[ -n "$pgdata" ]]; then runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m immediate -w stop >/dev/null 2>&1 || true; fi
  mkdir -p /tmp/ogi-bench-logs && cp "$work"/*.log /tmp/ogi-bench-logs/ 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [[ "$provider" == "PostgreSql" && -z "$connection" ]]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pgdata="$work/pg"; mkdir -p "$pgdata"; chown postgres "$pgdata"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U postgres -A trust -E UTF8 --no-locale --no-sync >/dev/null
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -o "-p 55432 -k $pgdata -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200" \
    -l "$pgdata/server.log" -w start >/dev/null
  connection="Host=127.0.0.1;Port=55432;Username=postgres;Database=ogi_bench;Maximum Pool Size=64"
fi
connection="${connection:-Data Source=$work/portal.db}"

dotnet build src/OpenGovInfo.Web -c Release -v q -nologo >/dev/null
dotnet build bench/OpenGovInfo.PortalBench -c Release -v q -nologo >/dev/null
bench="dotnet $root/bench/OpenGovInfo.PortalBench/bin/Release/net10.0/OpenGovInfo.PortalBench.dll"
echo "seeding $count items ($provider)…"
time $bench seed --provider "$provider" --connection "$connection" --count "$count" | tail -1

portal() { # port cache-enabled
  # Run from the project folder, as a deployment runs from its own: the content root holds wwwroot.
  (cd src/OpenGovInfo.Web && ASPNETCORE_ENVIRONMENT=Production Database__Provider="$provider" ConnectionStrings__OpenGovInfo="$connection" \
    Portal__Cache__Enabled="$2" Logging__LogLevel__Default=Warning ASPNETCORE_URLS="http://127.0.0.1:$1" \
    exec dotnet bin/Release/net10.0/OpenGovInfo.Web.dll >"$work/web-$1.log" 2>&1) &
  pids+=($!)
}
portal 5301 true
portal 5303 false
Logging__LogLevel__Default=Warning $bench baseline --provider "$provider" --connection "$connection" --urls http://127.0.0.1:5302 >"$work/baseline.log" 2>&1 &
pids+=($!)
for port in 5301 5302 5303; do
  for _ in $(seq 1 90); do curl -fs "http://127.0.0.1:$port/items/50000" >/dev/null && break; sleep 1; done
done

cat >"$work/random.lua" <<LUA
-- random item ids over all seeded items (the seeder numbers them 1..$count)
math.randomseed(42)
request = function() return wrk.format("GET", "/items/" .. math.random(1, $count)) end
LUA
measure() { # label port path [wrk args]
  local label="$1" port="$2" path="$3"; shift 3
  wrk -t2 -c16 -d5s "$@" "http://127.0.0.1:$port$path" >/dev/null  # warm-up
  local out; out="$(wrk -t2 -c16 -d"$duration" "$@" "http://127.0.0.1:$port$path")"
  printf '%-34s %10s req/s  p50 %8s  p99 %8s %s\n' "$label" "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
    "$(awk '/Latency/ {print $2}' <<<"$out")" "$(awk '/Latency/ {print $4}' <<<"$out")" "$(grep -o 'Non-2xx.*' <<<"$out" || true)"
}
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for target in "item page:/items/50000" "list page:/agencies/1/items"; do
  name="${target%%:*}"; path="${target#*:}"
  measure "baseline  $name" 5302 "$path"
  measure "portal    $name (cached)" 5301 "$path"
  measure "portal    $name (no cache)" 5303 "$path"
done
measure "baseline  item page, random ids" 5302 / -s "$work/random.lua"
measure "portal    item page, random ids (cached)" 5301 / -s "$work/random.lua"
measure "portal    item page, random ids (no cache)" 5303 / -s "$work/random.lua"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
$bench search --provider "$provider" --connection "$connection"
