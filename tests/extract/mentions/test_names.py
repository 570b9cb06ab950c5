"""Names: entities the tagger and gazetteer found, honorific names, repeated surnames
(kgraph/extract/mentions/names.py)."""

from kgraph.model import EntityType, MentionKind


def names(read, text):
    return [(m.text, m.type) for m in read(text).mentions if m.kind is MentionKind.NAME]


def test_a_gazetteer_name_is_its_entry(read):
    (chile,) = [m for m in read("Lena Fox flew to Chile.").mentions if m.text == "Chile"]
    assert (chile.gazetteer_id, chile.type) == ("chile", EntityType.COUNTRY)


def test_an_honorific_belongs_to_the_name_and_a_possessive_does_not(read):
    found = names(read, "Mr Okonkwo met Lena Fox in Lima. Chile's envoy was there.")
    assert ("Mr Okonkwo", EntityType.PERSON) in found
    assert ("Chile", EntityType.COUNTRY) in found


def test_a_capitalised_common_word_the_tagger_took_for_a_name_is_none(nlp, read):
    text = "Officials from the Ministry met Lena Fox."
    assert "Ministry" in {e.text for e in nlp(text).ents}  # what the tagger says
    assert "Ministry" not in {m.text for m in read(text).mentions}


def test_pronouns_are_mentions_of_a_person(read):
    pronouns = [
        m.text for m in read("He met Lena Fox in Lima. She thanked him.").mentions if m.kind is MentionKind.PRONOUN
    ]
    assert pronouns == ["He", "She", "him"]
