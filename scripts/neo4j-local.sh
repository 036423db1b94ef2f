#!/usr/bin/env bash
# A real Neo4j Community 5.26 (LTS) on 127.0.0.1 without Docker or a Neo4j
# download: its libraries come from Maven Central (scripts/neo4j/pom.xml, cached
# in ~/.m2) and scripts/neo4j/Neo4jLocal.java starts them with the Bolt
# connector and a password.
#
#   npm run neo4j -- start     fetch (first time), start, wait until Bolt answers
#   npm run neo4j -- stop      stop cleanly (SIGTERM; SIGKILL after 60 s)
#   npm run neo4j -- status    exit 0 when up and answering, 3 when not
#   npm run -s neo4j -- env    NEO4J_URI/USER/PASSWORD lines to `eval` or append to .env
#   npm run neo4j -- fetch     only resolve and compile (CI caches, offline starts later)
#   npm run neo4j -- check     exit 0 when this machine can run it (Java 17 or 21, Maven)
#
# Needs Java 17 or 21 (Neo4j 5.26's) and Maven; Node for the Bolt check.
# Settings (environment): NEO4J_PORT (default: a free port, kept across
# restarts), NEO4J_PASSWORD (default: generated once), NEO4J_LOCAL_DIR (default:
# .cache/neo4j in the repository), NEO4J_JAVA (a java binary),
# NEO4J_HEAP (default 1g), NEO4J_START_TIMEOUT (seconds, default 300).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SRC="$ROOT/scripts/neo4j"
DIR="${NEO4J_LOCAL_DIR:-$ROOT/.cache/neo4j}"
PID_FILE="$DIR/neo4j.pid"
LOG="$DIR/neo4j.log"

say() { echo "neo4j-local: $*" >&2; }
die() {
  say "$*"
  exit 1
}

# A java that runs Neo4j 5.26: 17 or 21. Debian's default may be newer or older; look beside it.
find_java() {
  local candidates=()
  [ -n "${NEO4J_JAVA:-}" ] && candidates+=("$NEO4J_JAVA")
  [ -n "${JAVA_HOME:-}" ] && candidates+=("$JAVA_HOME/bin/java")
  candidates+=(java /usr/lib/jvm/java-17-openjdk-*/bin/java /usr/lib/jvm/java-21-openjdk-*/bin/java)
  local java major
  for java in "${candidates[@]}"; do
    command -v "$java" >/dev/null 2>&1 || continue
    major="$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = //p')"
    if [ "$major" = 17 ] || [ "$major" = 21 ]; then
      readlink -f "$(command -v "$java")"
      return
    fi
  done
  return 1
}

pid_alive() { [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

# The class path (jars in ~/.m2) and the compiled launcher, redone only when pom.xml or the launcher change.
prepare() {
  local java="$1" stamp
  command -v mvn >/dev/null || die "Maven (mvn) is needed to fetch Neo4j: apt-get install -y maven"
  mkdir -p "$DIR"
  stamp="$(cat "$SRC/pom.xml" "$SRC/Neo4jLocal.java" | sha256sum | cut -c1-16)"
  if [ -f "$DIR/ready.$stamp" ] && tr ':' '\n' <"$DIR/classpath.txt" | while read -r jar; do [ -f "$jar" ] || exit 1; done; then
    return
  fi
  say "fetching Neo4j through Maven (first time: ~200 MB into ~/.m2)"
  rm -f "$DIR"/ready.*
  mvn -q -B -f "$SRC/pom.xml" dependency:build-classpath -Dmdep.outputFile="$DIR/classpath.txt" >"$DIR/mvn.log" 2>&1 ||
    die "Maven could not fetch Neo4j (see $DIR/mvn.log)"
  rm -rf "$DIR/classes"
  "$(dirname "$java")/javac" -nowarn -d "$DIR/classes" -cp "$(cat "$DIR/classpath.txt")" "$SRC/Neo4jLocal.java" ||
    die "could not compile $SRC/Neo4jLocal.java (a JDK, not only a JRE, is needed)"
  # Neo4j finds procedures in the jars of its plugin directory (GDS), the classes themselves on the class path.
  rm -rf "$DIR/plugins"
  mkdir -p "$DIR/plugins"
  tr ':' '\n' <"$DIR/classpath.txt" | grep '/org/neo4j/gds/' | xargs -r ln -s -t "$DIR/plugins"
  touch "$DIR/ready.$stamp"
}

free_port() { node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }

# Settings kept in the cache dir so that stop, status and env find the running server.
settings() {
  mkdir -p "$DIR"
  if [ -n "${NEO4J_PORT:-}" ]; then
    PORT="$NEO4J_PORT"
  elif [ -f "$DIR/port" ]; then
    PORT="$(cat "$DIR/port")"
  else
    PORT="$(free_port)"
  fi
  if [ -n "${NEO4J_PASSWORD:-}" ]; then
    PASSWORD="$NEO4J_PASSWORD"
  elif [ -f "$DIR/password" ]; then
    PASSWORD="$(cat "$DIR/password")"
  else
    PASSWORD="local-$(node -e "console.log(require('crypto').randomBytes(12).toString('hex'))")"
  fi
  URI="bolt://127.0.0.1:$PORT"
}

save_settings() {
  echo "$PORT" >"$DIR/port"
  (umask 077 && echo "$PASSWORD" >"$DIR/password")
}

bolt_answers() {
  NEO4J_URI="$URI" NEO4J_USER=neo4j NEO4J_PASSWORD="$PASSWORD" node "$SRC/bolt-ready.mjs" 2>/dev/null
}

start() {
  settings
  if pid_alive && bolt_answers; then
    say "already up at $URI"
    return
  fi
  local java attempt
  java="$(find_java)" || die "Neo4j 5.26 needs Java 17 or 21 (set NEO4J_JAVA or JAVA_HOME): apt-get install -y openjdk-17-jdk-headless"
  prepare "$java"
  if pid_alive; then
    stop
  fi
  if ! port_free "$PORT"; then
    [ -n "${NEO4J_PORT:-}" ] && die "port $PORT is taken (NEO4J_PORT)"
    new_port
  fi
  # A free port can still be taken before the JVM binds it (another worktree starting its own Neo4j at the
  # same moment): then start again on another one, unless NEO4J_PORT fixed it.
  for attempt in 1 2 3; do
    launch "$java" && return
    if [ -n "${NEO4J_PORT:-}" ] || [ "$attempt" = 3 ] || ! grep -qs 'Address already in use' "$LOG"; then
      tail -n 30 "$LOG" >&2
      die "Neo4j exited while starting (log above, in full at $LOG)"
    fi
    say "port $PORT was taken meanwhile: trying another"
    new_port
  done
}

port_free() { node -e "const s=require('net').createServer().once('error',()=>process.exit(1)).listen($1,'127.0.0.1',()=>s.close())"; }

new_port() {
  PORT="$(free_port)"
  URI="bolt://127.0.0.1:$PORT"
}

# Starts the JVM on $PORT and waits until Bolt answers: 0 when up, 1 when it exited; gives up after the time-out.
launch() {
  local java="$1"
  save_settings
  say "starting Neo4j at $URI (log: $LOG)"
  # setsid: the server outlives the shell (and npm) that started it; stop ends it by its pid.
  # The JVM options are the ones Neo4j's own launcher passes that matter here (direct buffers for the page cache, Netty).
  NEO4J_PASSWORD="$PASSWORD" setsid "$java" -Xms256m -Xmx"${NEO4J_HEAP:-1g}" -XX:+ExitOnOutOfMemoryError \
    --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED \
    --add-opens=java.base/sun.nio.ch=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true \
    -cp "$DIR/classes:$(cat "$DIR/classpath.txt")" Neo4jLocal --home "$DIR/home" --port "$PORT" --plugins "$DIR/plugins" \
    >"$LOG" 2>&1 </dev/null &
  echo $! >"$PID_FILE"
  local deadline=$((SECONDS + ${NEO4J_START_TIMEOUT:-300}))
  # Ready once the launcher has set the password (it prints "ready") and a Bolt login with it works.
  until grep -qs ' ready on ' "$LOG" && bolt_answers; do
    if ! pid_alive; then
      rm -f "$PID_FILE"
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      tail -n 30 "$LOG" >&2
      stop
      die "Neo4j did not answer on $URI within ${NEO4J_START_TIMEOUT:-300} s"
    fi
    sleep 1
  done
  say "up at $URI ($(grep -o 'Neo4j [0-9.]*' "$LOG" | head -1)); \`npm run -s neo4j -- env\` prints the settings"
}

stop() {
  if ! pid_alive; then
    rm -f "$PID_FILE"
    say "not running"
    return
  fi
  local pid
  pid="$(cat "$PID_FILE")"
  kill -TERM "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null; then
    say "still running after 60 s: killing it"
    kill -KILL "$pid"
  fi
  rm -f "$PID_FILE"
  say "stopped"
}

status() {
  settings
  if pid_alive && bolt_answers; then
    echo "Neo4j is up at $URI"
  elif pid_alive; then
    echo "Neo4j is starting (pid $(cat "$PID_FILE")) or not answering at $URI"
    exit 3
  else
    echo "Neo4j is not running"
    exit 3
  fi
}

env_lines() {
  settings
  pid_alive || die "not running: npm run neo4j -- start"
  printf 'NEO4J_URI=%s\nNEO4J_USER=neo4j\nNEO4J_PASSWORD=%s\n' "$URI" "$PASSWORD"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  env) env_lines ;;
  check)
    find_java >/dev/null || die "no Java 17 or 21 (Neo4j 5.26 runs on those)"
    command -v mvn >/dev/null || die "no Maven (mvn) to fetch Neo4j with"
    ;;
  fetch)
    java="$(find_java)" || die "Neo4j 5.26 needs Java 17 or 21"
    prepare "$java"
    say "Neo4j is fetched and compiled in $DIR"
    ;;
  *)
    echo "usage: npm run neo4j -- start|stop|status|env|fetch|check" >&2
    exit 2
    ;;
esac
