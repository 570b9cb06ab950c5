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


@pytest.mark.parametrize(
    ("text", "defied"),
    [
        ("Thousands of Peruvians marched in Lima in defiance of the Chilean authorities.", "Chilean"),
        ("Peruvians held a rally in defiance of a ban by the Chilean government.", "Chilean government"),
    ],
)
def test_acting_in_defiance_of_someone_or_of_their_ban_rejects_them(triples, text, defied):
    assert ("Peruvians", "rejected", defied) in {t[:3] for t in triples(text)}
