"""Inputs read lazily in shards: what a build hands to its workers, and how a worker reads one.

A directory of millions of files or a feed of millions of lines is never listed or read whole: the
inputs are walked in order (ingest.input_files), and every SHARD_SIZE files, or SHARD_SIZE lines of one
JSONL feed (plain or .jsonl.gz), make one shard. A shard of files carries their paths (the workers read
them: on a cluster the inputs must be on storage every worker sees); a shard of feed lines carries the
lines themselves, read by the process that plans the build, since a gzipped feed can only be read from
its start. Each shard has a fingerprint (its files' names, sizes and modification times, or its lines),
so an interrupted build redoes only the shards that did not finish, and never reuses a shard whose inputs
changed (kgraph.work).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kgraph.ingest import feed_lines, input_files, is_feed, read_file, read_jsonl_line
from kgraph.model import Document, Skipped

SHARD_SIZE = 50  # articles (files, or feed lines) a shard: small enough that no worker waits long at the end
# (600 articles on 2 workers: 200 a shard gave 25.7 s, 50 gave 20.3 s; one worker 25.3 and 25.5 s)


@dataclass(frozen=True)
class Shard:
    """Some consecutive articles of the inputs: files (read by the worker), or lines of one feed."""

    number: int
    fingerprint: str
    files: tuple[tuple[str, str, str], ...] = ()  # (absolute path, source name, path as the user gave it)
    feed: tuple[str, str, str] = ("", "", "")  # the same of the feed whose lines these are
    lines: tuple[tuple[int, bytes | None], ...] = ()  # (line number, the line as read; None: too long to keep)

    @property
    def size(self) -> int:
        return len(self.files) or len(self.lines)


@dataclass(frozen=True)
class Read:
    """An article a worker read from a shard, before extraction: the document, and the id it takes when an
    earlier article already has its own (a file's id qualified by its folder; '' for a feed's line)."""

    document: Document
    qualified: str = ""


@dataclass
class ShardReader:
    """What reading a shard gave: the articles in input order, and what could not be read."""

    articles: list[Read] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)


def plan(paths: Iterable[Path], skip: Callable[[Skipped], None], size: int = SHARD_SIZE) -> Iterator[Shard]:
    """The shards of the inputs, in input order, made as they are needed (a generator)."""
    number = 0
    files: list[tuple[str, str, str]] = []
    for path, name in input_files(paths, skip):
        if not is_feed(path):
            files.append((str(path.absolute()), name, str(path)))
            if len(files) == size:
                yield _file_shard(number, files)
                number, files = number + 1, []
            continue
        if files:
            yield _file_shard(number, files)
            number, files = number + 1, []
        for shard in _feed_shards(path, name, number, size, skip):
            yield shard
            number += 1
    if files:
        yield _file_shard(number, files)


def _file_shard(number: int, files: list[tuple[str, str, str]]) -> Shard:
    digest = hashlib.sha256(f"files {number}\n".encode())
    for path, name, _ in files:
        try:
            stat = Path(path).stat()
            digest.update(f"{name}\0{path}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
        except OSError:  # gone since the walk: the worker reports it
            digest.update(f"{name}\0{path}\0-\n".encode())
    return Shard(number, digest.hexdigest(), files=tuple(files))


def _feed_shards(path: Path, name: str, first: int, size: int, skip: Callable[[Skipped], None]) -> Iterator[Shard]:
    """A feed's lines in shards of `size` lines; blank lines are left out (they hold no article)."""
    number, lines, read = first, [], False
    try:
        for line_number, raw in feed_lines(path):
            if raw is not None and not raw.strip():
                continue
            lines.append((line_number, raw))
            read = True
            if len(lines) == size:
                yield _line_shard(number, path, name, lines)
                number, lines = number + 1, []
    except (OSError, EOFError) as err:  # a truncated or broken .gz (BadGzipFile is an OSError): what was read is built
        skip(Skipped(str(path), f"cannot be read past line {lines[-1][0] if lines else '?'}: {err}"))
    if lines:
        yield _line_shard(number, path, name, lines)
    elif not read:
        skip(Skipped(str(path), "no article text"))


def _line_shard(number: int, path: Path, name: str, lines: list[tuple[int, bytes | None]]) -> Shard:
    digest = hashlib.sha256(f"lines {number}\0{name}\0{path.absolute()}\n".encode())
    for line_number, raw in lines:
        digest.update(f"{line_number}\0{-1 if raw is None else len(raw)}\0".encode())
        digest.update(raw or b"")
    return Shard(number, digest.hexdigest(), feed=(str(path.absolute()), name, str(path)), lines=tuple(lines))


def read_shard(shard: Shard) -> ShardReader:
    """The articles of a shard (in a worker), and what could not be read, as `ingest` reads them."""
    found = ShardReader()
    for path, name, shown in shard.files:
        docs, problems = read_file(Path(path), name)
        found.skipped.extend(_as_given(s, path, shown) for s in problems)
        found.articles.extend(Read(doc, f"{Path(path).parent.name}/{doc.id}") for doc in docs)
    feed, name, shown = shard.feed
    for number, raw in shard.lines:
        doc, problem = read_jsonl_line(raw, number, Path(feed), name)
        if doc:
            found.articles.append(Read(doc))
        elif problem:
            found.skipped.append(_as_given(problem, feed, shown))
    return found


def _as_given(skipped: Skipped, path: str, shown: str) -> Skipped:
    """A problem named by the path as the user gave it, not the absolute one the worker read."""
    if skipped.source.startswith(path):
        return Skipped(shown + skipped.source[len(path) :], skipped.reason)
    return skipped
