#!/usr/bin/env bash
# The test suite: installs what is missing, builds in Release, runs the tests. By default the slow,
# exhaustive tests ([Trait("Category", "Slow")]) are left out; `tools/test.sh --all` runs them too.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source tools/deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

filter=(--filter "Category!=Slow")
if [[ "${1:-}" == "--all" ]]; then
  filter=()
  shift
fi

dotnet build FilingExtractor.sln -c Release -v quiet -nologo
log=$(mktemp)
trap 'rm -f "$log"' EXIT
set +e
dotnet test FilingExtractor.sln -c Release --no-build "${filter[@]}" "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line over all test projects, in the plain form CI reads.
awk '/(Passed|Failed)! +- +Failed:/ {
       for (i = 1; i <= NF; i++) {
         if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1)
       }
     }
     END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
