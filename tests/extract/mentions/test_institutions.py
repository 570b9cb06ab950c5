"""Institutions: an organ of a state, one government body whatever the wording
(kgraph/extract/mentions/institutions.py)."""

import pytest

from kgraph.model import EntityType, MentionKind


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Austrian government condemned Libya.", ("Austrian government", "criticized", "Libya", "asserted")),
        ("Portugal's parliament urged Spain to act.", ("Portugal's parliament", "urged", "Spain", "asserted")),
        ("The government of Norway praised Iceland.", ("government of Norway", "praised", "Iceland", "asserted")),
        ("The Chilean navy attacked Bolivia.", ("Chilean navy", "attacked", "Bolivia", "asserted")),
        ("Chile's air force bombed Bolivia.", ("Chile's air force", "attacked", "Bolivia", "asserted")),
        ("Chinese government officials criticized Japan.", ("Chinese government", "criticized", "Japan", "asserted")),
    ],
)
def test_an_organ_of_a_state_acts_under_its_own_name(triples, text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize(
    ("text", "organ", "country"),
    [
        ("Chile's army attacked Peru.", "army", "chile"),
        ("Police in Ghana arrested Togolese traders.", "police", "ghana"),
        ("The Latvian Constitutional Court criticized Estonia.", "Constitutional Court", "latvia"),
    ],
)
def test_the_organ_and_its_country_are_typed_fields(mentions, text, organ, country):
    (body,) = [m for m in mentions(text) if m.kind is MentionKind.INSTITUTION]
    assert (body.type, body.institution, body.gazetteer_id) == (EntityType.GOVERNMENT_BODY, organ, country)


def test_the_organs_of_two_states_are_no_one_body(mentions):
    assert not [
        m for m in mentions("Chilean and Peruvian armies attacked Bolivia.") if m.kind is MentionKind.INSTITUTION
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana welcomed the deal. Its foreign ministry urged Togo to respect it.", ("Its foreign ministry", "Ghana")),
        ("Ghana said its army had attacked the rebels.", ("its army", "Ghana")),
        (
            "The deal was praised by Ghana, whose foreign ministry urged Togo to respect it.",
            ("whose foreign ministry", "Ghana"),
        ),
        ("Ghana, whose army attacked the rebels, denied the claim.", ("whose army", "Ghana")),
    ],
)
def test_the_organ_of_the_state_its_stands_for_is_that_states(read, text, expected):
    found = {m.text: m.gazetteer_id for m in read(text).mentions if m.kind.value == "institution"}
    assert found.get(expected[0]) == expected[1].lower()


def test_its_of_no_one_state_names_no_organ(read):
    found = read("NATO said its forces would defend Ghana.").mentions
    assert not [m for m in found if m.kind.value == "institution"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A court in Kumasi sentenced Juan Perez to ten years.", {("court in Kumasi", "accused", "Juan Perez")}),
        ("Police in Kumasi arrested Juan Perez.", {("Police in Kumasi", "detained", "Juan Perez")}),
    ],
)
def test_an_organ_in_a_place_no_state_is_named_by_is_that_places_own(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


def test_armed_forces_in_a_place_are_not_its_own(mentions):
    assert not [m for m in mentions("The army in Kumasi shelled the rebels.") if m.text.startswith("army in")]
