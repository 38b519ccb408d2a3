#!/bin/sh
# docs/cli.md is what dkg prints today, and every example in it works when pasted:
# scripts/gen-cli-doc.sh runs each example exactly as written there (sh -c LINE) and fails when
# one does not exit as documented; its output must equal the committed docs/cli.md.
# usage: check_cli_doc.sh DKG_BINARY SOURCE_DIR
set -eu
dkg=$1 source=$2
out=$(mktemp)
trap 'rm -f "$out"' EXIT
DKG="$dkg" CLI_DOC_OUT="$out" "$source/scripts/gen-cli-doc.sh" > /dev/null
if ! diff -u "$source/docs/cli.md" "$out"; then
  echo "FAIL: docs/cli.md is out of date: run scripts/gen-cli-doc.sh and review the diff"
  exit 1
fi
# The contract is documented in the repository (docs/output.md), not by a path outside it.
if grep -n "/work/shared\|shared/eval/ONTOLOGY\|contract of \`eval/" "$source/README.md" "$source"/docs/*.md; then
  echo "FAIL: the documentation points outside the repository for the output contract"
  exit 1
fi
echo "cli_doc: every example ran as documented"
