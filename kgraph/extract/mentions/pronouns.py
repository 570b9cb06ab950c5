"""Personal pronouns: 'he', 'she', 'his', 'her' stand for a person the resolver finds before them; 'it' as an
object stands for a state or body the resolver may find before it ('X imposed sanctions on it').

A personal pronoun whose nearest person before it is one the article does not name ('police arrested a
man; his lawyer said ...') stands for that person, whom the graph has no node for: it is no mention, where
the resolver would take the last person named."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context
from kgraph.extract.syntax import PERSON_PRONOUNS, SUBJECT_DEPS, VERBAL, child
from kgraph.model import EntityType, Mention, MentionKind

OBJECT_DEPS = {"dobj", "pobj", "dative"}  # where 'it' is what something is done to, never a dummy subject
INDEFINITE = {"a", "an"}
DESCRIBING_DEPS = {"appos", "attr"}  # "X, a lawyer," and "X is a lawyer" describe X: no one else
ARGUMENT_DEPS = {"dobj", "pobj", "nsubj", "nsubjpass"}  # where a noun names someone an event involves


def find(ctx: Context) -> Iterator[Found]:
    unnamed_last = False  # whether the nearest person so far is one the article does not name
    for tok in ctx.doc:
        if (known := ctx.mentions.get(tok.i)) is not None and known.type is EntityType.PERSON:
            unnamed_last = False
        elif _unnamed_person(ctx, tok):
            unnamed_last = True
        if tok.pos_ != "PRON" or tok.i in ctx.mentions:
            continue
        if (bound := _those_just_acted_on(ctx, tok)) is not None:
            yield Found(tok.i, tok.i + 1, bound)  # "expelled two X diplomats, accusing them of spying": X's
            continue
        if tok.lower_ in PERSON_PRONOUNS:
            if unnamed_last or _unnamed_sayer(ctx, tok):
                continue
            entity_type = EntityType.PERSON
        elif tok.lower_ == "it" and tok.dep_ in OBJECT_DEPS:
            entity_type = EntityType.COUNTRY  # a state or a body: the resolver says which, if any
        else:
            continue
        yield Found(
            tok.i, tok.i + 1, Mention(tok.text, tok.idx, tok.idx + len(tok), entity_type, kind=MentionKind.PRONOUN)
        )


def _unnamed_person(ctx: Context, tok: Token) -> bool:
    """'a man', 'a Freedonian national', 'an official': one person the article introduces without a name; not
    one a named person's clause brings in ('X met an official. He said ...': X stays the one spoken of)."""
    lex = ctx.lexicon
    lemma = tok.lemma_.lower()
    return (
        (tok.pos_ == "NOUN" or tok.dep_ in ARGUMENT_DEPS)  # the tagger may take "a national" for an adjective
        and tok.lower_ == lemma
        and (lemma in lex.people_nouns or lemma in lex.actor_nouns)
        and lemma not in lex.press_nouns
        and tok.dep_ not in DESCRIBING_DEPS
        and tok.i not in ctx.mentions
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in tok.children)
        and not _named_person_acts(ctx, tok)
    )


def _those_just_acted_on(ctx: Context, pronoun: Token) -> Mention | None:
    """Whom 'them' stands for in a participle clause on a verb done to people: those people ('expelled two X
    diplomats, accusing them of spying', 'freed the X sailors, handing them over to Y'), when one actor names them."""
    clause = pronoun.head
    if pronoun.lower_ != "them" or pronoun.dep_ not in OBJECT_DEPS or clause.tag_ != "VBG":
        return None
    if clause.dep_ not in {"advcl", "xcomp", "conj"} or (people := child(clause.head, "dobj")) is None:
        return None
    actors = ctx.actors(people) if people.tag_ == "NNS" else []
    return actors[0] if len(actors) == 1 else None


def _unnamed_sayer(ctx: Context, pronoun: Token) -> bool:
    """'The union chief turned the offer down, saying she would call a strike': the subject of what someone says is,
    read first, the one who says it; where that is a person the article gives no name, the pronoun is no mention of
    anyone named, however recently ('the tribunal's senior judge said she would ...')."""
    clause = pronoun.head
    saying = clause.head
    if pronoun.dep_ != "nsubj" or clause.dep_ != "ccomp" or saying.lemma_.lower() not in ctx.lexicon.reporting_verbs:
        return False
    sayer = child(saying, "nsubj")
    if sayer is None and saying.dep_ in {"advcl", "xcomp", "conj"}:
        sayer = child(saying.head, "nsubj")  # "..., saying he would": the main clause's subject says it
    if sayer is None or sayer.i in ctx.mentions or sayer.pos_ != "NOUN":
        return False
    lex, lemma = ctx.lexicon, sayer.lemma_.lower()
    return lemma in lex.people_nouns or lemma in lex.actor_nouns or lemma in ctx.gazetteer.title_words


def _named_person_acts(ctx: Context, tok: Token) -> bool:
    """Whether the subject of the clause a noun is in is a person the article refers to."""
    verb = tok.head
    while verb.pos_ not in VERBAL and verb.head.i != verb.i:
        verb = verb.head
    subjects = (ctx.mentions.get(c.i) for c in verb.children if c.dep_ in SUBJECT_DEPS)
    return any(m is not None and m.type is EntityType.PERSON for m in subjects)
