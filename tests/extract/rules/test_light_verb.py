"""light_verb: a support verb whose object noun names the event (kgraph/extract/rules/light_verb.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Fox held talks with Tomas Ruiz in Ottawa.", ("Lena Fox", "met", "Tomas Ruiz", "asserted")),
        ("Finland gave Tanzania a grant.", ("Finland", "aided", "Tanzania", "asserted")),
        ("Chile launched an attack on Peru.", ("Chile", "attacked", "Peru", "asserted")),
        ("Chile imposed sanctions on Peru.", ("Chile", "sanctioned", "Peru", "asserted")),
        (
            "The Danish navy opened fire on Swedish fishermen.",
            ("Danish navy", "attacked", "Swedish fishermen", "asserted"),
        ),
    ],
)
def test_a_support_verb_and_its_noun_report_the_relation(triples, rules, text, expected):
    assert triples(text) == {expected}
    assert rules(text) == {"light_verb"}


def test_one_statement_found_by_two_rules_is_one_fact_of_the_surer_rule(read):
    (fact,) = read("Lena Fox held talks with Tomas Ruiz in Ottawa.").facts  # light verb and nominalisation
    assert (fact.relation, fact.rule, fact.place.text) == ("met", "light_verb:hold", "Ottawa")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laos and Vietnam signed a trade agreement.", ("Laos", "agreedWith", "Vietnam", "asserted")),
        ("Peru and Bolivia held talks in La Paz.", ("Peru", "met", "Bolivia", "asserted")),
        ("Chile and Peru imposed sanctions.", ("Chile", "sanctioned", "Peru", "asserted")),
    ],
)
def test_coordinated_subjects_with_no_object_are_the_two_sides(triples, text, expected):
    assert triples(text) == {expected}


def test_a_things_owner_is_the_target(triples):
    assert triples("Chile rejected a Bolivian proposal.") == {("Chile", "rejected", "Bolivian", "asserted")}


def test_seeking_asylum_in_a_country_asks_that_country(triples):
    assert triples("Hundreds of Afghan refugees sought asylum in Austria last year.") == {
        ("Afghan refugees", "urged", "Austria", "asserted")  # an appeal (REQUEST), not a demand
    }
