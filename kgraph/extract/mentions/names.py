"""Names: the entities the tagger and the gazetteer found, honorific names ('Mr Berg') and surnames
repeated alone, trimmed to the name itself; words that only look like names are left out."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import PERSON_PRONOUNS
from kgraph.model import EntityType, Mention

ENTITY_TYPES = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.PLACE,
    "NORP": EntityType.GROUP,
    "ORG": EntityType.ORGANIZATION,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
}
NOT_NAMES = PERSON_PRONOUNS | {"i", "we", "they", "it", "you", "us", "them", "this", "that"}
TRAILING = {"ADP", "DET", "CCONJ", "PUNCT"}  # "the City of": not part of a name
HEADLINE_WORDS = {"VERB", "NOUN", "ADJ", "ADV"}


def find(ctx: Context) -> Iterator[Found]:
    """Every name, over the tokens of the entity that named it (later names replace earlier ones)."""
    names = _Names(ctx)
    for ent in [*ctx.doc.ents, *honorific_names(ctx), *repeated_names(ctx.doc)]:
        if mention := names.mention(ent):
            yield Found(ent.start, ent.end, mention)


def honorific_names(ctx: Context) -> list[Span]:
    """'Mr Berg' is a person even where the tagger missed the name."""
    doc, spans = ctx.doc, []
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.text in ctx.gazetteer.honorifics and nxt.pos_ == "PROPN" and not nxt.ent_type_:
            end = nxt.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            spans.append(Span(doc, nxt.i, end, label="PERSON"))
    return spans


def repeated_names(doc: Doc) -> list[Span]:
    """'Lopez' alone, where the tagger missed it, after the article named 'Maria Lopez'."""
    named = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    return [
        Span(doc, tok.i, tok.i + 1, label="PERSON")
        for tok in doc
        if tok.text in named and tok.pos_ == "PROPN" and not tok.ent_type_
    ]


class _Names:
    """Which entity spans are names, for one article (what it has learnt about its lines and words is kept)."""

    def __init__(self, ctx: Context):
        self.ctx, self.doc, self.gaz = ctx, ctx.doc, ctx.gazetteer
        titles = {t.lower().replace("-", " ") for t in self.gaz.titles}
        honorifics = {h.lower() for h in self.gaz.honorifics}
        self.not_names = NOT_NAMES | self.gaz.not_names | ctx.lexicon.actor_nouns | titles | honorifics
        self.title_case: dict[tuple[int, int], bool] = {}  # by sentence
        self.count: dict[str, int] = {}  # how often a text occurs in the article

    def mention(self, ent: Span) -> Mention | None:
        if ent.label_ not in ENTITY_TYPES:
            return None
        if ent.label_ == "PERSON" and not ent[0].text[:1].isupper():  # "’s Questions"
            return None
        span = self._trimmed(ent)
        if not len(span):
            return None
        gid = ent.ent_id_ or None
        if gid and gid in self.gaz.entries:
            kind = self.gaz.entries[gid].type
        elif not self._is_name(span.text) or self._headline_only(ent):
            return None
        else:
            gid, kind = None, ENTITY_TYPES[ent.label_]
        return Mention(span.text, span.start_char, span.end_char, kind, gid)

    def _trimmed(self, ent: Span) -> Span:
        """The name without 'the', a possessive clitic, a parenthesis or trailing function words;
        with the honorific the article puts before a person ('Mr Berg', 'Sir Tom')."""
        doc = self.doc
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        if ent.label_ == "PERSON" and start > 0 and doc[start - 1].text in self.gaz.honorifics:
            start -= 1
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Freedonia's" without the clitic
        end = next((t.i for t in doc[start:end] if t.text == "("), end)  # "Union (Conservatives"
        while end > start and doc[end - 1].pos_ in TRAILING:
            end -= 1
        return doc[start:end]

    def _is_name(self, text: str) -> bool:
        """Whether the tagger's entity text is a name at all: not 'he', 'Government', 'ministry of x'."""
        key = " ".join(text.lower().replace("-", " ").split())
        return any(c.isupper() for c in text) and key not in self.not_names

    def _headline_only(self, ent: Span) -> bool:
        """A name seen only in a Title Case line ('Urges X to Help End the War'): capitals there prove nothing."""
        sent = self.ctx.sentence(ent.start, ent.end)
        key = (sent.start, sent.end)
        if key not in self.title_case:
            words = [t for t in sent if t.is_alpha and not t.is_stop and not t.ent_type_ and t.pos_ in HEADLINE_WORDS]
            self.title_case[key] = len(words) >= 2 and all(t.text[0].isupper() for t in words)
        if not self.title_case[key]:
            return False
        if ent.text not in self.count:
            self.count[ent.text] = self.doc.text.count(ent.text)
        return self.count[ent.text] == 1
