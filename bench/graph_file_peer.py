#!/usr/bin/env python3
"""Reads a graph file with a peer tool as its users would, for bench/graph_file_bench.sh, and prints
"nodes edges" of what it built.

    graph_file_peer.py networkx-graphml FILE   # networkx.read_graphml
    graph_file_peer.py networkx-gexf FILE      # networkx.read_gexf
    graph_file_peer.py igraph-graphml FILE     # igraph.Graph.Read_GraphML
"""
import sys


def main():
    tool, path = sys.argv[1], sys.argv[2]
    if tool.startswith("networkx-"):
        import networkx as nx
        graph = nx.read_graphml(path) if tool == "networkx-graphml" else nx.read_gexf(path)
        print(graph.number_of_nodes(), graph.number_of_edges())
    elif tool == "igraph-graphml":
        import igraph
        graph = igraph.Graph.Read_GraphML(path)
        print(graph.vcount(), graph.ecount())
    else:
        sys.exit(f"graph_file_peer: unknown tool {tool}")


if __name__ == "__main__":
    main()
