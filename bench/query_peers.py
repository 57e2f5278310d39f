#!/usr/bin/python3
"""Runs the measures of chainex-query-bench in python-igraph and networkx on the same dataset folder and the
same pairs, for bench/query_bench.sh to print side by side.

    /usr/bin/python3 bench/query_peers.py TOOL DATA paths PAIRS     TOOL: igraph | networkx
    /usr/bin/python3 bench/query_peers.py igraph DATA betweenness
    /usr/bin/python3 bench/query_peers.py igraph DATA pagerank

Paths are unweighted over the graph taken as undirected (igraph get_shortest_paths(mode="all") searches
from one side; networkx shortest_path on the undirected Graph is bidirectional BFS). Betweenness is
igraph's exact betweenness(directed=False); PageRank igraph's pagerank (PRPACK) on the directed graph
with the edge weights. Prints one JSON object a line, like chainex-query-bench (wall seconds and
cpu_seconds); the load is timed apart.
"""
import csv
import json
import statistics
import sys
import time


def edges(folder):
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        return [(row[0], row[1], float(row[3])) for row in rows]


def node_ids(folder):
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        return [row[0] for row in rows]


def pairs(file):
    with open(file, encoding="utf-8") as f:
        return [tuple(line.strip().split(",")) for line in f if line.strip()]


def timed_paths(find, pair_list):
    times, found, hops = [], 0, 0
    for s, t in pair_list:
        start = time.perf_counter()
        path = find(s, t)
        times.append(time.perf_counter() - start)
        if path:
            found += 1
            hops += len(path) - 1
    times.sort()
    return {"measure": "paths", "pairs": len(times), "found": found, "hops": hops,
            "median": times[len(times) // 2], "p90": times[len(times) * 9 // 10], "mean": statistics.fmean(times)}


def load_igraph(folder, directed):
    import igraph
    graph = igraph.Graph(directed=directed)
    ids = node_ids(folder)
    graph.add_vertices(len(ids))
    index = {v: i for i, v in enumerate(ids)}
    edge_list = edges(folder)
    graph.add_edges([(index[s], index[t]) for s, t, _ in edge_list])
    graph.es["weight"] = [w for _, _, w in edge_list]
    return graph, index, ids


def run_igraph(folder, what, extra):
    start = time.perf_counter()
    graph, index, ids = load_igraph(folder, directed=(what == "pagerank"))
    print(json.dumps({"measure": "load", "seconds": time.perf_counter() - start}), flush=True)
    start, cpu_start = time.perf_counter(), time.process_time()
    if what == "paths":
        def find(s, t):
            path = graph.get_shortest_paths(index[s], to=index[t], mode="all", output="vpath")[0]
            return path
        print(json.dumps(timed_paths(find, pairs(extra))))
    elif what == "betweenness":
        values = graph.betweenness(directed=False)
        n = graph.vcount()
        scale = 2.0 / ((n - 1) * (n - 2))  # networkx normalisation, for the top list
        top = sorted(range(n), key=lambda v: (-values[v], v))[:20]
        print(json.dumps({"measure": "betweenness", "seconds": time.perf_counter() - start,
                          "cpu_seconds": time.process_time() - cpu_start,
                          "top": [[ids[v], values[v] * scale] for v in top]}))
    elif what == "pagerank":
        values = graph.pagerank(directed=True, damping=0.85, weights="weight")
        top = sorted(range(len(values)), key=lambda v: (-values[v], v))[:20]
        print(json.dumps({"measure": "pagerank", "seconds": time.perf_counter() - start,
                          "cpu_seconds": time.process_time() - cpu_start,
                          "top": [[ids[v], values[v]] for v in top]}))


def run_networkx(folder, what, extra):
    import networkx
    start = time.perf_counter()
    graph = networkx.Graph()
    graph.add_nodes_from(node_ids(folder))
    graph.add_edges_from((s, t) for s, t, _ in edges(folder))
    print(json.dumps({"measure": "load", "seconds": time.perf_counter() - start}), flush=True)
    if what != "paths":
        sys.exit(f"query_peers: networkx runs only 'paths' here, not '{what}'")

    def find(s, t):
        try:
            return networkx.shortest_path(graph, s, t)
        except networkx.NetworkXNoPath:
            return None
    print(json.dumps(timed_paths(find, pairs(extra))))


if __name__ == "__main__":
    tool, folder, what = sys.argv[1:4]
    extra = sys.argv[4] if len(sys.argv) > 4 else None
    {"igraph": run_igraph, "networkx": run_networkx}[tool](folder, what, extra)
