#!/usr/bin/env bash
# check-extraction.sh <lupdate> <source dir> <scratch dir>
# Runs lupdate over each catalogue's sources, as the update_translations target does, into a scratch folder, and
# fails when lupdate warns (above all "tr() cannot be called without context" and "Class '…' lacks Q_OBJECT
# macro": that string is missing from the .ts file, or filed under a context the program never asks for) or
# when a catalogue has fewer messages than its floor (extraction broke wholesale: a helper lupdate cannot see).
set -euo pipefail
lupdate=$1
source_dir=$2
scratch=$3

rm -rf "$scratch"
mkdir -p "$scratch"
failed=0

# catalogue, floor (well below today's count, so adding or removing strings does not trip it), source folders
check() {
    local catalogue=$1 floor=$2
    shift 2
    local ts="$scratch/${catalogue}_en.ts" log="$scratch/$catalogue.log" bad=0
    local sources=()
    for folder in "$@"; do
        sources+=("$source_dir/$folder")
    done
    if ! "$lupdate" -locations none -no-obsolete -extensions cpp,h "${sources[@]}" -ts "$ts" >"$log" 2>&1; then
        echo "FAIL $catalogue: lupdate failed:"
        cat "$log"
        failed=1
        return
    fi
    # Everything lupdate prints besides its progress lines is a warning about a string it could not place.
    local warnings
    warnings=$(grep -v -E "^(Scanning directory '|Updating '|    Found [0-9]+ source text)" "$log" || true)
    if [[ -n "$warnings" ]]; then
        echo "FAIL $catalogue: lupdate warns; these strings are missing from the translation files:"
        echo "$warnings"
        echo "(Give each file-local tr() a context lupdate sees: struct Tr { Q_DECLARE_TR_FUNCTIONS(Context) };"
        echo " and call Tr::tr(\"…\"); see translations/README.md.)"
        bad=1
    fi
    # A context the program never asks for: lupdate 6.4 keeps a "QCoreApplication::" prefix for the rest of a
    # statement after QCoreApplication::translate(), so a Tr::tr() later in that statement lands under
    # "QCoreApplication::Tr"; a helper struct's own name ("Tr") means its Q_DECLARE_TR_FUNCTIONS was not seen.
    local strays
    strays=$(grep -o "<name>[^<]*</name>" "$ts" | sed -e 's/<name>//' -e 's#</name>##' |
        grep -E "^QCoreApplication|(^|::)Tr$" || true)
    if [[ -n "$strays" ]]; then
        echo "FAIL $catalogue: strings filed under contexts the program never uses:"
        echo "$strays"
        bad=1
    fi
    local count
    count=$(grep -c "<source>" "$ts" || true)
    if ((count < floor)); then
        echo "FAIL $catalogue: only $count messages extracted, expected at least $floor"
        bad=1
    fi
    if ((bad)); then
        failed=1
    else
        echo "ok   $catalogue: $count messages, no lupdate warnings, every context known"
    fi
}

check message-inspector-core 400 app/core
check message-inspector 150 ui
check message-inspector-cli 100 app/cli
exit $failed
