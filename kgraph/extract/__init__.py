"""From a parsed spaCy Doc to mentions, facts and roles: plain dataclasses, no spaCy past here.

    context.py     the read-only Context: Doc, lexicon, gazetteer, mentions, argument finders
    mentions/      mention passes, one kind of mention a module, run in one declared order
    rules/         rules, one construction a module, registered by name (registry.py); each anchors
                   its trigger with the DependencyMatcher patterns in kgraph/data/rules/<name>.json
    finish.py      the one finishing step: a rule's candidate -> facts (modality, intent, evidence,
                   date, place, confidence, the rule's name)
    roles.py       titles and appositions -> roles

docs/extraction.md tells how a fact is made and how to add a construction.
"""

from __future__ import annotations

from types import MappingProxyType

from spacy.tokens import Doc

from kgraph.extract import rules as _builtin_rules  # noqa: F401  (registers the built-in rules)
from kgraph.extract.context import Context
from kgraph.extract.finish import facts as finished_facts
from kgraph.extract.mentions import find_mentions
from kgraph.extract.registry import RULES, evokers, find_anchors
from kgraph.extract.roles import roles as find_roles
from kgraph.gazetteer import gazetteer
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import Document, Extraction, Fact, Mention

__all__ = ["extract"]


def extract(doc: Doc, document: Document, lex: Lexicon | None = None) -> Extraction:
    """Every mention, fact and role one article states; words are read with `lex` (default: lexicon.json)."""
    found: dict[int, Mention] = {}
    lex = lex or lexicon()
    ctx = Context(doc, document, lex, gazetteer(), MappingProxyType(found), find_anchors(doc), evokers())
    find_mentions(ctx, found)
    facts = _one_per_statement(_facts(ctx))
    roles = tuple(dict.fromkeys(find_roles(ctx)))
    pairs = tuple(_named_together(ctx))
    mentions = set(found.values())  # and those rules built: "the Freedonian Chamber of Trade in Ruritania"
    mentions |= {m for f in facts for m in (f.subject, f.object)}
    mentions |= {m for r in roles for m in (r.person, r.affiliation) if m is not None}
    return Extraction(
        document=document,
        mentions=tuple(sorted(mentions, key=_text_order)),
        facts=facts,
        roles=roles,
        pairs=pairs,
    )


def _facts(ctx: Context) -> list[Fact]:
    """Every rule's facts, in text order of their triggers and, on one trigger, in registry order."""
    read = [
        (anchor.trigger.i, order, rule.name, rule.confidence, cand)
        for order, rule in enumerate(RULES.values())
        for anchor in ctx.anchors(rule.name)
        for cand in rule.read(ctx, anchor)
    ]
    read.sort(key=lambda item: item[:2])
    return [fact for _, _, name, confidence, cand in read for fact in finished_facts(ctx, name, confidence, cand)]


def _one_per_statement(facts: list[Fact]) -> tuple[Fact, ...]:
    """One fact per statement, from the surest rule that found it (the first, on a tie)."""
    best: dict[tuple, Fact] = {}
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start, fact.modality)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return tuple(best.values())


def _named_together(ctx: Context) -> list[tuple[Mention, Mention]]:
    """Two actors the article names together, in text order: 'X and Y', 'X and Y's leaders'; what a later
    'both sides' or 'the two countries' may stand for."""
    pairs = []
    for tok in ctx.doc:
        first = ctx.mentions.get(tok.i)
        if first is None or first.plural:
            continue
        for conj in (c for c in tok.children if c.dep_ == "conj"):
            second = ctx.mentions.get(conj.i)
            if second is not None and second != first and not second.plural:
                pairs.append((first, second))
        for left in (c for c in tok.children if ctx.joined_before(tok, c)):  # "Title X and Title Y", misparsed
            pairs.append((ctx.mentions[left.i], first))
    return list(dict.fromkeys(pairs))


def _text_order(m: Mention) -> tuple:
    """Mentions in text order; mentions of one stretch in a fixed order, so a build is repeatable."""
    return (m.start, m.end, m.kind, m.type, m.text, m.gazetteer_id or "")
