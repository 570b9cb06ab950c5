"""What a name is, from the words around it, whatever the tagger's label; and page furniture, which is no
entity (kgraph/extract/mentions/name_evidence.py, names.py). Sentences written for these tests."""

import pytest
from spacy.tokens import Span

from kgraph.extract import extract
from kgraph.model import Document, EntityType, MentionKind


def named(read, text):
    return {m.text: m.type for m in read(text).mentions if m.kind in (MentionKind.NAME, MentionKind.INSTITUTION)}


def test_a_title_makes_a_place_tagged_name_a_person(nlp, read):
    text = "President Ndola criticized Kenya."
    assert ("Ndola", "GPE") in {(e.text, e.label_) for e in nlp(text).ents}  # what the tagger says
    assert named(read, text)["Ndola"] is EntityType.PERSON


@pytest.mark.parametrize("text", ["Ndola accused Kenya of arming the rebels.", "Ndola urged Kenya to withdraw."])
def test_blaming_or_asking_makes_a_place_tagged_subject_a_person(nlp, read, text):
    assert ("Ndola", "GPE") in {(e.text, e.label_) for e in nlp(text).ents}  # what the tagger says
    assert named(read, text)["Ndola"] is EntityType.PERSON


def test_a_place_tagged_subject_of_a_deed_stays_a_place(read):
    assert named(read, "Ndola attacked Kenya.").get("Ndola") is not EntityType.PERSON


@pytest.mark.parametrize(("text", "name"), [("Uganda accused Ruto of treason.", "Ruto"), ("Okafor said so.", "Okafor")])
def test_a_lone_untagged_name_that_speaks_or_is_blamed_for_something_is_a_person(nlp, read, text, name):
    assert name not in {e.text for e in nlp(text).ents}  # the tagger left it untagged
    assert named(read, text)[name] is EntityType.PERSON


def test_a_lone_untagged_name_blamed_for_nothing_named_is_no_one(nlp, read):
    assert "Ruto" not in named(read, "Uganda accused Ruto.")


def test_places_in_a_list_of_places_stay_places(nlp, read):
    text = "The regions of Kharkiv, Voronka and Sumy voted. Troops moved into the Velnor region."
    assert ("Sumy", "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}
    found = named(read, text)
    assert found["Sumy"] is found["Kharkiv"] is found["Velnor"] is EntityType.PLACE


def test_names_coordinated_before_a_place_noun_are_places(nlp, read):
    text = "Troops gathered near the border of the Volta and Oti regions of Ghana."
    assert ("Oti", "PERSON") in {(e.text, e.label_) for e in nlp(text).ents}  # what the tagger says
    assert named(read, text)["Oti"] is EntityType.PLACE


def test_a_person_with_a_title_stays_a_person(read):
    assert named(read, "Senator Madrigal criticized Cuba.")["Madrigal"] is EntityType.PERSON


def test_credits_handles_and_outlets_are_no_entities(read):
    text = (
        "Foreign Minister Kwame Mensah told reporters that Ghana would act. Reuters reported the talks. "
        "Photo: Jo Roe/AFP. The state news agency GNA said the talks ended. Follow @ghana_desk for more."
    )
    found = named(read, text)
    assert found["Kwame Mensah"] is EntityType.PERSON
    assert not {"Reuters", "Jo Roe/AFP", "Jo Roe", "GNA", "@ghana_desk"} & set(found)


def test_a_headline_the_page_prints_twice_proves_no_name(nlp):
    title = "Ghana Talks Stall As Rivals 'Needlessly' Trade Blame"
    text = f"{title}\n{title}\nForeign Minister Kwame Mensah met Ama Boateng in Accra."
    found = {m.text for m in extract(nlp(text), Document("t", text, title)).mentions}
    assert "Kwame Mensah" in found
    assert not any("Needlessly" in m or "Trade Blame" in m for m in found)


def test_an_acronym_spelt_out_is_one_organisation(read):
    found = [m for m in read("The Northern Fishing Council (NFC) criticized Chile. The NFC praised Peru.").mentions]
    assert "Northern Fishing Council" in {m.text for m in found}
    assert {m.type for m in found if m.text in ("NFC", "Northern Fishing Council")} == {EntityType.ORGANIZATION}


def test_the_armed_forces_and_a_ministry_of_a_state_are_its_organs(read):
    found = [
        m for m in read("The Ghanaian Armed Forces detained rebels. The Ghanaian Foreign Ministry spoke.").mentions
    ]
    organs = {(m.text, m.gazetteer_id, m.institution) for m in found if m.kind is MentionKind.INSTITUTION}
    assert organs == {
        ("Ghanaian Armed Forces", "ghana", "army"),
        ("Ghanaian Foreign Ministry", "ghana", "Foreign Ministry"),
    }


def test_the_philippines_is_the_country_and_filipinos_its_people(read):
    found = named(read, "Kenya thanked the Philippines. Filipinos protested in Manila.")
    assert found["Philippines"] is EntityType.COUNTRY
    assert found["Filipinos"] is EntityType.GROUP


def test_gazetteer_names_match_in_capitals_without_accents_and_without_a_last_full_stop(read):
    found = [m for m in read("BOGOTA urged Peru to act. Officials in Bogota and the U.S met.").mentions]
    assert {m.gazetteer_id for m in found if m.text in ("BOGOTA", "Bogota")} == {"bogotá"}
    assert [m.gazetteer_id for m in found if m.text == "U.S"] == ["united_states"]


def test_a_name_ending_in_an_organisations_noun_is_no_person(nlp):
    text = "The Malian government and the Kidal People's Liberation Front agreed to talks."
    doc = nlp(text)
    start = next(t.i for t in doc if t.text == "Kidal") - 1
    doc.ents = [Span(doc, start, start + 6, label="PERSON")]  # as the tagger labels such a name on real pages
    (front,) = [m for m in extract(doc, Document("t", text, "t")).mentions if "Front" in m.text]
    assert (front.text, front.type) == ("Kidal People's Liberation Front", EntityType.ORGANIZATION)


def test_an_acronym_in_parentheses_spells_out_the_name_the_tagger_missed(nlp, read):
    text = "Talks between Mali and the Azawad People's Liberation Front (APLF) resumed."
    assert "Azawad People's Liberation Front" not in {e.text for e in nlp(text).ents}
    assert named(read, text)["Azawad People's Liberation Front"] is EntityType.ORGANIZATION


def test_saint_is_also_st_in_gazetteer_names(read):
    found = [m for m in read("Leaders met in St Vincent and the Grenadines. Officials in St. Lucia agreed.").mentions]
    assert {m.gazetteer_id for m in found if m.text.startswith("St")} == {
        "saint_vincent_and_the_grenadines",
        "saint_lucia",
    }
