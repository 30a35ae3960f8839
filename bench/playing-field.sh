#!/usr/bin/env bash
# The playing field and the verkenning with 50,000 posts: latency of each endpoint next to a static file
# served by the same app in the same run, and the verkenning of a whole deployment counted afresh (its
# counts are kept until the social map changes; here the revision is raised before every request).
#
#     bench/playing-field.sh [seconds per endpoint]      (default 5)
#
# Needs the jar (mvn -o -q -DskipTests package), psql, curl and wrk (Debian: apt-get install wrk). Starts
# Speelveld on port 18299 with a throw-away embedded database, loads bench/playing-field-posts.sql, measures,
# and stops it again. Prints the median latency (wrk, one connection) and its ratio to the static file.
set -euo pipefail

cd "$(dirname "$0")/.."
seconds=${1:-5}
port=18299
data=$(mktemp -d)
log="$data/app.log"

java -jar target/speelveld.jar --server.port=$port --speelveld.database.embedded.directory="$data/pg" >"$log" 2>&1 &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
until grep -qs "Started SpeelveldApplication" "$log"; do
	if ! kill -0 $app 2>/dev/null; then cat "$log"; exit 1; fi
	sleep 2
done
pg_port=$(grep -o "Embedded PostgreSQL runs on port [0-9]*" "$log" | awk '{print $NF}')
db() { PGPASSWORD=postgres psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres "$@"; }
db -v ON_ERROR_STOP=1 -f bench/playing-field-posts.sql
echo "posts: $(db -At -c 'select count(*) from smap_post')"

base=http://localhost:$port
median_ms() { wrk -t1 -c1 -d"${seconds}s" --latency "$base$1" | awk '$1 == "50%" { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else { sub(/s/, "", v); v *= 1000 }; print v }'; }

reference=$(median_ms /css/speelveld.css)
printf '%-45s %10s %8s\n' endpoint "median ms" "× static"
printf '%-45s %10.2f %8s\n' /css/speelveld.css "$reference" 1
for path in /gebied/WK034406/speelveld /gebied/BU03440611/speelveld /gebied/GM0344/speelveld \
	/api/v1/areas/WK034406/playing-field /api/v1/areas/GM0344/playing-field \
	"/verkenning?gemeente=GM0344" /verkenning "/verkenning.csv?gemeente=GM0344" /verkenning.csv; do
	curl -s -o /dev/null "$base$path"
	ms=$(median_ms "$path")
	printf '%-45s %10.2f %8.1f\n' "$path" "$ms" "$(echo "$ms / $reference" | bc -l)"
done

# Counted afresh: raise the revision, then ask; the median of 9.
for path in "/verkenning.csv?gemeente=GM0344" /verkenning.csv; do
	times=()
	for _ in 1 2 3 4 5 6 7 8 9; do
		db -c "update smap_revision set revision = revision + 1"
		times+=("$(curl -s -o /dev/null -w '%{time_total}' "$base$path")")
	done
	ms=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 5p | awk '{print $1 * 1000}')
	printf '%-45s %10.2f %8.1f\n' "$path (counted afresh)" "$ms" "$(echo "$ms / $reference" | bc -l)"
done
