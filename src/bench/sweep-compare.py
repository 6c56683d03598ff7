#!/usr/bin/env python3
"""Paired sweep benchmark: runs several sweep commands (and Tika batch) in alternation on the same corpus, in the
same run, and prints for each the median wall time and, above all, the median process CPU time (user + system of
the whole process tree: on a shared 2-core machine it is much steadier than the wall time).

    src/bench/sweep-compare.py --corpus target/bench/corpus-300 --rounds 3 \
        base='java -Xmx512m -jar /tmp/vigie-base.jar sweep {corpus} --out {out} --jobs 2 --progress none --no-ocr' \
        new='java -Xmx512m -jar target/vigie.jar sweep {corpus} --out {out} --jobs 2 --progress none --no-ocr' \
        tika='java -Xmx512m -jar target/bench/tika-app-3.2.2.jar -t -numConsumers 2 -JXmx512m -i {corpus} -o {out}'

With --threads, the CPU time of every thread of the process tree is sampled from /proc and summed by thread name
(JIT compilers, readers, workers, GC...), for the first round of each command.
"""
import argparse
import os
import re
import shlex
import shutil
import statistics
import subprocess
import sys
import time

CLK = os.sysconf("SC_CLK_TCK")


def children(pid):
    out = []
    try:
        for tid in os.listdir(f"/proc/{pid}/task"):
            try:
                with open(f"/proc/{pid}/task/{tid}/children") as f:
                    out += [int(c) for c in f.read().split()]
            except OSError:
                pass
    except OSError:
        pass
    return out


def tree(pid):
    todo, seen = [pid], []
    while todo:
        p = todo.pop()
        seen.append(p)
        todo += children(p)
    return seen


def group(name):
    name = re.sub(r"#?\d+$", "", name).strip()
    if name.startswith("C2 Compiler"):
        return "JIT C2"
    if name.startswith("C1 Compiler"):
        return "JIT C1"
    if name.startswith(("GC Thread", "G1 ", "VM Thread", "GC ")) or "Conc" in name and "G1" in name:
        return "GC/VM"
    return name


def run(cmd, threads):
    start = time.monotonic()
    proc = subprocess.Popen(cmd, shell=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    per_thread = {}  # (pid, tid) -> (name, ticks)
    while proc.poll() is None:
        if threads:
            for p in tree(proc.pid):
                try:
                    for tid in os.listdir(f"/proc/{p}/task"):
                        try:
                            with open(f"/proc/{p}/task/{tid}/stat") as f:
                                s = f.read()
                            name = s[s.index("(") + 1:s.rindex(")")]
                            fields = s[s.rindex(")") + 2:].split()
                            per_thread[(p, tid)] = (name, int(fields[11]) + int(fields[12]))
                        except (OSError, ValueError):
                            pass
                except OSError:
                    pass
        time.sleep(0.2 if threads else 0.05)
    wall = time.monotonic() - start
    err = proc.stderr.read()
    return wall, err, per_thread


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--work", default="target/bench/compare")
    ap.add_argument("--threads", action="store_true")
    ap.add_argument("variants", nargs="+", help="label=command, {corpus} and {out} substituted")
    a = ap.parse_args()
    variants = [v.split("=", 1) for v in a.variants]
    results = {label: [] for label, _ in variants}
    os.makedirs(a.work, exist_ok=True)
    # Same page cache for all: read every file once.
    subprocess.run(f"find {shlex.quote(a.corpus)} -type f -exec cat {{}} + >/dev/null", shell=True)
    for r in range(a.rounds):
        order = variants if r % 2 == 0 else list(reversed(variants))
        for label, cmd in order:
            out = os.path.join(a.work, f"out-{label}")
            shutil.rmtree(out, ignore_errors=True)
            timefile = os.path.join(a.work, f"{label}.time")
            full = f"/usr/bin/time -f '%e %U %S %M' -o {timefile} " + cmd.format(corpus=a.corpus, out=out)
            load = os.getloadavg()[0]
            wall, err, per_thread = run(full, a.threads and r == 0)
            with open(timefile) as f:
                e, u, s, m = f.read().split()[-4:]
            results[label].append((float(e), float(u) + float(s), int(m) / 1024, load))
            print(f"round {r + 1} {label:>10}: wall {float(e):6.1f} s  cpu {float(u) + float(s):6.1f} s "
                  f"(user {u}, sys {s})  rss {int(m) / 1024:5.0f} MB  load {load:.1f}", flush=True)
            with open(os.path.join(a.work, f"{label}.err"), "w") as f:
                f.write(err)
            if per_thread:
                by = {}
                for name, ticks in per_thread.values():
                    by[group(name)] = by.get(group(name), 0) + ticks / CLK
                total = sum(by.values())
                for name, sec in sorted(by.items(), key=lambda kv: -kv[1])[:14]:
                    print(f"      {name:28} {sec:6.1f} s  {100 * sec / total:4.1f} %")
    print("\nmedians")
    base = None
    for label, _ in variants:
        rs = results[label]
        wall = statistics.median(x[0] for x in rs)
        cpu = statistics.median(x[1] for x in rs)
        rss = max(x[2] for x in rs)
        if base is None:
            base = (wall, cpu)
        print(f"{label:>10}: wall {wall:6.1f} s ({wall / base[0]:.2f})  cpu {cpu:6.1f} s ({cpu / base[1]:.2f})  "
              f"max rss {rss:5.0f} MB   walls {[x[0] for x in rs]}  cpus {[round(x[1], 1) for x in rs]}")


if __name__ == "__main__":
    main()
