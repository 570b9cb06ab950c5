"""Entity resolution: one node per real entity within and across articles, never two merged."""

from kgraph.extract import extract
from kgraph.model import Document, EntityType
from kgraph.resolve import resolve


def build(nlp, *texts):
    extractions = [extract(nlp(t), Document(f"d{i}", t, "t")) for i, t in enumerate(texts)]
    return resolve(extractions)


def ids_for(kg, text):
    """Entity ids the mentions spelled `text` resolved to, over all articles."""
    return {eid for a in kg.articles for m, eid in a.entity_of.items() if m.text == text}


def test_surname_and_honorific_forms_join_the_full_name(nlp):
    kg = build(
        nlp,
        "Foreign Minister Anna Berg met Peru's envoy on Monday. Mr Berg later visited Chile. Berg urged Chile to act.",
    )
    assert ids_for(kg, "Anna Berg") == ids_for(kg, "Berg") == ids_for(kg, "Mr Berg") == {"person/anna_berg"}
    assert kg.entities["person/anna_berg"].type is EntityType.PERSON


def test_same_person_in_two_articles_is_one_entity(nlp):
    kg = build(nlp, "Maria Lopez met John Carter in Lima.", "Maria Lopez visited Japan.")
    assert [a.entity_of.get(m) for a in kg.articles for m in a.extraction.mentions if m.text == "Maria Lopez"] == [
        "person/maria_lopez",
        "person/maria_lopez",
    ]


def test_two_people_sharing_a_surname_stay_two(nlp):
    kg = build(nlp, "Maria Lopez met John Carter in Lima.", "Pedro Lopez visited Japan. Mr Lopez urged Japan to act.")
    assert {"person/maria_lopez", "person/pedro_lopez"} <= set(kg.entities)
    # in the second article the lone surname is the Lopez named there
    second = kg.articles[1]
    assert {eid for m, eid in second.entity_of.items() if m.text == "Mr Lopez"} == {"person/pedro_lopez"}


def test_pronoun_is_the_last_person_named(nlp):
    kg = build(nlp, "Maria Lopez arrived in Lima. She met John Carter on Monday.")
    (article,) = kg.articles
    met = [f for f in article.extraction.facts if f.relation == "met"]
    assert [(article.entity_of[f.subject], article.entity_of[f.object]) for f in met] == [
        ("person/maria_lopez", "person/john_carter")
    ]


def test_capital_as_actor_is_its_country_and_as_place_stays_a_place(nlp):
    kg = build(nlp, "Tokyo urged Seoul to resume talks. Maria Lopez met John Carter in Tokyo.")
    (article,) = kg.articles
    urged = next(f for f in article.extraction.facts if f.relation == "urged")
    assert (article.entity_of[urged.subject], article.entity_of[urged.object]) == (
        "country/japan",
        "country/south_korea",
    )
    met = next(f for f in article.extraction.facts if f.relation == "met")
    assert article.entity_of[met.place] == "place/tokyo"
    assert kg.entities["country/japan"].wikidata == "Q17"


def test_demonym_names_its_country(nlp):
    kg = build(nlp, "French officials criticized Italy.")
    assert ids_for(kg, "French") == {"country/france"}
