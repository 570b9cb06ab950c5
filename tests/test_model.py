"""The contracts between stages: plain, frozen, picklable records whose offsets are right."""

import dataclasses
import pickle
from datetime import date

import pytest

from kgraph.extract import extract
from kgraph.model import Document, Extraction, Fact, Mention
from kgraph.resolve import resolve

TEXT = (
    "Kenya hosts regional talks\n"
    "Kenyan President Ada Mwangi met Ugandan Foreign Minister Joel Okello in Nairobi on Monday.\n"
    "Mwangi urged Uganda to reopen the border."
)


@pytest.fixture(scope="module")
def extraction(nlp) -> Extraction:
    document = Document("k1", TEXT, "Kenya hosts regional talks", date(2024, 6, 5), "test")
    return extract(nlp(TEXT), document)


def test_records_are_frozen_and_survive_pickling(extraction):
    assert extraction.facts, "the sample text states facts"
    again = pickle.loads(pickle.dumps(extraction))
    assert again == extraction
    with pytest.raises(dataclasses.FrozenInstanceError):
        extraction.facts[0].relation = "met"  # type: ignore[misc]


def test_no_spacy_objects_cross_the_stage_boundary(extraction):
    def walk(value):
        if dataclasses.is_dataclass(value):
            for f in dataclasses.fields(value):
                yield from walk(getattr(value, f.name))
        elif isinstance(value, tuple | list):
            for item in value:
                yield from walk(item)
        else:
            yield value

    modules = {type(v).__module__.split(".")[0] for v in walk(extraction)}
    assert "spacy" not in modules and "thinc" not in modules


def test_offsets_index_the_article_text(extraction):
    text = extraction.document.text
    for mention in extraction.mentions:
        assert text[mention.start : mention.end] == mention.text
    for fact in extraction.facts:
        assert isinstance(fact, Fact)
        assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence
        for m in (fact.subject, fact.object):
            assert isinstance(m, Mention)
            assert fact.evidence.start <= m.start < m.end <= fact.evidence.end


def test_facts_carry_relation_modality_date_and_place(extraction):
    met = [f for f in extraction.facts if f.relation == "met"]
    assert [(f.subject.text, f.object.text) for f in met] == [("Ada Mwangi", "Joel Okello")]
    assert met[0].date == date(2024, 6, 3)  # "on Monday" before Wednesday 5 June 2024
    assert met[0].place.text == "Nairobi"
    assert met[0].modality.value == "asserted"
    assert 0 < met[0].confidence <= 1


def test_resolution_ties_every_fact_end_to_an_entity(extraction):
    kg = resolve([extraction])
    (article,) = kg.articles
    for fact in extraction.facts:
        assert article.entity_of[fact.subject] in kg.entities
        assert article.entity_of[fact.object] in kg.entities
    assert pickle.loads(pickle.dumps(kg)).entities == kg.entities


def test_a_plural_reference_expands_into_its_two_participants():
    from kgraph.model import EntityType, Evidence, MentionKind, ResolvedArticle

    text = "Ana Ruiz met Li Wei. The pair met again. Both sides urged Chile to act."
    doc = Document("p", text, "t")
    ana, li = Mention("Ana Ruiz", 0, 8, EntityType.PERSON), Mention("Li Wei", 13, 19, EntityType.PERSON)
    pair = Mention("The pair", 21, 29, EntityType.PERSON, kind=MentionKind.PLURAL, participants=EntityType.PERSON)
    sides = Mention("Both sides", 41, 51, EntityType.COUNTRY, kind=MentionKind.PLURAL)
    chile = Mention("Chile", 58, 63, EntityType.COUNTRY, "chile")
    evidence = Evidence(text, 0, len(text))
    facts = (Fact(pair, "met", pair, evidence), Fact(sides, "urged", chile, evidence))
    article = ResolvedArticle(
        Extraction(doc, (ana, li, pair, sides, chile), facts),
        {ana: "person/ana_ruiz", li: "person/li_wei", chile: "country/chile"},
        {pair: ("person/ana_ruiz", "person/li_wei"), sides: ("person/ana_ruiz", "person/li_wei")},
    )
    assert [(f.relation, s, o) for f, s, o in article.resolved_facts()] == [
        ("met", "person/ana_ruiz", "person/li_wei"),
        ("urged", "person/ana_ruiz", "country/chile"),
        ("urged", "person/li_wei", "country/chile"),
    ]
    assert list(ResolvedArticle(article.extraction, article.entity_of).resolved_facts()) == []
