#!/usr/bin/env bash
# A real Keycloak without Docker, on 127.0.0.1:8180 (development mode), with the quiz-arena realm imported.
# Usage: deploy/local/keycloak.sh [start|stop|status]   (idempotent; start waits until the realm answers)
# The distribution comes from Maven Central through the installed Maven (org.keycloak:keycloak-quarkus-dist, zip) and
# is unpacked under ~/.cache/quiz-arena/keycloak-<version>, not in the repository. The realm: deploy/keycloak/.
# The first start ever takes one to three minutes (Keycloak builds itself once); later starts 15 to 40 s.
set -euo pipefail

KC_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
PORT="${QUIZ_KEYCLOAK_PORT:-8180}"
CACHE="${QUIZ_ARENA_CACHE:-$HOME/.cache/quiz-arena}"
HOME_DIR="$CACHE/keycloak-$KC_VERSION"
PID_FILE="$CACHE/keycloak.pid"
REALM_FILE="$(cd "$(dirname "$0")/../keycloak" && pwd)/quiz-arena-realm.json"
REALM_URL="http://127.0.0.1:$PORT/realms/quiz-arena/.well-known/openid-configuration"

log() { echo "[keycloak] $*"; }
# shellcheck source=service-lib.sh
source "$(dirname "$0")/service-lib.sh"

ready() { curl -fsS -o /dev/null "$REALM_URL" 2>/dev/null; }

fetch() {
    if [ -x "$HOME_DIR/bin/kc.sh" ]; then
        return 0
    fi
    command -v unzip >/dev/null || { log "unzip is missing (apt-get install -y unzip)"; return 1; }
    mkdir -p "$CACHE"
    local zip="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
    if [ ! -f "$zip" ]; then
        log "fetching Keycloak $KC_VERSION (once, about 170 MB)"
        (cd "$CACHE" && mvn -B -q dependency:copy \
            -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" -DoutputDirectory="$CACHE")
    fi
    rm -rf "$HOME_DIR.tmp" && mkdir -p "$HOME_DIR.tmp"
    unzip -q "$zip" -d "$HOME_DIR.tmp"
    mv "$HOME_DIR.tmp/keycloak-$KC_VERSION" "$HOME_DIR" && rm -rf "$HOME_DIR.tmp"
    rm -f "$zip"
}

start() {
    if ready; then
        log "already running on 127.0.0.1:$PORT"
        return 0
    fi
    fetch
    mkdir -p "$HOME_DIR/data/import"
    cp "$REALM_FILE" "$HOME_DIR/data/import/"
    log "starting (the first start builds Keycloak once and takes longer)"
    # the same options on every start, or Keycloak rebuilds itself; C1 only halves the start-up time
    KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
        JAVA_OPTS_APPEND="-XX:TieredStopAtLevel=1" \
        nohup "$HOME_DIR/bin/kc.sh" start-dev --http-port "$PORT" --http-host 127.0.0.1 \
        --import-realm --health-enabled=true >"$CACHE/keycloak.log" 2>&1 &
    echo $! >"$PID_FILE"
    wait_for_service 300 "Keycloak (see $CACHE/keycloak.log)" ready || return 1
    log "ready: http://127.0.0.1:$PORT/realms/quiz-arena (users host/host, admin/admin, player/player)"
}

stop() {
    stop_service
}

status() {
    if ready; then log "running on 127.0.0.1:$PORT"; else log "not running"; return 1; fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    *) echo "usage: $0 [start|stop|status]" >&2; exit 2 ;;
esac
