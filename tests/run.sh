#!/bin/sh
# run.sh - runs the whole test suite against one or more build directories
# (each holding tfcheck and unit_tests).  See tests/run.py.
exec python3 "$(dirname "$0")/run.py" "$@"
