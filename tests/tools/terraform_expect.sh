#!/usr/bin/env bash
# terraform_expect.sh - derive expected diagnostics from Terraform (the oracle).
#
# Usage: terraform_expect.sh [-w] FILE.tf|FILE.tfvars...
#
# For each FILE, runs `terraform fmt -check -no-color NAME` from FILE's own
# directory (so diagnostics name the bare file), and prints one line per
# error diagnostic, in Terraform's order:
#
#     LINE<TAB>SUMMARY
#
# LINE comes from the "  on NAME line N..." line, SUMMARY is the text after
# "Error: ". Diagnostics without a source location get LINE 0. Exact repeats
# of (LINE, SUMMARY) are dropped, keeping the first occurrence.
#
# Without -w the lines go to stdout; with several files each file's block is
# preceded by a "# FILE" line. With -w the lines are written to FILE's
# sibling NAME.expect (NAME = file name without .tf/.tfvars) instead; a file
# Terraform accepts gets no .expect (a warning is printed to stderr).
#
# Exit status (worst over all files):
#   0  Terraform reported at least one error for every FILE (terraform exit 2)
#   1  Terraform accepted some FILE (terraform exit 0 or 3)
#   2  terraform missing, bad usage, unreadable file, or unexpected output
set -u

prog=${0##*/}
usage() { echo "usage: $prog [-w] FILE.tf|FILE.tfvars..." >&2; exit 2; }

write=0
while [ $# -gt 0 ]; do
    case $1 in
        -w) write=1; shift ;;
        -h|--help) sed -n '2,/^set -u/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
        --) shift; break ;;
        -*) echo "$prog: unknown option: $1" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -gt 0 ] || usage

if ! command -v terraform >/dev/null 2>&1; then
    echo "$prog: terraform not found on PATH" >&2
    exit 2
fi
export TF_CLI_CONFIG_FILE=/dev/null
export TF_IN_AUTOMATION=1 CHECKPOINT_DISABLE=1

# Turn terraform's human-readable diagnostics (stdin) into LINE<TAB>SUMMARY.
# A diagnostic starts with "Error: Summary" at column 0; its location is the
# first following "  on NAME line N" line before the next diagnostic.
parse() {
    awk '
        function flush() {
            if (have) {
                key = line "\t" summary
                if (!(key in seen)) { seen[key] = 1; print key }
            }
            have = 0
        }
        /^(Error|Warning): / {
            flush()
            if ($0 ~ /^Error: /) {
                have = 1; summary = substr($0, 8); line = 0; located = 0
            }
            next
        }
        have && !located && /^  on .* line [0-9]+/ {
            s = $0
            sub(/^  on .* line /, "", s)
            match(s, /^[0-9]+/)
            line = substr(s, 1, RLENGTH); located = 1
            next
        }
        END { flush() }
    '
}

status=0
worse() { [ "$1" -gt "$status" ] && status=$1; }

for file in "$@"; do
    case $file in
        *.tf) stem=${file%.tf} ;;
        *.tfvars) stem=${file%.tfvars} ;;
        *) echo "$prog: $file: not a .tf or .tfvars file" >&2; worse 2; continue ;;
    esac
    if [ ! -f "$file" ] || [ ! -r "$file" ]; then
        echo "$prog: $file: no such readable file" >&2; worse 2; continue
    fi
    case $file in */*) dir=${file%/*}; [ -n "$dir" ] || dir=/ ;; *) dir=. ;; esac
    base=${file##*/}

    err=$( cd "$dir" && terraform fmt -check -no-color "$base" 2>&1 >/dev/null )
    rc=$?
    case $rc in
        2)
            out=$(printf '%s\n' "$err" | parse)
            if [ -z "$out" ]; then
                echo "$prog: $file: terraform exited 2 but no error diagnostic was parsed:" >&2
                printf '%s\n' "$err" >&2
                worse 2; continue
            fi
            if [ "$write" = 1 ]; then
                printf '%s\n' "$out" > "$stem.expect" || { worse 2; continue; }
            else
                [ $# -gt 1 ] && printf '# %s\n' "$file"
                printf '%s\n' "$out"
            fi
            ;;
        0|3)
            [ "$write" = 1 ] && echo "$prog: $file: accepted by terraform; no .expect written" >&2
            worse 1
            ;;
        *)
            echo "$prog: $file: unexpected terraform exit status $rc:" >&2
            printf '%s\n' "$err" >&2
            worse 2
            ;;
    esac
done
exit "$status"
