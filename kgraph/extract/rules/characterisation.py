"""characterisation: calling something by a damning or a praising word criticises or praises whoever did
it: 'X described Y's raid as a massacre' (criticized), 'X called the talks constructive' (praised), calling
someone a kind of person that judges them criticises them ('X called Y a liar'), calling
or holding someone to blame accuses them ('X held Y responsible for the attack', 'found Y guilty'), and
so does saying what it is: 'X said Y's raid was a massacre', 'X said the Y-ian offer was constructive', or
naming it so in what one says: 'X said Y's brutal raid cannot be justified'.

Patterns: kgraph/data/rules/characterisation.json (a verb and its description: an 'as' phrase on
the verb or its object, a predicate complement, or a reported clause 'THING be DESCRIPTION'). The
lexicon says which verbs characterise (lexicon.json's characterizing_verbs) or report
(reporting_verbs) and which relation the description's words report (Lexicon.characterisation_relation:
damning_words, praising_words). The target is whose the thing is, or who did it; a thing that is only
'it' or 'this' has no one it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Anchor, Candidate
from kgraph.extract.context import Context
from kgraph.extract.nominal import judged, whose_deed
from kgraph.extract.registry import Rule
from kgraph.extract.syntax import RELATIVE_PRONOUNS, child, pobj
from kgraph.model import Mention

NAME = "characterisation"


SITUATION_PRONOUNS = {"it", "this", "that", "which", "what"}  # 'said it was a mistake': whose, is not said


def read(ctx: Context, anchor: Anchor) -> Iterator[Candidate]:
    verb = anchor.trigger
    lemma = verb.lemma_.lower()
    reports = lemma in ctx.lexicon.reporting_verbs
    if noted := [m for m in anchor.matches if "noted" in m and "clause" not in m]:
        yield from _pointed_out(ctx, verb, noted[0]["noted"], [m["description"] for m in noted])
    elif lemma in ctx.lexicon.characterizing_verbs or lemma in ctx.lexicon.designating_verbs:
        descriptions = dict.fromkeys(m["description"] for m in anchor.matches if "noted" not in m and "thing" not in m)
        kept = [d for d in descriptions if not (_set_off(d) or _the_object(d) or _before_its_noun(d))]
        yield from _characterised(ctx, verb, kept)
    elif reports:
        for match in anchor.matches:
            if "thing" in match:
                yield from _said_to_be(ctx, verb, match["clause"], match["thing"], match["description"])
        # "said X's brutal raid cannot be justified": what one names so in what one says, one calls so
        if named := [m for m in anchor.matches if "noted" in m]:
            yield from _pointed_out(ctx, verb, named[0]["noted"], [m["description"] for m in named])


def _relation(ctx: Context, descriptions: list[Token], negated: bool = False, official: bool = False) -> str | None:
    """The relation the descriptions' words report (with their conjuncts: 'provocative and dangerous'); a
    negation or an adverb of excess before a word turns its praise to reproach ('not constructive', 'too
    friendly')."""
    said = {t for description in descriptions for t in description.subtree}
    words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
    excess = any(t.lower_ in ctx.lexicon.excess_adverbs and t.dep_ == "advmod" and t.i < t.head.i for t in said)
    negated = negated or excess or any(t.dep_ == "neg" for t in said)
    nouns = [pobj(d) if d.dep_ == "prep" else d for d in descriptions]  # "as a liar", "a liar"
    kinds = tuple(n.lemma_.lower() for n in nouns if n is not None and n.pos_ == "NOUN")
    return ctx.lexicon.characterisation_relation(words, negated, official, kinds)


def _said_to_be(ctx: Context, verb: Token, clause: Token, thing: Token, description: Token) -> Iterator[Candidate]:
    """'X said Y's raid was a massacre': X criticized Y; 'X said Y was responsible': X accused Y. A clause with a
    modal ('Y would not be welcome') says what might be, not what Y did."""
    if thing.lower_ in SITUATION_PRONOUNS or any(c.tag_ == "MD" for c in clause.children):
        return
    negated = any(c.dep_ == "neg" for c in clause.children)  # "was not constructive"
    if description.dep_ == "prep" and not _a_deed(ctx, pobj(description)):
        return  # "said X was behind the wall": a place, no deed
    if description.lemma_.lower() in ctx.lexicon.blaming_words:
        relation = None if negated else ctx.lexicon.verbs["accuse"]
    else:
        relation = _relation(ctx, [description], negated)
    if relation is None:
        return
    yield Candidate(verb, relation, ctx.subjects(verb), whose_deed(ctx, thing), clause=verb, intent=False)


def _characterised(ctx: Context, verb: Token, descriptions: list[Token]) -> Iterator[Candidate]:
    """'X described Y's raid as a massacre', 'X called the talks constructive': X criticized Y, praised them;
    'X held Y responsible', 'X found Y guilty': X accused Y; 'X designated Y a terrorist state': X
    sanctioned Y."""
    relation = _relation(ctx, descriptions, official=verb.lemma_.lower() in ctx.lexicon.designating_verbs)
    if blamed := [d for d in descriptions if d.lemma_.lower() in ctx.lexicon.blaming_words]:
        relation = None if any(_negated(d) for d in blamed) else ctx.lexicon.verbs["accuse"]
    obj = child(verb, "dobj") or next((s for d in descriptions if (s := _described(d)) is not None), None)
    if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        obj = verb.head  # "the raid, which X described as a massacre"
    if relation is None or obj is None:
        return
    targets = judged(ctx, relation, obj) or _doer(ctx, obj)
    yield Candidate(verb, relation, ctx.subjects(verb), targets, clause=verb, intent=False)


def _pointed_out(ctx: Context, verb: Token, thing: Token, descriptions: list[Token]) -> Iterator[Candidate]:
    """'X noted the aggressive conduct of Y', 'X highlighted Y's constructive role': naming a thing by a
    damning or a praising word of its own criticises or praises whoever did it."""
    relation = _relation(ctx, descriptions)
    doers = ctx.subjects(verb)
    targets = [m for m in ctx.owners(thing) if m not in doers]
    if relation is not None and targets:
        yield Candidate(verb, relation, doers, targets, clause=verb, intent=False)


def _a_deed(ctx: Context, noun: Token | None) -> bool:
    """Whether a noun names a hostile deed, named again or not ('behind the bombing', 'behind the attack')."""
    sense = ctx.sense_of(noun)
    return sense is not None and sense.relation in ctx.lexicon.intent.hostile


def _set_off(description: Token) -> bool:
    """Whether an apposition is set off by a comma, so says who the object is, not what the verb calls it ('called
    the envoy, a veteran diplomat, on Friday')."""
    return description.dep_ == "appos" and description.doc[description.left_edge.i - 1].is_punct


def _before_its_noun(description: Token) -> bool:
    """Whether an adjective the parser hung on the object stands before it, so is the object's own ('called the
    brutal raid a massacre'), not what the verb calls it ('called the raid "brutal"', quoted or not)."""
    return description.dep_ == "amod" and description.i < description.head.i


def _the_object(description: Token) -> bool:
    """Whether an object is the verb's only or first one, so is what it describes, not the description: 'designated
    X a terrorist group' has two, the second what X is called."""
    before = [c for c in description.head.children if c.dep_ == "dobj" and c.i < description.i]
    return description.dep_ == "dobj" and not before


def _described(description: Token) -> Token | None:
    """Whom an adjective parsed as a clause of its own describes: its subject ('held X responsible'), or the name
    the parser hung on the adjective as its modifier ('found Ana Ruiz guilty')."""
    return child(description, "nsubj") or (child(description, "compound") if description.pos_ == "ADJ" else None)


def _negated(description: Token) -> bool:
    """'found X not guilty': the description is denied."""
    return any(c.dep_ == "neg" for c in (*description.children, *description.head.children))


def _doer(ctx: Context, thing: Token) -> list[Mention]:
    """Who did a thing named as an object: 'X held exercises surrounding the island' -> X."""
    steps = 0
    while thing.dep_ == "dobj" and thing.head.dep_ == "acl" and steps < 3:
        thing, steps = thing.head.head, steps + 1
    if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
        return ctx.subjects(thing.head)
    return []


RULE = Rule(NAME, confidence=0.8, read=read)
