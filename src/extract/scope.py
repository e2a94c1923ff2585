"""Review scopes: what a living review searches for, read from ``seeds/scopes/<name>.toml``."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Scope:
    name: str
    query: str
    description: str = ""
    seed_pmids: tuple[str, ...] = ()
    mindate: str | None = None
    maxdate: str | None = None
    schedule: str | None = None
    export_formats: tuple[str, ...] = ("csv", "parquet")
    include_excluded: bool = False
    sources: tuple[str, ...] = field(default_factory=tuple)


def load_scope(name_or_path: str, seeds_dir: Path) -> Scope:
    """By name (``seeds/scopes/NAME.toml``) or by path; clear errors for what is wrong."""
    path = Path(name_or_path)
    if not path.suffix:
        path = seeds_dir / "scopes" / f"{name_or_path}.toml"
    if not path.exists():
        known = sorted(p.stem for p in (seeds_dir / "scopes").glob("*.toml"))
        raise ValueError(f"no scope {name_or_path!r} (known: {', '.join(known) or 'none'})")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as err:
        raise ValueError(f"{path}: {err}") from None
    missing = {"name", "query"} - set(data)
    if missing:
        raise ValueError(f"{path}: missing {', '.join(sorted(missing))}")
    return Scope(
        name=str(data["name"]),
        query=" ".join(str(data["query"]).split()),
        description=str(data.get("description", "")),
        seed_pmids=tuple(str(p) for p in data.get("seed_pmids", [])),
        mindate=str(data["mindate"]) if data.get("mindate") else None,
        maxdate=str(data["maxdate"]) if data.get("maxdate") else None,
        schedule=data.get("schedule"),
        export_formats=tuple(data.get("export_formats", ("csv", "parquet"))),
        include_excluded=bool(data.get("include_excluded", False)),
    )
