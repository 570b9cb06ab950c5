"""What a user installs: the wheel carries the sample corpus and the data files."""

import ast
import re
import subprocess
import sys
import zipfile

from conftest import ROOT, SAMPLES


def test_wheel_ships_samples_and_data(tmp_path):
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    (wheel,) = tmp_path.glob("kgraph-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for sample in SAMPLES.glob("*.txt"):
        assert f"kgraph/samples/seeds/{sample.name}" in names
    assert "kgraph/samples/SOURCE.md" in names
    for data in ("gazetteer.json", "lexicon.json", "relations.json"):
        assert f"kgraph/data/{data}" in names
    for rule in (ROOT / "kgraph" / "data" / "rules").glob("*.json"):  # each extraction rule: its patterns and module
        assert f"kgraph/data/rules/{rule.name}" in names
        assert f"kgraph/extract/rules/{rule.stem}.py" in names
    for ontology in ("diplomacy.ttl", "shapes.ttl", "context.jsonld"):
        assert f"kgraph/ontology/{ontology}" in names
    for query in (ROOT / "queries").glob("*.rq"):
        assert f"kgraph/queries/{query.name}" in names  # `kgraph query NAME` and the query page use them
    assert "kgraph/templates/query.html" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "kgraph = kgraph.cli:app" in zipfile.ZipFile(wheel).read(entry_points).decode()

    # installed from the wheel (not editable, no checkout on the path), kgraph still finds its ontology
    target = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(target)
    probe = (
        "from rdflib import Graph; from kgraph.ontology import ontology_file, shapes_file; import kgraph.ontology as o;"
        "from kgraph.queries import examples;"
        "print(o.__file__); print(len(Graph().parse(str(ontology_file()))), len(Graph().parse(str(shapes_file()))),"
        "len(examples()))"
    )
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    location, sizes = result.stdout.splitlines()
    assert location.startswith(str(target))
    ontology, shapes, queries = map(int, sizes.split())
    assert ontology > 100 and shapes > 100 and queries == len(list((ROOT / "queries").glob("*.rq")))

    # and its extraction rules load their patterns from the installed package
    probe = "import kgraph.extract.registry as r, kgraph.extract; print(r.__file__); print(' '.join(r.RULES))"
    result = subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path.insert(0, {str(target)!r}); {probe}"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    location, rules = result.stdout.splitlines()
    assert location.startswith(str(target))
    assert set(rules.split()) == {r.stem for r in (ROOT / "kgraph" / "data" / "rules").glob("*.json")}


def test_code_is_ruff_clean():
    result = subprocess.run([sys.executable, "-m", "ruff", "check", str(ROOT)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_the_readme_names_every_test_that_needs_the_shared_folder():
    """The README's table of tests that skip without ../shared lists exactly the tests that call
    conftest's shared(), which skips when the file is not there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\| `(tests/[\w/]+\.py)::(\w+)` \|", readme, re.MULTILINE))
    calling = set()
    for path in (ROOT / "tests").rglob("test_*.py"):
        for test in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(test, ast.FunctionDef) and any(
                isinstance(node, ast.Call) and getattr(node.func, "id", "") == "shared" for node in ast.walk(test)
            ):
                calling.add((str(path.relative_to(ROOT)), test.name))
    assert listed == calling and listed


HEAVY = ("spacy", "rdflib", "oxrdflib", "pyshacl", "pyshacl_turbo", "networkx", "pyvis", "scipy")


def test_the_command_line_starts_without_the_heavy_libraries():
    """`kgraph --help` and every command start at once: what only some commands need is imported inside them
    (`kgraph serve` needs no more than the store's location and the server)."""
    probe = (
        "import sys, kgraph.cli, kgraph.store, kgraph.serve; print(' '.join({m.split('.')[0] for m in sys.modules}))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    loaded = set(result.stdout.split())
    assert "typer" in loaded
    assert loaded.isdisjoint(HEAVY), sorted(loaded & set(HEAVY))


def test_a_query_runs_without_the_heavy_libraries(sample_build):
    """`kgraph query`, a name lookup included, answers on pyoxigraph alone: it starts at once."""
    probe = (
        "import sys\nfrom kgraph.cli import app\ntry:\n"
        "    app(['query', 'actor_activity', '-p', 'actor=David Lammy', '-f', 'csv', '--out', sys.argv[1]])\n"
        "except SystemExit as stop:\n    assert not stop.code, stop.code\n"
        "print(' '.join({m.split('.')[0] for m in sys.modules}), file=sys.stderr)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe, str(sample_build)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "https://w3id.org/kgraph/id/person/david_lammy" in result.stdout  # the query answered
    loaded = set(result.stderr.split())
    assert loaded.isdisjoint({*HEAVY, "pydantic"}), sorted(loaded & {*HEAVY, "pydantic"})
