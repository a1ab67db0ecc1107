#!/usr/bin/env bash
# Prints the release bundle's figures for README.md: the wasm, its gzip size, the JS glue, and
# everything a first visit downloads. Measures what `make build` left in dist/ (or the folder given).
set -euo pipefail
dist=${1:-dist}

one_file() {
  local matches
  # shellcheck disable=SC2206 # $1 is a glob on purpose.
  matches=("$dist"/$1)
  [ -f "${matches[0]}" ] || { echo "bundle-size: no $1 in $dist/ (run \`make build\` first)" >&2; exit 1; }
  echo "${matches[0]}"
}
size() { stat -c %s "$1"; }
gzip_size() { gzip -9 -c "$@" | wc -c; }

wasm=$(one_file 'nodescope-app-*_bg.wasm')
glue=$(one_file 'nodescope-app-*.js')
mapfile -t all < <(find "$dist" -type f -not -path '*/.*' \( -name '*.html' -o -name '*.css' -o -name '*.js' -o -name '*.wasm' \) | sort)
total=0 total_gz=0
for f in "${all[@]}"; do
  total=$((total + $(size "$f")))
  total_gz=$((total_gz + $(gzip_size "$f")))
done

printf '| what | bytes | gzip -9 |\n|---|---:|---:|\n'
printf '| wasm (%s) | %d | %d |\n' "$(basename "$wasm")" "$(size "$wasm")" "$(gzip_size "$wasm")"
printf '| JS glue (%s) | %d | %d |\n' "$(basename "$glue")" "$(size "$glue")" "$(gzip_size "$glue")"
printf '| first visit, all %d files | %d | %d |\n' "${#all[@]}" "$total" "$total_gz"
