"""The resolution index: what every article in a store said, so a new build resolves against it.

Which entity a name stands for can depend on other articles: a lone "Obi" is the only Obi the corpus
names in full, an acronym is what some article spelt out, a person's label is the fullest form of
their name anywhere. So that building articles A and then B gives the very graph that building A and
B together gives (same IRIs, same nodes, same labels, in either order), the store keeps each article's
extraction (kgraph.model.Extraction, as compressed JSON) beside it, and a build resolves its own
articles together with every stored one (`kgraph.resolve.resolve` depends on the set of articles,
never on their order). Stored articles whose graph changes with the new ones (a lone name that now has
a full name, a label that grows) are rewritten by the store's digest check; the others are not touched.

The index is a SQLite file: in an Oxigraph store's folder (`kgraph-index.sqlite`), or for a SPARQL
endpoint in the build folder (`OUT/kgraph-index.sqlite`; use the same --out for every build into one
endpoint). A store written before the index existed has no extractions of its earlier articles: those
are kept as they are until rebuilt.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterable, Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

from kgraph.model import Document, EntityType, Evidence, Extraction, Fact, Mention, MentionKind, Modality, Role

INDEX_FILE = "kgraph-index.sqlite"
SCHEMA = "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, extraction BLOB NOT NULL)"
FORMAT = 2  # the JSON layout below; an index of another layout is read as empty


class ResolutionIndexError(RuntimeError):
    """The index cannot be read or written."""


class ResolutionIndex:
    """Every stored article's extraction, by article id."""

    def __init__(self, path: Path):
        self.path = Path(path)

    def _connect(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            connection = sqlite3.connect(self.path)
            connection.execute(SCHEMA)
            return connection
        except (OSError, sqlite3.Error) as err:
            raise ResolutionIndexError(f"cannot open the resolution index {self.path}: {err}") from err

    def extractions(self, leave_out: set[str] = frozenset()) -> Iterator[Extraction]:
        """The stored extractions, in id order, but those of the articles left out (the ones being rebuilt)."""
        if not self.path.exists():
            return
        with closing(self._connect()) as db:
            try:
                rows = db.execute("SELECT id, extraction FROM articles ORDER BY id").fetchall()
            except sqlite3.Error as err:
                raise ResolutionIndexError(f"cannot read the resolution index {self.path}: {err}") from err
        for article_id, blob in rows:
            if article_id not in leave_out and (extraction := decode(blob)) is not None:
                yield extraction

    def save(self, extractions: Iterable[Extraction], keep_only: set[str] | None = None) -> None:
        """Store these articles' extractions (replacing earlier ones); with `keep_only`, drop every other."""
        rows = [(ex.document.id, encode(ex)) for ex in extractions]
        with closing(self._connect()) as db:
            try:
                with db:  # one transaction
                    db.executemany("INSERT OR REPLACE INTO articles (id, extraction) VALUES (?, ?)", rows)
                    if keep_only is not None:
                        stored = [r[0] for r in db.execute("SELECT id FROM articles")]
                        db.executemany(
                            "DELETE FROM articles WHERE id = ?", [(i,) for i in stored if i not in keep_only]
                        )
            except sqlite3.Error as err:
                raise ResolutionIndexError(f"cannot write the resolution index {self.path}: {err}") from err


# --- extractions as JSON: mentions once, facts and roles pointing at them ---------------------------


def encode(ex: Extraction) -> bytes:
    mentions = list(dict.fromkeys([*ex.mentions, *_fact_mentions(ex), *(m for pair in ex.pairs for m in pair)]))
    index = {m: i for i, m in enumerate(mentions)}
    doc = ex.document
    data = {
        "format": FORMAT,
        "document": [doc.id, doc.text, doc.title, doc.date.isoformat() if doc.date else None, doc.source],
        "mentions": [_mention(m) for m in mentions],
        "listed": len(ex.mentions),
        "facts": [
            [
                index[f.subject], f.relation, index[f.object], [f.evidence.sentence, f.evidence.start, f.evidence.end],
                f.modality.value, f.confidence, f.rule, f.date.isoformat() if f.date else None,
                index[f.place] if f.place else None,
            ]
            for f in ex.facts
        ],
        "roles": [
            [index[r.person], r.position, index[r.affiliation] if r.affiliation else None,
             [r.evidence.sentence, r.evidence.start, r.evidence.end]]
            for r in ex.roles
        ],
        "pairs": [[index[a], index[b]] for a, b in ex.pairs],
    }  # fmt: skip
    return zlib.compress(json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8"))


def decode(blob: bytes) -> Extraction | None:
    """The extraction, or None for a record of another format (an older kgraph's)."""
    try:
        data = json.loads(zlib.decompress(blob).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, json.JSONDecodeError):
        return None
    if data.get("format") != FORMAT:
        return None
    doc_id, text, title, day, source = data["document"]
    mentions = [_unmention(m) for m in data["mentions"]]

    def at(i: int | None) -> Mention | None:
        return None if i is None else mentions[i]

    facts = tuple(
        Fact(mentions[s], rel, mentions[o], Evidence(*ev), Modality(mod), conf, rule, _day(d), at(place))
        for s, rel, o, ev, mod, conf, rule, d, place in data["facts"]
    )
    roles = tuple(Role(mentions[p], pos, at(aff), Evidence(*ev)) for p, pos, aff, ev in data["roles"])
    document = Document(doc_id, text, title, _day(day), source)
    pairs = tuple((mentions[a], mentions[b]) for a, b in data["pairs"])
    return Extraction(document, tuple(mentions[: data["listed"]]), facts, roles, pairs)


def _fact_mentions(ex: Extraction) -> list[Mention]:
    found = [m for f in ex.facts for m in (f.subject, f.object, f.place) if m is not None]
    return found + [m for r in ex.roles for m in (r.person, r.affiliation) if m is not None]


def _mention(m: Mention) -> list:
    participants = m.participants.value if m.participants else None
    kind = [m.type.value, m.gazetteer_id, m.kind.value, m.title, m.institution, participants, m.event]
    return [m.text, m.start, m.end, *kind]


def _unmention(row: list) -> Mention:
    text, start, end, kind, gid, how, title, institution, participants, event = row
    return Mention(
        text, start, end, ENTITY_TYPES[kind], gid, MENTION_KINDS[how], title, institution,
        ENTITY_TYPES[participants] if participants else None, event,
    )  # fmt: skip


# the enums by value, looked up without calling them (a resolution decodes every mention of the corpus thrice)
ENTITY_TYPES = {kind.value: kind for kind in EntityType}
MENTION_KINDS = {kind.value: kind for kind in MentionKind}


def _day(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None
