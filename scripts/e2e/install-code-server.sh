#!/usr/bin/env bash
# Installs code-server (a real VS Code: server + web workbench) for the `vscode` test layer, pinned, into a
# cache folder outside the repository, and reuses it when it is already there.
#   bash scripts/e2e/install-code-server.sh      prints the path of the code-server binary on its last line
# Needs: Node 20, ripgrep, libkrb5-dev and a C/C++ toolchain (see .ci/run). Works around four install
# pitfalls measured on these machines (../shared/E2E.md):
#   1. as root, code-server's postinstall refuses without npm_config_unsafe_perm=true;
#   2. node-pty's postinstall runs `npx node-gyp`, which must be allowed to fetch: npm_config_yes=true;
#   3. @vscode/ripgrep downloads rg from GitHub at install time: we hand it Debian's rg, packed where the
#      package looks for its download cache;
#   4. the kerberos add-on builds from source: libkrb5-dev must be installed.
set -euo pipefail

VERSION=4.100.3   # = VS Code 1.100.3, the last line that runs on Node 20; keep engines.vscode <= ^1.100.0
CACHE="${SKJOLD_E2E_CACHE:-$HOME/.cache/skjold-e2e}"
DIR="$CACHE/code-server-$VERSION"
BIN="$DIR/node_modules/.bin/code-server"

if [ -x "$BIN" ] && "$BIN" --version >/dev/null 2>&1; then
  echo "code-server $VERSION: reusing $DIR"
  echo "$BIN"
  exit 0
fi

command -v rg >/dev/null || { echo "install-code-server: ripgrep (rg) is missing: apt-get install ripgrep" >&2; exit 1; }
node -e 'process.exit(process.versions.node.split(".")[0] === "20" ? 0 : 1)' \
  || { echo "install-code-server: code-server $VERSION needs Node 20, found $(node --version)" >&2; exit 1; }

WORK="$DIR.partial"
rm -rf "$WORK"
mkdir -p "$WORK/tmp"
cd "$WORK"
echo '{ "private": true }' > package.json

export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false
# Build native modules against the installed Node headers (no header download) when the machine has them.
if [ -z "${npm_config_nodedir:-}" ] && [ -f /usr/include/node/node.h ]; then export npm_config_nodedir=/usr; fi
export TMPDIR="$WORK/tmp"

echo "code-server $VERSION: fetching the package (scripts held back)"
npm install --ignore-scripts --no-save "code-server@$VERSION" >/dev/null

# Which @vscode/ripgrep VS Code uses, and which ripgrep release tag that package downloads.
RG_PKG=$(node -e 'const s=require("./node_modules/code-server/lib/vscode/npm-shrinkwrap.json");process.stdout.write(s.packages["node_modules/@vscode/ripgrep"].version)')
( cd "$TMPDIR" && npm pack --silent "@vscode/ripgrep@$RG_PKG" >/dev/null && tar xzf "vscode-ripgrep-$RG_PKG.tgz" package/lib/postinstall.js )
RG_TAG=$(sed -n "s/^const VERSION = '\(v[^']*\)'.*/\1/p" "$TMPDIR/package/lib/postinstall.js")
[ -n "$RG_TAG" ] || { echo "install-code-server: could not read the ripgrep tag of @vscode/ripgrep $RG_PKG" >&2; exit 1; }
RG_CACHE="$TMPDIR/vscode-ripgrep-cache-$RG_PKG"
mkdir -p "$RG_CACHE"
tar czf "$RG_CACHE/ripgrep-$RG_TAG-x86_64-unknown-linux-musl.tar.gz" -C "$(dirname "$(command -v rg)")" rg
echo "code-server $VERSION: ripgrep $RG_TAG taken from $(command -v rg)"

echo "code-server $VERSION: running its install scripts (native modules build here)"
npm rebuild code-server argon2 > "$WORK/rebuild.log" 2>&1 || { tail -40 "$WORK/rebuild.log" >&2; exit 1; }

"$WORK/node_modules/.bin/code-server" --version >/dev/null
rm -rf "$WORK/tmp"
rm -rf "$DIR"
mv "$WORK" "$DIR"
echo "code-server $VERSION: installed in $DIR"
echo "$BIN"
