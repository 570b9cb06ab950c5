"""The read-only context every mention pass and rule reads, and the argument finders.

One Context per article: the parsed Doc, the article, the lexicon and gazetteer, the mentions
found so far (token index -> Mention; the mention passes in kgraph/extract/mentions/ are the only
writers, through extract()), where each rule's patterns matched, and the questions every rule
asks of the parse: who acts (subjects, passive agents), on whom (objects), whose a thing is
(owners), each with its coordinated siblings, and which relation a verb evokes.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence

from spacy.tokens import Doc, Span, Token

from kgraph.extract.candidates import Anchor, Evoked
from kgraph.extract.syntax import (
    ADVERBIAL_DEPS,
    MODIFIER_DEPS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    SUBJECT_DEPS,
    TIMES,
    VERBAL,
    child,
    dative,
    governing_verb,
    hyphen_joined,
    infinitive,
    opposed_modifiers,
    phrasal_lemma,
    pobj,
    preps,
    role_in_phrase,
    sharing_verb,
)
from kgraph.gazetteer import Gazetteer
from kgraph.lexicon import Lexicon, NounSense
from kgraph.model import Document, EntityType, Mention, MentionKind
from kgraph.relations import relations

ORGANIZATIONS = {EntityType.ORGANIZATION, EntityType.GOVERNMENT_BODY}
STATES_AND_BODIES = {EntityType.COUNTRY, *ORGANIZATIONS}
POSSESSIVE_PRONOUNS = {"its", "their"}
CLAUSE_PRONOUNS = {"it", "they", "he", "she", "we"}  # "X said it would ...": the speaker, where one is named
OWNER_PREPS = {"of", "by", "from", "for", "with", "against"}
HYPHENS = {"-", "–", "—"}  # "the X-Y summit": two names joined
MEMBER_PREPS = {"including"}  # "states including X": X is one of them
PARTY_PREPS = {"with", "between"}  # "talks with X", "the dispute between X and Y": who takes part
AIM_DEPS = {"acl", "relcl", "advcl"}  # "strikes targeting X", "strikes that targeted X", "struck, targeting X"
# Words for a number of people or of anything ('a group of X diplomats', 'a handful of states, including X'): the
# phrase stands for what its 'of' names; never a group's own name.
SENTENCE_ENDS = {".", "!", "?"}  # what ends a sentence of running text; a headline ends without
RESPONSE_NOUNS = {"response", "reaction", "answer"}  # "in response to X's decision": what a protest answers
HUNG_NAME_DEPS = {"nmod", "compound", "appos"}  # how the parser may hang a name coordinated with the subject on it
GRIEVANCE_PREPS = {"over"}  # "protested over X's tariffs": what a protest is about, someone's deed
COLLECTIVES = {
    *("group", "members", "member", "delegation", "team", "thousands", "hundreds", "dozens", "some", "one"),
    *("bunch", "number", "handful", "host", "couple", "majority", "minority", "several", "most", "many"),
    *("contingent", "contingents"),
}
# the form of a state before its name: "the Kingdom of X", "the Republic of X" are X
POLITIES = {"kingdom", "republic", "state", "emirate", "sultanate", "principality", "federation", "commonwealth"}
PLACES = {EntityType.PLACE, EntityType.COUNTRY}
WHERE_PREPS = {"in", "into", "inside", "within", "near", "outside", "around"}
COURT = "court"  # the organ a case is heard by
COURT_PREPS = {"at", "in", "before"}  # "sued X at the court": where a case is heard
TOPIC_PREP = "on"  # "talks on X": what parties do something together about
VENUE_PREPS = {"at", "in"}  # where a meeting or an agreement happens
POSTED_PREPS = {"to", "in"}  # "its ambassador to X", "its embassy in X": where an envoy or a mission is posted
DESTINATION_PREPS = {"to", "into"}  # after an actor object, where it goes ("invited X to Y")
GIVING = "give"  # the support-verb class of verbs of giving: "donated X to Y", "provided X to Y"
GATHERINGS = {"CONSULT", "AGREE", "COOPERATE"}  # events of actors together somewhere
WORD_REACTIONS = {"rejected", "criticized", "praised"}  # what one does to another's words: "vetoed a statement"


def gathering(relation: str) -> bool:
    """Whether a relation is of actors coming together (a meeting, an agreement), which happens at a place."""
    return relations()[relation].plover in GATHERINGS


def not_whom(relation: str | None, lexicon: Lexicon) -> set[str]:
    """The prepositions that never name whom a relation is with: for a meeting or an agreement, 'at' and 'in' say
    where ('met X at the palace'); for any cooperative act, 'against' says whom it opposes ('supported X against
    Y'), not whom it is for."""
    if relation is None:
        return set()
    found = VENUE_PREPS if gathering(relation) else set()
    if relation in lexicon.intent.cooperative:
        found = found | {"against"}
    return found


def consults(relation: str) -> bool:
    """Whether a relation is a contact: a meeting, call or visit (PLOVER's CONSULT)."""
    return relations()[relation].plover == "CONSULT"


def _talks(relation: str | None) -> bool:
    """Whether a relation is talks between equals ('met'), where what is talked about takes no part."""
    return relation is not None and consults(relation) and relations()[relation].symmetric


def hyphened_on(tok: Token) -> bool:
    """Whether a hyphen right after a token joins it to the next word ('95-year-old', 'Freedonian-born',
    'US-China'), with no space before it, as a dash would have."""
    return not tok.whitespace_ and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].text in HYPHENS


def before_a_hostile_deed(ctx: Context, tok: Token) -> bool:
    """Whether the word stands right before a noun for a hostile deed and says who did it ('a rebel attack on X', 'a
    police raid'); not where a name says whose the deed is ("Togo's military buildup", 'Togolese army drills')."""
    head, lexicon = tok.head, ctx.lexicon
    sense = lexicon.noun_sense(head.lower_, head.lemma_.lower()) if head.pos_ == "NOUN" else None
    return (
        tok.dep_ in {"amod", "compound"}
        and head.i == tok.i + 1
        and sense is not None
        and sense.relation in lexicon.intent.hostile
        and not any(c.dep_ == "poss" or c.i in ctx.mentions for c in [*head.lefts, *tok.lefts])
        and not _performed_by_subject(head, lexicon)
    )


def _performed_by_subject(deed: Token, lexicon: Lexicon) -> bool:
    """Whether a deed noun is the object of a verb that only says it was done ('X held military drills', 'X staged
    a raid'), whose subject is then its doer; not of one with a sense of its own ('condemned a police raid')."""
    verb = deed.head
    if deed.dep_ != "dobj" or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    return lexicon.verb_relation(lemma) is None or lexicon.support_relation(lemma, deed.lemma_.lower()) is not None


def meeting(relation: str) -> bool:
    """Whether a relation is a meeting ('met', 'hosted'): of those who took part in one."""
    return relations()[relation].event_class == "Meeting"


AMERICAN_SINGLE_L = re.compile(r"([aeiou])l(or|er)$")  # American 'counselor', British 'counsellor'
ADVERBIAL_MARKS = {"while", "after", "before", "when", "since", "by", "as"}  # "X spoke, while threatening Y"
FIRST_PERSON = {"i", "me", "we", "us", "our", "my"}  # in a quotation: its speaker
SPOKEN_FOR = {"we", "they", "it"}  # the subject of what a spokesperson reports: whom they speak for
SPEAKER_WORDS = 16  # how long a speaker's noun phrase, or one apposition of it, may run (tokens)
OPENING_QUOTES, CLOSING_QUOTES, EITHER_QUOTE = {"“", "«", "``"}, {"”", "»", "''"}, {'"'}
SINGLE_QUOTES = {"'", "‘", "’"}  # quotation marks where the tagger says so ('``', "''"); else an apostrophe
SPEECH_ENDS = {",", *CLOSING_QUOTES, *EITHER_QUOTE}  # what ends words said before their speaker is named

Evoke = Callable[["Context", Anchor], Evoked | None]


class Context:
    """One parsed article as rules see it. Nothing here changes once the mention passes are done."""

    def __init__(
        self,
        doc: Doc,
        document: Document,
        lexicon: Lexicon,
        gazetteer: Gazetteer,
        mentions: Mapping[int, Mention],
        anchors: Mapping[str, Mapping[int, Anchor]] | None = None,
        evokers: Sequence[tuple[str, Evoke]] = (),
    ):
        self.doc, self.document, self.lexicon, self.gazetteer = doc, document, lexicon, gazetteer
        self.mentions = mentions  # a read-only view
        self._anchors = anchors or {}
        self._evokers = evokers
        self._evoked: dict[int, Evoked | None] = {}
        self._sentences: list[Span] = []
        for sent in doc.sents:
            self._sentences += [sent] * len(sent)
        self._quotes: list[tuple[int, int]] | None = None
        self._speakers: dict[tuple[int, int], list[Mention]] = {}
        self._trailing_speakers: set[int] | None = None
        self.ents = tuple(doc.ents)  # the named entities, built once: Doc.ents builds them anew at every call
        self._ent_starts = [ent.start for ent in self.ents]

    def person_noun(self, word: str) -> bool:
        """A word for a kind of person or a title, in either spelling ('councilor', British 'councillor')."""
        spellings = (word, AMERICAN_SINGLE_L.sub(r"\1ll\2", word))
        return any(w in self.lexicon.people_nouns or w in self.gazetteer.title_words for w in spellings)

    def names_event(self, tok: Token) -> bool:
        """Whether a noun names an event of the lexicon's ('talks', 'the invasion')."""
        return self.sense_of(tok) is not None

    def sense_of(self, noun: Token | None) -> NounSense | None:
        """The event a noun names, by its form or its lemma ('talks', 'the invasion'), or with the modifier before it
        where the lexicon knows the two words together ('military operations', 'war games'); None for no noun."""
        if noun is None:
            return None
        lemma = noun.lemma_.lower()
        before = [c.lower_ for c in noun.lefts if c.dep_ in {"compound", "amod"}][-1:]
        paired = [f"{before[0]} {lemma}", f"{before[0]} {noun.lower_}"] if before else []
        return self.lexicon.noun_sense(*paired, noun.lower_, lemma)

    # --- where things are -----------------------------------------------------------

    def sentence(self, start: int, end: int | None = None) -> Span:
        """The sentence of a token, or of a span (both sentences when it crosses a boundary, as Span.sent)."""
        first = self._sentences[start]
        last = self._sentences[end - 1] if end is not None and end > start else first
        return first if last is first else self.doc[first.start : last.end]

    def entities(self, span: Span) -> list[Span]:
        """The named entities within a span, as Span.ents gives them, without walking every entity of the
        article each time (Span.ents does, which made an article with many facts cost its square)."""
        found = []
        for ent in self.ents[bisect_left(self._ent_starts, span.start) :]:
            if ent.start >= span.end:
                break
            if ent.end <= span.end:
                found.append(ent)
        return found

    def anchors(self, rule: str) -> list[Anchor]:
        """Where a rule's patterns matched, in text order."""
        return sorted(self._anchors.get(rule, {}).values(), key=lambda a: a.trigger.i)

    def anchor(self, rule: str, tok: Token) -> Anchor | None:
        return self._anchors.get(rule, {}).get(tok.i)

    def evoked(self, verb: Token) -> Evoked | None:
        """The relation a verb reports, the construction that knows it, and its objects: the first verb
        rule, in registry order, whose patterns match the verb and whose reading finds a relation."""
        if verb.i not in self._evoked:
            found = None
            for rule, evoke in self._evokers:
                anchor = self.anchor(rule, verb)
                if anchor is not None and (found := evoke(self, anchor)) is not None:
                    break
            self._evoked[verb.i] = found
        return self._evoked[verb.i]

    # --- arguments ------------------------------------------------------------------

    def actors(self, tok: Token | None) -> list[Mention]:
        """The mentions a token stands for as an argument, with its coordinated siblings."""
        if tok is None or tok.i in self.trailing_speakers():
            return []
        found = self._actor(tok)
        for conj in tok.children:
            if conj.dep_ == "conj" or self._apposed_by_and(tok, conj):
                found += self.actors(conj)
            elif self.joined_before(tok, conj):  # its own conjunct is the title of this name: left out
                found = self._actor(conj) + found
        return list(dict.fromkeys(found))

    def _apposed_by_and(self, tok: Token, other: Token) -> bool:
        """Whether a name the parser set in apposition to another is joined to it by 'and': a caption's position
        words split them ('X, second left, and Y, left, attend the meeting')."""
        if other.dep_ != "appos" or other.i < tok.i or other.i not in self.mentions or tok.i not in self.mentions:
            return False
        first, second = self.mentions[tok.i], self.mentions[other.i]
        if first is second or first.kind is not MentionKind.NAME or second.kind is not MentionKind.NAME:
            return False
        between = self.doc[tok.i + 1 : other.left_edge.i]
        return any(t.lower_ == "and" and t.dep_ == "cc" for t in between)

    def joined_before(self, tok: Token, left: Token) -> bool:
        """Whether a name hung on another as its modifier is a conjunct the parser misplaced: 'Peruvian President
        Ana Ruiz and Chilean President Luis Soto met' parses the first name as a modifier of the second, and
        'the Peru-Chile summit' (or 'Peruvian-Chilean talks') the first state as a modifier of the second."""
        if left.i > tok.i or left.dep_ not in {"nmod", "compound", "amod"} or left.i not in self.mentions:
            return False
        own = self.mentions.get(tok.i)
        if own is None or self.mentions[left.i] is own:
            return False
        after = self.doc[left.i + 1 : left.i + 3]
        hyphened = len(after) == 2 and after[0].text in HYPHENS and self.mentions.get(after[1].i) is own
        if left.dep_ == "amod":
            return hyphened  # "Freedonian-Ruritanian talks": two demonyms joined by a hyphen
        return hyphened or any(c.dep_ == "cc" for c in left.children)

    def _actor(self, tok: Token) -> list[Mention]:
        if found := self._principal_of_sayer(tok) or self._named(tok):
            return found  # "a spokesman for X said they would ...": X
        if (referred := self._referred(tok)) is not None:
            return referred
        by_others = (self._spoken_for, self.apposed, self._wielders, self._gathered, self._issuers)
        if found := next((found for find in by_others if (found := find(tok))), []):
            return found  # a spokesman, a name in apposition, armed forces, a gathering, words that speak
        lemma = tok.lemma_.lower()
        actor_noun = lemma in self.lexicon.actor_nouns or tok.lower_ in self.lexicon.actor_nouns
        forces = not actor_noun and self.lexicon.is_force(lemma, tok.lower_)  # "X and Y troops", no group's name
        if (actor_noun or forces) and (found := self._qualifying_actors(tok)):
            return found
        if actor_noun or tok.lower_ in COLLECTIVES or tok.lower_ in POLITIES:
            for prep in tok.children:  # "the government of X", "a group of Freedonian diplomats", "envoys from X"
                whose = prep.lower_ == "of" or (actor_noun and prep.lower_ == "from")
                if prep.dep_ == "prep" and whose and (found := self.actors(pobj(prep))):
                    return found + self._members(tok)  # "dozens of rebels, including X": X too
        if actor_noun and (found := self._seated_in(tok)):
            return found
        if tok.tag_ in {"NNS", "NNPS"}:  # "several states, including X and Y": those named among them
            return self._members(tok)
        return []

    def _issuers(self, words: Token) -> list[Mention]:
        """Who issued a statement that does something ('a statement from X condemned Y': the words speak for X): its
        owner ("X's statement", 'a Freedonian statement') or its 'from' or 'by' phrase."""
        if words.dep_ not in SUBJECT_DEPS or words.lemma_.lower() not in self.lexicon.statement_nouns:
            return []
        owners = [c for c in words.children if c.dep_ == "poss" or c.dep_ in MODIFIER_DEPS and c.i in self.mentions]
        found = [m for c in owners for m in self.actors(c) if m.kind is not MentionKind.PRONOUN]
        return found or [m for p in preps(words, {"from", "by"}) for m in self.actors(pobj(p))]

    def _members(self, tok: Token) -> list[Mention]:
        """Those an 'including' phrase names among a plural: 'several states, including X and Y'."""
        return [m for p in preps(tok, MEMBER_PREPS) for m in self.actors(pobj(p))]

    # --- quotations ------------------------------------------------------------------

    def speaker(self, tok: Token) -> list[Mention]:
        """Who says a quotation the token is in: the subject of the verb of saying beside it, outside it
        ("'...,' the minister said", "the minister said: '...'", or the next sentence: "..., she added")."""
        quote = next((q for q in self.quotes() if q[0] <= tok.i < q[1]), None)
        if quote is None:
            return []
        if quote not in self._speakers:
            self._speakers[quote] = self._attribution(*quote) or self._continued_quote(quote)
        return self._speakers[quote]

    def _continued_quote(self, quote: tuple[int, int]) -> list[Mention]:
        """The speaker of the quotation just before, in the same paragraph, of one that names no speaker: it goes
        on with what they said ('"...," X said. "I have said ..."')."""
        quotes = self.quotes()
        at = quotes.index(quote)
        if at == 0:
            return []
        end = quotes[at - 1][1]  # only the sentence that names the speaker between them, in one paragraph
        if "\n" in self.doc[end - 1 : quote[0] + 1].text or self.sentence(end - 1).end < quote[0]:
            return []
        return self.speaker(self.doc[quotes[at - 1][0]])

    def said_by(self, verb: Token) -> tuple[list[Mention], Token | None]:
        """Who says a verb's clause, and the verb of saying: the subject of the verb of saying that governs the
        clause ('X said Y's moves fuel tensions'), or a quotation's speaker (with no verb of its own)."""
        clause = verb
        while clause.dep_ in {"conj", "xcomp"} and clause.head is not clause:
            clause = clause.head
        if clause.dep_ == "ccomp" and clause.head.lemma_.lower() in self.lexicon.reporting_verbs:
            return self.subjects(clause.head), clause.head
        return self.speaker(verb), None

    def trailing_speakers(self) -> set[int]:
        """The tokens of a speaker named after what they say, whose verb of saying the parser left without
        a subject ('... have agreed to end the war, the envoy X said'): who says it, never a party to it."""
        if self._trailing_speakers is None:
            self._trailing_speakers = set()
            for verb in self.doc:
                if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.lexicon.reporting_verbs:
                    continue
                if child(verb, *SUBJECT_DEPS) is not None or not any(c.dep_ == "ccomp" for c in verb.lefts):
                    continue
                self._trailing_speakers.update(range(self._speaker_start(verb), verb.i))
        return self._trailing_speakers

    def _speaker_start(self, verb: Token) -> int:
        """Where the noun phrases naming a speaker before a verb of saying start: back to the comma or
        quotation mark that ends what they said, across appositions ('the envoy, former President X,')."""
        start, bound = verb.i, verb.sent.start
        while start > bound:
            chunk = start
            while chunk > bound and self.doc[chunk - 1].text not in SPEECH_ENDS:
                chunk -= 1
            if start - chunk > SPEAKER_WORDS or any(t.pos_ in VERBAL for t in self.doc[chunk:start]):
                break
            start = chunk
            if chunk == bound or self.doc[chunk - 1].text != ",":
                break
            start -= 1  # the comma between two appositions
        return start + (self.doc[start].text == ",")

    def quotes(self) -> list[tuple[int, int]]:
        """The quotations of the article as token ranges; one left open ends with its paragraph."""
        if self._quotes is None:
            self._quotes, start, single = [], None, False
            for tok in self.doc:
                text, mark = tok.text, tok.text in SINGLE_QUOTES
                closes = (text in CLOSING_QUOTES and not mark) or (text in EITHER_QUOTE and start is not None)
                closes = closes or (mark and single and tok.tag_ == "''")  # 'a single-quoted one,' she said
                if start is not None and (closes or "\n" in tok.whitespace_ or "\n" in text):
                    self._quotes.append((start, tok.i + 1))
                    start = None
                elif start is None and (text in OPENING_QUOTES or text in EITHER_QUOTE or (mark and tok.tag_ == "``")):
                    start, single = tok.i, mark
            if start is not None:
                self._quotes.append((start, len(self.doc)))
        return self._quotes

    def _attribution(self, start: int, end: int) -> list[Mention]:
        inside = range(start, end)
        near = [self.sentence(end - 1), self.sentence(start)]
        if end < len(self.doc):
            near.append(self.sentence(end))
        for sent in near:
            for verb in sent:
                if verb.i in inside or verb.pos_ not in VERBAL:
                    continue
                if verb.lemma_.lower() in self.lexicon.reporting_verbs:
                    said = child(verb, *SUBJECT_DEPS)
                    if said is not None and said.i not in inside and (found := self.actors(said)):
                        return found
        return []

    def _referred(self, tok: Token) -> list[Mention] | None:
        """What a word that refers back stands for: 'we' in a quotation, 'its', 'the country'; None for
        other words."""
        if tok.lower_ in FIRST_PERSON:  # "'We urge X to stop,' the minister said": the minister
            return self.speaker(tok)
        if tok.lower_ in POSSESSIVE_PRONOUNS and tok.dep_ == "poss":  # "the state ... its forces"
            return self._antecedent(tok)
        named = any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)  # "the Kingdom of X" names X
        if (
            tok.lemma_.lower() in self.lexicon.anaphoric_nouns
            and tok.tag_ not in {"NNS", "NNPS"}  # "ceded the islands to X": some of its land, not a state
            and any(c.lower_ == "the" for c in tok.children)
            and not named
        ):
            earlier = [self.mentions[i] for i in range(self.sentence(tok.i).start, tok.i) if i in self.mentions]
            return [m for m in earlier if m.gazetteer_id and m.type in PLACES][-1:]
        return None

    def its(self, tok: Token) -> Mention | None:
        """The one state or body a possessive 'its' stands for ('X called for calm. Its chairman said ...'), or a
        relative 'whose' ('X, whose foreign ministry urged calm, ...'): the noun the relative clause describes."""
        if tok.dep_ != "poss" or tok.lower_ not in {"its", "whose"}:
            return None
        found = self.actors(tok if tok.lower_ == "its" else _described_by(tok))
        return found[0] if len(found) == 1 else None

    def qualifiers(self, tok: Token | None) -> list[Mention]:
        """The actors that own or qualify a noun itself: 'X's troops', 'Freedonian troops' (not what follows it)."""
        if tok is None:
            return []
        return [m for c in tok.children if c.dep_ == "poss" or c.dep_ in MODIFIER_DEPS for m in self.actors(c)]

    def _named(self, tok: Token) -> list[Mention]:
        """The mention a token is part of, and those its 'including' phrase names ('Western powers, including X')."""
        return [self.mentions[tok.i], *self._members(tok)] if tok.i in self.mentions else []

    def _principal_of_sayer(self, pronoun: Token) -> list[Mention]:
        """Whom the subject pronoun of a reported clause stands for when the one who says it speaks for another: 'a
        spokesman for X said they would ...', "X's spokesman said it will ...", 'Y, a spokeswoman for X, said that
        we ...', 'X spokesperson Y said ...': X."""
        clause = pronoun.head
        if pronoun.lower_ not in SPOKEN_FOR or pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "ccomp":
            return []
        if self.speaker(pronoun):
            return []  # a quotation's 'we' is its speaker's
        if clause.head.lemma_.lower() not in self.lexicon.reporting_verbs:
            return []
        sayer = child(clause.head, *SUBJECT_DEPS)
        if sayer is None:
            return []
        proxies = (sayer, *(c for c in sayer.children if c.dep_ in {"appos", "compound"}))
        spoken_for = (
            self._spoken_for(p) or self.qualifiers(p) for p in proxies if p.lemma_.lower() in self.lexicon.proxy_nouns
        )
        return next((found for found in spoken_for if found), [])

    def _spoken_for(self, tok: Token) -> list[Mention]:
        """Whom a spokesperson, an office or aides speak for: the possessor, or the 'of' or 'for' phrase ('the office
        of President X', 'a spokesman for X'); and whom a government named after its leader acts as ('the X
        administration', 'X's government': X, a person)."""
        lemma = tok.lemma_.lower()
        if lemma not in self.lexicon.proxy_nouns and lemma not in self.lexicon.led_nouns:
            return []
        owner = child(tok, "poss") or pobj(next(iter(preps(tok, {"of", "for"})), None))  # "a spokesman for X"
        if lemma in self.lexicon.proxy_nouns:
            return self.actors(owner) if owner is not None else []
        leaders = [*self.actors(owner), *(m for c in tok.lefts if c.dep_ == "compound" for m in self.actors(c))]
        return [m for m in leaders if m.type is EntityType.PERSON]

    def _wielders(self, tok: Token) -> list[Mention]:
        """Whose weapons act: 'X's missiles struck Y', 'Freedonian drones hit Y', 'missiles fired by X hit Y'."""
        if tok.dep_ not in SUBJECT_DEPS or not self.lexicon.is_armament(tok.lemma_.lower(), tok.lower_):
            return []
        fired_by = [pobj(a) for c in tok.children if c.dep_ == "acl" for a in c.children if a.dep_ == "agent"]
        return self._qualifying_actors(tok) or [m for by in fired_by for m in self.actors(by)]

    def _gathered(self, tok: Token) -> list[Mention]:
        """Who meet in a meeting that does what a verb says: 'the summit between X and Y failed to produce a treaty';
        not 'the talks between X and Y began'."""
        sense = self.sense_of(tok) if tok.dep_ in SUBJECT_DEPS else None
        if sense is None or not meeting(sense.relation):
            return []
        does = tok.head.lemma_.lower() in self.lexicon.verbs or any(c.dep_ == "xcomp" for c in tok.head.children)
        if not does:
            return []
        return [m for p in preps(tok, {"between"}) for m in self.actors(pobj(p))]

    def apposed(self, tok: Token) -> list[Mention]:
        """The name in apposition to a noun: 'his counterpart Ana Ruiz', also where the parser hung the name right
        after a noun for a person elsewhere ('X and her Freedonian counterpart Ana Ruiz met': on X)."""
        for c in tok.children:
            if c.dep_ == "appos" and c.i in self.mentions and c.i not in self.trailing_speakers():
                return [self.mentions[c.i]]
        after = self.mentions.get(tok.i + 1)
        if after is None or after.type is not EntityType.PERSON or after.start != self.doc[tok.i + 1].idx:
            return []
        person = self.person_noun(tok.lower_) or tok.lemma_.lower() in self.lexicon.actor_nouns  # "counterpart"
        return [after] if tok.pos_ == "NOUN" and person else []

    def _qualifying_actors(self, tok: Token) -> list[Mention]:
        """'Freedonian officials', 'the Freedonian military': the state or body that qualifies an actor noun;
        'X administration officials': the leader a government named after them acts as."""
        for c in tok.children:
            if c.dep_ == "compound" and c.lemma_.lower() in self.lexicon.led_nouns and (led := self._led_by(c)):
                return led
            if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.i in self.mentions:
                mention = self.mentions[c.i]
                if mention.gazetteer_id or mention.type in ORGANIZATIONS or mention.kind is MentionKind.PLURAL:
                    return self.actors(c)  # "Freedonian and Ruritanian officials": both; "the two states' envoys"
                if mention.type is EntityType.PLACE and self.lexicon.names_rulers(tok.lemma_.lower(), tok.lower_):
                    return self.actors(c)  # "the Kerala government": a province's rulers, the province acting
        return []

    def _led_by(self, government: Token) -> list[Mention]:
        """The person a government noun that qualifies officials is named after: 'X administration officials',
        whichever of the two nouns the parser hangs the name on."""
        names = [c for c in government.lefts if c.dep_ == "compound"]
        names += [c for c in government.head.lefts if c.dep_ == "compound" and c.i < government.i]
        return [m for c in names for m in self.actors(c) if m.type is EntityType.PERSON]

    def _seated_in(self, tok: Token) -> list[Mention]:
        """'officials in X', 'our partners in X and in Y': the states and bodies an actor noun's 'in' names (not
        a place: 'diplomats in the capital'), and the place whose rulers a noun for rulers names ('the authorities
        in X': X acting, as 'the X government' is); 'friends and partners in X': one the parser hangs on the first
        of coordinated nouns is said of the last too."""
        shared = preps(tok.head, {"in"}) if tok.dep_ == "conj" else []
        kinds = STATES_AND_BODIES | ({EntityType.PLACE} if self.lexicon.names_rulers(tok.lower_) else set())
        found: list[Mention] = []
        for prep in [*preps(tok, {"in"}), *(p for p in shared if p.i > tok.i)]:
            for where in (prep, *prep.conjuncts):
                found += [m for m in self.actors(pobj(where)) if m.type in kinds]
        return found

    def _antecedent(self, tok: Token) -> list[Mention]:
        """What 'its' or 'their' stands for: the nearest country, body or group before it."""
        sent = self.sentence(tok.i)
        before = self.sentence(max(sent.start - 1, 0))
        for start, end in ((sent.start, tok.i), (before.start, sent.start)):
            heads = [  # a noun phrase's head, not a modifier like "UK" in "UK universities", nor a venue
                i
                for i in range(start, end)
                if i in self.mentions and role_in_phrase(self.doc[i]) not in MODIFIER_DEPS and not self._venue(i)
            ]
            earlier = [self.mentions[i] for i in heads]
            actors = [m for m in earlier if m.type not in {EntityType.PERSON, EntityType.PLACE}]
            if tok.lower_ == "its":  # one actor, not "X and Y universities" or "the rebels"
                actors = [m for m in actors if not self._plural(m)]
            people = {m.text for m in earlier if m.type is EntityType.PERSON and m.kind is MentionKind.NAME}
            if not actors and tok.lower_ == "their" and len(people) > 1:
                return []  # "X and Y agreed to reopen the border between their countries": the people's own
            if actors:
                if start < sent.start:  # across a sentence: what it was about, its subject or first actor
                    return [max(actors, key=lambda m: self._salience(m, start, end))]
                return self._with_coordinated(tok, heads, self._not_the_assailant(tok, actors))
        return []

    def _not_the_assailant(self, pronoun: Token, actors: list[Mention]) -> Mention:
        """The nearest actor before 'its', but for the thing a hostile deed is done to, not the doer when another
        actor is named before: 'X said Y had shelled its border posts' are X's posts (one's own are not shelled);
        'Y attacked its neighbour' is still Y's."""
        last = actors[-1]
        owned, verb = pronoun.head, pronoun.head.head
        if len(actors) < 2 or owned.dep_ != "dobj" or owned.lower_ in self.lexicon.partner_nouns:
            return last
        hostile = self.lexicon.verb_relation(verb.lemma_.lower()) in self.lexicon.intent.hostile  # the verb alone:
        # what the clause evokes asks for this very owner
        doers = [self.mentions.get(c.i) for c in verb.children if c.dep_ in SUBJECT_DEPS]
        return actors[-2] if hostile and last in doers else last

    def _with_coordinated(self, pronoun: Token, heads: list[int], last: Mention) -> list[Mention]:
        """The nearest actor, and for 'their' those it is coordinated with: "X and Y agreed to end their war" is
        both's war, not Y's."""
        if pronoun.lower_ != "their":
            return [last]
        at = next(i for i in reversed(heads) if self.mentions[i] == last)
        together = [self.mentions.get(c.i) for c in self.doc[at].conjuncts]
        return list(dict.fromkeys([*(m for m in together if m is not None and m.type is last.type), last]))

    def _venue(self, i: int) -> bool:
        """Whether a word names where something happens: the object of 'at' on a verb or its object ('vetoed a
        bid at the council to condemn its ...': its is not the council's)."""
        tok = self.doc[i]
        if tok.dep_ != "pobj" or tok.head.lower_ != "at":
            return False
        holder = tok.head.head
        return holder.pos_ in VERBAL or holder.dep_ == "dobj" and holder.head.pos_ in VERBAL

    def _plural(self, mention: Mention) -> bool:
        """Whether a mention names several: its head noun is plural or coordinated ('X and Y universities')."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or mention.type in {EntityType.COUNTRY, EntityType.PERSON}:
            return False
        return span.root.tag_ in {"NNS", "NNPS"} or any(t.dep_ == "cc" for t in span)

    def _salience(self, mention: Mention, start: int, end: int) -> int:
        roles = {role_in_phrase(self.doc[i]) for i in range(start, end) if self.mentions.get(i) == mention}
        return 3 if roles & {"nsubj", "nsubjpass"} else 2 if "dobj" in roles else 1 if "poss" in roles else 0

    def owners(self, tok: Token | None, depth: int = 3) -> list[Mention]:
        """Whose a thing is, when the thing is the argument: 'rejected a Freedonian proposal',
        'attacked a camp for Freedonian refugees', 'threatened action against Freedonia'."""
        if tok is None or depth == 0:
            return []
        found = self.actors(tok)
        if found:
            return found
        partners = self._owners_after(tok, depth) if tok.lower_ in self.lexicon.partner_nouns else None
        if partners:
            return partners  # "its friends in Lima": who they are, not whose friends
        opposed = opposed_modifiers(tok)  # "an anti-X rally" is against X, not X's
        possessed = any(c.dep_ == "poss" for c in tok.children)  # "X's Y policy": X's, about Y
        for c in tok.children:
            qualifies = c.dep_ in MODIFIER_DEPS and c.i in self.mentions and not self._made_in(tok, c)
            if c.dep_ == "poss" or (qualifies and not possessed):
                found += [m for m in self.actors(c) if m.kind is not MentionKind.PRONOUN and c not in opposed]
        if not found:
            found = partners if partners is not None else self._owners_after(tok, depth)
        for conj in tok.children:
            if conj.dep_ == "conj" and not found:
                found += self.owners(conj, depth)
        return list(dict.fromkeys(found))

    def _made_in(self, text: Token, qualifier: Token) -> bool:
        """Whether a city qualifies an agreement or a joint text by where it was made ('the X Accord', 'the X
        declaration'): no party to it, where 'a Freedonian plan' is Freedonia's."""
        named = self.mentions[qualifier.i]
        return named.type is EntityType.PLACE and self.lexicon.is_agreement(text.lemma_.lower(), text.lower_)

    def _owners_after(self, tok: Token, depth: int) -> list[Mention]:
        """Owners named after the thing: 'a camp for X refugees', 'the march staged by X'; where people live ('aid
        to 3,000 people in northern X': the act is on X)."""
        found: list[Mention] = []
        lives = tok.lower_ in self.lexicon.people_words  # "people", "the population": of where they live
        lives = lives or tok.lower_ in self.lexicon.partner_nouns  # "our friends in Lima": the state there
        for c in tok.children:
            # not a clause: 'accused them of committing atrocities against X' owns nothing of X's
            if c.dep_ == "prep" and (c.lower_ in OWNER_PREPS or lives and c.lower_ == "in") and not _clausal(pobj(c)):
                found += self.owners(pobj(c), depth - 1)
            elif c.dep_ == "acl" and not self.held_by(tok, c):  # "the march staged by X"; not "sailors held by X"
                doers = self.actors(pobj(child(c, "agent") or next(iter(preps(c, {"by"})), None)))
                found += [m for m in doers if not self._befallen(tok, m)]
        return found

    def _befallen(self, people: Token, doer: Mention) -> bool:
        """Whether what a participle on people says they underwent is an event, which owns no one ('families
        displaced by the fighting', 'people hit by the floods'): those people are not the event's."""
        lex = self.lexicon
        return doer.kind is MentionKind.EVENT and lex.names_people(people.lemma_.lower(), people.lower_)

    def held_by(self, people: Token, participle: Token) -> bool:
        """Whether a participle says that people are held or harmed ('the sailors held by X', 'civilians killed by
        X'): its 'by' phrase names who did it to them, whose they are not, as a thing X makes ('the march staged by
        X') or people X sends ('aid workers sent by X') are X's."""
        lex, named = self.lexicon, self.mentions.get(people.i)
        if not lex.names_people(people.lemma_.lower(), people.lower_) and not (
            named and named.type is EntityType.PERSON
        ):
            return False
        evoked = self.evoked(participle)
        return participle.lemma_.lower() in lex.captor_verbs or (
            evoked is not None and evoked.relation in lex.intent.hostile
        )

    def _comma_joined(self, verb: Token, subjects: list[Token]) -> list[Token]:
        """A name a headline joins to the subject with a comma for 'and' ('X, Y agree to resume talks'), which the
        parser hangs on the verb as a modifier."""
        if len(subjects) != 1 or (start := subjects[0].left_edge.i) < 2 or self.doc[start - 1].text != ",":
            return []
        before, sent = self.doc[start - 2], verb.sent
        joined = before.head == verb and before.dep_ == "npadvmod" and before.left_edge.i == sent.start
        first, second = self.mentions.get(before.i), self.mentions.get(subjects[0].i)
        if not joined or first is None or second is None or first.type is not second.type:
            return []  # two of a kind, as a headline joins them; not a dateline's place ('LIMA, The minister said')
        headline = sent[-1].text not in SENTENCE_ENDS and not before.text.isupper()
        return [before] if headline else []

    def _hung_before_and(self, head: Token) -> list[Mention]:
        """A person's name the parser hung inside the phrase of a subject or object, with 'and' after it ('Xian Foreign
        Minister Ana Ruiz and Yian envoy Luis Soto signed ...' read as modifiers of the envoy): one beside it."""
        return [
            m
            for tok in self.doc[head.left_edge.i : head.i]
            if tok.dep_ in HUNG_NAME_DEPS
            and (m := self.mentions.get(tok.i)) is not None
            and m.type is EntityType.PERSON
            and any(c.dep_ == "cc" and c.lower_ == "and" for c in tok.children)
        ]

    def subjects(self, verb: Token) -> list[Mention]:
        """Who does what a verb says: its subject, its passive agent, or the subject its clause inherits. A verb the
        parser gave two subjects has both: 'X, left, and Y hold talks' (a caption's position word splits them)."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # the parser may hang the subject on the auxiliary: "X did not refrain from ..."
        subjects = subjects or [c for a in verb.children if a.dep_ == "aux" for c in a.children if c.dep_ == "nsubj"]
        hung = self._hung_before_and(subjects[0]) if len(subjects) == 1 else []
        subjects = self._comma_joined(verb, subjects) + subjects
        if subjects:
            return list(dict.fromkeys([*hung, *(m for c in subjects for m in self._subject(verb, c))]))
        if (agent := child(verb, "agent")) is not None:  # passive: "was received by X"
            return self.actors(pobj(agent))
        if child(verb, "auxpass") is not None and (by := self._passive_by(verb) or self._holders_freeing(verb)):
            return by  # "X was offered aid by Y", the parser taking 'by Y' for a mere preposition
        if (passive := child(verb, "nsubjpass")) is not None:
            taking_part = verb.lemma_.lower() in self.lexicon.participation_verbs and preps(verb, {"in"})
            return self.actors(passive) if taking_part else []  # "X was engaged in talks": X takes part
        return self._named_as_adverb(verb) or self._inherited_subjects(verb)

    def _passive_by(self, verb: Token) -> list[Mention]:
        return [m for p in preps(verb, {"by"}) for m in self.actors(pobj(p))]

    def _holders_freeing(self, verb: Token) -> list[Mention]:
        """Who frees the held, where no one is said to: who holds them, the state or body whose custody or prison it
        is or that it is in ('were released from captivity in X', 'freed from X's custody')."""
        if not self.lexicon.frees(verb.lemma_.lower()):
            return []
        held = [n for p in preps(verb, {"from"}) if (n := pobj(p)) is not None and self._holding(n)]
        owners = [m for n in held for m in self.owners(n) if m.type is not EntityType.PERSON]
        where = [p for n in held for p in preps(n, WHERE_PREPS)] + (preps(verb, WHERE_PREPS) if held else [])
        return owners or [m for p in where for m in self.actors(pobj(p))]  # the parser may hang 'in X' on the verb

    def _holding(self, noun: Token) -> bool:
        return noun.lower_ in self.lexicon.holding_nouns or noun.lemma_.lower() in self.lexicon.holding_nouns

    def _named_as_adverb(self, verb: Token) -> list[Mention]:
        """A name that opens a clause without a subject, which the parser read as the verb's adverb ('UNHCR sent
        tents'): no adverb, the subject."""
        first = next(iter(verb.lefts), None)
        named = self.mentions.get(first.i) if first is not None and first.dep_ in ADVERBIAL_DEPS else None
        return [named] if named is not None and named.kind is MentionKind.NAME else []

    def _subject(self, verb: Token, subject: Token) -> list[Mention]:
        if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
            return self._predicated(verb.head) or self.actors(verb.head)
        if subject.lower_ in CLAUSE_PRONOUNS and (reporter := self._reporter(verb)):
            person = subject.lower_ in PERSON_PRONOUNS
            if all((m.type is EntityType.PERSON) == person for m in reporter):
                # "Freedonia says it will withdraw": the speaker; "X said he and Y met": Y too
                joined = [m for c in subject.conjuncts for m in self.actors(c) if m not in reporter]
                return reporter + joined
        return self.actors(subject)

    def _may_act(self, noun: Token) -> bool:
        """Whether an object may be who does what follows it: a name, a pronoun, or a noun for people."""
        return noun.pos_ in {"PROPN", "PRON"} or self.lexicon.names_people(noun.lemma_.lower(), noun.lower_)

    def _inherited_subjects(self, verb: Token) -> list[Mention]:
        """The subject of a clause without its own: from the clause it completes or modifies."""
        head, dep = verb.head, verb.dep_
        if dep == "xcomp":
            return self._controllers(head)
        plan = self.proposal_completed(verb)  # "vetoed a bid at the council to condemn X": the bid's
        if dep == "acl" and verb.tag_ == "VBN" and plan is None and self.evoked(verb) is not None:
            return []  # "a lawyer jailed in X": the noun underwent the event; only a "by" phrase names who did it
        if dep in {"acl", "relcl"} or plan is not None:  # "companies supplying equipment"
            return self._modified_subjects(verb, plan or head)
        if dep == "amod" and verb.pos_ == "ADJ" and verb.i > head.i:  # "a report critical of X", a clause on it
            return self._modified_subjects(verb, head)
        if dep == "pcomp" and head.lower_ == "to" and head.head.pos_ in {"NOUN", "PROPN"}:
            return self._modified_subjects(verb, head.head)  # "its pledge to supporting X", as "to support X"
        blamed = head.head.dep_ == "acomp" and head.head.lemma_.lower() in self.lexicon.blaming_words
        if dep == "pcomp" and blamed:  # "X is guilty of shelling Y": X did; not "capable of"
            return self.subjects(head.head.head)
        if dep == "pcomp" and head.head.pos_ in VERBAL:  # "X resorted to throwing ..."
            obj = child(head.head, "dobj")
            if obj is not None and head.head.lemma_.lower() in self.lexicon.joining_verbs and head.lower_ == "in":
                return self.subjects(head.head) + self.actors(obj)  # "X joined Y in condemning Z": both did
            return self.actors(obj) if obj is not None else self.subjects(head.head)  # "accused Y of shelling"
        to_purpose = dep == "advcl" and infinitive(verb)
        mark = child(verb, "mark")
        participle = dep == "advcl" and verb.tag_ in {"VBG", "VBN"} and (mark is None or mark.lower_ in ADVERBIAL_MARKS)
        if (dep == "conj" and head != verb) or dep == "acomp" or to_purpose or participle:
            # "X is willing to withdraw", "began a strike to protest against X", "X spoke, calling on Y to act"
            return self.subjects(head)
        return []

    def _controllers(self, verb: Token) -> list[Mention]:
        """Who does what a verb's infinitive says: its indirect object ('gave X 48 hours to withdraw'; not 'promised
        X to withdraw'), its object ('urged X to call on Y'; not 'began a strike to protest', a thing cannot; not
        'phoned X to apologise', whose purpose is the caller's), else its subject."""
        given = child(verb, "dative")
        commits = verb.lemma_.lower() in self.lexicon.intent.commissive_governors
        if given is not None and not commits and (recipients := self.actors(dative(given))):
            return recipients
        obj = child(verb, "dobj")
        contact = (evoked := self.evoked(verb)) is not None and consults(evoked.relation)
        if obj is not None and not contact and (obj.i in self.mentions or self._may_act(obj)):
            return self.actors(obj)
        return self.subjects(verb) or self.passive_subjects(verb)

    def proposal_completed(self, verb: Token) -> Token | None:
        """The proposal noun an infinitive says the content of, where the parser hangs the infinitive on the verb
        whose object the noun is ('vetoed a bid at the council to condemn X': the bid is to condemn X)."""
        if verb.dep_ != "advcl" or not infinitive(verb):
            return None
        obj = child(verb.head, "dobj")
        return obj if obj is not None and obj.i < verb.i and self.lexicon.is_proposal(obj.lemma_.lower()) else None

    def _modified_subjects(self, verb: Token, head: Token) -> list[Mention]:
        """The doer of a clause modifying a noun: the noun itself, or who issued a statement or made a plan."""
        lex = self.lexicon
        if found := self._predicated(head) or self.actors(head):
            return found
        noun = head.lemma_.lower()
        chosen = noun in lex.decision_nouns and infinitive(verb)  # "X's decision to expel Y's envoy"
        sense = lex.noun_sense(head.lower_, noun)
        voiced = sense is not None and sense.relation == lex.verbs["protest"]  # "a rally calling for X's removal"
        if verb.dep_ == "relcl" or not (
            chosen or voiced or noun in lex.statement_nouns or lex.is_proposal(noun) or lex.is_legal(noun)
        ):
            return []
        if issuer := self.owners(head):  # "a joint statement criticising X", "X's plans to free Y"
            return issuer
        governor = governing_verb(head)  # "X issued a declaration demanding ...", "X released a report accusing ...",
        # "X filed a suit accusing ..."; not one who reacts to the words: "X vetoed a statement ..."; nor one the
        # words come before or after: "X left following an order allowing ..."
        if governor is None or head.head != governor or self._reacts(governor):
            return []
        return self.subjects(governor)

    def _reacts(self, verb: Token) -> bool:
        """Whether a verb is what one does to another's words ('rejected', 'condemned', 'welcomed' a statement)."""
        evoked = self.evoked(verb)
        senses = {evoked.relation if evoked else None, self.lexicon.thing_relation(verb.lemma_.lower())}
        return bool(senses & WORD_REACTIONS)

    def _predicated(self, noun: Token) -> list[Mention]:
        """Whom a predicate noun is said of: 'X is the first leader to visit Y', 'X became the envoy who
        met Y' say that X visited, X met."""
        return self.subjects(noun.head) if noun.dep_ == "attr" and noun.head.pos_ in VERBAL else []

    def _reporter(self, verb: Token) -> list[Mention]:
        """Who speaks, when a clause is what they said or announced ('X said it would ...')."""
        tok, steps = verb, 0
        while tok.dep_ in {"xcomp", "conj"} and steps < 3:
            tok, steps = tok.head, steps + 1
        if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in self.lexicon.reporting_verbs:
            return []
        return self.actors(child(tok.head, *SUBJECT_DEPS))

    def passive_subjects(self, verb: Token) -> list[Mention]:
        """'He is expected to meet': the passive subject of the governing verb does the meeting."""
        return self.actors(child(verb, "nsubjpass"))

    def objects(self, verb: Token, relation: str | None = None) -> list[Mention]:
        """Whom a verb is done to: its objects, recipients and prepositional objects, or their owners; never
        what the phrases `not_whom` lists name."""
        not_whom_preps = not_whom(relation, self.lexicon)
        direct_args = [
            dative(c) for c in verb.children if c.dep_ in {"dobj", "dative"} and not self.quoted_apart(verb, c)
        ]
        if phrasal_lemma(verb) in self.lexicon.topic_verbs:  # "discussed X's role": a topic, no party; but
            # "discussed the crisis with Y", "mediated the dispute between Y and Z": the parser hangs the parties on it
            direct_args = [pobj(p) for arg in direct_args if arg is not None for p in preps(arg, PARTY_PREPS)]
        prep_args = [
            pobj(c)
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ in self.lexicon.verb_preps and c.lower_ not in not_whom_preps
        ]
        prep_args = [a for a in prep_args if not self.names_no_target(a)]
        prep_args += self._given_to(verb, direct_args)
        handed = [arg for arg in prep_args if arg is not None and arg.head.lower_ == "to"]  # the cheap test first
        if (
            handed
            and phrasal_lemma(verb) in self.lexicon.handing_verbs
            and (to := [m for arg in handed for m in self.actors(arg)])
        ):
            return to  # "extradited Ana Ruiz to X": the act is toward X
        direct = [m for arg in direct_args if arg is not None for m in [*self._hung_before_and(arg), *self.actors(arg)]]
        found = direct + [
            m for arg in prep_args for m in self.actors(arg) if not (direct and self._destination(arg, m))
        ]
        if not found and relation == self.lexicon.stoppage_relation:  # "protested over X's tariffs": against X
            found = self.grieved(verb)
        if not found and not self._satisfied(verb, relation):  # "rejected a Freedonian proposal": whose the thing is
            found = [
                m for arg in [*direct_args, *prep_args] if not self._topic(arg, relation) for m in self.owners(arg)
            ]
        if not found and not direct_args and not prep_args:
            found = self._headline_owner(verb) or self._what_it_called(verb) or self._shared_object(verb)
            found = found or self._raised_object(verb)
        return list(dict.fromkeys(found))

    def grieved(self, holder: Token) -> list[Mention]:
        """Whose deed a protest's 'over' or 'in response to' phrase names, by a possessor or qualifier ('protested over
        X's tariffs', 'over the Xian tariffs', 'struck in response to X's decision'); not by an 'of' phrase ('over the
        arrest of X' is not X's deed)."""
        things = [g for p in preps(holder, GRIEVANCE_PREPS) if (g := pobj(p)) is not None]
        answers = [f for p in preps(holder, {"in"}) if (f := pobj(p)) is not None and f.lower_ in RESPONSE_NOUNS]
        things += [g for f in answers for p in preps(f, {"to"}) if (g := pobj(p)) is not None]
        return [m for g in things for c in g.lefts if c.dep_ in {"poss", "amod", "compound"} for m in self.actors(c)]

    def court_heard_at(self, arg: Token | None) -> bool:
        """Whether a phrase names the court a case is heard at ('sued X at the International Court', 'charged X
        before a court'): where, not whom it is against."""
        named = self.mentions.get(arg.i) if arg is not None and arg.head.lower_ in COURT_PREPS else None
        words = named.text.lower().split() if named is not None else []
        return any(self.lexicon.institution_nouns.get(w) == COURT for w in words)

    def _satisfied(self, verb: Token, relation: str | None) -> bool:
        """Whether a verb of meeting has a thing, not an actor, as its object, and so satisfies it, meeting no one:
        'met the needs of X', 'met X's expectations'; where talking about a thing ('discussed X's proposal') meets
        its owner."""
        return _talks(relation) and not self.lexicon.speaks_of(verb.lemma_.lower())

    def _topic(self, arg: Token | None, relation: str | None) -> bool:
        """Whether an event is what talks are about, whose parties take no part in them ('discussed sanctions
        against X' meets no X); not what one welcomes ('welcomed X's visit' praises X)."""
        return _talks(relation) and arg is not None and self.names_event(arg)

    def aimed_at(self, tok: Token) -> list[Token]:
        """What a clause on a deed's noun or verb says the deed was aimed at: 'strikes targeting X', 'measures
        aimed at X', 'carried out raids, targeting X'."""
        aims = [c for c in tok.children if c.dep_ in AIM_DEPS and c.lemma_.lower() in self.lexicon.aiming_verbs]
        found = [c for aim in aims for c in aim.children if c.dep_ == "dobj"]
        return found + [n for aim in aims for n in map(pobj, preps(aim, {"at", "against"})) if n is not None]

    def host_inviting(self, noun: Token) -> list[Mention]:
        """Who an invitation names no author of comes from: the one it invites to visit ('an invitation to visit X':
        X, the host)."""
        if not self.lexicon.is_invitation(noun.lower_, noun.lemma_.lower()) or preps(noun, {"from", "by"}):
            return []  # "an invitation from Y to visit X": from Y
        visiting = self.lexicon.verb_relation("visit")
        visits = [c for c in noun.children if c.dep_ == "acl" and (e := self.evoked(c)) and e.relation == visiting]
        return [m for visit in visits for m in self.objects(visit, visiting)]

    def across(self, noun: Token | None) -> list[Mention]:
        """Who is on the other side of a border a deed is done at: its 'with' phrase ('along its border with X': X,
        not whose border it is)."""
        if noun is None or not self.lexicon.is_border(noun.lower_, noun.lemma_.lower()):
            return []
        return [m for p in preps(noun, {"with"}) for m in self.actors(pobj(p))]

    def time_frame(self, noun: Token | None) -> bool:
        """Whether a phrase's noun names a stretch of time ('on the eve of X's visit', 'in the run-up to talks with
        X'): it times a deed, and its own phrases name no one the deed is aimed at."""
        if noun is None:
            return False
        if noun.ent_type_ in TIMES:
            return True
        words = {noun.lemma_.lower(), hyphen_joined(noun)}  # "run-up"
        return bool(words & self.lexicon.time_frame_nouns)

    def names_no_target(self, noun: Token | None) -> bool:
        """Whether a phrase's noun names no one a deed is aimed at, whatever its preposition: those one acts for
        ('on behalf of X'), the court a case is heard at, a stretch of time ('on the eve of X's visit'), or help
        given ('with the support of X')."""
        return self.for_whom(noun) or self.court_heard_at(noun) or self.time_frame(noun) or self.helped_with(noun)

    def helped_with(self, noun: Token | None) -> bool:
        """Whether a 'with' phrase names help given to the doer ('with the support of Y'), not a partner."""
        return noun is not None and noun.head.lower_ == "with" and noun.lemma_.lower() in self.lexicon.backing_nouns

    def for_whom(self, noun: Token | None) -> bool:
        """Whether a phrase's noun names those one acts with or for ('on Y's side', 'on behalf of Y')."""
        return noun is not None and noun.lemma_.lower() in self.lexicon.allegiance_nouns

    def _given_to(self, verb: Token, direct_args: list[Token | None]) -> list[Token | None]:
        """Whom a verb of giving gives its thing to, or one of refusing refuses it to, where the parser hung the
        'to' phrase on the thing: 'donated ambulances to X', 'handed the files to X', 'denied entry to X'."""
        support, lex = self.lexicon.support, self.lexicon
        lemma = phrasal_lemma(verb)
        giving = support is not None and GIVING in support.classes_of.get(lemma, ())
        if not giving and lemma not in lex.handing_verbs and lemma not in lex.withholding_verbs:
            return []
        things = [a for a in direct_args if a is not None and not self.actors(a)]
        return [pobj(p) for thing in things for p in preps(thing, {"to"})]

    def _raised_object(self, verb: Token) -> list[Mention]:
        """The one a verb of permission lets do something, or one of help helps do, where the parser makes them the
        subject of the infinitive: 'allowed X to deploy troops' gives way to X, 'helped X fight Y' aids X; or of
        what is given, read as a clause of its own: 'allowed X access to the site'. Letting someone's things do
        something gives way to their owner ('allowed X's planes to land')."""
        lemma = verb.lemma_.lower()
        permits = lemma in self.lexicon.permitting_verbs
        if not permits and lemma not in self.lexicon.intent.catenative_governors:
            return []
        given = {"VB", "NN", "NNS"}
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and (infinitive(c) or c.tag_ in given)), None)
        let = child(clause, "nsubj") if clause is not None else None
        return self.actors(let) or (self.qualifiers(let) if permits else [])

    def _shared_object(self, verb: Token) -> list[Mention]:
        """The object a verb shares with the verb joined straight after it: 'condemned and sanctioned X' condemns X."""
        sharing = sharing_verb(verb)
        return self.objects(sharing) if sharing is not None else []

    def _what_it_called(self, verb: Token) -> list[Mention]:
        """Whose a thing named by a free relative is: 'condemned what it called X's aggression', 'what it described
        as X's aggression' condemn X."""
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            what = child(clause, "dobj")
            if what is None or what.lower_ != "what" or clause.lemma_.lower() not in self.lexicon.characterizing_verbs:
                continue
            return self.owners(child(clause, "oprd", "attr") or pobj(next(iter(preps(clause, {"as"})), None)))
        return []

    def _headline_owner(self, verb: Token) -> list[Mention]:
        """'X praises Y move', 'X condemns Y attack': a headline's noun the tagger took for a bare verb, with no
        auxiliary or mark, leaves whose it is as that verb's subject or modifier: the one acted on."""
        for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i):
            if any(c.dep_ in {"aux", "auxpass", "mark", "dobj", "prep"} for c in clause.children):
                continue
            owner = next((c for c in clause.children if c.dep_ in {"nsubj", "compound"} and c.i < clause.i), None)
            if owner is not None and (found := self.actors(owner)):
                return found
        return []

    def _destination(self, arg: Token, m: Mention) -> bool:
        """Where the object goes, not a second one done to: 'invited X to the capital', 'sent X into Freedonia',
        'summoned X to its foreign ministry' (the doer's own office)."""
        own = any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in arg.children)
        return arg.head.lower_ in DESTINATION_PREPS and (own or m.type in {EntityType.PLACE, EntityType.COUNTRY})

    def direct_objects(self, verb: Token) -> list[Mention]:
        """The actors a verb takes as its object or recipient, not through a preposition."""
        args = [c for c in verb.children if c.dep_ in {"dobj", "dative"} and not self.quoted_apart(verb, c)]
        return [m for c in args for m in self.actors(dative(c))]

    def quoted_apart(self, verb: Token, arg: Token) -> bool:
        """Whether an argument lies in a quoted clause the verb is outside of: 'X said, "Only Y can end this war"'
        has no object Y, whatever the parser says. A quoted name ('the "Blue" party') is kept."""
        for start, end in self.quotes():
            if start <= arg.i < end and not start <= verb.i < end:
                return any(t.pos_ in VERBAL for t in self.doc[start:end])
        return False

    def placed_in(self, holder: Token) -> Mention | None:
        """The place a phrase's own preposition of place names: 'in X', 'in X province', 'in X's north', 'near the city
        of X'."""
        for prep in preps(holder, WHERE_PREPS):
            obj = pobj(prep)
            named = [obj, *(c for c in obj.children if c.dep_ in {"compound", "amod", "poss"})] if obj else []
            named += [pobj(c) for t in named for c in preps(t, {"of", "near", "around", "outside"})]
            if place := next((p for tok in named if (p := self.place_of(tok))), None):
                return place
        return None

    def place_of(self, tok: Token | None) -> Mention | None:
        """The place or country a token names, if any."""
        mention = self.mentions.get(tok.i) if tok is not None else None
        return mention if mention and mention.type in PLACES else None


def _described_by(relative: Token) -> Token | None:
    """The noun a relative clause describes, from a word of that clause: 'X' of 'X, whose army ...'."""
    tok = relative.head
    for _ in range(3):
        if tok.dep_ == "relcl":
            return tok.head
        tok = tok.head
    return None


def _clausal(tok: Token | None) -> bool:
    """Whether a preposition's object is a clause ('of committing X'), not a thing."""
    return tok is not None and tok.dep_ == "pcomp" and tok.pos_ in VERBAL
