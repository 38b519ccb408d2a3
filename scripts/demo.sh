#!/usr/bin/env bash
# Fresh machine to answers: installs dependencies, builds dkg, imports the bundled example into
# ./dkg.db and prints who co-chaired the dialogue, its lineage and how the co-chairs connect.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh
scripts/build.sh
dkg=build/dkg
export DKG_DB=${DKG_DB:-./dkg.db}

echo "== dkg import data/example/"
$dkg import data/example/000_dd9a1b8ace2b4269.txt
echo
echo "== Who co-chaired what (dkg cochairs)"
$dkg cochairs
echo
echo "== The dialogue's lineage (dkg lineage \"2+2 Ministerial\")"
$dkg lineage "2+2 Ministerial"
echo
echo "== How the co-chairs are connected (dkg path \"Vikram Misri\" \"Masataka Okano\")"
$dkg path "Vikram Misri" "Masataka Okano"
