"""Regenerate kgraph/data/wordnet_lexicon.json: the words of each relation's WordNet class.

    python tools/wordnet_lexicon.py [--wordnet /usr/share/wordnet] [--check]

kgraph/data/classes.json names, for each relation, WordNet 3.0 verb synsets (its roots) and how
many levels of troponyms below each belong to the class. This script reads WordNet through nltk
and writes, for every word of those synsets:

- verbs: a verb whose dominant sense lies in one class (its first sense, or senses holding at
  least `dominant_share` of its tagged uses) -> that relation;
- nouns: nominalisations of the class's verbs (WordNet's derivational links, event nouns only:
  noun.act, noun.communication, noun.event, sharing the verb's stem) -> the verb's relation;
- agent_nouns: nouns for the doer of a class verb ("critic", "supporter") -> its relation;
- people_nouns: nouns whose first sense is a person ("dockers", "prosecutors"), which a state or
  body can qualify into an actor ("Freedonian dockers");
- mind_verbs: verbs whose first sense is saying, thinking or perceiving ("discuss", "note", "see"):
  who talks about an event named by a noun ("discussed the war") did not do it;
- feeling_verbs: verbs whose first sense is a feeling ("mourn", "regret", "grieve"): who feels about an
  event named by a noun ("mourned the killing of X") did not do it either;
- judged_people: nouns whose dominant sense is a kind of person that calling someone one of judges them
  ("called X a liar": criticized), from the classes' `judged_people` roots and every level below.

Words listed under a relation's `not_in_news` are left out (a sense WordNet ranks first that
news does not use). The output is data kgraph loads at start; WordNet is not needed at run time.
With --check nothing is written: the exit status says whether the committed file is current.
Needs `pip install 'nltk<3.9'` (later releases want an index.sense file Debian's WordNet lacks) and
WordNet's database files (Debian: `apt-get install wordnet-base`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLASSES = ROOT / "kgraph" / "data" / "classes.json"
OUTPUT = ROOT / "kgraph" / "data" / "wordnet_lexicon.json"
EVENT_NOUN_FILES = {"noun.act", "noun.communication", "noun.event"}
PEOPLE_FILES = {"noun.person"}
MIND_FILES = {"verb.communication", "verb.cognition", "verb.perception"}
FEELING_FILES = {"verb.emotion"}
STEM = 4  # a nominalisation shares this many first letters with its verb: "condemnation" ~ "condemn"
AGENT_SUFFIXES = ("er", "or", "ist", "ant", "ent", "ic", "ian")  # the doer, not the one done to ("-ee")
# lexnames(5WN): WordNet 3.0's 45 lexicographer files; Debian's package leaves this file out.
LEXNAMES = [
    "adj.all",
    "adj.pert",
    "adv.all",
    "noun.Tops",
    "noun.act",
    "noun.animal",
    "noun.artifact",
    "noun.attribute",
    "noun.body",
    "noun.cognition",
    "noun.communication",
    "noun.event",
    "noun.feeling",
    "noun.food",
    "noun.group",
    "noun.location",
    "noun.motive",
    "noun.object",
    "noun.person",
    "noun.phenomenon",
    "noun.plant",
    "noun.possession",
    "noun.process",
    "noun.quantity",
    "noun.relation",
    "noun.shape",
    "noun.state",
    "noun.substance",
    "noun.time",
    "verb.body",
    "verb.change",
    "verb.cognition",
    "verb.communication",
    "verb.competition",
    "verb.consumption",
    "verb.contact",
    "verb.creation",
    "verb.emotion",
    "verb.motion",
    "verb.perception",
    "verb.possession",
    "verb.social",
    "verb.stative",
    "verb.weather",
    "adj.ppl",
]


def open_wordnet(database: Path, workdir: Path):
    """nltk's reader over a WordNet 3.0 database folder (copied where nltk accepts it, with lexnames)."""
    target = workdir / "corpora" / "wordnet"
    shutil.copytree(database, target)
    categories = {"adj": 3, "adv": 4, "noun": 1, "verb": 2}
    lines = [f"{i:02d}\t{name}\t{categories[name.split('.')[0]]}" for i, name in enumerate(LEXNAMES)]
    (target / "lexnames").write_text("\n".join(lines) + "\n")
    import nltk
    from nltk.corpus.reader.wordnet import WordNetCorpusReader

    nltk.data.path.insert(0, str(workdir))  # nltk reads corpora only under its data roots
    return WordNetCorpusReader(str(target), None)


def class_members(wn, spec: dict) -> dict:
    """Every synset of a class -> (relation, levels below its root); the nearest root wins."""
    member: dict = {}
    for relation, roots in spec["verbs"].items():
        for name, depth in roots.items():
            level = [wn.synset(name)]
            for distance in range(depth + 1):
                for synset in level:
                    if synset not in member or member[synset][1] > distance:
                        member[synset] = (relation, distance)
                level = [h for s in level for h in s.hyponyms()]
    return member


def dominant(wn, word: str, pos: str, relation_of, share: float) -> str | None:
    """The relation of a word's dominant sense: its first sense's, or one holding `share` of its uses."""
    senses = wn.synsets(word, pos)
    if not senses:
        return None
    weights = []
    for i, synset in enumerate(senses):
        uses = sum(lemma.count() for lemma in synset.lemmas() if lemma.name().lower() == word.lower())
        weights.append((synset, uses + (1 if i < 3 else 0)))  # untagged early senses still count a little
    total = sum(w for _, w in weights) or 1
    by_relation: dict[str, float] = defaultdict(float)
    for synset, weight in weights:
        if relation := relation_of(synset):
            by_relation[relation] += weight
    if not by_relation:
        return None
    best = max(sorted(by_relation), key=by_relation.__getitem__)
    return best if relation_of(senses[0]) == best or by_relation[best] / total >= share else None


def generate(wn, spec: dict) -> dict:
    member = class_members(wn, spec)
    share = spec["dominant_share"]
    excluded = {word.replace(" ", "_") for words in spec["not_in_news"].values() for word in words}

    def relation_of(synset):
        return member.get(synset, (None, 0))[0]

    def words(synsets):
        return sorted({lemma.name() for s in synsets for lemma in s.lemmas()})

    verbs = {}
    for word in words(member):
        if word not in excluded and (relation := dominant(wn, word, "v", relation_of, share)):
            verbs[word] = relation
    nominal, agents = derived_nouns(member)
    nouns = {
        word: relation
        for word in words(nominal)
        if word not in excluded and (relation := dominant(wn, word, "n", nominal.get, share))
    }
    agent_nouns = {
        word: relation
        for word in words(agents)
        if word not in excluded
        and word.endswith(AGENT_SUFFIXES)
        and (relation := dominant(wn, word, "n", agents.get, share)) in spec["agent_relations"]
    }
    return {
        "about": "Generated by tools/wordnet_lexicon.py from WordNet 3.0 and kgraph/data/classes.json; do not edit.",
        "people_nouns": sorted(people_nouns(wn) - excluded),
        "mind_verbs": sorted(mind_verbs(wn)),
        "feeling_verbs": sorted(mind_verbs(wn, FEELING_FILES)),
        "verbs": {w.replace("_", " "): r for w, r in verbs.items()},
        "nouns": {w.replace("_", " "): r for w, r in nouns.items()},
        "agent_nouns": {w.replace("_", " "): r for w, r in agent_nouns.items()},
        "judged_people": judged_people(wn, spec["judged_people"], share),
    }


def judged_people(wn, spec: dict, share: float) -> dict[str, str]:
    """Nouns whose dominant sense is a kind of person that a relation's roots hold: 'liar', 'crook' -> criticized."""
    kinds = {
        synset: relation
        for relation, judgement in spec.items()
        for root in judgement["roots"]
        for synset in (wn.synset(root), *wn.synset(root).closure(hyponyms))
    }
    judged = {}
    for word in {lemma.name() for synset in kinds for lemma in synset.lemmas()}:
        if word[0].isupper() or "_" in word:
            continue
        if (relation := dominant(wn, word, "n", kinds.get, share)) and word not in spec[relation]["not_in_news"]:
            judged[word.lower()] = relation
    return dict(sorted(judged.items()))


def hyponyms(synset):
    return synset.hyponyms()


def derived_nouns(member: dict) -> tuple[dict, dict]:
    """Nouns derived from the classes' verbs: event nouns ("condemnation") and doers ("critic"), by synset."""
    nominal, agents = {}, {}
    for synset, (relation, _) in member.items():
        for lemma in synset.lemmas():
            for derived in lemma.derivationally_related_forms():
                noun = derived.synset()
                if noun.pos() != "n" or derived.name()[:STEM].lower() != lemma.name()[:STEM].lower():
                    continue
                if noun.lexname() in EVENT_NOUN_FILES:
                    nominal.setdefault(noun, relation)
                elif noun.lexname() == "noun.person":
                    agents.setdefault(noun, relation)
    return nominal, agents


def mind_verbs(wn, files: set[str] = MIND_FILES) -> set[str]:
    """Verbs whose first sense lies in these lexicographer files: by default saying, thinking or perceiving
    ('discuss', 'note', 'witness')."""
    return {
        lemma.name().lower()
        for synset in wn.all_synsets("v")
        if synset.lexname() in files
        for lemma in synset.lemmas()
        if "_" not in lemma.name() and wn.synsets(lemma.name(), "v")[0].lexname() in files
    }


def people_nouns(wn) -> set[str]:
    """Common nouns whose first sense is a person: 'docker', 'prosecutor'."""
    return {
        lemma.name().lower()
        for synset in wn.all_synsets("n")
        if synset.lexname() in PEOPLE_FILES
        for lemma in synset.lemmas()
        if lemma.name()[0].islower()
        and "_" not in lemma.name()
        and wn.synsets(lemma.name(), "n")[0].lexname() in PEOPLE_FILES
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--wordnet", type=Path, default=Path("/usr/share/wordnet"), help="WordNet 3.0 database")
    parser.add_argument("--check", action="store_true", help="only say whether the committed file is current")
    args = parser.parse_args()
    if not (args.wordnet / "data.verb").exists():
        parser.error(f"no WordNet database in {args.wordnet} (Debian: apt-get install wordnet-base)")
    spec = json.loads(CLASSES.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        generated = generate(open_wordnet(args.wordnet, Path(tmp)), spec)
    text = json.dumps(generated, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if args.check:
        current = OUTPUT.exists() and OUTPUT.read_text(encoding="utf-8") == text
        print(f"{OUTPUT.relative_to(ROOT)} is {'current' if current else 'out of date: run tools/wordnet_lexicon.py'}")
        return 0 if current else 1
    OUTPUT.write_text(text, encoding="utf-8")
    counts = ", ".join(
        f"{len(generated[k])} {k.replace('_', ' ')}"
        for k in ("verbs", "nouns", "agent_nouns", "people_nouns", "mind_verbs", "feeling_verbs", "judged_people")
    )
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
