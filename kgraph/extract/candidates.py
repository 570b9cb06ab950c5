"""What passes between the steps of extraction: a mention a pass found, where a rule's patterns matched,
what a verb evokes, and the event a rule read, before the finishing step makes facts of it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from kgraph.model import Mention


@dataclass(frozen=True)
class Found:
    """A mention a pass found, over the tokens start..end (the tokens it is indexed by)."""

    start: int
    end: int
    mention: Mention


@dataclass(frozen=True)
class Anchor:
    """Where a rule's patterns matched one trigger: the trigger token and, for each match, its named nodes
    (the pattern's RIGHT_IDs), ordered by pattern and then by position."""

    trigger: Token
    matches: tuple[dict[str, Token], ...]

    def nodes(self, name: str) -> list[Token]:
        """Every token matched as the named node, in match order, each once."""
        return list(dict.fromkeys(m[name] for m in self.matches if name in m))


@dataclass(frozen=True)
class Evoked:
    """What a verb construction reports: the relation, the rule that knows it, the verb's own objects, and for a
    support verb the class it was read by (support_verbs.json: 'receive', 'voice', ...) and whether its noun
    names a thing between parties ('ties', 'an agreement')."""

    relation: str
    rule: str
    objects: list[Mention]
    verb_class: str | None = None
    bilateral: bool = False


@dataclass(frozen=True)
class Candidate:
    """An event a rule read, before the finishing step (kgraph/extract/finish.py) makes facts of it."""

    trigger: Token  # the word naming the event; its lemma is recorded with the rule's name
    relation: str  # as the words say it, before a stated intention is read ("promised to send aid")
    agents: list[Mention]
    targets: list[Mention]
    place: Mention | None = None  # where, when the rule knows; else the finishing step looks near the trigger
    clause: Token | None = None  # the verb whose clause frames the event: its modality (asserted when None)
    intent: bool = True  # a stated intention in the clause rewrites the event: "said it would X" may be a threat
    conditional: bool = False  # a threat with no target is aimed at whoever its condition names ("if X joins")
    mutual: bool = False  # coordinated agents and no target: the event is between them ("X and Y held talks")
    reciprocal: bool = False  # ... and each does it to the other ("X and Y traded threats")
    gathering: bool = False  # a meeting of several ('a summit with X and Y'): every two of them meet
    presupposed: bool = False  # a hedged clause does not hedge it: "X's war in Y could end" still says X is at war
