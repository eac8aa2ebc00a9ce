# Shared by kafka.sh and keycloak.sh (sourced): waiting for a process they started, and stopping it by its pid file.
# The caller defines log() and PID_FILE.

# wait_for_service <seconds> <what> <check command...>: returns 0 once the check passes, 1 when the process in
# PID_FILE exits or the time runs out.
wait_for_service() {
    local seconds=$1 what=$2
    shift 2
    for _ in $(seq 1 $((seconds * 2))); do
        if "$@"; then
            return 0
        fi
        if ! kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
            log "$what exited while starting"
            return 1
        fi
        sleep 0.5
    done
    log "$what was not ready within $seconds s"
    return 1
}

# stop_service: stops the process in PID_FILE and its children (kc.sh runs java as a child), waiting up to 30 s.
stop_service() {
    if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
        local pid
        pid=$(cat "$PID_FILE")
        pkill -TERM -P "$pid" 2>/dev/null || true
        kill "$pid" 2>/dev/null || true
        for _ in $(seq 1 120); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.25
        done
        log "stopped"
    else
        log "not running"
    fi
    rm -f "$PID_FILE"
}
