"""Extraction rules, one construction per test, on sentences written for these tests."""

from datetime import date

import pytest

from kgraph.extract import extract
from kgraph.model import Document


def read(nlp, text, when=None):
    ex = extract(nlp(text), Document("t", text, "t", when))
    return ex


def triples(nlp, text, when=None):
    return {(f.subject.text, f.relation, f.object.text, f.modality.value) for f in read(nlp, text, when).facts}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Canada's prime minister Lena Fox met Mexican President Tomas Ruiz.",
            ("Lena Fox", "met", "Tomas Ruiz", "asserted"),
        ),
        ("Lena Fox met with Tomas Ruiz on Monday.", ("Lena Fox", "met", "Tomas Ruiz", "asserted")),
        ("Norway urged Sweden to reopen the border.", ("Norway", "urged", "Sweden", "asserted")),
        ("Norway called on Sweden to reopen the border.", ("Norway", "urged", "Sweden", "asserted")),
        ("Peru condemned Chile over the incident.", ("Peru", "criticized", "Chile", "asserted")),
        ("Egypt accused Sudan of arming the rebels.", ("Egypt", "accused", "Sudan", "asserted")),
        ("Greece backed Cyprus in the dispute.", ("Greece", "supported", "Cyprus", "asserted")),
        ("Lena Fox visited Japan last year.", ("Lena Fox", "visited", "Japan", "asserted")),
        ("Lena Fox held talks with Tomas Ruiz in Ottawa.", ("Lena Fox", "met", "Tomas Ruiz", "asserted")),
        ("Iran threatened Iraq with new strikes.", ("Iran", "threatened", "Iraq", "asserted")),
        ("Lena Fox will meet Tomas Ruiz next week.", ("Lena Fox", "met", "Tomas Ruiz", "planned")),
        ("Lena Fox is expected to meet Tomas Ruiz.", ("Lena Fox", "met", "Tomas Ruiz", "planned")),
        ("Lena Fox did not meet Tomas Ruiz.", ("Lena Fox", "met", "Tomas Ruiz", "negated")),
    ],
)
def test_verb_constructions(nlp, text, expected):
    assert triples(nlp, text) == {expected}


def test_passive_with_agent_puts_the_doer_first(nlp):
    assert ("Kenya", "detained", "Tomas Ruiz", "asserted") in triples(nlp, "Tomas Ruiz was detained by Kenya.")


def test_coordinated_objects_each_get_a_fact(nlp):
    found = triples(nlp, "Lena Fox met Tomas Ruiz and Ana Silva in Lima.")
    assert {
        ("Lena Fox", "met", "Tomas Ruiz", "asserted"),
        ("Lena Fox", "met", "Ana Silva", "asserted"),
    } <= found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbia condemned Turkey's invasion of Greece.", ("Turkey", "attacked", "Greece", "asserted")),
        ("Analysts noted Chile's support for Peru.", ("Chile", "supported", "Peru", "asserted")),
        ("Lena Fox's visit to Japan ended on Friday.", ("Lena Fox", "visited", "Japan", "asserted")),
    ],
)
def test_nominalisations(nlp, text, expected):
    assert expected in triples(nlp, text)


def test_one_statement_found_by_two_rules_is_one_fact(nlp):
    (fact,) = read(nlp, "Lena Fox held talks with Tomas Ruiz in Ottawa.").facts  # light verb and noun rules
    assert (fact.relation, fact.rule, fact.place.text) == ("met", "light:hold", "Ottawa")


def test_hedged_wishes_are_not_facts(nlp):
    assert not {t for t in triples(nlp, "Norway said Sweden should attack Finland.") if t[1] == "attacked"}


def test_roles_from_titles_and_appositions(nlp):
    ex = read(nlp, "Peruvian Foreign Minister Ana Silva met Bruno Costa, Brazil's defence minister, in Lima.")
    roles = {(r.person.text, r.position, r.affiliation.text if r.affiliation else None) for r in ex.roles}
    assert ("Ana Silva", "Foreign Minister", "Peruvian") in roles
    assert ("Bruno Costa", "Defence Minister", "Brazil") in roles


def test_weekday_resolved_against_article_date(nlp):
    ex = read(nlp, "Maria Lopez met John Carter on Tuesday.", date(2024, 10, 18))
    assert [f.date for f in ex.facts] == [date(2024, 10, 15)]


def test_evidence_is_the_sentence_with_offsets(nlp):
    text = "Talks opened.\nLena Fox met Tomas Ruiz in Lima."
    (fact,) = read(nlp, text).facts
    assert fact.evidence.sentence == "Lena Fox met Tomas Ruiz in Lima."
    assert text[fact.evidence.start : fact.evidence.end] == fact.evidence.sentence
