"""Plural references: the two participants named just before (kgraph/extract/mentions/plurals.py)."""

from kgraph.model import EntityType, MentionKind


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
