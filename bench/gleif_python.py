#!/usr/bin/python3
"""Builds the graph chainex makes of GLEIF's golden copy (datasets/README.md, "GLEIF") with the csv module and
python-igraph, as a user of those would, for bench/gleif_bench.sh to time against chainex.

    /usr/bin/python3 bench/gleif_python.py LEI2.csv RR.csv REPEX.csv

One vertex per LEI record (subsidiary when RR-CDF names it as a child, else enterprise) and per legal-address
country (market); a located_in edge per record, an owns edge from parent to child per relationship record, with
the properties chainex keeps; reporting exceptions as vertex attributes. Prints one JSON line
{"tool": "igraph", "nodes": N, "edges": M} once the graph is complete.
"""
import csv
import json
import sys

import igraph


def rows(path):
    with open(path, newline="", encoding="utf-8") as file:
        reader = csv.reader(file)
        header = next(reader)
        yield {name: i for i, name in enumerate(header)}
        yield from reader


def numbered(columns, prefix):
    found = []
    while f"{prefix}{len(found) + 1}" in columns:
        found.append(columns[f"{prefix}{len(found) + 1}"])
    return found


def date(text):
    return text[:10]


def main(lei_path, rr_path, repex_path):
    reader = rows(rr_path)
    rr = next(reader)
    children = {row[rr["Relationship.StartNode.NodeID"]] for row in reader}

    reader = rows(lei_path)
    lei = next(reader)
    other = numbered(lei, "Entity.OtherEntityNames.OtherEntityName.")
    transliterated = numbered(lei, "Entity.TransliteratedOtherEntityNames.TransliteratedOtherEntityName.")
    kept = {"legal_form": "Entity.LegalForm.EntityLegalFormCode", "legal_form_other": "Entity.LegalForm.OtherLegalForm",
            "legal_country": "Entity.LegalAddress.Country", "hq_country": "Entity.HeadquartersAddress.Country",
            "entity_status": "Entity.EntityStatus", "registration_status": "Registration.RegistrationStatus"}
    index, ids, kinds, names = {}, [], [], []
    attributes = {name: [] for name in ["lei", "other_names", "transliterated_names", "initial_registration", "url",
                                        *kept]}
    markets, located, edge_type, citation, url = {}, [], [], [], []
    for row in reader:
        code = row[lei["LEI"]]
        index[code] = len(ids)
        ids.append("lei:" + code)
        kinds.append("subsidiary" if code in children else "enterprise")
        names.append(row[lei["Entity.LegalName"]])
        attributes["lei"].append(code)
        attributes["other_names"].append(";".join(row[i] for i in other if row[i]))
        attributes["transliterated_names"].append(";".join(row[i] for i in transliterated if row[i]))
        attributes["initial_registration"].append(date(row[lei["Registration.InitialRegistrationDate"]]))
        attributes["url"].append("https://search.gleif.org/#/record/" + code)
        for name, column in kept.items():
            attributes[name].append(row[lei[column]])
        country = row[lei["Entity.LegalAddress.Country"]]
        if country:
            located.append((index[code], markets.setdefault(country, len(markets))))
            edge_type.append("located_in")
            citation.append("GLEIF — LEI record " + code)
            url.append("https://search.gleif.org/#/record/" + code)
    edges = [(entity, len(ids) + market) for entity, market in located]

    reader = rows(rr_path)
    next(reader)
    periods = [(rr[f"Relationship.Period.{n}.startDate"], rr[f"Relationship.Period.{n}.endDate"],
                rr[f"Relationship.Period.{n}.periodType"]) for n in range(1, 6)
               if f"Relationship.Period.{n}.periodType" in rr]
    since, until, relationship_type, relationship_status = ([""] * len(edges) for _ in range(4))
    for row in reader:
        child, parent = row[rr["Relationship.StartNode.NodeID"]], row[rr["Relationship.EndNode.NodeID"]]
        edges.append((index[parent], index[child]))
        edge_type.append("owns")
        citation.append("GLEIF — LEI record " + child)
        url.append("https://search.gleif.org/#/record/" + child)
        relationship_type.append(row[rr["Relationship.RelationshipType"]])
        relationship_status.append(row[rr["Relationship.RelationshipStatus"]])
        start = end = ""
        for s, e, kind in periods:
            if row[kind] == "RELATIONSHIP_PERIOD":
                start, end = date(row[s]), date(row[e])
                break
        since.append(start)
        until.append(end)

    exceptions = {}
    reader = rows(repex_path)
    repex = next(reader)
    category = repex.get("Exception.Category", repex.get("ExceptionCategory"))
    reasons = numbered(repex, "Exception.Reason.")
    for row in reader:
        name = "exception_" + row[category].lower()
        if name not in exceptions:
            exceptions[name] = [""] * len(ids)
        column = exceptions[name]
        column[index[row[repex["LEI"]]]] = ";".join(row[i] for i in reasons if row[i])

    graph = igraph.Graph(n=len(ids) + len(markets), edges=edges, directed=True)
    graph.vs["name"] = ids + ["mkt:" + country for country in markets]
    graph.vs["kind"] = kinds + ["market"] * len(markets)
    graph.vs["label"] = names + list(markets)
    for name, values in {**attributes, **exceptions}.items():
        graph.vs[name] = values + [""] * len(markets)
    graph.es["type"] = edge_type
    graph.es["citation"] = citation
    graph.es["url"] = url
    for name, values in (("since", since), ("until", until), ("relationship_type", relationship_type),
                         ("relationship_status", relationship_status)):
        graph.es[name] = values
    print(json.dumps({"tool": "igraph", "nodes": graph.vcount(), "edges": graph.ecount()}))


if __name__ == "__main__":
    main(*sys.argv[1:4])
