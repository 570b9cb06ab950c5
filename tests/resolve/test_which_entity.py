"""Which entity a name stands for (kgraph/resolve/names.py), on articles made by hand: mentions as the
extraction would give them, so each rule is seen alone."""

from kgraph.model import Document, EntityType, Extraction, Mention
from kgraph.resolve import resolve


def article(doc_id: str, text: str, *names: tuple[str, EntityType] | tuple[str, EntityType, str]) -> Extraction:
    """An article whose mentions are the given names (text, type[, gazetteer id]), found where they occur."""
    mentions, at = [], 0
    for text_, kind, *gid in names:
        start = text.index(text_, at)
        mentions.append(Mention(text_, start, start + len(text_), kind, gid[0] if gid else None))
        at = start + 1
    return Extraction(Document(doc_id, text, "t"), tuple(mentions))


def entity_ids(kg, text):
    return {eid for a in kg.articles for m, eid in a.entity_of.items() if m.text == text}


def test_a_name_typed_two_ways_in_a_corpus_is_one_node_of_the_type_it_has_most():
    kg = resolve(
        [
            article(
                "a", "Rebels held Velnor. Velnor fell.", ("Velnor", EntityType.PLACE), ("Velnor", EntityType.PLACE)
            ),
            article("b", "Velnor talks began.", ("Velnor", EntityType.ORGANIZATION)),
        ]
    )
    assert entity_ids(kg, "Velnor") == {"place/velnor"}


def test_an_acronym_is_what_an_article_of_the_corpus_spelt_out():
    kg = resolve(
        [
            article(
                "a", "The Northern Fishing Council (NFC) met.", ("Northern Fishing Council", EntityType.ORGANIZATION)
            ),
            article(
                "b",
                "The NFC urged Peru to act.",
                ("NFC", EntityType.ORGANIZATION),
                ("Peru", EntityType.COUNTRY, "peru"),
            ),
        ]
    )
    assert entity_ids(kg, "NFC") == entity_ids(kg, "Northern Fishing Council") == {"org/northern_fishing_council"}


def test_an_acronym_two_articles_spell_out_differently_is_left_as_it_is():
    kg = resolve(
        [
            article(
                "a", "The Northern Fishing Council (NFC) met.", ("Northern Fishing Council", EntityType.ORGANIZATION)
            ),
            article(
                "b", "The National Farmers Congress (NFC) met.", ("National Farmers Congress", EntityType.ORGANIZATION)
            ),
            article("c", "The NFC spoke.", ("NFC", EntityType.ORGANIZATION)),
        ]
    )
    assert entity_ids(kg, "NFC") == {"org/nfc"}


def test_a_unit_named_right_after_its_organisation_acts_as_it():
    text = "Video from the Northern Army (NA) Eastern Theater Command showed drills."
    kg = resolve(
        [
            article(
                "a",
                text,
                ("Northern Army", EntityType.ORGANIZATION),
                ("Eastern Theater Command", EntityType.ORGANIZATION),
            )
        ]
    )
    assert entity_ids(kg, "Eastern Theater Command") == {"org/northern_army"}


def test_a_short_name_is_the_organisation_only_where_the_article_names_it():
    nato = resolve(
        [
            article(
                "a",
                "NATO met. The Alliance agreed.",
                ("NATO", EntityType.ORGANIZATION, "nato"),
                ("Alliance", EntityType.ORGANIZATION),
            )
        ]
    )
    other = resolve([article("b", "The Alliance agreed.", ("Alliance", EntityType.ORGANIZATION))])
    assert entity_ids(nato, "Alliance") == {"org/nato"}
    assert entity_ids(other, "Alliance") == {"org/alliance"}


def test_a_region_s_states_are_one_bloc_whatever_plural_noun_names_them():
    kg = resolve(
        [
            article("a", "Western powers urged Velnor to withdraw.", ("Western powers", EntityType.GROUP)),
            article("b", "Western nations criticized Velnor.", ("Western nations", EntityType.GROUP)),
            article("c", "A Western bid failed.", ("Western", EntityType.GROUP)),
            article("d", "Western allies met.", ("Western allies", EntityType.GROUP)),
            article("e", "The West objected.", ("West", EntityType.GROUP)),
        ]
    )
    powers, nations, alone, west = (entity_ids(kg, t) for t in ("Western powers", "Western nations", "Western", "West"))
    assert powers == nations == alone == west
    assert entity_ids(kg, "Western allies") != powers  # someone's allies, no bloc of their own
    (bloc,) = powers
    assert kg.entities[bloc].label == "Western countries"
