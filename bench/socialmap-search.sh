#!/usr/bin/env bash
# Search over a national social map: how long typical searches take through GET /api/v1/search, against a
# naive reference measured in the same run (the same words looked up with ILIKE over names and texts).
#
#     bench/socialmap-search.sh [rounds]      (default: 30 rounds)
#
# It builds target/speelveld.jar when needed and starts it on port 18480 with a scratch embedded database in
# target/bench-national-pg (or $BENCH_DATA). The first time, it generates the national synthetic social map
# into it with `generate social-map` (50,000 posts, 20,000 organisations, 100,000 places, with professionals
# and services) and starts Speelveld again (bench/lib.sh); later runs reuse it. It warms up, and then prints
# per search the median and 95th percentile in milliseconds over the rounds (wall time at the client, so
# including HTTP and JSON), and for all searches together. On a busy machine wall times say more about the
# neighbours than about search, so it also prints the processor time that Speelveld and its PostgreSQL spent
# per search (user + system, all their processes together): what one search costs on an idle machine, near
# enough. Needs psql and curl.
set -euo pipefail

cd "$(dirname "$0")/.."
# shellcheck source=bench/lib.sh
. bench/lib.sh
rounds=${1:-30}
port=18480
speelveld_port=$port
speelveld_data=${BENCH_DATA:-target/bench-national-pg}
speelveld_log=target/bench-search.log
# shellcheck disable=SC2206 # BENCH_ARGS holds extra arguments for the application, split on spaces
speelveld_args=(${BENCH_ARGS:-})
export PGPASSWORD=postgres

: >"$speelveld_log"
trap speelveld_stop EXIT
trap 'exit 130' INT TERM
speelveld_build
speelveld_start
psql() { command psql -h localhost -p "$(speelveld_pg_port)" -U postgres -At -q "$@"; }

if [ "$(psql -c "select count(*) from smap_organisation where name like '%(synthetisch)'")" -eq 0 ]; then
	speelveld_generate
	speelveld_restart
fi
app=$speelveld_pid

# Words of the generator's vocabulary (role types, names of places, services and made-up people), with typos,
# phrases, accents, OR and minus, alone and within an area (places are recorded in wijken, not buurten).
searches=(
	'q=wijkagent'
	'q=wijkagent&area=GM0344'
	'q=opbouwerker'
	'q=wijkagnet&area=WK034406'
	'q=buurthuis'
	'q=buurthuis&area=WK034406'
	'q=idee%C3%ABnmakelaar&area=GM0363'
	'q=jongerenwerk'
	'q=gebiedsregisseur&area=GM0344'
	'q=%22sociaal%20makelaar%22'
	'q=eenzaamheid%20ouderen'
	'q=moestuinen&area=GM0599'
	'q=formulierenhulp&type=service'
	'q=speeltuin&area=WK034403&type=place'
	'q=utrecht&role=wijkagent'
	'q=welzijn%20-politie'
	'q=Anna%20de%20Proef'
	'q=buurtkrant%20OR%20beweegmaatje&area=GM0344'
	'q=mantelzorgsteunpunt'
	'q=participatiemakelaar&area=GM0363'
)

postmaster=$(speelveld_pg_pid)
cpu_ticks() {
	cat /proc/$app/stat /proc/$postmaster/stat $(pgrep -P "$postmaster" | sed 's|.*|/proc/&/stat|') 2>/dev/null \
		| awk '{ sub(/^.*\) /, ""); total += $12 + $13 } END { print total }'
}
tick_ms=$(awk -v hz="$(getconf CLK_TCK)" 'BEGIN { print 1000 / hz }')

time_ms() { curl -s -o /dev/null -w '%{time_total}\n' "http://localhost:$port/api/v1/search?$1" | awk '{print $1 * 1000}'; }
stats() { sort -n | awk '{x[NR]=$1} END {printf "%8.1f %8.1f", x[int((NR+1)/2)], x[int(NR*0.95+0.5)]}'; }

# Warm up the JVM (its compilers) and the caches first.
for _ in $(seq 40); do for search in "${searches[@]}"; do time_ms "$search" > /dev/null; done; done

all=$(mktemp)
printf '%-45s %8s %8s %8s\n' search median p95 cpu
cpu_all=0
for search in "${searches[@]}"; do
	one=$(mktemp)
	before=$(cpu_ticks)
	for _ in $(seq "$rounds"); do time_ms "$search" | tee -a "$all" >> "$one"; done
	used=$(( $(cpu_ticks) - before ))
	cpu_all=$(( cpu_all + used ))
	printf '%-45s %s %8.1f\n' "$search" "$(stats < "$one")" "$(awk -v t="$used" -v ms="$tick_ms" -v n="$rounds" 'BEGIN { print t * ms / n }')"
	rm -f "$one"
done
printf '%-45s %s %8.1f\n' 'all searches' "$(stats < "$all")" \
	"$(awk -v t="$cpu_all" -v ms="$tick_ms" -v n="$(( rounds * ${#searches[@]} ))" 'BEGIN { print t * ms / n }')"
rm -f "$all"

# The reference: the same kind of question without the search documents, for three words.
reference() {
	psql -c '\timing on' -c "
		select count(*) from (
			select id from smap_post where title ilike '%$1%' or availability ilike '%$1%'
			union all select id from smap_organisation where name ilike '%$1%' or description ilike '%$1%'
			union all select id from smap_service where name ilike '%$1%' or description ilike '%$1%'
			union all select id from smap_place where name ilike '%$1%' or description ilike '%$1%') hits" \
		| grep -oP 'Time: \K[0-9.]+'
}
for word in wijkagent buurthuis moestuin; do
	naive=$(for _ in 1 2 3 4 5; do reference "$word"; done | sort -n | sed -n 3p)
	ours=$(for _ in 1 2 3 4 5; do time_ms "q=$word"; done | sort -n | sed -n 3p)
	printf 'reference for %-12s naive ILIKE %8.1f ms, search %8.1f ms, ratio %5.1f\n' "$word" "$naive" "$ours" \
		"$(awk -v a="$naive" -v b="$ours" 'BEGIN {print a / b}')"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg), cores: $(nproc)"
