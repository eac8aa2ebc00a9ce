#!/usr/bin/env bash
# Leaderboard benchmark (never in CI): 1,000,000 players on the global board in PostgreSQL; a player's rank with
# neighbours the application's way and the naive way (count(*)) in the same run, and the projector's throughput.
#
#   load-tests/leaderboard/run.sh                           # the full run
#   PLAYERS=100000 QUERIES=2000 load-tests/leaderboard/run.sh   # a quick one
#
# Uses its own database (quiz_bench) on the PostgreSQL of deploy/local/postgres.sh, and the application's classes.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PLAYERS="${PLAYERS:-1000000}"
QUERIES="${QUERIES:-20000}"
NAIVE_QUERIES="${NAIVE_QUERIES:-300}"
EVENTS="${EVENTS:-50000}"
OUT="$ROOT/load-tests/target/leaderboard-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$OUT/classes"

echo "== building the application's classes"
./mvnw -B -q package -DskipTests
QUARKUS_APP="$ROOT/target/quarkus-app"
CP="$QUARKUS_APP/app/*:$QUARKUS_APP/lib/main/*"
javac --release 17 -nowarn -cp "$CP" -d "$OUT/classes" \
    "$ROOT/load-tests/leaderboard/src/io/quizarena/leaderboard/LeaderboardBench.java"

QUIZ_DB_NAME=quiz_bench deploy/local/postgres.sh start

java -Xmx1g -cp "$OUT/classes:$CP" \
    -Dplayers="$PLAYERS" -Dqueries="$QUERIES" -DnaiveQueries="$NAIVE_QUERIES" -Devents="$EVENTS" \
    -Dmigration="$ROOT/src/main/resources/db/migration/V3__score_events.sql" \
    -Dreport="$OUT/report.md" \
    -Dcommand="PLAYERS=$PLAYERS QUERIES=$QUERIES NAIVE_QUERIES=$NAIVE_QUERIES EVENTS=$EVENTS load-tests/leaderboard/run.sh" \
    io.quizarena.leaderboard.LeaderboardBench
echo "report: $OUT/report.md"
