"""protest_aim: a protest whose own clause demands something of someone is aimed at them
(kgraph/extract/rules/protest_aim.py)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "Thousands of Ghanaians marched through Accra, calling for the resignation of President Kofi Mensah.",
        "Ghanaian students staged a rally demanding the removal of President Kofi Mensah.",
    ],
)
def test_a_protest_demanding_something_of_someone_is_against_them(triples, text):
    found = {t[1:3] for t in triples(text)}
    assert ("protestedAgainst", "Kofi Mensah") in found
    assert any(relation in {"urged", "demanded"} and whom == "Kofi Mensah" for relation, whom in found)


def test_a_demand_made_without_a_protest_is_no_protest(triples):
    found = triples("Ghanaian students called for the resignation of President Kofi Mensah.")
    assert "protestedAgainst" not in {t[1] for t in found}


def test_a_protest_whose_clause_asks_no_one_is_aimed_at_no_one_new(triples):
    found = triples("Thousands of Ghanaians marched through Accra, singing and waving flags.")
    assert not {t for t in found if t[1] == "protestedAgainst" and t[2] != "Accra"}


def test_the_protesters_of_a_rally_after_a_participle_preposition_are_the_clauses_subject(triples):
    found = triples("Ghanaian students rioted following a rally calling for the removal of President Kofi Mensah.")
    assert ("Ghanaian students", "protestedAgainst", "Kofi Mensah", "asserted") in found
