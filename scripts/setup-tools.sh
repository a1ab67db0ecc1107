#!/usr/bin/env bash
# Installs what building and testing nodescope needs, skipping whatever is already there at the
# pinned version. Safe to run again and again: a second run only checks, and says what it skipped.
#
#   scripts/setup-tools.sh                 # wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/setup-tools.sh --with-browser  # ... and Debian's chromium, for the browser tests
#
# Cargo-installed tools go to $NODESCOPE_CACHE/tools/bin (default ~/.cache/nodescope), a cache
# that survives between runs and clones. npm packages (binaryen for wasm-opt, playwright-core)
# go to ./node_modules from the committed package-lock.json. The Makefile puts both on PATH.
set -euo pipefail

readonly TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=…"` pin in Cargo.toml: the CLI and the library must agree.
readonly WASM_BINDGEN_VERSION=0.2.130

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${NODESCOPE_CACHE:-$HOME/.cache/nodescope}
tools=$cache/tools
export PATH="$tools/bin:$root/node_modules/.bin:$PATH"

with_browser=0
for arg in "$@"; do
  case $arg in
    --with-browser) with_browser=1 ;;
    -h | --help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "setup: unknown argument '$arg' (try --help)" >&2; exit 2 ;;
  esac
done

say() { echo "setup: $*"; }
skipped() { say "skipped $1: already present ($2)"; }

mkdir -p "$tools"
# One setup at a time per cache: two `make` runs must not build the same tool twice at once.
exec 9>"$cache/setup.lock"
if ! flock -n 9; then
  say "another setup is running; waiting for it"
  flock 9
fi

# Someone else (another checkout, a shell by hand) may be installing the tool right now without
# our lock; building it a second time alongside would only double the wait.
wait_for_other_install() {
  local crate=$1
  command -v pgrep >/dev/null || return 0
  while pgrep -f "cargo install.* $crate(@| |$)" >/dev/null; do
    say "a 'cargo install $crate' is already running elsewhere; waiting for it"
    sleep 15
  done
}

# Prints the version a tool reports, or nothing when it is absent or broken.
version_of() {
  "$@" --version 2>/dev/null | head -n 1 | grep -oE '[0-9]+\.[0-9]+\.[0-9]+' | head -n 1 || true
}

cargo_install() {
  local crate=$1 bin=$2 version=$3 locked=$4
  local found
  found=$(version_of "$tools/bin/$bin")
  if [ "$found" = "$version" ]; then
    skipped "$crate" "$bin $found in $tools/bin"
    return
  fi
  wait_for_other_install "$crate"
  found=$(version_of "$tools/bin/$bin")
  if [ "$found" = "$version" ]; then
    skipped "$crate" "$bin $found in $tools/bin, installed meanwhile"
    return
  fi
  say "installing $crate $version into $tools (takes several minutes the first time)${found:+, replacing $found}"
  # shellcheck disable=SC2086 # $locked is either empty or a single flag.
  cargo install $locked --root "$tools" "$crate@$version"
}

# --- Rust: the wasm target and the two cargo-installed tools ---
if rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  skipped "wasm32-unknown-unknown" "rustup target"
else
  say "adding rustup target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
cargo_install trunk trunk "$TRUNK_VERSION" --locked
# Not --locked: wasm-bindgen-cli's own lock file pins crates that no longer build on current rustc.
cargo_install wasm-bindgen-cli wasm-bindgen "$WASM_BINDGEN_VERSION" ""

# --- npm: wasm-opt (binaryen) and playwright-core, exactly as package-lock.json says ---
command -v npm >/dev/null || { say "npm is missing: install Node.js 20 and npm first" >&2; exit 1; }
stamp=$root/node_modules/.nodescope-package-lock.json
if [ -f "$stamp" ] && cmp -s "$root/package-lock.json" "$stamp"; then
  skipped "npm packages" "node_modules matches package-lock.json"
else
  say "installing npm packages from package-lock.json"
  (cd "$root" && npm ci --no-audit --no-fund)
  cp "$root/package-lock.json" "$stamp"
fi

# --- the browser for the end-to-end tests (Debian's chromium, never a downloaded build) ---
if [ "$with_browser" = 1 ]; then
  if [ -x /usr/bin/chromium ]; then
    skipped "chromium" "$(/usr/bin/chromium --version 2>/dev/null | head -n 1)"
  else
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    say "installing Debian's chromium with apt-get"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q chromium fonts-noto-color-emoji fonts-wqy-microhei
  fi
fi

say "tools ready: $(trunk --version), $(wasm-bindgen --version), $(wasm-opt --version)"
