"""The curated evidence table: wide and tidy CSV/Parquet, data dictionary, PRISMA counts.

Everything is built from the store (records + current extractions + curator decisions) by pure
functions, validated with pandera, and written atomically (temporary file + rename) into
``outputs/<run_id>/`` and copied to ``outputs/latest/``. The same store gives byte-identical
CSV files: rows are sorted, floats rounded, and no timestamp goes into a table.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd
import pandera.pandas as pa

from extract.curation import LIST_FIELDS, SCALAR_FIELDS, apply_curations
from extract.store import Store

WIDE_COLUMNS = (
    "record_id",
    "pmid",
    "doi",
    "title",
    "year",
    "journal",
    "study_type",
    "relevance_score",
    "in_vivo",
    "membrane_sources",
    "hybrid_membrane",
    "cores",
    "payloads",
    "modalities",
    "cancer_types",
    "cell_lines",
    "included",
    "exclusion_reason",
    "curated_values",
    "pipeline_version",
)
LONG_COLUMNS = (
    "record_id",
    "field",
    "value",
    "ontology_id",
    "evidence_text",
    "sentence",
    "section",
    "start",
    "end",
    "source",
    "confidence",
    "rule",
)
DATA_DICTIONARY = (
    ("evidence.csv", "record_id", "PMID when known, else the record's doc_id (doi:..., url:...)"),
    ("evidence.csv", "pmid", "PubMed identifier (empty when unknown)"),
    ("evidence.csv", "doi", "Digital Object Identifier (empty when unknown)"),
    ("evidence.csv", "title", "Article title as published"),
    ("evidence.csv", "year", "Publication year (PubDate, else MedlineDate, else ArticleDate)"),
    ("evidence.csv", "journal", "Journal (or book) title"),
    ("evidence.csv", "study_type", "original | review (curated when a curator decided)"),
    ("evidence.csv", "relevance_score", "0..1: screening model blended with extraction rules"),
    ("evidence.csv", "in_vivo", "true | false | empty (reviews): animal or human experiments"),
    ("evidence.csv", "membrane_sources", "';'-separated codes of the annotation guide"),
    ("evidence.csv", "hybrid_membrane", "true when two or more membranes are fused"),
    ("evidence.csv", "cores", "';'-separated core codes"),
    ("evidence.csv", "payloads", "';'-separated payload names (lower-case INN/common name)"),
    ("evidence.csv", "modalities", "';'-separated therapy modality codes"),
    ("evidence.csv", "cancer_types", "';'-separated cancer type codes"),
    ("evidence.csv", "cell_lines", "';'-separated cell line names as written"),
    ("evidence.csv", "included", "true when the record is in the evidence table's scope"),
    ("evidence.csv", "exclusion_reason", "why an excluded record was excluded"),
    ("evidence.csv", "curated_values", "how many values a curator set (accepted/added/changed)"),
    ("evidence.csv", "pipeline_version", "cmnp-extract version + lexicon + screening versions"),
    ("evidence_long.csv", "record_id", "as in evidence.csv"),
    ("evidence_long.csv", "field", "label field of the annotation guide"),
    ("evidence_long.csv", "value", "one code/value of that field"),
    ("evidence_long.csv", "ontology_id", "Cell Ontology / ChEBI / DOID / Cellosaurus id if any"),
    ("evidence_long.csv", "evidence_text", "the words of the text that support the value"),
    ("evidence_long.csv", "sentence", "the sentence holding the evidence"),
    ("evidence_long.csv", "section", "title | abstract"),
    ("evidence_long.csv", "start", "character offset of evidence_text in that section"),
    ("evidence_long.csv", "end", "end offset (exclusive): section[start:end] == evidence_text"),
    ("evidence_long.csv", "source", "machine | curator"),
    ("evidence_long.csv", "confidence", "0..1 for machine values; empty for curator values"),
    ("evidence_long.csv", "rule", "the rule or model that produced a machine value"),
)

_WIDE_SCHEMA = pa.DataFrameSchema(
    {
        "record_id": pa.Column(str, unique=True),
        "study_type": pa.Column(str, pa.Check.isin(["original", "review"])),
        "relevance_score": pa.Column(float, pa.Check.in_range(0, 1), nullable=True),
        "included": pa.Column(bool),
    },
    strict=False,
)
_LONG_SCHEMA = pa.DataFrameSchema(
    {
        "record_id": pa.Column(str),
        "field": pa.Column(str, pa.Check.isin([*LIST_FIELDS, *SCALAR_FIELDS])),
        "value": pa.Column(str),
        "source": pa.Column(str, pa.Check.isin(["machine", "curator"])),
    },
    strict=False,
)


def curated_records(store: Store) -> list[dict[str, Any]]:
    """Every live record that has an extraction, with curator decisions applied."""
    extractions = store.current_extractions()
    by_record: dict[str, list[dict[str, Any]]] = {}
    for decision in store.curations():
        by_record.setdefault(decision["record_id"], []).append(decision)
    found = []
    for stored in store.iter_records():
        extraction = extractions.get(stored.record_id)
        if extraction is None:
            continue
        curated = apply_curations(extraction["labels"], by_record.get(stored.record_id, []))
        machine_relevant = bool(extraction["labels"].get("relevant"))
        included = curated.included if curated.included is not None else machine_relevant
        reason = curated.exclusion_reason or (None if included else "not relevant (screening)")
        article = stored.article
        found.append(
            {
                "record_id": stored.record_id,
                "export_id": article.pmid or stored.record_id,
                "article": article,
                "title": article.title,
                "labels": curated.labels,
                "sources": curated.sources,
                "mentions": extraction.get("mentions", []),
                "relevance_score": extraction.get("relevance_score"),
                "included": included,
                "exclusion_reason": reason,
                "curated_values": sum(
                    1
                    for values in curated.sources.values()
                    for s in values.values()
                    if s == "curator"
                ),
                "pipeline_version": extraction["pipeline_version"],
                "evidence_sentences": _sentences(extraction.get("mentions", [])),
            }
        )
    return found


def _sentences(mentions: Sequence[Mapping[str, Any]]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for m in mentions:
        found.setdefault(m["field"], {}).setdefault(str(m["value"]), m["sentence"])
    return found


def _joined(values: Iterable[Any]) -> str:
    return ";".join(sorted((str(v) for v in values), key=str.lower))


def _flag(value: Any) -> str:
    return "" if value is None else ("true" if value else "false")


def _in_scope(
    records: Sequence[Mapping[str, Any]], include_excluded: bool
) -> Iterator[Mapping[str, Any]]:
    return (r for r in records if r["included"] or include_excluded)


def wide_table(
    records: Sequence[Mapping[str, Any]], include_excluded: bool = False
) -> pd.DataFrame:
    rows = []
    for r in _in_scope(records, include_excluded):
        labels, article = r["labels"], r["article"]
        rows.append(
            {
                "record_id": r["export_id"],
                "pmid": article.pmid or "",
                "doi": article.doi or "",
                "title": article.title,
                "year": "" if article.year is None else str(article.year),
                "journal": article.journal or "",
                "study_type": labels.get("study_type") or "original",
                "relevance_score": (
                    None if r["relevance_score"] is None else round(float(r["relevance_score"]), 4)
                ),
                "in_vivo": _flag(labels.get("in_vivo")),
                **{name: _joined(labels.get(name) or []) for name in LIST_FIELDS},
                "hybrid_membrane": _flag(bool(labels.get("hybrid_membrane"))),
                "included": bool(r["included"]),
                "exclusion_reason": r["exclusion_reason"] or "",
                "curated_values": int(r["curated_values"]),
                "pipeline_version": r["pipeline_version"],
            }
        )
    frame = pd.DataFrame(rows, columns=list(WIDE_COLUMNS))
    frame = frame.sort_values("record_id", kind="stable").reset_index(drop=True)
    return _WIDE_SCHEMA.validate(frame.astype({"included": bool, "relevance_score": float}))


def long_table(
    records: Sequence[Mapping[str, Any]], include_excluded: bool = False
) -> pd.DataFrame:
    rows = []
    for r in _in_scope(records, include_excluded):
        best: dict[tuple[str, str], Mapping[str, Any]] = {}
        for m in r["mentions"]:
            key = (m["field"], str(m["value"]).lower())
            current = best.get(key)
            if current is None or (-m["confidence"], m["section"] != "title", m["start"]) < (
                -current["confidence"],
                current["section"] != "title",
                current["start"],
            ):
                best[key] = m
        for name in (*LIST_FIELDS, *SCALAR_FIELDS):
            for value, source in sorted(r["sources"].get(name, {}).items()):
                if name in SCALAR_FIELDS and value in {"false", "null"} and source == "machine":
                    continue
                mention = best.get((name, value.lower()))
                rows.append(_long_row(r["export_id"], name, value, source, mention))
    frame = pd.DataFrame(rows, columns=list(LONG_COLUMNS))
    frame = frame.sort_values(["record_id", "field", "value"], kind="stable").reset_index(drop=True)
    return _LONG_SCHEMA.validate(frame)


def _long_row(
    record_id: str, name: str, value: str, source: str, mention: Mapping[str, Any] | None
) -> dict[str, Any]:
    machine = source == "machine" and mention is not None
    return {
        "record_id": record_id,
        "field": name,
        "value": value,
        "ontology_id": (mention or {}).get("ontology_id") or "",
        "evidence_text": (mention or {}).get("text", ""),
        "sentence": (mention or {}).get("sentence", ""),
        "section": (mention or {}).get("section", ""),
        "start": "" if mention is None else str(mention["start"]),
        "end": "" if mention is None else str(mention["end"]),
        "source": source,
        "confidence": f"{mention['confidence']:.2f}" if machine and mention else "",
        "rule": (mention or {}).get("rule", "") if machine else "",
    }


def prisma_counts(store: Store, records: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    reasons: dict[str, int] = {}
    for r in records:
        if not r["included"]:
            reasons[r["exclusion_reason"]] = reasons.get(r["exclusion_reason"], 0) + 1
    live = store.count()
    duplicates = store.duplicate_count()
    return {
        "identified": store.count(include_deleted=True) + duplicates,
        "duplicates_removed": duplicates,
        "withdrawn_by_pubmed": store.count(include_deleted=True) - live,
        "screened": len(records),
        "awaiting_extraction": live - len(records),
        "excluded": sum(reasons.values()),
        "excluded_by_reason": dict(sorted(reasons.items())),
        "included": sum(1 for r in records if r["included"]),
    }


def _atomic_write_bytes(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "wb") as out:
        out.write(data)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    text: str = frame.to_csv(index=False, lineterminator="\n")
    return text.encode("utf-8")


def _parquet_bytes(frame: pd.DataFrame) -> bytes:
    import io

    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False, engine="pyarrow")
    return buffer.getvalue()


EXPORT_FORMATS = ("csv", "parquet")


def write_exports(
    store: Store,
    out_dir: Path,
    run_id: str,
    formats: Sequence[str] = ("csv", "parquet"),
    include_excluded: bool = False,
) -> dict[str, Any]:
    """Write the evidence table into ``out_dir/run_id`` and refresh ``out_dir/latest``."""
    unknown = [f for f in formats if f not in EXPORT_FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(EXPORT_FORMATS)}")
    records = curated_records(store)
    wide = wide_table(records, include_excluded)
    tidy = long_table(records, include_excluded)
    target = out_dir / run_id
    files: dict[str, bytes] = {
        "data_dictionary.csv": _csv_bytes(
            pd.DataFrame(DATA_DICTIONARY, columns=["file", "column", "description"])
        ),
        "prisma.json": (
            json.dumps(prisma_counts(store, records), indent=2, sort_keys=True) + "\n"
        ).encode(),
    }
    if "csv" in formats:
        files["evidence.csv"] = _csv_bytes(wide)
        files["evidence_long.csv"] = _csv_bytes(tidy)
    if "parquet" in formats:
        files["evidence.parquet"] = _parquet_bytes(wide)
        files["evidence_long.parquet"] = _parquet_bytes(tidy)
    for name, data in sorted(files.items()):
        _atomic_write_bytes(target / name, data)
    latest = out_dir / "latest"
    staging = out_dir / f".latest.{run_id}"
    shutil.rmtree(staging, ignore_errors=True)
    shutil.copytree(target, staging)
    if latest.exists():
        shutil.rmtree(latest)
    os.replace(staging, latest)
    return {
        "run_dir": str(target),
        "records": len(wide),
        "values": len(tidy),
        "files": sorted(files),
    }
