"""Curation: the sheet round trip, validation that names bad rows, and applying decisions."""

from __future__ import annotations

import csv
import io

import pytest

from extract.curation import (
    CurationError,
    apply_curations,
    neutralize,
    read_sheet,
    sheet_rows,
    unneutralize,
    write_sheet,
)

VOCAB = {
    "membrane_sources": {"erythrocyte", "platelet", "macrophage"},
    "cores": {"plga", "gold"},
    "modalities": {"chemotherapy"},
    "cancer_types": {"breast"},
}
KNOWN = {"pmid:1", "pmid:2"}
HEADER = (
    "record_id,title,field,machine_values,evidence,decision,value,new_value,reason,curator,note\n"
)


def sheet(*rows: str) -> str:
    return HEADER + "".join(r + "\n" for r in rows)


@pytest.mark.parametrize("cell", ['=HYPERLINK("x")', "+1", "-2+3", "@SUM(A1)", "\tx"])
def test_formula_cells_are_neutralised_and_restored(cell):
    assert neutralize(cell).startswith("'")
    assert unneutralize(neutralize(cell)) == cell
    assert neutralize("plain") == "plain"


def test_sheet_has_one_row_per_record_and_field_and_opens_as_csv():
    record = {
        "record_id": "pmid:1",
        "title": '=Title, with "quotes"\nand a newline',
        "labels": {"membrane_sources": ["erythrocyte"], "cores": [], "in_vivo": True},
        "included": True,
        "evidence_sentences": {"membrane_sources": {"erythrocyte": "RBC membranes."}},
    }
    text = write_sheet(sheet_rows([record]), bom=True)
    assert text.startswith("\ufeffrecord_id,")
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert len(rows) == 10
    assert rows[0]["title"].startswith("'=Title")
    by_field = {r["field"]: r for r in rows}
    assert by_field["membrane_sources"]["evidence"] == "erythrocyte: RBC membranes."
    assert by_field["in_vivo"]["machine_values"] == "true"
    assert by_field["record"]["machine_values"] == "included"


def test_valid_sheet_gives_decisions():
    decisions = read_sheet(
        sheet(
            "pmid:1,,membrane_sources,,,reject,platelet,,,ana,",
            "pmid:1,,cores,,,replace,plga,gold,,,",
            "pmid:2,,record,,,exclude,,,sepsis model,,",
            "pmid:2,,payloads,,,add,Doxorubicin,,,,",
            "pmid:2,,cores,,,,,,,,",
        ),
        KNOWN,
        VOCAB,
        default_curator="bob",
    )
    assert [(d["field"], d["action"], d["curator"]) for d in decisions] == [
        ("membrane_sources", "reject", "ana"),
        ("cores", "replace", "bob"),
        ("record", "exclude", "bob"),
        ("payloads", "add", "bob"),
    ]


def test_bad_rows_are_all_named_and_nothing_is_returned():
    with pytest.raises(CurationError) as err:
        read_sheet(
            sheet(
                "pmid:9,,cores,,,reject,plga,,,,",
                "pmid:1,,cores,,,reject,titanium-foo,,,,",
                "pmid:1,,colour,,,add,red,,,,",
                "pmid:1,,cores,,,replace,plga,,,,",
                "pmid:1,,record,,,exclude,,,,,",
                "pmid:1,,cores,,,frobnicate,plga,,,,",
                "pmid:1,,membrane_sources,,,accept,platelet,,,,",
                "pmid:1,,membrane_sources,,,reject,platelet,,,,",
            ),
            KNOWN,
            VOCAB,
        )
    described = [p.describe() for p in err.value.problems]
    assert described == [
        "row 2: unknown record 'pmid:9'",
        "row 3: unknown code 'titanium-foo' for cores",
        "row 4: unknown field 'colour' (one of membrane_sources, cores, payloads, modalities, "
        "cancer_types, cell_lines, hybrid_membrane, in_vivo, study_type, record)",
        "row 5: replace needs a new_value",
        "row 6: exclude needs a reason",
        "row 7: unknown decision 'frobnicate' (one of accept, reject, replace, add)",
        "row 9: conflicts with row 8 (accept vs reject of membrane_sources 'platelet')",
    ]


def test_missing_columns_are_reported():
    with pytest.raises(CurationError, match="missing columns: decision"):
        read_sheet("record_id,field,value\npmid:1,cores,plga\n", KNOWN, VOCAB)


def test_applying_decisions():
    labels = {
        "membrane_sources": ["platelet", "erythrocyte"],
        "cores": ["plga"],
        "payloads": ["doxorubicin"],
        "cell_lines": ["4T1"],
        "in_vivo": False,
        "study_type": "original",
        "hybrid_membrane": False,
    }
    decisions = [
        {
            "record_id": "pmid:1",
            "field": "membrane_sources",
            "action": "reject",
            "value": "platelet",
        },
        {
            "record_id": "pmid:1",
            "field": "membrane_sources",
            "action": "accept",
            "value": "erythrocyte",
        },
        {
            "record_id": "pmid:1",
            "field": "cores",
            "action": "replace",
            "value": "plga",
            "new_value": "gold",
        },
        {"record_id": "pmid:1", "field": "payloads", "action": "add", "value": "paclitaxel"},
        {"record_id": "pmid:1", "field": "cell_lines", "action": "reject", "value": "4t1"},
        {
            "record_id": "pmid:1",
            "field": "in_vivo",
            "action": "replace",
            "value": "false",
            "new_value": "true",
        },
        {"record_id": "pmid:1", "field": "record", "action": "exclude", "reason": "sepsis"},
        {"record_id": "pmid:1", "field": "record", "action": "include"},
    ]
    curated = apply_curations(labels, decisions)
    assert curated.labels["membrane_sources"] == ["erythrocyte"]
    assert curated.sources["membrane_sources"] == {"erythrocyte": "curator"}
    assert curated.labels["cores"] == ["gold"]
    assert curated.labels["payloads"] == ["doxorubicin", "paclitaxel"]
    assert curated.sources["payloads"] == {"doxorubicin": "machine", "paclitaxel": "curator"}
    assert curated.labels["cell_lines"] == []
    assert curated.labels["in_vivo"] is True
    assert curated.included is True and curated.exclusion_reason is None
    assert labels["cores"] == ["plga"], "machine labels are never modified"
