#!/usr/bin/env python3
"""Writes graph/src/icij/iso_3166_table.hpp, the ISO 3166-1 countries (alpha-2, alpha-3 and their names with the
words sorted, as iso_countries.cpp compares them) from Debian's iso-codes package:

    python3 scripts/make_iso_3166_table.py && clang-format-14 -i graph/src/icij/iso_3166_table.hpp
"""
import json
import os
import re

SOURCE = "/usr/share/iso-codes/json/iso_3166-1.json"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "graph", "src", "icij", "iso_3166_table.hpp")
SKIPPED = {"the", "of", "and"}


def words(name):
    """The same as iso_countries.cpp's name_key: lower-case ASCII words, without the, of and and, sorted."""
    return " ".join(sorted(w for w in re.split(r"[^a-z]+", name.lower()) if w and w not in SKIPPED))


def main():
    with open(SOURCE, encoding="utf-8") as f:
        countries = json.load(f)["3166-1"]
    rows = []
    for c in countries:
        keys = []
        for field in ("name", "common_name", "official_name"):
            if field in c and words(c[field]) not in keys:
                keys.append(words(c[field]))
        keys += [""] * (3 - len(keys))
        rows.append('  iso_country{"%s", "%s", {"%s", "%s", "%s"}},' % (c["alpha_2"], c["alpha_3"], *keys))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("// iso_3166_table.hpp — the ISO 3166-1 countries, written by scripts/make_iso_3166_table.py from Debian's\n"
                "// iso-codes (%s): alpha-2, alpha-3, and up to three names as word keys. Do not edit.\n" % SOURCE)
        f.write("#pragma once\n\n#include <array>\n#include <string_view>\n\nnamespace chainex::icij {\n\n")
        f.write("struct iso_country {\n  std::string_view alpha_2, alpha_3;\n  std::array<std::string_view, 3> names;\n};\n\n")
        f.write("inline constexpr std::array iso_3166_countries{\n%s\n};\n\n}  // namespace chainex::icij\n" % "\n".join(rows))


if __name__ == "__main__":
    main()
