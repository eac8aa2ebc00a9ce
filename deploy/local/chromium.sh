#!/usr/bin/env bash
# Debian's Chromium for the browser tests (tests tagged real-services, run by ./mvnw verify -Pit).
# Usage: deploy/local/chromium.sh [install|status]   (idempotent: installs only when /usr/bin/chromium is missing)
# The tests drive it with Playwright for Java and never download a browser of their own
# (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1, executable path /usr/bin/chromium).
set -euo pipefail

CHROMIUM=/usr/bin/chromium

log() { echo "[chromium] $*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install() {
    if [ -x "$CHROMIUM" ]; then
        log "already installed: $("$CHROMIUM" --version 2>/dev/null || echo "$CHROMIUM")"
        return 0
    fi
    log "installing Chromium from Debian"
    as_root apt-get update -qq
    DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium fonts-noto-cjk >/dev/null
    log "installed: $("$CHROMIUM" --version)"
}

status() {
    if [ -x "$CHROMIUM" ]; then
        "$CHROMIUM" --version
    else
        log "not installed"
        return 1
    fi
}

case "${1:-install}" in
    install | start) install ;;
    status) status ;;
    *)
        echo "usage: $0 [install|status]" >&2
        exit 2
        ;;
esac
