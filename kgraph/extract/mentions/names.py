"""Names: the entities the tagger and the gazetteer found, honorific names ('Mr Berg') and surnames
repeated alone, trimmed to the name itself; words that only look like names are left out."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from kgraph.extract.candidates import Found
from kgraph.extract.context import Context, hyphened_on
from kgraph.extract.mentions.name_evidence import PLACE_LABELS, evidence_type, is_furniture, speaks
from kgraph.extract.syntax import ADVERBIAL_DEPS, PERSON_PRONOUNS
from kgraph.lexicon import Lexicon
from kgraph.model import EntityType, Mention
from kgraph.name_words import name_words
from kgraph.nlp import SLASHED_ACRONYM
from kgraph.relations import relations

ENTITY_TYPES = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.PLACE,
    "NORP": EntityType.GROUP,
    "ORG": EntityType.ORGANIZATION,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
}
THING_LABELS = {"PRODUCT", "WORK_OF_ART", "EVENT", "LANGUAGE"}  # labels the tagger may give a family name; not a law's
ABSTRACT = re.compile(r"[a-z](tion|sion|ment|ness|ism|ity)$")  # nouns for acts and states: 'Migration', 'Unity'
NOT_NAMES = PERSON_PRONOUNS | {"i", "we", "they", "it", "you", "us", "them", "this", "that"}
TRAILING = {"ADP", "DET", "CCONJ", "PUNCT"}  # "the City of": not part of a name
HEADLINE_WORDS = {"VERB", "NOUN", "ADJ", "ADV"}
ACRONYM = re.compile(r"[A-Z][A-Za-z&.-]{1,9}")
UNTAGGED_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,6}")  # "FLN", "UNHCR"; not "U.S.", a capitalised word or "I"
ACTING_DEPS = {"nsubj", "nsubjpass", "poss"}  # where an actor stands: "the FLN said", "the FLN's leader"
LONE_NAME_DEPS = {"compound", "amod", "det", "poss", "nmod"}  # words of a longer name or a description: no lone name
PERSON_PLACES = {"nsubj", "nsubjpass", "dobj", "pobj", "dative", "appos", "conj"}  # where a name, never a date, stands
BLAMING = "ACCUSE"  # PLOVER's type of blaming someone: 'accused X of', 'blamed X for', 'charged X with'
CHARGE_PREPS = {"of", "for", "with", "over"}  # what the blamed one is blamed for
ARTICLES = {"the", "a", "an"}  # never part of a name: "a World Trade Forum conference"
ACRONYM_GLUE = {"of", "for", "and", "the", "on", "in", "&"}  # words an acronym skips: "Council of Europe"
NAME_WORDS = 4  # how many capitalised words a person's name after a title may run to
MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november"}
MONTHS |= {"december"}  # the calendar's, a closed class
PARTICLE_STARTS = {"van", "von", "de", "da", "di", "del", "der", "al", "bin", "ibn", "el", "le", "la"}


def find(ctx: Context) -> Iterator[Found]:
    """Every name, over the tokens of the entity that named it (later names replace earlier ones)."""
    names = _Names(ctx)
    spans = [
        *ctx.ents,
        *honorific_names(ctx),
        *titled_names(ctx),
        *appositive_names(ctx),
        *repeated_names(ctx),
        *defined_acronyms(ctx.doc),
        *untagged_acronyms(ctx),
        *coordinated_names(ctx),
        *untagged_bodies(ctx),
        *untagged_organisations(ctx),
        *speakers_and_blamed(ctx),
        *month_named_people(ctx),
    ]
    for ent in spans:
        ent = names.whole_person(ent)
        if mention := names.mention(ent):
            span = ctx.doc.char_span(mention.start, mention.end) or ent  # not 'the'; an honorific stays apart
            if span.start <= ent.start and span.end >= ent.end:  # the name runs on past what the tagger took
                yield Found(span.start, span.end, mention)  # 'the X Valley', 'Latin American'
            else:
                yield Found(max(ent.start, span.start), min(ent.end, span.end), mention)


def honorific_names(ctx: Context) -> list[Span]:
    """'Mr Berg' is a person even where the tagger missed the name."""
    doc, spans, honorifics = ctx.doc, [], ctx.gazetteer.honorifics
    for tok in doc[:-1]:
        if tok.text not in honorifics:
            continue
        nxt = doc[tok.i + 1]
        if nxt.pos_ == "PROPN" and not nxt.ent_type_:
            end = nxt.i + 1
            while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            spans.append(Span(doc, nxt.i, end, label="PERSON"))
    return spans


def titled_names(ctx: Context) -> list[Span]:
    """'Prime Minister of Freedonia Ana Kalu': the capitalised words right after a title's 'of' and its country
    name a person, even where the tagger missed them."""
    doc, spans, titles = ctx.doc, [], ctx.gazetteer.title_words
    for ent in ctx.ents:
        if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
            continue
        if doc[ent.start - 2].lower_ not in titles:
            continue
        end = ent.end
        while end < len(doc) and end - ent.end < NAME_WORDS and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
            end += 1
        if end > ent.end:
            spans.append(Span(doc, ent.end, end, label="PERSON"))
    return spans


def appositive_names(ctx: Context) -> list[Span]:
    """'the Freedonian ambassador to Ruritania, Ana Kalu, said', 'Ana Kalu, Freedonia's foreign minister, said', 'Ana
    Kalu, a special rapporteur, said': a name of two or more capitalised words set in apposition to a title or a
    word for a person, or with one in apposition to it, names a person, even where the tagger missed it."""
    doc, spans = ctx.doc, []
    for tok in doc:
        titled = tok.dep_ == "appos" and _says_who(ctx, tok.head)
        titled = titled or any(c.dep_ == "appos" and _says_who(ctx, c) for c in tok.children)
        if not titled or not _untagged_name_word(tok):
            continue
        start = tok.i
        while start > 0 and tok.i - start < NAME_WORDS - 1 and _untagged_name_word(doc[start - 1]):
            if doc[start - 1].head != tok or doc[start - 1].dep_ != "compound":
                break
            start -= 1
        if start < tok.i:
            spans.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return spans


def _says_who(ctx: Context, noun: Token) -> bool:
    """Whether a noun says who a person is: a title, or a word for a person ('the special rapporteur', 'a lawyer')."""
    people = ctx.lexicon.people_nouns
    return noun.lower_ in ctx.gazetteer.title_words or noun.lower_ in people or noun.lemma_.lower() in people


def _untagged_name_word(tok: Token) -> bool:
    return tok.pos_ == "PROPN" and tok.is_title and not tok.ent_type_


def repeated_names(ctx: Context) -> list[Span]:
    """'Lopez' alone, where the tagger missed it or took it for a thing (a product, a work; never a law, 'the Lopez
    Act'), after the article named 'Maria Lopez'; with the particles the article gave the family name ('Van der
    Berg' after 'Ida van der Berg')."""
    doc = ctx.doc
    named = {ent[-1].text for ent in ctx.ents if ent.label_ == "PERSON" and len(ent) > 1}
    particles = {t.lower_ for ent in ctx.ents if ent.label_ == "PERSON" for t in ent[1:-1] if t.is_lower}
    spans = []
    for tok in doc:
        if tok.text in named and tok.pos_ == "PROPN" and (not tok.ent_type_ or tok.ent_type_ in THING_LABELS):
            start = tok.i
            while start > 0 and doc[start - 1].lower_ in particles and not doc[start - 1].ent_type_:
                start -= 1
            spans.append(Span(doc, start, tok.i + 1, label="PERSON"))
    return spans


def defined_acronyms(doc: Doc) -> list[Span]:
    """'the Northern Fishing Council (NFC)': the capitalised words whose initials an acronym in parentheses
    spells are one organisation's name, however the tagger cut them up (resolution ties the acronym to it)."""
    spans = []
    for tok in doc[1:-2]:
        if tok.text != "(":
            continue
        acronym, close = doc[tok.i + 1], doc[tok.i + 2]
        if close.text != ")" or not ACRONYM.fullmatch(acronym.text):
            continue
        letters = [c for c in acronym.text if c.isupper()]
        start, i = tok.i, tok.i - 1
        while i >= 0 and len(letters) > 0 and doc[i].is_sent_start is not True:
            word = doc[i]
            if word.lower_ in ACRONYM_GLUE or word.tag_ == "POS":
                i -= 1
                continue
            if not word.text[:1].isupper() or word.text[0] != letters[-1]:
                break
            letters.pop()
            start, i = i, i - 1
        tagged = doc[tok.i - 1].ent_iob_ != "O" and doc[tok.i - 1].ent_type_ != "PERSON"
        if tagged and next(e for e in doc.ents if e.start <= tok.i - 1 < e.end).start <= start:
            continue  # the tagger's name already holds these words, and maybe more ('the Greater ...')
        person = doc[start].ent_type_ == "PERSON" and doc[tok.i - 1].lower_ not in name_words().organisation_nouns
        if not letters and tok.i - start > 1 and not person:  # "Ana Kalu Obi (AKO)" is a person's
            spans.append(Span(doc, start, tok.i, label="ORG"))
    return spans


def untagged_acronyms(ctx: Context) -> list[Span]:
    """'the FLN said', 'UNHCR sent tents': a word in capitals that the tagger left untagged and that stands where
    one who acts does names an organisation, unless it is a common noun or an abbreviated title in capitals ('the
    CEO', 'the FM') or the sentence is a line in capitals."""
    common, spans = name_words().common_acronyms, []
    for tok in ctx.doc:
        acronym = UNTAGGED_ACRONYM.fullmatch(tok.text) or SLASHED_ACRONYM.match(tok.text)  # "FLN", "XLM/A"
        if tok.ent_type_ or tok.text in common or not acronym:
            continue
        if _acting(tok) and not _in_capitals(ctx.sentence(tok.i)):
            spans.append(Span(ctx.doc, tok.i, tok.i + 1, label="ORG"))
    return spans


def untagged_bodies(ctx: Context) -> list[Span]:
    """'the Andean bloc', 'the Quito group': a proper noun the tagger left untagged, before a noun in lower case that
    names a kind of body, names that body with it; before a noun for a polity's rulers ('the Ontario government'), it
    names the polity, a place, whose rulers act as it."""
    bodies, spans = name_words().organisation_nouns, []
    for tok in ctx.doc:
        head = tok.head
        if tok.ent_type_ or tok.tag_ != "NNP" or tok.dep_ != "compound" or head.i != tok.i + 1:
            continue
        polity = ctx.lexicon.names_rulers(head.lower_)
        if (polity or head.lower_ in bodies) and head.text.islower() and not head.ent_type_:
            start = tok.i  # "the Nova Scotia government": the whole name before the noun
            while start > 0 and _untagged_name_word(ctx.doc[start - 1]) and ctx.doc[start - 1].dep_ == "compound":
                start -= 1
            spans.append(Span(ctx.doc, start, tok.i + 1 if polity else head.i + 1, label="GPE" if polity else "ORG"))
    return spans


def untagged_organisations(ctx: Context) -> list[Span]:
    """'the Andean Workers Union': capitalised proper nouns the tagger left untagged, ending in a capitalised noun
    for a kind of body, are that body's name (a people's word may open it: 'the Peruvian Farmers League'); not a
    state's organ ('the Freedonian Supreme Court'), which the institutions pass reads. A line in capitals proves
    nothing."""
    bodies, spans = name_words().organisation_nouns, []
    for tok in ctx.doc:
        if tok.lower_ not in bodies or not tok.is_title or tok.tag_ != "NNP" or tok.ent_type_:
            continue
        if tok.lemma_.lower() in ctx.lexicon.institution_nouns or _in_capitals(ctx.sentence(tok.i)):
            continue
        start = tok.i
        while start > 0 and _name_word_before(ctx.doc[start - 1], ctx.doc[start]):
            start -= 1
        if start < tok.i and not any(t.ent_type_ for t in ctx.doc[start + 1 : tok.i]):
            spans.append(Span(ctx.doc, start, tok.i + 1, label="ORG"))
    return spans


def _name_word_before(word: Token, after: Token) -> bool:
    """A capitalised word of a name that runs on to the right: a proper noun, or a people's word opening it."""
    if not word.is_title or word.head.i <= word.i or (after.ent_type_ == "NORP" and after.pos_ != "PROPN"):
        return False
    return word.pos_ == "PROPN" or word.ent_type_ == "NORP"


def coordinated_names(ctx: Context) -> list[Span]:
    """'Perez and Ana Silva met': a lone proper noun the tagger left untagged, coordinated with a person's name,
    names a person too. Not one with words of its own before it ('Great Intelligence'), nor the end of a hyphened
    name the tagger cut short ('Ana Silva-Ruiz')."""
    spans = []
    for ent in (e for e in ctx.ents if e.label_ == "PERSON"):
        for other in ent.root.conjuncts:
            if other.ent_type_ or other.tag_ != "NNP" or not other.text[:1].isupper():
                continue
            hyphened = other.i > 0 and ctx.doc[other.i - 1].tag_ == "HYPH"
            if not hyphened and not any(c.dep_ in {"compound", "amod"} for c in other.children):
                spans.append(Span(ctx.doc, other.i, other.i + 1, label="PERSON"))
    return spans


def speakers_and_blamed(ctx: Context) -> list[Span]:
    """'Perez said', 'Perez urged X to ...', 'X accused Perez of lying', 'a court found Perez guilty': a lone proper
    noun the tagger left untagged, the subject of a verb of saying or of one that blames or asks someone, the object
    of one of blaming that says what for, or the one a verb of judging finds guilty or responsible, names a person."""
    spans = []
    for tok in ctx.doc:
        if tok.ent_type_ or tok.tag_ != "NNP" or not tok.is_title:
            continue
        start = _given_names_start(tok)
        if any(c.dep_ in LONE_NAME_DEPS for c in tok.children if c.i < start or c.i > tok.i):
            continue
        if (tok.dep_ == "nsubj" and speaks(ctx, tok.head, active=True)) or _blamed(ctx, tok):
            spans.append(Span(ctx.doc, start, tok.i + 1, label="PERSON"))
    return spans


def _given_names_start(tok: Token) -> int:
    """Where a name the tagger left untagged starts: the untagged proper nouns compounded right before its last word
    ('Ana Ruiz Obi'), unless the last word names a kind of body ('Acme Holdings')."""
    start = tok.i
    if tok.lower_ in name_words().organisation_nouns:
        return start
    while start > 0 and tok.i - start < NAME_WORDS - 1:
        before = tok.doc[start - 1]
        if not (_untagged_name_word(before) and before.dep_ == "compound" and before.head == tok):
            break
        start -= 1
    return start


def _blamed(ctx: Context, tok: Token) -> bool:
    """'accused Perez of ...', 'blamed Perez for ...'; 'found Perez guilty', 'held Perez responsible'."""
    lex, verb = ctx.lexicon, tok.head
    relation = lex.verb_relation(verb.lemma_.lower())
    charged = any(p.lower_ in CHARGE_PREPS for p in verb.children if p.dep_ == "prep")
    if tok.dep_ == "dobj" and relation is not None and relations()[relation].plover == BLAMING and charged:
        return True
    if tok.dep_ == "pobj" and verb.lower_ == "against" and _blaming_noun(lex, verb.head):
        return True  # "an investigation against Ruiz", "charges against Ruiz"
    judged = verb.head if tok.dep_ == "nsubj" and verb.dep_ in {"ccomp", "oprd", "xcomp"} else None
    return judged is not None and verb.lower_ in lex.blaming_words and judged.lemma_.lower() in lex.characterizing_verbs


def _blaming_noun(lex: Lexicon, noun: Token) -> bool:
    """Whether a noun names laying blame or a charge on someone: 'investigation', 'charges', 'lawsuit'."""
    sense = lex.noun_sense(noun.lower_, noun.lemma_.lower()) if noun.pos_ == "NOUN" else None
    return sense is not None and relations()[sense.relation].plover == BLAMING


def month_named_people(ctx: Context) -> list[Span]:
    """'Ana May will meet X': a month name the tagger took for a date or left untagged, after a given name it left
    untagged, where a person stands (a subject or an object), is that person's family name."""
    spans = []
    dates = [e[0] for e in ctx.ents if e.label_ == "DATE" and len(e) == 1]
    untagged = [t for t in ctx.doc if t.lower_ in MONTHS and t.is_title and not t.ent_type_]  # the tagger missed both
    for tok in [*dates, *untagged]:
        given = ctx.doc[tok.i - 1] if tok.i else None
        if (
            given is not None
            and given.dep_ == "compound"
            and given.head == tok
            and given.tag_ == "NNP"
            and given.is_title
            and not given.ent_type_
            and tok.dep_ in PERSON_PLACES
        ):
            spans.append(Span(ctx.doc, given.i, tok.i + 1, label="PERSON"))
    return spans


def _abstract_place(ent: Span, span: Span) -> bool:
    """Whether the tagger called a capitalised abstract noun a place the gazetteer does not know ('stop Migration
    through X', 'Reconstruction'): one word inside a sentence, with the ending of a noun for an act or a state."""
    return (
        ent.label_ in PLACE_LABELS and len(span) == 1 and not span[0].is_sent_start and bool(ABSTRACT.search(span.text))
    )


def _acting(tok: Token) -> bool:
    """Whether a word stands where one who acts does: a subject, or the owner or first word of one ('the FLN's
    leader', 'the FLN fighters'), or the first word of a clause without a subject, which the parser made an adverb."""
    head = tok.head if tok.dep_ in {"compound", "conj"} else tok
    if tok.dep_ in ADVERBIAL_DEPS and not any(c.dep_ in ACTING_DEPS for c in tok.head.children):
        return tok.i == tok.head.left_edge.i  # "UNHCR sent tents", parsed as an adverb of a verb with no subject
    return tok.dep_ in ACTING_DEPS or (head is not tok and head.dep_ in ACTING_DEPS)


def _in_capitals(sent: Span) -> bool:
    """A line written in capitals (a headline, a dateline): its capitals prove nothing."""
    words = [t for t in sent if t.is_alpha]
    return sum(t.is_upper for t in words) * 2 > len(words)


PLACE_PREPS = {"in", "at"}
DATELINE_WORDS = 12  # how far the dash that ends a dateline may come after its place ('LIMA, March 3 (Agency) -')
DATELINE_ENDS = {"-", "--", "–", "—", ":"}
MAX_TITLE_WORDS = 4  # "deputy foreign affairs minister"


class _Names:
    """Which entity spans are names, for one article (what it has learnt about its lines and words is kept)."""

    def __init__(self, ctx: Context):
        self.ctx, self.doc, self.gaz = ctx, ctx.doc, ctx.gazetteer
        honorifics = {h.lower() for h in self.gaz.honorifics}
        self.not_names = NOT_NAMES | self.gaz.not_names | ctx.lexicon.actor_nouns | self.gaz.title_words | honorifics
        self.title_ends = {title.split()[-1] for title in self.gaz.title_words}  # "secretary" of "foreign secretary"
        self.title_case: dict[tuple[int, int], bool] = {}  # by sentence
        self.count: dict[str, int] = {}  # how often a text occurs in the article

    def mention(self, ent: Span) -> Mention | None:
        if ent.label_ not in ENTITY_TYPES:
            return None
        if ent.label_ == "PERSON" and ent[0].lower_ == "the":  # "the X Liberation Front": what follows 'the' counts
            ent = Span(self.doc, ent.start + 1, ent.end, label=ent.label_) if len(ent) > 1 else ent
        if ent.label_ == "PERSON" and not ent[0].text[:1].isupper() and ent[0].lower_ not in PARTICLE_STARTS:
            return None  # "’s Questions"; not "van der Berg"
        span = self._trimmed(ent)
        if not len(span) or (ent.label_ in PLACE_LABELS and self._dateline(span)):
            return None
        gid = ent.ent_id_ or None
        if gid and (feature := self._landform(span)) is not None:
            return Mention(feature.text, feature.start_char, feature.end_char, EntityType.PLACE)
        if gid and (region := self._region_adjective(span)) is not None:
            return Mention(region.text, region.start_char, region.end_char, EntityType.GROUP)
        if gid and gid in self.gaz.entries:
            kind = self.gaz.entries[gid].type
        elif self._no_name(ent, span):
            return None
        else:
            gid, kind = None, evidence_type(self.ctx, span, ent.label_) or ENTITY_TYPES[ent.label_]
        return Mention(span.text, span.start_char, span.end_char, kind, gid)

    def whole_person(self, ent: Span) -> Span:
        """A person's name with the given name the tagger left out of it ('Ana' + 'Kalu Obi'): the capitalised
        word just before, when it is no gazetteer name, title, honorific or word of another entity's; and the
        family name it left out after a given name alone ('Ana' + 'Kalu')."""
        ent = self._with_hyphenated_part(self._with_family_name(ent))
        if ent.label_ != "PERSON" or ent.start == 0 or ent[0].lower_ in self.not_names:
            return ent  # "Speaker Ana Obi": a title opens the span, no given name comes before it
        before = self.doc[ent.start - 1]
        gid = before.ent_id_
        if (
            before.pos_ == "PROPN"
            and before.is_title
            and not (gid and gid in self.gaz.entries)
            and before.lower_ not in self.not_names
            and before.lower_ not in self.title_ends  # "Foreign Secretary Ana Obi": no given name 'Secretary'
            and before.lower_ not in self.ctx.lexicon.people_nouns  # "Judge Ana Obi", "General Counsel Ana Obi"
            and not before.text.endswith(".")  # "Gen. Ana Obi": an abbreviated title
            and before.text not in self.gaz.honorifics
            and before.ent_iob_ in {"B", "O", ""}  # a one-word entity or none: not the end of a longer name
            and (before.ent_iob_ == "" or before.ent_type_ != "PERSON")
            and self.ctx.sentence(before.i) == self.ctx.sentence(ent.start)
        ):
            return Span(self.doc, ent.start - 1, ent.end, label="PERSON")
        return ent

    def _with_family_name(self, ent: Span) -> Span:
        """'Ana' or 'Ana Maria' tagged a person and 'Kalu' after it left out: a capitalised word with no entity
        of its own that the name's last word is a compound of is the rest of the name (not an organisation's
        noun: 'the Ana Kalu Foundation')."""
        if ent.label_ != "PERSON" or ent.end >= len(self.doc):
            return ent
        after = self.doc[ent.end]
        if (
            ent[-1].dep_ == "compound"
            and ent[-1].head == after
            and after.pos_ == "PROPN"
            and after.is_title
            and not after.ent_type_
            and after.lower_ not in self.not_names
            and after.lower_ not in name_words().organisation_nouns
            and not self._a_verb(after.lower_)  # "X Urges Y to ...": a headline capitalises its verbs too
        ):
            return Span(self.doc, ent.start, ent.end + 1, label="PERSON")
        return ent

    def _with_hyphenated_part(self, ent: Span) -> Span:
        """'Ana Kalu' tagged a person and '-Obi' left out: a capitalised word hyphened on to the name is of it."""
        end = ent.end
        if ent.label_ != "PERSON" or end + 1 >= len(self.doc) or self.doc[end - 1].whitespace_:
            return ent
        hyphen, after = self.doc[end], self.doc[end + 1]
        if hyphen.text == "-" and not hyphen.whitespace_ and after.is_title and not after.ent_type_:
            return Span(self.doc, ent.start, end + 2, label="PERSON")
        return ent

    def _a_verb(self, word: str) -> bool:
        lex = self.ctx.lexicon
        return word in lex.verb_words or lex.verb_base(word) is not None

    def _trimmed(self, ent: Span) -> Span:
        """The name without an article ('the', 'a'), a possessive clitic, a parenthesis or trailing function
        words; with the honorific the article puts before a person ('Mr Berg', 'Sir Tom')."""
        doc = self.doc
        start = ent.start + 1 if ent[0].lower_ in ARTICLES else ent.start
        if ent.label_ == "PERSON" and start > 0 and doc[start - 1].text in self.gaz.honorifics:
            start -= 1
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Freedonia's" without the clitic
        end = next((t.i for t in doc[start:end] if t.text == "("), end)  # "Union (Conservatives"
        while end > start and doc[end - 1].pos_ in TRAILING:
            end -= 1
        return doc[start : self._without_place_tail(start, end)]

    def _without_place_tail(self, start: int, end: int) -> int:
        """Where a name ends that the tagger ran on into where it was ('the Freedonian Guard in Lima'): before
        'in' or 'at', when the article also names what comes before on its own."""
        for tok in self.doc[start + 1 : end - 1]:
            if tok.lower_ in PLACE_PREPS and tok.nbor().text[:1].isupper():
                head = self.doc[start : tok.i].text
                if self.doc.text.count(head) > self.doc.text.count(self.doc[start:end].text):
                    return tok.i
        return end

    def _in_titles(self, span: Span) -> bool:
        """Whether the tagger's entity is a word of the titles before a person's name: 'Defence' of 'Defence
        Minister Ana Ruiz', or 'Premier' of 'Deputy Premier and Foreign Minister Ana Ruiz' (a word for a kind of
        person, coordinated with a title that comes before the name)."""
        if self._title_before_person(span.start) > span.end:
            return True
        after = span.end
        return (
            after < len(self.doc)
            and self.doc[after].lower_ == "and"
            and self.ctx.person_noun(span[-1].lower_)
            and self._title_before_person(after + 1) > 0
        )

    def _landform(self, span: Span) -> Span | None:
        """'the X Valley', 'the X River': a state's name capitalised into the name of a feature of the land, which
        is a place, not the state; None when no such noun follows the name."""
        after = self.doc[span.end] if span.end < len(self.doc) else None
        if after is None or not after.text[:1].isupper() or after.lower_ not in self.ctx.lexicon.landform_nouns:
            return None
        if span.root.head != after:
            return None
        start = span.start  # "the South X Sea": the capitalised words before the name are the feature's too
        while start > 0 and (word := self.doc[start - 1]).pos_ == "PROPN" and word.is_title and word.dep_ == "compound":
            start -= 1
        return self.doc[start : span.end + 1]

    def _region_adjective(self, span: Span) -> Span | None:
        """'Latin American', 'West African': a demonym after a capitalised word that makes it a region's, which the
        tagger split off; not a state's own two-word demonym ('South Korean'). None when no such word precedes."""
        before = self.doc[span.start - 1] if span.start > 0 else None
        if before is None or before.text not in self.ctx.lexicon.region_prefixes or span.text not in self.gaz.demonyms:
            return None
        whole = self.doc[span.start - 1 : span.end]
        return None if whole.text in self.gaz.demonyms else whole

    def _no_name(self, ent: Span, span: Span) -> bool:
        """Whether the tagger's entity (trimmed to `span`) is no name: a common word, page furniture, a headline's
        capitals, a title's words or an office."""
        if not self._is_name(span.text) or is_furniture(span) or self._headline_only(ent):
            return True
        return self._in_titles(span) or self._office(span) or _abstract_place(ent, span)

    def _office(self, span: Span) -> bool:
        """Whether the tagger's entity names an office, not its holder: a title and its 'of' phrase ('Director
        General of Military Intelligence', 'Chiefs of Staff'), the end of one ('General of ...' after 'Director'),
        or the short form in brackets right after one ('... of Military Intelligence (DMI)')."""
        if span.start > 1 and self.doc[span.start - 1].text == "(":
            named = self._entity_ending(span.start - 1)
            return named is not None and self._office(named)
        of = next((t.i for t in span if t.lower_ == "of"), None)
        if of is None or of == span.start:
            return False
        words = [t.lower_ for t in self.doc[span.start : of]]
        before = [self.doc[span.start - 1].lower_] if span.start > 0 else []
        for title in (words, [*before, *words]):
            singular = [word.removesuffix("s") if i == 0 else word for i, word in enumerate(title)]
            if " ".join(title) in self.gaz.title_words or " ".join(singular) in self.gaz.title_words:
                return True
        return False

    def _entity_ending(self, end: int) -> Span | None:
        """The tagger's entity that ends right before token `end`, read back from its last word (a scan of every
        entity for each bracketed name made an article of many of them cost their square)."""
        doc = self.doc
        if not doc[end - 1].ent_type_ or doc[end].ent_iob_ == "I":
            return None
        start = end - 1
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        return Span(doc, start, end, label=doc[end - 1].ent_type_)

    def _title_before_person(self, start: int) -> int:
        """Where a title that starts at token `start` and is followed by a person's name ends; 0 if none does."""
        for end in range(min(len(self.doc) - 1, start + MAX_TITLE_WORDS), start, -1):
            if self.doc[end].ent_type_ != "PERSON":
                continue
            if " ".join(t.lower_ for t in self.doc[start:end]) in self.gaz.title_words:
                return end
        return 0

    def _is_name(self, text: str) -> bool:
        """Whether the tagger's entity text is a name at all: not 'he', 'Government', 'ministry of x'."""
        key = " ".join(text.lower().replace("-", " ").split())
        return any(c.isupper() for c in text) and key not in self.not_names

    def _dateline(self, span: Span) -> bool:
        """'LIMA, March 3 (Agency) - ...': the capitals that open a line of a wire story, before a dash with no verb
        between, say where it was filed; the city is no actor of the story."""
        if not span.text.isupper() or (span.start and "\n" not in self.doc[span.start - 1].text_with_ws):
            return False
        if hyphened_on(span[-1]):
            return False  # "US-China talks": two names joined, no dateline's dash
        for tok in self.doc[span.end : span.end + DATELINE_WORDS]:
            if "\n" in tok.text or tok.pos_ in {"VERB", "AUX"}:
                return False  # "LIMA criticized X - ...": a sentence in capitals
            if tok.text in DATELINE_ENDS:
                return True
        return False

    def _headline_only(self, ent: Span) -> bool:
        """A name seen only in Title Case lines ('Urges X to Help End the War'): capitals there prove nothing.
        The headline, where the page repeats it in the body, is still a headline."""
        if not self._title_case(self.ctx.sentence(ent.start, ent.end)):
            return False
        if ent.text not in self.count:
            self.count[ent.text] = sum(s.text.count(ent.text) for s in self.doc.sents if not self._title_case(s))
        return self.count[ent.text] == 0

    def _repeated_headline(self, sent: Span) -> bool:
        """The title, where the page prints it twice (as its first line and again above the story)."""
        title = self.ctx.document.title.strip()
        return bool(title) and sent.text.strip() == title and self.doc.text.count(title) > 1

    def _title_case(self, sent: Span) -> bool:
        key = (sent.start, sent.end)
        if key not in self.title_case:
            words = [t for t in sent if t.is_alpha and not t.is_stop and not t.ent_type_ and t.pos_ in HEADLINE_WORDS]
            by_words = len(words) >= 2 and all(t.text[0].isupper() for t in words)
            self.title_case[key] = by_words or self._repeated_headline(sent)
        return self.title_case[key]
