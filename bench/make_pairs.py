#!/usr/bin/python3
"""Writes COUNT random node-id pairs (seeded) of a dataset folder, one "source,target" a line, so that
chainex and its peers time the same shortest-path queries.

    /usr/bin/python3 bench/make_pairs.py DATA COUNT SEED > pairs.csv
"""
import csv
import random
import sys

folder, count, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as file:
    rows = csv.reader(file)
    next(rows)
    ids = [row[0] for row in rows]
rng = random.Random(seed)
for _ in range(count):
    print(f"{rng.choice(ids)},{rng.choice(ids)}")
