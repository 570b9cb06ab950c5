"""From a parsed spaCy Doc to facts and roles: dependency rules driven by the lexicon.

Verbs ("X urged Y", "X met with Y", "X was detained by Y"), phrasal and light verbs
("called on", "held talks with"), nominalisations ("X's invasion of Y", "a visit to Y"),
complements ("threatened to ban Y", "demanded that Y ..."), stated intentions read as CAMEO
codes them ("promised to send aid" is a promise, "said it would blockade Y unless ..." a threat),
groups as actors ("Israeli soldiers", "rebels in X"), the owner of a thing as the target
("rejected an Indian proposal"), titles and appositions for roles. The output is plain
dataclasses: no spaCy past here.
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
GROUP_QUALIFIER = 8  # words, a name counting as one: how far "militants loyal to X" may run
COLLECTIVES = {"group", "members", "member", "delegation", "team", "thousands", "hundreds", "dozens", "some", "one"}
COLLECTIVE_BODIES = {"organization", "organisation", "party", "movement", "group", "network", "faction", "coalition"}
LIGHT_PREPS = {"between", "along", "near", "around", "towards", "toward"}  # "massed troops along the border with X"
POSSESSIVE_PRONOUNS = {"its", "their"}
CLAUSE_PRONOUNS = {"it", "they", "he", "she", "we"}  # "X said it would ...": the speaker, where one is named
OWNER_PREPS = {"of", "by", "from", "for", "with", "against"}
HEDGING_MODALS = {"should", "could", "might", "may", "must", "can"}
SUBJECT_DEPS = {"nsubj", "csubj"}
PLACE_PREPS = {"in", "at"}
ROLE_WINDOW = 7
ORGANIZATIONS = {EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY}

CONFIDENCE = {"verb": 0.8, "phrasal": 0.8, "light": 0.75, "noun": 0.7}


def extract(doc: Doc, document: Document) -> Extraction:
    """Every mention, fact and role one article states."""
    reader = _Reader(doc, document, lexicon(), gazetteer())
    reader.add_institution_mentions()
    reader.add_group_mentions()
    facts: list[Fact] = []
    for sent in doc.sents:
        facts.extend(reader.sentence_facts(sent))
    best: dict[tuple, Fact] = {}  # one fact per statement, from the surest rule that found it
    for fact in facts:
        key = (fact.subject, fact.relation, fact.object, fact.evidence.start, fact.modality)
        if key not in best or fact.confidence > best[key].confidence:
            best[key] = fact
    roles = tuple(dict.fromkeys(reader.roles()))
    mentions = set(reader.mentions.values())  # and those rules built: "the British Chamber of Commerce in China"
    mentions |= {m for f in best.values() for m in (f.subject, f.object)}
    mentions |= {m for r in roles for m in (r.person, r.affiliation) if m is not None}
    return Extraction(
        document=document,
        mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))),
        facts=tuple(best.values()),
        roles=roles,
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
            of = next((c for c in chunk.root.rights if c.dep_ == "prep" and c.lower_ == "of"), None)
            if served is None and (owner := self.mentions.get(getattr(_pobj(of), "i", -1))):
                served = owner.gazetteer_id  # "the president of Armenia"
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

    def add_institution_mentions(self) -> None:
        """'the German government', "Germany's army", 'the government of Germany', 'police in Ghana',
        'the Latvian Constitutional Court': an organ of a state is a government body of its country,
        one whatever the wording; 'Chilean government officials' speak for it, as 'Foreign Office
        officials' do for theirs. One country only: not 'the Sudanese and Ugandan armies'."""
        for tok in self.doc:
            institution = self.lex.institution_nouns.get(tok.lemma_.lower())
            if institution is None or tok.pos_ not in {"NOUN", "PROPN"} or tok.i in self.mentions:
                continue
            officials = tok.dep_ == "compound" and tok.head.lemma_.lower() in self.lex.actor_nouns
            plural = tok.lower_ != tok.lemma_.lower()  # "armies"; not "police"
            if plural or (tok.dep_ in {"compound", "amod", "nmod"} and not officials):
                continue
            country, start, end = None, tok.i, tok.i + 1
            qualifiers = [*tok.lefts, *(c for c in tok.head.lefts if c.i < tok.i)] if officials else tok.lefts
            for child in qualifiers:  # "Chilean government officials": the demonym may qualify the officials
                if child.dep_ in {"amod", "compound", "nmod", "poss"} and (found := self._state_of(child)):
                    country, start = found, child.left_edge.i
            prep = next((c for c in tok.rights if c.dep_ == "prep" and c.lower_ in {"of", "in"}), None)
            if country is None and (obj := _pobj(prep)) is not None and (found := self._state_of(obj)):
                country, end = found, obj.right_edge.i + 1
            if country is None:
                continue
            named = [t.text for t in self.doc[start : tok.i] if t.i not in self.mentions and t.text[:1].isupper()]
            if named and institution in self.lex.named_institutions:  # "the Latvian Constitutional Court"
                institution = " ".join([*named, tok.text])
            if self.doc[start].lower_ == "the":
                start += 1
            span = self.doc[start:end]
            mention = Mention(
                span.text, span.start_char, span.end_char, EntityType.GOVERNMENT_BODY, country,
                MentionKind.INSTITUTION, role=institution,
            )  # fmt: skip
            for i in range(start, end):
                self.mentions[i] = mention

    def _state_of(self, tok: Token) -> str | None:
        """The country a word names on its own ('German', 'Germany', 'Khartoum'), not in a coordination."""
        mention = self.mentions.get(tok.i)
        if mention is None or mention.kind is not MentionKind.NAME or not mention.gazetteer_id:
            return None
        if any(c.dep_ == "conj" for c in tok.children) or tok.dep_ == "conj":
            return None
        entry = self.gaz.actor(mention.gazetteer_id)
        return entry.id if entry.type is EntityType.COUNTRY else None

    def add_group_mentions(self) -> None:
        """'Israeli soldiers', 'Sudanese rebels', 'security forces in Guinea': a group acts under its own name.

        A group noun becomes an actor when a named entity qualifies it, before it (a demonym,
        a country, an organisation) or in a following 'in/of/from' phrase."""
        self._people_of_countries()
        for tok in self.doc:
            if tok.pos_ not in {"NOUN", "PROPN"} or tok.i in self.mentions:
                continue
            if tok.lower_ not in self.lex.group_nouns and tok.lemma_.lower() not in self.lex.group_nouns:
                continue
            start = tok.i
            for child in reversed(list(tok.lefts)):
                person = child.i in self.mentions and self.mentions[child.i].type is EntityType.PERSON
                if not person and (
                    child.dep_ in {"amod", "compound", "nmod", "npadvmod"}
                    or (child.dep_ == "poss" and child.i in self.mentions)
                ):
                    if child.right_edge.i + 1 != start and self.doc[child.right_edge.i + 1 : start].text.strip("- "):
                        break
                    start = child.left_edge.i
                else:
                    break
            end = tok.i + 1
            named = any(i in self.mentions for i in range(start, end))
            # "rebels in X attacked", "staged by students at X"; not "a crackdown on activists in X", "a group of X"
            acting = tok.dep_ in SUBJECT_DEPS or (tok.dep_ == "pobj" and tok.head.dep_ == "agent")
            if not named and acting and tok.lower_ not in COLLECTIVES:
                for right in tok.rights:  # "security forces in Guinea", "militants loyal to X"
                    words = self._words(right.i, right.right_edge.i + 1)
                    near = right.dep_ in {"prep", "amod", "acl"} and words <= GROUP_QUALIFIER
                    if near and any(i in self.mentions for i in range(right.i, right.right_edge.i + 1)):
                        end, named = right.right_edge.i + 1, True
                        break
            if not named:
                continue
            if self.doc[start].lower_ in {"the", "a", "an"}:
                start += 1
            span = self.doc[start:end]
            body = tok.lemma_.lower() in self.lex.institution_nouns
            kind = EntityType.GOVERNMENT_BODY if body else EntityType.GROUP
            mention = Mention(span.text, span.start_char, span.end_char, kind)
            for i in range(start, end):
                self.mentions[i] = mention

    def _words(self, start: int, end: int) -> int:
        """How long a stretch reads: its words, each name one ('loyal to Iraq's Al-Qaeda leader X' is 6)."""
        names = {id(self.mentions[i]) for i in range(start, end) if i in self.mentions}
        return len(names) + sum(self.doc[i].is_alpha for i in range(start, end) if i not in self.mentions)

    def _people_of_countries(self) -> None:
        """'Palestinians', 'ethnic Albanians', '4 Iraqis': a plural demonym names people, not their state."""
        for ent in self.doc.ents:
            mention = self.mentions.get(ent.start)
            entry = self.gaz.entries.get(mention.gazetteer_id or "") if mention else None
            root = ent.root
            if entry is None or entry.type is not EntityType.COUNTRY or root.tag_ not in {"NNPS", "NNS"}:
                continue
            if root.dep_ in {"amod", "compound", "nmod"} or ent.text.lower() == entry.name.lower():
                continue
            if root.text in self.gaz.demonyms:  # "the Chinese", "the Swiss": the word for the state too
                continue
            start = ent.start
            if start > 0 and self.doc[start - 1].dep_ == "amod" and self.doc[start - 1].head == root:
                start -= 1  # "ethnic Albanians"
            span = self.doc[start : ent.end]
            group = Mention(span.text, span.start_char, span.end_char, EntityType.GROUP)
            for i in range(start, ent.end):
                self.mentions[i] = group

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
        if tok.lemma_.lower() in self.lex.anaphoric_nouns and any(c.lower_ == "the" for c in tok.children):
            earlier = [self.mentions[i] for i in range(tok.sent.start, tok.i) if i in self.mentions]
            return [m for m in earlier if m.gazetteer_id and m.type in {EntityType.COUNTRY, EntityType.PLACE}][-1:]
        if tok.lower_ in POSSESSIVE_PRONOUNS and tok.dep_ == "poss":  # "Russia ... its invasion"
            return self._antecedent(tok)
        for child in tok.children:  # "his counterpart Wang Yi"
            if child.dep_ == "appos" and child.i in self.mentions:
                return [self.mentions[child.i]]
        if tok.lemma_.lower() in self.lex.actor_nouns or tok.lower_ in self.lex.actor_nouns:
            for child in tok.children:  # "Chinese officials", "the Russian military"
                if child.dep_ in {"amod", "compound", "poss", "nmod"} and child.i in self.mentions:
                    mention = self.mentions[child.i]
                    if mention.gazetteer_id or mention.type in ORGANIZATIONS:
                        return self.actors(child)  # "Hungarian and Romanian officials": both
        if tok.lemma_.lower() in self.lex.actor_nouns or tok.lower_ in COLLECTIVES:
            for child in tok.children:  # "the government of X", "a group of Moroccan diplomats"
                if child.dep_ == "prep" and child.lower_ == "of" and (found := self.actors(_pobj(child))):
                    return found
        return []

    def _antecedent(self, tok: Token) -> list[Mention]:
        """What 'its' or 'their' stands for: the nearest country, body or group before it."""
        sent = tok.sent
        for start, end in ((sent.start, tok.i), (self.doc[max(sent.start - 1, 0)].sent.start, sent.start)):
            earlier = [  # a noun phrase's head, not a modifier like "UK" in "UK universities"
                self.mentions[i]
                for i in range(start, end)
                if i in self.mentions and _role_in_phrase(self.doc[i]) not in {"compound", "amod", "nmod"}
            ]
            if actors := [m for m in earlier if m.type not in {EntityType.PERSON, EntityType.PLACE}]:
                if start < sent.start:  # across a sentence: what it was about, its subject or first actor
                    return [max(actors, key=lambda m: self._salience(m, start, end))]
                return actors[-1:]
        return []

    def _salience(self, mention: Mention, start: int, end: int) -> int:
        roles = {_role_in_phrase(self.doc[i]) for i in range(start, end) if self.mentions.get(i) == mention}
        return 3 if roles & {"nsubj", "nsubjpass"} else 2 if "dobj" in roles else 1 if "poss" in roles else 0

    def owners(self, tok: Token | None, depth: int = 3) -> list[Mention]:
        """Whose a thing is, when the thing is the argument: 'rejected an Indian proposal',
        'attacked a camp for Congolese refugees', 'threatened action against Russia'."""
        if tok is None or depth == 0:
            return []
        found = self.actors(tok)
        if found:
            return found
        for child in tok.children:
            if child.dep_ == "poss" or (child.dep_ in {"amod", "compound", "nmod"} and child.i in self.mentions):
                found += [m for m in self.actors(child) if m.kind is not MentionKind.PRONOUN]  # "his visit"
        if not found:
            for child in tok.children:
                if child.dep_ == "prep" and child.lower_ in OWNER_PREPS:
                    found += self.owners(_pobj(child), depth - 1)
                elif child.dep_ == "acl":  # "the demonstration staged by students"
                    agent = next((c for c in child.children if c.dep_ == "agent"), None)
                    found += self.actors(_pobj(agent))
        for conj in tok.children:
            if conj.dep_ == "conj" and not found:
                found += self.owners(conj, depth)
        return list(dict.fromkeys(found))

    def subjects(self, verb: Token) -> list[Mention]:
        for child in verb.children:
            if child.dep_ in SUBJECT_DEPS:
                if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                    return self.actors(verb.head)
                if child.lower_ in CLAUSE_PRONOUNS and (reporter := self._reporter(verb)):
                    person = child.lower_ in PERSON_PRONOUNS
                    if all((m.type is EntityType.PERSON) == person for m in reporter):
                        return reporter  # "Syria says it will withdraw": the speaker
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
            if found := self.actors(head):
                return found
            if verb.dep_ != "acl" or head.lemma_.lower() not in self.lex.statement_nouns:
                return []
            if issuer := self.owners(head):  # "an EU statement criticising X"
                return issuer
            governor = _governing_verb(head)  # "X issued a declaration demanding ...", not "X vetoed a statement ..."
            return self.subjects(governor) if governor is not None and self.trigger(governor) is None else []
        if verb.dep_ == "acomp":  # "X is willing to withdraw"
            return self.subjects(head)
        if verb.dep_ == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:  # "X resorted to throwing ..."
            obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
            return self.actors(obj) if obj is not None else self.subjects(head.head)  # "accused Y of shelling"
        if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            return self.subjects(head)  # "began a hunger strike to protest against X"
        return []

    def _reporter(self, verb: Token) -> list[Mention]:
        """Who speaks, when a clause is what they said or announced ('X said it would ...')."""
        tok, steps = verb, 0
        while tok.dep_ in {"xcomp", "conj"} and steps < 3:
            tok, steps = tok.head, steps + 1
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.lex.reporting_verbs:
            return []
        speaker = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
        return self.actors(speaker)

    def _passive_subjects(self, verb: Token) -> list[Mention]:
        """'He is expected to meet': the passive subject of the governing verb does the meeting."""
        return self.actors(next((c for c in verb.children if c.dep_ == "nsubjpass"), None))

    # --- facts -----------------------------------------------------------------------

    def sentence_facts(self, sent: Span) -> Iterable[Fact]:
        for tok in sent:
            if tok.pos_ in {"VERB", "AUX"}:
                yield from self.verb_facts(tok, sent)
                yield from self.obligation_facts(tok, sent)
                yield from self.characterization_facts(tok, sent)
            elif tok.pos_ in {"NOUN", "PROPN"} and tok.i not in self.mentions:
                yield from self.noun_facts(tok, sent)

    def characterization_facts(self, verb: Token, sent: Span) -> Iterable[Fact]:
        """'X described Y's treatment of Z as a genocide': calling something by a damning or a
        praising word criticises or praises whoever did it."""
        if verb.lemma_.lower() not in self.lex.characterizing_verbs:
            return
        holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "described the raid as a massacre"
        said = [t for h in holders for c in h.children if c.dep_ == "prep" and c.lower_ == "as" for t in c.subtree]
        said += [t for c in verb.children if c.dep_ in {"oprd", "xcomp"} for t in c.subtree]
        words = {t.lemma_.lower() for t in said} | {t.lower_ for t in said}
        negated = any(t.dep_ == "neg" for t in said)
        damning = words & self.lex.damning_words or (negated and words & self.lex.praising_words)
        praising = not negated and words & self.lex.praising_words
        if not (damning or praising):
            return
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is not None and obj.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            obj = verb.head
        modality = self.modality(verb)
        if obj is None or modality is None:
            return
        relation = self.lex.verbs["criticize" if damning else "praise"]
        targets = self.owners(obj) or self._doer(obj)
        yield from self._facts(self.subjects(verb), relation, targets, sent, modality, "verb", verb)

    def _doer(self, thing: Token) -> list[Mention]:
        """Who did a thing named as an object: 'China held exercises surrounding the island' -> China."""
        steps = 0
        while thing.dep_ == "dobj" and thing.head.dep_ == "acl" and steps < 3:
            thing, steps = thing.head.head, steps + 1
        if thing.dep_ == "dobj" and thing.head.pos_ == "VERB":
            return self.subjects(thing.head)
        return []

    def trigger(self, verb: Token) -> tuple[str, str, list[Mention]] | None:
        """The relation a verb reports, the rule that knew it, and its objects."""
        if verb.pos_ not in {"VERB", "AUX"}:
            return None
        matched = self._phrasal(verb) or self._light(verb)
        if matched:
            return matched
        lemma = verb.lemma_.lower()
        if lemma in self.lex.verbs and verb.pos_ == "VERB":
            return self.lex.verbs[lemma], "verb", self._verb_objects(verb)
        return None

    def verb_facts(self, verb: Token, sent: Span) -> Iterable[Fact]:
        matched = self.trigger(verb)
        if matched is None or self._governing_trigger(verb) is not None:
            return  # "threatened to ban X": the governing verb says what happened
        if self._promises_an_event(verb):
            return  # "promised to send aid": the promised event, read as a promise, is the fact
        if self._is_content(verb):
            return  # "demanded that X release Y", "an admission that X murdered Y": asked or claimed, not done
        relation, rule, targets = matched
        modality = self.modality(verb)
        if modality is None:
            return
        passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if passive is not None and rule == "verb":
            targets = self.owners(passive)
        if not targets:
            targets = self._complement_targets(verb, relation)
        place = None
        if not targets and (targets := self._place_targets(verb, relation)):
            place = targets[0]  # "blocked roads in the capital": the city itself, not its state acting
        if relation in self.lex.intent.done_to_places:  # "shelled Juba", "would blockade Paris": the city is hit
            place = next((t for t in targets if t.type is EntityType.PLACE), place)
        if rule == "verb" and not self._direct_objects(verb):  # "welcomed X's statement" praises X
            relation = self.lex.thing_senses.get(verb.lemma_.lower(), relation)
        relation, modality = self._intent(verb, relation, modality)
        if not targets and relation == self.lex.intent.threat:
            targets = self._condition_subjects(verb)
        subjects = self.subjects(verb)
        yield from self._facts(subjects, relation, targets, sent, modality, rule, verb, place)

    def _direct_objects(self, verb: Token) -> list[Mention]:
        return [m for c in verb.children if c.dep_ in {"dobj", "dative"} for m in self.actors(_dative(c))]

    def _condition_subjects(self, verb: Token) -> list[Mention]:
        """'threatened to stop talks if the US goes ahead': the threat is aimed at the one who must act."""
        tok, steps = verb, 0
        while steps < 3:
            for clause in tok.children:
                marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
                if clause.dep_ == "advcl" and marks & (self.lex.intent.threat_marks | {"if"}):
                    return self.actors(next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None))
            if tok.dep_ not in {"xcomp", "ccomp"}:
                break
            tok, steps = tok.head, steps + 1
        for clause in (c for t in verb.subtree for c in t.children if c.dep_ == "advcl"):
            marks = {m.lower_ for m in clause.children if m.dep_ == "mark"}
            if marks & (self.lex.intent.threat_marks | {"if"}):
                return self.actors(next((c for c in clause.children if c.dep_ in SUBJECT_DEPS), None))
        return []

    def _governing_trigger(self, verb: Token) -> Token | None:
        """The event verb whose complement this verb is: 'refused to deploy', 'urged X to attack'."""
        tok, steps = verb, 0
        while tok.dep_ in {"xcomp", "pcomp"} and steps < 3:  # "accused X of shelling Y" is an accusation
            tok, steps = (tok.head.head if tok.dep_ == "pcomp" else tok.head), steps + 1
            if self.trigger(tok) is not None and tok.lemma_.lower() not in self.lex.intent.commissive_governors:
                return tok
        return None

    def _is_content(self, verb: Token) -> bool:
        """A clause that says what someone asked for or claimed, not what happened."""
        head = verb.head
        if verb.dep_ == "ccomp" and (matched := self.trigger(head)) is not None:
            return matched[0] in self.lex.intent.addressed - {self.lex.intent.threat}
        return verb.dep_ in {"acl", "ccomp"} and head.pos_ == "NOUN" and head.lemma_.lower() in self.lex.hearsay_nouns

    def _promises_an_event(self, verb: Token) -> bool:
        if verb.lemma_.lower() not in self.lex.intent.commissive_governors:
            return False
        complements = [c for c in verb.children if c.dep_ == "xcomp"]
        while complements:
            tok = complements.pop()
            if self.trigger(tok) is not None:
                return True
            complements += [c for c in tok.children if c.dep_ in {"xcomp", "conj"}]
        return False

    def _complement_targets(self, verb: Token, relation: str) -> list[Mention]:
        """Who a verb is directed at when its object is in its complement:
        'threatened to ban X', 'demanded that X cancel', 'lifted a curfew in X'."""
        for child in verb.children:
            if child.dep_ == "xcomp":
                matched = self.trigger(child)
                found = matched[2] if matched else self._verb_objects(child)
                if found := found or self._complement_targets(child, relation) or self._place_targets(child, relation):
                    return found
            elif child.dep_ == "ccomp" and relation in self.lex.intent.addressed:
                subject = next((c for c in child.children if c.dep_ in SUBJECT_DEPS), None)
                if found := self.actors(subject):
                    return found
        doers = self.subjects(verb)
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"):
            if found := [m for m in self.owners(_pobj(prep)) if m not in doers]:
                return found  # "mobilised reservists for a war against X"
        if relation in self.lex.intent.purpose_targets:  # "blocked a road to show their anger at X"
            for clause in (c for c in verb.children if c.dep_ == "advcl"):
                stances = [c for c in clause.children if c.dep_ == "dobj"]  # their anger at X: at X, not theirs
                aimed = [m for s in stances for p in s.children if p.dep_ == "prep" for m in self.owners(_pobj(p))]
                if found := [m for m in aimed or self._verb_objects(clause) if m not in doers]:
                    return found
        return []

    def _place_targets(self, verb: Token, relation: str) -> list[Mention]:
        """Where a deed aimed at a place happened: 'lifted a curfew in X', 'blocked roads in the city of X'."""
        if relation not in self.lex.intent.place_targets:
            return []  # 'met X in Ottawa': a place, not a party
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        people = [
            o
            for o in objects
            if (o.lemma_.lower() in self.lex.group_nouns or o.lower_ in self.lex.group_nouns)
            and o.lower_ not in COLLECTIVE_BODIES
        ]
        if people and relation in self.lex.intent.people_placed:
            return []  # "detained journalists in X", "deployed troops in X": people there, not X
        holders = [verb, *(t for c in objects for t in c.subtree)]
        for holder in holders:  # "lifted a curfew in X", "declared a state of siege in X"
            for prep in holder.children:
                if prep.dep_ == "prep" and prep.lower_ in {"in", "into", "near", "outside", "around"}:
                    obj = _pobj(prep)
                    named = [obj, *(c for c in obj.children if c.dep_ in {"compound", "amod"})] if obj else []
                    named += [_pobj(c) for t in named for c in t.children if c.dep_ == "prep" and c.lower_ == "of"]
                    for mention in (
                        self.mentions.get(t.i) for t in named if t is not None
                    ):  # "X province", "city of X"
                        if mention and mention.type in {EntityType.PLACE, EntityType.COUNTRY}:
                            return [mention]
        return []

    def _intent(self, verb: Token, relation: str, modality: Modality) -> tuple[str, Modality]:
        """CAMEO's reading of a stated intention: 'promised to send aid' is a promise, 'said it would
        blockade X' or 'will withdraw ... unless' a threat, 'said it would not meet' a refusal."""
        it = self.lex.intent
        commits = prepares = future = False
        tok, steps = verb, 0
        while True:
            future |= any(c.dep_ == "aux" and c.lower_ in it.future_auxiliaries for c in tok.children)
            if tok.dep_ not in {"xcomp", "conj"} or steps >= 3:
                break
            tok, steps = tok.head, steps + 1
            if self.trigger(tok) is not None and tok.lemma_.lower() not in it.commissive_governors:
                return relation, modality  # "would urge China to encourage Russia to cease its war"
            lemma = tok.lemma_.lower()
            commits |= lemma in it.commissive_governors
            prepares |= lemma in it.preparatory_governors
        announced = future and tok.dep_ == "ccomp" and tok.head.lemma_.lower() in self.lex.reporting_verbs
        unless = any(
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in it.threat_marks for m in c.children)
            for c in verb.children
        )
        kept = Modality.REPORTED if modality is Modality.REPORTED else Modality.ASSERTED
        if modality is Modality.NEGATED and relation == it.promise:
            return it.refusal, Modality.ASSERTED  # "failed to reach an agreement"
        if prepares and relation in it.hostile:
            return it.mobilization, kept
        if not (commits or announced):
            return relation, modality
        if unless:
            return it.threat, kept
        if modality is Modality.NEGATED and relation in it.cooperative:
            return it.refusal, Modality.ASSERTED
        if relation in it.cooperative:
            return it.promise, kept
        if relation in it.hostile:
            return it.threat, kept
        return relation, modality

    def obligation_facts(self, verb: Token, sent: Span) -> Iterable[Fact]:
        """'Russia said Sudan must return the helicopter': a demand made on Sudan."""
        it = self.lex.intent
        if verb.dep_ != "ccomp" or not any(
            c.dep_ == "aux" and c.lower_ in it.obligation_auxiliaries for c in verb.children
        ):
            return
        if verb.head.lemma_.lower() not in self.lex.reporting_verbs:
            return
        speaker = next((c for c in verb.head.children if c.dep_ in SUBJECT_DEPS), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        yield from self._facts(
            self.actors(speaker), it.demand, self.actors(subject), sent, Modality.ASSERTED, "verb", verb
        )

    def _verb_objects(self, verb: Token) -> list[Mention]:
        args = [_dative(c) for c in verb.children if c.dep_ in {"dobj", "dative"}]
        args += [_pobj(c) for c in verb.children if c.dep_ == "prep" and c.lower_ in self.lex.verb_preps]
        found = [m for arg in args for m in self.actors(arg)]
        if not found:  # "rejected an Indian proposal": whose the thing is
            found = [m for arg in args for m in self.owners(arg)]
        return list(dict.fromkeys(found))

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
                    return rel, "phrasal", self.actors(_pobj(part)) or self._verb_objects(verb)
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                return rel, "phrasal", self.actors(obj) or self._verb_objects(verb)  # "handed over aid to X"
        return None

    def _light(self, verb: Token) -> tuple[str, str, list[Mention]] | None:
        lemma = verb.lemma_.lower()
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        for obj in objects + [
            c for o in objects for c in o.children if c.dep_ == "conj"
        ]:  # "artillery and rocket fire"
            rel = self.lex.light_verbs.get((lemma, obj.lemma_.lower())) or self.lex.light_verbs.get((lemma, obj.lower_))
            if rel:
                targets = [
                    m for c in verb.children if c.dep_ == "dative" for m in self.actors(_dative(c))
                ]  # "give X a grant"
                consult = relations()[rel].plover == "CONSULT"  # "talks with British businesses": not with Britain
                preps = self.lex.verb_preps | LIGHT_PREPS
                if obj.lemma_.lower() in self.lex.refuge_nouns:
                    preps = preps | {"in"}  # "sought asylum in X": X is asked
                for holder in (obj, verb):  # "held talks with X" attaches "with" to either
                    for prep in holder.children:
                        if prep.dep_ == "prep" and prep.lower_ in preps:
                            targets += self.actors(_pobj(prep)) if consult else self.owners(_pobj(prep))
                if not targets and not consult:  # "rejected an Indian proposal"
                    doers = self.subjects(verb)
                    targets = [m for m in self.owners(obj) if m not in doers]
                return rel, "light", list(dict.fromkeys(targets))
        return None

    def noun_facts(self, noun: Token, sent: Span) -> Iterable[Fact]:
        sense = self.lex.nouns.get(noun.lower_) or self.lex.nouns.get(noun.lemma_.lower())
        if sense is None:
            return
        agents: list[Mention] = []
        targets: list[Mention] = []
        between: list[Mention] = []
        holders = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]  # "the threat posed by X"
        if noun.dep_ == "dobj" and self.trigger(noun.head) is None:
            holders.append(noun.head)  # "completed its investigation into X"
        for child in (c for holder in holders for c in holder.children):
            if child.dep_ == "poss" and child.lower_ in PERSON_PRONOUNS and (doer := self._adjunct_doer(noun)):
                agents += doer  # "During his visit to X, Mr Y met ...": his is Mr Y
            elif child.dep_ == "poss" or (child.dep_ in {"amod", "compound"} and child.i in self.mentions):
                agents += self.actors(child)
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ == "by"):
                agents += self.actors(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ == "between":
                between += self.actors(_pobj(child))
            elif child.dep_ == "prep" and child.lower_ in sense.preps:
                obj = _pobj(child)
                consult = relations()[sense.relation].plover == "CONSULT"  # "talks with British businesses"
                targets += self.actors(obj) if consult else self.owners(obj)  # "support for Russia's invasion"
        governor = _governing_verb(noun)
        if not agents and governor is not None:
            outer = self._governing_trigger(governor) or governor
            if (matched := self.trigger(outer)) is not None and matched[0] != sense.relation:
                return  # "blamed X for the bombing": the bomber is not the one who blames
            agents = self.subjects(governor)
        if not targets and governor is not None and governor.lemma_.lower() in self.lex.recipient_verbs:
            targets = self.subjects(governor)
            agents = [a for a in agents if a not in targets]
        modality = self.modality(governor) if governor is not None else Modality.ASSERTED
        if modality is None:
            return
        if len(between) >= 2 and not targets:
            agents, targets = between[:1], between[1:]
        relation = sense.relation
        if governor is not None:
            relation, modality = self._intent(governor, relation, modality)
        yield from self._facts(agents, relation, targets, sent, modality, "noun", noun)

    def _adjunct_doer(self, noun: Token) -> list[Mention]:
        """The person subject of the clause an event noun's phrase modifies: 'on his visit', 'during her trip'."""
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return []
        verb = noun.head.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return []
        return [m for m in self.subjects(verb) if m.type is EntityType.PERSON and m.kind is MentionKind.NAME]

    def _facts(
        self,
        subjects: list[Mention],
        relation: str,
        objects: list[Mention],
        sent: Span,
        modality: Modality,
        rule: str,
        trigger: Token,
        place: Mention | None = None,
    ) -> Iterable[Fact]:
        pairs = [(s, o) for s in subjects for o in objects]
        if (
            not objects
            and relations()[relation].symmetric
            and len(subjects) == 1
            and subjects[0].kind is MentionKind.PLURAL
        ):
            pairs = [(subjects[0], subjects[0])]  # "the pair met": a fact between the two participants
        elif not objects and len(subjects) > 1 and (relations()[relation].symmetric or rule == "light"):
            pairs = [(subjects[0], o) for o in subjects[1:]]  # "X and Y signed a treaty": with each other
        if not pairs:
            return
        evidence = _evidence(sent)
        when = self._date(sent, future=modality is Modality.PLANNED)
        place = place or self._place(trigger)
        confidence = CONFIDENCE[rule]
        for s, o in pairs:
            if _not_a_pair(s, o):
                continue
            yield Fact(s, relation, o, evidence, modality, confidence, f"{rule}:{trigger.lemma_.lower()}", when, place)

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
            if tok != verb and lemma in self.lex.hedging_governors:
                return None  # "suspected of blowing up": a suspicion, not a fact
            if tok != verb and lemma in self.lex.planned_governors:
                modality = Modality.PLANNED
            if (
                tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in self.lex.reporting_verbs
                and modality is Modality.ASSERTED
            ):
                modality = Modality.REPORTED
            if tok.dep_ == "pcomp" and tok.head.dep_ == "prep":
                tok, steps = tok.head.head, steps + 1
                continue
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
        while i >= ent.sent.start and len(window) < ROLE_WINDOW:
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
            title_start = tokens[min(before, len(tokens) - 1)].idx
            mentions = [self.mentions.get(t.i) for t in tokens]
            after = [
                self._organisation_phrase(t)
                for t, m in zip(tokens[before:], mentions[before:], strict=True)
                if m
                and m.type in ORGANIZATIONS
                and m.start >= title_start
                and f" {m.text.lower().replace('-', ' ')} " not in f" {key} "  # "foreign ministry spokesman"
            ]
            earlier = [self._as_country(m) for m in mentions if m and m.start < title_start]
            earlier = [m for m in earlier if m.gazetteer_id and m.type is not EntityType.PLACE]
            affiliation = after[0] if after else (earlier[0] if earlier else None)
            return title, affiliation
        return None

    def _as_country(self, mention: Mention) -> Mention:
        """'Chinese foreign ministry spokesman': an official of a government body represents its country."""
        if mention.kind is MentionKind.INSTITUTION and mention.gazetteer_id:
            return Mention(mention.text, mention.start, mention.end, EntityType.COUNTRY, mention.gazetteer_id)
        entry = self.gaz.entries.get(mention.gazetteer_id or "")
        if entry is not None and entry.type is EntityType.GOVERNMENT_BODY and entry.country:
            return Mention(mention.text, mention.start, mention.end, EntityType.COUNTRY, entry.country)
        first = mention.text.split()[0] if mention.text.split() else ""
        country = None if mention.gazetteer_id else self.gaz.demonyms.get(first)
        if country is None:
            return mention
        return Mention(first, mention.start, mention.start + len(first), EntityType.COUNTRY, country)

    def _organisation_phrase(self, tok: Token) -> Mention:
        """The whole name an organisation goes by: 'the British Chamber of Commerce in China', not its core."""
        mention = self.mentions[tok.i]
        head = tok
        while head.dep_ in {"compound", "amod", "nmod", "pobj", "prep"} and head.head != head and head.dep_ != "pobj":
            head = head.head
        while head.dep_ == "pobj" and head.head.lower_ in {"of", "in"} and head.head.head.i in self.mentions:
            head = head.head.head  # "Chamber of Commerce": from "Commerce" up to "Chamber"
        if head.dep_ != "pobj":  # only a name that stands alone after 'of', 'at', 'with' ...
            return mention
        words = [t for t in head.subtree if not (t.dep_ == "det" and t.i == head.left_edge.i)]
        if not words or len(words) > 10 or any(t.pos_ in {"VERB", "PUNCT"} for t in words):
            return mention
        end = words[-1].i + 1
        if end + 1 < len(self.doc) and self.doc[end].lower_ == "in" and end + 1 in self.mentions:
            end = next(i for i in range(end + 1, len(self.doc) + 1) if self.mentions.get(i) != self.mentions[end + 1])
        span = self.doc[words[0].i : end]  # "... Chamber of Commerce in China": where it is is part of its name
        if len(span) <= len(mention.text.split()):
            return mention
        return Mention(span.text, span.start_char, span.end_char, mention.type, mention.gazetteer_id)


def _evidence(sent: Span) -> Evidence:
    text = sent.text
    start = sent.start_char + len(text) - len(text.lstrip())
    text = text.strip()
    return Evidence(text, start, start + len(text))


def _dative(tok: Token) -> Token | None:
    """The recipient itself: 'gave X aid' has X; 'provide loans to X' parses 'to' as the dative."""
    return _pobj(tok) if tok.dep_ == "dative" and tok.pos_ == "ADP" else tok


def _pobj(prep: Token | None) -> Token | None:
    """The object of a preposition, through a compound one: 'out of X', 'because of X'."""
    if prep is None:
        return None
    obj = next((c for c in prep.children if c.dep_ in {"pobj", "pcomp"}), None)
    if obj is None and prep.lower_ in {"out", "because", "ahead", "instead"}:
        obj = next((c for c in prep.children if c.dep_ == "prep"), None)
    if obj is not None and obj.pos_ == "ADP":
        return _pobj(obj)
    return obj


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


def _role_in_phrase(tok: Token) -> str:
    """A token's dependency, seen through coordination: 'UK' in 'Hong Kong and UK universities' modifies."""
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head
    return tok.dep_


def _same(a: Mention, b: Mention) -> bool:
    if a.gazetteer_id and a.gazetteer_id == b.gazetteer_id:
        return True
    return a.text.lower() == b.text.lower()
