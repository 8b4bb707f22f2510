#!/usr/bin/env python3
"""Bytes per kind of page in a sitegroup output and a Hugo output of the same corpus (bench/generate.py):
how many files of each kind, their total and mean size. Used by bench/run."""
import os
import re
import sys

SITEGROUP = [
    ("article", r"^[^/]+/col\d+/d\d+/index\.html$"),
    ("list", r"^[^/]+/col\d+/(page/\d+/)?index\.html$"),
    ("home", r"^[^/]+/index\.html$"),
    ("feed", r"rss\.xml$"),
    ("catalog", r"^[^/]+/catalog/"),
    ("search", r"^[^/]+/search/"),
    ("assets", r"^[^/]+/(assets/|favicon\.ico$)"),
]
HUGO = [
    ("article", r"^site\d+/col\d+/d\d+/index\.html$"),
    ("list", r"^site\d+/(col\d+/)?(page/\d+/)?index\.html$"),
    ("home", r"^index\.html$"),
    ("feed", r"index\.xml$"),
]


def sizes(root, kinds):
    totals = {}
    for folder, _, files in os.walk(root):
        for name in files:
            path = os.path.relpath(os.path.join(folder, name), root)
            kind = next((kind for kind, pattern in kinds if re.search(pattern, path)), "other")
            count, size = totals.get(kind, (0, 0))
            totals[kind] = (count + 1, size + os.path.getsize(os.path.join(folder, name)))
    return totals


def main():
    sitegroup, hugo = sizes(sys.argv[1], SITEGROUP), sizes(sys.argv[2], HUGO)
    print(f"{'bytes':<9} {'kind':<8} {'sitegroup files':>15} {'MB':>8} {'mean KB':>8}   {'hugo files':>10} {'MB':>8} {'mean KB':>8}")
    for kind in [kind for kind, _ in SITEGROUP] + ["other", "total"]:
        rows = []
        for totals in (sitegroup, hugo):
            count, size = (sum(c for c, _ in totals.values()), sum(s for _, s in totals.values())) if kind == "total" else totals.get(kind, (0, 0))
            rows.append((count, size))
        (sc, ss), (hc, hs) = rows
        mean = lambda count, size: f"{size / count / 1024:.1f}" if count else "-"
        print(f"{'':<9} {kind:<8} {sc:>15} {ss / 1e6:>8.1f} {mean(sc, ss):>8}   {hc:>10} {hs / 1e6:>8.1f} {mean(hc, hs):>8}")


if __name__ == "__main__":
    main()
