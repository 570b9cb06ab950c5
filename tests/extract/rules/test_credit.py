"""credit: saying something could not have been done without someone praises them, on sentences written for it."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        '"This could not have happened without Togo," Ghana\'s foreign minister said.',
        "Ghana said the ceasefire would not have been possible without Togo's help.",
        '"We could not have reached this deal without the support of Togo," Ghana said.',
        "Ghana said the talks would not have succeeded without our partners in Togo.",
    ],
)
def test_crediting_someone_with_what_could_not_have_been_done_without_them_praises_them(triples, rules, text):
    assert any(r == "praised" and o == "Togo" and s in {"Ghana", "foreign minister"} for s, r, o, _ in triples(text))
    assert "credit" in rules(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ceasefire could not have happened without Togo.",  # the article's own statement: no one credits
        "Ghana said the talks must not have succeeded without Togo.",  # a guess at the past, no counterfactual
        "Ghana said the talks could not go ahead without Togo.",  # a condition, not a credit
        "Ghana said the deal would not have been possible without the rain.",  # no one named
    ],
)
def test_no_credit_without_a_speaker_a_counterfactual_and_someone_named(triples, text):
    assert not any(r == "praised" for _, r, _, _ in triples(text))
