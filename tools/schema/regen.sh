#!/bin/sh
# regen.sh [SCRATCH] - rebuilds src/schema/schema_data.c from its sources:
# fetch_sources.sh downloads and converts the packages (and, where terraform
# and the provider mirror exist, exports terraform's own AWS 5.100.0 schema),
# then gen_schema.py compiles them.  Maintainers run this; the build never
# does.  Needs node, npm (registry access), python3, terraform + mirror.
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
SCRATCH="${1:-/tmp/tfcheck-schema-src}"
bash "$HERE/fetch_sources.sh" "$SCRATCH"
J="$SCRATCH/json"
if [ ! -f "$J/aws-5.100.0.json" ]; then
    echo "regen.sh: terraform's aws-5.100.0.json is missing (no terraform or mirror); using the cdktf conversion" >&2
    cp "$J/aws-5.100.0-cdktf.json" "$J/aws-5.100.0.json"
fi
python3 "$HERE/gen_schema.py" "$HERE/../../src/schema/schema_data.c" \
    "$J/aws-5.100.0.json" "$J/aws-6.25.0.json" "$J/archive-2.7.1.json" "$J/random-3.7.2.json" \
    "$J/null-3.2.4.json" "$J/tls-4.1.0.json" "$J/time-0.13.1.json" "$J/local-2.6.1.json"
