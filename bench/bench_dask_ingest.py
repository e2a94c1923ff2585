"""``ingest_files`` throughput on a local Dask cluster: 1 worker vs 2 workers, one run.

Generates N records split over several baseline-style files, ingests them into a fresh store
with each runner, and reports records/s (parsing happens in parallel; merging into SQLite is
one writer in both cases). Needs no network; Prefect starts its temporary local server.

    python bench/bench_dask_ingest.py --records 200000 --files 8
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from extract.pubmed.synthetic import write_synthetic_file


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--files", type=int, default=8)
    parser.add_argument("--out", type=Path, default=Path("bench/results/dask_ingest.md"))
    args = parser.parse_args()
    from flows.living_review import ingest_files_on_dask

    work = Path(tempfile.mkdtemp(prefix="bench-dask-"))
    per_file = args.records // args.files
    originals = []
    for i in range(args.files):
        path = work / f"pubmed_part{i:02d}.xml.gz"
        start = 50_000_000 + i * per_file
        write_synthetic_file(path, range(start, start + per_file))
        originals.append(path)
    results = {}
    for workers in (1, 2):
        # each run reads its own copies: parsing is cached per file, and a cache hit would
        # measure nothing
        copies = work / f"run{workers}"
        copies.mkdir()
        paths = [str(shutil.copy(p, copies / p.name)) for p in originals]
        label = f"DaskTaskRunner, LocalCluster of {workers} worker{'s' * (workers > 1)}"
        db = work / f"{workers}.sqlite"
        started = time.perf_counter()
        ingest_files_on_dask(paths, str(db), workers)
        seconds = time.perf_counter() - started
        with sqlite3.connect(db) as conn:
            stored = conn.execute("SELECT count(*) FROM records").fetchone()[0]
        results[label] = (stored, stored / seconds)
    lines = [
        f"{per_file * args.files:,} records in {args.files} gzip files",
        "",
        "| runner | records stored | records/s |",
        "|---|---:|---:|",
    ]
    lines += [f"| {label} | {n:,} | {rate:,.0f} |" for label, (n, rate) in results.items()]
    (single, _), (double, _) = results.values()
    rates = [rate for _n, rate in results.values()]
    lines += [
        "",
        f"- speed-up with 2 Dask workers: {rates[1] / rates[0]:.2f}x",
        f"- same number of records stored: {single == double}",
    ]
    report = "\n".join(lines)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(report + "\n")
    print(report)


if __name__ == "__main__":
    main()
