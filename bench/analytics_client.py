#!/usr/bin/python3
"""Helper of bench/analytics_bench.sh (issue 11), standard library only (igraph and networkx only in `peer`).

    analytics_client.py get BASE PATH [--follow SECONDS]
        One GET, timed. With --follow, a 202 is followed: /api/jobs/{id} is polled every 0.1 s until the job
        is done (or failed or cancelled, or SECONDS pass), then PATH is asked again for the answer. Prints one
        JSON line: status, seconds (until the answer is there), first_status, job_states, results count.
    analytics_client.py jobs BASE [cancel [METRIC ...]]
        Lists the server's jobs (one JSON line); with `cancel`, DELETEs every queued or running one (of
        those metrics only, when named).
    analytics_client.py pick DATA KIND SEED
        A seeded random node id of that kind (e.g. enterprise) from DATA/nodes.csv.
    analytics_client.py peer TOOL DATA SECONDS OUT.csv       TOOL: networkx | igraph
        Betweenness on the undirected simple graph given SECONDS of compute (after loading): networkx
        betweenness_centrality(k=K, seed=1) with K calibrated to fit; igraph betweenness(cutoff=c) with the
        largest path-length cutoff c whose run fits (c = 2, 3, …; each run timed). Writes id,value for every
        node and prints one JSON line (parameter, seconds, load seconds).
    analytics_client.py agree REFERENCE.csv CANDIDATE.csv [TOP]
        Agreement of a candidate's top-TOP (default 100) with the reference's: overlap of the two sets,
        Kendall tau-b and Spearman rho of the candidate's values over the reference's top-TOP nodes.
        Both files: a header, then rows with id and value (chainex's rank,id,name,kind,value or id,value).
"""
import csv
import http.client
import json
import math
import os
import random
import sys
import time
import urllib.parse


def request(base, path, method="GET"):
    url = urllib.parse.urlsplit(base)
    conn = http.client.HTTPConnection(url.hostname, url.port, timeout=600)
    conn.request(method, path)
    answer = conn.getresponse()
    body = answer.read()
    conn.close()
    return answer.status, dict(answer.getheaders()), body


def command_get(base, path, follow):
    start = time.perf_counter()
    status, headers, body = request(base, path)
    first = status
    states = []
    if status == 202 and follow > 0:
        job = headers.get("Location") or json.loads(body)["url"]
        while time.perf_counter() - start < follow:
            s, _, b = request(base, job)
            state = json.loads(b).get("state") if s == 200 else f"http {s}"
            if not states or states[-1] != state:
                states.append(state)
            if state in ("done", "failed", "cancelled") or s != 200:
                break
            time.sleep(0.1)
        status, headers, body = request(base, path)
    seconds = time.perf_counter() - start
    out = {"status": status, "seconds": round(seconds, 4), "first_status": first, "job_states": states}
    try:
        doc = json.loads(body)
        if "results" in doc:
            out["results"] = len(doc["results"])
            out["approximate"] = doc.get("approximate")
        if "ranks" in doc:
            out["ranks"] = {m: ("pending" if r.get("pending") else "error" if "error" in r else "ranked")
                            for m, r in doc["ranks"].items()}
        if status >= 400:
            out["error"] = doc
    except ValueError:
        out["body"] = body[:200].decode("utf-8", "replace")
    print(json.dumps(out))


def command_jobs(base, cancel, metrics):
    status, _, body = request(base, "/api/jobs")
    jobs = json.loads(body).get("jobs", []) if status == 200 else []
    listed = [{k: j.get(k) for k in ("id", "metric", "approximate", "state", "progress", "elapsed_s", "eta_s")}
              for j in jobs]
    if cancel:
        for j in jobs:
            if j["state"] in ("queued", "running") and (not metrics or j["metric"] in metrics):
                request(base, "/api/jobs/" + urllib.parse.quote(j["id"], safe=""), "DELETE")
    print(json.dumps({"jobs": listed, "cancelled": cancel}))


def node_ids(folder):
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        return [row[0] for row in rows]


def command_pick(folder, kind, seed):
    with open(f"{folder}/nodes.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        ids = [row[0] for row in rows if row[1] == kind]
    print(random.Random(seed).choice(ids))


def edge_pairs(folder):
    with open(f"{folder}/edges.csv", newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        next(rows)
        return [(row[0], row[1]) for row in rows]


def command_peer(tool, folder, budget, out):
    start = time.perf_counter()
    ids = node_ids(folder)
    pairs = edge_pairs(folder)
    if tool == "networkx":
        import networkx
        graph = networkx.Graph()
        graph.add_nodes_from(ids)
        graph.add_edges_from(pairs)
        del pairs
        load = time.perf_counter() - start
        # Calibrate: seconds per sampled source, from a small k, then the k that fills the budget.
        probe = 4
        t = time.perf_counter()
        networkx.betweenness_centrality(graph, k=probe, seed=2)
        per_source = (time.perf_counter() - t) / probe
        k = max(1, min(len(ids), int(budget / per_source)))
        t = time.perf_counter()
        values = networkx.betweenness_centrality(graph, k=k, seed=1)
        seconds = time.perf_counter() - t
        result = {"tool": "networkx", "call": f"betweenness_centrality(k={k}, seed=1)", "k": k,
                  "per_source_s": round(per_source, 4), "seconds": round(seconds, 2), "load_s": round(load, 1)}
        write_values(out, values)
    else:
        import igraph
        graph = igraph.Graph(directed=False)
        graph.add_vertices(len(ids))
        index = {v: i for i, v in enumerate(ids)}
        graph.add_edges([(index[s], index[t]) for s, t in pairs])
        del pairs
        graph.simplify()  # parallel edges merge and self-loops go, as chainex's and networkx's simple graph
        load = time.perf_counter() - start
        best, best_cutoff, best_seconds, tried = None, None, None, []
        cutoff = 2
        while True:
            t = time.perf_counter()
            vals = graph.betweenness(directed=False, cutoff=cutoff)
            took = time.perf_counter() - t
            tried.append([cutoff, round(took, 2)])
            if took > budget and best is not None:
                break
            best, best_cutoff, best_seconds = vals, cutoff, took
            n = graph.vcount()
            scale = 2.0 / ((n - 1) * (n - 2))  # networkx normalisation
            write_values(out, {ids[v]: best[v] * scale for v in range(n)})  # kept should a time limit end us
            print(json.dumps({"igraph_cutoff": cutoff, "seconds": round(took, 2)}), file=sys.stderr, flush=True)
            if took > budget or took * 4 > budget * 1.5 or cutoff >= 64:
                break  # the next cutoff would not fit either (each step costs ~4x or more here)
            cutoff += 1
        result = {"tool": "igraph", "call": f"betweenness(cutoff={best_cutoff})", "cutoff": best_cutoff,
                  "seconds": round(best_seconds, 2), "tried": tried, "load_s": round(load, 1)}
    print(json.dumps(result))


def write_values(out, values):
    with open(out + ".tmp", "w", newline="", encoding="utf-8") as file:
        writer = csv.writer(file)
        writer.writerow(["id", "value"])
        for node, value in values.items():
            writer.writerow([node, repr(value)])
    os.replace(out + ".tmp", out)


def read_values(path):
    with open(path, newline="", encoding="utf-8") as file:
        rows = csv.reader(file)
        header = next(rows)
        i, v = header.index("id"), header.index("value")
        return {row[i]: float(row[v]) for row in rows}


def ranked(values, top):
    return [n for n, _ in sorted(values.items(), key=lambda item: (-item[1], item[0]))[:top]]


def kendall_tau_b(x, y):
    concordant = discordant = ties_x = ties_y = 0
    for i in range(len(x)):
        for j in range(i + 1, len(x)):
            dx, dy = x[i] - x[j], y[i] - y[j]
            if dx == 0 and dy == 0:
                continue
            if dx == 0:
                ties_x += 1
            elif dy == 0:
                ties_y += 1
            elif (dx > 0) == (dy > 0):
                concordant += 1
            else:
                discordant += 1
    denominator = math.sqrt((concordant + discordant + ties_x) * (concordant + discordant + ties_y))
    return (concordant - discordant) / denominator if denominator else float("nan")


def average_ranks(values):
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(x, y):
    rx, ry = average_ranks(x), average_ranks(y)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sx = math.sqrt(sum((a - mx) ** 2 for a in rx))
    sy = math.sqrt(sum((b - my) ** 2 for b in ry))
    return cov / (sx * sy) if sx and sy else float("nan")


def command_agree(reference_path, candidate_path, top):
    reference, candidate = read_values(reference_path), read_values(candidate_path)
    ref_top = ranked(reference, top)
    cand_top = set(ranked(candidate, top))
    x = [reference[n] for n in ref_top]
    y = [candidate.get(n, 0.0) for n in ref_top]
    print(json.dumps({"top": top, "overlap": len(set(ref_top) & cand_top),
                      "kendall_tau_b": round(kendall_tau_b(x, y), 3), "spearman": round(spearman(x, y), 3)}))


if __name__ == "__main__":
    what, args = sys.argv[1], sys.argv[2:]
    if what == "get":
        follow = float(args[args.index("--follow") + 1]) if "--follow" in args else 0.0
        command_get(args[0], args[1], follow)
    elif what == "jobs":
        command_jobs(args[0], len(args) > 1 and args[1] == "cancel", args[2:])
    elif what == "pick":
        command_pick(args[0], args[1], int(args[2]))
    elif what == "peer":
        command_peer(args[0], args[1], float(args[2]), args[3])
    elif what == "agree":
        command_agree(args[0], args[1], int(args[2]) if len(args) > 2 else 100)
    else:
        sys.exit(f"analytics_client: unknown command {what}")
