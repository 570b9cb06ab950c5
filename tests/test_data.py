"""The data files: their shape, and that they agree with the ontology namespace."""

import re

import pytest
from rdflib import URIRef

from kgraph.gazetteer import gazetteer
from kgraph.lexicon import lexicon
from kgraph.model import EntityType
from kgraph.rdf import DIP
from kgraph.relations import PLOVER_TYPES, relations

DESIGN_RELATIONS = {
    "met",
    "hosted",
    "visited",
    "urged",
    "demanded",
    "criticized",
    "accused",
    "supported",
    "praised",
    "aided",
    "agreedWith",
    "invited",
    "cooperatedWith",
    "conceded",
    "yieldedTo",
    "rejected",
    "threatened",
    "protestedAgainst",
    "sanctioned",
    "mobilizedAgainst",
    "coerced",
    "detained",
    "attacked",
}


def test_relations_are_exactly_those_of_the_design_and_cover_plover():
    table = relations()
    assert set(table) == DESIGN_RELATIONS
    assert {r.plover for r in table.values()} == set(PLOVER_TYPES)
    assert {r.name for r in table.values() if r.symmetric} == {"met", "agreedWith", "cooperatedWith"}
    assert {r.name: r.parent for r in table.values() if r.parent} == {
        "hosted": "met",
        "demanded": "urged",
        "accused": "criticized",
        "praised": "supported",
        "detained": "coerced",
    }


def test_every_relation_and_event_class_is_an_ontology_term():
    for rel in relations().values():
        assert DIP[rel.name] == URIRef("https://w3id.org/kgraph/ontology#" + rel.name)
        assert isinstance(DIP[rel.event_class], URIRef)
    with pytest.raises(AttributeError):
        DIP["meet"]  # a typo is an error, not a new IRI


def test_lexicon_covers_every_plover_type():
    lex = lexicon()
    used = set(lex.verbs.values()) | {s.relation for s in lex.nouns.values()}
    assert {relations()[r].plover for r in used} == set(PLOVER_TYPES)


def test_gazetteer_is_general_knowledge_with_codes_and_links():
    gaz = gazetteer()
    countries = [e for e in gaz.entries.values() if e.type is EntityType.COUNTRY]
    assert len(countries) > 150
    assert all(re.fullmatch(r"[A-Z]{2}", c.iso) for c in countries)
    assert len({c.iso for c in countries}) == len(countries)
    assert all(e.wikidata is None or re.fullmatch(r"Q\d+", e.wikidata) for e in gaz.entries.values())
    linked = [e.wikidata for e in gaz.entries.values() if e.wikidata]
    assert len(linked) == len(set(linked)) > 400  # one item, one entry: two entries on one item is a typo
    assert gaz.actor("beijing").id == "china" and gaz.entries["beijing"].type is EntityType.PLACE
    assert gaz.demonyms["British"] == "united_kingdom"
    assert gaz.entries["downing_street"].country == "united_kingdom"
    assert not any(e.type is EntityType.PERSON for e in gaz.entries.values())


def test_gazetteer_holds_every_iso_3166_country_and_territory():
    import pycountry

    gaz = gazetteer()
    codes = {e.iso for e in gaz.entries.values() if e.type is EntityType.COUNTRY}
    assert {c.alpha_2 for c in pycountry.countries} <= codes


def test_gazetteer_seats_and_capitals_are_places_acting_for_their_country():
    gaz = gazetteer()
    for entry_id, country in [("kremlin", "russia"), ("white_house", "united_states"), ("tokyo", "japan")]:
        assert gaz.entries[entry_id].type is EntityType.PLACE
        assert gaz.actor(entry_id).id == country
    assert gaz.entries["uighurs"].type is EntityType.GROUP
    assert "covid" in gaz.not_names


def test_gazetteer_names_each_thing_once():
    """One name, one entry: 'Georgia' cannot be two countries, a demonym cannot name a group."""
    gaz = gazetteer()
    seen: dict[str, str] = {}
    for entry in gaz.entries.values():
        for name in (entry.name, *entry.aliases):
            assert seen.setdefault(name, entry.id) == entry.id, name
    assert not set(gaz.demonyms) & {n for n, e in seen.items() if e not in gaz.demonyms.values()}


def test_gazetteer_with_one_name_for_two_entries_is_refused():
    from kgraph.data import DataError
    from kgraph.gazetteer import _load_gazetteer

    country = {"name": "Georgia", "iso": "GE", "aliases": [], "demonyms": []}
    data = {
        "countries": [{**country, "id": "georgia"}, {**country, "id": "georgia_us", "iso": "US"}],
        "organizations": [],
        "government_bodies": [],
        "seats_of_government": [],
        "regions": [],
        "groups": [],
        "not_names": [],
        "titles": [],
        "leading_titles": [],
        "honorifics": [],
    }
    with pytest.raises(DataError, match="'Georgia' names both georgia and georgia_us"):
        _load_gazetteer(data)


def test_gazetteer_leading_titles_must_be_titles():
    from kgraph.data import DataError
    from kgraph.gazetteer import _load_gazetteer

    data = {
        "countries": [],
        "organizations": [],
        "government_bodies": [],
        "seats_of_government": [],
        "regions": [],
        "groups": [],
    }
    data |= {"not_names": [], "titles": ["President"], "leading_titles": ["Grand Vizier"], "honorifics": []}
    with pytest.raises(DataError, match="leading titles that are no titles"):
        _load_gazetteer(data)


@pytest.mark.parametrize(
    ("noun", "verb"),
    [("closure", "close"), ("lifting", "lift"), ("imposition", "impose"), ("expulsion", "expel"), ("cutting", "cut")],
)
def test_a_noun_made_of_a_support_verb_by_a_regular_suffix_is_known_as_that_verb(noun, verb):
    assert lexicon().nominalised_support_verb(noun) == verb
