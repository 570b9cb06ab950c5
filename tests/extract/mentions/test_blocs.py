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
