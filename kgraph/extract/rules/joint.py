"""joint: what two or more actors state or do together agrees them with each other: 'a joint
Freedonian-Ruritanian statement', 'X and Y issued a joint declaration', 'the three states jointly
proclaimed a truce' (agreedWith, PLOVER AGREE: a joint statement is an agreement made public).

Patterns: kgraph/data/rules/joint.json (a noun modified by 'joint'; a verb with 'jointly' or
'together'). A joint noun must be a statement (the lexicon's statement_nouns) or an event the
lexicon knows: its makers are the actors that modify it ('US-Freedonian'), else the subjects of the
verb that issues it, with whoever its 'with' names ('held joint drills with X'). A joint verb's makers
are its subjects. The makers pair up with each other; a joint deed that is no statement ('joint
patrols', 'patrolled together': a verb neither of saying nor of a relation done in words) is
cooperation, and agreeing to one is an agreement, as agreeing to hold talks is ('X and Y agreed to
hold joint drills').
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.rules.light_verb import noun_forms
from kgraph.extract.syntax import MODIFIER_DEPS, VERBAL, governing_verb, pobj, preps
from kgraph.relations import relations

NAME = "joint"
SAID_TYPES = {"AGREE", "CONSULT", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "THREATEN"}  # PLOVER's types done in words


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    trigger, lex = anchor.trigger, ctx.lexicon
    if trigger.pos_ in VERBAL:
        makers, clause = ctx.subjects(trigger), trigger
    else:
        noun = trigger.lemma_.lower()
        known = lex.noun_sense(*noun_forms(trigger), f"{noun}s")  # "joint patrols", "war games"
        deed = known is not None or lex.is_force(noun, trigger.lower_)
        if noun not in lex.statement_nouns and not deed:
            return  # "a joint venture": only what is said or done together ("a joint exercise", "joint patrols")
        before = [t for c in trigger.lefts if c.dep_ in MODIFIER_DEPS for t in c.subtree]  # "US-Freedonian"
        makers = list(dict.fromkeys(m for t in before if (m := ctx.mentions.get(t.i)) is not None))
        makers += [m for p in preps(trigger, {"between"}) for m in ctx.actors(pobj(p))]  # "between X and Y"
        clause = governing_verb(trigger)
        if len(makers) < 2 and clause is not None:
            partners = [m for holder in (trigger, clause) for p in preps(holder, {"with"}) for m in ctx.actors(pobj(p))]
            makers = ctx.subjects(clause) + partners  # "held joint drills with X": X is the other maker
    if not _together(trigger) and (clause is None or not lex.performs(clause.lemma_.lower())):
        return  # "X and Y condemned the drills": only an exercise its makers hold is held together
    said = _said(ctx, trigger) if trigger.pos_ in VERBAL else trigger.lemma_.lower() in lex.statement_nouns
    relation = lex.verbs["agree"] if said else lex.verbs["cooperate"]  # "joint patrols": working together
    if len(set(makers)) >= 2 or (len(makers) == 1 and makers[0].plural):
        yield Candidate(trigger, relation, makers, [], clause=clause, intent=not said, mutual=True)


def _said(ctx: Context, verb: Token) -> bool:
    """Whether a verb done together is said together: a verb of saying, or one whose own relation is done in words
    ('jointly declared', 'jointly condemned'); a deed done together is cooperation ('patrolled the border
    together', 'jointly built a bridge')."""
    lemma, lex = verb.lemma_.lower(), ctx.lexicon
    if (relation := lex.verb_relation(lemma)) is not None:
        return relations()[relation].plover in SAID_TYPES
    return lemma in lex.reporting_verbs or lex.speaks_of(lemma)


def _together(trigger: Token) -> bool:
    """Whether the anchor says itself that it is done together: 'joint talks', 'jointly declared'; else it is a
    military exercise, held together where two or more hold it."""
    return trigger.pos_ in VERBAL or any(c.lower_ == "joint" for c in trigger.children)


RULE = Rule(NAME, confidence=0.75, read=read)
