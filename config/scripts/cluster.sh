#!/usr/bin/env bash
# The LIMS on a Payara deployment group (issue 18): a domain administration server (DAS), two
# instances of the deployment group dg-lims running the same EAR on one PostgreSQL database, and
# HAProxy (Debian's package, its own configuration file) balancing round robin in front of them,
# with an active health check of each instance.
# Sessions are kept in Payara's data grid (Hazelcast), so a signed-in user stays signed in when
# the instance that served them dies.
#
#   cluster.sh start    create what is missing, start DAS, group and balancer, deploy the EAR
#   cluster.sh stop     stop balancer, group and DAS (the database stays)
#   cluster.sh status   what runs, and the instances' health through the balancer
#
# Ports from LIMS_CLUSTER_PORTBASE (default 27000): DAS admin +48 and http +80, inst1 http +280,
# inst2 http +480, the balancer +90 (http://localhost:27090/lims/).
# Database: LIMS_DB_URL (+ LIMS_DB_USER, LIMS_DB_PASSWORD) or, by default, the PostgreSQL database
# lims_cluster at 127.0.0.1:5432 (created with role lims_cluster and the demo users when missing).
# LIMS_SWEEP_SCHEDULE (e.g. "hour=* minute=* second=0") changes the deadline sweep's schedule.
source "$(dirname "${BASH_SOURCE[0]}")/payara.sh"

BASE="${LIMS_CLUSTER_PORTBASE:-27000}"
ADMIN=$((BASE + 48)); DAS_HTTP=$((BASE + 80)); LB=$((BASE + 90))
INST1_BASE=$((BASE + 200)); INST2_BASE=$((BASE + 400))
INST1_HTTP=$((INST1_BASE + 80)); INST2_HTTP=$((INST2_BASE + 80))
DOMAIN="lims-cluster-$BASE"
NODE="localhost-$DOMAIN"
GROUP=dg-lims
CONFIG=lims-config
SCRATCH="$LIMS_HOME/cluster-$BASE"
BALANCER_CONF="$SCRATCH/haproxy.cfg"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"

A() { asadmin --port "$ADMIN" "$@"; }

ensure_haproxy() {
  command -v haproxy >/dev/null && return 0
  log "installing haproxy (apt-get)"
  local sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq haproxy >/dev/null
}

ensure_database() {
  if [ -n "${LIMS_DB_URL:-}" ]; then
    DB_URL="$LIMS_DB_URL"; DB_USER="${LIMS_DB_USER:-lims}"; DB_PASSWORD="${LIMS_DB_PASSWORD:-}"
    DEMO=false
    return
  fi
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/lims_cluster"; DB_USER=lims_cluster; DB_PASSWORD=lims_cluster
  DEMO=true
  psql -v ON_ERROR_STOP=1 -qAt -d postgres -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='lims_cluster') THEN CREATE ROLE lims_cluster LOGIN PASSWORD 'lims_cluster'; END IF; END\$\$;"
  if [ -z "$(psql -qAt -d postgres -c "SELECT 1 FROM pg_database WHERE datname='lims_cluster'")" ]; then
    log "creating database lims_cluster"
    psql -v ON_ERROR_STOP=1 -qAt -d postgres -c "CREATE DATABASE lims_cluster OWNER lims_cluster ENCODING 'UTF8' TEMPLATE template0"
  fi
}

write_balancer_conf() {
  mkdir -p "$SCRATCH"
  cat > "$BALANCER_CONF" <<CONF
# The balancer of the LIMS deployment group (written by config/scripts/cluster.sh).
# An instance takes traffic only while /lims/api/health answers 200 (checked every 2 s): one that
# is starting again opens its port before the application is loaded and would answer 404 meanwhile.
# A request is sent again to the other instance only when the connection failed (nothing was sent),
# so a POST that may have been processed is never repeated.
global
  maxconn 2048
  pidfile $SCRATCH/haproxy.pid
  log stderr format short local0 warning
defaults
  mode http
  log global
  timeout connect 5s
  timeout client 120s
  timeout server 120s
  retries 2
  option redispatch
  retry-on conn-failure empty-response
frontend lims_front
  bind 127.0.0.1:$LB
  http-response del-header Server
  # the client's address for the limits per address (setting proxy.trustedAddresses trusts this
  # balancer); set, not appended: a client's own header is dropped
  http-request set-header X-Forwarded-For %[src]
  default_backend lims_group
backend lims_group
  balance roundrobin
  option httpchk GET /lims/api/health
  http-check expect status 200
  default-server inter 2s fall 2 rise 2
  server inst1 127.0.0.1:$INST1_HTTP check
  server inst2 127.0.0.1:$INST2_HTTP check
CONF
}

balancer_running() { [ -f "$SCRATCH/haproxy.pid" ] && kill -0 "$(cat "$SCRATCH/haproxy.pid")" 2>/dev/null; }

start() {
  [ -x "$ASADMIN" ] || { log "Payara is missing: run 'mvn install' (config module) first"; exit 1; }
  [ -f "$EAR" ] || { log "no EAR at $EAR: build first"; exit 1; }
  ensure_haproxy
  ensure_database
  if [ ! -d "$PAYARA/glassfish/domains/$DOMAIN" ]; then
    log "creating domain $DOMAIN (port base $BASE)"
    asadmin create-domain --nopassword=true --portbase "$BASE" "$DOMAIN" >/dev/null
  fi
  if ! domain_running "$DOMAIN"; then
    log "starting the domain administration server"
    asadmin start-domain "$DOMAIN" >/dev/null
  fi
  ensure_jvm_options "$ADMIN"
  # the PostgreSQL driver in the domain's lib/: synchronized to the instances when they start
  cp "$PG_DRIVER" "$PAYARA/glassfish/domains/$DOMAIN/lib/" 2>/dev/null || true
  if ! A list-deployment-groups 2>/dev/null | grep -qE "^\s*$GROUP\s*$"; then
    log "creating deployment group $GROUP with inst1 and inst2 (one shared config)"
    A set-hazelcast-configuration --clustername "lims-grid-$BASE" --dynamic=true >/dev/null
    A copy-config default-config "$CONFIG" >/dev/null
    for opt in '-Dfile.encoding=UTF-8' '-Duser.timezone=Asia/Shanghai'; do
      A create-jvm-options --target "$CONFIG" "$opt" >/dev/null 2>&1 || true
    done
    A delete-jvm-options --target "$CONFIG" '-Xmx512m' >/dev/null 2>&1 || true
    A create-jvm-options --target "$CONFIG" '-Xmx1024m' >/dev/null 2>&1 || true
    # no product or version in the answers (issue 12 does the same for the single server)
    A set "configs.config.$CONFIG.network-config.protocols.protocol.http-listener-1.http.xpowered-by=false" >/dev/null 2>&1 || true
    A set "configs.config.$CONFIG.network-config.protocols.protocol.http-listener-1.http.server-header=false" >/dev/null 2>&1 || true
    # the timer service of instances defaults to an H2 file per instance that does not exist
    # ("EJB Timer Service is not available"): the data grid's instead (STACK-wave2.md); the
    # application's timers are not persistent anyway, and the deadline sweep's slot is claimed in
    # the database (timer_claim), so it runs once per group
    A set "configs.config.$CONFIG.ejb-container.ejb-timer-service.ejb-timer-service=DataGrid" >/dev/null
    A create-deployment-group "$GROUP" >/dev/null
    A create-instance --node "$NODE" --config "$CONFIG" --portbase "$INST1_BASE" inst1 >/dev/null
    A create-instance --node "$NODE" --config "$CONFIG" --portbase "$INST2_BASE" inst2 >/dev/null
    A add-instance-to-deployment-group --instance inst1 --deploymentgroup "$GROUP" >/dev/null
    A add-instance-to-deployment-group --instance inst2 --deploymentgroup "$GROUP" >/dev/null
  fi
  configure_datasource "$ADMIN" pg "$DB_URL" "$DB_USER" "$DB_PASSWORD"
  configure_owner_datasource "$ADMIN" "$DB_URL" "${LIMS_DB_OWNER_USER:-}" "${LIMS_DB_OWNER_PASSWORD:-}"
  if ! A list-resource-refs "$GROUP" 2>/dev/null | grep -qx 'jdbc/lims'; then
    A create-resource-ref --target "$GROUP" jdbc/lims >/dev/null
  fi
  if [ -n "${LIMS_DB_OWNER_USER:-}" ] && ! A list-resource-refs "$GROUP" 2>/dev/null | grep -qx 'jdbc/lims-owner'; then
    A create-resource-ref --target "$GROUP" jdbc/lims-owner >/dev/null
  fi
  set_config_property lims.demo "$DEMO"
  set_config_property lims.demo.data false
  if [ -n "${LIMS_ADMIN_PASSWORD:-}" ]; then set_config_property lims.admin.password "$LIMS_ADMIN_PASSWORD"; fi
  set_config_property lims.sweep.schedule "${LIMS_SWEEP_SCHEDULE:-hour=1 minute=5}"
  log "starting deployment group $GROUP"
  A start-deployment-group "$GROUP" >/dev/null || A start-instance inst1 >/dev/null || true
  for i in inst1 inst2; do
    if ! A list-instances 2>/dev/null | grep -q "^$i *running"; then A start-instance "$i" >/dev/null; fi
  done
  log "deploying $EAR to $GROUP (sessions in the data grid: availability enabled)"
  local out
  if ! out=$(A deploy --force=true --availabilityenabled=true --target "$GROUP" --name lims --contextroot /lims "$EAR" 2>&1); then
    log "deployment failed:"; printf '%s\n' "$out" | tail -n 20 >&2
    return 1
  fi
  write_balancer_conf
  haproxy -c -q -f "$BALANCER_CONF"
  if balancer_running; then
    haproxy -D -f "$BALANCER_CONF" -sf "$(cat "$SCRATCH/haproxy.pid")"
  else
    haproxy -D -f "$BALANCER_CONF"
  fi
  for port in "$INST1_HTTP" "$INST2_HTTP"; do
    wait_for "http://localhost:$port/lims/api/health" 180 || { log "instance on $port did not come up"; return 1; }
  done
  wait_for "http://localhost:$LB/lims/api/health" 30
  cat <<MSG

  LIMS deployment group is running behind HAProxy: http://localhost:$LB/lims/
  instances: inst1 http://localhost:$INST1_HTTP/lims/   inst2 http://localhost:$INST2_HTTP/lims/
  administration server: http://localhost:$DAS_HTTP (admin port $ADMIN)   database: $DB_URL
  Stop with: ./lims stop
MSG
}

set_config_property() { # name value: for the instances' shared config
  A delete-system-property --target "$CONFIG" "$1" >/dev/null 2>&1 || true
  A create-system-properties --target "$CONFIG" "$1=$(escape_prop "$2")" >/dev/null
}

running() { domain_running "$DOMAIN"; }

stop() {
  if balancer_running; then
    kill "$(cat "$SCRATCH/haproxy.pid")" && rm -f "$SCRATCH/haproxy.pid"
    log "balancer stopped"
  fi
  if running; then
    A stop-deployment-group "$GROUP" >/dev/null 2>&1 || true
    A stop-instance inst1 >/dev/null 2>&1 || true
    A stop-instance inst2 >/dev/null 2>&1 || true
    asadmin stop-domain "$DOMAIN" >/dev/null
    log "deployment group and administration server stopped"
  fi
}

status() {
  if ! running; then echo "cluster: not running"; return 0; fi
  A list-instances 2>/dev/null || true
  for url in "http://localhost:$INST1_HTTP" "http://localhost:$INST2_HTTP" "http://localhost:$LB"; do
    printf '%s/lims/api/health: %s\n' "$url" "$(curl -s -o /dev/null -w '%{http_code}' "$url/lims/api/health" || true)"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
