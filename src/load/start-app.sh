# Sourced by the load scripts: builds the jar if needed and starts the application on $PORT with a
# fresh embedded database (demo data included), stopped and removed again when the script exits.
# Expects PORT, BASE and OUT to be set.
JAR=$(ls app/target/app-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [[ -z "$JAR" || "${BUILD:-0}" == 1 ]]; then
  echo "Building the application jar…"
  ./mvnw -B -q -ntp -DskipTests package -pl app -am
  JAR=$(ls app/target/app-*.jar | grep -v original | head -1)
fi

mkdir -p "$OUT"
DATA=$(mktemp -d "${TMPDIR:-/tmp}/ledger-load.XXXXXX")
LOG="$OUT/app.log"
echo "Starting $JAR on port $PORT with a fresh embedded database in $DATA (log: $LOG)"
java ${JAVA_OPTS:-} -jar "$JAR" --server.port="$PORT" \
  --ledger.embedded-db.directory="$DATA" --ledger.embedded-db.port=0 >"$LOG" 2>&1 &
APP=$!
cleanup() { kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$DATA"; }
trap cleanup EXIT

for _ in $(seq 1 180); do
  curl -fs "$BASE/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP" 2>/dev/null || { echo "the application stopped; see $LOG" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "no answer from $BASE; see $LOG" >&2; exit 1; }

