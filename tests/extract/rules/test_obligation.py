"""obligation: what a speaker says another must do is a demand on them (kgraph/extract/rules/obligation.py)."""

import pytest


@pytest.mark.parametrize(
    "text",
    ["Canada said Cuba must free the journalists.", "Canada told reporters that Cuba must release the prisoners."],
)
def test_a_reported_obligation_is_a_demand(triples, rules, text):
    assert triples(text) == {("Canada", "demanded", "Cuba", "asserted")}
    assert rules(text) == {"obligation"}


def test_a_that_clause_in_the_mandative_subjunctive_is_a_demand(triples, rules):
    text = "Canada insisted that Cuba free the journalists."
    assert triples(text) == {("Canada", "demanded", "Cuba", "asserted")} and rules(text) == {"obligation"}
    stated = triples("Canada insisted that Cuba frees the journalists every year.")  # a statement, not a demand
    assert not {t for t in stated if t[1] == "demanded"}


def test_an_obligation_not_reported_is_no_demand(triples):
    assert not triples("Cuba must free the journalists.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana wants Togo to reopen the border.", {("Ghana", "demanded", "Togo", "asserted")}),
        ("Ghana expects Togo to pay its debts.", {("Ghana", "demanded", "Togo", "asserted")}),
        ("Ghana does not want Togo to reopen the border.", {("Ghana", "demanded", "Togo", "negated")}),
        ("Analysts expect Togo to reopen the border.", set()),
    ],
)
def test_what_one_wants_another_to_do_is_a_demand_on_them(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana repeated its call for Togo to free the prisoners.", {("Ghana", "urged", "Togo", "asserted")}),
        ("Ghana reiterated its demand that Togo free the prisoners.", {("Ghana", "demanded", "Togo", "asserted")}),
        ("Ghana issued an ultimatum for Togo to withdraw its troops.", {("Ghana", "threatened", "Togo", "asserted")}),
        ("Ghana rejected the call for Togo to withdraw its troops.", set()),  # rejecting a call is no call
        # the parser hangs the clause on the verb when a word comes between it and the noun
        ("Ghana renewed its demand today that Togo free the prisoners.", {("Ghana", "demanded", "Togo", "asserted")}),
    ],
)
def test_what_a_request_asks_of_someone_is_asked_by_its_owner_and_not_done(triples, text, expected):
    assert triples(text) == expected


def test_rejecting_a_demand_however_parsed_is_no_demand(triples):
    found = triples("Ghana rejected the demand today that Togo free the prisoners.")
    assert not {t for t in found if t[1] == "demanded"}
