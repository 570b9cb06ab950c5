"""nominalisation: a noun that names the event (kgraph/extract/rules/nominalisation.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia condemned Turkey's invasion of Greece.", ("Turkey", "attacked", "Greece", "asserted")),
        ("Analysts noted Chile's support for Peru.", ("Chile", "supported", "Peru", "asserted")),
        ("Lena Fox's visit to Japan ended on Friday.", ("Lena Fox", "visited", "Japan", "asserted")),
        ("The talks between Chile and Peru ended.", ("Chile", "met", "Peru", "asserted")),
    ],
)
def test_an_event_noun_names_its_agent_and_target(triples, read, text, expected):
    assert expected in triples(text)
    assert any(f.rule.startswith("nominalisation:") for f in read(text).facts)


def test_a_noun_with_a_participle_agent(triples):
    found = triples("Officials noted the threat posed by Iran to Israel.")
    assert found == {("Iran", "threatened", "Israel", "asserted")}


def test_the_one_accepting_an_invitation_is_invited(triples):
    assert triples("Peru accepted Chile's invitation.") == {("Chile", "invited", "Peru", "asserted")}


def test_an_event_noun_under_another_event_verb_does_not_borrow_its_subject(triples):
    found = triples("Egypt blamed Libya for the bombing of the embassy.")
    assert found == {("Egypt", "criticized", "Libya", "asserted")}


def test_a_possessive_pronoun_in_an_adjunct_is_the_clause_subject(triples):
    found = triples("During her visit to Oslo, Maria Lund met Ola Berg.")
    assert found == {("Maria Lund", "visited", "Oslo", "asserted"), ("Maria Lund", "met", "Ola Berg", "asserted")}


def test_its_is_the_country_before_it(triples):
    found = triples("Russia tightened its blockade of Georgia in May.")
    assert {t[:3] for t in found} == {("Russia", "attacked", "Georgia")}  # CAMEO: a blockade is force


def test_nested_event_nouns_each_give_a_fact(triples):
    found = triples("Chile's support for Peru's invasion of Bolivia angered Brazil.")
    assert found == {("Chile", "supported", "Peru", "asserted"), ("Peru", "attacked", "Bolivia", "asserted")}


def test_an_event_owned_by_its_doer_is_stated_whatever_the_clause_hedges(triples):
    text = "The region could be drawn into Chile's war against Peru."
    assert ("Chile", "attacked", "Peru", "asserted") in triples(text)


def test_whose_arrest_it_is_was_arrested_and_who_raises_it_did_not_arrest(triples):
    found = {t[:3] for t in triples("At the dinner, Chile brought up Daniel Brooks's arrest with Peru's premier.")}
    assert not {t for t in found if t[0] == "Chile" and t[1] == "detained"}


def test_a_place_before_an_event_noun_is_where_it_happens(triples):
    assert not {t for t in triples("The Lima summit ended without a communique from Chile or Peru.") if t[0] == "Lima"}


def test_every_two_at_a_summit_meet(triples):
    found = {t[:3] for t in triples("Last week Ana held a summit with Daniel Brooks and Maria Gonzalez in Oslo.")}
    assert ("Daniel Brooks", "met", "Maria Gonzalez") in found


def test_those_who_hold_talks_with_someone_meet_each_other_too(triples):
    found = {t[:3] for t in triples("Ana Silva and Juan Perez held talks with the Chilean president in Lima.")}
    assert {("Ana Silva", "met", "Juan Perez"), ("Juan Perez", "met", "Chilean president")} <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Lopez flew to Lima for talks with Juan Perez.", {("Maria Lopez", "met", "Juan Perez")}),
        (
            "Ana Silva and Juan Perez arrived in Quito on Saturday for a new round of talks with Maria Lopez.",
            {
                ("Ana Silva", "met", "Maria Lopez"),
                ("Juan Perez", "met", "Maria Lopez"),
                ("Ana Silva", "met", "Juan Perez"),
            },
        ),
    ],
)
def test_one_who_travels_for_talks_takes_part_in_them(triples, text, expected):
    assert {t[:3] for t in triples(text) if t[1] == "met"} == expected


def test_one_who_blames_someone_for_an_event_takes_no_part_in_it(triples):
    assert {t[:3] for t in triples("Peru blamed Chile for the attack on the embassy.")} == {
        ("Peru", "criticized", "Chile")
    }


def test_a_threat_to_do_something_to_x_threatens_x(triples):
    assert ("his", "threatened", "Chile") in {t[:3] for t in triples("Oslo mocked his threat to slap duties on Chile.")}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Bolivia made a request to extradite Juan Perez.", set()),
        ("Bolivia's request for Peru to extradite Juan Perez arrived on Monday.", {"Peru"}),
        ("Bolivia's appeal to Chile to hand over Juan Perez went unanswered.", {"Chile"}),
    ],
)
def test_a_request_to_do_something_asks_whoever_is_to_do_it_not_whom_it_is_done_to(triples, text, asked):
    found = {t[2] for t in triples(text) if t[0] == "Bolivia" and t[1] in {"urged", "demanded"}}
    assert found == asked


def test_what_talks_are_about_has_not_happened(triples):
    assert not {t for t in triples("Chile and Peru began negotiations on a trade deal.") if t[1] == "agreedWith"}


def test_a_meeting_that_opens_the_clause_was_held_by_its_subject(triples):
    assert ("Peru", "met", "Chile", "asserted") in triples(
        "Following talks with Chile, Peru agreed to reopen the border."
    )
    assert ("Peru", "met", "Chile", "asserted") in triples("After a meeting with Chile, Peru lifted the ban.")


@pytest.mark.parametrize(
    "text",
    [
        "In a meeting with Chile, Peru agreed to reopen the border.",
        "At talks with Chile, Peru promised to withdraw its troops.",
        "Peru, in talks with Chile, offered aid.",
    ],
)
def test_a_meeting_set_off_as_the_clause_s_setting_was_held_by_its_subject(triples, text):
    assert ("Peru", "met", "Chile") in {t[:3] for t in triples(text)}


def test_what_was_said_in_a_meeting_that_is_the_verb_s_own_phrase_is_no_meeting_of_the_subject(triples):
    assert not {t for t in triples("Peru spoke in talks between Chile and Bolivia.") if t[0] == "Peru"}


def test_a_hostile_event_that_opens_the_clause_was_not_done_by_its_subject(triples):
    assert not {t for t in triples("Following the attack on Chile, Peru condemned the violence.") if t[1] == "attacked"}


def test_an_event_a_support_verb_acts_on_is_not_reported_anew(triples):
    assert {t[1] for t in triples("Peru lifted its ban on Chilean imports.")} == {"conceded"}
    assert {t[1] for t in triples("Peru ended its offensive against Chile.")} == {"yieldedTo"}


def test_an_attack_that_is_the_subject_of_a_harming_verb_reaches_its_object(triples):
    assert {t[:3] for t in triples("A Ghanaian airstrike killed ten Togolese soldiers.")} == {
        ("Ghanaian", "attacked", "Togolese soldiers")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A car bombing by Shining Path rebels killed at least 40 people in northern Peru.",
            ("Shining Path rebels", "attacked", "Peru"),
        ),
        ("A Ghanaian airstrike on Monday killed nine people in Togo.", ("Ghanaian", "attacked", "Togo")),
    ],
)
def test_an_attack_that_kills_people_with_no_name_somewhere_is_aimed_at_the_place(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two Togolese soldiers were killed in a Ghanaian airstrike.", {("Ghanaian", "attacked", "Togolese soldiers")}),
        ("Togolese soldiers were wounded in attacks by Ghana.", {("Ghana", "attacked", "Togolese soldiers")}),
        ("Five Togolese soldiers died in an attack by Ghana.", {("Ghana", "attacked", "Togolese soldiers")}),
        ("Ana Silva died in Lima on Monday.", set()),
        ("Ana Silva was praised in a speech by Ghana.", set()),
    ],
)
def test_those_harmed_in_an_attack_were_its_targets(triples, text, expected):
    assert {t[:3] for t in triples(text) if t[1] == "attacked"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Congratulations to Chile for using common sense," Maria Lopez said.', ("Maria Lopez", "praised", "Chile")),
        ('"Our solidarity with Chile," Juan Perez said.', ("Juan Perez", "supported", "Chile")),
    ],
)
def test_an_act_done_by_saying_it_is_the_speakers(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_an_act_said_in_a_sentence_of_its_own_within_a_quote_is_the_speakers(triples):
    text = (
        '"After long talks, Peru and Chile have agreed to a ceasefire. Congratulations to both countries '
        'for their wisdom. Thank you!" Ana Silva posted on social media.'
    )
    assert {t[2] for t in triples(text) if t[:2] == ("Ana Silva", "praised")} == {"both countries"}


def test_naming_a_deed_in_a_quote_does_not_do_it(triples):
    assert not triples('"An invasion of Chile," Maria Lopez said of the troop movements.')


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana began a bombing campaign against Togo.", {("Ghana", "attacked", "Togo", "asserted")}),
        ("Ghana launched an aid operation for Togo.", {("Ghana", "aided", "Togo", "asserted")}),
        ("Ghana ended its bombing campaign.", set()),  # ending it is another event, of no one here
    ],
)
def test_a_noun_that_frames_an_event_lends_it_its_phrases(triples, text, expected):
    assert {t for t in triples(text) if t[1] != "conceded"} == expected


def test_one_who_mediates_between_two_meets_each(triples):
    found = {t[:3] for t in triples("Ghana launched a mediation effort between Peru and Chile.")}
    assert {("Ghana", "met", "Peru"), ("Ghana", "met", "Chile")} <= found


@pytest.mark.parametrize(
    "text",
    [
        "Ghana withdrew from the agreement with Togo.",
        "Ghana quit the pact with Togo.",
        "Ghana tore up its agreement with Togo.",
        "Ghana withdrew from talks with Togo.",
    ],
)
def test_leaving_an_agreement_or_talks_rejects_the_other_side_and_is_no_retreat(triples, text):
    found = {t[1:3] for t in triples(text) if t[3] == "asserted"}
    assert ("rejected", "Togo") in found and ("yieldedTo", "Togo") not in found


def test_withdrawing_troops_or_pulling_out_of_a_country_is_still_a_retreat(triples):
    assert ("Ghana", "yieldedTo", "Togo", "asserted") in triples("Ghana withdrew its troops from Togo.")
    assert ("Ghana", "yieldedTo", "Togo", "asserted") in triples("Ghana pulled out of Togo.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana signed the Togo trade deal on Monday.", ("Ghana", "agreedWith", "Togo", "asserted")),
        ("Ghana withdrew from the Togo trade pact.", ("Ghana", "rejected", "Togo", "asserted")),
    ],
)
def test_the_side_an_agreement_noun_names_and_the_one_acting_on_it_are_its_two_sides(triples, text, expected):
    assert expected in triples(text)


def test_a_name_before_talks_may_be_where_they_are_held(triples):
    found = triples("Ghana attended the Accra talks on Monday.")
    assert not {t for t in found if t[2] == "Accra"}


def test_who_accepts_an_invitation_is_invited_whatever_it_is_to(triples):
    found = triples("Ghana accepted Togo's invitation to visit Lome.")
    assert ("Togo", "invited", "Ghana", "asserted") in found
    assert not any(t[1] == "invited" and t[2] == "Lome" for t in found)


def test_welcoming_an_invitation_to_a_third_leaves_it_to_them(triples):
    found = triples("Ana Silva welcomed President Juan Perez's invitation to Kofi Mensah to meet in Lima.")
    assert ("Juan Perez", "invited", "Kofi Mensah", "asserted") in found
    assert ("Juan Perez", "invited", "Ana Silva", "asserted") not in found


def test_a_deed_another_noun_is_about_is_not_done_by_the_verbs_subject(triples):
    found = triples("Ghana recalled its ambassador, escalating a dispute over the killing of two Ghanaian fishermen.")
    assert not any(t[1] == "attacked" for t in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A meeting of Ghanaian and Togolese officials took place in Accra.", {("Ghanaian", "met", "Togolese")}),
        (
            "Ana Silva attended a meeting of Ghanaian and Togolese ministers.",
            {("Ana Silva", "met", "Ghanaian"), ("Ana Silva", "met", "Togolese"), ("Ghanaian", "met", "Togolese")},
        ),
        ("A meeting of Ghanaian officials took place in Accra.", set()),  # one side: no one it meets
    ],
)
def test_the_people_of_a_gathering_of_two_or_more_sides_meet(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting broke out between Ghana and Togo.", ("Ghana", "attacked", "Togo")),
        ("Talks resumed between Ghana and Togo on Monday.", ("Ghana", "met", "Togo")),
    ],
)
def test_the_sides_of_an_event_may_come_on_the_verb_that_says_it_happened(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Chile-led strike on a Peruvian school left ten dead.", ("Chile", "attacked", "Peruvian")),
        ("A Chilean-led offensive against Peruvian rebels began.", ("Chilean", "attacked", "Peruvian rebels")),
    ],
)
def test_the_actor_an_event_is_led_by_did_it(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_backing_an_event_is_not_doing_it(triples):
    assert not triples("A Chile-backed offensive against Peruvian rebels began on Monday.")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("Chile shelled the border town in retaliation for Peru's raid.", "Peru"),
        ("Chilean troops fired on the camp in retaliation for the Peruvian raid.", "Peruvian"),
        ("Chile shelled the town in retaliation for the killing of Juan Perez by Peruvian rebels.", "Peruvian rebels"),
    ],
)
def test_paying_back_a_deed_is_aimed_at_whoever_did_it_never_at_its_victim(triples, text, doer):
    paid_back = {t[2] for t in triples(text) if t[1] == "attacked" and t[3] == "asserted"}
    assert doer in paid_back
    assert "Juan Perez" not in {t[2] for t in triples(text) if t[0] != "Peruvian rebels"}


def test_the_deed_an_act_is_done_for_is_not_the_doers_own(triples):
    found = {t[:3] for t in triples("Chile attacked the rebels in revenge for the killing of Juan Perez.")}
    assert found == {("Chile", "attacked", "rebels")}
    found = {t[:3] for t in triples("Chile sanctioned Peru for its invasion of Bolivia.")}
    assert found == {("Chile", "sanctioned", "Peru"), ("Peru", "attacked", "Bolivia")}


def test_an_event_noun_coordinated_with_what_a_verb_performs_is_performed_too(triples):
    found = triples("Ghana voiced its firm rejection and sharp condemnation of Togo's remarks.")
    assert ("Ghana", "criticized", "Togo") in {t[:3] for t in found}


def test_an_event_noun_coordinated_with_what_a_verb_reacts_to_is_not_the_reacting_ones(triples):
    found = triples("Ghana refuted Ana Silva's comments on land seizures and the killing of farmers.")
    assert not {t for t in found if t[1] == "attacked"}


def test_a_word_the_tagger_reads_as_a_date_names_no_event(nlp, triples):
    text = "Peruvian workers led March against Chile."
    assert "DATE" in {e.label_ for e in nlp(text).ents if e.text == "March"}  # what the tagger says
    assert not triples(text)
    assert ("Peruvian workers", "protestedAgainst", "Chile") in {
        t[:3] for t in triples("Peruvian workers led a march against Chile.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean airstrikes targeting Bolivia killed ten people on Monday.", ("Chilean", "attacked", "Bolivia")),
        ("The Chilean sanctions aimed at Bolivia took effect on Monday.", ("Chilean", "sanctioned", "Bolivia")),
    ],
)
def test_an_event_nouns_clause_saying_whom_it_targets_names_its_target(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana's president signed a fisheries pact during a visit to Togo.",
        "Ghana's president, on a state visit to Togo, signed a fisheries pact.",
        "On a state visit to Togo, Ghana's president signed a fisheries pact.",
    ],
)
def test_one_who_acts_during_or_on_a_visit_made_the_visit(triples, text):
    assert ("president", "visited", "Togo") in {t[:3] for t in triples(text)}


def test_a_visit_one_comments_on_is_not_ones_own(triples):
    assert not {t for t in triples("Ana Silva commented on the visit to Togo.") if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana's president accepted an invitation to visit Togo.", ("Togo", "invited", "president")),
        ("Ghana's president declined an invitation to visit Togo.", ("president", "rejected", "Togo")),
    ],
)
def test_an_invitation_that_names_no_author_comes_from_the_host(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_an_invitation_that_names_its_author_comes_from_its_author(triples):
    found = {t[:3] for t in triples("Ghana's president accepted an invitation from Peru to visit Togo.")}
    assert ("Peru", "invited", "president") in found
    assert ("Togo", "invited", "president") not in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Clashes between Ghanaian and Togolese troops left ten dead.",
            {("Ghanaian", "attacked", "Togolese"), ("Togolese", "attacked", "Ghanaian")},
        ),
        (
            "Ghanaian protesters' clashes with Togolese police left ten hurt.",
            {("Ghanaian protesters", "attacked", "Togolese police")},
        ),
    ],
)
def test_clashes_are_attacks_between_their_sides(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


def test_a_summit_of_several_states_is_a_meeting_of_each_two(triples):
    found = {t[:3] for t in triples("A three-way summit of Ghana, Togo and Benin opened in Lome.")}
    assert found == {("Ghana", "met", "Togo"), ("Ghana", "met", "Benin"), ("Togo", "met", "Benin")}


@pytest.mark.parametrize(
    "text",
    ["Ghana's army repelled an attack by Togolese rebels.", "Ghana repulsed a Togolese assault on its border post."],
)
def test_a_hostile_deed_one_wards_off_was_aimed_at_one(triples, text):
    assert any(s.startswith("Togolese") and r == "attacked" and o.startswith("Ghana") for s, r, o, _ in triples(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway announced the closure of its embassy in Ghana.", ("Norway", "sanctioned", "Ghana")),
        ("Norway announced the lifting of sanctions on Ghana.", ("Norway", "conceded", "Ghana")),
        ("Norway announced the withdrawal of its ambassador from Ghana.", ("Norway", "sanctioned", "Ghana")),
        ("Norway ordered the easing of the curfew in Accra.", ("Norway", "conceded", "Accra")),
        ("Norway's lifting of the embargo on Ghana surprised observers.", ("Norway", "conceded", "Ghana")),
    ],
)
def test_a_support_verbs_noun_reads_its_of_phrase_as_the_verb_reads_its_object(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_a_support_verbs_noun_that_names_its_event_on_its_own_keeps_its_sense(triples):
    found = {t[:3] for t in triples("Norway announced the withdrawal of its troops from Ghana.")}
    assert found == {("Norway", "yieldedTo", "Ghana")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana was hit by Togolese sanctions.", {("Togolese", "sanctioned", "Ghana")}),
        ("Ghana's economy was hit by Togolese sanctions.", {("Togolese", "sanctioned", "Ghana")}),
        ("Ghana was struck by Togolese airstrikes.", {("Togolese", "attacked", "Ghana")}),
        ("Ghana was angered by Togo's raid on Benin.", {("Togo", "coerced", "Benin")}),
        ("Chile was hit with fresh sanctions by Peru.", {("Peru", "sanctioned", "Chile")}),
        ("Peru targeted Chilean officials with sanctions.", {("Peru", "sanctioned", "Chilean")}),
        ("Peru met Chile with a smile.", {("Peru", "met", "Chile")}),
    ],
)
def test_a_hostile_event_by_which_one_was_struck_was_aimed_at_them(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ghana condemned the attack on Togo's embassy by Beninese militants.",
        "Ghana condemned the attack by Beninese militants on Togo's embassy.",
    ],
)
def test_an_event_nouns_doer_and_target_are_its_own_wherever_the_parser_hangs_them(triples, text):
    found = {t[:3] for t in triples(text)}
    assert ("Beninese militants", "attacked", "Togo") in found
    assert ("Ghana", "criticized", "Beninese militants") in found


def test_a_doer_named_after_an_event_nouns_target_by_the_verb_is_the_events(triples):
    found = {t[:3] for t in triples("Ghana criticized the invasion of Togo by Benin.")}
    assert found == {("Ghana", "criticized", "Benin"), ("Benin", "attacked", "Togo")}


def test_a_doer_of_a_deed_named_in_an_event_nouns_phrase_is_not_the_events(triples):
    found = {t[:3] for t in triples("Togolese youths protested against the abuses by the Beninese police.")}
    assert ("Beninese police", "protestedAgainst", "Togolese youths") not in found
    assert not {t for t in found if t[0] == "Beninese police"}


def test_recognition_of_a_states_independence_backs_that_state(triples):
    found = {t[:3] for t in triples("Ghana's recognition of Togo's independence angered Benin.")}
    assert ("Ghana", "supported", "Togo") in found


def test_the_phrases_the_parser_hung_on_a_verb_of_taking_part_are_its_events(triples):
    found = triples("Ghanaian militias were involved in ethnic cleansing last year against the Togolese population.")
    assert ("Ghanaian militias", "attacked", "Togolese population", "asserted") in found


@pytest.mark.parametrize(
    "text",
    [
        "Togo condemned the killing of farmers during Ghana's offensive.",
        "Togo condemned the killing of farmers during the Ghanaian military operations.",  # 'during' on the verb
    ],
)
def test_a_deed_done_in_the_course_of_anothers_offensive_is_theirs(triples, text):
    found = {t for t in triples(text) if t[0] != "the Ghanaian military operations"}
    assert {t[1] for t in found if t[0] == "Togo"} == {"criticized"}
    assert any(t[1] == "attacked" and t[2] == "farmers" for t in found)


def test_a_deed_done_in_a_place_has_no_doer_from_the_place(triples):
    assert not {t for t in triples("Togo condemned the killing of farmers in Accra.") if "Accra" in (t[0], t[2])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a gerund of a verb of violence names that violence, done to its 'of' phrase
            "Togo condemned the beating of protesters by Ghanaian police.",
            {
                ("Togo", "criticized", "Ghanaian police", "asserted"),
                ("Ghanaian police", "attacked", "protesters", "asserted"),
            },
        ),
        ("Togo condemned the shooting of three farmers.", set()),  # done to them by no one named: no one judged
    ],
)
def test_the_gerund_of_a_verb_of_violence_is_that_violence(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text", ["Togo mourned the killing of the Ghanaian king.", "Togo mourned the shooting of the Ghanaian king."]
)
def test_who_feels_about_a_deed_did_not_do_it(triples, text):
    assert not {t for t in triples(text) if t[1] == "attacked"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana closed its border with Togo in solidarity with Benin.",
            {("Ghana", "sanctioned", "Togo"), ("Ghana", "supported", "Benin")},
        ),
        (
            "Ghana expelled Togolese diplomats in solidarity with Benin.",
            {("Ghana", "sanctioned", "Togolese"), ("Ghana", "supported", "Benin")},
        ),
    ],
)
def test_the_stance_a_deed_is_done_in_is_its_doers(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "Peru and Chile agreed to reopen the border after talks in Lima between Ana Silva and Juan Perez.",
        "Following talks between Ana Silva and Juan Perez, Chile promised to send aid to Peru.",
    ],
)
def test_talks_between_two_named_sides_a_clause_came_after_are_theirs(triples, text):
    met = {t[:3] for t in triples(text) if t[1] == "met"}
    assert ("Ana Silva", "met", "Juan Perez") in met


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Peru refused to reopen the border after talks with Chile.", "asserted"),
        ("Peru did not sign the treaty following talks with Chile.", "asserted"),
        ("Peru promised to send aid after talks with Chile.", "asserted"),
        ("Peru will reopen the border after talks with Chile.", "planned"),
    ],
)
def test_talks_a_clause_came_after_were_held_whatever_the_clause_says(triples, text, modality):
    assert ("Peru", "met", "Chile", modality) in triples(text)


def test_backers_of_talks_between_sides_not_named_do_not_meet_each_other(triples):
    text = "Ghana and Togo, which have sponsored several rounds of talks between the warring parties, called for calm."
    assert not [t for t in triples(text) if t[1] == "met"]


@pytest.mark.parametrize(
    "text",
    [
        "Chile and Peru took part in talks hosted by Ghana.",
        "Ghana-hosted talks between Chile and Peru ended on Monday.",
        "Chile took part in talks with Peru hosted by Ghana.",
    ],
)
def test_the_host_of_talks_meets_each_side_and_is_no_side(triples, text):
    met = {frozenset(t[::2][:2]) for t in triples(text) if t[1] == "met"}
    assert met == {frozenset(p) for p in [("Chile", "Peru"), ("Chile", "Ghana"), ("Peru", "Ghana")]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Chilean rebels claimed responsibility for the attack on Peruvian soldiers.",
            {("Chilean rebels", "attacked", "Peruvian soldiers", "asserted")},
        ),
        (
            "The Chilean army was responsible for the shelling of Peruvian villages.",
            {("Chilean army", "attacked", "Peruvian", "asserted")},
        ),
        (
            "Chilean rebels have been responsible for the killings of Peruvian soldiers.",
            {("Chilean rebels", "attacked", "Peruvian soldiers", "asserted")},
        ),
    ],
)
def test_one_answerable_for_an_event_did_it(triples, text, expected):
    assert triples(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Togolese rebels were responsible for the bombings in Ghana.",
        "Togolese rebels were behind a wave of killings in Ghana.",
    ],
)
def test_a_deed_of_force_that_names_no_target_struck_where_it_was_done(triples, text):
    assert ("Togolese rebels", "attacked", "Ghana") in {t[:3] for t in triples(text)}


def test_two_doers_of_one_clash_did_not_each_strike_where_they_fought(triples):
    found = {t[:3] for t in triples("Chile and Togo agreed to a ceasefire after their clashes in Peru.")}
    assert not {t for t in found if t[1] == "attacked" and t[2] == "Peru"}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean rebels denied responsibility for the attack on Peruvian soldiers.",
        "No group has claimed responsibility for the attack on Peruvian soldiers.",
    ],
)
def test_responsibility_denied_or_unclaimed_makes_no_attacker(triples, text):
    assert not {t for t in triples(text) if t[1] == "attacked" and t[3] != "negated"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's concessions to Chile angered its voters.", ("Peru", "conceded", "Chile")),
        ("Peru's demands on Chile grew.", ("Peru", "demanded", "Chile")),
    ],
)
def test_a_concession_or_a_demand_is_toward_whom_its_phrase_names(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru rejected Chilean allegations that Peru is harbouring rebels.", ("Chilean", "accused", "Peru")),
        ("Peruvian accusations that Chile had shelled the town angered Ghana.", ("Peruvian", "accused", "Chile")),
    ],
)
def test_a_charge_is_laid_on_whoever_its_that_clause_says_did_the_deed(triples, text, expected):
    found = {t[:3] for t in triples(text)}
    assert expected in found
    assert not any(t[1] == "accused" and t[2] in {"rebels", "town"} for t in found)


def test_talks_a_stretch_of_time_long_before_the_clause_still_name_their_sides(triples):
    found = triples("The deal was reached after two days of talks between Ana Silva and Juan Perez.")
    assert ("Ana Silva", "met", "Juan Perez") in {t[:3] for t in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Togo's military operations killed five civilians.", ("Togo", "attacked", "civilians")),
        (
            "Ana Silva condemned the killing of civilians during Togo's military operations.",
            ("Ana Silva", "criticized", "Togo"),
        ),
    ],
)
def test_an_event_the_lexicon_knows_by_two_words_is_read_from_its_noun(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_calling_off_ones_own_visit_rebuffs_the_host(triples):
    found = {t[:3] for t in triples("Ana Silva cancelled her visit to Ghana.")}
    assert ("Ana Silva", "rejected", "Ghana") in found and ("her", "visited", "Ghana") not in found


def test_torture_named_by_its_noun_is_the_assault_its_verb_names(triples):
    verb = triples("Togolese police tortured Juan Perez.")
    noun = triples("Ghana condemned the torturing of Juan Perez by Togolese police.")
    assert ("Togolese police", "attacked", "Juan Perez", "asserted") in verb & noun


def test_welcoming_a_deal_two_sides_signed_makes_the_welcomer_no_party_to_it(triples):
    found = {t[:3] for t in triples("Ghana welcomed the deal signed by Togo and Peru.")}
    assert {("Togo", "agreedWith", "Peru"), ("Peru", "agreedWith", "Togo")} & found
    assert not {t for t in found if t[1] == "agreedWith" and "Ghana" in (t[0], t[2])}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana welcomed the agreement between Togo and Peru.", {("Togo", "agreedWith", "Peru", "asserted")}),
        ("Ghana ruled out talks between Togo and Peru.", set()),
        ("Ghana supported talks between Togo and Peru.", set()),
    ],
)
def test_an_event_between_two_sides_praised_or_blamed_took_place_and_one_backed_or_ruled_out_did_not(
    triples, text, expected
):
    assert triples(text) == expected


@pytest.mark.parametrize("verb", ["called off", "cancelled"])
def test_a_visit_called_off_is_the_subjects_own_and_never_took_place(triples, verb):
    found = triples(f"Ghana {verb} a visit to Togo.")
    assert ("Ghana", "visited", "Togo", "negated") in found
    assert not {t for t in found if t[1] == "visited" and t[3] != "negated"}
