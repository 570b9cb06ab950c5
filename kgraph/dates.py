"""Dates of events: explicit dates, and weekday or relative words resolved against the article date.

A relative period ("last month", "earlier this week", "next year") is dated by its first day
(weeks start on Monday), so every resolved expression is one calendar date.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE_DAYS = {
    "today": 0,
    "tonight": 0,
    "this morning": 0,
    "this afternoon": 0,
    "this evening": 0,
    "yesterday": -1,
    "last night": -1,
    "tomorrow": 1,
}
FORMATS = ["%Y-%m-%d", "%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"]
PERIOD = re.compile(r"^(?:(?:earlier|later) )?(last|this|next) (week|month|year)$")
DAYS_AGO = re.compile(r"^(\d+|one|two|three|four|five|six|seven) days? ago$")
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def resolve(expression: str, article_date: date | None, future: bool = False) -> date | None:
    """The calendar date an expression like 'on Friday' or '17 October 2024' names, if one."""
    text = re.sub(r"[,.]|(?<=\d)(st|nd|rd|th)\b", "", expression.lower()).strip()
    text = re.sub(r"\s+", " ", re.sub(r"^(on|this) (?=\w+day$)|^on ", "", text))
    strict = False  # "last Friday" said on a Friday is a week ago
    if match := re.match(r"(next|last) (?=\w+day$)", text):  # "next Friday" is ahead whatever the verb says
        future, strict, text = match.group(1) == "next", True, text[match.end() :]
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if article_date is None:
        return None
    if text in RELATIVE_DAYS:
        return article_date + timedelta(days=RELATIVE_DAYS[text])
    if match := DAYS_AGO.match(text):
        count = match.group(1)
        return article_date - timedelta(days=int(count) if count.isdigit() else NUMBERS[count])
    if match := PERIOD.match(text):
        return _period_start(article_date, match.group(2), {"last": -1, "this": 0, "next": 1}[match.group(1)])
    if text in WEEKDAYS:
        delta = WEEKDAYS.index(text) - article_date.weekday()
        ahead, back = delta % 7 or 7 * strict, (-delta) % 7 or 7 * strict
        return article_date + timedelta(days=ahead) if future else article_date - timedelta(days=back)
    return None


AHEAD = re.compile(r"^(?:tomorrow|(?:next|later this|the coming|this coming|coming) \w+|next \w+day)$")


def ahead(expression: str) -> bool:
    """Whether an expression names a time after the day it is said, whatever that day: 'next month',
    'tomorrow', 'later this year'."""
    text = re.sub(r"\s+", " ", re.sub(r"[,.]|^on ", "", expression.lower())).strip()
    return bool(AHEAD.match(text))


def _period_start(day: date, unit: str, offset: int) -> date:
    """The first day of the week, month or year `offset` periods from the one holding `day`."""
    if unit == "week":
        return day - timedelta(days=day.weekday()) + timedelta(weeks=offset)
    if unit == "month":
        months = day.year * 12 + day.month - 1 + offset
        return date(months // 12, months % 12 + 1, 1)
    return date(day.year + offset, 1, 1)
