#!/usr/bin/env bash
# The main job on the bundled corpus: installs what is missing, builds in Release, and writes the
# results for everything in corpus/ into out/. Extra arguments go to the CLI verb.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source tools/deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
dotnet build FilingExtractor.sln -c Release -v quiet -nologo
cli=src/FilingExtractor.Cli/bin/Release/net10.0/filing-extractor
mkdir -p out
"$cli" extract corpus --out out "$@"
echo "Results in out/"
