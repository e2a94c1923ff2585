"""Curator decisions: a spreadsheet round trip, strict validation, and applying decisions.

A decision names a record, a field and a value: ``accept`` (keep, now curator-confirmed),
``reject`` (drop), ``replace`` (value -> new_value), ``add`` (a value the machine missed); on
the pseudo-field ``record``, ``include``/``exclude`` (with a reason) decide the record itself.
Decisions are stored, never folded into machine output, and re-applied on every export, so
they survive re-extraction. Later decisions win over earlier ones for the same value.

The sheet opens cleanly in Excel/LibreOffice: UTF-8 (optionally with BOM), one row per record
and field, and any cell starting with ``= + - @`` (or tab/CR) is prefixed with ``'`` so it is
never run as a formula; the prefix is removed again on import.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from extract.nlp.lexicon import FIELDS

LIST_FIELDS = FIELDS  # the guide's list-valued label fields
SCALAR_FIELDS = ("hybrid_membrane", "in_vivo", "study_type")
RECORD_FIELD = "record"
CURATABLE_FIELDS = (*LIST_FIELDS, *SCALAR_FIELDS, RECORD_FIELD)
VALUE_ACTIONS = ("accept", "reject", "replace", "add")
RECORD_ACTIONS = ("include", "exclude")
SHEET_COLUMNS = (
    "record_id",
    "title",
    "field",
    "machine_values",
    "evidence",
    "decision",
    "value",
    "new_value",
    "reason",
    "curator",
    "note",
)
SCALAR_VOCABULARY = {
    "hybrid_membrane": {"true", "false"},
    "in_vivo": {"true", "false", "null"},
    "study_type": {"original", "review"},
}
FREE_TEXT_FIELDS = frozenset({"payloads", "cell_lines"})
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class SheetProblem:
    row: int  # 1-based, header is row 1
    message: str

    def describe(self) -> str:
        return f"row {self.row}: {self.message}"


class CurationError(ValueError):
    """A sheet with problems: nothing from it was applied."""

    def __init__(self, problems: list[SheetProblem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.describe() for p in problems[:10]))


def neutralize(cell: Any) -> str:
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def unneutralize(cell: str) -> str:
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_STARTS else cell


def _scalar_text(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def sheet_rows(records: Iterable[Mapping[str, Any]]) -> list[dict[str, str]]:
    """One row per record x field; ``records`` are curated export rows (see exports)."""
    rows = []
    for record in records:
        labels = record["labels"]
        sentences = record.get("evidence_sentences", {})
        for name in CURATABLE_FIELDS:
            if name == RECORD_FIELD:
                values = ["included" if record.get("included") else "excluded"]
            elif name in SCALAR_FIELDS:
                values = [_scalar_text(labels.get(name))]
            else:
                values = list(labels.get(name) or [])
            evidence = " | ".join(
                f"{v}: {sentences[name][v]}" for v in values if v in sentences.get(name, {})
            )
            rows.append(
                {
                    "record_id": record["record_id"],
                    "title": record.get("title") or "",
                    "field": name,
                    "machine_values": ";".join(values),
                    "evidence": evidence[:2000],
                    **{c: "" for c in SHEET_COLUMNS[5:]},
                }
            )
    return rows


def write_sheet(rows: list[dict[str, str]], bom: bool = False) -> str:
    out = io.StringIO()
    if bom:
        out.write("\ufeff")
    writer = csv.DictWriter(out, fieldnames=SHEET_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralize(row.get(k, "")) for k in SHEET_COLUMNS})
    return out.getvalue()


def read_sheet(
    text: str,
    known_records: set[str],
    vocabulary: Mapping[str, set[str]],
    default_curator: str | None = None,
) -> list[dict[str, Any]]:
    """Decisions from a filled-in sheet; raises CurationError naming every bad row."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = {"record_id", "field", "decision", "value"} - set(reader.fieldnames or [])
    if missing:
        raise CurationError([SheetProblem(1, f"missing columns: {', '.join(sorted(missing))}")])
    decisions: list[dict[str, Any]] = []
    problems: list[SheetProblem] = []
    seen: dict[tuple[str, str, str], tuple[str, int]] = {}
    for number, raw in enumerate(reader, start=2):
        row = {k: unneutralize((v or "").strip()) for k, v in raw.items() if k}
        action = row.get("decision", "").lower()
        if not action:
            continue  # an untouched row
        problem = _check_row(row, action, known_records, vocabulary)
        if problem:
            problems.append(SheetProblem(number, problem))
            continue
        key = (row["record_id"], row["field"], row.get("value", "").lower())
        if key in seen and seen[key][0] != action:
            problems.append(
                SheetProblem(
                    number,
                    f"conflicts with row {seen[key][1]} ({seen[key][0]} vs "
                    f"{action} of {row['field']} {row.get('value')!r})",
                )
            )
            continue
        seen[key] = (action, number)
        decisions.append(
            {
                "record_id": row["record_id"],
                "field": row["field"],
                "action": action,
                "value": row.get("value") or None,
                "new_value": row.get("new_value") or None,
                "reason": row.get("reason") or None,
                "curator": row.get("curator") or default_curator,
                "note": row.get("note") or None,
            }
        )
    if problems:
        raise CurationError(problems)
    return decisions


def _check_row(
    row: Mapping[str, str],
    action: str,
    known_records: set[str],
    vocabulary: Mapping[str, set[str]],
) -> str | None:
    record_id, name = row.get("record_id", ""), row.get("field", "")
    if record_id not in known_records:
        return f"unknown record {record_id!r}"
    if name not in CURATABLE_FIELDS:
        return f"unknown field {name!r} (one of {', '.join(CURATABLE_FIELDS)})"
    if name == RECORD_FIELD:
        if action not in RECORD_ACTIONS:
            return f"decision on 'record' must be include or exclude, not {action!r}"
        if action == "exclude" and not row.get("reason"):
            return "exclude needs a reason"
        return None
    if action not in VALUE_ACTIONS:
        return f"unknown decision {action!r} (one of {', '.join(VALUE_ACTIONS)})"
    value, new_value = row.get("value", ""), row.get("new_value", "")
    if not value:
        return f"{action} needs a value"
    if action == "replace" and not new_value:
        return "replace needs a new_value"
    allowed = SCALAR_VOCABULARY.get(name) or vocabulary.get(name)
    if allowed is not None and name not in FREE_TEXT_FIELDS:
        for candidate in (value, new_value) if action == "replace" else (value,):
            if candidate.lower() not in allowed:
                return f"unknown code {candidate!r} for {name}"
    return None


@dataclass
class Curated:
    """Labels after curation and, per field and value, who set it."""

    labels: dict[str, Any]
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    included: bool | None = None  # None: no curator decision on the record
    exclusion_reason: str | None = None
    decisions: int = 0


def apply_curations(labels: Mapping[str, Any], decisions: Iterable[Mapping[str, Any]]) -> Curated:
    """Machine labels + decisions (in order) -> curated labels with value sources."""
    result = {k: (list(v) if isinstance(v, list) else v) for k, v in labels.items()}
    sources: dict[str, dict[str, str]] = {
        name: {str(v): "machine" for v in result.get(name) or []} for name in LIST_FIELDS
    }
    for name in SCALAR_FIELDS:
        sources[name] = {_scalar_text(result.get(name)): "machine"}
    curated = Curated(labels=result, sources=sources)
    for decision in decisions:
        curated.decisions += 1
        name, action = decision["field"], decision["action"]
        if name == RECORD_FIELD:
            curated.included = action == "include"
            curated.exclusion_reason = decision.get("reason") if action == "exclude" else None
            continue
        if name in SCALAR_FIELDS:
            _apply_scalar(curated, name, action, decision)
        else:
            _apply_list(curated, name, action, decision)
    return curated


def _same(a: str, b: str, name: str) -> bool:
    return a.lower() == b.lower() if name in FREE_TEXT_FIELDS else a == b


def _apply_list(curated: Curated, name: str, action: str, decision: Mapping[str, Any]) -> None:
    values: list[str] = curated.labels.setdefault(name, [])
    sources = curated.sources.setdefault(name, {})
    value = str(decision.get("value") or "")
    existing = next((v for v in values if _same(v, value, name)), None)
    if action in {"reject", "replace"} and existing is not None:
        values.remove(existing)
        sources.pop(existing, None)
    if action == "replace":
        value = str(decision["new_value"])
    if action in {"accept", "add", "replace"}:
        if existing is None or action == "replace":
            values.append(value)
        sources[existing if (existing and action != "replace") else value] = "curator"
    values.sort(key=str.lower)


def _apply_scalar(curated: Curated, name: str, action: str, decision: Mapping[str, Any]) -> None:
    value = str(decision.get("new_value") if action == "replace" else decision.get("value"))
    parsed: Any = {"true": True, "false": False, "null": None}.get(value.lower(), value.lower())
    if action in {"replace", "add", "accept"}:
        curated.labels[name] = parsed
        curated.sources[name] = {_scalar_text(parsed): "curator"}
    elif action == "reject" and _scalar_text(curated.labels.get(name)) == value.lower():
        curated.labels[name] = None
        curated.sources[name] = {"null": "curator"}
