#!/usr/bin/env bash
# System services for the tests that need them. Idempotent; safe on a developer machine.
# Logs go to stderr; stdout carries only `export NAME=value` lines for .ci/run to eval.
#
# - PostgreSQL (Debian's package): a cluster listening on 127.0.0.1 only, with a database and
#   a user for the storage tests  -> UNSC_TEST_POSTGRES_URL
# - Chromium and its driver (Debian's packages) for the browser tests -> UNSC_CHROMIUM,
#   UNSC_CHROMEDRIVER
# Needs root to install packages and start the cluster; without root it only reports what it
# finds, and the tests that need a missing service skip (or fail when CI is set).
set -euo pipefail

log() { echo "services: $*" >&2; }

DB_NAME=unsc_test
DB_USER=unsc_test
DB_PASSWORD=unsc_test

is_root() { [ "$(id -u)" = 0 ]; }

have_postgres() { compgen -G "/usr/lib/postgresql/*/bin/postgres" >/dev/null; }

install_packages() {
    local missing=()
    have_postgres || missing+=(postgresql)
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
    if [ ${#missing[@]} -eq 0 ]; then
        log "packages present: postgresql, chromium, chromium-driver"
        return
    fi
    if ! is_root; then
        log "not root: cannot install ${missing[*]}"
        return
    fi
    log "installing ${missing[*]}"
    apt-get update >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" >&2
}

# The newest installed PostgreSQL major version, e.g. 15.
pg_version() {
    local dir
    dir=$(compgen -G "/usr/lib/postgresql/*/bin/postgres" | sort -V | tail -n 1)
    basename "$(dirname "$(dirname "$dir")")"
}

start_postgres() {
    local ver port
    ver=$(pg_version)
    if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main"' | grep -q .; then
        log "creating cluster $ver/main"
        pg_createcluster "$ver" main >&2
    fi
    # Listen on the loopback only; the tests connect over TCP with a password.
    # (a conf.d file, read after postgresql.conf: Debian's config includes conf.d)
    pg_conftool "$ver" main remove listen_addresses >&2 || true
    printf "listen_addresses = '127.0.0.1'\n" >"/etc/postgresql/$ver/main/conf.d/unsc-test.conf"
    install -d -o postgres -g postgres -m 2775 /var/run/postgresql
    if ! pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
        log "starting cluster $ver/main"
        pg_ctlcluster "$ver" main start >&2
    fi
    port=$(pg_lsclusters -h | awk -v v="$ver" '$1 == v && $2 == "main" {print $3}')
    local psql=(runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -p "$port" -d postgres)
    if ! "${psql[@]}" -tAc "SELECT 1 FROM pg_roles WHERE rolname = '$DB_USER'" | grep -q 1; then
        "${psql[@]}" -c "CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD' CREATEDB" >&2
    fi
    if ! "${psql[@]}" -tAc "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
        "${psql[@]}" -c "CREATE DATABASE $DB_NAME OWNER $DB_USER" >&2
    fi
    log "PostgreSQL $ver on 127.0.0.1:$port, database $DB_NAME"
    echo "export UNSC_TEST_POSTGRES_URL=postgresql+psycopg://$DB_USER:$DB_PASSWORD@127.0.0.1:$port/$DB_NAME"
}

install_packages
if have_postgres && is_root; then
    start_postgres
else
    log "PostgreSQL not started (installed: $(have_postgres && echo yes || echo no); root: $(is_root && echo yes || echo no))"
fi
if command -v chromium >/dev/null 2>&1; then
    echo "export UNSC_CHROMIUM=$(command -v chromium)"
fi
if command -v chromedriver >/dev/null 2>&1; then
    echo "export UNSC_CHROMEDRIVER=$(command -v chromedriver)"
fi
