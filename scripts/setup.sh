#!/bin/sh
# setup.sh - installs, with apt-get, the Debian 12 packages the build and the
# tests need, when they are missing.  Safe to run again; does nothing when all
# is present.  Needs root (or sudo) only when something must be installed.
set -eu

need=""
have_cmd() { command -v "$1" >/dev/null 2>&1; }
have_pkg() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

have_cmd gcc || need="$need gcc libc6-dev"
have_cmd make || need="$need make"
for p in libutf8proc-dev libpcre2-dev libssl-dev libyaml-dev libmpfr-dev libgmp-dev zlib1g-dev; do
    have_pkg "$p" || need="$need $p"
done
have_cmd clang || need="$need clang"
have_pkg libclang-rt-14-dev || need="$need libclang-rt-14-dev"
have_cmd awk || need="$need gawk"
have_cmd diff || need="$need diffutils"
have_cmd python3 || need="$need python3"

[ -z "$need" ] && exit 0

echo "setup: installing$need"
SUDO=""
if [ "$(id -u)" != 0 ]; then
    if have_cmd sudo; then SUDO=sudo; else
        echo "setup: need root (or sudo) to install:$need" >&2
        exit 1
    fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# shellcheck disable=SC2086
$SUDO apt-get install -y -qq --no-install-recommends $need >/dev/null
