#!/usr/bin/env bash
# Portal benchmark: seeds 100,000 published items into a fresh database, then measures with wrk on loopback, side by
# side, the real portal (Release build) and a minimal raw-SQL ASP.NET Core endpoint rendering the same fields; then
# search latency through the real use case. Usage: scripts/bench-portal.sh [Sqlite|PostgreSql CONNECTION] [COUNT]
set -euo pipefail
cd "$(dirname "$0")/.."
provider="${1:-Sqlite}"
work="$(mktemp -d /tmp/ogi-bench-portal.XXXXXX)"
connection="${2:-Data Source=$work/portal.db}"
count="${3:-100000}"
duration="${DURATION:-10s}"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

dotnet build src/OpenGovInfo.Web -c Release -v q -nologo >/dev/null
dotnet build bench/OpenGovInfo.PortalBench -c Release -v q -nologo >/dev/null
bench="dotnet bench/OpenGovInfo.PortalBench/bin/Release/net10.0/OpenGovInfo.PortalBench.dll"
echo "seeding $count items ($provider)…"
time $bench seed --provider "$provider" --connection "$connection" --count "$count" | tail -1

ASPNETCORE_ENVIRONMENT=Production Database__Provider="$provider" ConnectionStrings__OpenGovInfo="$connection" \
  Logging__LogLevel__Default=Warning ASPNETCORE_URLS=http://127.0.0.1:5301 \
  dotnet src/OpenGovInfo.Web/bin/Release/net10.0/OpenGovInfo.Web.dll >"$work/web.log" 2>&1 &
pids+=($!)
Logging__LogLevel__Default=Warning $bench baseline --provider "$provider" --connection "$connection" --urls http://127.0.0.1:5302 >"$work/baseline.log" 2>&1 &
pids+=($!)
for port in 5301 5302; do
  for _ in $(seq 1 60); do curl -fs "http://127.0.0.1:$port/items/50000" >/dev/null && break; sleep 1; done
done

measure() { # name url
  wrk -t2 -c16 -d5s "$2" >/dev/null  # warm-up
  printf '%-28s %s\n' "$1" "$(wrk -t2 -c16 -d"$duration" "$2" | awk '/Requests\/sec/ {print $2}') req/s"
}
measure "portal   /items/{id}" "http://127.0.0.1:5301/items/50000"
measure "baseline /items/{id}" "http://127.0.0.1:5302/items/50000"
measure "portal   list page" "http://127.0.0.1:5301/agencies/1/items"
measure "baseline list page" "http://127.0.0.1:5302/agencies/1/items"
$bench search --provider "$provider" --connection "$connection"
