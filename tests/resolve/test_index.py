"""Resolution against the store (kgraph/resolve/index.py): building articles in parts, in any order,
gives the graph that building them together gives. A corpus written for this test: the second and third
articles name people and a council only by what the first one spells out."""

from pathlib import Path

import pyoxigraph
import pytest
from conftest import SAMPLES, run_kgraph

from kgraph.ingest import read_inputs
from kgraph.nlp import DEFAULT_MODEL, load_pipeline
from kgraph.parse import parse_and_extract
from kgraph.resolve.index import INDEX_FILE, decode, encode

ARTICLES = {
    "a_talks.txt": "Ghana and Chile hold talks\n"
    "Foreign Minister Kwame Osei Mensah met Chilean Foreign Minister Ana Ruiz in Accra on Monday. "
    "The Northern Fishing Council (NFC) praised the talks.",
    "b_port.txt": "Envoy urges Peru to open port\nMensah urged Peru to open its port. The NFC criticized Chile.",
    "c_reply.txt": "Chile replies\nMs Ruiz thanked Kwame Mensah on Friday. Ruiz later visited Peru.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def build(corpus: Path, out: Path, *names: str, prune: bool = False) -> None:
    result = run_kgraph("build", *(str(corpus / n) for n in names), "--out", str(out), "-q", *["--prune"] * prune)
    assert result.returncode == 0, result.stderr


def stored(out: Path) -> list[str]:
    """Every quad of the store, named graphs and the default one, but those with the ontology's blank nodes
    (named afresh by each build)."""
    store = pyoxigraph.Store.read_only(str(out / "store"))
    blank = pyoxigraph.BlankNode
    return sorted(str(q) for q in store if not any(isinstance(t, blank) for t in (q.subject, q.object)))


@pytest.fixture(scope="module")
def full(corpus, tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("full")
    build(corpus, out, *ARTICLES)
    return stored(out)


@pytest.mark.parametrize(
    "parts", [[["a_talks.txt"], ["b_port.txt", "c_reply.txt"]], [["c_reply.txt", "b_port.txt"], ["a_talks.txt"]]]
)
def test_building_in_parts_in_either_order_equals_building_at_once(corpus, full, tmp_path, parts):
    for part in parts:
        build(corpus, tmp_path, *part)
    assert stored(tmp_path) == full
    assert "<https://w3id.org/kgraph/id/person/kwame_osei_mensah>" in " ".join(full)
    assert "person/mensah>" not in " ".join(full) and "org/nfc>" not in " ".join(full)
    assert (tmp_path / "store" / INDEX_FILE).is_file()


def test_a_stored_article_is_resolved_again_when_a_new_one_names_its_people(corpus, tmp_path):
    build(corpus, tmp_path, "b_port.txt")
    alone = " ".join(stored(tmp_path))
    assert "person/mensah>" in alone  # no one named in full yet
    build(corpus, tmp_path, "a_talks.txt")
    again = " ".join(stored(tmp_path))
    assert "person/mensah>" not in again and "person/kwame_osei_mensah>" in again


def test_pruning_forgets_the_articles_it_drops(corpus, tmp_path):
    build(corpus, tmp_path / "parts", "a_talks.txt")
    build(corpus, tmp_path / "parts", "b_port.txt", prune=True)
    build(corpus, tmp_path / "alone", "b_port.txt")
    assert stored(tmp_path / "parts") == stored(tmp_path / "alone")


def test_an_extraction_is_stored_and_read_back_unchanged():
    documents, _ = read_inputs([SAMPLES])
    for extraction in parse_and_extract(load_pipeline(DEFAULT_MODEL), documents, 8):
        assert decode(encode(extraction)) == extraction
    assert decode(b"not an extraction") is None
