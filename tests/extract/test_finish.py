"""The finishing step: pairs, evidence, date, place and rule of each fact (kgraph/extract/finish.py)."""

from datetime import date

import pytest


def test_evidence_is_the_sentence_with_offsets(read):
    text = "Talks opened.\nLena Fox met Tomas Ruiz in Lima."
    (fact,) = read(text).facts
    assert fact.evidence.sentence == "Lena Fox met Tomas Ruiz in Lima."
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence


def test_the_place_is_where_the_event_happened(read):
    (fact,) = read("Lena Fox met Tomas Ruiz in Lima.").facts
    assert fact.place.text == "Lima"


def test_a_weekday_is_resolved_against_the_article_date(read):
    ex = read("Maria Lopez met John Carter on Tuesday.", date(2024, 10, 18))
    assert [f.date for f in ex.facts] == [date(2024, 10, 15)]


def test_a_fact_carries_a_relative_date(read):
    ex = read("Lena Fox visited Japan last month.", date(2024, 10, 18))
    assert [(f.relation, f.date) for f in ex.facts] == [("visited", date(2024, 9, 1))]


def test_a_plural_subject_of_a_symmetric_event_is_a_fact_between_its_participants(read):
    facts = read("Lena Fox met Tomas Ruiz in Lima. The two leaders agreed to cooperate.").facts
    (fact,) = [f for f in facts if f.relation == "agreedWith"]
    assert fact.subject is fact.object and fact.subject.text == "The two leaders"


def test_confidence_follows_the_rule(read):
    by_rule = {f.rule.split(":")[0]: f.confidence for f in read("Serbia condemned Turkey's invasion of Greece.").facts}
    assert by_rule["verb"] > by_rule["nominalisation"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile expelled two Peruvian diplomats.", {("Chile", "sanctioned", "Peruvian")}),
        ("Chile expelled thousands of Bolivian migrants.", {("Chile", "coerced", "Bolivian migrants")}),
        (
            "The expulsion of Bolivian migrants by Chilean police drew protests.",
            {("Chilean police", "coerced", "Bolivian migrants")},
        ),
    ],
)
def test_expelling_diplomats_is_a_sanction_and_expelling_a_people_coercion(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana announced the deployment of 300 troops to Togo on a peacekeeping mission.",
        "Peru sent 200 soldiers to Bolivia to serve as a peacekeeping force.",
        "Chile deployed 500 troops to Bolivia as peacekeepers.",
    ],
)
def test_forces_sent_for_peacekeeping_aid_where_they_go(triples, text):
    assert {t[1] for t in triples(text)} == {"aided"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru massed troops on the border with Bolivia, where United Nations peacekeepers patrol.",
        "Ghana deployed two warships to Togo.",
    ],
)
def test_peacekeepers_in_a_clause_of_their_own_leave_a_deployment_a_mobilisation(triples, text):
    assert {t[1] for t in triples(text)} == {"mobilizedAgainst"}


def test_a_meeting_that_fails_to_agree_was_held_and_its_sides_refused_each_other(triples):
    found = {t[:4] for t in triples("The summit between Ghana and Togo failed to reach agreement on the border.")}
    assert ("Ghana", "met", "Togo", "asserted") in found
    assert {t[1] for t in found} == {"met", "rejected"}


@pytest.mark.parametrize(
    "text",
    ["The talks between Ghana and Togo were cancelled.", "The summit between Ghana and Togo did not take place."],
)
def test_a_meeting_called_off_or_not_held_did_not_happen(triples, text):
    assert {t[3] for t in triples(text)} == {"negated"}


def test_no_event_named_with_no_happened(triples):
    assert triples("There have been no meetings between Peru and Chile since 2019.") == {
        ("Peru", "met", "Chile", "negated")
    }


@pytest.mark.parametrize("text", ["Ana Silva spoke to reporters in Accra.", "Ana Silva met journalists in Accra."])
def test_speaking_to_the_press_meets_no_one(triples, text):
    assert not triples(text)


def test_what_is_done_to_the_press_is_done_to_it(triples):
    assert triples("Ghana detained two journalists.") == {("Ghana", "detained", "journalists", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Chile opened the frontier to Peruvian refugees.",
        "Chile allowed Peruvian refugees to enter the country.",
    ],
)
def test_giving_way_to_people_who_fled_gives_them_refuge_which_is_aid(triples, text):
    assert {t[1:3] for t in triples(text)} == {("aided", "Peruvian refugees")}


def test_people_a_modifier_says_fled_are_given_refuge_and_tourists_are_not(triples):
    assert {t[1:3] for t in triples("Chile opened its frontier to displaced Peruvians.")} == {
        ("aided", "displaced Peruvians")
    }
    assert {t[1] for t in triples("Chile opened its frontier to Peruvian tourists.")} == {"yieldedTo"}


def test_freeing_people_who_fled_from_detention_is_still_a_release(triples):
    assert {t[1] for t in triples("Chile released Peruvian refugees.")} == {"yieldedTo"}


def test_extraditing_a_person_coerces_them_and_cooperates_with_the_state_they_are_sent_to(triples):
    assert {t[1:3] for t in triples("Chile extradited two Peruvian militants.")} == {("coerced", "Peruvian militants")}
    assert {t[1:3] for t in triples("Chile extradited Juan Perez.")} == {("coerced", "Juan Perez")}
    assert {t[1:3] for t in triples("Chile extradited Juan Perez to Peru.")} == {("cooperatedWith", "Peru")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile expelled Juan Perez.", ("coerced", "Juan Perez")),
        ("Chile deported Juan Perez, a Peruvian businessman.", ("coerced", "Juan Perez")),
        ("Chile expelled Ambassador Juan Perez.", ("sanctioned", "Juan Perez")),
        ("Chile expelled Juan Perez, the Peruvian ambassador.", ("sanctioned", "Juan Perez")),
    ],
)
def test_expelling_a_private_person_coerces_them_and_expelling_an_envoy_sanctions(triples, text, expected):
    assert {t[1:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hundreds of Peruvians rallied in support of Chile.", ("Peruvians", "supported", "Chile")),
        ("Thousands of Peruvians marched in solidarity with Chile.", ("Peruvians", "supported", "Chile")),
        ("Peruvians rallied in Lima against Chile.", ("Peruvians", "protestedAgainst", "Chile")),
    ],
)
def test_a_demonstration_in_support_of_someone_backs_them(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile evacuated 300 Peruvian citizens from Bolivia.", ("aided", "Peruvian citizens")),
        ("Chile handed over two Peruvian prisoners.", ("yieldedTo", "Peruvian prisoners")),
    ],
)
def test_evacuating_people_rescues_them_and_handing_them_over_releases_them(triples, text, expected):
    assert expected in {t[1:3] for t in triples(text)}
    assert ("aided", "Peruvian prisoners") not in {t[1:3] for t in triples(text)}


def test_peacekeepers_who_arrive_somewhere_aid_it(triples):
    assert {t[1:3] for t in triples("A Chilean peacekeeping force arrived in Peru.")} == {("aided", "Peru")}
    assert {t[1:3] for t in triples("Juan Perez arrived in Peru.")} == {("visited", "Peru")}


def test_talks_after_which_something_is_called_off_were_held(triples):
    found = triples("Peru cancelled its visit after the talks with Chile.")
    assert ("Peru", "met", "Chile", "asserted") in found
    assert not {t for t in found if t[1] == "rejected"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile evacuated the wounded from Peru.", {("aided", "Peru")}),
        ("Chile evacuated 300 people from Peru.", {("aided", "Peru")}),
        ("Chile evacuated its troops from Peru.", {("yieldedTo", "Peru")}),
    ],
)
def test_evacuating_people_from_a_place_aids_it_and_evacuating_forces_withdraws(triples, text, expected):
    assert {t[1:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana warned of serious consequences if Togo did not withdraw.", {("Ghana", "threatened", "Togo")}),
        ("Ghana warned of the dangers of the drought.", set()),
    ],
)
def test_a_warning_of_what_comes_if_someone_acts_threatens_them(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana told Togo it would impose sanctions.", {("Ghana", "threatened", "Togo")}),
        ("Ghana told Togo that it would close the border.", {("Ghana", "threatened", "Togo")}),
        ("Ghana told reporters it would impose sanctions.", set()),  # the press hears it; no one is threatened
    ],
)
def test_a_threat_that_names_no_one_is_made_to_whom_its_maker_tells_it(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected
