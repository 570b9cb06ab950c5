"""stance: an adjective of stance as its subject's predicate, on sentences written for it."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana was highly critical of Togo.", {("Ghana", "criticized", "Togo", "asserted")}),
        ("Ghana remains supportive of Togo.", {("Ghana", "supported", "Togo", "asserted")}),
        ("Ghana is grateful to Togo for its help.", {("Ghana", "praised", "Togo", "asserted")}),
        ("Ghana was not critical of Togo.", {("Ghana", "criticized", "Togo", "negated")}),
        ("Ghana was critical of Togo's decision.", {("Ghana", "criticized", "Togo", "asserted")}),
    ],
)
def test_an_adjective_of_stance_holds_it_toward_whom_its_phrase_names(triples, rules, text, expected):
    assert triples(text) == expected
    assert rules(text) == {"stance"}


@pytest.mark.parametrize(
    "text",
    [
        "The harvest is critical to Togo.",  # 'critical' as 'vital', of no one's stance: no actor holds it
        "Ghana is critical of the plan.",  # a plan no one is named as having
    ],
)
def test_no_stance_without_an_actor_on_both_sides(triples, text):
    assert triples(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru reacted angrily to Chile's decision.", ("Peru", "criticized", "Chile")),
        ("Ghana spoke critically of the Togolese plan.", ("Ghana", "criticized", "Togolese")),
        ("Peru was furious with Chile over the arrests.", ("Peru", "criticized", "Chile")),
    ],
)
def test_anger_and_its_adverbs_say_a_stance_toward_someone(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_an_adverb_of_no_stance_says_none(triples):
    assert triples("Peru reacted quickly to Chile's offer.") == set()


@pytest.mark.parametrize(
    "text",
    [
        "Ghana issued a statement highly critical of Togo.",
        "Ghana's report critical of Togo angered Lome.",
        "A UN panel has issued a report critical of Togo.",
    ],
)
def test_words_issued_critical_of_someone_criticize_them(triples, text):
    assert {t[1:3] for t in triples(text)} == {("criticized", "Togo")}


def test_a_report_one_rejects_is_not_ones_own_criticism(triples):
    assert not {t for t in triples("Ghana rejected a report critical of Togo.") if t[1] == "criticized"}
