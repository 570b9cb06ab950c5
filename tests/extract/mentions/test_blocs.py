"""Sets of states named by the region they share (kgraph/extract/mentions/blocs.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a people's adjective the tagger names
            "Several African states condemned Peru's decision.",
            {("African states", "criticized", "Peru", "asserted")},
        ),
        (  # a compass word, which no tagger names
            "Western nations urged Chile to release the prisoners.",
            {("Western nations", "urged", "Chile", "asserted")},
        ),
        (  # a place
            "Gulf states condemned Peru on Monday.",
            {("Gulf states", "criticized", "Peru", "asserted")},
        ),
        (  # a region adjective a tagger may miss
            "Nordic governments urged Togo to free the journalists.",
            {("Nordic governments", "urged", "Togo", "asserted")},
        ),
    ],
)
def test_a_region_and_a_plural_noun_for_states_name_a_bloc(triples, text, expected):
    assert triples(text) == expected


def test_two_states_named_by_their_demonyms_stay_each_its_own(triples):
    found = triples("The Chilean and Peruvian governments signed a trade agreement.")
    assert found == {("Chilean", "agreedWith", "Peruvian", "asserted")}


def test_the_members_of_an_organisation_are_no_bloc(read):
    mentions = {m.text for m in read("EU countries agreed new sanctions against Peru.").mentions}
    assert not any(text.endswith("countries") for text in mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile accused the West of provoking the crisis.", {("Chile", "accused", "West")}),
        ("The West imposed sanctions on Chile.", {("West", "sanctioned", "Chile")}),
        ("Peru withdrew its troops from the West Bank.", {("Peru", "yieldedTo", "West Bank")}),  # a longer name
    ],
)
def test_the_west_acting_is_the_western_bloc(read, text, expected):
    facts = read(text).facts
    assert {(f.subject.text, f.relation, f.object.text) for f in facts} == expected
    blocs = {m.text for f in facts for m in (f.subject, f.object) if m.type.value == "Group"}
    assert blocs == ({"West"} if "West Bank" not in text else set())
