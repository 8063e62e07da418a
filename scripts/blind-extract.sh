#!/usr/bin/env bash
# What Parley extracted from each coded report before anyone had read it:
#   scripts/blind-extract.sh OUT_DIR [GOLD_FOLDER…]   (default: eval/real-families)
#
# Each gold file was committed after its report was coded blind; the parent of that commit is the
# Parley the report was new to. For each such commit this checks Parley out in a worktree of its
# own (OUT_DIR/worktrees), builds it, and extracts each of its reports (`parley extract --format
# json`, the texts restored as eval/README.md says) into OUT_DIR/NAME.json. OUT_DIR/map.txt has one
# line per report: `COMMIT GOLD_PATH`. scripts/learn-stance-model.ts --blind OUT_DIR --map
# OUT_DIR/map.txt scores a learnt reader on these extractions: news the rules had not seen.
# A run again extracts only what is missing; the worktrees are removed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: scripts/blind-extract.sh OUT_DIR [GOLD_FOLDER…]}
shift
folders=("${@:-eval/real-families}")
mkdir -p "$out/worktrees"
out=$(cd "$out" && pwd)
map="$out/map.txt"
: >"$map"
for folder in "${folders[@]}"; do
  git log --diff-filter=A --format='COMMIT %p' --name-only -- "$folder/*.gold.json" |
    awk '/^COMMIT/ { parent = $2; next } /gold\.json$/ { print parent, $0 }' >>"$map"
done
for base in $(awk '{ print $1 }' "$map" | sort -u); do
  tree="$out/worktrees/$base"
  if [ ! -d "$tree" ]; then
    git worktree add --quiet --detach "$tree" "$base"
    ln -s "$PWD/node_modules" "$tree/node_modules"
    (cd "$tree" && npx tsc -p tsconfig.build.json) || { echo "$base: does not build; its reports are left out" >&2; continue; }
  fi
  awk -v base="$base" '$1 == base { print $2 }' "$map" | while read -r gold; do
    name=$(basename "$gold" .gold.json)
    text="$PWD/$(dirname "$gold")/texts/$name.txt"
    [ -f "$text" ] || { echo "$name: no restored text (eval/README.md says how)" >&2; continue; }
    [ -s "$out/$name.json" ] && continue
    (cd "$tree" && node bin/parley.js extract "$text" --format json >"$out/$name.json") ||
      { echo "$name: the Parley of $base failed on it" >&2; rm -f "$out/$name.json"; }
  done
done
for tree in "$out"/worktrees/*; do
  [ -d "$tree" ] && git worktree remove --force "$tree"
done
echo "$(ls "$out"/*.json 2>/dev/null | wc -l) extractions in $out; map: $map"
