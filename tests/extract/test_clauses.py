"""How a clause presents its event: modality and stated intentions (kgraph/extract/clauses.py)."""

from datetime import date

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lena Fox will meet Tomas Ruiz next week.", ("Lena Fox", "met", "Tomas Ruiz", "planned")),
        ("Lena Fox is expected to meet Tomas Ruiz.", ("Lena Fox", "met", "Tomas Ruiz", "planned")),
        ("Peru will urge Chile to withdraw.", ("Peru", "urged", "Chile", "planned")),
        ("Lena Fox did not meet Tomas Ruiz.", ("Lena Fox", "met", "Tomas Ruiz", "negated")),
        ("Egypt will not meet Sudan.", ("Egypt", "rejected", "Sudan", "asserted")),  # a refusal, as "said it would not"
        ("Egypt denied meeting Sudan.", ("Egypt", "met", "Sudan", "negated")),
        ("Peru said that Chile attacked Bolivia.", ("Chile", "attacked", "Bolivia", "reported")),
    ],
)
def test_modality(triples, text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Egypt might meet Sudan.",
        "Egypt is suspected of arming the rebels.",
        "Norway said Sweden should attack Finland.",
        "Norway simulated an attack on Sweden.",  # an event a verb hedges, named by a noun
        "Norway rehearsed an invasion of Sweden.",
    ],
)
def test_hedged_events_are_not_facts(triples, text):
    assert not {t for t in triples(text) if t[1] in {"met", "aided", "attacked"}}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Japan promised to send aid to Nepal.", {("Japan", "agreedWith", "Nepal", "asserted")}),
        ("Peru pledged to meet Chile.", {("Peru", "agreedWith", "Chile", "asserted")}),
        ("Sweden said it will provide loans to Ghana.", {("Sweden", "agreedWith", "Ghana", "asserted")}),
        (
            "Norway said it would cut aid to Chad unless the army left the capital.",
            {("Norway", "threatened", "Chad", "asserted")},
        ),
        ("Chile said it would impose sanctions on Peru.", {("Chile", "threatened", "Peru", "asserted")}),
        ("Chile will cut ties with Peru unless it withdraws.", {("Chile", "threatened", "Peru", "asserted")}),
        ("Chile will send aid to Peru unless the rains stop.", {("Chile", "aided", "Peru", "planned")}),
        ("Peru said it would not meet Ecuador.", {("Peru", "rejected", "Ecuador", "asserted")}),
        ("Sudan and Chad failed to reach an agreement.", {("Sudan", "rejected", "Chad", "asserted")}),
        ("The Serbian army prepared to shell Kosovo.", {("Serbian army", "mobilizedAgainst", "Kosovo", "asserted")}),
        ("Chile said it was ready to attack Peru.", {("Chile", "mobilizedAgainst", "Peru", "asserted")}),
    ],
)
def test_stated_intentions_are_promises_threats_or_refusals(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile warned it would impose sanctions on Peru.",
        "Chile warned that it could cut ties with Peru.",
        "Chile threatened that it might expel Peruvian diplomats.",
    ],
)
def test_what_one_warns_one_will_or_may_do_to_another_threatens_them(triples, text):
    assert {t[:2] for t in triples(text)} == {("Chile", "threatened")}


@pytest.mark.parametrize("text", ["Chile said it could impose sanctions on Peru.", "Chile warned Peru could attack."])
def test_what_one_says_may_happen_or_warns_another_may_do_is_no_fact_of_it(triples, text):
    assert not {t for t in triples(text) if t[1] in {"sanctioned", "attacked"}}


def test_a_schedule_is_not_a_promise(triples):
    assert triples("Lena Fox will visit Japan in May.") == {("Lena Fox", "visited", "Japan", "planned")}


@pytest.mark.parametrize(
    "text",
    [
        "Freedonia will lift its sanctions on Ruritania if Borduria withdraws its troops from Syldavia.",
        "Freedonia said it would keep its embassy open unless Ruritania expelled its diplomats.",
        "Nobody knows whether Freedonia attacked Ruritania.",
    ],
)
def test_a_condition_or_open_question_is_no_event(triples, text):
    assert not {t for t in triples(text) if t[1] in {"yieldedTo", "sanctioned", "attacked"} and t[0] != "Freedonia"}
    assert ("Freedonia", "attacked", "Ruritania", "asserted") not in triples(text)


def test_a_finite_verb_beside_a_refused_infinitive_is_not_refused(triples):
    found = triples("Austria refused to pay into the fund and loudly opposed Serbia's accession.")
    assert ("Austria", "rejected", "Serbia", "asserted") in found


def test_refusing_to_ease_a_measure_on_x_rejects_x(triples):
    assert ("Norway", "rejected", "Chile") in {t[:3] for t in triples("Norway refused to ease its embargo on Chile.")}
    assert ("Norway", "rejected", "Chile") in {
        t[:3] for t in triples("The premier said Norway will not lift its sanctions on Chile.")
    }


def test_what_a_deal_is_for_is_not_done(triples):
    assert not {t for t in triples("Chile and Peru signed a deal to restore ties with Bolivia.") if t[2] == "Bolivia"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Egypt cancelled its meeting with Sudan.", ("Egypt", "met", "Sudan", "negated")),
        ("Egypt called off its meeting with Sudan.", ("Egypt", "met", "Sudan", "negated")),
        ("Peru postponed its visit to Chile.", ("Peru", "visited", "Chile", "negated")),
        ("Peru declined a meeting with Chile.", ("Peru", "rejected", "Chile", "asserted")),
        ("Peru held its meeting with Chile.", ("Peru", "met", "Chile", "asserted")),
    ],
)
def test_an_event_called_off_or_refused_did_not_happen(triples, text, expected):
    """A verb that calls off or refuses the event its object names: the event is negated (never an edge),
    and calling it off is no concession."""
    found = triples(text)
    assert expected in found
    assert not {t for t in found if t[1] in {"conceded", "yieldedTo"}}, found
    assert not {t for t in found if t[1] == expected[1] and t[3] != expected[3]}, found


def test_calling_off_a_hostile_act_gives_way_and_is_no_attack(triples):
    # a state's strike is an attack: calling it off is a retreat, as ending an offensive is
    assert triples("Peru called off the strike against Chile.") == {("Peru", "yieldedTo", "Chile", "asserted")}


def test_an_event_dated_after_the_article_is_planned(triples):
    """'The first meeting between X and Y next month': not held yet, whatever the verb's tense."""
    text = "The talks set the stage for a meeting between Egypt and Sudan in Cairo next month."
    for day in (date(2024, 3, 1), None):
        assert triples(text, day) == {("Egypt", "met", "Sudan", "planned")}
    past = "Egypt met Sudan in Cairo on 2 March 2024."
    assert {t[3] for t in triples(past, date(2024, 3, 9))} == {"asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "A possible meeting between Peru and Chile was discussed.",
        "Peru's upcoming visit to Chile drew protests.",
        "Peru set the stage for talks with Chile.",
        "The deal paved the way for a summit between Peru and Chile.",
        "On the eve of a visit by Peru's president to Chile, markets rallied.",
        "Ahead of a visit by Peru's president to Chile, markets rallied.",
        "Peru raised the prospect of sanctions against Chile.",
        "Peru announced possible sanctions against Chile.",
    ],
)
def test_an_event_still_to_come_is_planned(triples, text):
    found = triples(text)
    assert found and {t[3] for t in found} == {"planned"}, found


def test_meeting_a_possible_successor_is_still_a_meeting(triples):
    assert {t[3] for t in triples("Peru met the possible successor Juan Perez.")} == {"asserted"}


def test_readiness_to_meet_is_a_stated_intent_as_willingness_is(triples):
    assert triples("Peru is ready to meet Chile.") == triples("Peru is willing to meet Chile.") != set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru is ready for talks with Chile.", ("Peru", "agreedWith", "Chile", "asserted")),
        ("Peru said it was open to dialogue with Chile.", ("Peru", "agreedWith", "Chile", "reported")),
        ("Peru is not open to talks with Chile.", ("Peru", "rejected", "Chile", "asserted")),
    ],
)
def test_readiness_for_an_event_named_by_a_noun_is_a_stated_intent(triples, text, expected):
    assert triples(text) == {expected}


def test_an_offer_to_deploy_warships_is_a_promise_and_a_vow_a_threat(triples):
    assert {t[:3] for t in triples("Chile offered to deploy warships to Peru.")} == {("Chile", "agreedWith", "Peru")}
    assert {t[:3] for t in triples("Chile vowed to deploy warships to Peru.")} == {("Chile", "threatened", "Peru")}


@pytest.mark.parametrize(
    "text",
    [
        "European Union ministers agreed on Monday to impose new sanctions on Togo.",
        "The African Union agreed to impose an arms embargo on Togo.",
    ],
)
def test_agreeing_to_a_measure_against_a_third_party_decides_it_and_threatens_no_one(triples, text):
    found = triples(text)
    assert {t[1:] for t in found} == {("sanctioned", "Togo", "planned")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile announced plans to free 30 detainees.", {("Chile", "yieldedTo", "detainees", "planned")}),
        ("Chile unveiled a plan to send aid to Peru.", {("Chile", "aided", "Peru", "planned")}),
        ("Chile shelved plans to send aid to Peru.", {("Chile", "aided", "Peru", "negated")}),
        ("Chile denied plans to send aid to Peru.", {("Chile", "aided", "Peru", "negated")}),
        ("Chile said it had no plans to send aid to Peru.", {("Chile", "aided", "Peru", "negated")}),
    ],
)
def test_what_ones_own_plan_is_for_is_planned_by_its_owner(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana will keep the border shut until Togo frees the traders.", set()),
        ("Ghana said it would not meet Togo until the traders are freed.", {("Ghana", "rejected", "Togo", "asserted")}),
        ("Talks stalled until Togo freed the traders.", {("Togo", "yieldedTo", "traders", "asserted")}),
    ],
)
def test_a_clause_of_time_in_the_present_tense_has_not_happened(triples, text, expected):
    assert {t for t in triples(text) if t[0] == "Togo" or t[1] == "rejected"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana will not lift the ban on Togo.", {("Ghana", "rejected", "Togo", "asserted")}),
        ("Ghana won't send aid to Togo.", {("Ghana", "rejected", "Togo", "asserted")}),
        ("Ghana did not send aid to Togo.", {("Ghana", "aided", "Togo", "negated")}),
        ("Ghana will not attack Togo.", {("Ghana", "attacked", "Togo", "negated")}),
    ],
)
def test_ones_own_cooperative_act_in_the_negated_future_is_a_refusal(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana did not allow Togolese trawlers to fish.", {("Ghana", "rejected", "Togolese trawlers", "asserted")}),
        ("Ghana never gave permission for Togo to land.", {("Ghana", "rejected", "Togo", "asserted")}),
        ("Ghana has not lifted the ban on Togo.", {("Ghana", "conceded", "Togo", "negated")}),
    ],
)
def test_leave_not_given_is_a_refusal_where_a_measure_not_lifted_is_not(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Andean Dockers Union will not end the strike until the Peruvian government raises wages.",
            {("Andean Dockers Union", "rejected", "Peruvian government", "asserted")},
        ),
        (
            "Teachers in Lima say they will not end their strike until their demands are met by the Peruvian "
            "government.",
            {("Teachers in Lima", "rejected", "Peruvian government", "asserted")},
        ),
        (
            "Chile has said it will not lift the embargo until Bolivia holds free elections.",
            {("Chile", "rejected", "Bolivia", "asserted")},
        ),
        (
            "Ghana will not meet Togo until Peru frees the traders.",
            {("Ghana", "rejected", "Togo", "asserted"), ("Ghana", "rejected", "Peru", "asserted")},
        ),
        ("Peru will not meet Chile if Bolivia attends.", {("Peru", "rejected", "Chile", "asserted")}),
        (
            "Chile will not sign the treaty before Peru withdraws its troops.",
            {("Chile", "rejected", "Peru", "asserted")},
        ),
        ("Chile refused to reopen the port, before the traders from Peru could leave.", set()),
        (
            "Nurses said they will not end the strike until the Peruvian government pays them.",
            {("Nurses", "rejected", "Peruvian government", "asserted")},
        ),
    ],
)
def test_holding_out_until_someone_acts_refuses_them(triples, text, expected):
    assert {t for t in triples(text) if t[1] == "rejected"} == expected


def test_people_named_by_what_they_are_refuse_only_by_holding_out(triples):
    assert not triples("Nurses rejected the Peruvian government's offer.")
    assert not triples("Analysts said the Peruvian government must not raise taxes.")


@pytest.mark.parametrize(
    ("text", "rebuffed"),
    [
        ("Ghana cancelled a planned visit to Togo.", True),
        ("Ghana postponed its visit to Togo.", False),
        ("The meeting between Ghana and Togo was cancelled.", False),
    ],
)
def test_calling_off_ones_own_visit_for_good_rebuffs_the_host(triples, text, rebuffed):
    assert (("Ghana", "rejected", "Togo", "asserted") in triples(text)) is rebuffed


def test_what_one_welcomes_another_to_do_is_not_yet_done(triples):
    found = triples("The Ghanaian foreign office welcomed Kofi Mensah to mediate between Togo and Benin.")
    assert found == {("Kofi Mensah", "met", "Togo", "planned"), ("Kofi Mensah", "met", "Benin", "planned")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru has yet to recognise Chile's new government.", "negated"),
        ("Peru is yet to meet Chile.", "negated"),
        ("Peru is to meet Chile next week.", "planned"),
        ("Peru has met Chile.", "asserted"),
    ],
)
def test_what_one_has_yet_to_do_has_not_happened(triples, text, expected):
    assert {t[3] for t in triples(text)} == {expected}


@pytest.mark.parametrize("text", ["Peru has to meet Chile.", "Peru needs to sign the accord with Chile."])
def test_what_one_has_to_do_is_no_fact_yet(triples, text):
    assert not triples(text)


def test_what_one_needed_to_do_and_did_is_a_fact(triples):
    assert {t[:3] for t in triples("Peru needed to meet Chile and did so in Lima.")} == {("Peru", "met", "Chile")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Chile proposed a meeting between Peru and Bolivia.", "planned"),
        ("Chile is preparing a summit between Peru and Bolivia.", "planned"),
        ("Chile hosted a meeting between Peru and Bolivia.", "asserted"),
    ],
)
def test_an_event_noun_that_is_proposed_prepared_or_sought_is_still_to_come(read, text, modality):
    assert {f.modality.value for f in read(text).facts if f.relation == "met"} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "Chile expressed its willingness to resume talks with Peru.",
        "Chile expressed its readiness to resume talks with Peru.",
    ],
)
def test_what_one_is_willing_or_ready_to_do_is_still_to_come(read, text):
    assert {(f.relation, f.object.text, f.modality.value) for f in read(text).facts} == {("met", "Peru", "planned")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Juan Perez did not fly to Lima to meet Maria Lopez.", "negated"),
        ("Juan Perez went to Lima to meet Maria Lopez.", "asserted"),
    ],
)
def test_the_purpose_of_a_deed_not_done_is_not_done_either(triples, text, modality):
    assert ("Juan Perez", "met", "Maria Lopez", modality) in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a deed is for is as real as the deed: refused, offered, promised or only possible
        ("Juan Perez will not go to Lima to meet Maria Lopez.", {("Juan Perez", "rejected", "Maria Lopez")}),
        ("Juan Perez said he would not fly to Lima to meet Maria Lopez.", {("Juan Perez", "rejected", "Maria Lopez")}),
        ("Norway offered to deploy soldiers to help Sweden.", {("Norway", "agreedWith", "Sweden")}),
        ("Norway promised to send engineers to help Sweden rebuild.", {("Norway", "agreedWith", "Sweden")}),
        ("Norway refused to deploy soldiers to help Sweden.", set()),
        ("Norway could deploy soldiers to help Sweden.", set()),
        ("Norway sent engineers to help Sweden rebuild.", {("Norway", "aided", "Sweden")}),
    ],
)
def test_the_purpose_of_a_deed_is_as_real_as_the_deed(triples, text, expected):
    done_to_the_other = {t[:3] for t in triples(text) if t[2] in {"Maria Lopez", "Sweden"} and t[3] == "asserted"}
    assert done_to_the_other == expected


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Juan Perez is flying to Lima to meet Maria Lopez.", "planned"),
        ("Juan Perez is travelling to Lima to attend a summit with Maria Lopez.", "planned"),
        ("Juan Perez was flying to Lima to meet Maria Lopez.", "asserted"),
    ],
)
def test_the_purpose_of_a_deed_under_way_is_still_to_come(triples, text, modality):
    assert ("Juan Perez", "met", "Maria Lopez", modality) in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # another's war in a phrase of the clause is theirs, whatever the clause promises or refuses
        (
            "Norway offered to help the Swedish army in its fight against the rebels.",
            ("Swedish army", "attacked", "rebels"),
        ),
        ("Norway refused to take part in Sweden's offensive against the rebels.", ("Sweden", "attacked", "rebels")),
    ],
)
def test_anothers_owned_deed_in_a_phrase_of_the_clause_is_taken_as_given(triples, text, expected):
    assert (*expected, "asserted") in triples(text)
    assert not {t for t in triples(text) if t[0] == expected[0] and t[1] in {"agreedWith", "threatened"}}


def test_anothers_owned_deed_keeps_its_own_modifiers(triples):
    assert ("Sweden", "attacked", "rebels", "planned") in triples(
        "Norway warned against Sweden's planned offensive against the rebels."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Togo retaliated by expelling three Ghanaian diplomats.", ("Togo", "sanctioned", "Ghanaian")),
        ("Togo hit back by recalling its ambassador from Ghana.", ("Togo", "sanctioned", "Ghana")),
    ],
)
def test_a_deed_by_which_another_was_done_is_a_deed_of_its_own(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana reportedly sent weapons to Togo.",
        "Ghana allegedly funded the rebels in Togo.",
        "Ghana is said to have sent weapons to Togo.",
        "According to diplomats, Ghana sent weapons to Togo.",
        "Ghana sent weapons to Togo, according to a UN report.",
    ],
)
def test_a_deed_told_as_hearsay_is_reported_not_asserted(triples, text):
    assert {(t[1], t[2], t[3]) for t in triples(text)} == {("aided", "Togo", "reported")}


def test_wanting_another_to_expel_people_demands_it_of_them_and_coerces_no_one(triples):
    found = {t[:3] for t in triples("Ghana wants Togo to extradite the suspects.") if t[0] == "Ghana"}
    assert found == {("Ghana", "demanded", "Togo")}


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peru refrained from criticising Chile.", "negated"),
        ("Peru avoided criticising Chile.", "negated"),
        ("Peru is considering expelling Chile's ambassador.", "planned"),
    ],
)
def test_refraining_is_not_doing_and_considering_is_not_yet(read, text, modality):
    assert {f.modality.value for f in read(text).facts} == {modality}


@pytest.mark.parametrize(
    "text",
    [
        "Peru would never attack Chile, its president said.",  # a reassurance: no threat
        "Peru warned that Chile could attack Bolivia.",  # a warning of Chile's deed: no threat to Chile
        "Peru called for an end to attacks on Chile.",  # no stand against the one attacked
    ],
)
def test_no_threat_or_stand_against_someone_where_none_is_made(read, text):
    assert not [f for f in read(text).facts if f.modality.value in {"asserted", "reported"}]


def test_a_warning_of_what_someone_will_suffer_threatens_them(triples):
    assert ("Peru", "threatened", "Chile", "asserted") in triples("Peru warned that Chile would face sanctions.")


def test_a_warning_of_what_ones_own_side_will_do_threatens_no_one_of_it(triples):
    text = "Ghana's foreign ministry condemned the visit. Its spokeswoman, Ama Owusu, warned that Accra would respond."
    assert not {t for t in triples(text) if t[1] == "threatened"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru warned that Chile would not hesitate to close the border.",
        "Peru warned that Chile was ready to attack Bolivia.",
    ],
)
def test_a_warning_of_a_deed_someone_is_set_to_do_threatens_no_one_of_them(triples, text):
    assert ("Peru", "threatened", "Chile") not in {t[:3] for t in triples(text)}


def test_what_an_allegation_says_is_no_fact_however_the_parser_hangs_it(read):
    assert read("The allegation that Peru attacked Chile is false.").facts == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru did not hesitate to attack Chile.", {("Peru", "attacked", "Chile", "asserted")}),
        ("Peru did not fail to support Chile.", {("Peru", "supported", "Chile", "asserted")}),
        ("Peru will not hesitate to attack Chile.", {("Peru", "attacked", "Chile", "planned")}),
        ("Peru hesitated to attack Chile.", set()),  # held back: not done
        # the parser hangs the subject on 'did' here
        ("Peru did not refrain from criticizing Chile.", {("Peru", "criticized", "Chile", "asserted")}),
    ],
)
def test_a_verb_of_holding_back_negated_does_the_deed(triples, text, expected):
    assert triples(text) == expected


def test_a_decision_reversed_is_no_deed(triples):
    found = triples("Peru reversed its decision to expel the Chilean ambassador.")
    assert not {t for t in found if t[3] == "asserted"}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana offered to arrange a meeting between Peru and Chile.",
        "Ghana promised to organise talks between Peru and Chile.",
    ],
)
def test_what_one_offers_to_host_commits_no_one_else(triples, text):
    found = {t[:3] for t in triples(text)}
    assert ("Ghana", "agreedWith", "Peru") in found
    assert not [t for t in found if t[0] != "Ghana"]


def test_a_promise_made_beside_another_deed_is_still_a_promise(triples):
    found = triples("Ghana and Togo spoke by phone on Monday and agreed to resume talks.")
    assert ("Ghana", "agreedWith", "Togo", "asserted") in found
    assert ("Ghana", "met", "Togo", "asserted") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana denies shelling the border and accuses Togo of provoking the clashes.", ("Ghana", "accused", "Togo")),
        (
            "Ghana offered to mediate, and its foreign minister Kofi Mensah spoke with Peru.",
            ("Kofi Mensah", "met", "Peru"),
        ),
    ],
)
def test_a_coordinated_clause_of_its_own_takes_no_stance_from_the_verb_before_it(triples, text, expected):
    assert (*expected, "asserted") in triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru to impose sanctions on Chile", ("Peru", "sanctioned", "Chile", "planned")),
        ("Peru to visit Chile", ("Peru", "visited", "Chile", "planned")),
        ("Peru's president to visit Chile", ("president", "visited", "Chile", "planned")),
    ],
)
def test_a_headlines_to_infinitive_says_what_is_to_come(triples, text, expected):
    assert triples(text) == {expected}


def test_what_a_pact_is_for_is_still_no_deed(triples):
    assert not {t for t in triples("Peru signed a pact to open the border with Chile.") if t[1] == "yieldedTo"}


@pytest.mark.parametrize(
    "text",
    [
        "Peru refused to attack Chile.",
        "Peru refused to impose sanctions on Chile.",
        "Peru declined to criticise Chile.",
    ],
)
def test_refusing_to_harm_or_blame_someone_rejects_no_one(triples, text):
    assert not {t for t in triples(text) if t[1] == "rejected"}


@pytest.mark.parametrize("text", ["Peru refused to lift sanctions on Chile.", "Peru refused to meet Chile."])
def test_refusing_what_would_be_for_someone_rejects_them(triples, text):
    assert ("Peru", "rejected", "Chile") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("Peru demanded Chile stop jailing activists.", False),  # what Chile must do, 'that' left out
        ("Peru urged Chile stop shelling the town.", False),
        ("Peru said Chile stopped jailing activists.", True),  # said, not demanded: reported
    ],
)
def test_a_bare_clause_after_a_verb_of_demanding_is_what_must_be_done(triples, text, stated):
    found = triples(text)
    assert any(t[0] == "Chile" for t in found) == stated


def test_holding_out_until_one_is_satisfied_that_another_acts_refuses_the_other(triples):
    found = {t[1:3] for t in triples("Ghana will not lift the ban until it is satisfied that Togo has withdrawn.")}
    assert found == {("rejected", "Togo")}
