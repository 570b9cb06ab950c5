"""No input stops a build: a corpus of every kind of bad input built through the installed CLI, and an
article that makes spaCy fail in the real pipeline. The good articles are built; every bad one is named
with its reason; nothing prints a traceback."""

import json
import shutil

from conftest import SAMPLES, run_kgraph
from rdflib import Dataset
from rdflib.namespace import DCTERMS

from kgraph.ingest import MAX_LINE_BYTES
from kgraph.model import Document, Extraction, Skipped
from kgraph.nlp import MAX_SENTENCE_TOKENS

GOOD_TEXT = "{name} hosted talks\n{name} hosted envoys from Chile and Peru on Monday. They agreed to meet again."


def _jsonl_lines() -> list[str]:
    good = [json.dumps({"id": f"feed-{i}", "text": GOOD_TEXT.format(name=n)}) for i, n in enumerate(["Oman", "Qatar"])]
    return [
        good[0],
        '{"id": ' + "7" * 5000 + ', "text": "Mali signed a pact."}',  # an integer id of 5,000 digits
        '{"id": "deep", "text": "Mali signed a pact.", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        '{"id": "surrogate-text", "text": "Ghana \\ud800hosted talks with Togo."}',  # built, the surrogate dropped
        '{"id": "surrogate-\\udfff", "title": "T\\ud800", "source": "s\\udc00", "text": "Benin urged Niger to talk."}',
        '{"id": "nul-text", "text": "Kenya\\u0000 hosted talks with Uganda."}',  # built, the NUL dropped
        '{"id": "broken", "text": ',
        good[1],
    ]


def _bad_corpus(root):
    inputs = root / "in"
    inputs.mkdir()
    for sample in sorted(SAMPLES.glob("*.txt"))[:2]:
        shutil.copy(sample, inputs)
    (inputs / "feed.jsonl").write_text("\n".join(_jsonl_lines()) + "\n", encoding="utf-8")
    with (inputs / "huge.jsonl").open("w", encoding="utf-8") as f:  # one record over the limit, one after it
        f.write('{"id": "huge", "text": "' + "a" * (MAX_LINE_BYTES + 10) + '"}\n')
        f.write(json.dumps({"id": "after-huge", "text": GOOD_TEXT.format(name="Chad")}) + "\n")
    (inputs / "cp1252.txt").write_bytes(
        "Togo\x92s talks in Lom\xe9\nThe minister\x92s envoy met Togo\x92s leaders.".encode("latin-1")
    )
    (inputs / "utf16.txt").write_text("Talks in Accra\nGhana hosted envoys from Togo.", encoding="utf-16")
    (inputs / "nul.txt").write_bytes(b"Talks in Dakar\nSenegal\x00 hosted envoys from Gambia.")
    (inputs / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (inputs / "dangling.txt").symlink_to(root / "nowhere.txt")
    (inputs / "loop-a.txt").symlink_to(inputs / "loop-b.txt")
    (inputs / "loop-b.txt").symlink_to(inputs / "loop-a.txt")
    words = ("the envoy of the council spoke with the delegates about the harbour and the road " * 40).split()
    (inputs / "one-line.txt").write_text("Harbour talks\n" + " ".join(words), encoding="utf-8")
    return inputs


def test_a_corpus_of_bad_inputs_builds_every_good_article_and_names_every_bad_one(tmp_path):
    inputs = _bad_corpus(tmp_path)
    result = run_kgraph("build", str(inputs), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr + result.stdout

    ds = Dataset(default_union=True)
    ds.parse(tmp_path / "out" / "graph.trig", format="trig")
    built = {str(o) for o in ds.objects(None, DCTERMS.identifier)}
    good = {p.stem for p in sorted(SAMPLES.glob("*.txt"))[:2]} | {"feed-0", "feed-1", "after-huge"}
    repaired = {"surrogate-text", "surrogate-", "nul-text", "cp1252", "utf16", "nul", "one-line"}
    assert built == good | repaired
    trig = (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    assert "\x00" not in trig and '"Togo’s talks in Lomé"' in trig

    skipped = {line for line in result.stderr.splitlines() if line.startswith("skipped")}
    expected = {
        "feed.jsonl:2": "invalid JSON (ValueError",
        "feed.jsonl:3": "invalid JSON (RecursionError",
        "feed.jsonl:7": "invalid JSON (",
        "huge.jsonl:1": f"record longer than {MAX_LINE_BYTES:,} bytes, skipped unread",
        "binary.txt": "binary file, not text",
        "dangling.txt": "a broken symbolic link",
        "loop-a.txt": "a loop of symbolic links",
        "loop-b.txt": "a loop of symbolic links",
    }
    for where, reason in expected.items():
        assert any(f"{where}: {reason}" in line for line in skipped), (where, result.stderr)
    assert len(skipped) == len(expected)
    assert f"{len(expected)} inputs skipped" in result.stdout
    notes = [line for line in result.stderr.splitlines() if line.startswith("note")]
    assert any("cp1252.txt: read as cp1252" in n for n in notes)
    assert any("utf16.txt: read as utf-16" in n for n in notes)
    assert any(f"one-line.txt: 1 over-long sentence cut (more than {MAX_SENTENCE_TOKENS} words" in n for n in notes)


def test_an_article_that_makes_spacy_fail_is_reported_and_the_others_are_read(nlp):
    """A pipeline component that fails on one text (as spaCy did on a lone surrogate) costs that article only."""
    from spacy.language import Language

    from kgraph.parse import parse_and_extract

    @Language.component("kgraph_test_fails_on_boom")
    def fails_on_boom(doc):
        if "Boom" in doc.text:
            raise ValueError("cannot read this one")
        return doc

    nlp.add_pipe("kgraph_test_fails_on_boom", first=True)
    try:
        texts = ["Peru hosted talks with Chile.", "Boom urged calm.", "Oman hosted envoys from Qatar."]
        documents = [Document(f"d{i}", text, text, source=f"d{i}.txt") for i, text in enumerate(texts)]
        results = list(parse_and_extract(nlp, documents, batch_size=8))
    finally:
        nlp.remove_pipe("kgraph_test_fails_on_boom")
    assert [type(r) for r in results] == [Extraction, Skipped, Extraction]
    assert results[1] == Skipped("d1.txt", "spaCy failed on it: ValueError: cannot read this one")
    assert [r.document.id for r in results if isinstance(r, Extraction)] == ["d0", "d2"]
    assert {f.relation for f in results[2].facts} == {"hosted"}
