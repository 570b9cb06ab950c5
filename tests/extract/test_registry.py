"""The rule registry: every rule has its pattern file, every pattern file its rule, every fact its rule."""

import dataclasses
from importlib.resources import files
from pathlib import Path

import pytest
from conftest import ROOT
from rdflib import Literal

from kgraph.data import DataError
from kgraph.extract import extract, registry
from kgraph.extract.registry import RULES, Rule, patterns, register
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import Document
from kgraph.rdf import DIP, to_dataset
from kgraph.resolve import resolve

PATTERN_FILES = Path(str(files("kgraph.data") / "rules"))

ONE_OF_EACH = {  # a sentence written for each rule
    "verb": "Peru condemned Chile over the incident.",
    "idiom": "Peru took aim at Chile over the tariffs.",
    "phrasal_verb": "Norway called on Sweden to reopen the border.",
    "light_verb": "Chile imposed sanctions on Peru.",
    "nominalisation": "Analysts noted Chile's support for Peru.",
    "characterisation": "Mali described the raid by Niger as a massacre.",
    "obligation": "Canada said Cuba must free the journalists.",
    "joint": "Chile and Peru issued a joint declaration.",
    "stance": "Chile was highly critical of Peru.",
    "defiance": "Chile held the vote despite objections from Peru.",
    "credit": '"This would not have been possible without Chile," Peru said.',
    "agent_noun": "Chile remains a staunch ally of Peru.",
    "visiting": "The visiting Peruvian president met Chilean officials in Santiago.",
    "protest_aim": "Thousands of Peruvians marched in Lima, calling for the resignation of President Ana Silva.",
    "harm": "Chile said Peru's naval drills were fuelling tensions in the region.",
}


def test_every_rule_has_a_pattern_file_and_every_pattern_file_a_rule():
    assert {p.stem for p in PATTERN_FILES.glob("*.json")} == set(RULES)


def test_every_pattern_names_its_trigger():
    for name in RULES:
        for pattern in patterns(name):
            assert "trigger" in {node["RIGHT_ID"] for node in pattern}, name


def test_every_rule_has_a_sentence_here():
    assert set(ONE_OF_EACH) == set(RULES)


@pytest.mark.parametrize(("name", "text"), sorted(ONE_OF_EACH.items()))
def test_every_fact_names_the_registered_rule_and_trigger_that_read_it(read, name, text):
    facts = read(text).facts
    assert facts
    for fact in facts:
        rule, lemma = fact.rule.split(":")
        assert rule in RULES and lemma
    assert name in {f.rule.split(":")[0] for f in facts}


def test_the_event_node_records_the_rule(read):
    ds = to_dataset(resolve([read("Norway called on Sweden to reopen the border.")]))
    assert {o for _, _, o, _ in ds.quads((None, DIP.extractedBy, None, None))} == {Literal("phrasal_verb:call")}


def test_a_rule_without_its_pattern_file_cannot_be_registered():
    with pytest.raises(DataError):
        register(Rule("no_such_rule", 0.5, read=lambda ctx, anchor: ()))
    assert "no_such_rule" not in RULES


def test_a_rule_name_is_registered_once():
    with pytest.raises(ValueError):
        register(RULES["verb"])


def test_the_matcher_is_built_once():
    assert registry._matcher() is registry._matcher()


class _NoSenses(Lexicon):
    """A lexicon that knows the constructions but no word that evokes a relation."""

    def verb_relation(self, lemma):
        return None

    def phrasal_relation(self, lemma, *particles):
        return None

    def idiom_relation(self, verb, shape, *words):
        return None

    def support_relation(self, verb, *nouns):
        return None

    def noun_sense(self, *forms):
        return None

    def thing_relation(self, lemma):
        return None

    def agent_relation(self, noun):
        return None

    def characterisation_relation(self, words, negated, official=False, kinds=()):
        return None

    def stance_relation(self, adjective):
        return None


def test_rules_ask_the_lexicon_which_relation_a_word_evokes_through_its_methods(nlp):
    """A lexicon answering those methods differently (word classes, say) needs no rule changed."""
    silent = _NoSenses(**{f.name: getattr(lexicon(), f.name) for f in dataclasses.fields(Lexicon)})
    for name, text in ONE_OF_EACH.items():
        found = extract(nlp(text), Document("t", text, "t"), silent).facts
        # these constructions are the relation ("said X must", "a joint statement", "the visiting X",
        # "said X's drills fuel tensions", "despite X's objections", "not ... without X"): no word evokes it
        assert {f.rule.split(":")[0] for f in found} <= {
            "obligation",
            "joint",
            "visiting",
            "harm",
            "defiance",
            "credit",
        }, name
        assert extract(nlp(text), Document("t", text, "t")).facts


def test_the_extraction_guide_names_every_rule():
    guide = (ROOT / "docs" / "extraction.md").read_text(encoding="utf-8")
    for name in RULES:
        assert f"rules/{name}.py" in guide and f"data/rules/{name}.json" in guide, name
