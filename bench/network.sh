#!/usr/bin/env bash
# Betweenness centrality of the network measures on a seeded synthetic network of 100,000 edges: 120 wijken
# of 50 nodes each (posts, organisations, initiatives, resident groups) in dense clusters, about 1 % of the
# edges bridging wijken and 1 % from ten citywide organisations.
#
#     bench/network.sh [rounds] [wijken] [edges]        (defaults: 7, 120, 100000)
#
# Compiles the measures (plain Java, no dependencies) and the benchmark into target/bench-network with javac,
# then prints the median of the runs of Brandes' algorithm in parallel (the common fork-join pool) and on one
# thread, beside a reference: a plain breadth-first search from every source, on one thread, without counting
# paths or accumulating dependencies, which is the least any exact betweenness has to do. Aim: <= 2 s.
set -euo pipefail

cd "$(dirname "$0")/.."

out=target/bench-network
rm -rf "$out"
mkdir -p "$out"
javac -d "$out" src/main/java/nl/speelveld/network/measures/*.java \
	src/test/java/nl/speelveld/network/measures/SyntheticNetwork.java \
	src/test/java/nl/speelveld/network/measures/NetworkBenchmark.java
# shellcheck disable=SC2086 # JAVA_OPTS holds several options, split on spaces
java ${JAVA_OPTS:--Xmx1g} -cp "$out" nl.speelveld.network.measures.NetworkBenchmark "$@"
