"""Visits that meetings imply (kgraph/resolve/visits.py): whoever meets others in a country they do not
serve is visiting it; hosts, people at home and people tied to no country are not. Articles written for
these tests."""

from kgraph.extract import extract
from kgraph.model import Document, Modality
from kgraph.resolve import resolve


def visits(nlp, text: str) -> dict[tuple[str, str], list]:
    kg = resolve([extract(nlp(text), Document("a", text, "t"))])
    (article,) = kg.articles
    return {(s, o): [f, article.events[(f, s, o)]] for f, s, o in article.resolved_facts() if f.relation == "visited"}


def test_a_minister_meeting_abroad_is_visiting_that_country(nlp):
    found = visits(nlp, "Kenyan Foreign Minister Ana Kalu met Peruvian President Tomas Brel in Lima on Monday.")
    assert set(found) == {("person/ana_kalu", "country/peru")}  # the Peruvian president is at home
    fact, event = found[("person/ana_kalu", "country/peru")]
    assert fact.evidence.sentence.startswith("Kenyan Foreign Minister Ana Kalu met")  # the meeting's sentence
    assert event.place == "place/lima" and fact.rule.startswith("implied_visit:")


def test_a_meeting_at_a_building_in_a_city_abroad_is_a_visit_to_its_country(nlp):
    text = "Kenyan Foreign Minister Ana Kalu met Peruvian President Tomas Brel at the Grand Palace in Lima on Monday."
    found = visits(nlp, text)
    assert set(found) == {("person/ana_kalu", "country/peru")}
    assert found[("person/ana_kalu", "country/peru")][1].place == "place/lima"


def test_the_guest_of_a_host_is_the_visitor_never_the_host(nlp):
    text = "Chilean President Rosa Quispe hosted Peruvian Prime Minister Ivo Marek in Lima on Tuesday."
    assert visits(nlp, text) == {}  # the host is abroad, the guest at home: a host visits no one
    text = "Peruvian President Rosa Quispe hosted Chilean Prime Minister Ivo Marek in Lima on Tuesday."
    assert set(visits(nlp, text)) == {("person/ivo_marek", "country/peru")}


def test_no_visit_without_a_country_abroad_or_a_tie_to_one(nlp):
    at_home = "Peruvian Foreign Minister Luis Tapia met Peruvian Trade Minister Ines Roca in Lima."
    untied = "Ana Kalu met Tomas Brel in Lima on Monday."  # the article says whom neither serves
    nowhere = "Kenyan Foreign Minister Ana Kalu met Peruvian President Tomas Brel on Monday."
    for text in (at_home, untied, nowhere):
        assert visits(nlp, text) == {}, text


def test_only_a_meeting_that_took_place_implies_a_visit(nlp):
    reported = "Officials said Kenyan Foreign Minister Ana Kalu met Peruvian President Tomas Brel in Lima."
    ((fact, event),) = visits(nlp, reported).values()
    assert fact.modality is Modality.REPORTED and event.modality is Modality.REPORTED
    planned = "Kenyan Foreign Minister Ana Kalu will meet Peruvian President Tomas Brel in Lima."
    cancelled = "Kenyan Foreign Minister Ana Kalu cancelled a meeting with Peruvian President Tomas Brel in Lima."
    assert visits(nlp, planned) == {} and visits(nlp, cancelled) == {}


def test_a_visit_stated_and_implied_is_one_event(nlp):
    text = (
        "Kenyan Foreign Minister Ana Kalu visited Peru on Monday. "
        "Kalu met Peruvian President Tomas Brel in Lima on Monday."
    )
    found = visits(nlp, text)
    assert set(found) == {("person/ana_kalu", "country/peru")}
    kg = resolve([extract(nlp(text), Document("a", text, "t"))])
    events = {e.id for (f, _, _), e in kg.articles[0].events.items() if f.relation == "visited"}
    assert len(events) == 1


def test_a_journey_to_the_country_one_serves_is_no_visit(nlp):
    text = "Peruvian President Tomas Brel returned to Lima on Monday after a trip to Kenya."
    assert set(visits(nlp, text)) == {("person/tomas_brel", "country/kenya")}
    text = "Peruvian President Tomas Brel and Kenyan President Ana Kalu arrived in Lima on Monday."
    assert set(visits(nlp, text)) == {("person/ana_kalu", "country/peru")}  # the guest still visits
    text = "Peru's ambassador to Kenya, Rosa Quispe, flew to Lima for consultations."
    assert visits(nlp, text) == {}
