#!/bin/sh
# demo.sh - runs tfcheck on the bundled example and checks that it found
# something (exit 1).  Exit 0 would mean the example lost its findings;
# exit 2 that tfcheck could not do its job.
set -u
bin=${1:-build/release/tfcheck}
echo "\$ tfcheck examples/demo"
"$bin" examples/demo
rc=$?
if [ "$rc" -eq 1 ]; then
    echo
    echo "demo: tfcheck reported the findings above (exit 1), as expected."
    exit 0
fi
echo "demo: unexpected exit status $rc from tfcheck (expected 1: findings)" >&2
exit 1
