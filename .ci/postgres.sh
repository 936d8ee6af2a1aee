#!/usr/bin/env bash
# A throw-away PostgreSQL cluster for tests and benchmarks.
#
#   eval "$(.ci/postgres.sh start DIR)"   # initdb in DIR, start, print `export MAPSTUDIO_PG_URL=…`
#   .ci/postgres.sh restart DIR           # restart it (tests of a server going away)
#   .ci/postgres.sh stop DIR              # stop it (DIR can then be deleted)
#
# Installs the distribution's postgresql package when initdb is missing. PostgreSQL
# refuses to run as root, so as root the cluster belongs to an unprivileged system user.
# The cluster listens on 127.0.0.1 on a free port, trusts local connections, and has a
# superuser role `mapstudio` with a database `mapstudio`.
set -euo pipefail

find_bin() {
    local found
    # the distribution's layout first: it has psql next to initdb
    found=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    if [ -z "$found" ]; then
        found=$(command -v initdb || true)
    fi
    if [ -z "$found" ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
        found=$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)
    fi
    if [ -z "$found" ]; then
        echo "postgres.sh: no initdb found; install PostgreSQL 15 or newer" >&2
        exit 1
    fi
    dirname "$found"
}

as_owner() {  # run a command as the cluster's owner
    if [ "$(id -u)" = 0 ]; then
        runuser -u mapstudio-pg -- "$@"
    else
        "$@"
    fi
}

start() {
    local dir=$1 bin port
    bin=$(find_bin)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then
        id mapstudio-pg >/dev/null 2>&1 || useradd --system --no-create-home \
            --shell /usr/sbin/nologin mapstudio-pg
        chown mapstudio-pg "$dir"
    fi
    chmod 755 "$dir"
    port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 \
        --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
        || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $dir -c max_connections=200 -c fsync=on" \
        start >&2 || { cat "$dir/server.log" >&2; exit 1; }
    "$bin/psql" -q -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 \
        -c "CREATE ROLE mapstudio LOGIN SUPERUSER" -c "CREATE DATABASE mapstudio OWNER mapstudio" >&2
    echo "$bin" >"$dir/bin"
    echo "export MAPSTUDIO_PG_URL=postgresql://mapstudio@127.0.0.1:$port/mapstudio"
    # how the tests restart the server under an open project (a real restart)
    echo "export MAPSTUDIO_PG_RESTART='$(cd "$(dirname "$0")" && pwd)/$(basename "$0") restart $(cd "$dir" && pwd)'"
}

stop() {
    local dir=$1
    [ -f "$dir/bin" ] || return 0
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true
}

restart() {
    local dir=$1
    as_owner "$(cat "$dir/bin")/pg_ctl" -D "$dir/data" -m fast -w restart >/dev/null
}

case "${1:-}" in
    start) start "${2:?folder}" ;;
    stop) stop "${2:?folder}" ;;
    restart) restart "${2:?folder}" ;;
    *) echo "usage: $0 start|restart|stop DIR" >&2; exit 2 ;;
esac
