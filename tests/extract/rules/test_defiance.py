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


@pytest.mark.parametrize(
    "text",
    [
        "Ghana will not rest until Togo frees the sailors.",
        "Ghana said it would not leave the island until Togo pays.",
        "Ghanaian nurses will not go back to their posts until their demands are met by Togo.",
        "Ghana will not rest unless Togo frees the sailors.",
        "Ghanaian miners will not go back to work before Togo raises their wages.",
    ],
)
def test_vowing_not_to_act_until_another_does_rejects_that_one(triples, rules, text):
    assert ("rejected", "Togo") in {t[1:3] for t in triples(text) if t[3] == "asserted"}
    assert "defiance" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ghana did not open the border until Togo withdrew.",  # when it happened, no stand
        "Ghana will end its blockade until Togo frees the sailors.",  # no refusal
        "Ghana will not end its blockade until it is safe.",  # no one else named
    ],
)
def test_no_condition_set_on_anyone_without_a_vow_not_to_act_until_they_do(rules, text):
    assert "defiance" not in rules(text)


def test_a_state_one_will_not_be_in_until_another_acts_is_no_stand_one_takes(triples):
    text = "Ghanaian President Kofi Mensah said the Togolese envoy would not be welcome until he apologised."
    assert not {t for t in triples(text) if t[1] == "rejected" and t[0] != "Kofi Mensah"}
