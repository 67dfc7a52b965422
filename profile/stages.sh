#!/usr/bin/env bash
# Counts the instructions each stage executes over a corpus, under callgrind.
#
#   profile/stages.sh [--warm] [MODE...]        (from the repository's root)
#
# Prints one "mode count" line per mode and leaves each callgrind output at
# target/profile/cg-MODE.out for callgrind_annotate. CORPUS overrides the
# files (default ../shared/corpora/real/*.txt). Counts are exact and repeat
# to within a few hundred instructions, so unlike wall time they compare
# across machines and busy hours. --warm applies to every MODE on the line
# (each runs once outside the count first), so the README's cold figures for
# the other modes need a run of their own.
set -euo pipefail
cd "$(dirname "$0")/.."
warm=()
modes=()
for arg in "$@"; do
  if [[ $arg == --warm ]]; then warm=(--warm); else modes+=("$arg"); fi
done
if ((${#modes[@]} == 0)); then
  modes=(setup parse pipeline layout stamps dateline byline attribution quotes dates)
fi
corpus=${CORPUS:-../shared/corpora/real}
files=("$corpus"/*.txt)
out=target/profile
mkdir -p "$out"
CARGO_TARGET_DIR="$PWD/$out/target" cargo build --quiet --release --manifest-path profile/Cargo.toml
bin=$out/target/release/newswire-profile
for mode in "${modes[@]}"; do
  valgrind --tool=callgrind --callgrind-out-file="$out/cg-$mode.out" \
    --toggle-collect='newswire_profile::measured_region' \
    "$bin" "$mode" "${warm[@]}" "${files[@]}" >/dev/null 2>"$out/cg-$mode.log"
  count=$(grep -m1 '^summary:' "$out/cg-$mode.out" | awk '{print $2}')
  printf '%s %s\n' "$mode" "$count"
done
