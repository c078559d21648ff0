#!/usr/bin/env bash
# The integration-test server: a Payara domain of its own (port base $IT_PORTBASE, default
# 20000) on a PostgreSQL database of its own, created by `start` and dropped by `stop`.
# PostgreSQL is reached at 127.0.0.1:5432 as postgres (trust auth), override with PG* variables.
source "$(dirname "$0")/payara.sh"

BASE="${IT_PORTBASE:-20000}"
ADMIN=$((BASE + 48)); HTTP=$((BASE + 80))
DOMAIN=lims-it
STATE="$LIMS_HOME/it-database"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
ROLE=lims_it; ROLE_PASSWORD=lims_it
# the schema's owner: the migrations run as this role, the application as $ROLE (rows only)
OWNER=lims_it_owner; OWNER_PASSWORD=lims_it_owner

psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

start() {
  [ -x "$ASADMIN" ] || { log "Payara is missing: run 'mvn install' (config module) first"; exit 1; }
  stop_quietly
  local db="lims_it_$(date +%s)_$$"
  log "creating database $db"
  # as config/scripts/create-database.sh does: the owner of the database and its schema (no
  # superuser) and the application's role, which may only read and write the owner's rows
  for r in "$ROLE:$ROLE_PASSWORD" "$OWNER:$OWNER_PASSWORD"; do
    psql_admin -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='${r%%:*}') THEN CREATE ROLE ${r%%:*} LOGIN PASSWORD '${r#*:}'; END IF; END\$\$;"
    psql_admin -c "ALTER ROLE ${r%%:*} NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS"
  done
  psql_admin -c "CREATE DATABASE $db OWNER $OWNER ENCODING 'UTF8' TEMPLATE template0"
  psql -v ON_ERROR_STOP=1 -qAt -d "$db" \
    -c "REVOKE ALL ON SCHEMA public FROM PUBLIC" \
    -c "ALTER SCHEMA public OWNER TO $OWNER" \
    -c "GRANT USAGE ON SCHEMA public TO $ROLE" \
    -c "ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO $ROLE" \
    -c "ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO $ROLE"
  echo "$db" > "$STATE"
  log "creating domain $DOMAIN (port base $BASE)"
  asadmin delete-domain "$DOMAIN" >/dev/null 2>&1 || true
  asadmin create-domain --nopassword=true --portbase "$BASE" "$DOMAIN" >/dev/null
  asadmin start-domain "$DOMAIN" >/dev/null
  ensure_jvm_options "$ADMIN"
  ensure_driver "$ADMIN"
  harden_server "$ADMIN"
  asadmin --port "$ADMIN" restart-domain "$DOMAIN" >/dev/null
  configure_datasource "$ADMIN" pg "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$ROLE" "$ROLE_PASSWORD"
  configure_owner_datasource "$ADMIN" "jdbc:postgresql://$PGHOST:$PGPORT/$db" "$OWNER" "$OWNER_PASSWORD"
  # the tests need users of every role: the demo set, on this throw-away database only
  set_system_property "$ADMIN" lims.demo true
  deploy_ear "$ADMIN" "$HTTP"
  deploy_root "$ADMIN"
  log "integration-test server up at http://localhost:$HTTP/lims/"
}

stop_quietly() {
  if domain_running "$DOMAIN"; then asadmin stop-domain "$DOMAIN" >/dev/null 2>&1 || true; fi
  if [ -f "$STATE" ]; then
    local db; db=$(cat "$STATE")
    psql_admin -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1 || true
    rm -f "$STATE"
  fi
}

stop() {
  cp "$PAYARA/glassfish/domains/$DOMAIN/logs/server.log" "$ROOT/lims-it/target/it-server.log" 2>/dev/null || true
  stop_quietly
  asadmin delete-domain "$DOMAIN" >/dev/null 2>&1 || true
  log "integration-test server stopped, database dropped"
}

# The embedded-database server (start-embedded / stop-embedded): the development EAR on a fresh H2
# database with the demonstration data, booted as `./lims run` boots (start_domain,
# configure_embedded, deploy_ear, deploy_root), in a domain of its own (port base
# $IT_EMBEDDED_PORTBASE, default 20500). DemoDataIT checks what it writes.
EMBEDDED_BASE="${IT_EMBEDDED_PORTBASE:-20500}"
EMBEDDED_DOMAIN=lims-it-embedded
EMBEDDED_DATA="$LIMS_HOME/it-embedded"

start_embedded() {
  [ -x "$ASADMIN" ] || { log "Payara is missing: run 'mvn install' (config module) first"; exit 1; }
  stop_embedded_quietly
  rm -rf "$EMBEDDED_DATA"
  # Failsafe adds each run's counts to an existing summary: a failed earlier run would fail this one
  rm -rf "$ROOT/lims-it/target/failsafe-reports-embedded"
  local admin=$((EMBEDDED_BASE + 48)) http=$((EMBEDDED_BASE + 80))
  log "creating domain $EMBEDDED_DOMAIN (port base $EMBEDDED_BASE, embedded database)"
  start_domain "$EMBEDDED_DOMAIN" "$EMBEDDED_BASE" "$admin"
  configure_embedded "$admin" "$EMBEDDED_DATA" true "${IT_DEMO_SAMPLES:-240}"
  deploy_ear "$admin" "$http" "$DEMO_EAR"
  deploy_root "$admin"
  log "embedded-database server up at http://localhost:$http/lims/ (demo data in the background)"
}

stop_embedded_quietly() {
  if domain_running "$EMBEDDED_DOMAIN"; then asadmin stop-domain "$EMBEDDED_DOMAIN" >/dev/null 2>&1 || true; fi
  asadmin delete-domain "$EMBEDDED_DOMAIN" >/dev/null 2>&1 || true
  rm -rf "$EMBEDDED_DATA"
}

stop_embedded() {
  cp "$PAYARA/glassfish/domains/$EMBEDDED_DOMAIN/logs/server.log" "$ROOT/lims-it/target/it-embedded-server.log" 2>/dev/null || true
  stop_embedded_quietly
  log "embedded-database server stopped, its database deleted"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  start-embedded) start_embedded ;;
  stop-embedded) stop_embedded ;;
  *) echo "usage: $0 start|stop|start-embedded|stop-embedded" >&2; exit 2 ;;
esac
