#!/usr/bin/python3
"""Writes a dated copy of a generated graph for the as-of bench (issue 13): the same nodes.csv, and
edges.csv with `since` and `until` columns, deterministic per row (no randomness: a hash of the row
number), so the same input gives the same dated graph everywhere.

    bench/add_dates.py SOURCE_FOLDER TARGET_FOLDER [SINCE_PERCENT] [UNTIL_PERCENT]

Of the edges, SINCE_PERCENT (default 60) get a since between 2000 and 2025 (a whole date, a month or a
year, a third each); UNTIL_PERCENT (default 5) of those also get an until 1 to 10 years later. The
generator's own output stays as it was (its tests and the other benches read it).
"""
import pathlib
import shutil
import sys

MASK = (1 << 64) - 1


def mix64(z: int) -> int:
    """splitmix64's finaliser (as datasets/generator/src/random.hpp)."""
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return z ^ (z >> 31)


def dates_of(row: int, since_percent: int, until_percent: int) -> str:
    h = mix64(row * 0x9E3779B97F4A7C15 & MASK)
    if h % 100 >= since_percent:
        return ","
    year = 2000 + (h >> 8) % 26
    month = 1 + (h >> 16) % 12
    day = 1 + (h >> 24) % 28
    shape = (h >> 32) % 3
    since = f"{year}-{month:02d}-{day:02d}" if shape == 0 else f"{year}-{month:02d}" if shape == 1 else f"{year}"
    until = f"{year + 1 + (h >> 40) % 10}" if (h >> 48) % 100 < until_percent else ""
    return f"{since},{until}"


def main() -> None:
    source, target = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    since_percent = int(sys.argv[3]) if len(sys.argv) > 3 else 60
    until_percent = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    target.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source / "nodes.csv", target / "nodes.csv")
    with open(source / "edges.csv", encoding="utf-8") as rows, open(target / "edges.csv", "w", encoding="utf-8") as out:
        out.write(rows.readline().rstrip("\n") + ",since,until\n")
        for row, line in enumerate(rows, start=1):
            out.write(line.rstrip("\n") + "," + dates_of(row, since_percent, until_percent) + "\n")


if __name__ == "__main__":
    main()
