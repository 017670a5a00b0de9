#!/usr/bin/env bash
# A hot standby of the primary: on first start, copy the primary with pg_basebackup -R (which
# writes standby.signal and primary_conninfo), then run PostgreSQL as the image always does.
# Later starts find the copy and resume streaming from where they stopped.
set -euo pipefail

PRIMARY_HOST="${PRIMARY_HOST:-db-primary}"
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  until pg_isready --host "$PRIMARY_HOST" --port 5432 --quiet; do
    echo "replica: waiting for $PRIMARY_HOST"
    sleep 1
  done
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 700 "$PGDATA"
  PGPASSWORD="$REPLICATION_PASSWORD" gosu postgres pg_basebackup \
    --host "$PRIMARY_HOST" --port 5432 --username replicator \
    --pgdata "$PGDATA" --write-recovery-conf --wal-method stream --slot replica_1 --checkpoint fast --progress
fi
exec docker-entrypoint.sh "$@"
