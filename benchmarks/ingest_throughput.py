"""Ingest throughput: the full pipeline into SQLite vs mail-parser alone on the same bytes,
measured side by side in one run, plus peak memory for a 10k and a 100k-message mbox.

Run: .venv/bin/python benchmarks/ingest_throughput.py [--messages 10000] [--big 100000] [--in-process]
Targets: full pipeline >= 0.5x the bare mail-parser rate; peak memory flat (10k vs 100k).
A bulk import reads ahead (parse + new text) in a helper process when there is a second CPU;
``--in-process`` measures it without (as a live source, one message at a time, runs).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import mailparser
from mailgen import messages, write_mbox


def bare_rate(raws: list[bytes]) -> float:
    start = time.perf_counter()
    for raw in raws:
        mailparser.parse_from_bytes(raw)
    return len(raws) / (time.perf_counter() - start)


def pipeline_rate(raws: list[bytes], tmp: Path, read_ahead: bool) -> tuple[float, dict[str, int]]:
    from store.directory import add_member, add_project
    from workflows.app import App
    from workflows.config import Settings

    app = App.open(Settings(db_url=f"sqlite:///{tmp / 'bench.db'}", base_dir=tmp, secret="x",
                            project_domains=("projects.example.com",)))
    project = add_project("acme", "ACME", ["acme.com"])
    for email in ("sam@agency.io", "alex@agency.io", "priya@agency.io"):
        add_member(project, email, "team")
    pipe = app.pipeline()
    start = time.perf_counter()
    counts = pipe.ingest_many(((f"bench#{i}", raw) for i, raw in enumerate(raws)), read_ahead=read_ahead)
    rate = len(raws) / (time.perf_counter() - start)
    app.close()
    return rate, counts


def peak_rss_mb(mbox: Path, tmp: Path) -> tuple[float, float]:
    """Peak RSS of a real `trackfront ingest` of the mbox, in a child process, and of the
    read-ahead helper that one starts (0 when it reads everything itself)."""
    db = tmp / f"mem-{mbox.stem}.db"
    # (the arguments are read once: the first command replaces sys.argv)
    code = (
        "import resource, sys;"
        "from workflows.cli import main;"
        "db, mbox = sys.argv[1], sys.argv[2];"
        "sys.argv=['trackfront','--db',db,'project','add','acme','--name','A','--client-domain','acme.com'];"
        "\ntry: main()\nexcept SystemExit: pass\n"
        "sys.argv=['trackfront','--db',db,'ingest','--json','--project','acme','--accept-unknown',mbox];"
        "\ntry: main()\nexcept SystemExit: pass\n"
        "print('RSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,"
        " resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)"
    )
    out = subprocess.run([sys.executable, "-c", code, f"sqlite:///{db}", str(mbox)], capture_output=True,
                         text=True, cwd=ROOT, check=True).stdout
    counts = json.loads(next(line for line in out.splitlines() if line.startswith("{")))
    if counts["ingested"] == 0:
        raise SystemExit(f"the memory run ingested nothing: {out}")
    kb, helper_kb = (int(v) for v in next(line for line in out.splitlines() if line.startswith("RSS")).split()[1:])
    return kb / 1024, helper_kb / 1024


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--messages", type=int, default=10_000)
    ap.add_argument("--big", type=int, default=100_000, help="messages in the big mbox (0 to skip memory)")
    ap.add_argument("--in-process", action="store_true", help="no read-ahead helper process")
    args = ap.parse_args()
    raws = list(messages(args.messages))
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        bare = bare_rate(raws)
        full, counts = pipeline_rate(raws, tmp, read_ahead=not args.in_process)
        bare2 = bare_rate(raws)  # again, so machine noise shows
        print(f"messages: {len(raws)}  outcome: {json.dumps(counts)}")
        print(f"mail-parser alone : {bare:8.0f} msg/s (second pass {bare2:.0f} msg/s)")
        mode = "in one process" if args.in_process else "read-ahead helper when 2+ CPUs"
        print(f"full pipeline     : {full:8.0f} msg/s (SQLite, WAL, {mode})")
        ratio = full / ((bare + bare2) / 2)
        print(f"ratio pipeline / mail-parser: {ratio:.2f}  (target >= 0.5)")
        if args.big:
            small, big = tmp / "small.mbox", tmp / "big.mbox"
            write_mbox(str(small), args.messages)
            write_mbox(str(big), args.big, seed=8)
            m_small, h_small = peak_rss_mb(small, tmp)
            m_big, h_big = peak_rss_mb(big, tmp)
            print(f"peak RSS: {args.messages} msgs {m_small:.0f} MB, {args.big} msgs {m_big:.0f} MB, "
                  f"ratio {m_big / m_small:.2f} (flat means ~1.0; file sizes "
                  f"{small.stat().st_size >> 20} MB vs {big.stat().st_size >> 20} MB)")
            print(f"  read-ahead helper peak RSS: {h_small:.0f} MB vs {h_big:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
