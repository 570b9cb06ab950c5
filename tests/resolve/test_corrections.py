"""The user's corrections file (kgraph/resolve/corrections.py): what it says wins, and only there."""

import pytest

from kgraph.extract import extract
from kgraph.model import Document, EntityType
from kgraph.resolve import CorrectionsError, load_corrections, resolve

TEXTS = [
    "Foreign Minister Kwame Mensah met Chilean Foreign Minister Ana Ruiz in Lima on Monday.",
    "Envoy Kwame Nkansah-Mensah urged Peru to act. The Daily Desk said Chile would reply.",
    "Senator Tom Hadley criticized Peru. The Ghana Cocoa Board praised Chile.",
]
CORRECTIONS = """
not_entities = ["Daily Desk"]

[[entity]]
name = "Kwame Mensah"
aliases = ["Kwame Nkansah-Mensah"]
wikidata = "Q4115189"

[[entity]]
name = "Ghana Cocoa Board"
aliases = ["Cocoa Board"]
type = "GovernmentBody"
"""


@pytest.fixture(scope="module")
def extractions(nlp):
    return [extract(nlp(t), Document(f"d{i}", t, "t")) for i, t in enumerate(TEXTS)]


def entities(kg):
    return {eid: (e.label, e.type, e.wikidata) for eid, e in kg.entities.items()}


def test_corrections_merge_type_link_and_reject_and_change_nothing_else(extractions, tmp_path):
    path = tmp_path / "entities.toml"
    path.write_text(CORRECTIONS, encoding="utf-8")
    before, after = entities(resolve(extractions)), entities(resolve(extractions, load_corrections(path)))
    assert after["person/kwame_mensah"] == ("Kwame Mensah", EntityType.PERSON, "Q4115189")
    assert "person/kwame_nkansah_mensah" in before and "person/kwame_nkansah_mensah" not in after  # merged
    assert not any(label == "Daily Desk" for label, _, _ in after.values())
    assert any(label == "Daily Desk" for label, _, _ in before.values())
    (board,) = [eid for eid, (label, _, _) in after.items() if label == "Ghana Cocoa Board"]
    assert after[board][1] is EntityType.GOVERNMENT_BODY
    named = {"person/kwame_mensah", "person/kwame_nkansah_mensah", board}
    named |= {e for e, v in before.items() if v[0] in ("Daily Desk", "Cocoa Board")}
    assert {e: v for e, v in before.items() if e not in named} == {e: v for e, v in after.items() if e not in named}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("bogus = 1", "unknown key(s) bogus"),
        ("[[entity]]\naliases = ['X']", "'name' must be a non-empty string"),
        ("[[entity]]\nname = 'X'\ntype = 'Planet'", "unknown type 'Planet'"),
        ("[[entity]]\nname = 'X'\nwikidata = '42'", "'wikidata' must be an item id"),
        ("[[entity]]\nname = 'X'\n[[entity]]\nname = 'Y'\naliases = ['x']", "'x' is already given to 'X'"),
        ("not_entities = ['X']\n[[entity]]\nname = 'X'", "both an entity and in not_entities"),
        ("[[entity]\nname =", "not a TOML file"),
    ],
)
def test_a_broken_corrections_file_is_named_with_what_is_wrong(tmp_path, text, message):
    path = tmp_path / "entities.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CorrectionsError, match=message.replace("(", r"\(").replace(")", r"\)")) as err:
        load_corrections(path)
    assert str(path) in str(err.value)
