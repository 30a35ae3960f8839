#!/usr/bin/env bash
# The participatory-budgeting tally: 1,000,000 synthetic approval ballots over 100 projects (seeded, so every run
# counts the same ballots), tallied by greedy and by the Method of Equal Shares with add1 completion.
#
#     bench/tally.sh [voters] [projects] [runs]        (defaults: 1000000, 100, 7)
#
# Prints per rule the median of the runs (after two warm-up runs) beside the floor, counting every approval once,
# and the ratio; the aim is at most 2 s per rule. Plain Java from the test classpath, no database or server.
set -euo pipefail

cd "$(dirname "$0")/.."

exec mvn -o -q -B -DskipTests test-compile exec:java -Dexec.classpathScope=test \
	-Dexec.mainClass=nl.speelveld.participation.budgeting.TallyBenchmark -Dexec.args="$*"
