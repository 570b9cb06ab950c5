"""People's names: which written names are one person, and who a lone name can stand for.

News writes one person many ways: with or without a middle initial ("Ana M. Ruiz", "Ana Ruiz"),
with or without accents ("José Núñez", "Jose Nunez"), hyphenated or not, with a particle
("Ida van der Berg", "van der Berg"), by family name first ("Tan Wei Ming", "Tan"), by one part
of a long name, and, across outlets, with a family name transliterated two ways ("Marchuk",
"Martchuk"). Full names that are such variants of each other form one person,
named by the fullest of them; every step here depends only on the set of names, never on the
order articles come in, so any shard of a corpus resolves to the same people.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from difflib import SequenceMatcher

from kgraph.gazetteer import Gazetteer

NAME_SUFFIXES = {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"}
FIRST_NAME_HONORIFICS = {"sir", "dame"}  # "Sir Tom" is Tom Hadley, not a man surnamed Tom
# Particles that belong to a family name: "von der Berg", "bin Omar", "da Silva", "al-Amin".
PARTICLES = {
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le",
    "bin", "ibn", "bint", "al", "el", "ben", "ter", "ten", "st", "mac",
}  # fmt: skip
ARTICLE_PREFIX = re.compile(r"^(al|el|ad|ar|as|at|az|an|ash)[-‐‑’']", re.IGNORECASE)  # "al-Amin": "Amin"
SPELLING_SIMILARITY = 0.8  # "Zelensky"/"Zelenskyy", "Pashinyan"/"Pashinian": one name, two transliterations


def fold(text: str) -> str:
    """Lower case without accents or punctuation: 'Núñez-Ruiz' -> 'nunez ruiz'."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^a-z0-9]+", " ", plain.lower().replace("’", "'").replace("'", "")).split())


def _is_initial(word: str) -> bool:
    return bool(re.fullmatch(r"[A-Z]\.?", word)) or bool(re.fullmatch(r"([A-Z]\.){2,}", word))


class PersonNames:
    """Full names of people and who a lone surname or first name can stand for."""

    def __init__(self, gaz: Gazetteer):
        self.honorifics = {h.rstrip(".") for h in gaz.honorifics}
        self.titles = sorted((t.lower() for t in gaz.titles), key=len, reverse=True)

    def clean(self, text: str) -> tuple[str, bool]:
        """The name without titles, honorifics or possessive; and whether a knight's 'Sir' led it."""
        name = re.sub(r"[’']s$", "", text.strip())
        knighted = False
        changed = True
        while changed:
            changed = False
            words = name.split()
            if len(words) > 1 and words[0].rstrip(".") in self.honorifics:
                knighted = knighted or words[0].lower() in FIRST_NAME_HONORIFICS
                name, changed = " ".join(words[1:]), True
                continue
            lowered = name.lower()
            for title in self.titles:
                if lowered.startswith(title + " ") and len(name) > len(title) + 1:
                    name, changed = name[len(title) + 1 :], True
                    break
        return name, knighted

    @staticmethod
    def is_full(name: str) -> bool:
        """A given name and a family name ('Ida van der Berg'), not a family name alone ('van der Berg')."""
        words = name.split()
        return len(words) > 1 and words[0].lower() not in PARTICLES and not _is_initial(words[0])

    @staticmethod
    def surname(full: str) -> str:
        """The family name's key: the last word, without a suffix or an article prefix ('al-Amin' -> 'amin')."""
        words = [w for w in full.split() if w.lower() not in NAME_SUFFIXES]
        return lone_key((words or full.split())[-1])

    @staticmethod
    def first_name(full: str) -> str:
        return fold(full.split()[0])

    @staticmethod
    def family_names(full: str) -> set[str]:
        """Every key a lone family name of this person can have: 'Ida van der Berg' -> 'berg', 'van der berg'."""
        words = [w for w in full.split() if w.lower() not in NAME_SUFFIXES]
        keys = {PersonNames.surname(full)}
        for i in range(1, len(words) - 1):
            if words[i].lower() in PARTICLES:  # the family name starts at its first particle
                keys.add(lone_key(" ".join(words[i:])))
                break
        return keys


def initialled(name: str) -> tuple[str, str]:
    """A name written with initials for its given names ('K. Obi', 'A.B. Obi'): the first initial and the
    family name; ('', name) for any other name."""
    words = name.split()
    if len(words) > 1 and all(_is_initial(w) for w in words[:-1]):
        return words[0][0], words[-1]
    return "", name


def lone_key(name: str) -> str:
    """The key of a lone name: folded, without an article prefix ('el-Amin', 'Amin' -> 'amin')."""
    return fold(ARTICLE_PREFIX.sub("", name.strip()))


def _signature(name: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The name's words that are not initials (folded), and its suffixes ('Jr'): what two variants share."""
    words = name.replace("-", " ").replace("‐", " ").split()
    suffixes = frozenset(fold(w) for w in words if w.lower() in NAME_SUFFIXES)
    kept = tuple(fold(w) for w in words if w.lower() not in NAME_SUFFIXES and not _is_initial(w))
    return tuple(w for w in kept if w), suffixes


def _variants(a: str, b: str) -> bool:
    """Whether two full names are one person's: equal but for accents, case, hyphens and middle initials;
    one the other's start or end ('Ana Ruiz Soto', 'Ana Ruiz'); or one given name with a family name
    spelt two ways. Different suffixes ('Jr') are different people."""
    (wa, sa), (wb, sb) = _signature(a), _signature(b)
    if sa != sb or not wa or not wb:
        return False
    if wa == wb:
        return True
    short, long_ = sorted((wa, wb), key=len)
    if len(short) >= 2 and (long_[: len(short)] == short or long_[-len(short) :] == short):
        return True
    if len(wa) == len(wb) and wa[:-1] == wb[:-1] and wa[-1][0] == wb[-1][0]:
        return SequenceMatcher(None, wa[-1], wb[-1]).ratio() >= SPELLING_SIMILARITY
    return False


def _best(names: Iterable[str]) -> str:
    """The fullest name: most words, then longest, then with accents, then alphabetical (repeatable)."""
    return min(names, key=lambda n: (-len(n.split()), -len(n), fold(n) == n.lower(), n))


def _buckets(names: list[str]) -> list[list[str]]:
    """Names that may be variants of each other: those sharing a given name, those sharing a family name."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for n in names:
        words = _signature(n)[0]
        buckets[words[0] if words else n].append(n)
        buckets["~" + PersonNames.surname(n)].append(n)
    return list(buckets.values())


class People:
    """The people of a corpus: each full name written in it tied to one person's canonical name."""

    def __init__(self, full_names: Iterable[str]):
        names = sorted(set(full_names))
        parent = {n: n for n in names}

        def root(n: str) -> str:
            while parent[n] != n:
                parent[n] = parent[parent[n]]
                n = parent[n]
            return n

        for group in _buckets(names):
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if root(a) != root(b) and _variants(a, b):
                        parent[max(root(a), root(b))] = min(root(a), root(b))
        members: dict[str, list[str]] = defaultdict(list)
        for n in names:
            members[root(n)].append(n)
        self.canonical = {n: _best(members[root(n)]) for n in names}
        self.by_family: dict[str, set[str]] = defaultdict(set)
        self.by_first: dict[str, set[str]] = defaultdict(set)
        for n, person in self.canonical.items():
            for key in PersonNames.family_names(n):
                self.by_family[key].add(person)
            self.by_first[PersonNames.first_name(n)].add(person)

    def person(self, full: str) -> str:
        """The canonical name of the person a full name names."""
        return self.canonical.get(full, full)

    def bearing(self, word: str) -> set[str]:
        """The people whose family name a lone name is; failing that, those whose name has a family name
        spelt like it (one letter or so apart), then those whose given name it is ('Tan' for 'Tan Wei Ming')."""
        key = lone_key(word)
        if found := self.by_family.get(key):
            return found
        similar = {
            p
            for family, people in self.by_family.items()
            if family[:1] == key[:1] and SequenceMatcher(None, family, key).ratio() >= SPELLING_SIMILARITY
            for p in people
        }
        return similar or self.by_first.get(key, set())
