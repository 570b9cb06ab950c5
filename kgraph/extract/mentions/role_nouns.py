"""Role nouns: 'the Foreign Secretary', "Freedonia's foreign minister", 'his Freedonian counterpart' name
one person by the office they hold; the resolver finds the holder the article names."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span, Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context, hyphened_on
from kgraph.extract.syntax import pobj
from kgraph.model import EntityType, Mention, MentionKind

COUNTERPART = "counterpart"  # "his Freedonian counterpart": the other side's holder of the possessor's office
INDEFINITE = {"a", "an", "another", "any", "each", "every", "no", "some"}
# "the first envoy ever sent", "the former prime minister": a description, not this article's holder.
POST_PREPS = {"to", "of", "for"}  # "envoy to Ruritania Ana Ruiz": the post's place comes before the name
POST_WORDS = 3
NOT_THE_HOLDER = {"first", "second", "third", "last", "only", "former", "previous", "next", "new", "future", "late"}


def find(ctx: Context) -> Iterator[Found]:
    titles = ctx.gazetteer.title_words | {COUNTERPART}
    for chunk in ctx.doc.noun_chunks:
        title = _title_ending(" ".join(t.lower_.replace("-", " ") for t in chunk if t.tag_ != "POS"), titles)
        if title is not None and refers_by_role(ctx, chunk):
            yield _role_mention(ctx, chunk, title)


def _title_ending(words: str, titles: frozenset[str]) -> str | None:
    """The longest title the words end with, in whole words: 'the foreign minister' -> 'foreign minister'."""
    parts = words.split(" ")
    return next((ending for i in range(len(parts)) if (ending := " ".join(parts[i:])) in titles), None)


def _role_mention(ctx: Context, chunk: Span, title: str) -> Found:
    """The title without its determiner or possessor, serving the country or body the phrase names."""
    start = next((t.i for t in chunk if t.dep_ not in {"det", "poss"} and t.tag_ != "POS"), chunk.root.i)
    span = ctx.doc[start : chunk.root.i + 1]
    served = next(
        (m.gazetteer_id for t in chunk if (m := ctx.mentions.get(t.i)) and m.gazetteer_id and not _origin(ctx, t)),
        None,
    )
    of = next((c for c in chunk.root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
    if served is None and (owner := ctx.mentions.get(getattr(pobj(of), "i", -1))):
        served = owner.gazetteer_id  # "the president of Freedonia"
    served = ctx.gazetteer.actor(served).id if served else None
    if title == COUNTERPART:
        mention = Mention(span.text, span.start_char, span.end_char, EntityType.PERSON, served, MentionKind.COUNTERPART)
    else:
        mention = Mention(
            span.text, span.start_char, span.end_char, EntityType.PERSON, served, MentionKind.ROLE, title=title
        )
    return Found(span.start, span.end, mention)


def _origin(ctx: Context, tok: Token) -> bool:
    """Whether a name says where the holder comes from ('the Freedonian-born envoy'), not whom they serve."""
    after = tok.i + 2
    return hyphened_on(tok) and after < len(tok.doc) and tok.doc[after].lower_ in ctx.lexicon.origin_participles


def refers_by_role(ctx: Context, chunk: Span) -> bool:
    """Whether a noun phrase ending in a title points at one holder the article names.

    Not a title before a name ('Foreign Secretary Ana Ruiz') or describing one ('Ana Ruiz,
    Freedonia's foreign minister', 'Ruiz is the foreign secretary'): those are roles, read by
    kgraph/extract/roles.py. Not plural, indefinite, ordinal or former holders ('a minister', 'the
    first envoy ever sent'), nor a bare title with no 'the', possessor or country."""
    head = chunk.root
    named = [m for t in chunk if (m := ctx.mentions.get(t.i))]
    if head.tag_ in {"NNS", "NNPS"} or head.dep_ in {"appos", "compound", "attr", "oprd"}:
        return False
    if _before_a_name(head) or any(c.dep_ == "appos" and not _short_form(c) for c in head.children):
        return False
    if head.dep_ == "conj" or any(c.dep_ == "conj" for c in head.children):  # "Trade Minister and Envoy Ana Ruiz"
        titled = [t for c in (head, *head.children) if c.dep_ == "conj" or c is head for t in c.subtree]
        if any(t.ent_type_ == "PERSON" for t in titled if t.i > head.i):
            return False
    if any(m.type is EntityType.PERSON and m.kind is MentionKind.NAME for m in named):
        return False
    if chunk[0].lower_ in INDEFINITE or any(t.lower_ in NOT_THE_HOLDER or t.tag_ == "JJS" for t in chunk):
        return False
    return chunk[0].lower_ == "the" or chunk[0].dep_ == "poss" or any(m.gazetteer_id for m in named)


def _short_form(tok: Token) -> bool:
    """Whether an apposition is the phrase's short form in brackets ('... of Military Intelligence (DMI)'), no name."""
    return tok.is_upper and tok.i > 0 and tok.nbor(-1).text == "("


def _before_a_name(head: Token) -> bool:
    """Whether a title runs on into a person's name: 'Envoy Ana Ruiz', or with the place or body of its post
    between ('Envoy to Ruritania Ana Ruiz')."""
    doc, after = head.doc, head.i + 1
    if after < len(doc) and doc[after].lower_ in POST_PREPS:
        end = min(len(doc), after + 1 + POST_WORDS)
        after = next((t.i for t in doc[after + 1 : end] if t.ent_type_ == "PERSON" or t.pos_ != "PROPN"), end)
    return after < len(doc) and doc[after].ent_type_ == "PERSON"
