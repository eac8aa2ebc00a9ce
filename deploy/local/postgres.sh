#!/usr/bin/env bash
# Real PostgreSQL for the integration tests, without Docker: Debian's package, on 127.0.0.1:5432 only.
# Usage: deploy/local/postgres.sh [start|stop|status|reset]   (idempotent; start waits until the server accepts
# connections; reset starts it and empties the database: dropped and created again)
# Creates role and database from QUIZ_DB_USER / QUIZ_DB_PASSWORD / QUIZ_DB_NAME (default quiz/quiz/quiz).
set -euo pipefail

DB_USER="${QUIZ_DB_USER:-quiz}"
DB_PASSWORD="${QUIZ_DB_PASSWORD:-quiz}"
DB_NAME="${QUIZ_DB_NAME:-quiz}"
PORT="${QUIZ_DB_PORT:-5432}"

log() { echo "[postgres] $*"; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_if_missing() {
    if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
        log "installing PostgreSQL from Debian"
        as_root apt-get update -qq
        DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
    fi
}

cluster() {
    # "15 main" for the newest installed cluster; create one when the package left none
    local line
    line=$(pg_lsclusters --no-header 2>/dev/null | sort -k1,1n | tail -n 1 || true)
    if [ -z "$line" ]; then
        local version
        version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
        as_root pg_createcluster "$version" main >/dev/null
        line=$(pg_lsclusters --no-header | tail -n 1)
    fi
    echo "$line" | awk '{print $1, $2}'
}

wait_ready() {
    for _ in $(seq 1 60); do
        if pg_isready -q -h 127.0.0.1 -p "$PORT"; then
            return 0
        fi
        sleep 0.5
    done
    log "PostgreSQL did not become ready on 127.0.0.1:$PORT"
    return 1
}

psql_admin() {
    as_root su postgres -c "psql -v ON_ERROR_STOP=1 -q -p $PORT -h /var/run/postgresql $*"
}

start() {
    install_if_missing
    read -r version name < <(cluster)
    if pg_isready -q -h 127.0.0.1 -p "$PORT"; then
        log "already running on 127.0.0.1:$PORT"
    else
        log "starting cluster $version/$name on 127.0.0.1:$PORT"
        as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start \
            -o "-c listen_addresses=127.0.0.1 -c port=$PORT" || true
        wait_ready
    fi
    psql_admin "-d postgres" <<SQL
SELECT 'CREATE ROLE $DB_USER LOGIN PASSWORD ''$DB_PASSWORD''' WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER')\gexec
SELECT 'CREATE DATABASE $DB_NAME OWNER $DB_USER' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '$DB_NAME')\gexec
SQL
    log "ready: jdbc:postgresql://127.0.0.1:$PORT/$DB_NAME (user $DB_USER)"
}

# reset: an empty database, so that a test run sees nothing of an earlier one (rows, or migrations of another branch)
reset() {
    start
    psql_admin "-d postgres" <<SQL
DROP DATABASE IF EXISTS $DB_NAME WITH (FORCE);
CREATE DATABASE $DB_NAME OWNER $DB_USER;
SQL
    log "database $DB_NAME is empty"
}

stop() {
    if ! command -v pg_lsclusters >/dev/null 2>&1; then
        log "not installed"
        return 0
    fi
    read -r version name < <(cluster)
    as_root pg_ctlcluster --skip-systemctl-redirect "$version" "$name" stop 2>/dev/null || true
    log "stopped"
}

status() {
    if pg_isready -q -h 127.0.0.1 -p "$PORT" 2>/dev/null; then
        log "running on 127.0.0.1:$PORT"
    else
        log "not running"
        return 1
    fi
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    reset) reset ;;
    *) echo "usage: $0 [start|stop|status|reset]" >&2; exit 2 ;;
esac
