"""One node per real event (kgraph/resolve/events.py): the mentions of one event, in one article or
many, share one event; other events stay apart. Articles written for these tests."""

from datetime import date

import pytest

from kgraph.extract import extract
from kgraph.model import Document, Modality
from kgraph.resolve import resolve

THREE_WAYS = (
    "Kenya and Peru sign fishing accord\n"
    "Kenya signed a fishing accord with Peru on Friday, officials said. The accord was signed by Kenya and Peru "
    "in Lima. Officials said Kenya agreed with Peru to share the catch."
)
REPEATED = "Chile urged Bolivia to reopen the border.\nTalks stalled.\nChile urged Bolivia to reopen the border."


@pytest.fixture(scope="module")
def build(nlp):
    def build(*articles: tuple[str, date]):
        return resolve(
            extract(nlp(text), Document(f"a{i}", text, text.splitlines()[0], day))
            for i, (text, day) in enumerate(articles)
        )

    return build


def events(kg, relation):
    """Each article's events of one relation: {article id: {event id: number of its mentions there}}."""
    found = {}
    for article in kg.articles:
        for (fact, _, _), event in article.events.items():
            if fact.relation == relation:
                counts = found.setdefault(article.document.id, {})
                counts[event.id] = counts.get(event.id, 0) + 1
    return found


def test_one_event_reported_three_ways_in_an_article_is_one_event(build):
    kg = build((THREE_WAYS, date(2024, 3, 9)))
    ((event, mentions),) = events(kg, "agreedWith")["a0"].items()
    assert mentions >= 3  # headline, lead, later sentences
    (ref,) = {e for e in kg.articles[0].events.values() if e.id == event}
    assert ref.date == date(2024, 3, 8) and ref.modality is Modality.ASSERTED  # 'on Friday'; seen, not only said


def test_the_same_event_in_two_articles_is_one_event_and_other_days_are_other_events(build):
    kg = build(
        (THREE_WAYS, date(2024, 3, 9)),
        ("Peru and Kenya seal deal\nPeru agreed with Kenya on fishing quotas.", date(2024, 3, 10)),
        ("Kenya and Peru sign a second accord\nKenya signed a new accord with Peru on Monday.", date(2024, 6, 18)),
    )
    found = events(kg, "agreedWith")
    assert set(found["a0"]) == set(found["a1"])  # a week apart, either way round: one agreement
    assert not set(found["a2"]) & set(found["a0"])  # three months later: another agreement


def test_a_sentence_the_page_prints_twice_is_one_event(build):
    kg = build((REPEATED, date(2024, 5, 2)))
    assert len(events(kg, "urged")["a0"]) == 1


def test_what_is_planned_and_what_happened_are_two_events(build):
    kg = build(("Talks\nChile will meet Bolivia on Friday. Chile met Bolivia on Friday.", date(2024, 5, 2)))
    modalities = {e.modality for e in kg.articles[0].events.values()}
    assert modalities == {Modality.PLANNED, Modality.ASSERTED}
    assert len({e.id for e in kg.articles[0].events.values()}) == 2


def test_events_do_not_depend_on_the_order_articles_come_in(build):
    articles = [
        (THREE_WAYS, date(2024, 3, 9)),
        ("Peru and Kenya seal deal\nPeru agreed with Kenya.", date(2024, 3, 10)),
    ]
    one, other = build(*articles), build(*reversed(articles))
    ids = [{e.id for a in kg.articles for e in a.events.values()} for kg in (one, other)]
    assert ids[0] == ids[1]
