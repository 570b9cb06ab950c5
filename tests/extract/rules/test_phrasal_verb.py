"""phrasal_verb: a verb and its particle or preposition report the event together
(kgraph/extract/rules/phrasal_verb.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway called on Sweden to reopen the border.", ("Norway", "urged", "Sweden", "asserted")),
        ("Lena Fox met with Tomas Ruiz on Monday.", ("Lena Fox", "met", "Tomas Ruiz", "asserted")),
        ("Chile sat down with Peru to discuss the border.", ("Chile", "met", "Peru", "asserted")),
        ("Ecuador turned down the offer from Colombia.", ("Ecuador", "rejected", "Colombia", "asserted")),
        ("Lena Fox flew to Lima.", ("Lena Fox", "visited", "Lima", "asserted")),
        # a particle the parser calls an adverb, and the preposition a particle governs
        ("Ecuador hit back at Colombia.", ("Ecuador", "criticized", "Colombia", "asserted")),
        ("Ecuador pushed back against Colombia's claims.", ("Ecuador", "rejected", "Colombia", "asserted")),
        ("Ecuador backed out of the treaty with Colombia.", ("Ecuador", "rejected", "Colombia", "asserted")),
        ("Ecuador called out Colombia for its silence.", ("Ecuador", "criticized", "Colombia", "asserted")),
    ],
)
def test_a_verb_with_its_particles_reports_the_relation(triples, rules, text, expected):
    assert triples(text) == {expected}
    assert rules(text) == {"phrasal_verb"}


def test_called_on_is_urged_by_the_phrasal_verb_rule(read):
    (fact,) = read("Norway called on Sweden to reopen the border.").facts
    assert (fact.relation, fact.rule) == ("urged", "phrasal_verb:call")


def test_a_particle_with_an_object_gives_to_the_recipient(triples):
    found = triples("Swiss doctors handed over medicine to the Red Cross.")
    assert found == {("Swiss doctors", "aided", "Red Cross", "asserted")}


def test_compound_prepositions_reach_their_object(triples):
    assert triples("Uganda pulled its troops out of Somalia.") == {("Uganda", "yieldedTo", "Somalia", "asserted")}


def test_a_journey_verb_with_an_object_is_a_transfer_not_a_visit(triples):
    assert ("Chile", "visited", "Peru", "asserted") in triples("Chile returned to Peru.")
    assert not {t for t in triples("Chile returned the stolen paintings to Peru.") if t[1] == "visited"}


def test_warning_of_someones_plans_criticises_them(triples):
    assert ("Peru", "criticized", "Chile") in {
        t[:3] for t in triples("Peru warned about Chile's scheme to divert the river.")
    }


@pytest.mark.parametrize(
    "text", ["Peru calls for Chile to withdraw its troops.", "Peru pressed for Chile to reopen the border."]
)
def test_calling_for_someone_to_act_urges_them_and_states_no_act(triples, text):
    assert triples(text) == {("Peru", "urged", "Chile", "asserted")}


def test_a_preposition_saying_when_is_no_particle(triples):
    assert not {t for t in triples("Ana Silva called her Ghanaian counterpart on Monday.") if t[1] == "urged"}
    assert triples("Ana Silva called on Ghana to act.") == {("Ana Silva", "urged", "Ghana", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana voted against Togo's resolution.", {("Ghana", "rejected", "Togo")}),
        ("Ghana voted for the Togolese proposal.", {("Ghana", "supported", "Togolese")}),
    ],
)
def test_a_vote_against_or_for_what_someone_proposed_rejects_or_supports_them(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Peruvian president, sitting alongside Juan Perez, announced the agreement in Lima.",
        "Maria Lopez appeared with Juan Perez at a rally in Lima.",
        "Maria Lopez sat beside Juan Perez at the state dinner.",
    ],
)
def test_being_seen_together_is_meeting(triples, text):
    assert {t[1:3] for t in triples(text)} >= {("met", "Juan Perez")}


def test_standing_with_someone_is_no_meeting(triples):
    assert not {t for t in triples("Maria Lopez stood with Juan Perez throughout the crisis.") if t[1] == "met"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana pulled out of the treaty with Togo.", ("Ghana", "rejected", "Togo", "asserted")),
        ("Ghana pulled out of Togo.", ("Ghana", "yieldedTo", "Togo", "asserted")),
    ],
)
def test_pulling_out_of_an_agreement_leaves_it_and_out_of_a_country_retreats(triples, text, expected):
    assert expected in triples(text)
    assert not {t for t in triples(text) if t[1] in {"yieldedTo", "rejected"}} - {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chilean police forced Juan Perez out of the country.", ("sanctioned", "Juan Perez")),
        ("Chile pulled its troops out of Peru.", ("yieldedTo", "Peru")),
    ],
)
def test_one_put_out_is_whom_it_is_done_to_where_ones_own_pulled_out_leaves_the_place(triples, text, expected):
    assert {t[1:3] for t in triples(text)} == {expected}


def test_a_thing_returned_to_someone_in_the_passive_makes_no_journey(triples):
    assert not {t for t in triples("The stolen painting was returned by Peru to Chile.") if t[1] == "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana reneged on its promise to Togo.", {("Ghana", "rejected", "Togo")}),
        (
            "Ana Silva has reneged on her commitment to the Togolese people.",
            {("Ana Silva", "rejected", "Togolese people")},
        ),
        ("Ghana reneged on Togo's offer.", {("Ghana", "rejected", "Togo")}),
    ],
)
def test_going_back_on_ones_own_commitment_rejects_whom_it_was_to(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    "text", ["Ghana and Togo spoke by phone on Sunday.", "The presidents of Ghana and Togo spoke by telephone."]
)
def test_two_who_speak_by_phone_speak_with_each_other(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "met", "Togo")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana threw its support behind Togo.",
        "Ghana threw its weight behind Togo's bid.",
        "Ghana stood behind Togo throughout the dispute.",
        "Ghana united behind Togo.",
    ],
)
def test_one_who_stands_or_throws_its_weight_behind_another_backs_them(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "supported", "Togo")}


def test_standing_behind_a_thing_backs_no_one(triples):
    assert not triples("Ghanaian troops stood behind the barricades.")


def test_a_preposition_with_a_noun_of_its_own_after_the_object_is_no_particle(triples):
    assert not {t for t in triples("Kofi Mensah gave a banquet in honour of the Togolese envoy.") if t[1] == "conceded"}
    assert ("Ghana", "conceded", "Togo") in {t[:3] for t in triples("Ghana gave in to Togo's demands.")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway warned of retaliation against Sweden.", "threatened"),  # a hostile deed of the speaker's own
        ("Norway warned Sweden of reprisals.", "threatened"),
        ("Norway warned of Sweden's aggression.", "criticized"),  # a deed of another's: an admonition
        ("Norway warned of Swedish attacks on the border.", "criticized"),
        ("Norway warned Sweden of serious consequences.", "threatened"),  # harm to come, the speaker's own
        ("Norway warned of the consequences of Sweden's decision.", "criticized"),  # what another's deed brings
    ],
)
def test_warning_of_a_hostile_deed_threatens_unless_the_deed_is_anothers(triples, text, expected):
    assert {t[1] for t in triples(text) if t[2] in {"Sweden", "Swedish"}} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Norway handed over the suspects to Sweden.", ("Norway", "cooperatedWith", "Sweden", "asserted")),
        # its own people handed back to a state are released to it
        ("Norway handed over two Swedish prisoners to Sweden.", ("Norway", "yieldedTo", "Sweden", "asserted")),
        ("Norway handed over 30 vehicles to Sweden.", ("Norway", "aided", "Sweden", "asserted")),
    ],
)
def test_handing_over_people_is_as_extraditing_them_where_handing_over_things_aids(triples, text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize("text", ["Peru caved in to pressure from Chile.", "Peru caved to Chile's demands."])
def test_caving_in_to_someone_gives_way_to_them(triples, text):
    assert {t[:3] for t in triples(text)} == {("Peru", "conceded", "Chile")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru cosied up to Chile.", ("Peru", "supported", "Chile")),
        ("Peru vouched for Chile.", ("Peru", "supported", "Chile")),
        ("Peru stood up to Chile.", ("Peru", "rejected", "Chile")),
    ],
)
def test_phrasal_verbs_of_backing_and_resisting(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_the_doers_own_thing_given_up_names_no_one_and_the_to_phrase_whom_it_is_given_up_to(triples):
    assert triples("The rebels laid down their arms to Ghana.") == {("rebels", "yieldedTo", "Ghana", "asserted")}


def test_a_phrasal_verb_in_a_participle_on_its_own_subject_is_read_once(read):
    found = read("The aid handed over to Togo arrived on Monday.")  # read without reading itself again, endlessly
    assert "Togo" in {m.text for m in found.mentions}
