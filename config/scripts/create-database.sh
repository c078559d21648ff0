#!/usr/bin/env bash
# Creates the PostgreSQL database of the LIMS and the role the application connects as: a plain
# login role (no superuser, creates no roles or databases) that owns only its database, where the
# migrations then create its tables. Run it as a PostgreSQL superuser (PGHOST/PGPORT/PGUSER as for
# psql; default 127.0.0.1:5432 as postgres):
#   config/scripts/create-database.sh [database] [role]          (both default to lims)
#   LIMS_DB_PASSWORD=secret config/scripts/create-database.sh    (a password for the role)
# Then: LIMS_DB_URL=jdbc:postgresql://127.0.0.1:5432/lims LIMS_DB_USER=lims ./lims run
set -euo pipefail
DB="${1:-lims}"
ROLE="${2:-lims}"
export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
case "$DB$ROLE" in *[!a-z0-9_]*) echo "names: lower-case letters, digits and _ only" >&2; exit 2 ;; esac
psql_admin() { psql -v ON_ERROR_STOP=1 -qAt -d postgres "$@"; }

password_clause=""
if [ -n "${LIMS_DB_PASSWORD:-}" ]; then
  password_clause="PASSWORD '$(printf '%s' "$LIMS_DB_PASSWORD" | sed "s/'/''/g")'"
fi
psql_admin -c "DO \$\$BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname='$ROLE') THEN CREATE ROLE $ROLE LOGIN; END IF; END\$\$;"
psql_admin -c "ALTER ROLE $ROLE LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOREPLICATION $password_clause"
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname='$DB'")" ]; then
  psql_admin -c "CREATE DATABASE $DB OWNER $ROLE ENCODING 'UTF8' TEMPLATE template0"
fi
# nobody else connects or creates anything in it
psql_admin -c "REVOKE ALL ON DATABASE $DB FROM PUBLIC"
psql_admin -c "GRANT CONNECT, TEMPORARY ON DATABASE $DB TO $ROLE"
psql -v ON_ERROR_STOP=1 -qAt -d "$DB" -c "REVOKE ALL ON SCHEMA public FROM PUBLIC" \
  -c "ALTER SCHEMA public OWNER TO $ROLE"
echo "database $DB owned by role $ROLE (no superuser) is ready"
