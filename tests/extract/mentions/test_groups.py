"""Groups and peoples acting under their own name (kgraph/extract/mentions/groups.py, peoples.py)."""

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # demonym + group noun: the group acts under its own name
            "Kenyan soldiers attacked Somali rebels near the border.",
            {("Kenyan soldiers", "attacked", "Somali rebels", "asserted")},
        ),
        (  # a plural demonym names people, not their state
            "Ethiopians protested against Egypt on Monday.",
            {("Ethiopians", "protestedAgainst", "Egypt", "asserted")},
        ),
        (
            "Ethnic Albanians protested against Serbia.",
            {("Ethnic Albanians", "protestedAgainst", "Serbia", "asserted")},
        ),
        (  # a group qualified after its noun
            "Gunmen loyal to the Taliban attacked Kabul.",
            {("Gunmen loyal to the Taliban", "attacked", "Kabul", "asserted")},
        ),
        (
            "Chilean and Peruvian students marched against Bolivia.",
            {("Chilean and Peruvian students", "protestedAgainst", "Bolivia", "asserted")},
        ),
    ],
)
def test_group_actors(triples, text, expected):
    assert triples(text) == expected


def test_a_group_qualified_by_a_long_name_is_read_by_words_not_tokens(triples):
    found = triples("Militants loyal to Sudan's rebel commander Ali Abba Musa said they attacked Tomas Ruiz.")
    assert found == {("Militants loyal to Sudan's rebel commander Ali Abba Musa", "attacked", "Tomas Ruiz", "reported")}


def test_a_demonym_that_is_also_the_word_for_the_state_keeps_its_country(read):
    (fact,) = read("The Chinese protested against Japan.").facts
    assert (fact.subject.gazetteer_id, fact.relation, fact.object.text) == ("china", "protestedAgainst", "Japan")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile freed 40 detainees on Friday.", ("Chile", "yieldedTo", "detainees", "asserted")),
        ("Ghanaian police arrested dozens of journalists.", ("Ghanaian police", "detained", "journalists", "asserted")),
        ("Kenyan soldiers killed 12 villagers.", ("Kenyan soldiers", "attacked", "villagers", "asserted")),
        ("Norway sent 30 tonnes of food to flood victims.", ("Norway", "aided", "flood victims", "asserted")),
    ],
)
def test_people_named_by_what_they_are_are_a_group_when_acted_upon(triples, text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thousands of villagers protested against Chile.", ("villagers", "protestedAgainst", "Chile", "asserted")),
        ("Gunmen attacked a Chilean army convoy.", ("Gunmen", "attacked", "Chilean", "asserted")),
        ("Rebels freed two Chilean engineers.", ("Rebels", "yieldedTo", "Chilean engineers", "asserted")),
    ],
)
def test_people_named_by_what_they_are_do_deeds_as_the_articles_group(triples, text, expected):
    assert triples(text) == {expected}


@pytest.mark.parametrize(
    "text",
    [
        "Analysts criticised Chile.",  # words: whose analysts, the article does not say, and they speak for no one
        "Villagers urged Chile to build a school.",
        "The attack by gunmen angered Chile.",
        "Chile praised a teacher for her courage.",  # one person: words to them tie no actors together
        "Ana Silva met a reporter in Lima.",
    ],
)
def test_people_named_by_what_they_are_speak_for_no_one(triples, text):
    found = triples(text)
    unnamed = {"Analysts", "Villagers", "gunmen", "teacher", "reporter"}
    assert not any(t[0] in unnamed or t[2] in unnamed for t in found)


def test_officials_of_an_organisation_are_no_group_of_their_own(read):
    facts = read("European Union leaders threatened Ghana. African leaders urged Ghana to act.").facts
    subjects = {(f.subject.gazetteer_id or f.subject.text, f.subject.type.value) for f in facts}
    assert ("european_union", "Organization") in subjects  # the bloc's leaders stand for it
    assert ("African leaders", "Group") in subjects  # no organisation: a group of its own


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The leaders of Peru, Chile and Bolivia met in Lima.",
            {("Peru", "met", "Chile"), ("Peru", "met", "Bolivia"), ("Chile", "met", "Bolivia")},
        ),
        ("Peruvian and Chilean leaders met in Lima.", {("Peruvian", "met", "Chilean")}),
        # a noun for those who act for a side, in the singular or only the plural in the lexicon
        ("Peruvian and Chilean delegates met in Lima.", {("Peruvian", "met", "Chilean")}),
        ("A meeting of Peruvian and Chilean negotiators took place in Lima.", {("Peruvian", "met", "Chilean")}),
        ("Peruvian and Chilean representatives signed the accord.", {("Peruvian", "agreedWith", "Chilean")}),
    ],
)
def test_leaders_of_several_states_stand_for_each_never_one_group(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Peruvian and Chilean troops attacked the rebels.",
            {("Peruvian", "attacked", "rebels"), ("Chilean", "attacked", "rebels")},
        ),
        ("Peruvian and Chilean forces held joint drills.", {("Peruvian", "cooperatedWith", "Chilean")}),
        (
            "Peruvian and Chilean students protested against Bolivia.",
            {("Peruvian and Chilean students", "protestedAgainst", "Bolivia")},
        ),
    ],
)
def test_forces_of_several_states_stand_for_each_but_other_people_are_one_group(triples, text, expected):
    assert {t[:3] for t in triples(text)} == expected


def test_a_groups_qualifying_phrase_ends_before_the_verb_the_parser_hung_on_it(read):
    text = "Volunteers from two Chilean aid groups bought and personally carried 10,000 dollars worth of food to Lima."
    groups = [m.text for m in read(text).mentions if m.text.startswith("Volunteers")]
    assert groups and all(not g.endswith(("bought", "and")) for g in groups)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ghanaian opposition accused Kofi Mensah of fraud.", ("Ghanaian opposition", "accused", "Kofi Mensah")),
        ("Togo arrested leaders of the Ghanaian opposition.", ("Togo", "detained", "Ghanaian opposition")),
    ],
)
def test_a_noun_of_an_event_and_a_group_names_the_group_a_name_qualifies(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_the_same_noun_with_its_target_is_the_act(triples):
    assert ("Ghana", "rejected", "Togo") in {t[:3] for t in triples("Ghana voiced its opposition to Togo's plan.")}


@pytest.mark.parametrize(
    "text",
    [
        "Ghana freed about forty Togolese prisoners.",
        "Ghana freed some forty Togolese prisoners.",
        "Ghana freed 40 Togolese prisoners.",
    ],
)
def test_how_many_a_group_is_is_no_part_of_its_name(triples, text):
    assert {t[:3] for t in triples(text)} == {("Ghana", "yieldedTo", "Togolese prisoners")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghanaian soldiers shelled the rebels' positions.", ("Ghanaian soldiers", "attacked", "rebels")),
        ("Ghana froze the protesters' bank accounts.", ("Ghana", "sanctioned", "protesters")),
    ],
)
def test_people_named_by_what_they_are_undergo_what_is_done_to_their_things(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thousands of people marched in Accra against President Kofi Mensah.",
            ("people", "protestedAgainst", "Kofi Mensah"),
        ),
        ("Togo killed dozens of people in the raid.", ("Togo", "attacked", "people")),
        ("Ghanaian police detained 18 people on Sunday.", ("Ghanaian police", "detained", "people")),
        ("Ghanaian soldiers shot at least 26 people.", ("Ghanaian soldiers", "attacked", "people")),
    ],
)
def test_people_counted_by_a_number_word_are_a_group(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_counted_people_a_deed_killed_on_the_way_are_its_toll_not_its_target(triples):
    found = {t[:3] for t in triples("Chilean rebels attacked a Peruvian army camp, killing at least 19 people.")}
    assert found == {("Chilean rebels", "attacked", "Peruvian")}


def test_counted_people_somewhere_are_where_the_deed_is_done(triples):
    assert {t[:3] for t in triples("Ghanaian soldiers shot at least 26 people in Peru.")} == {
        ("Ghanaian soldiers", "attacked", "Peru")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Armed men attacked a police station in Peru.", ("Armed men", "attacked", "police")),
        ("Masked men abducted two Chilean engineers.", ("Masked men", "attacked", "Chilean engineers")),
    ],
)
def test_men_said_to_be_of_some_kind_are_a_group_that_acts(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_a_number_word_alone_marching_against_someone_is_a_crowd_protesting(triples):
    assert triples("Thousands marched in Accra against President Kofi Mensah.") == {
        ("Thousands", "protestedAgainst", "Kofi Mensah", "asserted")
    }


def test_a_number_word_alone_that_suffers_is_no_crowd_of_actors(triples):
    assert not triples("Thousands were killed in the war with Togo.")


def test_a_number_hyphened_into_a_qualifier_is_part_of_it_not_a_count(triples):
    found = triples("Peruvian police arrested a 95-year-old Chilean man on Friday.")
    assert {t[2] for t in found} == {"95-year-old Chilean man"}


def test_one_person_named_by_the_is_no_one_the_article_introduces(triples):
    assert not triples("Both ministers praised the constructive spirit of the talks.")


def test_people_in_a_place_named_as_doers_of_an_event_noun_are_a_group(triples):
    found = triples("Ghana accepted the demands by farmers in northern Ghana.")
    assert ("Ghana", "conceded", "farmers in northern Ghana", "asserted") in found


def test_members_of_a_named_kind_are_a_group(triples):
    assert ("Ghanaian police", "detained", "gang members") in {
        t[:3] for t in triples("Ghanaian police arrested 40 gang members.")
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana and Togolese rebels have agreed to end hostilities.", ("Ghana", "agreedWith", "Togolese rebels")),
        (
            "The Ghanaian government and rebels in the north agreed to a truce.",
            ("Ghanaian government", "agreedWith", "rebels"),
        ),
    ],
)
def test_a_state_and_rebels_named_together_are_two_parties(triples, text, expected):
    assert expected in {t[:3] for t in triples(text)}


def test_people_named_by_what_they_are_still_voice_nothing(triples):
    assert {t[:3] for t in triples("Analysts and Ghana criticized Togo.")} == {("Ghana", "criticized", "Togo")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Togolese forces attacked the Ghanaian population.", ("Togolese forces", "attacked", "Ghanaian population")),
        ("Togo praised the Ghanaian people.", ("Togo", "praised", "Ghanaian people")),
    ],
)
def test_a_people_named_by_its_qualifier_is_a_group_not_its_state(triples, text, expected):
    assert {t[:3] for t in triples(text)} == {expected}


def test_observers_beside_a_state_agree_with_no_one(triples):
    assert not triples("Ghana and observers agreed that the vote was fair.")


def test_members_of_a_community_of_a_state_are_that_community(triples):
    text = "Thousands of members of Togo's Ewe community have sought refuge in Ghana."
    assert {t[:3] for t in triples(text)} == {("Togo's Ewe community", "urged", "Ghana")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana arrested two senators on Monday.", ("Ghana", "detained", "senators", "asserted")),
        ("Togo detained a former minister.", ("Togo", "detained", "former minister", "asserted")),
    ],
)
def test_office_holders_the_article_introduces_are_people_of_its_own(triples, text, expected):
    assert triples(text) == {expected}


def test_office_holders_a_state_qualifies_still_stand_for_it(triples):
    assert triples("Ghana expelled two Togolese diplomats.") == {("Ghana", "sanctioned", "Togolese", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana outlawed two opposition parties.", ("Ghana", "coerced", "opposition parties", "asserted")),
        ("Togo banned rights groups.", ("Togo", "coerced", "rights groups", "asserted")),
    ],
)
def test_bodies_named_by_their_kind_are_a_group_when_acted_upon(triples, text, expected):
    assert triples(text) == {expected}


def test_bodies_named_by_their_kind_still_speak_for_no_one(triples):
    assert triples("Rights groups criticized Ghana.") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghana shelled rebel positions.", ("Ghana", "attacked", "rebel", "asserted")),
        ("Ghanaian troops stormed the militant stronghold.", ("Ghanaian troops", "attacked", "militant", "asserted")),
    ],
)
def test_a_word_for_armed_people_before_a_thing_attacked_says_whose_it_is(triples, text, expected):
    assert triples(text) == {expected}


def test_armed_people_named_before_a_word_for_people_are_that_group(triples):
    assert triples("Rebel fighters attacked Ghana.") == {("Rebel fighters", "attacked", "Ghana", "asserted")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A rebel attack on a Ghanaian army base killed 20 soldiers.", ("rebel", "attacked", "Ghanaian", "asserted")),
        ("Togo condemned a militant raid on Kumasi.", ("Togo", "criticized", "militant", "asserted")),
    ],
)
def test_a_word_for_armed_people_before_a_hostile_deed_says_who_did_it(triples, text, expected):
    assert expected in triples(text)


def test_people_counted_with_some_and_described_are_a_group_of_their_own(triples):
    assert triples("Ghana freed some 74 political leaders.") == {
        ("Ghana", "yieldedTo", "political leaders", "asserted")
    }


def test_a_word_for_armed_people_before_a_deed_the_subject_launched_is_its_kind_not_its_doer(triples):
    assert triples("Rebels launched a sniper attack on Ghanaian soldiers.") == {
        ("Rebels", "attacked", "Ghanaian soldiers", "asserted")
    }
