#!/usr/bin/env bash
# Functions shared by ./lims (run, stop) and it-server.sh (the integration-test server): the
# Payara installation unpacked by the config module into .lims/server, one domain per use.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIMS_HOME="$ROOT/.lims"
PAYARA="$LIMS_HOME/server/payara6"
ASADMIN="$PAYARA/bin/asadmin"
EAR="$ROOT/lims-ear/target/lims.ear"
# the production EAR plus the demonstration data (lims-demo): deployed on the embedded database only
DEMO_EAR="$ROOT/lims-demo-ear/target/lims-demo.ear"
PG_DRIVER="$LIMS_HOME/server/drivers/postgresql.jar"
if [ -z "${AS_JAVA:-}" ] && [ -n "${JAVA_HOME:-}" ]; then export AS_JAVA="$JAVA_HOME"; fi

log() { printf '[lims] %s\n' "$*" >&2; }

asadmin() { "$ASADMIN" --interactive=false "$@"; }

# asadmin --property values escape ':' '=' and ';' with a backslash.
escape_prop() { printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' -e 's/;/\\;/g'; }

domain_running() { # name
  asadmin list-domains 2>/dev/null | grep -q "^$1 running"
}

# Waits until the URL answers 200 (the application is deployed and migrated), up to $2 seconds.
wait_for() { # url seconds
  local url="$1" deadline=$((SECONDS + $2))
  while [ $SECONDS -lt $deadline ]; do
    if curl -fsS -o /dev/null "$url" 2>/dev/null; then return 0; fi
    sleep 1
  done
  return 1
}

ensure_jvm_options() { # domain-admin-port
  local port="$1"
  asadmin --port "$port" create-jvm-options '-Dfile.encoding=UTF-8' >/dev/null 2>&1 || true
  asadmin --port "$port" create-jvm-options '-Duser.timezone=Asia/Shanghai' >/dev/null 2>&1 || true
  if asadmin --port "$port" list-jvm-options 2>/dev/null | grep -q -- '-Xmx512m'; then
    asadmin --port "$port" delete-jvm-options '-Xmx512m' >/dev/null 2>&1 || true
    asadmin --port "$port" create-jvm-options '-Xmx1536m' >/dev/null 2>&1 || true
  fi
}

# What the server tells strangers: no product or version in the Server and X-Powered-By headers or
# its own error pages; the pages in config/error answer for anything outside the application (a
# root 404, an encoded path the server refuses, a 500). The product name takes a restart.
harden_server() { # admin-port
  local port="$1" p=configs.config.server-config.network-config.protocols.protocol
  local vs=configs.config.server-config.http-service.virtual-server.server.property
  for l in http-listener-1 http-listener-2; do
    asadmin --port "$port" set "$p.$l.http.xpowered-by=false" "$p.$l.http.server-header=false" >/dev/null
  done
  asadmin --port "$port" set "$vs.send-error_1=code=400 path=$ROOT/config/error/400.html" >/dev/null
  asadmin --port "$port" set "$vs.send-error_2=code=404 path=$ROOT/config/error/404.html" >/dev/null
  asadmin --port "$port" set "$vs.send-error_3=code=500 path=$ROOT/config/error/500.html" >/dev/null
  asadmin --port "$port" create-jvm-options '-Dproduct.name=LIMS' >/dev/null 2>&1 || true
}

ensure_driver() { # admin-port
  asadmin --port "$1" add-library --type common "$PG_DRIVER" >/dev/null 2>&1 || true
}

# Set by pool_set when it changed a pool that existed: a pool in use takes a server restart for a
# change (until then every connection fails with "No password credential found"); ./lims run
# restarts the server then.
POOL_CHANGED=false

pool_set() { # admin-port pool attribute value: sets it only when it differs
  local cur
  cur=$(asadmin --port "$1" get "resources.jdbc-connection-pool.$2.$3" 2>/dev/null \
    | sed -n "s|^resources\.jdbc-connection-pool\.$2\.$3=||p")
  if [ "$cur" != "$4" ]; then
    asadmin --port "$1" set "resources.jdbc-connection-pool.$2.$3=$4" >/dev/null
    POOL_CHANGED=true
  fi
}

# Creates (or re-points) the pool of the given kind and makes jdbc/lims use it.
#
# Without SQL tracing: Payara's default trace listener (fish.payara.jdbc.SilentSqlTraceListener)
# does nothing, but its presence makes the pool hand out every connection wrapped in a tracing
# proxy (ProfiledConnectionWrapper40), a reflective call and a trace record for every JDBC call: a
# result import's batches bind about a million parameters. "null" is the value Payara reads as no
# listener; its slow-query log and request tracing still wrap the connections when turned on.
configure_datasource() { # admin-port h2|pg url user password
  local port="$1" kind="$2" url="$3" user="$4" password="$5" pool cls
  if [ "$kind" = h2 ]; then pool=LimsH2Pool; cls=org.h2.jdbcx.JdbcDataSource; else pool=LimsPgPool; cls=org.postgresql.ds.PGSimpleDataSource; fi
  # Payara's pool refuses to connect without a password property ("No password credential
  # found"); a server with trust authentication never asks for one, so a placeholder stands in
  if [ -z "$password" ]; then password="no-password"; fi
  if ! asadmin --port "$port" list-jdbc-connection-pools 2>/dev/null | grep -qx "$pool"; then
    asadmin --port "$port" create-jdbc-connection-pool --datasourceclassname "$cls" \
      --restype javax.sql.DataSource --steadypoolsize 2 --maxpoolsize 32 \
      --isconnectvalidatereq=true --validationmethod auto-commit \
      --property "URL=$(escape_prop "$url"):user=$(escape_prop "$user"):password=$(escape_prop "$password")" \
      "$pool" >/dev/null
    # a new pool is not in use yet: no restart for this
    asadmin --port "$port" set "resources.jdbc-connection-pool.$pool.sql-trace-listeners=null" >/dev/null
  else
    pool_set "$port" "$pool" property.URL "$url"
    pool_set "$port" "$pool" property.user "$user"
    pool_set "$port" "$pool" property.password "$password"
    pool_set "$port" "$pool" sql-trace-listeners null
  fi
  if ! asadmin --port "$port" list-jdbc-resources 2>/dev/null | grep -qx 'jdbc/lims'; then
    asadmin --port "$port" create-jdbc-resource --connectionpoolid "$pool" jdbc/lims >/dev/null
  else
    asadmin --port "$port" set "resources.jdbc-resource.jdbc/lims.pool-name=$pool" >/dev/null
  fi
}

# The schema owner's data source jdbc/lims-owner (PostgreSQL), through which the application runs
# its migrations, while jdbc/lims connects as a role that only reads and writes rows (README:
# Security). Without an owner user the data source is removed and jdbc/lims serves both.
configure_owner_datasource() { # admin-port url owner-user owner-password
  local port="$1" url="$2" user="$3" password="$4" pool=LimsPgOwnerPool
  if [ -z "$user" ]; then
    asadmin --port "$port" delete-jdbc-resource jdbc/lims-owner >/dev/null 2>&1 || true
    asadmin --port "$port" delete-jdbc-connection-pool "$pool" >/dev/null 2>&1 || true
    return 0
  fi
  if [ -z "$password" ]; then password="no-password"; fi
  if ! asadmin --port "$port" list-jdbc-connection-pools 2>/dev/null | grep -qx "$pool"; then
    asadmin --port "$port" create-jdbc-connection-pool --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
      --restype javax.sql.DataSource --steadypoolsize 0 --maxpoolsize 2 \
      --property "URL=$(escape_prop "$url"):user=$(escape_prop "$user"):password=$(escape_prop "$password")" \
      "$pool" >/dev/null
  else
    asadmin --port "$port" set "resources.jdbc-connection-pool.$pool.property.URL=$url" >/dev/null
    asadmin --port "$port" set "resources.jdbc-connection-pool.$pool.property.user=$user" >/dev/null
    asadmin --port "$port" set "resources.jdbc-connection-pool.$pool.property.password=$password" >/dev/null
  fi
  if ! asadmin --port "$port" list-jdbc-resources 2>/dev/null | grep -qx 'jdbc/lims-owner'; then
    asadmin --port "$port" create-jdbc-resource --connectionpoolid "$pool" jdbc/lims-owner >/dev/null
  fi
}

# Creates the domain if needed and starts it if it is not running (JVM options, driver, one
# restart the first time), as `./lims run` and the embedded-database test server both do.
start_domain() { # domain portbase admin-port
  local domain="$1" portbase="$2" port="$3"
  if [ ! -d "$PAYARA/glassfish/domains/$domain" ]; then
    asadmin create-domain --nopassword=true --portbase "$portbase" "$domain" >/dev/null
  fi
  if ! domain_running "$domain"; then
    log "starting Payara ($domain)"
    asadmin start-domain "$domain" >/dev/null
    ensure_jvm_options "$port"
    ensure_driver "$port"
    harden_server "$port"
    if ! grep -q "lims-configured" "$PAYARA/glassfish/domains/$domain/config/.lims" 2>/dev/null; then
      asadmin restart-domain "$domain" >/dev/null
      echo lims-configured > "$PAYARA/glassfish/domains/$domain/config/.lims"
    fi
  fi
}

# The embedded H2 database in the given folder, the demo users and (unless told otherwise) the
# demonstration data that the development EAR (lims-demo-ear) writes in the background.
#
# H2's page cache: 64 MB (CACHE_SIZE in KB) instead of its default 16 MB, inside the server's heap
# (-Xmx1536m, about 1.1 GB used at most in the lab benchmark). A result import of 10,000 rows
# touches more pages than 16 MB hold (its items, analyses and tens of thousands of audit rows):
# with 16 MB H2 read a fifth of them back from the file during the commit (README: Benchmarks).
H2_CACHE_KB=65536
configure_embedded() { # admin-port data-dir demo-data(true|false) samples
  local port="$1" dir="$2"
  mkdir -p "$dir"
  log "database: embedded H2 in $dir/lims.mv.db"
  configure_datasource "$port" h2 "jdbc:h2:$dir/lims;AUTO_SERVER=TRUE;CACHE_SIZE=$H2_CACHE_KB" lims lims
  set_system_property "$port" lims.demo true
  set_system_property "$port" lims.demo.data "$3"
  set_system_property "$port" lims.demo.samples "$4"
}

# Says plainly why the database cannot be used (unreachable, unknown database, wrong password):
# asadmin's ping of the pool carries the driver's message.
check_database() { # admin-port pool url
  local out
  if out=$(asadmin --port "$1" ping-connection-pool "$2" 2>&1); then return 0; fi
  log "cannot connect to the database $3:"
  printf '%s\n' "$out" | grep -v '^Command ping-connection-pool failed' | sed -e 's/^/[lims]   /' >&2
  log "check LIMS_DB_URL / LIMS_DB_USER / LIMS_DB_PASSWORD (or config/database.properties), that the"
  log "server is running and accepts this user, and that the database exists (README: Security)"
  return 1
}

set_system_property() { # admin-port name value
  asadmin --port "$1" create-system-properties "$2=$(escape_prop "$3")" >/dev/null
}

deploy_ear() { # admin-port http-port [ear]
  local port="$1" http="$2" ear="${3:-$EAR}"
  [ -f "$ear" ] || { log "no EAR at $ear: build first"; return 1; }
  if asadmin --port "$port" list-applications 2>/dev/null | grep -q '^lims '; then
    # start-domain returns before deployed applications are loaded; redeploying in that window
    # breaks the EAR (STACK.md), so wait until the deployed one answers (or clearly never will).
    wait_for "http://localhost:$http/lims/api/health" 60 || log "the deployed application did not answer; redeploying anyway"
  fi
  log "deploying $ear"
  local out
  if ! out=$(asadmin --port "$port" deploy --force=true --name lims --contextroot /lims "$ear" 2>&1); then
    log "deployment failed:"; printf '%s\n' "$out" | tail -n 20 >&2
    return 1
  fi
  if ! wait_for "http://localhost:$http/lims/api/health" 120; then
    log "the application did not come up; see $PAYARA/glassfish/domains/*/logs/server.log"
    return 1
  fi
}

# The server's root (http://localhost:<port>/) leads to the application instead of Payara's default
# page, and any other path outside the application answers with the application's error pages
# (config/error): a tiny web application at context root / (config/root), packed here and deployed
# again whenever its files changed (a domain of an earlier checkout keeps no stale copy).
deploy_root() { # admin-port
  local port="$1" war="$LIMS_HOME/lims-root.war" tmp sum marker="$LIMS_HOME/lims-root.sum"
  sum=$(cd "$ROOT/config" && cat root/index.jsp root/WEB-INF/web.xml error/*.html | sha256sum | cut -c1-16)
  if asadmin --port "$port" list-applications 2>/dev/null | grep -q '^lims-root ' \
    && [ "$(cat "$marker.$port" 2>/dev/null)" = "$sum" ]; then return 0; fi
  rm -f "$war"
  tmp=$(mktemp -d)
  cp -r "$ROOT/config/root/." "$tmp/" && mkdir -p "$tmp/error" && cp "$ROOT"/config/error/*.html "$tmp/error/"
  (cd "$tmp" && jar cf "$war" .) || { log "cannot pack $war"; rm -rf "$tmp"; return 1; }
  rm -rf "$tmp"
  if asadmin --port "$port" deploy --force=true --name lims-root --contextroot / "$war" >/dev/null; then
    echo "$sum" > "$marker.$port"
  else
    log "the root redirect was not deployed"
  fi
}
