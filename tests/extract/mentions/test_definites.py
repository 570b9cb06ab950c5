"""Definite descriptions: 'the country' the article is talking about (kgraph/extract/mentions/definites.py)."""

from kgraph.model import EntityType, MentionKind


def test_the_country_is_a_definite_mention(mentions):
    found = [
        m for m in mentions("The Kenyan president visited the country last week.") if m.kind is MentionKind.DEFINITE
    ]
    assert [(m.text, m.type) for m in found] == [("the country", EntityType.COUNTRY)]


def test_the_country_of_something_is_no_reference(mentions):
    assert not [m for m in mentions("Lena Fox visited the country of her birth.") if m.kind is MentionKind.DEFINITE]
