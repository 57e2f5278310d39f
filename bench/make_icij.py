#!/usr/bin/env python3
"""Writes ICIJ Offshore Leaks-shaped files, deterministic by seed, for bench/icij_bench.sh: the five node
files and relationships.csv with the columns of ICIJ's published CSV (as tests/fixtures/import/icij has them),
at full size by default (about 2M nodes, 3.3M relationships). Names, ids and dates are made up; the shape
follows the real data: officers and addresses tied to entities, a few thousand intermediaries tied to many
entities each, jurisdictions and country codes from a short list, dates written like 23-MAR-2006.

    make_icij.py OUT_DIR [--nodes 2000000] [--relationships 3300000] [--seed 1]
"""
import argparse
import csv
import os
import random

MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PLACES = [("BVI", "British Virgin Islands"), ("PMA", "Panama"), ("SEY", "Seychelles"), ("BAH", "Bahamas"),
          ("HKG", "Hong Kong"), ("CHN", "China"), ("SGP", "Singapore"), ("CHE", "Switzerland"),
          ("GBR", "United Kingdom"), ("USA", "United States"), ("CYP", "Cyprus"), ("MLT", "Malta")]
SOURCES = ["Panama Papers", "Paradise Papers - Appleby", "Pandora Papers - Alemán, Cordero, Galindo & Lee",
           "Offshore Leaks", "Bahamas Leaks"]
# Shares of the nodes per file, as in the published data (entities and officers most of it).
SHARES = {"entities": 0.40, "officers": 0.37, "intermediaries": 0.013, "addresses": 0.20, "others": 0.017}


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out")
    ap.add_argument("--nodes", type=int, default=2_000_000)
    ap.add_argument("--relationships", type=int, default=3_300_000)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    os.makedirs(args.out, exist_ok=True)

    def date(first_year=1980):
        return f"{rng.randint(1, 28):02d}-{rng.choice(MONTHS)}-{rng.randint(first_year, 2020)}"

    def places():
        picked = rng.sample(PLACES, 1 if rng.random() < 0.85 else 2)
        return ";".join(c for c, _ in picked), ";".join(n for _, n in picked)

    ids = {}
    next_id = 10_000_000
    for kind, share in SHARES.items():
        count = max(1, int(args.nodes * share))
        ids[kind] = range(next_id, next_id + count)
        next_id += count + 1_000_000

    def write(name, header, rows):
        with open(os.path.join(args.out, name), "w", newline="", encoding="utf-8") as f:
            out = csv.writer(f)
            out.writerow(header)
            out.writerows(rows)

    def entity_rows():
        for i in ids["entities"]:
            code, name = rng.choice(PLACES)
            codes, countries = places()
            source = rng.choice(SOURCES)
            yield [i, f"ENTITY {i} LIMITED", "", "", code, name, "", "", i, date(), "", "", "", "Active",
                   "Mossack Fonseca", "", codes, countries, "", "current through 2015", source]

    write("nodes-entities.csv",
          ["node_id", "name", "original_name", "former_name", "jurisdiction", "jurisdiction_description",
           "company_type", "address", "internal_id", "incorporation_date", "inactivation_date",
           "struck_off_date", "dorm_date", "status", "service_provider", "ibcRUC", "country_codes", "countries",
           "note", "valid_until", "sourceID"], entity_rows())
    write("nodes-officers.csv", ["node_id", "name", "countries", "country_codes", "sourceID", "valid_until", "note"],
          ([i, f"Officer {i}", *reversed(places()), rng.choice(SOURCES), "current through 2015", ""]
           for i in ids["officers"]))
    write("nodes-intermediaries.csv",
          ["node_id", "name", "status", "internal_id", "address", "countries", "country_codes", "sourceID",
           "valid_until", "note"],
          ([i, f"INTERMEDIARY {i}", "ACTIVE", i, "", *reversed(places()), rng.choice(SOURCES),
            "current through 2015", ""] for i in ids["intermediaries"]))
    write("nodes-addresses.csv",
          ["node_id", "address", "name", "countries", "country_codes", "sourceID", "valid_until", "note"],
          ([i, f"{i} Harbour Road", "", *reversed(places()), rng.choice(SOURCES), "current through 2015", ""]
           for i in ids["addresses"]))
    write("nodes-others.csv",
          ["node_id", "name", "type", "incorporation_date", "struck_off_date", "closed_date", "jurisdiction",
           "jurisdiction_description", "countries", "country_codes", "sourceID", "valid_until", "note"],
          ([i, f"FOUNDATION {i}", "FOUNDATION", date(), "", "", *rng.choice(PLACES), "", "", rng.choice(SOURCES),
            "current through 2014", ""] for i in ids["others"]))

    entities = ids["entities"]
    hubs = ids["intermediaries"]
    kinds = [("officers", "officer_of", "shareholder of", 0.55), ("addresses", "registered_address",
             "registered address", 0.25), ("intermediaries", "intermediary_of", "intermediary of", 0.15),
             ("others", "connected_to", "connected to", 0.05)]

    def relationship_rows():
        for _ in range(args.relationships):
            roll = rng.random()
            for kind, rel, link, share in kinds:
                if roll < share:
                    break
                roll -= share
            if kind == "intermediaries":  # a few thousand hubs, heavy-tailed
                start = hubs[min(len(hubs) - 1, int(rng.paretovariate(1.2)) - 1)]
            else:
                start = rng.choice(ids[kind])
            began = date() if rng.random() < 0.4 else ""
            ended = date(int(began[-4:]) + 1) if began and began[-4:] < "2020" and rng.random() < 0.1 else ""
            yield [start, rng.choice(entities), rel, link, "", began, ended, rng.choice(SOURCES)]

    write("relationships.csv", ["node_id_start", "node_id_end", "rel_type", "link", "status", "start_date",
                                "end_date", "sourceID"], relationship_rows())


if __name__ == "__main__":
    main()
