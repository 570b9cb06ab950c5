"""Definite descriptions: 'the country' the article is talking about (kgraph/extract/mentions/definites.py)."""

import pytest

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


def test_an_organ_a_hostile_deed_is_aimed_at_is_a_definite_mention_of_that_organ(mentions):
    for text in ("Rebels in Kumasi shelled the army.", "Ghana condemned the police.", "An attack on the army failed."):
        found = [m for m in mentions(text) if m.kind is MentionKind.DEFINITE]
        assert [(m.type, m.institution) for m in found] == [(EntityType.GOVERNMENT_BODY, found[0].institution)], text
        assert found[0].institution in {"army", "police"}, text


def test_an_organ_joined_or_praised_is_no_definite_mention(mentions):
    for text in ("Juan Perez joined the army in 1990.", "Ana Silva praised the police."):
        assert not [m for m in mentions(text) if m.kind is MentionKind.DEFINITE], text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gunmen stormed a police station in Kumasi.", ("Gunmen", "attacked", "police", "asserted")),
        ("Ghana said rebels attacked a government building.", ("rebels", "attacked", "government", "reported")),
        ("Ghana condemned a police raid on the farmers.", ("Ghana", "criticized", "police", "asserted")),
    ],
)
def test_an_organ_before_a_thing_struck_owns_it_and_before_a_deed_did_it(triples, text, expected):
    assert expected in triples(text)


def test_an_organ_before_a_word_for_people_owns_nothing_struck(triples):
    assert not {t for t in triples("Gunmen attacked police officers in Kumasi.") if t[2] == "police"}


def test_an_organ_yielded_to_is_a_definite_mention_of_that_organ(triples):
    assert ("rebels", "yieldedTo", "the police", "asserted") in triples("Twenty rebels surrendered to the police.")


def test_an_organ_word_before_a_deed_its_subject_performs_names_no_doer(triples):
    found = triples("Ghana held large-scale military exercises near Togo.")
    assert found == {("Ghana", "mobilizedAgainst", "Togo", "asserted")}
