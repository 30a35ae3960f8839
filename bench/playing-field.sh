#!/usr/bin/env bash
# The playing field and the verkenning on the national synthetic social map (50,000 posts, 20,000
# organisations, 100,000 places): latency of each endpoint next to a static file served by the same app in
# the same run, and the verkenning of a whole deployment counted afresh (its counts are kept until the social
# map changes; here the revision is raised before every request).
#
#     bench/playing-field.sh [seconds per endpoint]      (default 5)
#
# Needs psql, curl, wrk and bc (Debian: apt-get install postgresql-client curl wrk bc); builds
# target/speelveld.jar when needed. Starts Speelveld on port 18299 with a throw-away embedded database,
# generates the national data set into it with `generate social-map` and starts it again (bench/lib.sh),
# measures, and stops it. Prints the median latency (wrk, one connection) and its ratio to the static file.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
seconds=${1:-5}
port=18299
work=$(mktemp -d /tmp/speelveld-bench.XXXXXX)
speelveld_port=$port
speelveld_data=$work/pg
speelveld_log=$work/speelveld.log
trap 'speelveld_stop; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

speelveld_build
speelveld_start_national
pg_port=$(speelveld_pg_port)
db() { PGPASSWORD=postgres psql -X -q -h 127.0.0.1 -p "$pg_port" -U postgres -d postgres "$@"; }
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
