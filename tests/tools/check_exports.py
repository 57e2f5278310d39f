#!/usr/bin/python3
"""Checks chainex's GraphML, GEXF and JSON exports with an independent reader (networkx 2.8 from Debian's
python3-networkx, and Python's json module) against the CSV files they were made from (read with Python's
csv module, not with chainex). Run by ctest:

    /usr/bin/python3 tests/tools/check_exports.py CHAINEX_BINARY DATA_FOLDER

Exits 0 when every format holds the same nodes (id, kind, name), the same edges (source, target, type,
weight, counted with multiplicity) and the same property values; prints what differs otherwise.
"""
import collections
import csv
import json
import subprocess
import sys
import tempfile

import networkx


def read_csv(folder):
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8-sig") as file:
        nodes = {row["id"]: row for row in csv.DictReader(file)}
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8-sig") as file:
        edges = collections.Counter(
            (row["source"], row["target"], row["type"], float(row.get("weight") or 1))
            for row in csv.DictReader(file))
    return nodes, edges


def same_value(got, expected):
    """Typed columns come back as numbers: 104.20 written as a double reads back as 104.2."""
    if str(got) == expected:
        return True
    try:
        return float(got) == float(expected)
    except (TypeError, ValueError):
        return False


def compare(label, nodes, edges, expected_nodes, expected_edges):
    failures = []
    if set(nodes) != set(expected_nodes):
        failures.append(f"{label}: node ids differ: {sorted(set(nodes) ^ set(expected_nodes))[:5]}")
    for node_id, row in expected_nodes.items():
        got = nodes.get(node_id, {})
        for column, value in row.items():
            if column == "id" or value == "":
                continue
            if not same_value(got.get(column, ""), value):
                failures.append(f"{label}: node {node_id} {column}: {got.get(column)!r} != {value!r}")
    if edges != expected_edges:
        failures.append(f"{label}: edges differ: {list((edges - expected_edges).items())[:3]} "
                        f"vs {list((expected_edges - edges).items())[:3]}")
    return failures


def from_networkx(graph):
    nodes = {node_id: {"id": node_id, **data} for node_id, data in graph.nodes(data=True)}
    edges = collections.Counter((u, v, data["type"], float(data.get("weight", 1)))
                                for u, v, data in graph.edges(data=True))
    return nodes, edges


def main():
    chainex, folder = sys.argv[1], sys.argv[2]
    expected_nodes, expected_edges = read_csv(folder)
    failures = []
    with tempfile.TemporaryDirectory() as work:
        for fmt in ("graphml", "gexf", "json"):
            path = f"{work}/graph.{fmt}"
            subprocess.run([chainex, "export", folder, "--to", fmt, "-o", path], check=True, stdout=subprocess.DEVNULL)
            if fmt == "graphml":
                nodes, edges = from_networkx(networkx.read_graphml(path, force_multigraph=True))
            elif fmt == "gexf":
                graph = networkx.read_gexf(path, version="1.2draft")
                nodes, edges = from_networkx(graph)
                for data in nodes.values():
                    data["name"] = data.pop("label", "")
            else:
                with open(path, encoding="utf-8") as file:
                    elements = json.load(file)["elements"]
                nodes = {n["data"]["id"]: {**n["data"], "name": n["data"]["label"]} for n in elements["nodes"]}
                edges = collections.Counter((e["data"]["source"], e["data"]["target"], e["data"]["type"],
                                             float(e["data"]["weight"])) for e in elements["edges"])
            failures += compare(fmt, nodes, edges, expected_nodes, expected_edges)
    for failure in failures[:20]:
        print(failure)
    print(f"{len(expected_nodes)} nodes, {sum(expected_edges.values())} edges checked in graphml, gexf and json: "
          f"{'ok' if not failures else f'{len(failures)} differences'}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
