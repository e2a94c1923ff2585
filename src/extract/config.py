"""Settings built once at an entry point and passed down explicitly."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

DEFAULT_EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"


@dataclass(frozen=True)
class EutilsSettings:
    """NCBI E-utilities client settings.

    NCBI allows 3 requests/s without an API key and 10 with one; ``requests_per_second`` of
    ``None`` picks that default. ``api_key`` is kept out of ``repr`` so it is never logged.
    """

    base_url: str = DEFAULT_EUTILS_URL
    api_key: str | None = field(default=None, repr=False)
    email: str | None = None
    tool: str = "cmnp-extract"
    batch_size: int = 200
    timeout_s: float = 30.0
    max_retries: int = 6
    backoff_base_s: float = 1.0
    backoff_max_s: float = 60.0
    requests_per_second: float | None = None
    max_esearch_records: int = 9_999

    @property
    def rate(self) -> float:
        if self.requests_per_second is not None:
            return self.requests_per_second
        return 10.0 if self.api_key else 3.0


@dataclass(frozen=True)
class Settings:
    """Everything an entry point decides; library code receives it as an argument."""

    project_root: Path
    db_path: Path
    outputs_dir: Path
    models_dir: Path
    eutils: EutilsSettings = field(default_factory=EutilsSettings)

    @classmethod
    def from_env(
        cls, env: Mapping[str, str], project_root: Path | None = None, **overrides: Any
    ) -> Settings:
        """Build from environment variables (``CMNP_*``, ``NCBI_API_KEY``) and overrides.

        Overrides that are ``None`` are ignored, so CLI options can be passed straight in.
        """
        root = (project_root or Path.cwd()).resolve()
        outputs = Path(env.get("CMNP_OUTPUTS", root / "outputs"))
        eutils = EutilsSettings(
            base_url=env.get("CMNP_EUTILS_URL", DEFAULT_EUTILS_URL),
            api_key=env.get("NCBI_API_KEY") or env.get("CMNP_API_KEY") or None,
            email=env.get("CMNP_EMAIL") or env.get("NCBI_EMAIL") or None,
        )
        settings = cls(
            project_root=root,
            db_path=Path(env.get("CMNP_DB", outputs / "cmnp.sqlite")),
            outputs_dir=outputs,
            models_dir=Path(env.get("CMNP_MODELS", root / "models")),
            eutils=eutils,
        )
        eutils_overrides = {
            k.removeprefix("eutils_"): v
            for k, v in overrides.items()
            if k.startswith("eutils_") and v is not None
        }
        if eutils_overrides:
            settings = replace(settings, eutils=replace(settings.eutils, **eutils_overrides))
        plain = {
            k: v for k, v in overrides.items() if not k.startswith("eutils_") and v is not None
        }
        return replace(settings, **plain) if plain else settings
