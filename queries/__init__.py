"""The example SPARQL queries (*.rq), installed as the package `kgraph.queries`.

They live in the repository's top-level `queries/` folder, where the README and tests use them, and are
installed with kgraph (pyproject maps the folder onto this package), so `kgraph query NAME` and the
query page of `kgraph serve` find them in an installed kgraph too.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib.resources import files


@dataclass(frozen=True)
class Example:
    name: str  # the file's stem: `kgraph query NAME` runs it
    summary: str  # the first sentence of its header comment
    text: str


def examples() -> list[Example]:
    """Every bundled query, by name."""
    found = []
    for path in sorted(files(__name__).iterdir(), key=lambda p: p.name):
        if path.name.endswith(".rq"):
            text = path.read_text(encoding="utf-8")
            header = " ".join(line[1:].strip() for line in text.splitlines() if line.startswith("#"))
            found.append(Example(path.name[: -len(".rq")], header.split(": ", 1)[0].split(". ", 1)[0], text))
    return found
