"""Summary figures (PNG) and a static ``report.html`` from the exported evidence table.

Reads the files ``exports.write_exports`` wrote (so the report shows exactly what was
exported), draws with matplotlib's non-interactive Agg backend, and embeds the figures and a
sortable table in one HTML file that needs no server. Figures carry no timestamp, so the same
table gives the same images.
"""

from __future__ import annotations

import base64
import html
import json
from pathlib import Path
from typing import Any

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd

_PNG_METADATA = {"Software": None}  # keep files identical between runs


def _split(cell: str) -> list[str]:
    return [v for v in str(cell).split(";") if v]


def _save(figure: Any, path: Path) -> None:
    figure.tight_layout()
    figure.savefig(path, dpi=110, metadata=_PNG_METADATA)
    plt.close(figure)


def heatmap_membrane_by_modality(wide: pd.DataFrame, path: Path) -> None:
    pairs = [
        (m, t)
        for _, row in wide.iterrows()
        for m in _split(row["membrane_sources"])
        for t in _split(row["modalities"])
    ]
    figure, axes = plt.subplots(figsize=(9, 5))
    if pairs:
        table = pd.crosstab(
            pd.Series([p[0] for p in pairs], name="membrane source"),
            pd.Series([p[1] for p in pairs], name="modality"),
        )
        image = axes.imshow(table.values, cmap="viridis", aspect="auto")
        axes.set_xticks(range(len(table.columns)), table.columns, rotation=45, ha="right")
        axes.set_yticks(range(len(table.index)), table.index)
        for (i, j), value in pd.DataFrame(table.values).stack().items():
            axes.text(j, i, str(value), ha="center", va="center", color="white", fontsize=8)
        figure.colorbar(image, ax=axes, label="papers")
    axes.set_title("Membrane source x therapy modality (included papers)")
    _save(figure, path)


def papers_per_year(wide: pd.DataFrame, path: Path) -> None:
    rows = [
        (str(row["year"]), m)
        for _, row in wide.iterrows()
        if str(row["year"]).strip() not in {"", "nan"}
        for m in _split(row["membrane_sources"]) or ["unlabelled"]
    ]
    figure, axes = plt.subplots(figsize=(9, 4.5))
    if rows:
        table = pd.crosstab(
            pd.Series([r[0] for r in rows], name="year"),
            pd.Series([r[1] for r in rows], name="membrane"),
        )
        table.sort_index().plot.bar(stacked=True, ax=axes, width=0.8)
        axes.legend(fontsize=7, ncol=2)
    axes.set_ylabel("papers")
    axes.set_title("Papers per year by membrane source")
    _save(figure, path)


def payload_frequency(wide: pd.DataFrame, path: Path, top: int = 20) -> None:
    counts = pd.Series([p for cell in wide["payloads"] for p in _split(cell)]).value_counts()
    counts = counts.sort_index().sort_values(ascending=False, kind="stable").head(top)
    figure, axes = plt.subplots(figsize=(8, 5))
    if not counts.empty:
        counts.iloc[::-1].plot.barh(ax=axes)
    axes.set_xlabel("papers")
    axes.set_title(f"Payloads (top {top})")
    _save(figure, path)


def prisma_figure(prisma: dict[str, Any], path: Path) -> None:
    boxes = [
        f"Records identified\nn = {prisma['identified']}",
        f"Duplicates removed: {prisma.get('duplicates_removed', 0)}\n"
        f"Withdrawn by PubMed: {prisma['withdrawn_by_pubmed']}",
        f"Records screened\nn = {prisma['screened']}",
        f"Records excluded\nn = {prisma['excluded']}",
        f"Included in the evidence table\nn = {prisma['included']}",
    ]
    figure, axes = plt.subplots(figsize=(6, 6.5))
    axes.axis("off")
    for i, text in enumerate(boxes):
        y = 0.9 - i * 0.2
        side = i in {1, 3}
        x = 0.72 if side else 0.3
        axes.text(
            x,
            y,
            text,
            ha="center",
            va="center",
            fontsize=10,
            bbox={"boxstyle": "round", "facecolor": "#eef" if not side else "#fee"},
        )
        if not side and i < 4:
            axes.annotate(
                "", xy=(0.3, y - 0.32), xytext=(0.3, y - 0.06), arrowprops={"arrowstyle": "->"}
            )
    reasons = "\n".join(f"{k}: {v}" for k, v in prisma.get("excluded_by_reason", {}).items())
    axes.text(0.72, 0.18, reasons, ha="center", va="top", fontsize=8)
    axes.set_title("PRISMA-style flow")
    _save(figure, path)


def _embed(path: Path) -> str:
    data = base64.b64encode(path.read_bytes()).decode()
    return f'<img alt="{html.escape(path.stem)}" src="data:image/png;base64,{data}">'


_SORT_SCRIPT = """
<script>
document.querySelectorAll('th').forEach((th, col) => th.addEventListener('click', () => {
  const body = th.closest('table').tBodies[0];
  const rows = Array.from(body.rows);
  const asc = th.dataset.asc !== 'true';
  th.dataset.asc = asc;
  rows.sort((a, b) => {
    const x = a.cells[col].innerText, y = b.cells[col].innerText;
    const nx = parseFloat(x), ny = parseFloat(y);
    const c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
    return asc ? c : -c;
  });
  rows.forEach(r => body.appendChild(r));
}));
</script>
"""


def write_report(export_dir: Path) -> Path:
    """Figures and ``report.html`` next to the exported files; returns the report's path."""
    wide = pd.read_csv(export_dir / "evidence.csv", dtype=str, keep_default_na=False)
    prisma = json.loads((export_dir / "prisma.json").read_text(encoding="utf-8"))
    figures = {
        "membrane_by_modality.png": heatmap_membrane_by_modality,
        "papers_per_year.png": papers_per_year,
        "payload_frequency.png": payload_frequency,
    }
    for name, draw in figures.items():
        draw(wide, export_dir / name)
    prisma_figure(prisma, export_dir / "prisma.png")
    columns = [
        "record_id",
        "year",
        "title",
        "study_type",
        "membrane_sources",
        "cores",
        "payloads",
        "modalities",
        "cancer_types",
        "in_vivo",
        "relevance_score",
    ]
    table_rows = "\n".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row[c]))}</td>" for c in columns) + "</tr>"
        for _, row in wide.iterrows()
    )
    counts = "".join(
        f"<li>{html.escape(k.replace('_', ' '))}: {html.escape(str(v))}</li>"
        for k, v in prisma.items()
        if not isinstance(v, dict)
    )
    page = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>CMNP evidence table</title>
<style>
body {{ font-family: sans-serif; margin: 2em; }}
table {{ border-collapse: collapse; font-size: 12px; }}
td, th {{ border: 1px solid #ccc; padding: 3px 6px; vertical-align: top; }}
th {{ cursor: pointer; background: #f4f4f8; }}
img {{ max-width: 48%; margin: 0.5em; border: 1px solid #eee; }}
</style></head><body>
<h1>Cell membrane-coated nanoparticles in cancer: evidence table</h1>
<p>{len(wide)} included records. Click a column header to sort.</p>
<ul>{counts}</ul>
{_embed(export_dir / "prisma.png")}
{"".join(_embed(export_dir / name) for name in figures)}
<table><thead><tr>{"".join(f"<th>{c}</th>" for c in columns)}</tr></thead>
<tbody>
{table_rows}
</tbody></table>
{_SORT_SCRIPT}
</body></html>
"""
    target = export_dir / "report.html"
    target.write_text(page, encoding="utf-8")
    return target
