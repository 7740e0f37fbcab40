#!/bin/sh
# gen_rule_docs.sh - regenerates docs/rules/<id>.md and docs/rules/README.md
# from the rule table (tfcheck explain --markdown).  Run after changing a
# rule's explanation; the test suite fails while the pages are stale.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/release/tfcheck}
mkdir -p "$root/docs/rules"
rm -f "$root/docs/rules/"*.md
{
    echo "# Rules"
    echo
    echo "Every diagnostic tfcheck reports carries one of these rule ids. \`tfcheck rules\` lists them;"
    echo "\`tfcheck explain ID\` prints one page."
    echo
    echo "| rule | severity | class | what it finds |"
    echo "| --- | --- | --- | --- |"
} > "$root/docs/rules/README.md.tmp"
"$bin" rules | while read -r id sev cls summary; do
    "$bin" explain --markdown "$id" > "$root/docs/rules/$id.md"
    echo "| [$id]($id.md) | $sev | $cls | $summary |" >> "$root/docs/rules/README.md.tmp"
done
mv "$root/docs/rules/README.md.tmp" "$root/docs/rules/README.md"
