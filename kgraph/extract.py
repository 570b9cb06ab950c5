"""From a parsed spaCy Doc to facts and roles: dependency rules driven by the lexicon.

Verbs ("X urged Y", "X met with Y", "X was detained by Y"), phrasal and light verbs
("called on", "held talks with"), nominalisations ("X's invasion of Y", "a visit to Y"),
titles and appositions for roles. The output is plain dataclasses: no spaCy past here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from spacy.tokens import Doc, Span, Token

from kgraph import dates
from kgraph.gazetteer import Gazetteer, gazetteer
from kgraph.lexicon import Lexicon, lexicon
from kgraph.model import (
    COUNTERPART,
    THEY,
    Document,
    EntityType,
    Evidence,
    Extraction,
    Fact,
    Mention,
    MentionKind,
    Modality,
    Role,
)
from kgraph.relations import relations

ENTITY_TYPES = {
    "PERSON": EntityType.PERSON,
    "GPE": EntityType.PLACE,
    "NORP": EntityType.GROUP,
    "ORG": EntityType.ORGANIZATION,
    "LOC": EntityType.PLACE,
    "FAC": EntityType.PLACE,
}
PERSON_PRONOUNS = {"he", "she", "him", "his", "her"}
NOT_NAMES = PERSON_PRONOUNS | {"i", "we", "they", "it", "you", "us", "them", "this", "that"}
INDEFINITE = {"a", "an", "another", "any", "each", "every", "no", "some"}
# "the first foreign secretary to visit", "the former prime minister": a description, not this article's holder.
NOT_THE_HOLDER = {"first", "second", "third", "last", "only", "former", "previous", "next", "new", "future", "late"}
# Plural references to the two participants just named: head noun -> who they can be ("sides": any actors).
PLURAL_HEADS = {
    "pair": EntityType.PERSON,
    "duo": EntityType.PERSON,
    "leaders": EntityType.PERSON,
    "men": EntityType.PERSON,
    "women": EntityType.PERSON,
    "ministers": EntityType.PERSON,
    "presidents": EntityType.PERSON,
    "sides": EntityType.COUNTRY,
    "countries": EntityType.COUNTRY,
    "nations": EntityType.COUNTRY,
    "governments": EntityType.COUNTRY,
}
DEFINITE_COUNTRY_NOUNS = {"country", "nation"}
RELATIVE_PRONOUNS = {"who", "which", "that"}
HEDGING_MODALS = {"should", "could", "might", "may", "must", "can"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PLACE_PREPS = {"in", "at"}
ROLE_WINDOW = 7
ORGANIZATIONS = {EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY}

CONFIDENCE = {"verb": 0.8, "phrasal": 0.8, "light": 0.75, "noun": 0.7}


def extract(doc: Doc, document: Document) -> Extraction:
    """Every mention, fact and role one article states."""
    reader = _Reader(doc, document, lexicon(), gazetteer())
    facts: list[Fact] = []
    for sent in doc.sents:
        facts.extend(reader.sentence_facts(sent))
    best: dict[tuple, Fact] = {}  # one fact per statement, from the surest rule that found it
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start, fact.modality)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    return Extraction(
        document=document,
        mentions=tuple(sorted(set(reader.mentions.values()), key=lambda m: (m.start, m.end))),
        facts=tuple(best.values()),
        roles=tuple(dict.fromkeys(reader.roles())),
    )


class _Reader:
    """Rules over one parsed article; mentions are indexed by token position."""

    def __init__(self, doc: Doc, document: Document, lex: Lexicon, gaz: Gazetteer):
        self.doc, self.document, self.lex, self.gaz = doc, document, lex, gaz
        self.title_keys = {t.lower().replace("-", " ") for t in gaz.titles}
        self.not_names = (
            NOT_NAMES | gaz.not_names | lex.actor_nouns | self.title_keys | {h.lower() for h in gaz.honorifics}
        )
        self.mentions: dict[int, Mention] = {}
        for ent in [*doc.ents, *self._honorific_names(doc), *self._repeated_names(doc)]:
            if mention := self._entity_mention(ent):
                for tok in ent:
                    self.mentions[tok.i] = mention
        for tok in doc:
            if tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON" and tok.i not in self.mentions:
                self.mentions[tok.i] = Mention(
                    tok.text, tok.idx, tok.idx + len(tok), EntityType.PERSON, kind=MentionKind.PRONOUN
                )
        for span, mention in [*self._role_nouns(doc), *self._plural_references(doc), *self._definite_countries(doc)]:
            for tok in span:
                self.mentions.setdefault(tok.i, mention)

    def _honorific_names(self, doc: Doc) -> list[Span]:
        """'Mr Berg' is a person even where the tagger missed the name."""
        spans = []
        for tok in doc[:-1]:
            nxt = doc[tok.i + 1]
            if tok.text in self.gaz.honorifics and nxt.pos_ == "PROPN" and not nxt.ent_type_:
                end = nxt.i + 1
                while end < len(doc) and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                    end += 1
                spans.append(Span(doc, nxt.i, end, label="PERSON"))
        return spans

    @staticmethod
    def _repeated_names(doc: Doc) -> list[Span]:
        """'Lopez' alone, where the tagger missed it, after the article named 'Maria Lopez'."""
        named = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
        return [
            Span(doc, tok.i, tok.i + 1, label="PERSON")
            for tok in doc
            if tok.text in named and tok.pos_ == "PROPN" and not tok.ent_type_
        ]

    def _entity_mention(self, ent: Span) -> Mention | None:
        if ent.label_ not in ENTITY_TYPES:
            return None
        if ent.label_ == "PERSON" and not ent[0].text[:1].isupper():  # "’s Questions"
            return None
        start = ent.start + 1 if ent[0].lower_ == "the" else ent.start
        if ent.label_ == "PERSON" and start > 0 and self.doc[start - 1].text in self.gaz.honorifics:
            start -= 1  # "Mr Lammy", "Sir Keir": the honorific is part of how the article names them
        end = ent.end - 1 if ent[-1].tag_ == "POS" else ent.end  # "Beijing's" without the clitic
        end = next((t.i for t in self.doc[start:end] if t.text == "("), end)  # "Homeland Union (Conservatives"
        while end > start and self.doc[end - 1].pos_ in {"ADP", "DET", "CCONJ", "PUNCT"}:
            end -= 1  # "West Bank City of"
        span = self.doc[start:end]
        gid = ent.ent_id_ or None
        if gid and gid in self.gaz.entries:
            kind = self.gaz.entries[gid].type
        elif not len(span) or not self._is_name(span.text) or self._headline_only(ent):
            return None
        else:
            gid, kind = None, ENTITY_TYPES[ent.label_]
        return Mention(span.text, span.start_char, span.end_char, kind, gid)

    def _is_name(self, text: str) -> bool:
        """Whether the tagger's entity text is a name at all: not 'he', 'Government', 'Covid', 'ministry of x'."""
        key = " ".join(text.lower().replace("-", " ").split())
        return any(c.isupper() for c in text) and key not in self.not_names

    def _headline_only(self, ent: Span) -> bool:
        """A name seen only in a Title Case line ('Urges X to Help End the War'): capitals there prove nothing."""
        words = [
            t
            for t in ent.sent
            if t.is_alpha and not t.is_stop and not t.ent_type_ and t.pos_ in {"VERB", "NOUN", "ADJ", "ADV"}
        ]
        title_case = len(words) >= 2 and all(t.text[0].isupper() for t in words)
        return title_case and self.doc.text.count(ent.text) == 1

    def _role_nouns(self, doc: Doc) -> Iterable[tuple[Span, Mention]]:
        """'the Foreign Secretary', "China's foreign minister", 'his Chinese counterpart': a person named by role."""
        titles = sorted(self.title_keys | {COUNTERPART}, key=lambda t: -len(t.split()))
        for chunk in doc.noun_chunks:
            words = " ".join(t.lower_.replace("-", " ") for t in chunk if t.tag_ != "POS")
            title = next((t for t in titles if words == t or words.endswith(" " + t)), None)
            if title is None or not self._refers_by_role(chunk):
                continue
            start = next((t.i for t in chunk if t.dep_ not in {"det", "poss"} and t.tag_ != "POS"), chunk.root.i)
            span = doc[start : chunk.root.i + 1]
            served = next((m.gazetteer_id for t in chunk if (m := self.mentions.get(t.i)) and m.gazetteer_id), None)
            served = self.gaz.actor(served).id if served else None
            yield (
                span,
                Mention(
                    span.text, span.start_char, span.end_char, EntityType.PERSON, served, MentionKind.ROLE, role=title
                ),
            )

    def _refers_by_role(self, chunk: Span) -> bool:
        """Whether a noun phrase ending in a title points at one holder the article names.

        Not a title before a name ('Foreign Secretary David Lammy') or describing one ('Wang Yi,
        China's foreign minister', 'Lammy is the foreign secretary'): those are roles, read by
        roles(). Not plural, indefinite, ordinal or former holders ('a minister', 'the first
        foreign secretary to visit'), nor a bare title with no 'the', possessor or country."""
        head, doc = chunk.root, chunk.doc
        named = [m for t in chunk if (m := self.mentions.get(t.i))]
        if head.tag_ in {"NNS", "NNPS"} or head.dep_ in {"appos", "compound", "attr", "oprd"}:
            return False
        if (
            head.i + 1 < len(doc)
            and doc[head.i + 1].ent_type_ == "PERSON"
            or any(c.dep_ == "appos" for c in head.children)
        ):
            return False
        if any(m.type is EntityType.PERSON and m.kind is MentionKind.NAME for m in named):
            return False
        if chunk[0].lower_ in INDEFINITE or any(t.lower_ in NOT_THE_HOLDER or t.tag_ == "JJS" for t in chunk):
            return False
        return chunk[0].lower_ == "the" or chunk[0].dep_ == "poss" or any(m.gazetteer_id for m in named)

    def _definite_countries(self, doc: Doc) -> Iterable[tuple[Span, Mention]]:
        """'visited the country', 'a visit to the nation': a country the article has been talking about."""
        for tok in doc[1:]:
            det = doc[tok.i - 1]
            if (
                tok.lower_ in DEFINITE_COUNTRY_NOUNS
                and det.lower_ == "the"
                and det.head == tok
                and tok.i not in self.mentions
            ):
                if tok.dep_ in {"attr", "compound", "appos"} or any(c.dep_ == "prep" for c in tok.children):
                    continue  # "is the country", "the country's", "the country of his birth"
                span = doc[det.i : tok.i + 1]
                yield (
                    span,
                    Mention(span.text, span.start_char, span.end_char, EntityType.COUNTRY, kind=MentionKind.DEFINITE),
                )

    def _plural_references(self, doc: Doc) -> Iterable[tuple[Span, Mention]]:
        """'the pair', 'the two leaders', 'both sides', 'they': the two participants named just before."""
        for tok in doc:
            if tok.lower_ == THEY and tok.pos_ == "PRON" and tok.dep_ in SUBJECT_DEPS and tok.i not in self.mentions:
                yield (
                    doc[tok.i : tok.i + 1],
                    Mention(
                        tok.text, tok.idx, tok.idx + len(tok), EntityType.PERSON, kind=MentionKind.PLURAL, role=THEY
                    ),
                )
                continue
            kind = PLURAL_HEADS.get(tok.lower_)
            if kind is None or tok.i in self.mentions:
                continue
            mods = {c.lower_: c for c in tok.children if c.dep_ in {"det", "predet", "nummod", "preconj"}}
            if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
                continue  # "both sides of the strait"
            if "both" in mods or "the" in mods and ("two" in mods or tok.lower_ in {"pair", "duo"}):
                span = doc[min(c.i for c in mods.values()) : tok.i + 1]
                yield (
                    span,
                    Mention(span.text, span.start_char, span.end_char, kind, kind=MentionKind.PLURAL, role=tok.lower_),
                )

    # --- arguments -------------------------------------------------------------------

    def actors(self, tok: Token | None) -> list[Mention]:
        """The mentions a token stands for as an argument, with its coordinated siblings."""
        if tok is None:
            return []
        found = self._actor(tok)
        for conj in tok.children:
            if conj.dep_ == "conj":
                found += self.actors(conj)
        return list(dict.fromkeys(found))

    def _actor(self, tok: Token) -> list[Mention]:
        if tok.i in self.mentions:
            return [self.mentions[tok.i]]
        for child in tok.children:  # "his counterpart Wang Yi"
            if child.dep_ == "appos" and child.i in self.mentions:
                return [self.mentions[child.i]]
        if tok.lemma_.lower() in self.lex.actor_nouns or tok.lower_ in self.lex.actor_nouns:
            for child in tok.children:  # "Chinese officials", "the Russian military"
                if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i in self.mentions:
                    mention = self.mentions[child.i]
                    if mention.gazetteer_id:
                        return [mention]
        return []

    def subjects(self, verb: Token) -> list[Mention]:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return self.actors(verb.head)
                return self.actors(child)
            if child.dep_ == "agent":  # passive: "was received by X"
                return self.actors(_pobj(child))
        if any(c.dep_ == "nsubjpass" for c in verb.children):
            return []
        head = verb.head
        if verb.dep_ == "xcomp":  # "urged China to call on Russia": the object acts
            obj = next((c for c in head.children if c.dep_ == "dobj"), None)
            return self.actors(obj) if obj is not None else self.subjects(head) or self._passive_subjects(head)
        if verb.dep_ == "conj" and head != verb:
            return self.subjects(head)
        if verb.dep_ in {"acl", "relcl"}:  # "companies supplying equipment"
            return self.actors(head)
        return []

    def _passive_subjects(self, verb: Token) -> list[Mention]:
        """'He is expected to meet': the passive subject of the governing verb does the meeting."""
        return self.actors(next((c for c in verb.children if c.dep_ == "nsubjpass"), None))

    # --- facts -----------------------------------------------------------------------

    def sentence_facts(self, sent: Span) -> Iterable[Fact]:
        for tok in sent:
            if tok.pos_ == "VERB":
                yield from self.verb_facts(tok, sent)
            elif tok.pos_ in {"NOUN", "PROPN"} and tok.i not in self.mentions:
                yield from self.noun_facts(tok, sent)

    def verb_facts(self, verb: Token, sent: Span) -> Iterable[Fact]:
        lemma = verb.lemma_.lower()
        matched = self._phrasal(verb) or self._light(verb)
        if matched:
            relation, rule, targets = matched
        elif lemma in self.lex.verbs:
            relation, rule = self.lex.verbs[lemma], "verb"
            targets = self._verb_objects(verb)
        else:
            return
        modality = self.modality(verb)
        if modality is None:
            return
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and rule == "verb":
            targets = self.actors(passive)
        subjects = self.subjects(verb)
        yield from self._facts(subjects, relation, targets, sent, modality, rule, verb)

    def _verb_objects(self, verb: Token) -> list[Mention]:
        found: list[Mention] = []
        for child in verb.children:
            if child.dep_ in {"dobj", "dative"}:
                found += self.actors(child)
            elif child.dep_ == "prep" and child.lower_ in self.lex.verb_preps:
                found += self.actors(_pobj(child))
        return found

    def _phrasal(self, verb: Token) -> tuple[str, str, list[Mention]] | None:
        lemma = verb.lemma_.lower()
        parts = [c for c in verb.children if c.dep_ in {"prt", "prep"}]
        for i, part in enumerate(parts):
            for longer in parts[i + 1 :]:  # "sit down with"
                rel = self.lex.phrasal_verbs.get((lemma, part.lower_, longer.lower_))
                if rel:
                    return rel, "phrasal", self.actors(_pobj(longer))
            rel = self.lex.phrasal_verbs.get((lemma, part.lower_))
            if rel:
                if part.dep_ == "prep":
                    return rel, "phrasal", self.actors(_pobj(part))
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                return rel, "phrasal", self.actors(obj)
        return None

    def _light(self, verb: Token) -> tuple[str, str, list[Mention]] | None:
        lemma = verb.lemma_.lower()
        for obj in verb.children:
            if obj.dep_ != "dobj":
                continue
            rel = self.lex.light_verbs.get((lemma, obj.lemma_.lower())) or self.lex.light_verbs.get((lemma, obj.lower_))
            if rel:
                targets = []
                for holder in (obj, verb):  # "held talks with X" attaches "with" to either
                    for prep in holder.children:
                        if prep.dep_ == "prep" and prep.lower_ in self.lex.verb_preps | {"between"}:
                            targets += self.actors(_pobj(prep))
                return rel, "light", targets
        return None

    def noun_facts(self, noun: Token, sent: Span) -> Iterable[Fact]:
        sense = self.lex.nouns.get(noun.lower_) or self.lex.nouns.get(noun.lemma_.lower())
        if sense is None:
            return
        agents: list[Mention] = []
        targets: list[Mention] = []
        between: list[Mention] = []
        for child in noun.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i in self.mentions):
                agents += self.actors(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                agents += self.actors(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ == "between":
                between += self.actors(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ in sense.preps:
                obj = _pobj(child)
                found = self.actors(obj)
                if not found and obj is not None:  # "support for Russia's invasion"
                    found = [m for c in obj.children if c.dep_ == "poss" for m in self.actors(c)]
                targets += found
        governor = _governing_verb(noun)
        if not agents and governor is not None:
            agents = self.subjects(governor)
        if not targets and governor is not None and governor.lemma_.lower() in self.lex.recipient_verbs:
            targets = self.subjects(governor)
            agents = [a for a in agents if a not in targets]
        modality = self.modality(governor) if governor is not None else Modality.ASSERTED
        if modality is None:
            return
        if len(between) >= 2 and not targets:
            agents, targets = between[:1], between[1:]
        yield from self._facts(agents, sense.relation, targets, sent, modality, "noun", noun)

    def _facts(
        self,
        subjects: list[Mention],
        relation: str,
        objects: list[Mention],
        sent: Span,
        modality: Modality,
        rule: str,
        trigger: Token,
    ) -> Iterable[Fact]:
        evidence = _evidence(sent)
        when = self._date(sent, future=modality is Modality.PLANNED)
        place = self._place(trigger)
        confidence = CONFIDENCE[rule]
        plural = len(subjects) == 1 and subjects[0].kind is MentionKind.PLURAL
        if plural and not objects and relations()[relation].symmetric:
            objects = subjects  # "the pair met": a fact between the two participants
        for s in subjects:
            for o in objects:
                if _not_a_pair(s, o):
                    continue
                yield Fact(
                    s,
                    relation,
                    o,
                    evidence,
                    modality,
                    confidence,
                    f"{rule}:{trigger.lemma_.lower()}",
                    when,
                    place,
                )

    def modality(self, verb: Token) -> Modality | None:
        """How the clause of a verb presents its event; None for hedged ('should', 'could')."""
        modality = Modality.ASSERTED
        tok, steps = verb, 0
        while steps < 4:
            for child in tok.children:
                if child.dep_ == "neg":
                    return Modality.NEGATED
                if child.dep_ == "aux" and child.lower_ in HEDGING_MODALS:
                    return None
                if child.dep_ == "aux" and (
                    child.lemma_.lower() in self.lex.planned_auxiliaries or child.lower_ in self.lex.planned_auxiliaries
                ):
                    modality = Modality.PLANNED
            lemma = tok.lemma_.lower()
            if tok != verb and lemma in self.lex.negating_governors:
                return Modality.NEGATED
            if tok != verb and lemma in self.lex.planned_governors:
                modality = Modality.PLANNED
            if (
                tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in self.lex.reporting_verbs
                and modality is Modality.ASSERTED
            ):
                modality = Modality.REPORTED
            if tok.dep_ not in {"xcomp", "conj"} or tok.head == tok:
                break
            tok, steps = tok.head, steps + 1
        return modality

    def _date(self, sent: Span, future: bool) -> date | None:
        for ent in sent.ents:
            if ent.label_ == "DATE" and (when := dates.resolve(ent.text, self.document.date, future)):
                return when
        return None

    def _place(self, trigger: Token) -> Mention | None:
        """Where the event happened: 'met X in Nairobi' ('in' may hang from the verb or its object)."""
        for prep in trigger.subtree:
            if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPS:
                obj = _pobj(prep)
                mention = self.mentions.get(obj.i) if obj is not None else None
                if mention and mention.type in {EntityType.PLACE, EntityType.COUNTRY}:
                    return mention
        return None

    # --- roles -----------------------------------------------------------------------

    def roles(self) -> Iterable[Role]:
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or ent.start not in self.mentions:
                continue
            person = self.mentions[ent.start]
            evidence = _evidence(ent.sent)
            window = self._title_window(ent)
            if found := self._find_title(window):
                title, affiliation = found
                yield Role(person, title, affiliation, evidence)
            for tok in ent.root.children:
                found = tok.dep_ == "appos" and tok.i not in self.mentions and self._find_title(list(tok.subtree))
                if found:
                    title, affiliation = found
                    yield Role(person, title, affiliation, evidence)

    def _title_window(self, ent: Span) -> list[Token]:
        """The words just before a name that may hold its title: 'UK foreign secretary'."""
        window: list[Token] = []
        i = ent.start - 1
        while i >= 0 and len(window) < ROLE_WINDOW:
            tok = self.doc[i]
            mention = self.mentions.get(i)
            if mention and mention.type is EntityType.PERSON:
                break
            if (
                tok.pos_ in {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "DET", "NUM"}
                or (tok.pos_ == "PUNCT" and tok.text not in {"-", "’s", "'s"})
                or (tok.pos_ == "PRON" and tok.dep_ != "poss")
            ):
                break
            window.insert(0, tok)
            i -= 1
        return window

    def _find_title(self, tokens: list[Token]) -> tuple[str, Mention | None] | None:
        """The longest known title in the tokens, with the country or body it is held for:
        a country or body named before it ('UK foreign secretary', "China's vice president"),
        or an organisation after it ('vice chairman of the X Chamber')."""
        if not tokens:
            return None
        text, starts = " ", []  # lower-cased words, hyphens as spaces; where each token starts
        for tok in tokens:
            starts.append(len(text))
            if word := " ".join(tok.lower_.replace("-", " ").split()):
                text += word + " "
        for title in self.gaz.titles:
            key = title.lower().replace("-", " ")
            at = max(text.find(f" {key} "), text.find(f" {key}s "))
            if at < 0:
                continue
            before = sum(start <= at for start in starts)
            mentions = [self.mentions.get(t.i) for t in tokens]
            after = [m for m in mentions[before:] if m and m.type in ORGANIZATIONS]
            earlier = [m for m in mentions[:before] if m and m.gazetteer_id and m.type is not EntityType.PLACE]
            affiliation = after[0] if after else (earlier[0] if earlier else None)
            return title, affiliation
        return None


def _evidence(sent: Span) -> Evidence:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(text, start, start + len(text))


def _pobj(prep: Token | None) -> Token | None:
    if prep is None:
        return None
    return next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)


def _governing_verb(tok: Token) -> Token | None:
    """The verb a noun phrase hangs from: 'attends a meeting with X' -> attends."""
    steps = 0
    while tok.dep_ in {"dobj", "pobj", "prep", "attr", "appos", "conj", "nsubj", "nsubjpass"} and steps < 5:
        tok, steps = tok.head, steps + 1
        if tok.pos_ in {"VERB", "AUX"}:
            return tok
    return None


def _not_a_pair(s: Mention, o: Mention) -> bool:
    """One actor twice, or two pronouns; a plural reference with itself is its two participants."""
    if s is o and s.kind is MentionKind.PLURAL:
        return False
    return _same(s, o) or o.kind is MentionKind.PRONOUN and s.kind is MentionKind.PRONOUN


def _same(a: Mention, b: Mention) -> bool:
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    return a.text.lower() == b.text.lower()
