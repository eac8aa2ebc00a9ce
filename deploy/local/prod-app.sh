# Shared by prod-smoke.sh and startup-figures.sh (sourced): the packaged prod build, JVM or native, started against
# the services of deploy/local on 127.0.0.1. The caller defines log() and runs from the repository root.
# The environment may override every service setting (QUIZ_DB_*, QUIZ_KAFKA_BOOTSTRAP, QUIZ_OIDC_*). The application's
# own secrets are random per start unless given; the development credentials of deploy/local's database and realm are
# accepted because those services are on 127.0.0.1 (ARENA_SECRETS_ALLOW_LOCAL_SERVICES, docs/adr/0011).

APP_PID=""
APP_READY_MS=""
APP_STOPPED_MS=""

# random_secret: 48 random bytes as 64 base64 characters (the prod build refuses placeholders and short values)
random_secret() {
    head -c 48 /dev/urandom | base64 -w 0
}

# prod_app_artifact <jvm|native>: the packaged application, or nothing when that build has not been made
prod_app_artifact() {
    case "$1" in
        jvm) [ -f target/quarkus-app/quarkus-run.jar ] && echo target/quarkus-app/quarkus-run.jar ;;
        native) find target -maxdepth 1 -name '*-runner' -type f -perm -u+x 2>/dev/null | head -n 1 ;;
        *) return 2 ;;
    esac
}

# start_prod_app <jvm|native> <port> <log file>: starts it in the background (APP_PID) with the prod settings
start_prod_app() {
    local kind=$1 port=$2 out=$3 artifact
    artifact=$(prod_app_artifact "$kind") || true
    if [ -z "$artifact" ]; then
        log "no $kind build: run ./mvnw package -DskipTests$([ "$kind" = native ] && echo ' -Dnative')"
        return 1
    fi
    local command=("./$artifact")
    [ "$kind" = jvm ] && command=(java -jar "$artifact")
    QUIZ_DB_HOST="${QUIZ_DB_HOST:-127.0.0.1}" QUIZ_DB_USER="${QUIZ_DB_USER:-quiz}" \
        QUIZ_DB_PASSWORD="${QUIZ_DB_PASSWORD:-quiz}" QUIZ_KAFKA_BOOTSTRAP="${QUIZ_KAFKA_BOOTSTRAP:-127.0.0.1:9092}" \
        QUIZ_OIDC_URL="${QUIZ_OIDC_URL:-http://127.0.0.1:8180/realms/quiz-arena}" \
        QUIZ_OIDC_SECRET="${QUIZ_OIDC_SECRET:-dev-only-secret-change-me}" \
        ARENA_ROOM_GUEST_SECRET="${ARENA_ROOM_GUEST_SECRET:-$(random_secret)}" \
        ARENA_CLUSTER_SECRET="${ARENA_CLUSTER_SECRET:-$(random_secret)}" \
        QUIZ_SESSION_SECRET="${QUIZ_SESSION_SECRET:-$(random_secret)}" \
        ARENA_SECRETS_ALLOW_LOCAL_SERVICES="${ARENA_SECRETS_ALLOW_LOCAL_SERVICES:-true}" \
        QUARKUS_HTTP_PORT="$port" QUARKUS_HTTP_HOST=127.0.0.1 \
        "${command[@]}" >"$out" 2>&1 &
    APP_PID=$!
    APP_STARTED_NS=$(date +%s%N)
}

# wait_prod_ready <port> <seconds>: waits until /q/health/ready answers 200; APP_READY_MS is the time from the start
wait_prod_ready() {
    local port=$1 seconds=$2
    local deadline=$(($(date +%s) + seconds))
    while [ "$(date +%s)" -lt "$deadline" ]; do
        if curl -fs -o /dev/null "http://127.0.0.1:$port/q/health/ready" 2>/dev/null; then
            APP_READY_MS=$((($(date +%s%N) - APP_STARTED_NS) / 1000000))
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || { log "the application exited"; return 1; }
        sleep 0.05
    done
    log "not ready within $seconds s"
    return 1
}

# prod_app_rss_mb: the resident memory of the running application, in MB
prod_app_rss_mb() {
    awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$APP_PID/status"
}

# stop_prod_app: SIGTERM, then waits up to 30 s; APP_STOPPED_MS is how long the application took to exit
stop_prod_app() {
    [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null || return 0
    local t0
    t0=$(date +%s%N)
    kill "$APP_PID"
    for _ in $(seq 1 300); do
        kill -0 "$APP_PID" 2>/dev/null || break
        sleep 0.1
    done
    if kill -0 "$APP_PID" 2>/dev/null; then
        log "did not stop within 30 s of SIGTERM; killing it"
        kill -9 "$APP_PID" 2>/dev/null || true
    fi
    wait "$APP_PID" 2>/dev/null || true
    APP_PID=""
    APP_STOPPED_MS=$((($(date +%s%N) - t0) / 1000000))
}
