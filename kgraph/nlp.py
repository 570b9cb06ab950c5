"""spaCy: load the chosen English pipeline, add kgraph's own components, and swap its attribute ruler and lemmatizer
for lookups that annotate every token as they do in less time (kgraph.fast_rules); its layers multiply their
matrices through numpy's BLAS."""

from __future__ import annotations

import re
from collections.abc import Sequence

import spacy
from spacy.attrs import DEP, HEAD, POS, SENT_START, TAG
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_infix_regex
from thinc.api import use_ops

from kgraph.fast_rules import index_attribute_ruler, memoise_lemmas
from kgraph.gazetteer import gazetteer
from kgraph.lexicon import lexicon
from kgraph.spacy_model import BATCH_SIZE, DEFAULT_MODEL, ModelError, installed_models, require_model

__all__ = ["BATCH_SIZE", "DEFAULT_MODEL", "ModelError", "installed_models", "load_pipeline", "require_model"]

# Words a sentence may have before it is cut: the parser, the matchers and the rules cost more than linear
# in a sentence's length, so a text without full stops (or a line of a million words) must not be one sentence.
MAX_SENTENCE_TOKENS = 120
CUT_AFTER = {",", ";", ":", "-", "–", "—", "and", "but", "or"}  # near the limit, a cut goes after one of these
SENTENCE_ENDS = {".", "!", "?", "…"}
HYPHEN_PREFIXES = {"re", "co", "de"}  # 're-open', 'co-operate', 'de-escalate': one word with its prefix
SENSE_KEEPING_PREFIXES = {"re", "co"}  # 're-impose' imposes again, 'co-sponsor' sponsors with others; 'de-' undoes
CUTS = "kgraph_sentences_cut"  # Doc.user_data key: how many sentences were cut


@Language.factory("kgraph_gazetteer", requires=["token.text"], assigns=["doc.ents"])
def make_gazetteer_ruler(nlp: Language, name: str) -> EntityRuler:
    """An entity ruler for gazetteer names; each entity's ent_id_ is its gazetteer id."""
    ruler = EntityRuler(nlp, name=name, overwrite_ents=True)
    with nlp.select_pipes(disable=nlp.pipe_names):  # phrase patterns match on text: the tokenizer is enough
        ruler.add_patterns([_as_split(nlp, pattern) for pattern in gazetteer().ruler_patterns()])
    return ruler


def _as_split(nlp: Language, pattern: dict) -> dict:
    """A name with a prefixed word ('... Co-operation in Europe') as the words of an article are split, where
    kgraph_prefixed_words joins what the tokenizer splits: a pattern of those words."""
    if "-" not in pattern["pattern"]:
        return pattern
    words = prefixed_words(nlp.make_doc(pattern["pattern"]))
    return {**pattern, "pattern": [{"ORTH": t.text} for t in words]}


@Language.component("kgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A new line starts a new sentence (headlines and captions have no final full stop), and a word straight
    after another word on the same line never does: the parser otherwise cuts a country off the title that
    follows it ('Freedonia | Prime Minister Ana Ruiz said ...')."""
    starts, inside = [], []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if "\n" in before.whitespace_ or "\n" in before.text:
            starts.append(tok.i)
        elif before.is_alpha:
            inside.append(tok.i)
    return start_sentences(doc, starts, inside)


def start_sentences(doc: Doc, starts: list[int], inside: Sequence[int] = ()) -> Doc:
    """Mark tokens as sentence starts, and those of `inside` as never one, all at once (setting
    Token.is_sent_start one by one checks the whole Doc each time, which made a text of many lines cost
    their square)."""
    if starts or inside:
        values = doc.to_array([SENT_START]).astype("int64")
        values[starts] = 1
        values[list(inside)] = -1
        doc.from_array([SENT_START], values.astype("uint64"))
    return doc


NAME_PROXY = "He"  # what a sentence's opening name is parsed as, when the tagger took the name for a common noun
SURNAME_PROXY = "Jones"  # what a name the tagger took for a modal verb is parsed as
NOUN_TAGS = {"NN", "NNS", "NNP"}
VERB_TAGS = {"VBD", "VBN", "VBZ"}
REPARSED = "kgraph_sentences_reparsed"  # Doc.user_data key: how many sentences were parsed again
PARSE = [HEAD, DEP, TAG, POS]
PARSING = {"tok2vec", "tagger", "parser", "attribute_ruler"}  # the components a sentence parsed again runs through
LEMMATISING = {"lemmatizer", "kgraph_verb_lemmas"}  # and, where its lemmas are wanted, these
HEADLINE_WORDS = 3  # words of four letters or more a line needs, all capitalised, to be read as a headline


def _reparsed(nlp: Language, sent: Span, words: list[str], lemmas: bool) -> Doc:
    """The sentence parsed again as one sentence, with other words of the same lengths in its tokens' places."""
    proxy = Doc(nlp.vocab, words=words, spaces=[bool(t.whitespace_) for t in sent])
    start_sentences(proxy, [0], range(1, len(proxy)))  # one sentence, as it was
    wanted = PARSING | LEMMATISING if lemmas else PARSING
    for name, component in nlp.pipeline:
        if name in wanted:
            proxy = component(proxy)
    return proxy


def _copy_parses(doc: Doc, parsed: dict[int, Doc], lemmas: bool) -> None:
    """Write each re-parsed sentence's heads, labels and tags (and lemmas) over the Doc's, at the sentence's start."""
    if not parsed:
        return
    values = doc.to_array(PARSE)  # a head as its offset from the token: a sentence's rows move as they are
    for start, proxy in parsed.items():
        values[start : start + len(proxy)] = proxy.to_array(PARSE)
    doc.from_array(PARSE, values)
    if lemmas:
        for start, proxy in parsed.items():
            for tok in proxy:
                doc[start + tok.i].lemma_ = tok.lemma_


@Language.factory(
    "kgraph_named_subjects",
    requires=["token.dep", "token.tag", "doc.ents"],
    assigns=["token.head", "token.dep", "token.tag", "token.pos"],
)
def make_named_subjects(nlp: Language, name: str) -> NamedSubjects:
    return NamedSubjects(nlp)


class NamedSubjects:
    """A sentence that opens with a person's name the tagger took for a common noun, and the verb after it for a
    modifier ('Ruiz imposed tariffs on X' parsed as one noun phrase with 'Ruiz' its root), is parsed again with
    a pronoun in the name's place, and keeps that parse where it makes the name the subject of the verb. A name
    counts where the article names that person in full, or the tagger calls the word a person's. A person's name
    read as a modal verb ('Ana May criticised X') is parsed again with a plain surname in its place."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        names = {e[-1].text for e in doc.ents if e.label_ == "PERSON"}
        misread = [s for s in doc.sents if _opens_with_a_misread_name(s, names)]
        parsed = {s.start: proxy for s in misread if (proxy := self._reparsed(s)) is not None}
        modals = {s.start: (s, name) for s in doc.sents if (name := _name_read_as_a_modal(s)) is not None}
        for start, (sent, name) in modals.items():
            if start not in parsed and (proxy := self._reparsed_name(sent, name)) is not None:
                parsed[start] = proxy
        _copy_parses(doc, parsed, lemmas=False)
        for start in parsed:
            doc[start].lemma_ = doc[start].text
        doc.user_data[REPARSED] = len(parsed)
        return doc

    def _reparsed(self, sent: Span) -> Doc | None:
        """The sentence parsed with a pronoun for its first word, if the pronoun is then the subject of the verb
        after it; the name keeps a proper noun's tag."""
        proxy = _reparsed(self.nlp, sent, [NAME_PROXY, *(t.text for t in sent[1:])], lemmas=False)
        if proxy[0].dep_ != "nsubj" or proxy[0].head.i != 1 or proxy[1].pos_ != "VERB":
            return None
        proxy[0].tag_, proxy[0].pos_ = "NNP", "PROPN"
        return proxy

    def _reparsed_name(self, sent: Span, name: Token) -> Doc | None:
        """The sentence parsed with a surname no one reads as a word in the place of a name read as a modal verb,
        if it is then no auxiliary; the name keeps a proper noun's tag."""
        at = name.i - sent.start
        words = [SURNAME_PROXY if t.i == name.i else t.text for t in sent]
        proxy = _reparsed(self.nlp, sent, words, lemmas=False)
        if proxy[at].dep_ in {"aux", "auxpass"}:
            return None
        proxy[at].tag_, proxy[at].pos_ = "NNP", "PROPN"
        return proxy


def _name_read_as_a_modal(sent: Span) -> Token | None:
    """A person's name the tagger took for a modal verb ('Prime Minister Ana May criticised X'), one it calls a
    person's or a capitalised one after a proper noun: a modal takes a verb's bare form, never its past."""
    return next(
        (
            t
            for t in sent[:-1]
            if (t.tag_ == "MD" or t.dep_ == "aux")
            and (t.ent_type_ == "PERSON" or (t.i > sent.start and t.nbor(-1).tag_ == "NNP" and t.nbor(-1).is_title))
            and t.is_title
            and t.nbor(1).tag_ in {"VBD", "VBN"}
        ),
        None,
    )


@Language.factory(
    "kgraph_headlines",
    requires=["token.dep", "token.tag", "doc.ents"],
    assigns=["token.head", "token.dep", "token.tag", "token.pos", "token.lemma"],
)
def make_headlines(nlp: Language, name: str) -> Headlines:
    return Headlines(nlp)


class Headlines:
    """A line in title case ('Freedonia Slams Ruritania Over Border Incident') misleads the tagger, which takes
    every capitalised word for a name: where it found no verb in the line at all, the line is parsed again with the
    words outside the names the tagger found in lower case, as a sentence would have them, and keeps that parse
    where it reads the line as a clause whose verb reports an event."""

    def __init__(self, nlp: Language):
        self.nlp = nlp

    def __call__(self, doc: Doc) -> Doc:
        misread = [s for s in doc.sents if _in_title_case(s) and not any(t.pos_ == "VERB" for t in s)]
        parsed = {s.start: proxy for s in misread if (proxy := self._reparsed(s)) is not None}
        _copy_parses(doc, parsed, lemmas=True)
        return doc

    def _reparsed(self, sent: Span) -> Doc | None:
        words = [t.text if t.ent_type_ else t.lower_ for t in sent]
        if words == [t.text for t in sent]:
            return None
        proxy = _reparsed(self.nlp, sent, words, lemmas=True)
        root = proxy[:].root
        return proxy if root.pos_ == "VERB" and root.lemma_.lower() in lexicon().verb_words else None


def _in_title_case(sent: Span) -> bool:
    """Whether a line capitalises every word of four letters or more, as headlines do, and has enough of them."""
    long_words = [t for t in sent if t.is_alpha and len(t) >= 4]
    return len(long_words) >= HEADLINE_WORDS and all(t.text[0].isupper() for t in long_words)


def _opens_with_a_misread_name(sent: Span, names: set[str]) -> bool:
    """'Ruiz imposed tariffs': a capitalised noun first, a verb's form right after it, and the noun not that verb's
    subject."""
    if len(sent) < 3:
        return False
    first, second = sent[0], sent[1]
    return (
        not (first.dep_ == "nsubj" and first.head == second)
        and first.tag_ in NOUN_TAGS
        and first.is_title
        and (first.text in names or first.ent_type_ == "PERSON")
        and second.tag_ in VERB_TAGS
    )


ACTOR_ENTITIES = {"GPE", "PERSON", "ORG"}  # the tagger's labels of whom a verb may give something to


@Language.component("kgraph_indirect_objects", requires=["token.dep", "doc.ents"], assigns=["token.head", "token.dep"])
def indirect_objects(doc: Doc) -> Doc:
    """A name right after a verb of giving that the parser read as part of the verb's object, or as a second
    object, is the verb's indirect object: 'gave Freedonia military aid' (read as the noun phrase 'Freedonia
    military aid', though a noun modifier never stands before an adjective), 'sent Freedonia aid' (read as the
    compound 'Freedonia aid'), 'sent Freedonia weapons' (read as two objects). An object with a determiner before
    the name is left alone ('gave the Lima regional office funds'), and so are the objects of other verbs
    ('released Freedonian political prisoners')."""
    moved = [(tok, verb) for tok in doc if (verb := _giving_verb(tok)) is not None]
    if moved:
        values = doc.to_array([HEAD, DEP]).astype("int64")
        for tok, verb in moved:
            values[tok.i] = (verb.i - tok.i, doc.vocab.strings["dative"])
        doc.from_array([HEAD, DEP], values.astype("uint64"))
    return doc


def _giving_verb(tok: Token) -> Token | None:
    """The verb of giving whose indirect object a name is, where the parser took it for (part of) its object."""
    if tok.ent_type_ not in ACTOR_ENTITIES or tok.dep_ not in {"nmod", "compound", "dobj"}:
        return None
    two_objects = tok.dep_ == "dobj"  # "sent Freedonia weapons"
    verb = tok.head if two_objects else tok.head.head
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > tok.i), None) if two_objects else tok.head
    if obj is None or obj.dep_ != "dobj" or verb.pos_ != "VERB" or tok.left_edge.i != verb.i + 1:
        return None
    if not lexicon().gives(verb.lemma_.lower()):
        return None  # "released Freedonian political prisoners": only a verb of giving has an indirect object
    if tok.dep_ == "nmod":  # "Freedonia military aid": no noun modifier stands before an adjective
        misread = any(c.dep_ == "amod" and tok.i < c.i for c in obj.children) and not _determined(obj, tok)
    elif tok.dep_ == "compound":  # "sent Freedonia aid"
        misread = tok.i == obj.i - 1 and not _determined(obj, tok)
    else:
        misread = True
    return verb if misread else None


def _determined(obj: Token, name: Token) -> bool:
    return any(c.dep_ in {"det", "poss"} and c.i < name.i for c in obj.children)


SUBJECT_WORDS = {"det", "amod", "compound", "poss", "nummod"}  # a noun's own words before it


@Language.component(
    "kgraph_clause_verbs",
    requires=["token.dep", "token.tag"],
    assigns=["token.head", "token.dep", "token.tag", "token.pos"],
)
def clause_verbs(doc: Doc) -> Doc:
    """A 'that' clause has a verb: where the parser made a bare verb the head noun of a compound ('demanded that
    the Freedonian government resign', read as the noun phrase 'government resign'), the word is the clause's
    verb and the noun before it the verb's subject, as in a clause a conjunction opens ('until X apologises', the
    verb read as a plural noun). Only a word the lexicon knows as a verb is read so. A noun with a subject and an
    object of its own is a verb too, and so is a past-tense verb read as the root noun's adjective or, with an
    object, as a clause on it."""
    for verb in [t for t in doc if _misread_clause_verb(t) or _misread_adverbial_verb(t)]:
        subject = max(c for c in verb.lefts if c.dep_ == "compound")
        for word in [c for c in verb.lefts if c.i < subject.i and c.dep_ in SUBJECT_WORDS]:
            word.head = subject  # "the Freedonian": the subject's words, no longer the verb's
        subject.dep_ = "nsubj"
        verb.tag_, verb.pos_ = "VBZ" if verb.tag_ == "NNS" else "VB", "VERB"
    for verb in [t for t in doc if _verb_tagged_as_noun(t)]:  # 'said it "rejects" the claims'
        verb.tag_, verb.pos_ = "VBZ" if verb.lower_.endswith("s") else "VBD", "VERB"
    for verb in [t for t in doc if _clause_read_as_one_noun(t)]:  # "demanded that X release Y"
        _make_clause(verb)
    _restore_main_verbs(doc)
    return doc


def _restore_main_verbs(doc: Doc) -> None:
    """A sentence's verb the parser read as a word of a noun phrase heads the sentence again."""
    for verb in [t for t in doc if _main_verb_read_as_adjective(t)]:  # "X evicted Y families": no noun phrase
        noun = verb.head
        verb.head, verb.dep_ = verb, "ROOT"
        noun.head, noun.dep_ = verb, "dobj"
    for verb in [t for t in doc if _main_verb_read_as_modifier(t)]:  # "X armed Xian rebels.": no noun phrase
        _make_main_verb(verb, doc[verb.i - 1])
    for verb in [t for t in doc if _main_verb_between_names(t)]:  # "X's aid to Y angered Z.": no name 'Y angered Z'
        _split_at_verb(verb)
    for verb in [t for t in doc if _main_verb_read_as_apposition(t)]:  # "X's plan to invade Y alarmed Z."
        _take_over_sentence(verb)
    for verb in [t for t in doc if _main_verb_read_as_relative(t)]:  # "the X-led coalition bombed Y."
        noun = verb.head
        for after in [c for c in noun.rights if c.i > verb.i]:
            after.head = verb  # the sentence's full stop
        verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
        noun.head, noun.dep_ = verb, "nsubj"


def _main_verb_read_as_modifier(tok: Token) -> bool:
    """A past-tense verb between a name and a noun that the parser read as the noun's modifier, leaving a sentence
    of running text without a verb ('X armed Xian rebels.', 'X relaxed sanctions on Y.', read as one noun phrase):
    a sentence ending in a full stop has a verb; the word the lexicon knows as a verb's past is it, the name before
    it its subject and the noun its object."""
    head, before = tok.head, tok.nbor(-1) if tok.i else None
    return (
        before is not None
        and tok.dep_ in {"amod", "compound"}
        and _past_form(tok)
        and head.dep_ == "ROOT"
        and head.tag_ in {"NN", "NNS"}
        and head.i > tok.i
        and before.tag_ in {"NNP", "NNPS"}
        and before.head in (head, tok)
        and _without_a_verb(tok, ANY_VERB_TAGS)
        and lexicon().verb_base(tok.lower_) is not None
    )


FINITE_TAGS = {"VBD", "VBZ", "VBP", "MD"}  # the tags of a verb that can head a sentence
ANY_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"}  # and of any verb's form


def _past_form(tok: Token) -> bool:
    """Whether a word the tagger read as an adjective or a participle has a past tense's form ('armed')."""
    return tok.tag_ in {"JJ", "VBN", "VBD"} and tok.lower_.endswith("ed")


def _without_a_verb(tok: Token, tags: set[str] = FINITE_TAGS) -> bool:
    """Whether a sentence of running text (it ends in a full stop) has no verb of these tags but the word: by
    default no finite verb."""
    sent = tok.sent
    return sent[-1].text == "." and not any(t.tag_ in tags for t in sent if t != tok)


def _main_verb_read_as_apposition(tok: Token) -> bool:
    """A past-tense verb and its object that the parser read as a noun phrase in apposition to the sentence's root
    noun, leaving it without a finite verb ("X's plan to invade Y alarmed Z.", read as 'plan ..., [alarmed Z]'): the
    word in the past tense is the sentence's verb, the root noun its subject and the name after it its object."""
    head, root = tok.head, tok.sent.root
    return (
        tok.dep_ == "amod"
        and _past_form(tok)
        and head.tag_ in {"NNP", "NNPS"}
        and head.i == tok.i + 1
        and head.dep_ == "appos"
        and head.head == root
        and root.tag_ in {"NN", "NNS"}
        and _without_a_verb(tok)
    )


def _take_over_sentence(verb: Token) -> None:
    """The verb heads the sentence, the noun phrase that headed it its subject and the name it modified its object."""
    obj, root = verb.head, verb.sent.root
    for after in [c for c in root.rights if c.dep_ == "punct" and c.i > verb.i]:
        after.head = verb  # the sentence's full stop
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    root.head, root.dep_ = verb, "nsubj"
    obj.head, obj.dep_ = verb, "dobj"


def _main_verb_between_names(tok: Token) -> bool:
    """A past-tense verb between two names that the parser read as one name with an adjective inside, leaving a
    sentence of running text without a verb ('X's aid to Y angered Z.', read as 'aid to [Y angered Z]'): no noun
    modifier stands before an adjective, so the word in the past tense is the sentence's verb, the
    noun phrase the sentence opens with its subject and the name after it its object."""
    head, before, root = tok.head, tok.nbor(-1) if tok.i else None, tok.sent.root
    return (
        before is not None
        and tok.dep_ == "amod"
        and _past_form(tok)
        and head.tag_ in {"NNP", "NNPS"}
        and head.i == tok.i + 1
        and before.tag_ in {"NNP", "NNPS"}
        and before.head == head
        and before.dep_ in {"compound", "nmod"}
        and head.dep_ == "pobj"
        and root.tag_ in {"NN", "NNS"}
        and root.i < before.i
        and _without_a_verb(tok)
    )


def _split_at_verb(verb: Token) -> None:
    """The name before the verb ends the phrase it was read into; the verb heads the sentence, with the sentence's
    noun phrase its subject and the name after it its object."""
    obj, before = verb.head, verb.nbor(-1)
    for word in [c for c in obj.lefts if c.i < before.i]:
        word.head = before  # "the Freedonian": the first name's words
    before.head, before.dep_ = obj.head, obj.dep_
    _take_over_sentence(verb)


def _make_main_verb(verb: Token, subject: Token) -> None:
    """The verb heads its sentence, the name before it its subject (with that name's own words) and the noun it
    was read to modify its object."""
    noun = verb.head
    for word in [c for c in noun.lefts if c.i < subject.i]:
        word.head = subject  # "the Freedonian": the subject's words
    for after in [c for c in noun.rights if c.dep_ == "punct"]:
        after.head = verb  # the sentence's full stop
    verb.head, verb.dep_, verb.tag_ = verb, "ROOT", "VBD"
    subject.head, subject.dep_ = verb, "nsubj"
    noun.head, noun.dep_ = verb, "dobj"


def _main_verb_read_as_relative(tok: Token) -> bool:
    """A verb with an object that the parser hung on the root noun of a sentence of running text as a clause on it
    ('the X-led coalition bombed Y.', read as 'the coalition [that was] bombed Y'): a participle that modifies a noun
    takes no object, and a sentence ending in a full stop has a verb; it is the sentence's verb, the noun its
    subject. Not in a headline, where a participle may be all there is ('Envoy given award')."""
    head = tok.head
    return (
        tok.tag_ in {"VBD", "VBN"}
        and tok.dep_ == "acl"
        and head.dep_ == "ROOT"
        and head.tag_ in {"NN", "NNS", "NNP", "NNPS"}
        and head.i < tok.i
        and any(c.dep_ == "dobj" for c in tok.children)
        and not any(c.dep_ in {"agent", "nsubj", "nsubjpass"} for c in tok.children)
        and tok.sent[-1].text == "."
    )


def _main_verb_read_as_adjective(tok: Token) -> bool:
    """A verb in the past tense that the parser hung on the sentence's root noun as its adjective, with a subject
    of its own ('X evicted Y families from the land', read as the noun phrase 'evicted Y families'): a finite verb
    modifies no noun, it is the sentence's verb and the noun its object."""
    head = tok.head
    return (
        tok.tag_ == "VBD"
        and tok.dep_ == "amod"
        and head.dep_ == "ROOT"
        and head.tag_ in {"NN", "NNS"}  # the tags, not the parts of speech: those are mapped after this
        and head.i > tok.i
        and any(c.dep_ == "nsubj" for c in tok.children)
    )


def _clause_read_as_one_noun(tok: Token) -> bool:
    """A bare verb inside a noun phrase that opens with 'that' ('demanded that Freedonia release the sailors', read
    as one noun phrase 'Freedonia release sailors' with 'that' for its mark), with a noun before it: the clause's
    verb, between its subject and its object. Only a word the lexicon knows as a verb, in its bare form."""
    head = tok.head
    return (
        tok.dep_ == "compound"
        and tok.tag_ in {"NN", "VB", "VBP"}
        and head.i > tok.i
        and head.head.i != head.i  # a phrase with a verb above it, to hang the clause on
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in head.lefts)
        and any(c.dep_ == "compound" and c.i < tok.i for c in (*tok.lefts, *head.lefts))
        and tok.lower_ in lexicon().verb_words
    )


def _make_clause(verb: Token) -> None:
    """The noun phrase around a misread clause verb becomes its clause: the noun before it its subject (with the
    words before that), the phrase's head its object, 'that' its mark."""
    obj = verb.head
    before = [c for c in (*verb.lefts, *obj.lefts) if c.i < verb.i]
    subject = max(c for c in before if c.dep_ == "compound")
    verb.head, verb.dep_ = obj.head, "ccomp"
    for word in [c for c in before if c.i < subject.i]:
        word.head = verb if word.dep_ == "mark" else subject
    obj.head, obj.dep_ = verb, "dobj"
    subject.head, subject.dep_ = verb, "nsubj"
    verb.tag_, verb.pos_ = "VB", "VERB"


def _verb_tagged_as_noun(tok: Token) -> bool:
    """A word the tagger took for a plural or past noun that the parser gives a subject and an object of its own
    heads a clause: it is its verb (quotation marks around a verb can mislead the tagger: 'said it "rejects" the
    claims'). Only a word the lexicon knows as a verb is read so."""
    return (
        tok.tag_ in {"NNS", "NN"}
        and (tok.lower_.endswith("s") or tok.lower_.endswith("ed"))
        and any(c.dep_ == "nsubj" for c in tok.children)
        and any(c.dep_ == "dobj" for c in tok.children)
        and {tok.lower_[:-1], tok.lower_[:-2]} & lexicon().verb_words  # "rejects", "condemned", "praised"
    )


def _misread_adverbial_verb(tok: Token) -> bool:
    """'until Freedonia apologises', 'unless X withdraws': a clause a subordinating conjunction opens has a verb,
    where the tagger took its verb for a plural noun with the name before it as its modifier. Only a word that is a
    regular '-s' form of a verb the lexicon knows is read so."""
    return (
        tok.tag_ == "NNS"
        and tok.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.tag_ == "IN" for c in tok.lefts)
        and any(c.dep_ == "compound" and c.tag_ in {"NNP", "NNPS"} for c in tok.lefts)
        and tok.lower_.endswith("s")
        and lexicon().verb_base(tok.lower_) is not None
    )


def _misread_clause_verb(tok: Token) -> bool:
    return (
        tok.tag_ == "NN"
        and tok.dep_ == "ccomp"
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in tok.lefts)
        and any(c.dep_ == "compound" for c in tok.lefts)
        and tok.lower_ in lexicon().verb_words
    )


@Language.component(
    "kgraph_result_particles", requires=["token.dep", "token.lemma"], assigns=["token.head", "token.dep"]
)
def result_particles(doc: Doc) -> Doc:
    """An adjective that says what a verb makes of its object is a particle of the verb where the two make a
    phrasal verb the lexicon knows ('set X free', 'let free X'), wherever the parser attached it: as a clause of
    the verb (whose subject is then the verb's object), as a particle holding the verb's object, or as a modifier
    of the object right after the verb."""
    lex = lexicon()
    for adjective in [t for t in doc if t.lower_ in lex.result_adjectives]:
        verb = _made_by(adjective)
        if verb is not None and lex.phrasal_relation(verb.lemma_.lower(), adjective.lower_):
            for made in [c for c in adjective.children if c.dep_ in {"nsubj", "dobj"}]:  # "set [the prisoners free]"
                made.head, made.dep_ = verb, "dobj"  # and "let [free some prisoners]", the object on the adjective
            adjective.head, adjective.dep_ = verb, "prt"
    return doc


def _made_by(adjective: Token) -> Token | None:
    """The verb a result adjective may belong to: its head ('set X free'), or its noun's verb where the adjective
    stands right after that verb ('set free two prisoners')."""
    head = adjective.head
    if adjective.dep_ in {"ccomp", "acomp", "oprd", "advmod", "xcomp", "advcl", "prt"} and head.pos_ in {"VERB", "AUX"}:
        return head
    if adjective.dep_ in {"amod", "acomp"} and head.dep_ == "dobj" and adjective.i == head.head.i + 1:
        return head.head
    return None


@Language.component("kgraph_noun_prepositions", requires=["token.dep", "token.lemma"], assigns=["token.head"])
def noun_prepositions(doc: Doc) -> Doc:
    """A preposition the parser hung on a verb right after the noun of the verb's other phrase is the noun's, where
    that noun names an event that takes it (the lexicon's nouns) or a border ('with' the other side): 'closed the
    border in solidarity with X' (the solidarity is with X), 'sent troops to the border with X'."""
    lex = lexicon()
    for prep in [t for t in doc if t.dep_ == "prep" and t.i and t.head.pos_ in {"VERB", "AUX"}]:
        noun = doc[prep.i - 1]
        if noun.dep_ != "pobj" or noun.head.head != prep.head:
            continue
        forms = (noun.lower_, noun.lemma_.lower())
        sense = lex.noun_sense(*forms)
        border = prep.lower_ == "with" and lex.is_border(*forms)  # "sent troops to the border with X"
        if border or (sense is not None and prep.lower_ in sense.preps):
            prep.head = noun
    return doc


@Language.component("kgraph_prefixed_words", requires=["token.text"], assigns=["token.text"])
def prefixed_words(doc: Doc) -> Doc:
    """A word written with a prefix and a hyphen ('re-open', 'co-operate', 'de-escalate') is one word, as written
    without the hyphen: the tokenizer splits it, and the parser then reads the prefix as a verb of its own."""
    with doc.retokenize() as retokenizer:
        for prefix in doc[:-2]:
            if _hyphen_prefix(prefix):
                retokenizer.merge(doc[prefix.i : prefix.i + 3])
    return doc


def _hyphen_prefix(tok: Token) -> bool:
    hyphen, word = tok.nbor(1), tok.nbor(2)
    before = tok.nbor(-1) if tok.i else None
    first = before is None or bool(before.whitespace_) or before.is_punct or before.is_space
    joined = not tok.whitespace_ and hyphen.text == "-" and not hyphen.whitespace_
    return first and joined and tok.lower_ in HYPHEN_PREFIXES and word.is_alpha and word.is_lower


@Language.component("kgraph_verb_lemmas", requires=["token.lemma", "token.pos"], assigns=["token.lemma"])
def verb_lemmas(doc: Doc) -> Doc:
    """A verb the lemmatizer got wrong ('staged' -> 'stag') gets the base form the lexicon knows, found by
    undoing a regular inflection; a lemma the lexicon already knows is left alone. A word with a prefix and a
    hyphen has the lemma of the word written without the hyphen ('co-operated' -> 'cooperate'), else, for a verb
    the lexicon knows only without a prefix that keeps its sense, that verb's ('re-imposed' -> 'impose': done
    again; never 'de-escalate' -> 'escalate')."""
    lex = lexicon()
    for tok in doc:
        prefix, hyphen, stem = tok.lower_.partition("-")
        if hyphen and prefix in HYPHEN_PREFIXES:
            tok.lemma_ = tok.lemma_.lower().replace("-", "", 1)
            if tok.pos_ == "VERB":
                stem_verb = lex.verb_base(stem) if prefix in SENSE_KEEPING_PREFIXES else None
                tok.lemma_ = lex.verb_base(prefix + stem) or stem_verb or tok.lemma_
        elif tok.pos_ == "VERB" and tok.lemma_.lower() not in lex.verb_words:
            base = lex.verb_base(tok.lower_)
            if base is not None:
                tok.lemma_ = base
    return doc


@Language.component("kgraph_long_sentences", assigns=["token.is_sent_start"])
def long_sentence_boundaries(doc: Doc) -> Doc:
    """A stretch of more than MAX_SENTENCE_TOKENS words without a full stop or a new line is cut into
    sentences of at most that many words (after a comma or conjunction near the limit where there is one),
    so that no later step costs more than linear in the length of a text."""
    run, cut, long_ones, starts = 0, False, 0, []
    for tok in doc[1:]:
        before = doc[tok.i - 1]
        if tok.is_sent_start or before.text in SENTENCE_ENDS:
            run, cut = 0, False
            continue
        run += 1
        near_limit = run >= MAX_SENTENCE_TOKENS * 3 // 4 and before.lower_ in CUT_AFTER
        if run >= MAX_SENTENCE_TOKENS or near_limit:
            starts.append(tok.i)
            long_ones += not cut
            run, cut = 0, True
    doc.user_data[CUTS] = long_ones
    return start_sentences(doc, starts)


def parse_notes(doc: Doc) -> tuple[str, ...]:
    """What parsing changed in an article, to tell the user."""
    cuts = doc.user_data.get(CUTS, 0)
    if not cuts:
        return ()
    return (
        f"{cuts} over-long sentence{'s' if cuts > 1 else ''} cut (more than {MAX_SENTENCE_TOKENS} words "
        "without a full stop)",
    )


def load_spacy(name: str) -> Language:
    """The named spaCy pipeline, its layers multiplying matrices with numpy's BLAS instead of thinc's BLIS.

    Same weights, same sums up to rounding, and the same annotation of every token (tests/test_fast_rules.py
    compares them). Why: numpy's OpenBLAS chooses kernels made for the CPU it finds, where the BLIS bundled with
    thinc falls back to its slow generic kernel on processors it does not know (newer AMD ones among them).
    """
    with use_ops("numpy", use_blis=False):
        return spacy.load(name)


@Language.component("kgraph_shifted_objects", requires=["token.dep", "token.tag"], assigns=["token.head", "token.dep"])
def shifted_objects(doc: Doc) -> Doc:
    """An object moved after the verb's 'as' complement is the verb's object: 'rejected as baseless the claims by
    X', 'denounced as illegal X's decision', which the parser reads as one phrase 'as [baseless the claims]'."""
    for verb in [t for t in doc if t.tag_.startswith("VB") and not any(c.dep_ == "dobj" for c in t.children)]:
        if shifted := _shifted_object(verb):
            prep, described, noun = shifted
            noun.head, noun.dep_ = verb, "dobj"
            described.head, described.dep_ = prep, "pobj"
    return doc


def _shifted_object(verb: Token) -> tuple[Token, Token, Token] | None:
    """The 'as', the adjective right after it and the noun of a verb's 'as' phrase, where a determiner or an owner
    of the noun follows the adjective: no determiner follows an adjective of its own noun phrase ('acted as senior
    broker' is one phrase)."""
    prep = next((c for c in verb.rights if c.dep_ == "prep" and c.lower_ == "as"), None)
    noun = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    if noun is None or prep.i + 1 >= noun.i:
        return None
    described = verb.doc[prep.i + 1]
    if described.tag_ != "JJ" or described.head not in (noun, *noun.lefts):
        return None
    determined = any(c.dep_ in {"det", "poss"} and c.i > described.i for c in noun.lefts)
    return (prep, described, noun) if determined else None


ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"  # "U.S.-China": the tokenizer splits no hyphen after a point


def split_abbreviation_hyphens(nlp: Language) -> None:
    """Split a hyphen after an abbreviation's point ('U.S.-China talks', 'U.K.-based'), as the tokenizer splits one
    between letters ('US-China talks'): the abbreviation is a name of its own."""
    nlp.tokenizer.infix_finditer = compile_infix_regex([*nlp.Defaults.infixes, ABBREVIATION_HYPHEN]).finditer


SLASHED_ACRONYM = re.compile(r"[A-Z]{2,}/[A-Z]$")  # "the XLM/A": a movement and its army, one name


def keep_slashed_acronyms(nlp: Language) -> None:
    """Keep an acronym with a slash and one letter after it whole ('XLM/A' for a movement and its army), which the
    tokenizer would split into two names and a symbol."""
    nlp.tokenizer.token_match = SLASHED_ACRONYM.match


def load_pipeline(name: str = DEFAULT_MODEL) -> Language:
    """The named spaCy English pipeline (package or path) with kgraph's components added."""
    require_model(name)
    nlp = load_spacy(name)
    if nlp.lang != "en":
        raise ModelError(f"spaCy pipeline {name!r} is for language {nlp.lang!r}; kgraph reads English")
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser; kgraph's rules need one")
    if "attribute_ruler" in nlp.pipe_names:
        index_attribute_ruler(nlp)
    split_abbreviation_hyphens(nlp)
    keep_slashed_acronyms(nlp)
    nlp.add_pipe("kgraph_prefixed_words", first=True)
    nlp.add_pipe("kgraph_paragraphs", before="parser")
    nlp.add_pipe("kgraph_long_sentences", after="kgraph_paragraphs")
    if "lemmatizer" in nlp.pipe_names:
        memoise_lemmas(nlp)
        nlp.add_pipe("kgraph_verb_lemmas", after="lemmatizer")
        nlp.add_pipe("kgraph_result_particles", after="kgraph_verb_lemmas")
        nlp.add_pipe("kgraph_noun_prepositions", after="kgraph_result_particles")
    if "tagger" in nlp.pipe_names:
        nlp.add_pipe("kgraph_clause_verbs", after="parser")
        nlp.add_pipe("kgraph_shifted_objects", after="kgraph_clause_verbs")
    nlp.add_pipe("kgraph_gazetteer", before="ner" if "ner" in nlp.pipe_names else None)
    if "ner" in nlp.pipe_names and "tagger" in nlp.pipe_names:
        nlp.add_pipe("kgraph_headlines", after="ner")
        nlp.add_pipe("kgraph_named_subjects", after="kgraph_headlines")
    nlp.add_pipe("kgraph_indirect_objects", last=True)
    return nlp
