"""The `kgraph` command line."""

from __future__ import annotations

import signal
import subprocess
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kgraph import __version__
from kgraph.data import DataError
from kgraph.formats import EXPORTERS
from kgraph.nlp import DEFAULT_MODEL, ModelError
from kgraph.pipeline import BuildError, build
from kgraph.query import OutputFormat, QueryError, parse_params, query_text, render, run_query
from kgraph.serve import ServeError, ServerConfig
from kgraph.serve import start as start_server
from kgraph.store import StoreError, StoreKind, open_store, store_spec
from kgraph.validate import validate

app = typer.Typer(
    help="Build a knowledge graph of who met, urged, criticised or backed whom from diplomacy news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
)
console = Console(stderr=True, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"kgraph {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """kgraph reads news articles, extracts diplomacy facts with their evidence, and writes an RDF
    graph (TriG), an interactive HTML view, reports and a network analysis."""


STORE_OPTION = typer.Option(
    "--store",
    help="Where the graph is kept: omitted = Oxigraph on disk in OUT/store; 'memory' = rdflib's memory store "
    "(read from OUT/graph.trig, nothing kept by a build); a folder = an Oxigraph store there; "
    "http(s)://…/query = a SPARQL 1.1 endpoint (written with SPARQL Update).",
    show_default=False,
)
UPDATE_URL_OPTION = typer.Option(
    "--update-url",
    help="The endpoint's SPARQL Update URL when --store is a URL. Default: the query URL with its last "
    "segment 'query' or 'sparql' replaced by 'update' (Oxigraph, Fuseki), else the query URL itself.",
    show_default=False,
)
OUT_OPTION = typer.Option("--out", "-o", help="The build folder (what `kgraph build --out` wrote).")


def _fail(message: str) -> typer.Exit:
    """Print the error and give the exit to raise (`raise _fail(...) from err`)."""
    console.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code=1)


@app.command("build")
def build_command(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or directories of .txt, .md, .html or .jsonl articles (JSONL: one article a line with "
            "'id' and 'text', optional 'title', 'date', 'source'). Default: the bundled sample corpus.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory to write the outputs to.")] = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy English pipeline (package name or path).")] = (
        DEFAULT_MODEL
    ),
    workers: Annotated[int, typer.Option(min=1, help="Processes running spaCy and extraction in parallel.")] = 1,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    store: Annotated[str | None, STORE_OPTION] = None,
    update_url: Annotated[str | None, UPDATE_URL_OPTION] = None,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Drop from the store the articles of earlier builds that are not in these inputs."
        ),
    ] = False,
) -> None:
    """Build the knowledge graph of articles (default: the bundled samples).

    Build the knowledge graph of INPUTS into OUT: graph.trig (one named graph per article),
    and what `kgraph analyze` writes from it: graph.html (interactive view), report.md and
    report.json (counts, centralities, communities), graph.graphml and graph.gexf (for Gephi).

    The graph also goes into a store (default: Oxigraph on disk in OUT/store) that `kgraph query`,
    `serve`, `validate` and `export` read. Builds are incremental: an article whose named graph would
    not change is skipped, a changed one has its named graph replaced, and articles of earlier builds
    stay in the store until a build with --prune.

    Unreadable files are reported and skipped; the outputs are replaced only when the build
    succeeds, so a failed build leaves the previous graph as it was."""
    progress = Progress(
        TextColumn("[bold]Reading articles"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=True,
        disable=quiet,
    )
    task = progress.add_task("articles", total=None)
    try:
        with progress:
            summary = build(
                inputs or [],
                out=out,
                model=model,
                workers=workers,
                batch_size=batch_size,
                on_documents=lambda n: progress.update(task, total=n),
                on_progress=lambda n: progress.advance(task, n),
                store=store_spec(store, out, update_url),
                prune=prune,
            )
    except (BuildError, ModelError, DataError, StoreError) as err:
        raise _fail(str(err)) from err
    except OSError as err:  # e.g. --out names a file, or the disk is full
        raise _fail(f"cannot write the outputs: {err}") from err

    for skipped in summary.skipped:
        console.print(f"[yellow]skipped[/yellow] {escape(skipped.source)}: {escape(skipped.reason)}")
    typer.echo(
        f"Built {summary.articles} articles: {summary.entities} entities, {summary.facts} facts"
        + (f" ({len(summary.skipped)} inputs skipped)" if summary.skipped else "")
    )
    _list_outputs(summary.outputs)
    if summary.synced is not None:
        synced = summary.synced
        typer.echo(
            f"  {'store':<11} {summary.store}: {len(synced.added)} added, {len(synced.replaced)} replaced, "
            f"{len(synced.unchanged)} unchanged, {len(synced.pruned)} pruned"
            + (f", {len(synced.kept)} from earlier builds kept (--prune drops them)" if synced.kept else "")
        )


def _list_outputs(outputs: dict[str, Path]) -> None:
    width = max(map(len, outputs), default=0)
    for name, path in outputs.items():
        typer.echo(f"  {name:<{width}} {path}")


@app.command("analyze")
def analyze_command(
    graph: Annotated[
        Path,
        typer.Argument(help="The graph.trig a build wrote, or the folder holding it.", show_default=True),
    ] = Path("output/graph.trig"),
    out: Annotated[
        Path | None,
        typer.Option("--out", "-o", help="Directory to write to. Default: the graph's own folder.", show_default=False),
    ] = None,
    ego: Annotated[
        str | None,
        typer.Option(help="An actor (label or id, any case) whose ego network to list, e.g. 'Anna Berg'."),
    ] = None,
    radius: Annotated[int, typer.Option(min=1, help="How many facts away the ego network reaches.")] = 1,
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(help="Two actors whose shortest chains of facts to list, e.g. --path 'UK' 'Russia'."),
    ] = None,
) -> None:
    """Network analysis of a build: centralities, communities, ego networks, paths.

    Analyse a built graph with NetworkX and write graph.html, report.md, report.json and the
    network for Gephi (graph.graphml, graph.gexf): degree, betweenness, PageRank, Louvain
    communities, facts by relation and by month; optionally an actor's ego network and the
    paths between two actors. `kgraph build` runs this on every build."""
    from kgraph.analysis import AnalysisError, ego_network, load_graph, paths
    from kgraph.export import Analysed, write_analysis
    from kgraph.report import describe_route

    try:
        dataset = load_graph(graph)
        analysed = Analysed(dataset)
        label = {node: data["label"] for node, data in analysed.network.nodes(data=True)}
        if ego:
            analysed.ego = ego_network(analysed.network, ego, radius)[0]
        if path:
            analysed.routes = paths(analysed.network, *path)
        target = out or (graph if graph.is_dir() else graph.parent)
        outputs = write_analysis(analysed, target)
    except AnalysisError as err:
        raise _fail(str(err)) from err
    except OSError as err:
        raise _fail(f"cannot write the outputs: {err}") from err

    a = analysed.analysis
    typer.echo(
        f"Analysed {len(a.articles)} articles: {a.entities} entities, {a.facts} facts, {len(a.communities)} communities"
    )
    top = ", ".join(f"{x.label} ({x.pagerank:.3f})" for x in a.actors[:5])
    if top:
        typer.echo(f"  most central (PageRank): {top}")
    if analysed.ego is not None:
        e = analysed.ego
        typer.echo(f"Ego network of {label[e.actor]} (radius {e.radius}): {len(e.actors)} actors, {len(e.facts)} facts")
        for f in e.facts:
            typer.echo(f"  {f.date or 'undated':<10} {label[f.source]} {f.relation} {label[f.target]} ({f.modality})")
    if analysed.routes is not None:
        typer.echo("Paths:" if analysed.routes else "No chain of facts links the two actors.")
        for route in analysed.routes:
            typer.echo("  " + describe_route(route, label)[2:])
    _list_outputs(outputs)


@app.command("query")
def query_command(
    query: Annotated[str, typer.Argument(help="A SPARQL query, or a file holding one (e.g. queries/who_met_whom.rq).")],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="NAME=VALUE bound to ?NAME before the query runs (never pasted into its text). VALUE is an IRI "
            "as <…> or kg:…/dip:…/wd:…, a date as YYYY-MM-DD, an integer, a Turtle literal such as "
            "'\"Berg\"@en', else a plain string. Repeat for several.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="How SELECT results are printed; CONSTRUCT gives Turtle.")
    ] = OutputFormat.TABLE,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Run a SPARQL query (text or .rq file) against a build's store.

    Run a SPARQL query against the store of a build. The default graph is the union of all
    articles' named graphs; GRAPH ?article { … } reaches one article's facts."""
    try:
        text = query_text(query)
        bindings = parse_params(param or [])
        with open_store(store_spec(store, out)) as ds:
            result = run_query(ds, text, bindings)
            rendered = render(result, fmt)
    except (QueryError, StoreError) as err:
        raise _fail(str(err)) from err
    typer.echo(rendered, nl=not rendered.endswith("\n"))


@app.command("validate")
def validate_command(
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Validate a build against the SHACL shapes.

    Check a build against the SHACL shapes (ontology/shapes.ttl): every entity typed and labelled,
    every event with its relation, agent, target, modality, confidence in (0, 1], evidence and article,
    dates as xsd:date. Exits with 1 and lists the violations if there are any."""
    try:
        with open_store(store_spec(store, out)) as ds:
            result = validate(ds)
    except StoreError as err:
        raise _fail(str(err)) from err
    if result.conforms:
        typer.echo(f"Valid: {result.graphs} article graphs conform to the shapes.")
        return
    for violation in result.violations:
        console.print(
            f"[red]violation[/red] {escape(violation.focus)} {escape(violation.path)}: {escape(violation.message)}"
        )
    typer.echo(f"Not valid: {len(result.violations)} violations in {result.graphs} article graphs.")
    raise typer.Exit(code=1)


ExportFormat = StrEnum("ExportFormat", {name: name for name in EXPORTERS})  # one per exporter


@app.command("export")
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="trig and nquads keep one named graph per article; "
            "turtle merges them; jsonld is compacted with kgraph's JSON-LD context (ontology/context.jsonld).",
        ),
    ] = ExportFormat.trig,
    output: Annotated[
        Path | None, typer.Option("--output", help="File to write. Default: standard output.", show_default=False)
    ] = None,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Write the whole graph of a store in an RDF format."""
    writer = EXPORTERS[fmt.value]
    try:
        with open_store(store_spec(store, out)) as ds:
            text = writer(ds)
    except StoreError as err:
        raise _fail(str(err)) from err
    if output is None:
        typer.echo(text, nl=False)
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as err:
        raise _fail(f"cannot write {output}: {err}") from err
    console.print(f"Wrote {output}")


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@app.command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the endpoint to the network.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on; 0 picks a free one.")] = 7878,
    timeout: Annotated[int, typer.Option(min=1, help="Seconds a query may run before it is cancelled.")] = 30,
    max_result_mb: Annotated[
        float, typer.Option(min=0.001, help="Largest result sent, in megabytes; larger ones get HTTP 413.")
    ] = 10.0,
    writable: Annotated[
        bool,
        typer.Option("--writable", help="Accept SPARQL Update and Graph Store writes (default: read-only)."),
    ] = False,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[
        str | None, typer.Option("--store", help="An Oxigraph store folder. Default: OUT/store.", show_default=False)
    ] = None,
) -> None:
    """Serve a build's store as a read-only SPARQL 1.1 endpoint.

    Serve the store as a SPARQL 1.1 Protocol endpoint (Oxigraph's server): queries by GET or POST at
    /query, results as JSON, XML, CSV or TSV, CONSTRUCT as Turtle or TriG, and a query page at /.
    Read-only unless --writable. Stop it with Ctrl-C. Do not build into the same store while it runs."""
    spec = store_spec(store, out)
    if spec.kind is not StoreKind.OXIGRAPH:
        raise _fail("kgraph serve serves an Oxigraph store folder; --store memory or a URL cannot be served")
    config = ServerConfig(
        store=Path(spec.location),
        host=host,
        port=port,
        timeout_s=timeout,
        max_result_bytes=int(max_result_mb * 1_000_000),
        writable=writable,
    )
    try:
        proxy, process = start_server(config)
    except ServeError as err:
        raise _fail(str(err)) from err
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    bound_host, bound_port = proxy.server_address[:2]
    url = f"http://{bound_host}:{bound_port}"
    typer.echo(f"SPARQL endpoint {url}/query ({'read-write' if writable else 'read-only'}), query page {url}/")
    typer.echo(f"Serving {config.store}; time limit {timeout} s, result limit {max_result_mb:g} MB. Ctrl-C stops.")
    try:
        proxy.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        proxy.server_close()
        process.terminate()
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()


if __name__ == "__main__":
    app()
