#!/usr/bin/env bash
# Web speed: builds Release, serves a fresh database on a free loopback port (SQLite, then PostgreSQL), runs a
# bounded wrk load against each page and API answer and a static file served by the same server, and prints a
# table: requests/s, p50, p99, and the ratio to the static file's rate in the same run.
#
#   bash bench/web.sh                      # both databases; PostgreSQL is a throw-away server, as in .ci/run
#   BANWATCH_BENCH_POSTGRES=postgres://postgres@127.0.0.1:55432/postgres bash bench/web.sh   # use that server
#   BENCH_SECONDS=10 BENCH_DATABASES=sqlite bash bench/web.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

SECONDS_PER_RUN=${BENCH_SECONDS:-10}
DATABASES=${BENCH_DATABASES:-sqlite postgres}
PORTS=${BENCH_PORTS:-5200-5299}
STATIC=${BENCH_STATIC:-/assets/site.css}
PATHS=(/api/status /api/states/NOR / /states/NOR)

command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }
work=$(mktemp -d /tmp/banwatch-bench.XXXXXX)
chmod 755 "$work" # a throw-away PostgreSQL runs as the postgres user and keeps its data in here
server_pid=""
pg_stop=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  [ -n "$pg_stop" ] && eval "$pg_stop"
  rm -rf "$work"
}
trap cleanup EXIT

free_port() {
  local first=${PORTS%-*} last=${PORTS#*-} p
  for ((p = first; p <= last; p++)); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  echo "no free port in $PORTS" >&2; exit 1
}

echo "Building Release…" >&2
dotnet build src/Banwatch -c Release -o "$work/bin" -warnaserror >/dev/null

start_server() { # $1 = --db value
  local port; port=$(free_port)
  base="http://127.0.0.1:$port"
  "$work/bin/banwatch" serve --db "$1" --urls "$base" >"$work/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 600); do
    curl -fs -o /dev/null "$base/api/status" && return
    kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "server did not answer on $base" >&2; exit 1
}

stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

# Prints "rate p50_ms p99_ms errors" for one bounded wrk run (after a short warm-up that is not counted); errors
# counts non-2xx answers and socket errors (timeouts under load).
measure() {
  wrk -t1 -c8 -d5s "$1" >/dev/null
  wrk -t1 -c8 -d"${SECONDS_PER_RUN}s" --latency "$1" | awk '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /^ +50%/ { p50 = ms($2) } /^ +99%/ { p99 = ms($2) } /^Requests\/sec:/ { rate = $2 }
    /Non-2xx or 3xx responses/ { bad += $NF } /Socket errors/ { gsub(/,/, ""); bad += $4 + $6 + $8 + $10 }
    END { printf "%.0f %.2f %.2f %d\n", rate, p50, p99, bad }'
}

run() { # $1 = label, $2 = --db value
  start_server "$2"
  local static_url="$base$STATIC" static_label="$STATIC"
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "$static_url")" != 200 ]; then
    static_url="$base/no-such-file"; static_label="404 (no static file served)"
  fi
  read -r srate sp50 sp99 serr <<<"$(measure "$static_url")"
  printf '| %s | %s (static) | %s | %s | %s | %s | 1.000 |\n' "$1" "$static_label" "$srate" "$sp50" "$sp99" "$serr"
  for path in "${PATHS[@]}"; do
    read -r rate p50 p99 err <<<"$(measure "$base$path")"
    printf '| %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$path" "$rate" "$p50" "$p99" "$err" "$(awk -v a="$rate" -v b="$srate" 'BEGIN { printf "%.3f", a / b }')"
  done
  stop_server
}

# Sets pg_url to a fresh database: in BANWATCH_BENCH_POSTGRES's server, or in a throw-away server of our own.
start_postgres() {
  local pgbin pgdata port
  pgbin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pgbin" ] || { echo "no PostgreSQL: install it (apt-get install postgresql) or set BANWATCH_BENCH_POSTGRES" >&2; exit 1; }
  if [ -n "${BANWATCH_BENCH_POSTGRES:-}" ]; then
    local name="banwatch_bench_$$"
    "$pgbin/psql" "$BANWATCH_BENCH_POSTGRES" -qc "CREATE DATABASE $name" >/dev/null
    pg_stop="$pgbin/psql '$BANWATCH_BENCH_POSTGRES' -qc 'DROP DATABASE IF EXISTS $name WITH (FORCE)' >/dev/null"
    pg_url="${BANWATCH_BENCH_POSTGRES%/*}/$name"
    return
  fi
  pgdata="$work/pg"; mkdir -p "$pgdata"; port=$(free_port)
  if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$pgdata"; as=(runuser -u postgres --); else as=(); fi
  "${as[@]}" "$pgbin/initdb" -D "$pgdata" -U postgres --auth=trust --encoding=UTF8 >/dev/null
  "${as[@]}" "$pgbin/pg_ctl" -D "$pgdata" -l "$pgdata/server.log" -w -o "-p $port -k $pgdata -c listen_addresses=127.0.0.1" start >/dev/null
  pg_stop="${as[*]} $pgbin/pg_ctl -D $pgdata -m fast -w stop >/dev/null 2>&1 || true"
  pg_url="postgres://postgres@127.0.0.1:$port/postgres"
}

echo "Load: $(uptime | sed 's/.*load average/load average/'); $(nproc) cores; wrk -t1 -c8 -d${SECONDS_PER_RUN}s per row" 
echo
echo "| database | path | requests/s | p50 ms | p99 ms | errors | ratio to static |"
echo "| --- | --- | ---: | ---: | ---: | ---: | ---: |"
for db in $DATABASES; do
  case "$db" in
    sqlite) run sqlite "$work/bench.db" ;;
    postgres) start_postgres; run postgres "$pg_url" ;;
    *) echo "unknown database '$db' (sqlite, postgres)" >&2; exit 2 ;;
  esac
done
echo
echo "Load after: $(uptime | sed 's/.*load average/load average/')"
