"""Dates in the text resolved against the article's date (kgraph/dates.py)."""

from datetime import date

import pytest

from kgraph import dates


@pytest.mark.parametrize(
    ("expression", "future", "expected"),
    [  # the article is dated Friday 18 October 2024
        ("on Friday", False, date(2024, 10, 18)),
        ("Tuesday", False, date(2024, 10, 15)),
        ("Tuesday", True, date(2024, 10, 22)),
        ("last Friday", False, date(2024, 10, 11)),
        ("next Friday", False, date(2024, 10, 25)),
        ("yesterday", False, date(2024, 10, 17)),
        ("last night", False, date(2024, 10, 17)),
        ("three days ago", False, date(2024, 10, 15)),
        ("earlier this week", False, date(2024, 10, 14)),
        ("next week", False, date(2024, 10, 21)),
        ("last month", False, date(2024, 9, 1)),
        ("last year", False, date(2023, 1, 1)),
        ("17 October 2023", False, date(2023, 10, 17)),
        ("the summit", False, None),
    ],
)
def test_dates_resolve_against_the_article_date(expression, future, expected):
    assert dates.resolve(expression, date(2024, 10, 18), future) == expected


def test_expressions_that_point_ahead_whatever_the_day():
    assert all(dates.ahead(t) for t in ("next month", "Next Friday", "tomorrow", "later this year", "the coming weeks"))
    assert not any(dates.ahead(t) for t in ("last month", "on Monday", "this week", "12 May 2024", "yesterday"))
