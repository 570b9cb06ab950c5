"""Which written names are one person (kgraph/resolve/people.py): names from every continent, as news
writes them, on names invented for these tests."""

import itertools
import random

import pytest

from kgraph.resolve.people import People, _candidate_pairs, _variants, fold, lone_key


def canonical(*names):
    people = People(names)
    return {n: people.person(n) for n in names}


def test_accents_case_and_hyphens_do_not_make_two_people():
    found = canonical("José Núñez-Ortega", "Jose Nunez Ortega", "JOSÉ NÚÑEZ-ORTEGA")
    assert len(set(found.values())) == 1
    assert fold(found["Jose Nunez Ortega"]) == "jose nunez ortega"


def test_a_middle_initial_is_the_same_person():
    found = canonical("Pieter J. de Vries", "Pieter de Vries")
    assert found["Pieter de Vries"] == found["Pieter J. de Vries"] == "Pieter J. de Vries"  # the fuller name


def test_a_name_that_starts_or_ends_a_longer_one_is_that_person():
    found = canonical("Amina Wanjiru Otieno", "Amina Wanjiru", "Wanjiru Otieno")
    assert set(found.values()) == {"Amina Wanjiru Otieno"}


def test_a_family_name_transliterated_two_ways_is_one_person():
    found = canonical("Oleksandr Marchenko", "Oleksandr Martchenko")
    assert len(set(found.values())) == 1


def test_different_given_names_or_suffixes_are_different_people():
    found = canonical("Maria Sousa", "Mario Sousa", "Kwame Mensah", "Kwame Mensah Jr.")
    assert len(set(found.values())) == 4


@pytest.mark.parametrize(
    ("full", "lone"),
    [
        ("Ingrid van der Berg", "van der Berg"),  # a particle belongs to the family name
        ("Ingrid van der Berg", "Berg"),
        ("Khalid bin Saeed", "bin Saeed"),
        ("Omar al-Farouq", "Farouq"),  # an article prefix may go
        ("Omar al-Farouq", "el-Farouq"),
        ("Tevita Fifita", "Fifita"),
        ("Luiz Carlos da Silva", "da Silva"),
    ],
)
def test_a_lone_family_name_finds_its_person(full, lone):
    assert People([full, "Kwame Mensah"]).bearing(lone) == {full}


def test_a_family_name_first_name_is_found_by_its_first_word():
    people = People(["Park Ji-hoon", "Tan Wei Ming", "Kwame Mensah"])
    assert people.bearing("Park") == {"Park Ji-hoon"}
    assert people.bearing("Tan") == {"Tan Wei Ming"}


def test_a_lone_name_spelt_a_little_differently_finds_its_person():
    assert People(["Oleksandr Marchenko"]).bearing("Martchenko") == {"Oleksandr Marchenko"}


def test_a_lone_name_two_people_bear_finds_both():
    assert People(["Maria Sousa", "Pedro Sousa"]).bearing("Sousa") == {"Maria Sousa", "Pedro Sousa"}


def test_the_people_do_not_depend_on_the_order_names_come_in():
    names = ["Pieter de Vries", "Pieter J. de Vries", "Amina Wanjiru", "Amina Wanjiru Otieno", "Tan Wei Ming"]
    one, other = People(names), People(reversed(names))
    assert one.canonical == other.canonical


def test_lone_keys_fold_prefixes_and_accents():
    assert lone_key("al-Núñez") == lone_key("Nunez") == "nunez"


def test_a_name_with_initials_for_its_given_names_is_the_person_they_fit(nlp):
    from kgraph.extract import extract
    from kgraph.model import Document
    from kgraph.resolve import resolve

    texts = ["Foreign Minister Kwame Mensah met Ana Ruiz.", "Ghana's envoy K. Mensah urged Peru to act."]
    kg = resolve(extract(nlp(t), Document(f"d{i}", t, "t")) for i, t in enumerate(texts))
    assert {eid for a in kg.articles for m, eid in a.entity_of.items() if "Mensah" in m.text} == {"person/kwame_mensah"}


def test_a_given_name_spelt_two_ways_with_one_family_name_is_one_person():
    assert len(set(canonical("Nicolas Arrieta", "Nicholas Arrieta").values())) == 1


def test_a_name_without_its_middle_parts_is_the_one_person_it_shortens():
    found = canonical("Faisal bin Saeed al-Hamdan", "Faisal al-Hamdan")
    assert found["Faisal al-Hamdan"] == "Faisal bin Saeed al-Hamdan"
    two = canonical("Ana Maria Ruiz Soto", "Ana Luisa Ruiz Soto", "Ana Soto")  # could be either: stays apart
    assert two["Ana Soto"] == "Ana Soto"


def test_names_compared_by_key_find_every_pair_of_variants_comparing_all_would():
    """Only names sharing a variant key are compared (so thousands of people with one given name stay
    cheap); on a crowd of invented names, that joins exactly the people comparing every pair joins."""
    rng = random.Random(7)
    given = ["Amina", "Amira", "Kofi", "Nicolas", "Nicholas", "Ilse", "Tomas"]
    middle = ["J.", "Wanjiru", "de", "Maria", "K."]
    family = ["Otieno", "Otiena", "Mensah", "Marchenko", "Martchenko", "Vries", "Soto"]
    names = set()
    while len(names) < 300:
        words = [rng.choice(given)] + rng.sample(middle, rng.randint(0, 2)) + [rng.choice(family)]
        names.add(" ".join(words[rng.randint(0, 1) :] if rng.random() < 0.2 else words))
    names = sorted(names)
    every = {(a, b) for a, b in itertools.combinations(names, 2) if _variants(a, b)}
    assert every, "the crowd should hold variants"
    candidates = _candidate_pairs(names)
    assert every <= candidates | {(b, a) for a, b in candidates}
    assert len(candidates) < len(names) * (len(names) - 1) / 2 / 3  # far fewer comparisons than every pair
