#!/usr/bin/env python3
"""Issue 14's closing figures: over all pairs of profiled enterprises of the bundled dataset, the share whose
first path passes through a market or role node before (relations=all, rank=shortest: what /api/path gave
until issue 14) and after (relations=business, rank=informative: what the web asks now), and the share with
any business path at all. Starts `chainex serve` on a free port, asks /api/path once per pair and mode.

    tests/tools/path_meaning.py build/release/cli/chainex [datasets/east-forward-2025]
"""
import csv
import itertools
import json
import pathlib
import re
import subprocess
import sys
import urllib.parse
import urllib.request

HUB_KINDS = {"market", "role"}


def main():
    binary = sys.argv[1]
    data = pathlib.Path(sys.argv[2] if len(sys.argv) > 2 else "datasets/east-forward-2025")
    with open(data / "nodes.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    kind = {r["id"]: r["kind"] for r in rows}
    profiled = sorted(r["id"] for r in rows if r["kind"] == "enterprise" and r.get("dataset_role") == "profiled")
    server = subprocess.Popen([binary, "serve", str(data), "--port", "0", "--access-log", "off"],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = None
        for line in server.stdout:
            m = re.search(r"open (http://\S+)", line)
            if m:
                url = m.group(1).rstrip("/")
                break
        if url is None:
            sys.exit("chainex serve did not start")

        def ask(a, b, **params):
            query = urllib.parse.urlencode({"from": a, "to": b, "k": 1, **params})
            with urllib.request.urlopen(f"{url}/api/path?{query}", timeout=30) as answer:
                return json.load(answer)

        def via_hub(answer):
            if not answer["paths"]:
                return False
            return any(kind.get(n) in HUB_KINDS for n in answer["paths"][0]["nodes"][1:-1])

        pairs = list(itertools.combinations(profiled, 2))
        counts = {"pairs": len(pairs), "connected": 0, "hub_before": 0, "hub_after": 0, "business": 0,
                  "hub_after_shortest": 0, "hub_all_informative": 0}
        for a, b in pairs:
            before = ask(a, b, relations="all", rank="shortest")
            after = ask(a, b, relations="business", rank="informative")
            plain_business = ask(a, b, relations="business", rank="shortest")
            counts["connected"] += bool(before["found"])
            counts["hub_before"] += via_hub(before)
            counts["hub_after"] += via_hub(after)
            counts["hub_after_shortest"] += via_hub(plain_business)
            counts["business"] += bool(after["business"])
            counts["hub_all_informative"] += via_hub(ask(a, b, relations="all", rank="informative"))
        n = counts["pairs"]
        pct = lambda k: f"{counts[k]} / {n} = {100.0 * counts[k] / n:.1f}%"
        print(f"profiled enterprises: {len(profiled)}, pairs: {n}, connected at all: {pct('connected')}")
        print(f"first path through a market or role, before (relations=all, rank=shortest): {pct('hub_before')}")
        print(f"first path through a market or role, after (relations=business, rank=informative): {pct('hub_after')}")
        print(f"  (relations=business, rank=shortest: {pct('hub_after_shortest')})")
        print(f"  (relations=all, rank=informative: {pct('hub_all_informative')})")
        print(f"pairs with any business path: {pct('business')}")
    finally:
        server.terminate()
        server.wait(timeout=10)


if __name__ == "__main__":
    main()
