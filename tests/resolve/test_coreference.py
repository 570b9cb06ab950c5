"""Coreference (kgraph/resolve/coreference.py): whom plural references stand for."""

import pytest

from kgraph.extract import extract
from kgraph.model import Document, EntityType
from kgraph.resolve import resolve


def facts(nlp, text):
    kg = resolve([extract(nlp(text), Document("d", text, "t"))])
    return {(s, f.relation, o) for f, s, o in kg.articles[0].resolved_facts()}


def test_both_parties_are_the_two_named_together_not_who_urges_them(nlp):
    text = (
        "Norway and Sweden announced mediation between Malian rebels and the Malian army in Oslo. "
        "Norway and Sweden pressed both parties to observe a truce."
    )
    urged = {(s, o) for s, r, o in facts(nlp, text) if r == "urged"}
    expected = {(a, b) for a in ("country/norway", "country/sweden") for b in ("group/malian_rebel", "body/mali_army")}
    assert urged == expected


def test_two_leaders_are_the_two_people_just_named(nlp):
    text = "President Ana Ruiz of Chile and Prime Minister Luis Soto of Peru met in Lima. The two presidents embraced."
    assert ("person/ana_ruiz", "met", "person/luis_soto") in facts(nlp, text)


@pytest.mark.parametrize("reference", ["The leaders", "The presidents", "The ministers"])
def test_the_holders_of_a_title_unnumbered_are_the_two_people_just_named(nlp, reference):
    text = f"President Ana Ruiz of Chile and President Luis Soto of Peru met in Lima. {reference} condemned Bolivia."
    condemned = {s for s, r, o in facts(nlp, text) if r == "criticized" and o == "country/bolivia"}
    assert condemned == {"person/ana_ruiz", "person/luis_soto"}


def test_the_holders_of_a_title_whose_sides_it_names_are_no_reference_to_those_just_named(nlp):
    text = "President Ana Ruiz of Chile met President Luis Soto of Peru. The Ghanaian and Togolese presidents met."
    assert ("country/ghana", "met", "country/togo") in facts(nlp, text)


def test_the_leaders_after_a_meeting_of_three_are_all_three_and_the_two_leaders_two(nlp):
    met = "President Juan Perez hosted Ana Silva and Kofi Mensah at his retreat on Friday."
    everyone = {s for s, r, o in facts(nlp, f"{met} The leaders condemned Bolivia.") if r == "criticized"}
    assert everyone == {"person/juan_perez", "person/ana_silva", "person/kofi_mensah"}
    two = {s for s, r, o in facts(nlp, f"{met} The two leaders condemned Bolivia.") if r == "criticized"}
    assert len(two) == 2


def test_the_leaders_of_someone_are_no_reference_to_those_just_named(nlp):
    text = "President Ana Ruiz of Chile met President Luis Soto of Peru. The leaders of Bolivia condemned Chile."
    condemned = {s for s, r, o in facts(nlp, text) if r == "criticized"}
    assert condemned and not condemned & {"person/ana_ruiz", "person/luis_soto"}


def test_two_leaders_of_two_countries_named_together_are_the_one_person_serving_each(nlp):
    text = (
        "Chilean President Maria Lopez and Peruvian President Juan Perez arrived in Quito on Friday. "
        "Lopez praised Ecuadorian President Marta Vega for her mediation. "
        "The treaty commits Chile and Peru to demarcate the border. The two leaders shook hands."
    )
    met = {(s, o) for s, r, o in facts(nlp, text) if r == "met"}
    assert met == {("person/maria_lopez", "person/juan_perez")}


@pytest.mark.parametrize("reference", ["Both countries", "The two countries", "The two nations"])
def test_both_countries_of_two_leaders_are_the_countries_they_serve(nlp, reference):
    text = f"President Ana Ruiz of Chile and Prime Minister Luis Soto of Peru met in Lima. {reference} signed a treaty."
    assert ("country/chile", "agreedWith", "country/peru") in facts(nlp, text)


def test_talks_others_confirmed_are_a_planned_meeting_not_their_promise(nlp, triples):
    found = triples("Norway announced that negotiations between Malian rebels and the Malian army will open in Oslo.")
    assert {t[1:] for t in found} == {("met", "Malian army", "planned")}


def test_the_government_unnamed_is_the_country_the_article_is_about(nlp):
    text = "Chile reopened its embassy on Monday. The Red Cross held talks with the military-backed government."
    assert "country/chile" in {o for s, r, o in facts(nlp, text) if r == "met"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean warships held drills near Peru on Monday. Lima called the drills a dangerous provocation.",
            ("country/peru", "criticized", "group/chilean_warship"),
        ),
        (
            "Chile accused Peru of plotting the attack. Peru rejected these accusations.",
            ("country/peru", "rejected", "country/chile"),
        ),
    ],
)
def test_an_event_named_again_stands_for_who_did_it(nlp, text, expected):
    assert expected in facts(nlp, text)


def test_an_event_named_again_stands_for_whom_the_description_of_its_doer_stands_for(nlp):
    text = (
        "Peru met Bolivia in Lima. Peru later criticised Chile. The country held drills near Chile. "
        "Ecuador criticised the drills."
    )
    assert ("country/ecuador", "criticized", "country/peru") in facts(nlp, text)


def test_an_event_with_no_doer_before_it_stands_for_no_one(nlp):
    assert not facts(nlp, "Lima called the drills a dangerous provocation.")


def test_a_role_noun_of_a_titles_last_word_names_that_countrys_holder(nlp):
    text = (
        "Peruvian Foreign Minister Ana Silva met her Chilean counterpart Juan Perez in Lima. "
        "The Chilean minister invited Silva to visit Santiago."
    )
    assert ("person/juan_perez", "invited", "person/ana_silva") in facts(nlp, text)


def test_a_titles_head_alone_names_the_one_person_here_whose_title_it_heads(nlp):
    text = "Peru's foreign minister Juan Perez met Chile's president Ana Silva. The minister criticised Bolivia."
    assert ("person/juan_perez", "criticized", "country/bolivia") in facts(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Peru's foreign minister Juan Perez met Chile's defence minister Ana Silva. The minister criticised Bolivia.",
        "Peru's vice president Juan Perez met Chile's foreign minister Ana Silva. The president criticised Bolivia.",
    ],
)
def test_a_titles_head_names_no_one_when_two_hold_such_titles_or_the_title_is_a_lower_rank(nlp, text):
    criticised = {s for s, r, o in facts(nlp, text) if r == "criticized"}
    assert not criticised & {"person/juan_perez", "person/ana_silva"}


def test_two_unnamed_holders_of_one_title_for_two_states_are_two_actors(nlp):
    found = facts(nlp, "Peru's president had a phone call with Chile's president.")
    assert found == {("country/peru", "met", "country/chile")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's president spoke on Friday. The police arrested Ana Silva.", ("body/peru_police", "detained")),
        ("Peru's president spoke on Friday. Ana Silva was arrested by police.", ("body/peru_police", "detained")),
        ("Chile's leader spoke on Monday. The army shelled Bolivian towns.", ("body/chile_army", "attacked")),
    ],
)
def test_an_organ_named_without_its_state_is_that_of_the_country_the_article_is_about(nlp, text, expected):
    assert expected in {(s, r) for s, r, _ in facts(nlp, text)}


def test_an_organ_moved_is_its_movers_own_and_no_body_of_the_graph(nlp):
    assert not {
        s for s, _, _ in facts(nlp, "Peru mobilized the army for an assault on Chile.") if s.startswith("body/")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru's Supreme Court met on Monday. The court sentenced Ana Silva to ten years.", "body/peru_supreme_court"),
        ("The Chilean navy seized a boat. On Tuesday the navy detained Juan Perez.", "body/chile_navy"),
        (
            "Ghana's foreign ministry spoke first. Then the ministry accused Togo of spying.",
            "body/ghana_foreign_ministry",
        ),
    ],
)
def test_an_organ_named_by_its_kind_alone_is_the_one_of_that_kind_named_before(nlp, text, expected):
    assert expected in {s for s, _, _ in facts(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Peru urged Chile to act. The police detained two Bolivian fishermen.",  # two countries, named as often
        "Crowds gathered in the square. The police arrested Juan Perez.",  # no country at all
        "Peru's Supreme Court met on Monday. A court sentenced Ana Silva to ten years.",  # 'a court': another one
    ],
)
def test_an_organ_of_no_one_country_is_the_articles_own_and_no_states(nlp, text):
    subjects = {s for s, r, _ in facts(nlp, text) if r in {"detained", "accused"}}
    assert len(subjects) == 1
    subject = subjects.pop()
    assert subject.startswith("body/") and subject.endswith("_in_d"), subject


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Peru accused Chile of spying. Chile denied it. Peru then imposed sanctions on it.", "country/chile"),
        ("Chile said Peru attacked it.", "country/chile"),
        ("Ghana and Togo met on Monday. Ghana later urged it to withdraw its troops.", "country/togo"),
    ],
)
def test_it_a_deed_is_done_to_is_the_state_named_last_that_is_not_the_doer(nlp, text, expected):
    done_to = {o for _, r, o in facts(nlp, text) if r in {"sanctioned", "attacked", "urged"}}
    assert done_to == {expected}


@pytest.mark.parametrize(
    "text",
    ["Peru and Chile drafted a treaty. Bolivia signed it.", "Chile proposed a ceasefire. Peru rejected it."],
)
def test_it_that_may_be_a_thing_stands_for_no_one(nlp, text):
    second = text.split(". ")[1].split()[0]  # who signed or rejected "it"
    assert not {f for f in facts(nlp, text) if f[0] == f"country/{second.lower()}"}


@pytest.mark.parametrize("title", ["President", "Prime Minister", "King"])
def test_a_states_leader_is_whoever_the_article_names_in_its_top_office(nlp, title):
    text = f"Ghanaian {title} Kofi Mensah met Togolese officials in Lome. The Ghanaian leader later visited Peru."
    assert ("person/kofi_mensah", "visited", "country/peru") in facts(nlp, text)


def test_a_states_leader_is_not_a_minister_of_it(nlp):
    text = "Ghanaian Foreign Minister Kofi Mensah met Togolese officials. The Ghanaian leader later visited Peru."
    assert ("country/ghana", "visited", "country/peru") in facts(nlp, text)


def test_two_states_named_again_together_do_a_one_sided_deed_to_each_other(nlp):
    text = "Ghana and Togo held talks in Accra on Monday. Later the two countries restored diplomatic ties."
    supported = {(s, o) for s, r, o in facts(nlp, text) if r == "supported"}
    assert supported == {("country/ghana", "country/togo"), ("country/togo", "country/ghana")}


def test_two_states_named_again_together_meet_once(nlp):
    text = "Ghana and Togo held talks in Accra on Monday. Later the two countries held more talks."
    met = {(s, o) for s, r, o in facts(nlp, text) if r == "met"}
    assert len(met) == 1


@pytest.mark.parametrize(("verb", "relation"), [("criticised", "criticized"), ("welcomed", "praised")])
def test_a_visit_named_again_stands_for_whoever_made_it(nlp, verb, relation):
    text = f"Kofi Mensah of Ghana visited Togo on Monday. Peru {verb} the visit."
    assert ("country/peru", relation, "person/kofi_mensah") in facts(nlp, text)
    assert not {f for f in facts(nlp, text) if f[1] == "hosted"}


def test_three_leaders_are_the_three_a_sentence_before_brought_together(nlp):
    text = (
        "Peruvian President Ana Silva, Chilean President Juan Perez and Bolivian President Luis Mamani met in Lima. "
        "The three leaders signed a treaty. They also criticised Ecuador."
    )
    found = facts(nlp, text)
    people = ["person/ana_silva", "person/juan_perez", "person/luis_mamani"]
    agreed = {(s, o) for s, r, o in found if r == "agreedWith"}
    assert agreed == {(a, b) for i, a in enumerate(people) for b in people[i + 1 :]}
    assert {s for s, r, o in found if r == "criticized" and o == "country/ecuador"} == set(people)


def test_three_leaders_after_only_two_named_stand_for_no_one(nlp):
    text = "Ana Silva and Juan Perez met in Lima. The three leaders signed a treaty."
    assert not {r for _, r, _ in facts(nlp, text)} - {"met", "visited"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peru and Chile signed a treaty. The two countries' leaders met in Lima.",
            {("country/peru", "country/chile")},
        ),
        (
            "Peru, Chile and Bolivia signed a treaty. The three countries' leaders met in Lima.",
            {
                ("country/peru", "country/chile"),
                ("country/peru", "country/bolivia"),
                ("country/chile", "country/bolivia"),
            },
        ),
    ],
)
def test_the_leaders_of_several_states_referred_to_together_stand_for_each(nlp, text, expected):
    assert {(s, o) for s, r, o in facts(nlp, text) if r == "met"} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "African Union ministers met in Accra on Monday. The bloc agreed new sanctions against Togo.",
            ("org/african_union", "sanctioned", "country/togo"),
        ),
        (
            "NATO leaders met in Oslo. The alliance pledged more support for Norway.",
            ("org/nato", "supported", "country/norway"),
        ),
    ],
)
def test_the_bloc_is_the_organisation_the_article_has_been_talking_about(nlp, text, expected):
    assert expected in facts(nlp, text)


def test_the_bloc_after_two_organisations_named_as_often_is_no_one(nlp):
    text = "The African Union and NATO met in Accra. The bloc condemned Togo."
    assert not {f for f in facts(nlp, text) if f[1] == "criticized"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ghana's foreign minister Kofi Mensah met Togo's president in Lome. "
            "He said his country would back Togo's bid.",
            ("country/ghana", "agreedWith", "country/togo"),
        ),
        (
            "Ghana's foreign minister said his country was ready to help Togo.",
            ("country/ghana", "agreedWith", "country/togo"),
        ),
        (
            "Kofi Mensah, Ghana's president, said his country would impose sanctions on Togo.",
            ("country/ghana", "threatened", "country/togo"),
        ),
    ],
)
def test_his_country_is_the_state_its_speaker_serves(nlp, text, expected):
    assert expected in facts(nlp, text)


def test_his_government_with_no_state_named_for_him_is_he_speaking_for_it(nlp):
    found = facts(nlp, "Kofi Mensah said his government would send aid to Togo.")
    assert ("person/kofi_mensah", "agreedWith", "country/togo") in found  # a promise, as "said it would"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chilean police detained a journalist on Monday.",
            ("body/chile_police", "detained", "person/journalist_in_d"),
        ),
        ("A gunman attacked a Peruvian patrol.", ("person/gunman_in_d", "attacked", "country/peru")),
        ("A suicide bomber attacked a Peruvian patrol.", ("person/bomber_in_d", "attacked", "country/peru")),
        ("A soldier was shot dead by Bolivian troops.", ("group/bolivian_troop", "attacked", "person/soldier_in_d")),
        (
            "A rebel commander surrendered to Peruvian troops.",
            ("person/commander_in_d", "yieldedTo", "group/peruvian_troop"),
        ),
    ],
)
def test_one_person_named_by_what_they_are_is_the_articles_own_in_a_deed(nlp, text, expected):
    kg = resolve([extract(nlp(text), Document("d", text, "t"))])
    assert expected in {(s, f.relation, o) for f, s, o in kg.articles[0].resolved_facts()}
    own = next(e for e in (expected[0], expected[2]) if e.endswith("_in_d"))
    assert kg.entities[own].type is EntityType.PERSON  # one person, the article's own: no group


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The authorities in Lima arrested Juan Perez.", ("country/peru", "detained", "person/juan_perez")),
        ("Authorities in Cusco arrested Juan Perez.", ("place/cusco", "detained", "person/juan_perez")),
        ("The Cusco authorities arrested Juan Perez.", ("place/cusco", "detained", "person/juan_perez")),
        ("The authorities in Lome accused Ghana of spying.", ("country/togo", "accused", "country/ghana")),
    ],
)
def test_the_rulers_in_a_place_act_as_that_place_and_its_capital_as_its_state(nlp, text, expected):
    assert facts(nlp, text) == {expected}


def test_where_rulers_sit_is_not_where_their_deed_happened(read):
    (fact,) = read("The authorities in Lima arrested Juan Perez.").facts
    assert fact.place is None


def test_a_visit_named_by_the_capital_it_happened_in_goes_to_its_state_and_happens_there(nlp):
    text = "Peru's prime minister arrived in Santiago for a two-day visit."
    kg = resolve([extract(nlp(text), Document("d", text, "t"))])
    ((fact, subject, obj),) = list(kg.articles[0].resolved_facts())
    assert (subject, fact.relation, obj) == ("country/peru", "visited", "country/chile")
    assert kg.articles[0].entity_of[fact.place] == "place/santiago"


@pytest.mark.parametrize(
    "text",
    [
        "Peru's ambassador to Chile was expelled on Friday.",  # no doer named: the state the envoy is posted to
        "Chile expelled Peru's ambassador to Chile.",
        "Two Peruvian diplomats were expelled from Chile.",
    ],
)
def test_an_envoy_expelled_is_put_out_by_the_state_it_is_posted_to(nlp, text):
    assert facts(nlp, text) == {("country/chile", "sanctioned", "country/peru")}


def test_both_sides_are_no_two_places_named_together(nlp):
    text = "Fighting spread to the Volta and Oti regions of Ghana. The two parties agreed to a ceasefire."
    kg = resolve([extract(nlp(text), Document("d", text, "t"))])
    assert not {(s, o) for _, s, o in kg.articles[0].resolved_facts()}


def test_a_plural_is_no_pair_of_a_fact_whose_sides_come_after_it(nlp):
    text = (
        "Chile accused Peru of shelling the border. "
        "Ghana offered to mediate between the two neighbours, and its foreign minister Kofi Mensah spoke with Peru."
    )
    mediated = {o for s, r, o in facts(nlp, text) if s == "country/ghana"}
    assert mediated == {"country/chile", "country/peru"}


def test_the_claims_named_again_are_the_last_accusers(nlp):
    found = facts(nlp, "Peru accused Chile of spying on Monday. Chile rejected the claims.")
    assert ("country/chile", "rejected", "country/peru") in found


def test_claims_with_no_accusation_before_them_stand_for_no_one(nlp):
    found = facts(nlp, "Peru renewed its claims to the islands. Chile rejected the claims.")
    assert not {f for f in found if f[1] == "rejected"}


def test_a_combining_form_hyphened_to_another_states_name_is_its_state(nlp):
    assert facts(nlp, "Sino-Indian talks stalled.") == {("country/china", "met", "country/india")}


@pytest.mark.parametrize(
    "text",
    [
        "Juan Perez demanded new rules for the tribunal after its senior judge said she would "
        "investigate Chilean war crimes.",
        "The Chilean union chief turned down the offer Juan Perez had made, saying she would lodge a protest "
        "against Peru.",
    ],
)
def test_he_or_she_saying_what_an_unnamed_person_says_is_that_person_not_the_last_one_named(nlp, text):
    assert not {s for s, r, o in facts(nlp, text) if s == "person/juan_perez" and r in {"criticized", "accused"}}


def test_a_possessive_on_what_the_subject_does_is_the_subjects_own(nlp):
    found = facts(nlp, "Juan Perez called Ana Silva on Saturday to express his support for Chile.")
    assert ("person/juan_perez", "supported", "country/chile") in found
    assert ("person/ana_silva", "supported", "country/chile") not in found


def test_praise_of_the_state_one_acts_for_is_no_relation(nlp):
    text = (
        "Chilean President Ana Silva met Peruvian President Juan Perez in Lima. "
        "Silva noted that Chile and Peru are trustworthy friends."
    )
    found = facts(nlp, text)
    assert ("person/ana_silva", "praised", "country/peru") in found
    assert ("person/ana_silva", "praised", "country/chile") not in found


def test_claims_named_again_with_what_they_are_called_are_still_the_last_accusers(nlp):
    text = "Chile accused Peru of funding the rebels. Peru rejected the allegations as baseless."
    assert ("country/peru", "rejected", "country/chile") in facts(nlp, text)


def test_them_in_a_participle_clause_are_those_the_verb_was_just_done_to(nlp):
    found = facts(nlp, "Chile expelled two Peruvian diplomats on Monday, accusing them of spying on its navy.")
    assert ("country/chile", "accused", "country/peru") in found
