#!/usr/bin/env bash
# Sourced by .ci/run (as root on Debian). Starts a throwaway PostgreSQL cluster on
# loopback and exports SOURCETRACE_TEST_PG for the store tests.
#
# - installs Debian's postgresql package when no server binaries are found;
# - creates a fresh cluster in a temporary folder (trust auth, 127.0.0.1 only, a
#   free port), owned by the postgres user because initdb refuses to run as root;
# - creates the database sourcetrace_test;
# - stops the cluster and removes its folder when the calling shell exits.
# Idempotent: a second source in the same shell reuses the running cluster.
# Sourced, so it never calls `exit`, and every command is safe under `set -euo pipefail`.

_st_pg_main() {
    if [ -n "${SOURCETRACE_TEST_PG:-}" ] && [ -n "${_ST_PG_DIR:-}" ] && [ -d "${_ST_PG_DIR}" ]; then
        echo "start-postgres: cluster already running at ${SOURCETRACE_TEST_PG}"
        return 0
    fi

    local bindir=""
    bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
        echo "start-postgres: installing postgresql (apt-get)"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        bindir="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)"
    fi

    local port
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    local dir
    dir="$(mktemp -d /tmp/sourcetrace-pg.XXXXXX)"

    # As root, run the server as the postgres user; otherwise as ourselves.
    local -a as_owner=()
    local owner
    owner="$(id -un)"
    if [ "$(id -u)" = "0" ]; then
        owner="postgres"
        chown postgres: "$dir"
        as_owner=(runuser -u postgres --)
    fi

    "${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U "$owner" -A trust -E UTF8 \
        --no-instructions >"$dir/initdb.log" 2>&1
    "${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c max_connections=100" \
        start >/dev/null
    "${as_owner[@]}" "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$owner" sourcetrace_test

    export _ST_PG_DIR="$dir"
    export _ST_PG_BIN="$bindir"
    export SOURCETRACE_TEST_PG="postgresql://$owner@127.0.0.1:$port/sourcetrace_test"
    echo "start-postgres: ${SOURCETRACE_TEST_PG}"

    # Stop the cluster when the calling shell exits, keeping any EXIT trap set before us.
    local previous
    previous="$(trap -p EXIT | sed -e "s/^trap -- '//" -e "s/' EXIT\$//" || true)"
    # shellcheck disable=SC2064
    trap "${previous:+$previous; }_st_pg_stop" EXIT
}

_st_pg_stop() {
    if [ -n "${_ST_PG_DIR:-}" ] && [ -d "${_ST_PG_DIR}/data" ]; then
        if [ "$(id -u)" = "0" ]; then
            runuser -u postgres -- "$_ST_PG_BIN/pg_ctl" -D "$_ST_PG_DIR/data" -m immediate stop \
                >/dev/null 2>&1 || true
        else
            "$_ST_PG_BIN/pg_ctl" -D "$_ST_PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        fi
        rm -rf "$_ST_PG_DIR"
    fi
}

_st_pg_main
