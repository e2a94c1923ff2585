"""Parse throughput and peak memory: our parser vs Biopython ``Entrez.read`` vs a bare walk.

Each contender runs in its own child process (so peak RSS is its own), on generated
baseline-style files, side by side in one run. Ratios matter, not absolute times.

    python bench/bench_parse.py --records 200000 --slice 20000
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

from extract.pubmed.synthetic import write_synthetic_file


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_contender(name: str, path: Path) -> dict[str, float]:
    started = time.perf_counter()
    if name == "cmnp":
        from extract.pubmed.xml import iter_file
        from extract.records import Article

        count = sum(1 for e in iter_file(path) if isinstance(e, Article))
    elif name == "bare-iterparse":
        from lxml import etree

        count = 0
        for count, (_event, element) in enumerate(  # noqa: B007
            etree.iterparse(str(path), events=("end",), tag="PubmedArticle"), start=1
        ):
            element.clear(keep_tail=True)
            while element.getprevious() is not None:
                del element.getparent()[0]
    elif name == "biopython-Entrez.read":
        from Bio import Entrez

        with path.open("rb") as handle:
            count = len(Entrez.read(handle, validate=False)["PubmedArticle"])
    else:
        raise ValueError(f"unknown contender {name!r}")
    seconds = time.perf_counter() - started
    return {
        "records": count,
        "seconds": seconds,
        "records_per_s": count / seconds,
        "peak_rss_mb": _peak_rss_mb(),
    }


def measure(name: str, path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", name, str(path)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--slice", type=int, default=20_000)
    parser.add_argument("--workdir", type=Path, default=Path("bench/results"))
    parser.add_argument("--child", nargs=2, metavar=("NAME", "FILE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(run_contender(args.child[0], Path(args.child[1]))))
        return
    args.workdir.mkdir(parents=True, exist_ok=True)
    large = args.workdir / f"synthetic_{args.records}.xml"
    small = args.workdir / f"synthetic_{args.slice}.xml"
    for path, n in ((large, args.records), (small, args.slice)):
        if not path.exists():
            write_synthetic_file(path, range(30_000_001, 30_000_001 + n))
    rows = [
        ("cmnp (all fields)", large, measure("cmnp", large)),
        ("bare lxml iterparse walk", large, measure("bare-iterparse", large)),
        ("cmnp (all fields)", small, measure("cmnp", small)),
        ("Biopython Entrez.read", small, measure("biopython-Entrez.read", small)),
    ]
    lines = ["| parser | file records | records/s | peak RSS (MB) |", "|---|---:|---:|---:|"]
    for label, _path, r in rows:
        lines.append(
            f"| {label} | {int(r['records']):,} | {r['records_per_s']:,.0f} | "
            f"{r['peak_rss_mb']:,.0f} |"
        )
    ours_large, bare, ours_small, bio = (r for _l, _p, r in rows)
    lines += [
        "",
        f"- cmnp / Biopython (same {args.slice:,}-record file): "
        f"{ours_small['records_per_s'] / bio['records_per_s']:.2f}x (target >= 2.5x)",
        f"- cmnp / bare walk ({args.records:,} records): "
        f"{ours_large['records_per_s'] / bare['records_per_s']:.2f}x (target >= 0.5x)",
        f"- cmnp peak RSS on {args.records:,} records: {ours_large['peak_rss_mb']:.0f} MB "
        "(target < 150 MB)",
    ]
    report = "\n".join(lines)
    (args.workdir / "parse.md").write_text(report + "\n")
    print(report)


if __name__ == "__main__":
    main()
