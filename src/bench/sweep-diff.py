#!/usr/bin/env python3
"""Compares the outputs of two sweeps of the same corpus (for instance the code before and after a change):

    src/bench/sweep-diff.py target/bench/compare/out-base target/bench/compare/out-new [--strict-html]

JSON reports and states are compared as data, without the generation date and with the lists whose order varies
from one run to the next of the same code sorted (conditions, evidence: see docs/benchmarks.md, seventh session);
the CSV byte for byte; the workbook part by part (the creation date of docProps/core.xml aside); HTML files (reports,
dashboard) without their dates, line by line in any order (the same nondeterministic orders), or byte for byte with
--strict-html. The history folder is skipped (dated snapshots). Exit code 1 when something differs.
"""
import json, os, re, sys, zipfile
a, b = sys.argv[1], sys.argv[2]
strict_html = "--strict-html" in sys.argv
diffs = []
def canon(x, key=None):
    if isinstance(x, dict):
        return {k: canon(v, k) for k, v in x.items() if k not in ("generatedAt",)}
    if isinstance(x, list):
        items = [canon(v) for v in x]
        if key in ("conditions", "evidence", "evidences"):
            items.sort(key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
        return items
    return x
DATE = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ|\d{1,2} \w+ \d{4} à \d\dh\d\d UTC|\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d\.\d+Z")
def text(p): return open(p, encoding="utf-8").read()
def cmp_files(rel):
    pa, pb = os.path.join(a, rel), os.path.join(b, rel)
    if not os.path.exists(pb): diffs.append(f"missing in B: {rel}"); return
    if rel.endswith(".json"):
        if canon(json.load(open(pa))) != canon(json.load(open(pb))): diffs.append(f"json differs: {rel}")
    elif rel.endswith(".html"):
        ta, tb = DATE.sub("<date>", text(pa)), DATE.sub("<date>", text(pb))
        if ta != tb:
            if strict_html or sorted(ta.splitlines()) != sorted(tb.splitlines()):
                diffs.append(f"html differs{'' if strict_html else ' (even sorted)'}: {rel}")
    elif rel.endswith(".xlsx"):
        za, zb = zipfile.ZipFile(pa), zipfile.ZipFile(pb)
        if sorted(za.namelist()) != sorted(zb.namelist()): diffs.append(f"xlsx entries differ: {rel}")
        for n in za.namelist():
            da, db = za.read(n), zb.read(n)
            if n == "docProps/core.xml":
                da, db = DATE.sub("<date>", da.decode()), DATE.sub("<date>", db.decode())
            if da != db: diffs.append(f"xlsx part differs: {rel}:{n}")
    else:
        if open(pa, "rb").read() != open(pb, "rb").read(): diffs.append(f"bytes differ: {rel}")
n = 0
for root, _, files in os.walk(a):
    for f in files:
        rel = os.path.relpath(os.path.join(root, f), a)
        if rel.startswith("historique") or rel.startswith(".") or "verrou" in rel or rel.endswith(".lock"): continue
        n += 1; cmp_files(rel)
nb = sum(len([f for f in fs]) for r, _, fs in os.walk(b) if not os.path.relpath(r, b).startswith("historique"))
print(f"{n} files compared; B has {nb}; {len(diffs)} differences")
for d in diffs[:30]: print("  " + d)
sys.exit(1 if diffs else 0)
