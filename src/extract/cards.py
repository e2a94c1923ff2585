"""Model cards: what a model or rule set is, what it was built from, and what it scored."""

from __future__ import annotations

import copy
import hashlib
import json
import os
import platform
import tempfile
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from extract import __version__
from extract.evaluation import HELD_OUT_FOLD, hide_fold_errors
from extract.nlp.lexicon import FIELDS, Lexicon


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def library_versions(*names: str) -> dict[str, str]:
    found = {}
    for name in names:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(text)
    os.chmod(temporary, 0o644)
    os.replace(temporary, path)


def extractor_card(report: dict[str, Any], lexicon: Lexicon, corpus: Path) -> dict[str, Any]:
    """The card keeps the held-out fold's scores but not its error listings: a committed card
    is read by whoever tunes next."""
    metrics = copy.deepcopy(report)
    hide_fold_errors(metrics, HELD_OUT_FOLD)
    return {
        "name": "cmnp-extract rule-based extractor",
        "version": __version__,
        "lexicon_version": lexicon.version,
        "lexicon_entries": {f: len(lexicon.by_field(f)) for f in FIELDS},
        "long_tail_drugs": len(lexicon.long_tail),
        "training_data": {
            "path": corpus.name,
            "sha256": file_sha256(corpus),
            "records": report["overall"]["records"],
        },
        "discipline": (
            "Rules and lexicons are hand-written. Errors were read only on folds 1-4 "
            "(fold = sha1(doc_id) % 5); fold 0 was not used for tuning. One early listing "
            "of gold evidence phrases for membrane sources, cores and payloads covered all "
            "folds; terms seen only there were removed from the lexicons. So was a later "
            "tally of gold payload codes over all folds: the two codes it showed only for "
            "fold 0 were kept out of the lexicon. Twice, `cmnp eval`'s worst-records listing "
            "showed one fold-0 record's error summary, and once (the session-16 card rebuild) "
            "two; nothing was changed because of them, and since then the card rebuild hides "
            "fold 0's errors from the printed listing too. "
            "Most lexicon entries and rules were written from the field's usual wordings "
            "(tests/nlp/test_wordings.py), not from the corpus. Rule changes were checked for "
            "side effects on a few thousand texts recombined from dev sentences; until session "
            "5 those sentences came from all folds, so some fold-0 sentences were seen in "
            "output diffs (labels, not gold); then only folds 1-4 were, until session 13 "
            "(below). One "
            "such diff showed a fold-0 sentence holding a core term just added from a "
            "hand-written wording (nanoporous silicon, other_inorganic); the term was kept as "
            "written, and fold 0's cores score moved with it. The payload long tail (registered "
            "drugs from DrugBank and MeSH) is filtered by rules written without the corpus and "
            "changed no label on folds 1-4. Fold 0's aggregate scores are recomputed with "
            "every card rebuild (in session 6 at four states of the code, in session 7 at "
            "four, in session 8 at one, in session 9 at two, in session 10 at two, in "
            "session 11 at one, in session 14 at one, in session 15 at one, in session 16 at "
            "one, in session 17 at one, in session 18 at two, in session 19 at one, in "
            "session 20 at two, in session 21 at two, in session 22 at two, in session 23 "
            "at three); no "
            "change was "
            "made in response. From session 13 to session 18 the side-effect check's "
            "recombined texts were built by the benchmark's corpus function, which draws "
            "sentences from all folds: its diffs (labels, not gold) could show fold-0 "
            "sentences again. In session 18 one did: a fold-0 closing sentence was among four "
            "that lost their cancer under a rule being tried (a closing's prospect makes its "
            "cancer unstudied); that part was withdrawn, as the three fold 1-4 closings beside "
            "it showed the same. The check has recombined folds 1-4 only since. In session "
            "19 a narrower form of that rule came back (a cancer named only in a plan, an "
            "open question or an extension to other cancers), found by inserting "
            "hand-written distractor sentences into folds 1-4 and the written abstracts; it "
            "changed no label on folds 1-4. That session also swapped each delivered drug, "
            "core, membrane donor, cell line and photosensitizer of folds 1-4 for another of "
            "its kind and read the labels that did not follow. Session 20 added "
            "hand-written full abstracts, further distractor sentences (openings, closings, "
            "method lines) and typographic variants (Unicode hyphens, no-break spaces, "
            "full-width digits) of folds 1-4 and the written abstracts; its changes moved no "
            "label on folds 1-4. Session 21 added distractor families (a target's own "
            "membrane, coatings compared with, lab reagents, treatment groups, a statement of "
            "significance, structured-abstract labels) and probes of defined short forms; its "
            "changes moved no label on folds 1-4. That session, a substring search for "
            "'significance' over the whole dev file (to check a new pattern for false matches) "
            "printed a background phrase of one fold-0 abstract; the pattern does not match it "
            "and nothing was changed. Session 22 added the forms text takes when copied "
            "from web pages and older PubMed records (a space lost after a period, subscripts "
            "in brackets, soft hyphens, author keyword lists, page headings), counting them "
            "in folds 1-4 only, and structural rewrites of folds 1-4 and the written "
            "abstracts; its changes moved no label on folds 1-4. Session 23 added "
            "hand-written in-vitro-only and animal-study abstracts and sentences (work the "
            "paper says it did not do, others' results, what a property is needed for, what "
            "cells and molecules do in general), outcome wordings, and donor, payload, "
            "modality and cancer probes; its changes moved no label on folds 1-4. From session "
            "7 on, "
            "rules were also tested by rewriting and extending written abstracts (synonyms, "
            "background openings, inserted method sentences) and by probing lexicon breadth "
            "with the field's agents, cancers and therapies named from knowledge, never "
            "fold 0's."
        ),
        "metrics": metrics,
        "libraries": library_versions("spacy", "scikit-learn", "numpy"),
        "python": platform.python_version(),
        "date": datetime.now(UTC).date().isoformat(),
    }


def card_markdown(card: dict[str, Any]) -> str:
    overall = card["metrics"]["overall"]
    lines = [
        f"# {card['name']} {card['version']}",
        "",
        f"Lexicon version `{card['lexicon_version']}`; entries per field: "
        + ", ".join(f"{k} {v}" for k, v in card["lexicon_entries"].items())
        + f"; plus {card.get('long_tail_drugs', 0)} registered drugs of the payload long tail "
        "(DrugBank/MeSH names via drug-named-entity-recognition, taken only when loaded).",
        f"Evaluated on `{card['training_data']['path']}` (sha256 "
        f"`{card['training_data']['sha256'][:16]}…`, {card['training_data']['records']} records)"
        f" on {card['date']}.",
        "",
        card["discipline"],
        "",
        "| field | precision | recall | F1 |",
        "|---|---:|---:|---:|",
    ]
    for name, row in [
        *overall["fields"].items(),
        ("**entity micro**", overall["entity_micro"]),
        ("outcomes", overall["outcomes"]),
    ]:
        lines.append(f"| {name} | {row['precision']:.3f} | {row['recall']:.3f} | {row['f1']:.3f} |")
    lines += [
        "",
        "Accuracy: " + ", ".join(f"{k} {v:.3f}" for k, v in overall["accuracy"].items()),
        "",
        "| fold | records | entity micro-F1 | in_vivo accuracy | note |",
        "|---|---:|---:|---:|---|",
    ]
    for fold, row in sorted(card["metrics"].get("folds", {}).items()):
        held_out = fold == str(HELD_OUT_FOLD)
        note = "held out: not used for tuning" if held_out else "read while tuning"
        in_vivo = row.get("accuracy", {}).get("in_vivo")
        lines.append(
            f"| {fold} | {row['records']} | {row['entity_micro']['f1']:.3f} | "
            f"{'' if in_vivo is None else format(in_vivo, '.3f')} | {note} |"
        )
    lines += [
        "",
        "Rebuild: `cmnp eval --gold ../shared/corpus/dev.jsonl --card models/extractor`.",
        "",
    ]
    return "\n".join(lines)


def write_extractor_card(directory: Path, card: dict[str, Any]) -> None:
    write_atomic(directory / "card.json", json.dumps(card, indent=2, sort_keys=True) + "\n")
    write_atomic(directory / "card.md", card_markdown(card))
