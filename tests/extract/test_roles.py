"""Roles from titles and appositions (kgraph/extract/roles.py)."""


def roles(read, text):
    return {(r.person.text, r.position, r.affiliation.text if r.affiliation else None) for r in read(text).roles}


def test_roles_from_titles_and_appositions(read):
    found = roles(read, "Peruvian Foreign Minister Ana Silva met Bruno Costa, Brazil's defence minister, in Lima.")
    assert ("Ana Silva", "Foreign Minister", "Peruvian") in found
    assert ("Bruno Costa", "Defence Minister", "Brazil") in found


def test_a_possessive_country_before_a_title(read):
    assert roles(read, "Chile's foreign minister Lena Fox met Tomas Ruiz.") == {
        ("Lena Fox", "Foreign Minister", "Chile")
    }


def test_a_title_is_not_read_across_a_headline(read):
    ex = read("Talks Resume in Ukraine\nForeign Secretary Paul Grey flew home.")
    assert [(r.person.text, r.position, r.affiliation) for r in ex.roles] == [("Paul Grey", "Foreign Secretary", None)]


def test_a_title_containing_a_body_is_held_for_the_country_before_it(read):
    found = roles(read, "French foreign ministry spokesman Paul Roux said on Monday that talks would continue.")
    assert found == {("Paul Roux", "Foreign Ministry Spokesman", "French")}


def test_an_official_of_a_government_body_represents_its_country(read):
    (role,) = read("Chinese foreign ministry spokesman Li Wei said the talks would go on.").roles
    assert (role.person.text, role.affiliation.gazetteer_id) == ("Li Wei", "china")


def test_a_title_with_of_in_it_before_a_name(read):
    assert roles(read, "Chilean Secretary of State Lena Fox met Tomas Ruiz.") == {
        ("Lena Fox", "Secretary of State", "Chilean")
    }


def test_a_name_in_apposition_to_its_title_and_a_post_is_not_whom_it_serves(read):
    expected = {("Lena Fox", "Ambassador", "Chilean")}
    assert roles(read, '"We agree," the Chilean ambassador to the United Nations, Lena Fox, said.') == expected
    assert roles(read, "Lena Fox, the Chilean ambassador to the United Nations, said it was welcome.") == expected


def test_the_country_a_titles_own_of_names_is_whom_it_is_held_for(read):
    held = ("Juan Perez", "Prime Minister", "Togo")
    assert roles(read, "Prime Minister of Togo Juan Perez met Ana Silva.") == {held}
    assert held in roles(read, "Ana Silva met the Prime Minister of Togo, Juan Perez.")


def test_a_person_the_tagger_missed_after_a_title_still_holds_it(read):
    found = roles(read, "Ana Silva met with visiting Prime Minister of Togo Juan Perez in Accra.")
    assert ("Juan Perez", "Prime Minister", "Togo") in found


def test_a_country_before_a_title_stays_in_the_sentence_of_its_title(read):
    # the parser alone starts a sentence at 'Foreign', leaving 'Ghana' a sentence of its own
    text = "Talks resume in Accra\nGhana Foreign Minister Kofi Mensah and Togo President Ama Kpodo arrived on Monday."
    ex = read(text)
    found = {(r.person.text, r.affiliation.gazetteer_id if r.affiliation else None) for r in ex.roles}
    assert ("Kofi Mensah", "ghana") in found and ("Ama Kpodo", "togo") in found


def test_titles_joined_by_and_are_held_for_the_country_before_the_first(read):
    found = roles(read, "Peruvian Deputy Premier and Foreign Minister Juan Perez met Ana Silva in Lima.")
    assert ("Juan Perez", "Foreign Minister", "Peruvian") in found


def test_the_post_of_a_title_may_come_between_it_and_the_name(read):
    assert roles(read, "The EU Ambassador to Lima Jan Berger was summoned on Monday.") == {
        ("Jan Berger", "Ambassador", "EU")
    }
    assert roles(read, "The UN Envoy to Kabul Jan Berger said talks would resume.") == {("Jan Berger", "Envoy", "UN")}
    # a title after 'to' is the name's own, not the one before: this adviser serves the prime minister
    found = roles(read, "Juan Perez, National Security Advisor to Chilean Prime Minister Ana Silva, signed the deal.")
    assert ("Ana Silva", "Prime Minister", "Chilean") in found


def test_a_named_counterpart_holds_the_others_title_for_their_own_country(read):
    found = roles(read, "Peruvian Foreign Minister Ana Silva met her Chilean counterpart Juan Perez in Lima.")
    assert ("Juan Perez", "Foreign Minister", "Chilean") in found


def test_a_counterpart_takes_no_title_from_another_sentence(read):
    found = roles(read, "Peruvian Foreign Minister Ana Silva spoke. Later her Chilean counterpart Juan Perez left.")
    assert not any(person == "Juan Perez" for person, _, _ in found)


def test_a_title_its_owns_is_held_for_what_its_stands_for(read):
    text = "The African Union called for calm. Its chairman, Kofi Mensah, offered to mediate."
    assert roles(read, text) == {("Kofi Mensah", "Chairman", "African Union")}
