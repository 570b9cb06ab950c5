"""harm: a speaker who says an actor's deed harms peace or others criticises that actor
(kgraph/extract/rules/harm.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Peru\'s decision has undermined years of progress," Chilean President Tomas Brel said.',
            {("Tomas Brel", "criticized", "Peru")},
        ),
        ("Chile said Peru's naval drills were fuelling tensions in the region.", {("Chile", "criticized", "Peru")}),
    ],
)
def test_saying_an_actors_deed_does_harm_criticises_the_actor(triples, rules, text, expected):
    assert {t[:3] for t in triples(text)} == expected
    assert rules(text) == {"harm"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru's naval drills fuelled tensions in the region.",  # the article's own words: no one's criticism
        "Chile said its own drills would not increase tensions.",  # denied, and the speaker's own
        "Chile said the storm damaged roads in Peru.",  # no actor's deed
    ],
)
def test_harm_nobody_says_or_nobody_did_is_no_criticism(triples, text):
    assert not triples(text)
