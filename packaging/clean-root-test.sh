#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Proves that packaging/debian-packages.txt is complete: runs the README's two commands in a
# clean Debian 12 root, builds the .deb there, then installs that .deb into a second clean
# root (which has nothing but the package and what apt pulls in for it) and runs
# `cutover-planner --version` and a headless `report` there. See packaging/README.md.
#
# Usage (as root; needs mmdebstrap and network access to the Debian mirror):
#   bash packaging/clean-root-test.sh [--rev REV] [--keep] [--skip-readme] [--ci] [--deb FILE]
# --ci runs CI=true bash .ci/run (which starts with packaging/test.sh) in place of test.sh, so one
#      run proves the README's commands and the whole CI (sanitizers, fuzzing) on a clean root.
# --deb FILE skips the build root: only installs FILE into a clean root and runs it there.
# Environment:
#   CLEAN_ROOT_CACHE   where the base root tarball and the downloaded .debs are kept between
#                      runs (default ${XDG_CACHE_HOME:-$HOME/.cache}/cutover-planner-clean-root)
#   CLEAN_ROOT_WORK    where the temporary roots are made (default: a new directory in /var/tmp)
#   DEBIAN_MIRROR      default http://deb.debian.org/debian
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
rev=HEAD
keep=0
skip_readme=0
ci=0
given_deb=""
while [ $# -gt 0 ]; do
    case "$1" in
        --rev) rev="$2"; shift 2 ;;
        --keep) keep=1; shift ;;
        --skip-readme) skip_readme=1; shift ;;
        --ci) ci=1; shift ;;
        --deb) given_deb=$(realpath "$2"); shift 2 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) echo "error: unknown option '$1' (expected --rev REV, --keep, --skip-readme, --ci, --deb FILE)" >&2; exit 2 ;;
    esac
done
[ "$(id -u)" -eq 0 ] || { echo "error: must run as root (chroot and mounts)" >&2; exit 1; }
command -v mmdebstrap >/dev/null || { echo "error: mmdebstrap is not installed (apt-get install mmdebstrap)" >&2; exit 1; }

mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
cache=${CLEAN_ROOT_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/cutover-planner-clean-root}
mkdir -p "$cache/archives/partial"
base="$cache/bookworm-minbase.tar"
work=${CLEAN_ROOT_WORK:-$(mktemp -d /var/tmp/cutover-clean-root.XXXXXX)}
mkdir -p "$work"
log="$work/clean-root-test.log"
mounted=()

say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" | tee -a "$log"; }
elapsed() { local s=$(( $(date +%s) - $1 )); printf '%dm%02ds' $((s / 60)) $((s % 60)); }
# A root's disk use without the shared .deb cache bind-mounted into it.
disk() {
    local all cache
    all=$(du -sxm "$1" 2>/dev/null | cut -f1)
    cache=$(du -sm "$1/var/cache/apt/archives" 2>/dev/null | cut -f1 || echo 0)
    echo "$(( all - ${cache:-0} )) MB"
}

cleanup() {
    local i
    for (( i=${#mounted[@]}-1; i>=0; i-- )); do umount -l "${mounted[$i]}" 2>/dev/null || true; done
    if [ "$keep" -eq 0 ]; then
        rm -rf "$work/build-root" "$work/install-root"
    else
        echo "Kept the roots under $work"
    fi
}
trap cleanup EXIT

# A clean root from the cached minbase tarball, with /proc, /sys, /dev and the .deb cache.
make_root() {
    local dir="$1"
    rm -rf "$dir"; mkdir -p "$dir"
    tar -C "$dir" -xf "$base"
    cp /etc/resolv.conf "$dir/etc/resolv.conf"
    mount -t proc proc "$dir/proc"; mounted+=("$dir/proc")
    mount --rbind /sys "$dir/sys"; mount --make-rslave "$dir/sys"; mounted+=("$dir/sys")
    mount --rbind /dev "$dir/dev"; mount --make-rslave "$dir/dev"; mounted+=("$dir/dev")
    mount --bind "$cache/archives" "$dir/var/cache/apt/archives"; mounted+=("$dir/var/cache/apt/archives")
    # Keep the downloaded .debs in the shared cache (minbase's docker-style apt config deletes them).
    rm -f "$dir/etc/apt/apt.conf.d/docker-clean"
    echo 'Binary::apt::APT::Keep-Downloaded-Packages "true";' > "$dir/etc/apt/apt.conf.d/90keep"
}
in_root() { local dir="$1"; shift; chroot "$dir" /usr/bin/env -i HOME=/root PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 TERM=dumb "$@"; }

total_start=$(date +%s)
say "work directory $work; cache $cache"

if [ ! -f "$base" ]; then
    t=$(date +%s)
    say "making the base root (mmdebstrap bookworm minbase from $mirror)"
    mmdebstrap --variant=minbase --format=tar --quiet bookworm "$base.tmp" "$mirror" 2>&1 | tee -a "$log"
    mv "$base.tmp" "$base"
    say "base root tarball: $(du -h "$base" | cut -f1) (made in $(elapsed "$t"))"
fi

if [ -n "$given_deb" ]; then
    [ -f "$given_deb" ] || { echo "error: $given_deb: no such package file" >&2; exit 1; }
    cp "$given_deb" "$work/"
    deb="$work/$(basename "$given_deb")"
    say "testing the given package $(basename "$deb")"
else
# A fresh clone of the committed state (uncommitted changes are not part of the proof).
src="$work/src"
rm -rf "$src"
git clone --quiet --no-local "$repo" "$src"
git -C "$src" checkout --quiet --detach "$(git -C "$repo" rev-parse "$rev")"
say "testing $(git -C "$src" log -1 --format='%h %s')"

broot="$work/build-root"
make_root "$broot"
mkdir -p "$broot/src"
cp -a "$src/." "$broot/src/"
say "build root: $(disk "$broot") before installing anything"

if [ "$skip_readme" -eq 0 ]; then
    t=$(date +%s)
    say "README command 1: bash packaging/run-sample.sh (no display)"
    in_root "$broot" bash -c 'cd /src && bash packaging/run-sample.sh' 2>&1 | tee -a "$log" | tail -n 25
    say "run-sample.sh passed in $(elapsed "$t"); build root now $(disk "$broot")"
    t=$(date +%s)
    if [ "$ci" -eq 1 ]; then
        say "README command 2 and the rest of CI: CI=true bash .ci/run"
        in_root "$broot" bash -c 'cd /src && CI=true bash .ci/run' 2>&1 | tee -a "$log" | tail -n 40
        say ".ci/run passed in $(elapsed "$t"); build root now $(disk "$broot")"
    else
        say "README command 2: bash packaging/test.sh"
        in_root "$broot" bash -c 'cd /src && bash packaging/test.sh' 2>&1 | tee -a "$log" | tail -n 25
        say "test.sh passed in $(elapsed "$t"); build root now $(disk "$broot")"
    fi
else
    t=$(date +%s)
    in_root "$broot" bash -c 'cd /src && bash packaging/install-deps.sh && cmake --preset release && cmake --build --preset release --parallel "$(nproc)" --target cutover-planner' 2>&1 | tee -a "$log" | tail -n 5
    say "dependencies and build in $(elapsed "$t")"
fi

t=$(date +%s)
say "cpack -G DEB"
in_root "$broot" bash -c 'cd /src/build/release && cpack -G DEB' 2>&1 | tee -a "$log" | grep -E 'Error|error|package:' | head -n 12
deb=$(find "$broot/src/build/release" -maxdepth 1 -name 'cutover-planner_*.deb' | head -n 1)
[ -n "$deb" ] || { say "error: cpack made no cutover-planner_*.deb"; exit 1; }
cp "$deb" "$work/"
deb="$work/$(basename "$deb")"
say "package $(basename "$deb"), $(du -h "$deb" | cut -f1), in $(elapsed "$t")"
fi

# The second root: only the .deb and what apt installs for its Depends (no build packages).
t=$(date +%s)
iroot="$work/install-root"
make_root "$iroot"
cp "$deb" "$iroot/tmp/"
say "install root: $(disk "$iroot") before installing the package"
in_root "$iroot" bash -c "export DEBIAN_FRONTEND=noninteractive; apt-get update -qq && apt-get install -y -qq --no-install-recommends /tmp/$(basename "$deb")" 2>&1 | tee -a "$log" | tail -n 5
say "package installed in $(elapsed "$t"); install root now $(disk "$iroot")"
in_root "$iroot" bash -c '
    set -e
    echo "--- cutover-planner --version"; cutover-planner --version
    cd /tmp
    echo "--- cutover-planner new plan.cutover --template online-migration"
    cutover-planner new plan.cutover --template online-migration --name "Orders database to Azure SQL" --timezone Europe/Berlin
    echo "--- cutover-planner report (headless)"; cutover-planner report plan.cutover -o report.pdf
    test -s report.pdf && head -c 5 report.pdf | grep -q "%PDF-" && echo "report.pdf: $(stat -c %s report.pdf) bytes, a PDF"
    echo "--- registered: $(grep -l cutover-plan /usr/share/mime/packages/*.xml) $(ls /usr/share/applications/*cutover*.desktop)"
    grep -q "application/x-cutover-plan" /usr/share/mime/types && echo "MIME type application/x-cutover-plan in /usr/share/mime/types"
' 2>&1 | tee -a "$log"
say "installed package runs: --version, new and a headless report"

say "all passed in $(elapsed "$total_start"); log $log"
