"""Every query in queries/ run on the sample build's Oxigraph store, its rows checked against the graph.

Expected rows come from two sources: facts of the samples that the gold file (../shared/gold) lists,
and the same answer computed in Python straight from graph.trig, so a query that silently drops or
invents rows fails.
"""

import csv
import io
import json
import re
import shlex
import shutil
from collections import Counter, defaultdict
from pathlib import Path

import pytest
from conftest import ROOT, run_kgraph
from kgraph.ontology import ONTOLOGY_IRI, ontology_file
from rdflib import RDFS, Dataset, Literal, URIRef, Variable
from rdflib.namespace import DCTERMS, PROV

from kgraph.query import bind_params, query_text, run_query
from kgraph.rdf import DIP, ID, PREFIXES, to_rdflib
from kgraph.relations import relations
from kgraph.store import open_sparql, store_spec

QUERIES = ROOT / "queries"


@pytest.fixture(scope="module")
def store(sample_build):
    with open_sparql(store_spec(None, sample_build)) as source:
        yield source


@pytest.fixture(scope="module")
def trig(sample_build) -> Dataset:
    ds = Dataset(default_union=True)
    ds.parse(sample_build / "graph.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def by_rdflib(sample_build) -> Dataset:
    """graph.trig and the ontology, as a build stores them, for rdflib to run the queries on."""
    ds = Dataset(default_union=True)
    for prefix, namespace in PREFIXES.items():
        ds.bind(prefix, namespace)
    ds.parse(sample_build / "graph.trig", format="trig")
    ds.graph(URIRef(ONTOLOGY_IRI)).parse(str(ontology_file()), format="turtle")
    return ds


@pytest.fixture(scope="module")
def memory(sample_build):
    with open_sparql(store_spec("memory", sample_build)) as source:
        yield source


def rows(store, name: str, **params: str) -> list[dict[str, str]]:
    text = query_text(str(QUERIES / f"{name}.rq"))
    answer = run_query(store, text, bind_params(store, text, [f"{k}={v}" for k, v in params.items()]))
    return [
        {n: "" if v is None else v.value for n, v in zip(answer.variables, row, strict=True)} for row in answer.rows
    ]


def rdflib_rows(trig: Dataset, store, name: str, **params: str) -> list[dict[str, str]]:
    """The same query evaluated by rdflib over graph.trig (its default graph the union of the named graphs):
    an engine of its own, to check the store's answers against."""
    text = query_text(str(QUERIES / f"{name}.rq"))
    bindings = bind_params(store, text, [f"{k}={v}" for k, v in params.items()])
    result = trig.query(text, initBindings={Variable(k): to_rdflib(v) for k, v in bindings.items()})
    names = [str(v) for v in result.vars]
    return [{n: "" if row[n] is None else str(row[n]) for n in names} for row in result]


def label(ds: Dataset, node) -> str:
    return str(next(ds.objects(node, RDFS.label)))


def events(trig: Dataset):
    """(graph, event, agent, relation, target, modality) for every event node in graph.trig, once: an event
    several articles report is in each of their graphs, the same there as a whole (the first graph gives it)."""
    seen = set()
    for graph in sorted(trig.graphs(), key=lambda g: str(g.identifier)):
        for event in sorted(graph.subjects(DIP.relation, None)):
            if event in seen:
                continue
            seen.add(event)
            yield (
                graph,
                event,
                graph.value(event, DIP.agent),
                graph.value(event, DIP.relation),
                graph.value(event, DIP.target),
                graph.value(event, DIP.modality),
            )


def test_every_query_file_is_commented_and_answers_on_the_samples(store):
    files = sorted(QUERIES.glob("*.rq"))
    assert len(files) >= 10
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert text.startswith("# ") and "kgraph query queries/" in text, f"{path.name} needs a comment and example"
        assert rows(store, path.stem), f"{path.name} returns nothing on the samples"


def test_who_met_whom(store, trig):
    found = {(r["actor"], r["other"]): int(r["articles"]) for r in rows(store, "who_met_whom")}
    expected = defaultdict(set)
    meeting = {DIP.met, DIP.hosted}
    for graph in trig.graphs():
        for s, p, o in graph:
            if p in meeting:
                a, b = sorted([label(graph, s), label(graph, o)])
                expected[(a, b)].add(graph.identifier)
    assert found == {pair: len(graphs) for pair, graphs in expected.items()}
    assert ("David Lammy", "Ding Xuexiang") in found and ("James Cleverly", "Wang Yi") in found


def test_actor_activity_of_one_actor(store, trig):
    found = rows(store, "actor_activity", actor="kg:person/david_lammy")
    assert {r["actor"] for r in found} == {str(ID["person/david_lammy"])}
    assert {(r["relation"], r["target"]) for r in found} >= {("met", "Ding Xuexiang"), ("visited", "China")}
    expected = {
        (p.split("#")[1], label(g, o), m.split("#")[1])
        for g, _, s, p, o, m in events(trig)
        if s == ID["person/david_lammy"]
    }
    assert {(r["relation"], r["target"], r["modality"]) for r in found} == expected
    dates = [r["date"] for r in found]
    assert dates == sorted(dates) and "2024-10-18" in dates  # the article's date stands in for the event's


def test_between_two_countries_over_time(store):
    found = rows(store, "between_countries", **{"from": "kg:country/united_kingdom", "to": "kg:country/china"})
    assert found
    assert {(r["from"], r["to"]) for r in found} == {(str(ID["country/united_kingdom"]), str(ID["country/china"]))}
    said = {(r["agent"], r["relation"], r["target"]) for r in found}
    # people count for the country they represent: Lammy for the UK, Ding Xuexiang for China
    assert {("David Lammy", "met", "Ding Xuexiang"), ("James Cleverly", "urged", "China")} <= said
    assert not any(r["agent"] == "Russia" for r in found)
    dated = [r["date"] for r in found if r["date"]]
    assert dated == sorted(dated)


def test_planned_vs_held_meetings(store, trig):
    found = {(r["actor"], r["other"], r["modality"]): int(r["events"]) for r in rows(store, "planned_vs_held")}
    expected = Counter()
    for g, event, s, _, o, m in events(trig):
        if DIP.Meeting in set(g.objects(event, None)):
            a, b = sorted([label(g, s), label(g, o)])
            expected[(a, b, m.split("#")[1])] += 1
    assert found == dict(expected)
    assert found[("David Lammy", "Wang Yi", "planned")] >= 1  # "is expected to meet his counterpart Wang Yi"


def test_positions_held(store, trig):
    found = {(r["person"], r["position"], r["for"]) for r in rows(store, "positions")}
    assert ("David Lammy", "Foreign Secretary", "United Kingdom") in found
    assert ("Ding Xuexiang", "Vice Premier", "China") in found
    holders = {(label(g, p), label(g, pos)) for g in trig.graphs() for p, pos in g.subject_objects(DIP.holdsPosition)}
    assert {(person, position) for person, position, _ in found} == holders


def test_facts_with_evidence_and_source_article(store, trig):
    found = rows(store, "evidence", relation="dip:urged")
    assert found and {r["relation"] for r in found} == {str(DIP.urged)}
    titles = {str(o) for o in trig.objects(None, DCTERMS.title)}
    for row in found:
        assert row["title"] in titles and row["evidence"] and 0 < float(row["confidence"]) <= 1
    cleverly = [r for r in found if r["agent"] == "James Cleverly" and r["target"] == "China"]
    assert any("urged China to help" in r["evidence"] for r in cleverly)
    urged = {(e, g.identifier, s) for g in trig.graphs() for e in g.subjects(DIP.relation, DIP.urged)
             for s in g.objects(e, DIP.evidence)}  # fmt: skip
    assert len({(r["evidence"], r["agent"], r["target"], r["modality"], r["title"]) for r in found}) <= len(urged)


def test_most_active_actors(store, trig):
    found = rows(store, "most_active")
    assert 0 < len(found) <= 10
    counts = Counter(label(g, s) for g, _, s, _, _, m in events(trig) if m != DIP.negated)
    assert [(r["actor"], int(r["events"])) for r in found] == sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[
        :10
    ]


def test_relations_of_a_plover_type(store, trig):
    found = rows(store, "plover_type", plover="CONSULT")
    assert {r["relation"] for r in found} <= {n for n, rel in relations().items() if rel.plover == "CONSULT"}
    consult = {DIP[n] for n, rel in relations().items() if rel.plover == "CONSULT"}
    expected = {(label(g, s), p.split("#")[1], label(g, o)) for g in trig.graphs() for s, p, o in g if p in consult}
    assert {(r["agent"], r["relation"], r["target"]) for r in found} == expected
    assert ("David Lammy", "visited", "China") in expected


def test_articles_mentioning_an_entity(store, trig):
    found = rows(store, "articles_mentioning", entity="kg:person/wang_yi")
    expected = {
        str(trig.value(g.identifier, DCTERMS.identifier))
        for g in trig.graphs()
        if (g.identifier, DIP.mentions, ID["person/wang_yi"]) in g
    }
    assert {r["identifier"] for r in found} == expected
    assert "004_e958fbd4bca35696" in expected
    for row in found:
        graph = next(g for g in trig.graphs() if (None, DCTERMS.identifier, Literal(row["identifier"])) in g)
        facts = {
            e
            for e in graph.subjects(PROV.wasDerivedFrom, None)
            if ID["person/wang_yi"] in (graph.value(e, DIP.agent), graph.value(e, DIP.target))
        }
        assert int(row["facts"]) == len(facts)


def test_actors_linked_to_wikidata(store):
    found = rows(store, "wikidata")
    by_id = {r["wikidata"]: (r["label"], r["type"]) for r in found}
    assert by_id["http://www.wikidata.org/entity/Q148"] == ("China", "Country")
    assert by_id["http://www.wikidata.org/entity/Q145"] == ("United Kingdom", "Country")
    assert all(r["type"] in {"Country", "Organization", "GovernmentBody", "Person", "Group"} for r in found)
    assert "Place" not in {r["type"] for r in found}  # Beijing has a Wikidata ID but is a place, not an actor
    one = rows(store, "wikidata", wikidata="wd:Q148")
    assert [(r["actor"], r["label"]) for r in one] == [(str(ID["country/china"]), "China")]


def test_activity_by_month(store):
    found = rows(store, "activity_by_month")
    assert {r["month"] for r in found} == {"2024-10"}  # only two samples are dated, both October 2024
    assert {r["relation"] for r in found} >= {"met", "visited", "attacked"}


PARAMETERS = {  # a value for each parameter the queries declare, as a user would type it
    "actor": "David Lammy",
    "entity": "wang yi",
    "from": "UK",
    "to": "China",
    "relation": "urged",
    "plover": "CONSULT",
    "wikidata": "wd:Q148",
}


def test_every_query_gives_the_same_answer_on_the_oxigraph_store_in_memory_and_in_rdflib(store, memory, by_rdflib):
    """The same build queried in Oxigraph on disk, in graph.trig loaded into memory, and by rdflib (another
    engine) over graph.trig: the same rows, with and without parameters, and the same counts over the
    default graph (a set: a triple several articles state counts once)."""
    for path in sorted(QUERIES.glob("*.rq")):
        declared = re.findall(r"^# @param (\w+)", path.read_text(encoding="utf-8"), re.MULTILINE)
        for params in ({}, {name: PARAMETERS[name] for name in declared}):
            on_disk, in_memory = rows(store, path.stem, **params), rows(memory, path.stem, **params)
            assert on_disk, f"{path.name} {params} returns nothing"
            assert Counter(map(str, on_disk)) == Counter(map(str, in_memory)), f"{path.name} {params}"
            other = rdflib_rows(by_rdflib, store, path.stem, **params)
            assert Counter(map(str, on_disk)) == Counter(map(str, other)), f"{path.name} {params}"
    for text in (
        "SELECT (COUNT(*) AS ?n) { ?x dip:met ?y }",
        "SELECT (COUNT(*) AS ?n) { ?x ?p ?y }",
        "SELECT ?label (COUNT(*) AS ?n) { ?x a dip:Country ; rdfs:label ?label } GROUP BY ?label ORDER BY ?label",
    ):
        on_disk, in_memory = run_query(store, text).rows, run_query(memory, text).rows
        assert on_disk == in_memory, text
        assert [[v.value for v in row] for row in on_disk] == [
            [str(v) for v in row] for row in by_rdflib.query(text)
        ], text
    met = {(s, o) for g in by_rdflib.graphs() for s, o in g.subject_objects(DIP.met)}
    ((count,),) = run_query(store, "SELECT (COUNT(*) AS ?n) { ?x dip:met ?y }").rows
    assert int(count.value) == len(met) < sum(len(list(g.subject_objects(DIP.met))) for g in by_rdflib.graphs())


def test_parameters_name_entities_and_relations_as_people_do(sample_build):
    """An entity parameter takes a name, an alias or an id in any case, and binds the entity's IRI."""
    cwd = sample_build.parent
    by_id = run_kgraph("query", "actor_activity", "-p", "actor=kg:person/david_lammy", "-f", "csv", cwd=cwd)
    assert by_id.returncode == 0, by_id.stderr
    assert len(by_id.stdout.splitlines()) > 3
    for name in ("David Lammy", "  david   LAMMY ", "mr lammy", "<https://w3id.org/kgraph/id/person/david_lammy>"):
        by_name = run_kgraph("query", str(QUERIES / "actor_activity.rq"), "-p", f"actor={name}", "-f", "csv", cwd=cwd)
        assert by_name.returncode == 0, by_name.stderr
        assert by_name.stdout == by_id.stdout, name
    urged = run_kgraph("query", "evidence", "-p", "relation=urged", "-f", "csv", cwd=cwd)
    assert urged.stdout == run_kgraph("query", "evidence", "-p", "relation=dip:urged", "-f", "csv", cwd=cwd).stdout
    assert {r["relation"] for r in csv.DictReader(io.StringIO(urged.stdout))} == {str(DIP.urged)}


def test_a_name_that_is_unknown_or_ambiguous_is_a_clear_error_with_suggestions(sample_build):
    cwd = sample_build.parent
    cases = {
        "actor=Lamy": "no entity called 'Lamy' in the graph; did you mean 'David Lammy'?",
        "actor=Beijing": "'Beijing' names several entities: kg:country/china (China), kg:place/beijing",
        "actor=kg:person/nobody": "no entity called 'kg:person/nobody'",
    }
    for param, message in cases.items():
        result = run_kgraph("query", "actor_activity", "-p", param, cwd=cwd)
        assert result.returncode == 1, param
        assert f"--param actor: {message}" in result.stderr and "Traceback" not in result.stderr, result.stderr
    wrong = {
        ("evidence", "relation=urgd"): "no relation 'urgd'; did you mean urged?",
        ("wikidata", "wikidata=Q148"): "'Q148' is not an IRI",
        ("no_such_query",): "no query called 'no_such_query'; kgraph ships activity_by_month",
        ("# @param x colour\nSELECT ?x { ?x ?p ?o }", "x=red"): "@param x: unknown type 'colour'",
    }
    for (query, *param), message in wrong.items():
        result = run_kgraph("query", query.replace("\\n", "\n"), *(["-p", *param] if param else []), cwd=cwd)
        assert result.returncode == 1 and message in result.stderr, (query, result.stderr)


def test_a_malformed_literal_or_iri_parameter_is_an_error_not_something_else(sample_build):
    """A value that starts like a literal or an IRI must be exactly one: nothing is quietly dropped."""
    cwd = sample_build.parent
    select = "SELECT ?x ?label WHERE { GRAPH ?g { ?x rdfs:label ?label } }"
    cases = {
        'x="Wang Yi" ; DROP ALL': "write one literal and nothing after it",
        'x="Wang Yi"@en garbage': "write one literal and nothing after it",
        'x="five"^^xsd:integer': "five is not a valid",
        "x=<https://w3id.org/kgraph/id/person/wang_yi> ; DROP ALL": "is not an IRI",
        "x=kg:person/wang_yi extra": "is not an IRI",
    }
    for param, message in cases.items():
        result = run_kgraph("query", select, "-p", param, cwd=cwd)
        assert result.returncode == 1, param
        assert message in result.stderr and "Traceback" not in result.stderr, (param, result.stderr)
    good = run_kgraph("query", select, "-p", "x=<https://w3id.org/kgraph/id/person/wang_yi>", "-f", "csv", cwd=cwd)
    assert good.returncode == 0 and set(good.stdout.splitlines()[1:]) == {f"{ID['person/wang_yi']},Wang Yi"}, (
        good.stderr
    )


def test_query_help_says_how_a_name_is_told_from_a_string():
    text = " ".join(run_kgraph("query", "--help", env={"COLUMNS": "200"}).stdout.split())
    assert "# @param actor entity" in text and "plain string, never a name" in text
    assert "the name of a query kgraph ships" in text


def test_an_undeclared_parameter_is_a_plain_string_and_a_declaration_makes_it_a_name(sample_build):
    cwd = sample_build.parent
    select = "SELECT ?x ?label WHERE { GRAPH ?g { ?x rdfs:label ?label } } ORDER BY ?x"
    plain = run_kgraph("query", select, "-p", "x=Wang Yi", "-f", "csv", cwd=cwd)
    assert plain.returncode == 0 and plain.stdout.splitlines() == ["x,label"]  # no IRI is the string "Wang Yi"
    declared = run_kgraph("query", "# @param x entity\n" + select, "-p", "x=Wang Yi", "-f", "csv", cwd=cwd)
    assert declared.returncode == 0, declared.stderr
    assert set(declared.stdout.splitlines()[1:]) == {f"{ID['person/wang_yi']},Wang Yi"}


def test_cli_formats_and_parameters(sample_build):
    cwd = sample_build.parent
    query = str(QUERIES / "actor_activity.rq")
    as_csv = run_kgraph("query", query, "--param", "actor=kg:person/david_lammy", "--format", "csv", cwd=cwd)
    assert as_csv.returncode == 0, as_csv.stderr
    table = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert {r["target"] for r in table} >= {"Ding Xuexiang", "China"}
    as_json = run_kgraph("query", query, "-p", "actor=kg:person/david_lammy", "-f", "json", cwd=cwd)
    bindings = json.loads(as_json.stdout)["results"]["bindings"]
    assert len(bindings) == len(table)
    as_tsv = run_kgraph(
        "query", query, "-p", "actor=<https://w3id.org/kgraph/id/person/david_lammy>", "-f", "tsv", cwd=cwd
    )
    lines = as_tsv.stdout.splitlines()
    assert lines[0].split("\t")[0] == "?actor" and len(lines) == len(table) + 1
    assert lines[1].startswith("<https://w3id.org/kgraph/id/person/david_lammy>\t")
    as_table = run_kgraph("query", query, "-p", "actor=kg:person/david_lammy", cwd=cwd)
    assert "| kg:person/david_lammy" in as_table.stdout and "Ding Xuexiang" in as_table.stdout


def test_a_parameter_cannot_change_the_query(sample_build):
    """A value is bound, not pasted: SPARQL in it is just an odd string that matches nothing."""
    query = "SELECT DISTINCT ?label ?x WHERE { GRAPH ?g { ?x rdfs:label ?label } }"
    attack = 'China" } UNION { ?x ?p ?label } #'
    result = run_kgraph("query", query, "--param", f"label={attack}", "-f", "csv", cwd=sample_build.parent)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["label,x"]
    plain = run_kgraph("query", query, "--param", "label=China", "-f", "csv", cwd=sample_build.parent)
    assert plain.stdout.splitlines()[1:] == [f"China,{ID['country/china']}"]


def test_query_errors_are_clear(sample_build):
    cwd: Path = sample_build.parent
    cases = {
        ("SELECT ?x WHERE { ?x a }",): "the query failed",
        ("missing.rq",): "no query file missing.rq",
        ("SELECT ?x WHERE { ?x a dip:Person }", "-p", "y=1"): "no variable ?y",
        ("SELECT ?x WHERE { ?x a dip:Person }", "-p", "novalue"): "expected name=value",
    }
    for args, message in cases.items():
        result = run_kgraph("query", *args, cwd=cwd)
        assert result.returncode == 1, args
        assert message in result.stderr and "Traceback" not in result.stderr, result.stderr


def test_readme_examples_are_real_output(sample_build, tmp_path):
    """Every `$ kgraph …` example of the README, run as shown in a folder holding the sample build and
    queries/, prints exactly what the README shows."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    examples = re.findall(r"```text\n\$ kgraph ([^\n]+)\n(.*?)```", readme, re.DOTALL)
    assert len(examples) >= 6
    assert {command.split()[0] for command, _ in examples} >= {"query", "analyze", "export"}
    shutil.copytree(sample_build, tmp_path / "output")
    (tmp_path / "queries").symlink_to(QUERIES)
    for command, shown in examples:
        result = run_kgraph(*shlex.split(command), cwd=tmp_path)
        assert result.returncode == 0, result.stderr
        assert result.stdout == shown, f"README output of `kgraph {command}` is stale; it now prints:\n{result.stdout}"
