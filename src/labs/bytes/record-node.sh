#!/usr/bin/env bash
# Records what real node prints for the bytes lab's preset programs, into node-v20.txt next to
# this script. The engine must print exactly the same (story.rs,
# every_preset_in_every_encoding_prints_what_node_printed). Needs node v20 on the PATH.
#
#   cargo test -p nodescope-app write_preset_programs -- --ignored
#   src/labs/bytes/record-node.sh
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
programs="$here/../../../target/bytes-programs"
version="$(node --version)"
case "$version" in
  v20.*) ;;
  *) echo "record-node.sh: node $version is not v20" >&2; exit 1 ;;
esac
{
  echo "# stdout of real node $version for each bytes-lab preset program (record-node.sh)"
  for file in "$programs"/*.cjs; do
    echo "=== $(basename "$file" .cjs)"
    node "$file"
  done
} > "$here/node-v20.txt"
