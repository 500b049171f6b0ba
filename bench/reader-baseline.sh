#!/usr/bin/env bash
# Builds the reader as of a commit (default: the commit before issue 14's work) into a folder for
# `OpenGovInfo.Benchmarks reader --baseline DIR`. Uses `git archive`, so no worktree or branch is touched.
set -euo pipefail
commit="${1:-9113854}"
out="${2:-/tmp/ogi-reader-baseline}"
root="$(git -C "$(dirname "$0")" rev-parse --show-toplevel)"
src="$(mktemp -d)"
trap 'rm -rf "$src"' EXIT
git -C "$root" archive "$commit" | tar -x -C "$src"
dotnet build "$src/src/OpenGovInfo.Documents" -c Release -o "$out" -v q -nologo >/dev/null
echo "$out"
