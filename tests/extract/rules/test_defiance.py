"""defiance: a deed done despite someone's pressure, demands, warnings or objections, on sentences written
for it."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Ghana held the vote despite objections from Togo.",
        "Despite pressure from Togo, Ghana refused to withdraw its troops.",
        "Ghana went ahead with the drills in spite of Togo's warnings.",
        "Ghana pressed on with the project despite repeated calls by Togo to halt it.",
        "Ghana did not withdraw its troops despite Togo's demands.",  # not doing it defies them too
    ],
)
def test_a_deed_done_despite_someones_pressure_rejects_them(triples, rules, text):
    assert ("Ghana", "rejected", "Togo", "asserted") in triples(text)
    assert "defiance" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana held the vote despite the rain.",  # no one presses
        "Ghana held the vote despite objections.",  # no one named
        "Ghana may hold the vote despite objections from Togo.",  # hedged
    ],
)
def test_no_defiance_without_pressure_from_someone(triples, rules, text):
    assert "defiance" not in rules(text)
