#!/usr/bin/env bash
# Start-up time and memory of the packaged prod build, JVM and native, measured the same way in the same run against
# the services of deploy/local: each build is started ROUNDS times (default 3); the medians are printed as a table.
#   ready:   from launching the process to the first 200 of /q/health/ready (the database; Kafka is not part of readiness)
#   started: what Quarkus itself logs ("started in ...s")
#   RSS:     resident memory when ready, and after a warm-up of 200 API calls and 20 page views
#   stop:    from SIGTERM until the process has exited
# Usage: deploy/local/startup-figures.sh [jvm|native ...]   (default: both; needs the builds of prod-smoke.sh)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROUNDS="${ROUNDS:-3}"
PORT="${QUIZ_FIGURES_PORT:-8089}"
KINDS=("$@")
[ ${#KINDS[@]} -gt 0 ] || KINDS=(jvm native)
WORK=$(mktemp -d)

log() { echo "[startup-figures] $*" >&2; }
# shellcheck source=prod-app.sh
source "$(dirname "$0")/prod-app.sh"
trap 'stop_prod_app; rm -rf "$WORK"' EXIT

median() { tr ' ' '\n' | sort -n | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

warm_up() {
    for i in $(seq 1 200); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/api/questions?topic=moe&lang=en&page=$((i % 2))" || return 1
    done
    for _ in $(seq 1 20); do
        curl -fs -o /dev/null "http://127.0.0.1:$PORT/quizzes/topic-moe" || return 1
    done
}

rows=()
for kind in "${KINDS[@]}"; do
    ready=() started=() rss=() warm=() stop=()
    for round in $(seq 1 "$ROUNDS"); do
        start_prod_app "$kind" "$PORT" "$WORK/app.log"
        wait_prod_ready "$PORT" 120 || { tail -n 40 "$WORK/app.log" >&2; exit 1; }
        ready+=("$APP_READY_MS")
        rss+=("$(prod_app_rss_mb)")
        started+=("$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' "$WORK/app.log" | head -n 1)")
        warm_up || { log "$kind: the warm-up failed"; tail -n 40 "$WORK/app.log" >&2; exit 1; }
        warm+=("$(prod_app_rss_mb)")
        stop_prod_app
        stop+=("$APP_STOPPED_MS")
        log "$kind round $round: ready $APP_READY_MS ms, RSS ${rss[-1]} MB (${warm[-1]} MB warm)," \
            "stop $APP_STOPPED_MS ms"
    done
    rows+=("$(printf '| %s | %s ms | %s s | %s MB | %s MB | %s ms |' "$kind" \
        "$(echo "${ready[*]}" | median)" "$(echo "${started[*]}" | median)" "$(echo "${rss[*]}" | median)" \
        "$(echo "${warm[*]}" | median)" "$(echo "${stop[*]}" | median)")")
done

jvm_version=$(java -version 2>&1 | head -n 1 | cut -d'"' -f2)
echo "Medians of $ROUNDS starts each ($(date -u +%Y-%m-%d), $(nproc) cores, Java $jvm_version for the JVM package):"
echo
echo "| build | ready (launch to health 200) | Quarkus \"started in\" | RSS when ready | RSS after warm-up | stop (SIGTERM) |"
echo "|---|---|---|---|---|---|"
printf '%s\n' "${rows[@]}"
