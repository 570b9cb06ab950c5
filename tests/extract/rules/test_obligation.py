"""obligation: what a speaker says another must do is a demand on them (kgraph/extract/rules/obligation.py)."""

import pytest


@pytest.mark.parametrize(
    "text",
    ["Canada said Cuba must free the journalists.", "Canada told reporters that Cuba must release the prisoners."],
)
def test_a_reported_obligation_is_a_demand(triples, rules, text):
    assert triples(text) == {("Canada", "demanded", "Cuba", "asserted")}
    assert rules(text) == {"obligation"}


def test_an_obligation_not_reported_is_no_demand(triples):
    assert not triples("Cuba must free the journalists.")
