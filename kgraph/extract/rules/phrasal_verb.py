"""phrasal_verb: a verb and its particle or preposition report the event together: 'X called on Y to act'
(urged), 'X sat down with Y' (met), 'X cracked down on Y' (coerced), 'X handed over aid to Y' (aided).

Patterns: kgraph/data/rules/phrasal_verb.json (a verb and each particle or preposition it governs).
The lexicon says which relation a verb with one or two of its particles reports
(Lexicon.phrasal_relation, from lexicon.json's phrasal_verbs: "call on": "urged"); the target is
the object of the last preposition, the subject of a clause opened by 'for' ('called for X to withdraw'),
or the verb's object.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract import clauses, verb_clause
from kgraph.extract.candidates import Anchor, Candidate, Evoked
from kgraph.extract.context import Context
from kgraph.extract.registry import Rule
from kgraph.extract.rules.light_verb import noun_forms
from kgraph.extract.syntax import PARTICLES, SUBJECT_DEPS, TIMES, child, pobj, preps
from kgraph.model import Mention

NAME = "phrasal_verb"


def evoke(ctx: Context, anchor: Anchor) -> Evoked | None:
    verb, lex = anchor.trigger, ctx.lexicon
    lemma = verb.lemma_.lower()
    parts = _particles(anchor.nodes("particle"))
    leaves = lex.verb_relation("withdraw")
    for i, part in enumerate(parts):
        for longer in parts[i + 1 :]:  # "sit down with X"
            if relation := lex.phrasal_relation(lemma, part.lower_, longer.lower_):
                if relation == leaves and clauses.leaves_an_event(ctx, verb):
                    return None  # "pulled out of the deal": the deal is off (nominalisation), no retreat
                obj = pobj(longer)  # "sat down with X"; "backed out of the treaty with X": whose it is
                return Evoked(relation, NAME, ctx.actors(obj) or ctx.owners(obj))
        if relation := lex.phrasal_relation(lemma, part.lower_):
            if relation == leaves and clauses.leaves_an_event(ctx, verb):
                return None  # "withdrew from the talks", as above
            if _read_otherwise(ctx, verb, part, relation):
                continue
            obj = _put_out(ctx, verb, part, relation != leaves) or _object(verb, part)
            if read := _by_what_it_acts_on(ctx, verb, obj, relation):
                return read
            if relation == lex.verb_relation("visit"):
                return Evoked(relation, NAME, ctx.actors(obj))  # "arrived in X": a place, not whose it is
            # "laid down their arms to X": their own arms, yielded to X (the subject as written: reading whom a
            # participle's subject is evokes this verb again)
            doers = {m for c in verb.children if c.dep_ in SUBJECT_DEPS for m in ctx.actors(c)}
            owners = [m for m in ctx.owners(obj) if m not in doers]
            broken = _promised_to(ctx, verb, obj, owners) if relation == lex.intent.refusal else []  # "reneged on"
            return Evoked(relation, NAME, broken or owners or ctx.objects(verb, relation))  # "handed over aid to X"
    return None


def _by_what_it_acts_on(ctx: Context, verb: Token, obj: Token | None, relation: str) -> Evoked | None:
    """The verb's other sense, which its object decides: people handed over are extradited, not aid ('handed over
    the suspects to X'); a hostile deed of no one's warned of is threatened ('warned X of reprisals')."""
    lex = ctx.lexicon
    if relation == lex.verb_relation("aid") and (recipients := _handed_people_to(ctx, verb)):
        return Evoked(lex.verb_relation("extradite"), NAME, recipients)
    if (harmed := _harm_of_ones_own(ctx, verb, obj)) is not None:
        return Evoked(lex.intent.threat, NAME, harmed)
    return None


def _handed_people_to(ctx: Context, verb: Token) -> list[Mention]:
    """Whom a verb of handing gives people up to ('handed over the suspects to X': to X, as extraditing them is; no
    aid to X)."""
    given = child(verb, "dobj")
    if given is None or not ctx.lexicon.names_people(given.lemma_.lower(), given.lower_):
        return []
    return [m for p in preps(verb, {"to"}) for m in ctx.actors(pobj(p))]


def _harm_of_ones_own(ctx: Context, verb: Token, obj: Token | None) -> list[Mention] | None:
    """Whom a verb of threatening threatens when what it warns of is a hostile deed with no doer of its own, the
    speaker's own to come ('warned X of reprisals', 'warned of retaliation against X', 'warned X of consequences'),
    where 'warned of X's aggression' admonishes X; None when it warns of anything else."""
    it = ctx.lexicon.intent
    if obj is None or ctx.lexicon.verb_relation(verb.lemma_.lower()) != it.threat:
        return None
    sense = ctx.sense_of(obj)
    doer = [c for c in obj.children if c.dep_ == "poss" or c.dep_ in {"amod", "compound"} and c.i in ctx.mentions]
    warned = [m for c in verb.children if c.dep_ == "dobj" for m in ctx.actors(c)]
    if obj.lemma_.lower() in ctx.lexicon.harm_to_come_nouns:  # "warned X of serious consequences"
        return warned if warned and not doer and not preps(obj, {"of"}) else None  # not "of climate change"
    if sense is None or sense.relation not in it.hostile or doer or preps(obj, {"by"}):
        return None
    return [m for p in preps(obj, set(sense.preps)) for m in ctx.actors(pobj(p))] + warned


def _promised_to(ctx: Context, verb: Token, obj: Token | None, owners: list[Mention]) -> list[Mention]:
    """Whom one's own commitment was to or with, which going back on it rejects: 'reneged on its promise to X',
    'on his commitment to the X people'. None where the thing is another's ('reneged on X's deal')."""
    if obj is None or [m for m in owners if m not in ctx.subjects(verb)]:
        return []
    named = [pobj(p) for holder in (obj, verb) for p in preps(holder, {"to", "with"})]  # on either, as parsed
    return [m for o in named for m in ctx.actors(o) or ctx.owners(o)]


def _particles(matched: list[Token]) -> list[Token]:
    """The verb's particles and prepositions in text order, none saying when: those matched, and the
    prepositions a particle governs ('backed out of X', 'pushed back against X')."""
    found = {t.i: t for t in matched}
    for particle in [t for t in found.values() if t.lower_ in PARTICLES]:
        found |= {c.i: c for c in particle.children if c.dep_ == "prep"}
    return [t for _, t in sorted(found.items()) if not _when(t)]


def _read_otherwise(ctx: Context, verb: Token, part: Token, relation: str) -> bool:
    """Whether the verb and this particle are no phrasal verb here: a transfer, not a journey ('returned the
    paintings to X', 'the paintings were returned to X'); a phrase of the construction the verb makes with its
    object ('gave a banquet in honour of X': no giving in); a support verb and its event ('called off the talks');
    help given ('met X with the support of Y')."""
    if relation == ctx.lexicon.verb_relation("visit") and child(verb, "dobj", "nsubjpass") is not None:
        return True
    if part.dep_ == "prep" and ctx.helped_with(pobj(part)):
        return True  # "met X with the support of Y": help given, no 'meet with Y'
    lemma = verb.lemma_.lower()
    return _adjunct(ctx, verb, part) or _calls_off_an_event(ctx, f"{lemma} {part.lower_}", child(verb, "dobj"))


def _adjunct(ctx: Context, verb: Token, part: Token) -> bool:
    """Whether a preposition with a noun of its own is a phrase of the support-verb construction the verb makes with
    its object, no particle of the verb ('gave a banquet in honour of X': no giving in; not 'threw its weight
    behind X', 'forced X out of Y')."""
    obj, done = pobj(part) if part.dep_ == "prep" else None, child(verb, "dobj")
    if obj is None or done is None or part.lower_ in PARTICLES:
        return False
    return ctx.lexicon.support_relation(verb.lemma_.lower(), *noun_forms(done)) is not None


def _when(part: Token) -> bool:
    """Whether a preposition says when ('called her counterpart on Monday'): no particle of the verb's."""
    obj = pobj(part) if part.dep_ == "prep" else None
    return obj is not None and obj.ent_type_ in TIMES


def _object(verb: Token, part: Token) -> Token | None:
    """Whom the phrasal verb is done to: 'called on X', 'handed over X', 'called for X to withdraw'."""
    if part.dep_ == "prep":
        return pobj(part)
    if part.dep_ == "mark":
        return child(part.head, "nsubj")
    return child(verb, "dobj")


def _put_out(ctx: Context, verb: Token, part: Token, expels: bool) -> Token | None:
    """One a verb puts out is whom it is done to, not the place it is put out of ('forced X out of the country',
    'kicked X out'), where one's own pulled out leaves that place ('pulled its troops out of X')."""
    moved = child(verb, "dobj")
    return moved if expels and part.lower_ == "out" and moved is not None and ctx.actors(moved) else None


def _calls_off_an_event(ctx: Context, phrasal: str, obj: Token | None) -> bool:
    """Whether a verb of calling off has for object a noun naming an event: then it is a support verb of ending,
    and the event's class says what calling it off is ('called off the visit': the visit is off; 'called off
    its offensive against X': a retreat from X)."""
    if obj is None or phrasal not in ctx.lexicon.cancelling_governors:
        return False
    return ctx.sense_of(obj) is not None


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    evoked = ctx.evoked(verb)
    if evoked is None or evoked.rule != NAME:
        return  # another construction reads this verb
    if cand := verb_clause.read(ctx, verb, evoked.relation, evoked.objects):
        yield cand


RULE = Rule(NAME, confidence=0.8, read=read, evoke=evoke)
