#!/usr/bin/env bash
# Rebuilds the staff rich-text editor (src/OpenGovInfo.Web/wwwroot/lib/editor) from editor/ with the exact package
# versions in editor/package-lock.json. The built files are committed, so `dotnet build` and `dotnet run` need no
# network and no Node; run this only after changing editor/src or upgrading the packages.
set -euo pipefail
cd "$(dirname "$0")/../editor"
npm ci --no-audit --no-fund
out=../src/OpenGovInfo.Web/wwwroot/lib/editor
mkdir -p "$out"
npm run --silent build
# The licences of everything bundled travel with the bundle.
{
  echo "editor.js bundles the following packages (versions from editor/package-lock.json)."
  for dir in node_modules/@tiptap/* node_modules/prosemirror-* node_modules/orderedmap node_modules/rope-sequence node_modules/w3c-keyname node_modules/linkifyjs; do
    [ -f "$dir/package.json" ] || continue
    name=$(node -p "require('./$dir/package.json').name + '@' + require('./$dir/package.json').version + ' (' + require('./$dir/package.json').license + ')'")
    echo
    echo "=== $name"
    for f in "$dir"/LICENSE*; do [ -f "$f" ] && cat "$f"; done
  done
} > "$out/LICENSE.txt"
echo "built $out/editor.js ($(wc -c < "$out/editor.js") bytes)"
