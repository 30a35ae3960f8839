#!/usr/bin/env bash
# Point lookups: Speelveld's in-memory area index against PostGIS, on the same boundaries and points.
#
# Run from anywhere, as root or as a user with sudo:
#
#     bench/point-lookup.sh [points] [rounds]        (defaults: 100000 points, 7 rounds)
#
# It installs Debian's PostgreSQL 15 with PostGIS when missing, starts cluster 15/main, recreates the
# database speelveld_bench (role speelveld, password speelveld, extension postgis) and runs
# nl.speelveld.areas.PointLookupBenchmark against it. The benchmark starts Speelveld without a web server,
# which loads the bundled CBS areas, copies the boundaries into a PostGIS table and prints, per workload
# (2024 gemeenten+wijken, 2014 buurten), the median points per second of both sides over the rounds:
#
#     workload                 points   ours (points/s)   PostGIS (points/s)   ours/PostGIS
#
# followed by "agreement: identical on N points", or the points where the two disagree (exit code 1).
set -euo pipefail

cd "$(dirname "$0")/.."

database=speelveld_bench
role=speelveld
password=speelveld

as_root() {
	if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

as_postgres() {
	if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else sudo -u postgres "$@"; fi
}

if ! dpkg-query -W -f '${Status}' postgresql-15-postgis-3 2>/dev/null | grep -q 'ok installed'; then
	as_root apt-get update
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y postgresql-15 postgresql-15-postgis-3
fi

if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main"' | grep -q .; then
	as_root pg_createcluster 15 main
fi
if ! pg_lsclusters -h | awk '$1 == 15 && $2 == "main" && $4 == "online"' | grep -q .; then
	as_root pg_ctlcluster 15 main start
fi
port=$(pg_lsclusters -h | awk '$1 == 15 && $2 == "main" { print $3 }')

psql_admin() {
	as_postgres psql -X -q -v ON_ERROR_STOP=1 -p "$port" "$@"
}

# A fresh database each run, so that the benchmark always measures the bundled data as first loaded.
psql_admin -d postgres <<SQL
select format('create role %I login password %L', '$role', '$password')
where not exists (select 1 from pg_roles where rolname = '$role') \gexec
alter role $role login password '$password';
drop database if exists $database with (force);
create database $database owner $role;
SQL
# PostGIS is created by the superuser: the application role may not create extensions that are not trusted.
psql_admin -d "$database" -c 'create extension postgis'

export SPRING_DATASOURCE_URL="jdbc:postgresql://localhost:$port/$database"
export SPRING_DATASOURCE_USERNAME=$role
export SPRING_DATASOURCE_PASSWORD=$password

exec mvn -q -B -DskipTests test-compile exec:java -Dexec.classpathScope=test \
	-Dexec.mainClass=nl.speelveld.areas.PointLookupBenchmark -Dexec.args="$*"
