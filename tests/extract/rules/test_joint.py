"""joint: what actors state or do together (kgraph/extract/rules/joint.py)."""

import pytest


@pytest.mark.parametrize(
    "text",
    [
        "A joint Chilean-Peruvian statement said the border would reopen.",
        "Chile and Peru issued a joint declaration on Monday.",
        "Chile and Peru jointly unveiled a new fisheries accord.",
    ],
)
def test_a_joint_statement_agrees_its_makers(triples, text):
    found = {t[:3] for t in triples(text)}
    assert found & {("Chilean", "agreedWith", "Peruvian"), ("Chile", "agreedWith", "Peru")}


def test_a_joint_deed_that_is_no_statement_is_cooperation(triples):
    found = {t[:3] for t in triples("Chile and Peru began joint military exercises.")}
    assert ("Chile", "cooperatedWith", "Peru") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile and Peru have agreed to hold joint military exercises.", ("Chile", "agreedWith", "Peru", "asserted")),
        ("Chile and Peru plan to hold joint military exercises.", ("Chile", "cooperatedWith", "Peru", "planned")),
    ],
)
def test_agreeing_to_a_joint_deed_is_an_agreement_planning_it_is_planned_cooperation(triples, text, expected):
    assert triples(text) == {expected}


def test_one_actor_makes_nothing_joint(triples):
    assert not {t for t in triples("Chile issued a joint statement.") if t[1] == "agreedWith"}


@pytest.mark.parametrize(
    "text", ["Ghana and Togo staged a joint exercise.", "Ghana and Togo conducted joint naval patrols."]
)
def test_a_joint_drill_or_patrol_is_cooperation(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "cooperatedWith", "Togo")}


@pytest.mark.parametrize(
    "text", ["Ghana held joint drills with Togo.", "Ghana conducted joint patrols with Togo along the coast."]
)
def test_one_who_acts_jointly_with_another_works_with_them(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "cooperatedWith", "Togo")}


def test_a_show_of_force_held_with_another_is_not_aimed_at_them(triples):
    assert not {t for t in triples("Ghana held military exercises with Togo.") if t[1] == "mobilizedAgainst"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togo patrolled the coast together.", ("Ghana", "cooperatedWith", "Togo")),
        ("Ghana and Togo jointly built a new bridge.", ("Ghana", "cooperatedWith", "Togo")),
        ("Ghana and Togo jointly condemned the coup.", ("Ghana", "agreedWith", "Togo")),
        ("Ghana and Togo jointly proclaimed a new trade zone.", ("Ghana", "agreedWith", "Togo")),
    ],
)
def test_a_deed_done_together_is_cooperation_and_words_said_together_agreement(triples, text, expected):
    found = {t[:3] for t in triples(text)}
    assert expected in found
    assert not {t for t in found if t[0] == "Ghana" and t[2] == "Togo" and t != expected}


@pytest.mark.parametrize(
    "text",
    ["Ghana and Togo staged war games in May.", "The war games were staged by Ghanaian marines and Togolese forces."],
)
def test_war_games_held_together_are_cooperation(triples, text):
    assert {t[1] for t in triples(text)} == {"cooperatedWith"}


def test_a_game_of_sport_is_no_exercise(triples):
    assert not triples("Ghana and Togo played a football game in May.")
