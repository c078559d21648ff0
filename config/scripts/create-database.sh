#!/usr/bin/env bash
# Creates the PostgreSQL database of the LIMS and its two roles, both plain login roles (no
# superuser, create no roles or databases):
#   - the owner (default <database>_owner) owns the database and its schema; the migrations run as
#     it (the data source jdbc/lims-owner), so only it can create, change or drop tables and triggers;
#   - the application's role (default lims) may only read and write rows of the owner's tables and
#     use its sequences: it cannot drop or disable the triggers that keep audit records and issued
#     reports append-only.
# Run it as a PostgreSQL superuser (PGHOST/PGPORT/PGUSER as for psql; default 127.0.0.1:5432 as
# postgres), on an empty database (tables that exist already keep the grants they have):
#   config/scripts/create-database.sh [database] [role] [owner]     (defaults lims, lims, lims_owner)
#   LIMS_DB_PASSWORD=secret LIMS_DB_OWNER_PASSWORD=other config/scripts/create-database.sh
# Then: LIMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/lims LIMS_DB_USER=lims \
#       LIMS_DB_OWNER_USER=lims_owner ./lims run
set -euo pipefail
DB="${1:-lims}"
ROLE="${2:-lims}"
OWNER="${3:-${DB}_owner}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
case "$DB$ROLE$OWNER" in *[!a-z0-9_]*) echo "names: lower-case letters, digits and _ only" >&2; exit 2 ;; esac
[ "$ROLE" != "$OWNER" ] || { echo "the application's role and the owner must differ" >&2; exit 2; }
psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

role() { # name password
  local clause=""
  if [ -n "$2" ]; then clause="PASSWORD '$(printf '%s' "$2" | sed "s/'/''/g")'"; fi
  psql_admin -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$1') THEN CREATE ROLE $1 LOGIN; END IF; END\$\$;"
  psql_admin -c "ALTER ROLE $1 LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION $clause"
}
role "$ROLE" "${LIMS_DB_PASSWORD:-}"
role "$OWNER" "${LIMS_DB_OWNER_PASSWORD:-}"
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $OWNER ENCODING 'UTF8' TEMPLATE template0"
else
  psql_admin -c "ALTER DATABASE $DB OWNER TO $OWNER"
fi
# nobody else connects or creates anything in it
psql_admin -c "REVOKE ALL ON DATABASE $DB FROM PUBLIC"
psql_admin -c "GRANT CONNECT, TEMPORARY ON DATABASE $DB TO $ROLE, $OWNER"
psql -v ON_ERROR_STOP=1 -qAt -d "$DB" \
  -c "REVOKE ALL ON SCHEMA public FROM PUBLIC" \
  -c "ALTER SCHEMA public OWNER TO $OWNER" \
  -c "GRANT USAGE ON SCHEMA public TO $ROLE" \
  -c "ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO $ROLE" \
  -c "ALTER DEFAULT PRIVILEGES FOR ROLE $OWNER IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO $ROLE"
echo "database $DB owned by $OWNER (migrations); the application's role $ROLE reads and writes rows only"
