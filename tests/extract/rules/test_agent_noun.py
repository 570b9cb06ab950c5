"""agent_noun: a doer's noun said of an actor (kgraph/extract/rules/agent_noun.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Daniel Brooks is a relentless critic of the Peruvian cabinet.", ("Daniel Brooks", "criticized")),
        ("Maria Gonzalez, a close ally of Peru, arrived on Monday.", ("Maria Gonzalez", "supported")),
        ("Chile remains a staunch ally of Peru.", ("Chile", "supported")),
    ],
)
def test_a_doers_noun_said_of_an_actor_names_the_event(triples, text, expected):
    assert expected in {t[:2] for t in triples(text)}


def test_a_doers_noun_with_no_one_it_is_said_of_is_no_fact(triples):
    assert not triples("Critics of the Peruvian government gathered outside.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Maria Lopez is a former lawyer and an outspoken critic of the Chilean government.",
            ("Maria Lopez", "criticized", "Chilean government"),
        ),
        ("Maria Lopez, a lawyer and a critic of Chile, spoke.", ("Maria Lopez", "criticized", "Chile")),
    ],
)
def test_a_doers_noun_coordinated_with_another_description_still_names_the_event(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway is the largest donor to Peru.", ("Norway", "aided", "Peru")),
        ("Norway, a major donor to Peru, said nothing.", ("Norway", "aided", "Peru")),
        ("Norway has been a true friend to Peru.", ("Norway", "supported", "Peru")),
    ],
)
def test_a_doers_noun_with_a_to_phrase_names_the_event_toward_it(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}
