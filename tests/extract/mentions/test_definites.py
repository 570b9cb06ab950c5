"""Definite descriptions: 'the country' the article is talking about (kgraph/extract/mentions/definites.py)."""

from kgraph.model import EntityType, MentionKind


def test_the_country_is_a_definite_mention(mentions):
    found = [
        m for m in mentions("The Kenyan president visited the country last week.") if m.kind is MentionKind.DEFINITE
    ]
    assert [(m.text, m.type) for m in found] == [("the country", EntityType.COUNTRY)]


def test_the_country_of_something_is_no_reference(mentions):
    assert not [m for m in mentions("Lena Fox visited the country of her birth.") if m.kind is MentionKind.DEFINITE]


def test_an_acting_organ_without_its_state_is_a_definite_mention_of_that_organ(mentions):
    found = [m for m in mentions("The police arrested Ana Silva.") if m.kind is MentionKind.DEFINITE]
    assert [(m.text, m.type, m.institution) for m in found] == [("The police", EntityType.GOVERNMENT_BODY, "police")]


def test_an_organ_with_its_state_or_moved_by_someone_is_no_definite_mention(mentions):
    for text in ("The Kenyan police arrested Ana Silva.", "Kenya deployed the army.", "A police officer spoke."):
        assert not [m for m in mentions(text) if m.kind is MentionKind.DEFINITE], text
