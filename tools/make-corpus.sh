#!/usr/bin/env bash
# Regenerates the generated part of corpus/ (capstone/ and synthetic/) with the corpus generator, and
# refreshes the copies of the shared sources (transcripts/, prospectus/, formd-xml/) from ../shared when
# that folder sits next to the repository. Same seed, same bytes: a second run changes nothing.
#
#   tools/make-corpus.sh            # seed 20021125, the committed corpus
#   tools/make-corpus.sh --seed N   # another corpus (then the determinism test's comparison with the committed files fails)
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
source tools/deps.sh
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

dotnet build tools/FilingExtractor.CorpusGen -c Release -v quiet -nologo
gen=tools/FilingExtractor.CorpusGen/bin/Release/net10.0/corpus-gen

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$gen" corpus --out "$tmp" "$@"
rm -rf corpus/capstone corpus/synthetic
mkdir -p corpus
cp -r "$tmp/capstone" "$tmp/synthetic" corpus/

shared="$root/../shared"
if [[ -d "$shared/seeds" ]]; then
  mkdir -p corpus/transcripts corpus/prospectus corpus/formd-xml
  cp "$shared/seeds/capstone-formd-2002.txt" corpus/transcripts/
  cp "$shared/seeds/capstone-prospectus-2003.txt" corpus/prospectus/
  cp "$shared"/formd-xml/* corpus/formd-xml/
  chmod u+w corpus/transcripts/* corpus/prospectus/* corpus/formd-xml/*
else
  echo "../shared not found: kept the committed copies in corpus/transcripts, corpus/prospectus, corpus/formd-xml" >&2
fi

du -sh corpus
