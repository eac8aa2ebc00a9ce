#!/usr/bin/env bash
# A real single-node Kafka broker (KRaft) without Docker, on 127.0.0.1:9092 (controller on 127.0.0.1:9093).
# Usage: deploy/local/kafka.sh [start|stop|status|reset]   (idempotent; start waits until the broker accepts connections)
# The broker's jars come from Maven Central through the installed Maven and are cached under
# ~/.cache/quiz-arena/kafka-<version> (not in the repository); data lives under ~/.cache/quiz-arena/kafka-data.
set -euo pipefail

KAFKA_VERSION="${KAFKA_VERSION:-4.4.0}"
LOG4J_VERSION="2.25.5"
CACHE="${QUIZ_ARENA_CACHE:-$HOME/.cache/quiz-arena}"
HOME_DIR="$CACHE/kafka-$KAFKA_VERSION"
DATA_DIR="$CACHE/kafka-data"
PID_FILE="$CACHE/kafka.pid"

log() { echo "[kafka] $*"; }
# shellcheck source=service-lib.sh
source "$(dirname "$0")/service-lib.sh"

port_open() { (exec 3<>/dev/tcp/127.0.0.1/9092) 2>/dev/null; }

fetch() {
    if [ -d "$HOME_DIR/lib" ] && [ "$(ls "$HOME_DIR/lib" | wc -l)" -gt 10 ]; then
        return 0
    fi
    log "fetching Kafka $KAFKA_VERSION jars (once)"
    mkdir -p "$HOME_DIR"
    cat >"$HOME_DIR/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local</groupId><artifactId>kafka-broker</artifactId><version>1</version>
  <dependencies>
    <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VERSION</version></dependency>
    <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j-impl</artifactId><version>$LOG4J_VERSION</version></dependency>
  </dependencies>
</project>
POM
    (cd "$HOME_DIR" && mvn -B -q dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory=lib)
}

configure() {
    mkdir -p "$DATA_DIR"
    cat >"$HOME_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.bootstrap.servers=127.0.0.1:9093
listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
advertised.listeners=PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA_DIR
num.partitions=3
offsets.topic.replication.factor=1
offsets.topic.num.partitions=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    cat >"$HOME_DIR/log4j2.properties" <<LOG
rootLogger.level=INFO
rootLogger.appenderRef.file.ref=file
appender.file.type=File
appender.file.name=file
appender.file.fileName=$CACHE/kafka.log
appender.file.layout.type=PatternLayout
appender.file.layout.pattern=%d %p %c - %m%n
logger.config.name=org.apache.kafka.common.config.AbstractConfig
logger.config.level=WARN
LOG
    if [ ! -f "$DATA_DIR/meta.properties" ]; then
        local id
        id=$(java -cp "$HOME_DIR/lib/*" kafka.tools.StorageTool random-uuid)
        java -Dlog4j2.configurationFile="$HOME_DIR/log4j2.properties" -cp "$HOME_DIR/lib/*" kafka.tools.StorageTool \
            format -t "$id" -c "$HOME_DIR/server.properties" --standalone >/dev/null
        log "storage formatted"
    fi
}

start() {
    if port_open; then
        log "already running on 127.0.0.1:9092"
        return 0
    fi
    fetch
    configure
    log "starting"
    nohup java -Xms256m -Xmx512m -Dlog4j2.configurationFile="$HOME_DIR/log4j2.properties" \
        -cp "$HOME_DIR/lib/*" kafka.Kafka "$HOME_DIR/server.properties" >"$CACHE/kafka.out" 2>&1 &
    echo $! >"$PID_FILE"
    wait_for_service 60 "the broker (see $CACHE/kafka.out and $CACHE/kafka.log)" port_open || return 1
    log "ready on 127.0.0.1:9092"
}

stop() {
    stop_service
}

status() {
    if port_open; then log "running on 127.0.0.1:9092"; else log "not running"; return 1; fi
}

# reset: stop the broker and forget every topic and offset (the next start formats fresh storage), so a test run does
# not consume records left by an earlier one
reset() {
    stop
    rm -rf "$DATA_DIR"
    log "data removed"
}

case "${1:-start}" in
    start) start ;;
    stop) stop ;;
    status) status ;;
    reset) reset ;;
    *) echo "usage: $0 [start|stop|status|reset]" >&2; exit 2 ;;
esac
