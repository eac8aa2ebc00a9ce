#!/usr/bin/env bash
# Load tests: the packaged application and the bare Vert.x baseline, the same scenarios driven by the same driver,
# in one command; prints a Markdown table with each figure beside the baseline's and their ratio.
#
#   load-tests/run.sh                         # all scenarios: 1x1000, 1x5000, 1x10000 players, 500 rooms x 20
#   SCENARIOS="1x1000" QUESTIONS=3 load-tests/run.sh   # a quick run
#   SNAPSHOTS_COMPARE=1 SCENARIOS="1x10000" SKIP_BASELINE=1 load-tests/run.sh   # what room snapshots cost
#   SCENARIOS="battle2000 1x2000" QUESTIONS=7 load-tests/run.sh   # 2,000 players in 1v1 battles, then a live room
#
# A scenario is ROOMSxPLAYERS (live rooms, against the application and the bare baseline) or battleN (N players
# enter the matchmaking queue over BATTLE_RAMP_S seconds and play 1v1 battles; the application only, the baseline
# speaks no matchmaking).
#
# Needs PostgreSQL and Kafka (started here with deploy/local/postgres.sh and kafka.sh: the it build publishes score
# events). Everything listens on 127.0.0.1 only; every load
# loop is bounded (players, questions, and a timeout per phase in the driver). Never run by CI.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SCENARIOS="${SCENARIOS:-1x1000 1x5000 1x10000 500x20}"
QUESTIONS="${QUESTIONS:-10}"
SPREAD_MS="${SPREAD_MS:-5000}"
APP_HEAP="${APP_HEAP:-2g}"
# JVM options of both servers (application and baseline). A 50 ms G1 pause goal keeps the young generation small,
# which on 2 cores brought the answer-ack p99 at 10,000 players from ~106 ms to ~74 ms (RESULTS.md).
SERVER_JAVA_OPTS="${SERVER_JAVA_OPTS--XX:MaxGCPauseMillis=50}"   # set it empty for the JVM defaults
APP_JAVA_OPTS="${APP_JAVA_OPTS:-}"   # the application only, e.g. -XX:StartFlightRecording=filename=app.jfr,settings=profile
# battles: the ramp over which players enter the queue, the topics they seek (round robin; mixed meets anyone), the
# moment of each answer (uniform in the first BATTLE_ANSWER_SPREAD_MS of a question), and the driver's bound after
# the ramp
BATTLE_RAMP_S="${BATTLE_RAMP_S:-60}"
BATTLE_TOPICS="${BATTLE_TOPICS:-moe,rag,inference,mixed}"
BATTLE_ANSWER_SPREAD_MS="${BATTLE_ANSWER_SPREAD_MS:-3000}"
BATTLE_TIMEOUT_S="${BATTLE_TIMEOUT_S:-300}"
# a database and a Kafka topic of the load tests' own: the it profile empties its database at start (Flyway clean),
# which must not hit the database of other work on the same PostgreSQL, and other work must not consume our events
export QUIZ_DB_NAME="${QUIZ_DB_NAME:-quiz_load}"
JDBC_URL="jdbc:postgresql://127.0.0.1:${QUIZ_DB_PORT:-5432}/$QUIZ_DB_NAME"
LOAD_KAFKA_TOPIC="${LOAD_KAFKA_TOPIC:-quiz-arena.load.score-events}"
OUT="$ROOT/load-tests/target/run-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT"

# 10,000+ sockets need more than the usual 1024 open files, in the server and in the driver alike (each is its
# own process, so each needs a bit over 10,000). Raise the soft limit as far as the hard limit allows.
ulimit -n 200000 2>/dev/null || ulimit -n "$(ulimit -Hn)"
if [ "$(ulimit -n)" -lt 12000 ]; then
    echo "open-file limit is $(ulimit -n); 10,000 players need at least 12000 (as root: ulimit -Hn 200000)" >&2
    exit 1
fi
echo "open-file limit: $(ulimit -n)"

if [ "${SKIP_BUILD:-}" = "1" ] && [ -f target/quarkus-app/quarkus-run.jar ]; then
    echo "== SKIP_BUILD=1: using the application, driver and baseline built before"
else
    echo "== building the application (it profile: PostgreSQL and local sign-in), the driver and the baseline"
    ./mvnw -B -q package -DskipTests -Dquarkus.profile=it
    ./mvnw -B -q -f load-tests/pom.xml package
    ./mvnw -B -q -f load-tests/baseline/pom.xml package
fi
# a database of the run's own (QUIZ_DB_NAME above), emptied: no rows or migrations of another branch or run
deploy/local/postgres.sh reset
deploy/local/kafka.sh start

DRIVER_CP="$ROOT/load-tests/target/quiz-arena-load-driver-0.1.0-SNAPSHOT.jar:$ROOT/load-tests/target/lib/*"
BASELINE_CP="$ROOT/load-tests/baseline/target/quiz-arena-baseline-0.1.0-SNAPSHOT.jar:$ROOT/load-tests/baseline/target/lib/*"
SERVER_PID=""

stop_server() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill "$SERVER_PID"
        wait "$SERVER_PID" 2>/dev/null || true
    fi
    SERVER_PID=""
}
trap stop_server EXIT

wait_port() {
    for _ in $(seq 1 120); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
            return 0
        fi
        sleep 0.5
    done
    echo "nothing listens on 127.0.0.1:$1" >&2
    return 1
}

start_app() { # gclog [more JVM options]
    # shellcheck disable=SC2086
    java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -Xlog:gc:file="$1" $SERVER_JAVA_OPTS $APP_JAVA_OPTS "${@:2}" \
        -Dquarkus.profile=it -Dquarkus.http.host=127.0.0.1 -Dquarkus.http.port=8080 \
        -Dquarkus.log.level=WARN \
        -Darena.room.join-burst=1000000 -Darena.room.join-per-second=1000000 \
        -Dmp.messaging.outgoing.score-events-out.topic="$LOAD_KAFKA_TOPIC" \
        -Dmp.messaging.incoming.score-events.topic="$LOAD_KAFKA_TOPIC" \
        -Dmp.messaging.incoming.score-events.group.id=quiz-arena-load \
        -jar target/quarkus-app/quarkus-run.jar >"$OUT/app.log" 2>&1 &
    SERVER_PID=$!
    wait_port 8080
    for _ in $(seq 1 60); do
        curl -fs 127.0.0.1:8080/q/health/ready >/dev/null && return 0
        sleep 0.5
    done
    echo "the application did not become ready; see $OUT/app.log" >&2
    return 1
}

start_baseline() {
    # shellcheck disable=SC2086
    java -Xms"$APP_HEAP" -Xmx"$APP_HEAP" -Xlog:gc:file="$1" $SERVER_JAVA_OPTS -cp "$BASELINE_CP" \
        io.quizarena.baseline.BaselineServer 8090 \
        >"$OUT/baseline.log" 2>&1 &
    SERVER_PID=$!
    wait_port 8090
}

drive() { # target port label rooms players gclog
    timeout 3600 java -Xmx3g -cp "$DRIVER_CP" io.quizarena.load.LoadDriver \
        --target "$1" --port "$2" --label "$3" --rooms "$4" --players "$5" --questions "$QUESTIONS" \
        --spread-ms "$SPREAD_MS" --server-pid "$SERVER_PID" --gc-log "$6" --out "$OUT/results.jsonl" \
        --jdbc-url "$JDBC_URL" \
        >"$OUT/driver-$1-$3.log" 2>&1 || { echo "driver failed, see $OUT/driver-$1-$3.log" >&2; tail -5 "$OUT/driver-$1-$3.log" >&2; }
}

drive_battle() { # label players gclog
    # the driver gives up by itself after ramp + BATTLE_TIMEOUT_S (+ the rating wait and the database check)
    timeout $((BATTLE_RAMP_S + BATTLE_TIMEOUT_S + 180)) java -Xmx2g -cp "$DRIVER_CP" io.quizarena.load.LoadDriver battle \
        --label "$1" --port 8080 --players "$2" --ramp-seconds "$BATTLE_RAMP_S" --topics "$BATTLE_TOPICS" \
        --answer-spread-ms "$BATTLE_ANSWER_SPREAD_MS" --timeout-seconds "$BATTLE_TIMEOUT_S" \
        --server-pid "$SERVER_PID" --gc-log "$3" --out "$OUT/results.jsonl" --jdbc-url "$JDBC_URL" \
        >"$OUT/driver-battle-$2.log" 2>&1 || { echo "battle driver failed, see $OUT/driver-battle-$2.log" >&2; tail -5 "$OUT/driver-battle-$2.log" >&2; }
}

other_work() { # what else runs on the shared machine (a heavy build skews every figure)
    local procs kinds
    procs=$(pgrep -fa 'maven|native-image|java' || true)   # before awk starts: its program text would match
    kinds=$(echo "$procs" | awk '
        /plexus-classworlds/ {print "maven"; next}
        /native-image|graalvm/ {print "native-image"; next}
        /kafka\.Kafka/ {print "kafka"; next}
        /kc\.script|keycloak/ {print "keycloak"; next}
        /dev-app-model|quarkus:dev/ {print "quarkus-dev"; next}
        /java/ {print "java"}' | sort | uniq -c | awk '{printf "%s%s x%s", sep, $2, $1; sep=", "}')
    echo "load average $(cut -d' ' -f1-3 /proc/loadavg); other JVMs and builds: ${kinds:-none}"
}

{
    echo "server JVM options: $SERVER_JAVA_OPTS $APP_JAVA_OPTS"
    echo "machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GiB, $(uname -r); java: $(java -version 2>&1 | head -n 1)"
    echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$OUT/machine.txt"

for scenario in $SCENARIOS; do
    echo "before $scenario: $(other_work)" | tee -a "$OUT/machine.txt"
    if [[ "$scenario" == battle* ]]; then
        players=${scenario#battle}
        label="battles: ${players} players over ${BATTLE_RAMP_S} s"
        echo "== $label: application"
        start_app "$OUT/gc-app-$scenario.log"
        drive_battle "$label" "$players" "$OUT/gc-app-$scenario.log"
        stop_server
        continue
    fi
    rooms=${scenario%x*}
    players=${scenario#*x}
    label="${rooms} room(s) x ${players} players"
    echo "== $label: application"
    start_app "$OUT/gc-app-$scenario.log"
    drive app 8080 "$label" "$rooms" "$players" "$OUT/gc-app-$scenario.log"
    stop_server
    if [ "${SNAPSHOTS_COMPARE:-}" = "1" ]; then
        echo "== $label: application without room snapshots"
        start_app "$OUT/gc-app-no-snapshots-$scenario.log" -Darena.cluster.snapshots=false
        drive app-no-snapshots 8080 "$label" "$rooms" "$players" "$OUT/gc-app-no-snapshots-$scenario.log"
        stop_server
    fi
    if [ "${SKIP_BASELINE:-}" != "1" ]; then
        echo "== $label: baseline"
        start_baseline "$OUT/gc-baseline-$scenario.log"
        drive baseline 8090 "$label" "$rooms" "$players" "$OUT/gc-baseline-$scenario.log"
        stop_server
    fi
done

echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$OUT/machine.txt"
java -cp "$DRIVER_CP" io.quizarena.load.LoadDriver report "$OUT/results.jsonl" | tee "$OUT/table.md"
echo "raw results: $OUT/results.jsonl"
