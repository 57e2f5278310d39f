#!/usr/bin/python3
"""Builds a chainex dataset folder (nodes.csv, edges.csv) into a python-igraph or networkx graph the way
a user of those libraries would, for bench/import_bench.sh to time against `chainex validate`.

    /usr/bin/python3 bench/python_import.py igraph FOLDER
    /usr/bin/python3 bench/python_import.py networkx FOLDER

Prints one JSON line {"tool": ..., "nodes": N, "edges": M} once the graph is complete.
"""
import csv
import json
import sys


def read_nodes(folder):
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        header = next(rows)
        return header, list(rows)


def edge_tuples(folder):
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        return [(source, target, kind, float(weight)) for source, target, kind, weight in rows]


def build_igraph(folder):
    import igraph

    graph = igraph.Graph.TupleList(edge_tuples(folder), directed=True, edge_attrs=["type", "weight"])
    header, nodes = read_nodes(folder)
    index = {name: i for i, name in enumerate(graph.vs["name"])}
    isolated = [row[0] for row in nodes if row[0] not in index]
    if isolated:
        graph.add_vertices(isolated)
        index.update((name, graph.vcount() - len(isolated) + i) for i, name in enumerate(isolated))
    # igraph keeps vertex ids in "name"; the nodes' own name column becomes "label".
    for column, attribute in enumerate(header[1:], start=1):
        values = [None] * graph.vcount()
        for row in nodes:
            values[index[row[0]]] = row[column]
        graph.vs["label" if attribute == "name" else attribute] = values
    return graph.vcount(), graph.ecount()


def build_networkx(folder):
    import networkx

    graph = networkx.DiGraph()
    header, nodes = read_nodes(folder)
    graph.add_nodes_from((row[0], dict(zip(header[1:], row[1:]))) for row in nodes)
    graph.add_edges_from((source, target, {"type": kind, "weight": weight})
                         for source, target, kind, weight in edge_tuples(folder))
    return graph.number_of_nodes(), graph.number_of_edges()


def main():
    builders = {"igraph": build_igraph, "networkx": build_networkx}
    if len(sys.argv) != 3 or sys.argv[1] not in builders:
        sys.exit(f"usage: {sys.argv[0]} igraph|networkx FOLDER")
    nodes, edges = builders[sys.argv[1]](sys.argv[2])
    print(json.dumps({"tool": sys.argv[1], "nodes": nodes, "edges": edges}))


if __name__ == "__main__":
    main()
