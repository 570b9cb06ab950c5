"""Shared fixtures: the real spaCy pipeline and real builds through the installed CLI."""

from __future__ import annotations

import os
import queue
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("KGRAPH_SHARED", ROOT.parent / "shared"))
SAMPLES = ROOT / "kgraph" / "samples" / "seeds"


def kgraph_command() -> list[str]:
    """The installed console script when there is one, else the module."""
    script = shutil.which("kgraph", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "kgraph"]


def run_kgraph(
    *args: str, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, **(env or {})}
    return subprocess.run(
        [*kgraph_command(), *args], cwd=cwd, env=environment, capture_output=True, text=True, timeout=600
    )


@pytest.fixture(scope="session")
def nlp():
    from kgraph.nlp import load_pipeline

    return load_pipeline()


# --- construction tests (tests/extract/): extract a sentence written for the test, look at what came out


@pytest.fixture(scope="session")
def read(nlp):
    """The extraction of a text (an article of one or a few sentences), dated `when` if given."""

    from kgraph.extract import extract
    from kgraph.model import Document

    def read(text, when=None):
        return extract(nlp(text), Document("t", text, "t", when))

    return read


@pytest.fixture(scope="session")
def triples(read):
    """(subject, relation, object, modality) of every fact, by the texts of the mentions."""

    def triples(text, when=None):
        return {(f.subject.text, f.relation, f.object.text, f.modality.value) for f in read(text, when).facts}

    return triples


@pytest.fixture(scope="session")
def rules(read):
    """The rules (without the trigger lemma) that made the facts of a text."""

    def rules(text):
        return {f.rule.split(":")[0] for f in read(text).facts}

    return rules


@pytest.fixture(scope="session")
def mentions(read):
    """The mentions of a text that are not plain names: how each refers, and to what."""

    def mentions(text):
        return [m for m in read(text).mentions if m.kind.value != "name"]

    return mentions


@pytest.fixture(scope="session")
def sample_build(tmp_path_factory) -> Path:
    """`kgraph build` with no arguments, run in an empty directory: builds the bundled samples (SHACL-valid)."""
    cwd = tmp_path_factory.mktemp("sample-build")
    result = run_kgraph("build", "--quiet", cwd=cwd)
    assert result.returncode == 0, result.stderr
    assert_valid(cwd / "output")
    return cwd / "output"


def assert_valid(out: Path) -> None:
    """The build's graph.trig conforms to ontology/shapes.ttl (every test build is checked with this), and
    kgraph's validation says what pyshacl on each article graph alone says."""
    from rdflib import Dataset
    from reference_routes import reference_validate

    from kgraph.validate import validate

    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    result = validate(ds)
    assert result.conforms, "\n".join(f"{v.focus} {v.path}: {v.message}" for v in result.violations[:20])
    assert (result.conforms, set(result.violations)) == reference_validate(ds)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def served_url(process: subprocess.Popen, seconds: float = 60) -> str:
    """The URL a `kgraph serve --port 0` says it serves on: the system picks a port no other test holds, so no two
    servers race for one. The rest of what it prints is kept in `process.printed` (a pipe nobody reads would fill and
    stall it); `process.reader` is the thread that reads it."""
    lines: queue.Queue[str | None] = queue.Queue()
    process.printed = []

    def read() -> None:
        for line in process.stdout:
            process.printed.append(line)
            lines.put(line)
        lines.put(None)

    process.reader = threading.Thread(target=read, daemon=True)
    process.reader.start()
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            line = lines.get(timeout=left)
        except queue.Empty:
            break
        assert line is not None, f"server exited: {''.join(process.printed)}"
        if found := re.search(r"SPARQL endpoint (http://\S+)/query", line):
            return found.group(1)
    raise AssertionError(f"the server named no URL in {seconds} s: {''.join(process.printed)}")


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, f"server exited: {process.stderr.read() if process.stderr else ''}"
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise AssertionError(f"nothing listening on port {port} after {seconds} s")


def oxigraph_binary() -> str:
    """The `oxigraph` command (the `oxigraph` wheel of the test extras) installed beside this Python."""
    found = shutil.which("oxigraph", path=str(Path(sys.executable).parent)) or shutil.which("oxigraph")
    assert found, "the `oxigraph` command is not installed: pip install -e '.[test]'"
    return found


@pytest.fixture
def oxigraph_endpoint():
    """A real `oxigraph serve` (in memory, read-write) on a free port: the URL of its query endpoint."""
    port = free_port()
    process = subprocess.Popen(
        [oxigraph_binary(), "serve", "--bind", f"127.0.0.1:{port}"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/query"
    finally:
        process.terminate()
        process.wait(10)


def shared(path: str) -> Path:
    target = SHARED / path
    if not target.exists():
        pytest.skip(f"{target} is not here (set KGRAPH_SHARED to the shared folder)")
    return target


def knowledge_graph(
    facts: list[tuple],
    types: dict[str, str] | None = None,
    titles: dict[str, str] | None = None,
    dates: dict[str, str] | None = None,
):
    """A resolved knowledge graph made by hand, so analyses are tested on a known network whatever
    the extractor reads. A fact: (subject, relation, object[, modality[, date[, article[, sentence[,
    confidence]]]]]); names are labels, typed by `types` (default Country); articles default to 'a1'."""
    from datetime import date

    from kgraph.model import (
        Document,
        Entity,
        EntityType,
        Evidence,
        Extraction,
        Fact,
        KnowledgeGraph,
        Mention,
        Modality,
        ResolvedArticle,
    )

    types, titles, dates = types or {}, titles or {}, dates or {}
    entities: dict[str, Entity] = {}
    by_article: dict[str, list[tuple]] = {}
    for spec in facts:
        s, relation, o, modality, when, article, sentence, confidence = (*spec, *[None] * (8 - len(spec)))
        by_article.setdefault(article or "a1", []).append((s, relation, o, modality, when, sentence, confidence))
        for name in (s, o):
            kind = EntityType(types.get(name, "Country"))
            eid = kind.value.lower() + "/" + re.sub(r"\W+", "_", name.lower()).strip("_")
            entities.setdefault(name, Entity(eid, name, kind))
    articles = []
    for article, rows in by_article.items():
        text, entity_of, found = "", {}, []
        for s, relation, o, modality, when, sentence, confidence in rows:
            sentence = sentence or f"{s} {relation} {o}."
            start = len(text)
            text += sentence + " "
            ms = Mention(s, start, start + 1, entities[s].type)
            mo = Mention(o, start + 2, start + 3, entities[o].type)
            entity_of[ms], entity_of[mo] = entities[s].id, entities[o].id
            evidence = Evidence(sentence, start, start + len(sentence))
            day = date.fromisoformat(when) if when else None
            found.append(
                Fact(ms, relation, mo, evidence, Modality(modality or "asserted"), confidence or 0.8, "test", day)
            )
        day = date.fromisoformat(dates[article]) if article in dates else None
        document = Document(article, text, titles.get(article, f"Article {article}"), day)
        articles.append(ResolvedArticle(Extraction(document, tuple(entity_of), tuple(found)), entity_of))
    return KnowledgeGraph({e.id: e for e in entities.values()}, articles)


def write_trig(kg, folder: Path) -> Path:
    """The hand-made graph as `kgraph build` would write it."""
    from kgraph.rdf import article_graphs, quads, to_trig

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "graph.trig").write_text(to_trig(quads(article_graphs(kg))), encoding="utf-8")
    return folder / "graph.trig"
