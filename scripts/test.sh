#!/usr/bin/env bash
# The whole test suite (both databases, browser, documents). Prints one closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
log=$(mktemp)
dotnet test OpenGovInfo.slnx -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -oE "Passed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE "Failed: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
skipped=$(grep -oE "Skipped: +[0-9]+" "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
echo "tests: $passed passed, $failed failed, $skipped skipped"
if [ "$status" -eq 0 ] && [ "$passed" -eq 0 ]; then echo "no test ran"; exit 1; fi
exit "$status"
