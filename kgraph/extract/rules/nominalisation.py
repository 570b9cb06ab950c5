"""nominalisation: a noun that names the event: "X's invasion of Y" (attacked), 'a visit to Y by X'
(visited), 'the threat posed by X to Y' (threatened), 'talks between X and Y' (met).

Patterns: kgraph/data/rules/nominalisation.json (a noun). The lexicon says which event the noun
names and which prepositions introduce its target (Lexicon.noun_sense, from lexicon.json's nouns).
The agent is the possessor, a modifier the article names, or the 'by' phrase; else the subject
of the verb the noun hangs from ('X launched an invasion of Y'), unless that verb reports another
event ('X blamed Y for the bombing': the one who blames did not bomb).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from spacy.tokens import Token

from kgraph.extract import clauses
from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import PERSON_PRONOUNS, VERBAL, governing_verb, pobj
from kgraph.lexicon import NounSense
from kgraph.model import EntityType, Mention, MentionKind
from kgraph.relations import relations

NAME = "nominalisation"


@dataclass
class _Roles:
    agents: list[Mention] = field(default_factory=list)
    targets: list[Mention] = field(default_factory=list)
    between: list[Mention] = field(default_factory=list)  # "talks between X and Y"


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    noun = anchor.trigger
    if noun.i in ctx.mentions:
        return
    sense = ctx.lexicon.noun_sense(noun.lower_, noun.lemma_.lower())
    if sense is None:
        return
    found = _own_roles(ctx, noun, sense)
    agents, targets = found.agents, found.targets
    governor = governing_verb(noun)
    if not agents and governor is not None:
        outer = ctx.evoked(clauses.governing_event(ctx, governor) or governor)
        if outer is not None and outer.relation != sense.relation:
            return  # "blamed X for the bombing": the bomber is not the one who blames
        agents = ctx.subjects(governor)
    if not targets and governor is not None and governor.lemma_.lower() in ctx.lexicon.recipient_verbs:
        targets = ctx.subjects(governor)  # "X accepted Y's invitation": X is invited
        agents = [a for a in agents if a not in targets]
    if len(found.between) >= 2 and not targets:
        agents, targets = found.between[:1], found.between[1:]
    yield Candidate(noun, sense.relation, agents, targets, clause=governor)


def _own_roles(ctx: Context, noun: Token, sense: NounSense) -> _Roles:
    """The agents and targets the noun phrase names itself: 'X's invasion of Y', 'the threat posed by X to Y'."""
    found = _Roles()
    holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "the threat posed by X"
    if noun.dep_ == "dobj" and ctx.evoked(noun.head) is None:
        holders.append(noun.head)  # "completed its investigation into X"
    consult = relations()[sense.relation].plover == "CONSULT"  # "talks with Freedonian businesses"
    for c in (c for holder in holders for c in holder.children):
        if c.dep_ == "poss" and c.lower_ in PERSON_PRONOUNS and (doer := _adjunct_doer(ctx, noun)):
            found.agents += doer  # "During his visit to X, Mr Y met ...": his is Mr Y
        elif c.dep_ == "poss" or (c.dep_ in {"amod", "compound"} and c.i in ctx.mentions):
            found.agents += ctx.actors(c)
        elif c.dep_ == "agent" or (c.dep_ == "prep" and c.lower_ == "by"):
            found.agents += ctx.actors(pobj(c))
        elif c.dep_ == "prep" and c.lower_ == "between":
            found.between += ctx.actors(pobj(c))
        elif c.dep_ == "prep" and c.lower_ in sense.preps:
            obj = pobj(c)
            found.targets += ctx.actors(obj) if consult else ctx.owners(obj)  # "support for X's invasion"
    return found


def _adjunct_doer(ctx: Context, noun: Token) -> list[Mention]:
    """The person subject of the clause an event noun's phrase modifies: 'on his visit', 'during her trip'."""
    if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return []
    verb = noun.head.head
    if verb.pos_ not in VERBAL:
        return []
    return [m for m in ctx.subjects(verb) if m.type is EntityType.PERSON and m.kind is MentionKind.NAME]


RULE = Rule(NAME, confidence=0.7, read=read)
