"""The targets of an event verb's clause, and clauses that are no event of their own
(kgraph/extract/verb_clause.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the governing verb says what happened; the object comes from its complement
            "Iran threatened to expel Iraqi diplomats.",
            {("Iran", "threatened", "Iraqi", "asserted")},  # diplomats stand for their state
        ),
        ("Turkey refused to extradite the suspects to Greece.", {("Turkey", "rejected", "Greece", "asserted")}),
        ("Brazil demanded that Paraguay release the prisoners.", {("Brazil", "demanded", "Paraguay", "asserted")}),
        (  # a threat is aimed at the one its condition asks to act
            "Russia threatened to halt gas supplies if Ukraine joined the alliance.",
            {("Russia", "threatened", "Ukraine", "asserted")},
        ),
    ],
)
def test_targets_in_the_complement(triples, text, expected):
    assert triples(text) == expected


def test_an_accusation_is_one_fact_and_the_accused_is_the_doer(triples):
    found = triples("Ukraine accused Russian forces of shelling a hospital in Kharkiv.")
    assert found == {("Ukraine", "accused", "Russian forces", "asserted")}


def test_a_protest_is_aimed_at_what_its_purpose_names_not_at_the_protesters(triples):
    found = triples("Students in Lima blocked the main highway to express their fury at Chile's tariffs.")
    assert found == {("Students in Lima", "protestedAgainst", "Chile", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "The Chilean army halted its military operations in two districts near Lima.",
        "The Chilean army halted its military operations in some parts of Lima.",
        "The Chilean army halted its military operations in Lima's outer districts.",
    ],
)
def test_a_deed_in_areas_of_or_near_a_place_is_aimed_at_that_place(triples, text):
    assert triples(text) == {("Chilean army", "yieldedTo", "Lima", "asserted")}


def test_a_protest_in_a_place_is_aimed_at_that_place_and_happens_there(read):
    (fact,) = read("Peruvian farmers blocked highways in the city of Lima on Monday.").facts
    assert (fact.subject.text, fact.relation, fact.object.text, fact.place) == (
        "Peruvian farmers",
        "protestedAgainst",
        "Lima",
        fact.object,
    )


def test_a_curfew_lifted_in_a_place_is_a_concession_to_it(triples):
    found = triples("The Kenyan government lifted the curfew in Mombasa.")
    assert {(s, r, o) for s, r, o, _ in found} == {("Kenyan government", "conceded", "Mombasa")}


def test_where_people_are_held_is_not_whom_they_are_held_by(triples):
    found = triples("Nigerian police detained three journalists in Abuja.")
    assert found == {("Nigerian police", "detained", "journalists", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia massed troops in Belarus.", set()),
        ("Kenya detained soldiers in Somalia.", {("Kenya", "detained", "soldiers", "asserted")}),
    ],
)
def test_people_acted_on_in_a_country_are_there_not_aimed_at_it(triples, text, expected):
    assert triples(text) == expected


def test_an_attack_near_a_place_targets_it_when_nothing_else_does(triples):
    found = triples("Syrian warplanes bombed rebel-held towns near Aleppo.")
    assert found == {("Syrian warplanes", "attacked", "Aleppo", "asserted")}


@pytest.mark.parametrize(
    "text",
    [
        "Two Libyan agents suspected by Italy of bombing the ferry fled to Malta.",
        "Peru demanded an admission by Chile that its navy attacked Peruvian fishermen.",
    ],
)
def test_suspicions_and_claimed_content_are_not_facts(triples, text):
    assert not {t for t in triples(text) if t[1] == "attacked"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request for an event stands toward the one it would be done to, asked of no one named
        (
            "Freedonian lawmakers called for sanctions against Ruritania.",
            ("Freedonian lawmakers", "criticized", "Ruritania"),
        ),
        ("Freedonia demanded the release of the Ruritanian sailors.", ("Freedonia", "supported", "Ruritanian sailors")),
        # ... but a request for the doer's own deed is made of the doer
        ("Freedonia demanded Ruritania's withdrawal from the border.", ("Freedonia", "demanded", "Ruritania")),
    ],
)
def test_a_request_for_an_event(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Peru demanded the release of the fishermen held by Bolivia.", "Bolivia"),
        ("Peru called for the release of a Chilean reporter detained by Bolivia.", "Bolivia"),
        ("Peru called for the release of Ana Silva, who was jailed in Bolivia last month.", "Bolivia"),
        ("Peru demanded the release of the crew from Bolivian custody.", "Bolivian"),
    ],
)
def test_a_call_for_the_release_of_people_whose_holder_is_named_is_a_request_of_the_holder(triples, text, holder):
    found = {t[:3] for t in triples(text) if t[0] == "Peru"}
    assert found in ({("Peru", "demanded", holder)}, {("Peru", "urged", holder)})


@pytest.mark.parametrize(
    "text", ["Peru praised the aid workers sent by Bolivia.", "Peru condemned the march staged by Bolivia."]
)
def test_people_sent_or_a_thing_made_by_someone_are_theirs(triples, text):
    assert {t[2] for t in triples(text) if t[0] == "Peru"} == {"Bolivia"}


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Peru demanded that Bolivia release Ana Silva.", "Bolivia"),
        ("Peru demanded that the Bolivian army free the crew.", "Bolivian army"),
    ],
)
def test_a_that_clause_read_as_one_noun_phrase_is_a_clause_asked_of_its_subject(triples, text, asked):
    assert {t[:3] for t in triples(text) if t[0] == "Peru"} == {("Peru", "demanded", asked)}


def test_what_a_request_asks_for_is_not_done_however_it_is_parsed(triples):
    found = {t[:3] for t in triples("Freedonia urged Ruritania to call on Borduria to end its war in Syldavia.")}
    assert ("Freedonia", "urged", "Ruritania") in found
    assert not {t for t in found if t[1] in {"yieldedTo", "attacked"}}


def test_an_allegation_is_aimed_at_who_the_clause_says_did_wrong(triples):
    found = {t[:3] for t in triples("Chilean police alleged the Peruvian officials were linked to the killing.")}
    assert ("Chilean police", "accused", "Peruvian") in found


def test_the_of_phrase_of_an_event_without_a_patient_is_its_doer(triples):
    assert ("Chile", "demanded", "Peruvian troops") in {
        t[:3] for t in triples("Chile demanded the withdrawal of Peruvian troops from the border.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile called on the international community to recognize Peru.", {("Chile", "supported", "Peru")}),
        ("Chile urged the international community to punish Peru.", {("Chile", "criticized", "Peru")}),
        ("Chile called on Brazil to recognize Peru.", {("Chile", "urged", "Brazil")}),
        ("Chile on Tuesday demanded that Peru free the fishermen.", {("Chile", "demanded", "Peru")}),
    ],
)
def test_a_request_of_no_one_named_is_a_stand_toward_whom_it_concerns(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        'Chile asked, "Why should President Ana Kalu get the credit?" while Peru waited.',
        'The minister asked, "Can anyone but President Ana Kalu stop this war?" before leaving.',
        "Chile asked whether Peru would attend.",
    ],
)
def test_a_question_asks_nothing_of_whom_it_names(triples, text):
    assert not triples(text)


def test_a_request_is_still_a_request(triples):
    assert {t[:3] for t in triples("Chile asked Peru to withdraw its troops.")} == {("Chile", "urged", "Peru")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana called for an end to Togo's blockade.", {("Ghana", "urged", "Togo", "asserted")}),
        ("Ghana demanded an end to Togo's offensive.", {("Ghana", "demanded", "Togo", "asserted")}),
        ("Ghana called for an end to the violence.", set()),  # whose violence, the sentence does not say
    ],
)
def test_asking_for_an_end_to_someones_event_asks_them(triples, text, expected):
    assert triples(text) == expected


def test_aid_to_people_in_a_place_is_aimed_at_the_place_as_a_deed_on_them_is(triples):
    assert {t[:3] for t in triples("Peru sent food aid to refugees in Bolivia.")} == {("Peru", "aided", "Bolivia")}


def test_a_deed_done_in_events_somewhere_is_aimed_at_where_they_happened(triples):
    found = triples("Ghanaian gunmen killed 12 people in two separate attacks in Togo on Sunday.")
    assert {t[1:3] for t in found} == {("attacked", "Togo")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Chilean president called Juan Perez to express his condolences.", ("supported", "Juan Perez")),
        ("The Chilean president phoned Juan Perez to apologise for the remarks.", ("supported", "Juan Perez")),
        ("The Chilean president called Juan Perez to demand an explanation.", ("demanded", "Juan Perez")),
        ("The Ghanaian foreign minister visited Togo to express solidarity.", ("supported", "Togo")),
        ("The Chilean president phoned Juan Perez on Sunday, urging restraint.", ("urged", "Juan Perez")),
        ("The Ghanaian foreign minister visited Togo, expressing solidarity.", ("supported", "Togo")),
    ],
)
def test_the_purpose_of_a_call_or_visit_is_the_callers_and_aimed_at_whom_it_reached(triples, text, expected):
    found = {t[1:3] for t in triples(text)}
    assert expected in found
    assert {t[0] for t in triples(text) if t[1] == expected[0]} != {expected[1]}  # the caller does it


def test_a_purpose_that_names_its_own_target_keeps_it(triples):
    found = {t[1:3] for t in triples("The Chilean president called Juan Perez to congratulate Maria Lopez.")}
    assert ("praised", "Maria Lopez") in found
    assert ("praised", "Juan Perez") not in found


def test_asking_someone_to_do_something_still_makes_them_its_doer(triples):
    assert ("Chile", "urged", "Peru") in {t[:3] for t in triples("Chile urged Peru to apologise to Bolivia.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway has provided $2 million in aid to support Ghanaian refugees.", "Ghanaian refugees"),
        ("Sweden provided $5 million in aid to rebuild schools in Togo.", "Togo"),
    ],
)
def test_aid_with_no_recipient_goes_to_whom_its_purpose_names(triples, text, expected):
    assert expected in {t[2] for t in triples(text) if t[1] == "aided"}


def test_the_purpose_of_a_call_is_told_as_the_call_is(read):
    text = "Ana Silva called Juan Perez on Friday to convey her support, her office said."
    told = {(f.relation, f.modality.value) for f in read(text).facts}
    assert told == {("met", "reported"), ("supported", "reported")}


def test_what_one_agrees_with_someone_to_do_is_agreed_with_them(triples):
    found = triples("Juan Perez agreed with Maria Lopez to exchange technology.")
    assert ("Juan Perez", "agreedWith", "Maria Lopez") in {t[:3] for t in found}


@pytest.mark.parametrize(
    "text",
    [
        "Togo backed down after Ghana threatened new tariffs.",
        "Togo gave in after repeated demands from Ghana.",
    ],
)
def test_one_who_gives_way_after_being_pressed_gives_way_to_who_pressed(triples, text):
    assert ("Togo", "conceded", "Ghana") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text", ["Togolese rebels laid down their arms after talks with Ghana.", "The rebels laid down their weapons."]
)
def test_one_who_gives_way_after_talks_gives_way_to_the_other_side_and_never_to_itself(triples, text):
    found = {t[:3] for t in triples(text) if t[1] == "yieldedTo"}
    assert found == ({("Togolese rebels", "yieldedTo", "Ghana")} if "Ghana" in text else set())


def test_talks_that_name_no_other_side_leave_the_pressure_to_say_whom_one_gave_way_to(triples):
    text = "Togo backed down after talks in Lome, under pressure from Ghana."
    assert ("Togo", "conceded", "Ghana") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text",
    ["Ghana sent engineers to Togo to help.", "Ghana sent its best engineers to Togo to assist."],
)
def test_help_that_is_the_purpose_of_sending_people_aids_where_they_go(triples, text):
    assert ("Ghana", "aided", "Togo") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text",
    ["Ghana and Togo fought a brief border war in 2010.", "The war between Ghana and Togo ended in 2012."],
)
def test_two_sides_that_fight_with_no_one_else_named_fight_each_other(triples, text):
    found = {t[:3] for t in triples(text)}
    assert {("Ghana", "attacked", "Togo"), ("Togo", "attacked", "Ghana")} <= found


def test_two_sides_that_fight_side_by_side_fight_no_one_of_themselves(triples):
    assert not {t for t in triples("Ghana and Togo fought side by side.") if t[1] == "attacked"}


@pytest.mark.parametrize(
    "text",
    ["Ghanaian troops clashed with Togolese soldiers on Sunday.", "Ghanaian troops fought with Togolese soldiers."],
)
def test_the_side_one_fights_with_fights_back(triples, text):
    found = {t[:3] for t in triples(text)}
    assert found == {
        ("Ghanaian troops", "attacked", "Togolese soldiers"),
        ("Togolese soldiers", "attacked", "Ghanaian troops"),
    }


def test_those_one_fights_with_against_another_are_allies(triples):
    found = {t[:3] for t in triples("Ghanaian troops fought with Togolese soldiers against the rebels.")}
    assert found == {("Ghanaian troops", "attacked", "rebels"), ("Togolese soldiers", "attacked", "rebels")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's decision to expel two Chilean diplomats angered Santiago.", ("Peru", "sanctioned", "Chilean")),
        ("The move by Peru to impose sanctions on Chile drew criticism.", ("Peru", "sanctioned", "Chile")),
        ("Ghana's move to recognise Togo's government was welcomed.", ("Ghana", "supported", "Togo's government")),
    ],
)
def test_a_choice_made_is_the_deed_of_whoever_made_it(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_what_a_right_or_a_thing_is_for_is_still_no_deed(triples):
    assert not triples("Ghana's right to inspect Togo's ships was upheld.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaian students held a rally calling for the resignation of Kofi Mensah.", "urged"),
        ("Ghanaian students staged a protest demanding the release of Kofi Mensah.", "supported"),
    ],
)
def test_what_a_protest_calls_for_is_called_for_by_those_who_hold_it(triples, text, expected):
    assert ("Ghanaian students", expected, "Kofi Mensah") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text", ["Ghana called for the prosecution of Kofi Mensah.", "Ghana called for the impeachment of Kofi Mensah."]
)
def test_calling_for_legal_action_against_someone_stands_against_them(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "criticized", "Kofi Mensah")}


def test_the_of_phrase_of_a_legal_action_is_whom_it_is_brought_against(triples):
    found = triples("The indictment of Kofi Mensah by a court in Accra angered Togo.")
    assert {t[1:3] for t in found} == {("accused", "Kofi Mensah")}


@pytest.mark.parametrize(
    "text", ["Ghana backed down under pressure from Togo.", "Ghana relented after calls from Togo."]
)
def test_one_who_gives_way_under_pressure_gives_way_to_who_pressed(triples, text):
    assert ("Ghana", "conceded", "Togo") in {t[:3] for t in triples(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru battled the cholera outbreak in Chile.",
        "Peru vowed to fight corruption in Chile.",
        "Peru announced new money to combat the famine in Chile.",
        "Peru vowed to step up its fight against poverty in Chile.",
    ],
)
def test_fighting_an_ill_where_it_is_attacks_no_one_there(triples, text):
    assert not {t for t in triples(text) if t[1] in {"attacked", "threatened"}}


def test_a_deed_against_things_in_a_place_is_still_aimed_there(triples):
    assert ("Peru", "attacked", "Chile") in {t[:3] for t in triples("Peru bombed the airport in Chile.")}
