"""Dates of events: explicit dates, and weekday or relative words resolved against the article date."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0}
FORMATS = ["%Y-%m-%d", "%d %B %Y", "%B %d %Y", "%d %b %Y", "%b %d %Y"]


def resolve(expression: str, article_date: date | None, future: bool = False) -> date | None:
    """The calendar date an expression like 'on Friday' or '17 October 2024' names, if one."""
    text = re.sub(r"[,.]|(?<=\d)(st|nd|rd|th)\b", "", expression.lower()).strip()
    text = re.sub(r"^(on|this)\s+", "", text)
    if match := re.match(r"(next|last)\s+", text):  # "next Friday" is ahead whatever the verb says
        future, text = match.group(1) == "next", text[match.end() :]
    for fmt in FORMATS:
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    if article_date is None:
        return None
    if text in RELATIVE_DAYS:
        return article_date + timedelta(days=RELATIVE_DAYS[text])
    if text in WEEKDAYS:
        delta = WEEKDAYS.index(text) - article_date.weekday()
        if future:
            return article_date + timedelta(days=delta % 7)
        return article_date - timedelta(days=(-delta) % 7)
    return None
