"""idiom: a fixed phrase of a verb, a noun and a preposition (kgraph/extract/rules/idiom.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana took aim at Togo over the tariffs.", ("Ghana", "criticized", "Togo")),
        ("Ghana poured cold water on Togo's proposal.", ("Ghana", "rejected", "Togo")),
        ("Ghana turned its back on Togo.", ("Ghana", "rejected", "Togo")),
        ("Ghana paid homage to Kofi Mensah.", ("Ghana", "praised", "Kofi Mensah")),
        ("Ghana made peace with Togo.", ("Ghana", "agreedWith", "Togo")),
        ("Ghana pointed the finger at Togo.", ("Ghana", "accused", "Togo")),
        ("Ghana pinned the blame on Togo.", ("Ghana", "accused", "Togo")),
        ("Ghana is raising money for Togo's reconstruction.", ("Ghana", "aided", "Togo")),
        ("Ghana raised funds for Togolese refugees.", ("Ghana", "aided", "Togolese refugees")),
        ("Ghana joined forces with Togo.", ("Ghana", "cooperatedWith", "Togo")),
        ("Ghana joined hands with Togo.", ("Ghana", "cooperatedWith", "Togo")),
    ],
)
def test_a_verbs_fixed_object_and_preposition_aim_the_phrase_at_whom_the_preposition_names(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana came to the aid of Togo.", ("Ghana", "aided", "Togo")),
        ("Ghana rushed to Togo's defence.", ("Ghana", "supported", "Togo")),
    ],
)
def test_a_fixed_preposition_and_noun_are_for_whose_the_noun_is(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana took Togo to court over the dam.", ("Ghana", "accused", "Togo")),
        ("Ghana took Togo to task over the remarks.", ("Ghana", "criticized", "Togo")),
    ],
)
def test_a_fixed_phrase_after_the_verbs_object_is_done_to_that_object(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    "text", ["Ghana took the train to Accra.", "Ghana played a role in the talks.", "Ghana came to the aid station."]
)
def test_the_same_words_outside_the_fixed_phrase_report_nothing(triples, text):
    assert not triples(text)


@pytest.mark.parametrize("text", ["Ghana used force against Togo.", "Ghana used military force against Togo."])
def test_using_force_against_someone_attacks_them(triples, text):
    assert triples(text) == {("Ghana", "attacked", "Togo", "asserted")}
