#!/usr/bin/env python3
"""Builds the graph chainex builds from ICIJ Offshore Leaks files, as a python3 user would (the csv module and
python-igraph), for bench/icij_bench.sh, and prints "nodes edges": a node per row of the five node files, a
market per jurisdiction and country code with a located_in edge to each, an edge per relationship with its
type, link and dates.

    icij_python.py FOLDER
"""
import csv
import os
import sys

import igraph

NODE_FILES = ["nodes-entities.csv", "nodes-officers.csv", "nodes-intermediaries.csv", "nodes-addresses.csv",
              "nodes-others.csv"]


def main():
    folder = sys.argv[1]
    index = {}
    names, sources, targets, types = [], [], [], []

    def node(key, name):
        if key not in index:
            index[key] = len(names)
            names.append(name)
        return index[key]

    for file in NODE_FILES:
        with open(os.path.join(folder, file), newline="", encoding="utf-8") as f:
            for row in csv.DictReader(f):
                me = node(row["node_id"], row.get("name") or row.get("address", ""))
                for codes in (row.get("jurisdiction", ""), row.get("country_codes", "")):
                    for code in filter(None, codes.split(";")):
                        sources.append(me)
                        targets.append(node("mkt:" + code, code))
                        types.append("located_in")
    links, since, until = [], [], []
    with open(os.path.join(folder, "relationships.csv"), newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            sources.append(index[row["node_id_start"]])
            targets.append(index[row["node_id_end"]])
            types.append(row["rel_type"])
            links.append(row["link"])
            since.append(row["start_date"])
            until.append(row["end_date"])
    graph = igraph.Graph(n=len(names), edges=list(zip(sources, targets)), directed=True)
    graph.vs["name"] = names
    graph.es["type"] = types
    print(graph.vcount(), graph.ecount())


if __name__ == "__main__":
    main()
