"""A build's work folder: what its shards gave, kept on disk, so the build never holds the corpus and an
interrupted build resumes where it stopped.

OUT/.kgraph.work/work.sqlite holds, for the build under way:

- each finished shard's fingerprint and what it gave: every article's extraction (compressed JSON, the
  resolution index's own encoding) and what could not be read. A shard is saved in one transaction, so
  after a kill it is there whole or not at all, and the next build with the same inputs, model and kgraph
  skips it (any other change starts the work afresh);
- the build's articles, once every shard is in: each id once, a second article with a file's id taking
  the id qualified by its folder, another with a feed's id skipped, as `ingest.read_inputs` does;
- each article's RDF graph (N-Quads, and its block of graph.trig, compressed) with its digest, in IRI
  order, from which graph.trig and the store are written.

The folder is removed when the build is done.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import zlib
from collections.abc import Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox

from kgraph.model import Extraction, Note, Skipped
from kgraph.rdf import ArticleGraph, article_iri
from kgraph.resolve.index import FORMAT, decode, encode
from kgraph.store import NQuads

WORK_DIR = ".kgraph.work"
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shards (number INTEGER PRIMARY KEY, fingerprint TEXT NOT NULL, skipped TEXT NOT NULL,
    notes TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS extracted (
    shard INTEGER NOT NULL, position INTEGER NOT NULL, id TEXT NOT NULL, qualified TEXT NOT NULL,
    source TEXT NOT NULL, extraction BLOB NOT NULL, PRIMARY KEY (shard, position));
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, shard INTEGER NOT NULL, position INTEGER NOT NULL,
    renamed TEXT);
CREATE TABLE IF NOT EXISTS graphs (iri TEXT PRIMARY KEY, built INTEGER NOT NULL, digest TEXT NOT NULL,
    nquads BLOB NOT NULL, trig BLOB NOT NULL);
"""
TABLES = ("meta", "shards", "extracted", "articles", "graphs")


class WorkError(RuntimeError):
    """The work folder cannot be read or written."""


@dataclass(frozen=True)
class Extracted:
    """An article a worker read and extracted, as it travels back: its ids, source and encoded extraction."""

    id: str
    qualified: str  # the id it takes when an earlier article has its id ('' for a feed's line)
    source: str
    extraction: bytes


@dataclass(frozen=True)
class ShardResult:
    number: int
    fingerprint: str
    articles: tuple[Extracted, ...]
    skipped: tuple[Skipped, ...]
    notes: tuple[Note, ...] = ()  # what reading changed (an encoding, sentences cut)

    @property
    def size(self) -> int:
        """The inputs the shard held: articles read, and those that could not be."""
        return len(self.articles) + len(self.skipped)


@dataclass(frozen=True)
class Rendered:
    """One article's RDF graph as it travels back from a worker."""

    iri: str
    built: bool  # an article of this build (else an earlier one, resolved again with it)
    digest: str
    nquads: bytes  # compressed
    trig: bytes  # the graph's block of graph.trig (kgraph.rdf.trig_block), compressed


@cache
def code_digest() -> str:
    """A digest of kgraph's code and data: a shard extracted by another kgraph is extracted again."""
    digest = hashlib.sha256(f"index format {FORMAT}\n".encode())
    root = files("kgraph")
    for path in sorted(Path(str(root)).rglob("*")):
        if path.suffix in {".py", ".json"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(Path(str(root))).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


class WorkFolder:
    """The work of one build in OUT/.kgraph.work: opened with the build's key (model and kgraph), kept while
    the key is the same, started afresh when it is not."""

    def __init__(self, out: Path, model: str):
        self.folder = out / WORK_DIR
        self.path = self.folder / "work.sqlite"
        self.key = hashlib.sha256(f"{model}\n{code_digest()}".encode()).hexdigest()
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            self.db = sqlite3.connect(self.path, isolation_level=None)  # transactions are explicit
            self.db.executescript(SCHEMA)
            stored = self.db.execute("SELECT key FROM meta").fetchone()
            if stored is None or stored[0] != self.key:
                self._restart()
        except sqlite3.Error as err:
            raise WorkError(f"cannot use the work folder {self.folder}: {err}") from err

    def _restart(self) -> None:
        """Start afresh; the tables too, which another kgraph may have made otherwise."""
        with self._transaction():
            for table in TABLES:
                self.db.execute(f"DROP TABLE {table}")  # names above, not input
            for statement in SCHEMA.split(";"):
                self.db.execute(statement)
            self.db.execute("INSERT INTO meta (key) VALUES (?)", (self.key,))

    def _transaction(self):
        return _Transaction(self.db)

    def close(self) -> None:
        self.db.close()

    def remove(self) -> None:
        """The build is done: its work goes."""
        self.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- shards -------------------------------------------------------------------------------------

    def finished(self, number: int, fingerprint: str) -> bool:
        """Whether this shard, with these inputs, was extracted by an earlier run of the build."""
        row = self.db.execute("SELECT fingerprint FROM shards WHERE number = ?", (number,)).fetchone()
        return row is not None and row[0] == fingerprint

    def finished_shards(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM shards").fetchone()[0]

    def save_shard(self, result: ShardResult) -> None:
        """A shard's articles and problems, in one transaction: after a kill it is here whole or not at all."""
        skipped = json.dumps([[s.source, s.reason] for s in result.skipped])
        notes = json.dumps([[n.source, n.message] for n in result.notes])
        rows = [(result.number, i, a.id, a.qualified, a.source, a.extraction) for i, a in enumerate(result.articles)]
        with self._transaction():
            self.db.execute("DELETE FROM extracted WHERE shard = ?", (result.number,))
            self.db.executemany("INSERT INTO extracted VALUES (?, ?, ?, ?, ?, ?)", rows)
            self.db.execute(
                "INSERT OR REPLACE INTO shards VALUES (?, ?, ?, ?)", (result.number, result.fingerprint, skipped, notes)
            )

    def keep_shards(self, count: int) -> None:
        """The inputs now make `count` shards: those beyond are of inputs since removed."""
        with self._transaction():
            self.db.execute("DELETE FROM extracted WHERE shard >= ?", (count,))
            self.db.execute("DELETE FROM shards WHERE number >= ?", (count,))

    def skipped(self) -> Iterator[Skipped]:
        """What the shards could not read, in input order."""
        for (found,) in self.db.execute("SELECT skipped FROM shards ORDER BY number"):
            yield from (Skipped(source, reason) for source, reason in json.loads(found))

    def notes(self) -> list[Note]:
        """What reading the shards changed in their articles, in input order."""
        rows = self.db.execute("SELECT notes FROM shards ORDER BY number")
        return [Note(source, message) for (found,) in rows for source, message in json.loads(found)]

    # --- the build's articles -----------------------------------------------------------------------

    def collect(self) -> list[Skipped]:
        """The build's articles, each id once (as ingest.read_inputs gives them): returns what was skipped."""
        skipped = []
        with self._transaction():
            self.db.execute("DELETE FROM articles")
            rows = self.db.cursor().execute(
                "SELECT shard, position, id, qualified, source FROM extracted ORDER BY shard, position"
            )
            for shard, position, ident, qualified, source in _stream(rows):
                renamed = None
                if qualified and self._taken(ident) is not None:
                    ident = renamed = qualified
                if (first := self._taken(ident)) is not None:
                    skipped.append(Skipped(source, f"article id {ident!r} is already used by {first}"))
                    continue
                self.db.execute("INSERT INTO articles VALUES (?, ?, ?, ?)", (ident, shard, position, renamed))
        return skipped

    def _taken(self, ident: str) -> str | None:
        """The source of the article that has this id, if one has."""
        row = self.db.execute(
            "SELECT e.source FROM articles a JOIN extracted e ON e.shard = a.shard AND e.position = a.position "
            "WHERE a.id = ?",
            (ident,),
        ).fetchone()
        return row[0] if row else None

    def article_count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def extractions(self, index: Path | None = None) -> Iterator[tuple[bool, bytes]]:
        """Every article's encoded extraction, and whether it is one of this build (True) or an earlier build's
        in the resolution index at `index` that this build does not rebuild (False)."""
        rows = self.db.execute(
            "SELECT a.renamed, e.extraction FROM articles a "
            "JOIN extracted e ON e.shard = a.shard AND e.position = a.position ORDER BY a.id"
        )
        for renamed, blob in _stream(rows):
            yield True, _renamed(blob, renamed) if renamed else blob
        if index is None or not index.is_file():
            return
        try:
            self.db.execute("ATTACH DATABASE ? AS idx", (str(index),))
        except sqlite3.Error as err:
            raise WorkError(f"cannot read the resolution index {index}: {err}") from err
        try:
            rows = self.db.execute(
                "SELECT extraction FROM idx.articles WHERE id NOT IN (SELECT id FROM main.articles) ORDER BY id"
            )
            for (blob,) in _stream(rows):
                yield False, blob
        except sqlite3.Error as err:
            raise WorkError(f"cannot read the resolution index {index}: {err}") from err
        finally:
            self.db.execute("DETACH DATABASE idx")

    def save_index(self, index: Path, prune: bool) -> None:
        """Keep this build's extractions in the resolution index at `index` (replacing earlier ones of the same
        articles); with `prune`, the index keeps only this build's."""
        index.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = sqlite3.connect(index)
            with closing(connection):
                connection.execute(
                    "CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, extraction BLOB NOT NULL)"
                )
                connection.commit()
        except sqlite3.Error as err:
            raise WorkError(f"cannot write the resolution index {index}: {err}") from err
        try:
            self.db.execute("ATTACH DATABASE ? AS idx", (str(index),))
            with self._transaction():
                if prune:
                    self.db.execute("DELETE FROM idx.articles WHERE id NOT IN (SELECT id FROM main.articles)")
                for ident, blob in self._built_rows():
                    self.db.execute("INSERT OR REPLACE INTO idx.articles (id, extraction) VALUES (?, ?)", (ident, blob))
        except sqlite3.Error as err:
            raise WorkError(f"cannot write the resolution index {index}: {err}") from err
        finally:
            self.db.execute("DETACH DATABASE idx")

    def _built_rows(self) -> Iterator[tuple[str, bytes]]:
        rows = self.db.execute(
            "SELECT a.id, a.renamed, e.extraction FROM articles a "
            "JOIN extracted e ON e.shard = a.shard AND e.position = a.position"
        ).fetchmany
        while batch := rows(500):
            for ident, renamed, blob in batch:
                yield ident, _renamed(blob, renamed) if renamed else blob

    # --- RDF graphs ---------------------------------------------------------------------------------

    def clear_graphs(self) -> None:
        with self._transaction():
            self.db.execute("DELETE FROM graphs")

    def save_graphs(self, graphs: Iterable[Rendered]) -> None:
        with self._transaction():
            self.db.executemany(
                "INSERT OR REPLACE INTO graphs VALUES (?, ?, ?, ?, ?)",
                [(g.iri, g.built, g.digest, g.nquads, g.trig) for g in graphs],
            )

    def has_earlier(self) -> bool:
        """Whether articles of earlier builds were resolved again with this one's (their graphs are here)."""
        return self.db.execute("SELECT 1 FROM graphs WHERE NOT built LIMIT 1").fetchone() is not None

    def graph_digests(self, built_only: bool = False) -> Iterator[tuple[str, str]]:
        """Each article graph's IRI and digest, in IRI order (what identifies a build), without reading its quads."""
        query = "SELECT iri, digest FROM graphs" + (" WHERE built" if built_only else "") + " ORDER BY iri"
        yield from self.db.cursor().execute(query)

    def graphs(self, built_only: bool = False, batch: int = 100) -> Iterator[list[ArticleGraph]]:
        """The article graphs in IRI order, in batches of `batch`: this build's only, or every one resolved."""
        query = "SELECT iri, digest, nquads, built FROM graphs" + (" WHERE built" if built_only else "")
        cursor = self.db.cursor().execute(query + " ORDER BY iri")
        while rows := cursor.fetchmany(batch):
            yield [ArticleGraph(iri, graph_quads(iri, blob), digest, not built) for iri, digest, blob, built in rows]

    def trig_blocks(self) -> Iterator[bytes]:
        """This build's article graphs as blocks of graph.trig (kgraph.rdf.trig_block), in IRI order."""
        for (blob,) in _stream(self.db.cursor().execute("SELECT trig FROM graphs WHERE built ORDER BY iri")):
            yield zlib.decompress(blob)


def graph_quads(iri: str, nquads: bytes) -> NQuads:
    """An article graph's quads back from their compressed N-Quads, in the order they were written (parsed when
    read: the store loads the text)."""
    return NQuads(zlib.decompress(nquads))


def compress_quads(quads: Sequence[ox.Quad]) -> bytes:
    return zlib.compress(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), 6)


def _renamed(blob: bytes, ident: str) -> bytes:
    """An extraction whose article takes another id (a file named like an earlier one)."""
    extraction = decode(blob)
    assert extraction is not None, "an extraction this kgraph encoded"
    return encode(_with_id(extraction, ident))


def _with_id(extraction: Extraction, ident: str) -> Extraction:
    return replace(extraction, document=replace(extraction.document, id=ident))


def built_iri(ident: str) -> str:
    return str(article_iri(ident))


def _stream(cursor: sqlite3.Cursor, size: int = 500) -> Iterator[tuple]:
    while rows := cursor.fetchmany(size):
        yield from rows


class _Transaction:
    """BEGIN ... COMMIT, or ROLLBACK on an error (the connection runs in autocommit mode otherwise)."""

    def __init__(self, db: sqlite3.Connection):
        self.db = db

    def __enter__(self) -> None:
        self.db.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind, value, traceback) -> None:
        self.db.execute("COMMIT" if kind is None else "ROLLBACK")
