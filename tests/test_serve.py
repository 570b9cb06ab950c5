"""`kgraph serve` started for real on the sample build and queried over HTTP with SPARQLWrapper."""

import subprocess
import tempfile
import urllib.error
import urllib.request

import pytest
from conftest import kgraph_command, run_kgraph, served_url
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, POST, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

MET = """
PREFIX dip: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?a ?b WHERE { GRAPH ?g { ?x dip:met ?y . ?x rdfs:label ?a . ?y rdfs:label ?b } } ORDER BY ?a ?b
"""


def start_server(cwd, *options: str):
    """`kgraph serve` on a port the system picks; its request log goes to a file (a pipe nobody reads would fill and
    stall it), and what it prints is read as it comes."""
    process = subprocess.Popen(
        [*kgraph_command(), "serve", "--port", "0", *options],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=tempfile.TemporaryFile(),  # noqa: SIM115 (closed with the process)
        text=True,
    )
    return process, served_url(process)


def stop(process: subprocess.Popen) -> str:
    """Stop the server: everything it printed."""
    process.terminate()
    process.wait(20)
    process.reader.join(20)
    return "".join(process.printed)


@pytest.fixture(scope="module")
def endpoint(sample_build):
    process, url = start_server(sample_build.parent)
    try:
        yield url
    finally:
        stop(process)


def sparql(url: str, query: str, fmt: str, method: str = "GET"):
    client = SPARQLWrapper(url + "/query")
    client.setQuery(query)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    return client.query()


def test_select_by_get_and_post_in_every_result_format(endpoint):
    bindings = sparql(endpoint, MET, JSON).convert()["results"]["bindings"]
    pairs = [(b["a"]["value"], b["b"]["value"]) for b in bindings]
    assert ("David Lammy", "Ding Xuexiang") in pairs and ("James Cleverly", "Wang Yi") in pairs
    xml = sparql(endpoint, MET, XML, "POST").convert()
    assert len(xml.getElementsByTagName("result")) == len(pairs)
    csv_lines = sparql(endpoint, MET, CSV).convert().decode("utf-8").splitlines()
    assert csv_lines[0] == "a,b" and "David Lammy,Ding Xuexiang" in csv_lines
    tsv_lines = sparql(endpoint, MET, TSV, "POST").convert().decode("utf-8").splitlines()
    assert tsv_lines[0] == "?a\t?b" and len(tsv_lines) == len(pairs) + 1


def test_construct_as_turtle_and_the_default_graph_is_the_union_of_articles(endpoint):
    query = """PREFIX dip: <https://w3id.org/kgraph/ontology#>
    CONSTRUCT { ?x dip:met ?y } WHERE { ?x dip:met ?y }"""
    data = sparql(endpoint, query, TURTLE).convert()
    graph = Graph().parse(data=data, format="turtle")
    assert len(graph) >= 5
    request = urllib.request.Request(
        endpoint + "/query?query=" + urllib.request.quote(query), headers={"Accept": "application/trig"}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        assert "trig" in response.headers["Content-Type"]


def test_the_endpoints_default_graph_counts_a_triple_once_as_kgraph_query_does(endpoint, sample_build):
    """The same answer over HTTP as from `kgraph query` on either store: the default graph is a set."""
    count = "PREFIX dip: <https://w3id.org/kgraph/ontology#> SELECT (COUNT(*) AS ?n) { ?x dip:met ?y }"
    served = sparql(endpoint, count, CSV).convert().decode("utf-8").split()
    for store in ([], ["--store", "memory"]):
        local = run_kgraph("query", count, "-f", "csv", "--out", str(sample_build), *store)
        assert local.stdout.split() == served, store
    per_graph = "PREFIX dip: <https://w3id.org/kgraph/ontology#> SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?x dip:met ?y } }"
    assert int(sparql(endpoint, per_graph, CSV).convert().decode("utf-8").split()[1]) > int(served[1])


def test_read_only_by_default(endpoint):
    client = SPARQLWrapper(endpoint + "/query", updateEndpoint=endpoint + "/update")
    client.setMethod(POST)
    client.setQuery("CLEAR ALL")
    with pytest.raises((SPARQLWrapperException, urllib.error.HTTPError)):
        client.query()
    assert sparql(endpoint, MET, JSON).convert()["results"]["bindings"], "nothing was cleared"


def test_query_page_is_served_with_its_scripts(endpoint):
    with urllib.request.urlopen(endpoint + "/", timeout=30) as response:
        page = response.read().decode("utf-8")
    assert "yasgui" in page.lower()
    with urllib.request.urlopen(endpoint + "/yasgui.min.js", timeout=30) as response:
        assert len(response.read()) > 100_000  # served locally, not from a CDN, and not cut by the result limit


def test_result_size_limit_and_time_limit(sample_build):
    process, url = start_server(sample_build.parent, "--max-result-mb", "0.01", "--timeout", "1")
    try:
        small = sparql(url, MET, CSV).convert().decode("utf-8")
        assert "David Lammy" in small
        with pytest.raises(urllib.error.HTTPError) as too_big:
            urllib.request.urlopen(url + "/query?query=" + urllib.request.quote("SELECT * { GRAPH ?g { ?s ?p ?o } }"))
        assert too_big.value.code == 413
        assert "limit" in too_big.value.read().decode("utf-8")
        for slow in (
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
            "SELECT * { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l } ORDER BY ?a",
        ):
            with pytest.raises(urllib.error.HTTPError) as too_slow:  # an error status, never a 200 with a cut body
                urllib.request.urlopen(url + "/query?query=" + urllib.request.quote(slow), timeout=60)
            assert too_slow.value.code == 503
            assert "longer than this server's limit of 1 s" in too_slow.value.read().decode("utf-8")
        assert "David Lammy" in sparql(url, MET, CSV).convert().decode("utf-8")  # a new process took over
    finally:
        output = stop(process)
    assert "time limit 1 s, result limit 0.01 MB" in output


def test_writable_endpoint_accepts_updates(tmp_path, sample_build):
    import shutil

    shutil.copytree(sample_build / "store", tmp_path / "output" / "store")
    process, url = start_server(tmp_path, "--writable")
    try:
        client = SPARQLWrapper(url + "/query", updateEndpoint=url + "/update")
        client.setMethod(POST)
        client.setQuery("INSERT DATA { GRAPH <urn:test:g> { <urn:test:a> <urn:test:b> 'c' } }")
        client.query()
        answer = sparql(url, "ASK { GRAPH <urn:test:g> { <urn:test:a> ?p ?o } }", JSON).convert()
        assert answer["boolean"] is True
    finally:
        stop(process)


def test_serving_without_a_store_is_a_clear_error(tmp_path):
    result = subprocess.run(
        [*kgraph_command(), "serve", "--port", "0"], cwd=tmp_path, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 1
    assert "run `kgraph build` first" in result.stderr and "Traceback" not in result.stderr
