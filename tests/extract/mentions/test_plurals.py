"""Plural references: the two participants named just before (kgraph/extract/mentions/plurals.py)."""

from kgraph.model import EntityType, MentionKind
from kgraph.resolve import resolve


def test_the_pair_and_both_sides(mentions):
    found = mentions("Lena Fox met Tomas Ruiz. The pair agreed to cooperate. Both sides urged Chile to act.")
    assert [(m.text, m.kind, m.participants) for m in found] == [
        ("The pair", MentionKind.PLURAL, EntityType.PERSON),
        ("Both sides", MentionKind.PLURAL, None),  # any two actors
    ]
    assert all(m.plural for m in found)


def test_the_two_leaders(mentions):
    (two,) = mentions("Lena Fox met Tomas Ruiz in Lima. The two leaders agreed to cooperate.")
    assert (two.text, two.kind, two.participants) == ("The two leaders", MentionKind.PLURAL, EntityType.PERSON)


def test_they_as_a_subject_is_a_plural_pronoun(mentions):
    (they,) = mentions("Lena Fox met Tomas Ruiz on Monday. They signed a treaty.")
    assert (they.text, they.kind, they.plural) == ("They", MentionKind.PLURAL_PRONOUN, True)


def test_both_sides_of_a_thing_are_no_participants(mentions):
    assert not mentions("Both sides of the border met.")


def test_the_rivals_are_the_two_named_together(read, mentions):
    text = (
        "Peruvian President Ana Silva and Chilean President Juan Perez signed a peace agreement in Lima. "
        "The long-standing rivals, sitting along with President Kofi Mensah, announced the agreement."
    )
    (rivals,) = mentions(text)
    assert (rivals.text, rivals.kind, rivals.participants) == ("The long-standing rivals", MentionKind.PLURAL, None)
    (article,) = resolve([read(text)]).articles
    met = {(s, o) for f, s, o in article.resolved_facts() if f.relation == "met"}
    assert met == {("person/ana_silva", "person/kofi_mensah"), ("person/juan_perez", "person/kofi_mensah")}
    others = mentions("Lena Fox met Tomas Ruiz. The rivals of the ruling party met in Lima.")
    assert not [m for m in others if m.kind is MentionKind.PLURAL]


def test_people_a_name_describes_are_a_group_of_their_own_not_those_named_before(triples):
    found = triples("Ana Silva met Juan Perez. Rebels freed the two Togolese pilots.")
    assert ("Rebels", "yieldedTo", "Togolese pilots", "asserted") in found
