"""The `kgraph` command line."""

from __future__ import annotations

import contextlib
import os
import signal
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kgraph import __version__
from kgraph.formats import EXPORTERS, OutputFormat
from kgraph.spacy_model import DEFAULT_MODEL

# One BLAS thread (unless the environment says otherwise): kgraph's numeric work is small (the page's layout,
# PageRank) and its parallelism is by processes (--workers); OpenBLAS threads spinning for a core that a busy
# machine does not have made the page's layout several times slower. Set before anything imports numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

# Each command imports what it needs (spaCy, rdflib's stores, pyshacl, NetworkX) when it runs, so the
# commands that need little of it, and --help, start at once.

if TYPE_CHECKING:  # loaded inside the commands that use it
    from kgraph.export import Analysed
    from kgraph.serve import BoundedServer, ServerConfig
    from kgraph.store import StoreSpec

console = Console(stderr=True, soft_wrap=True)


class _FlagsAsFlags:
    """Help that shows flags as flags: typer's rich help prints `--quiet <bool>`, as if a flag took a value."""

    def format_help(self, ctx, formatter) -> None:
        for param in self.get_params(ctx):
            if getattr(param, "is_flag", False):
                param.metavar = ""
        super().format_help(ctx, formatter)


class Command(_FlagsAsFlags, typer.core.TyperCommand):
    pass


class Group(_FlagsAsFlags, typer.core.TyperGroup):
    pass


app = typer.Typer(
    help="Build a knowledge graph of who met, urged, criticised or backed whom from diplomacy news.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="markdown",
    cls=Group,
)


def command(name: str):
    """Register a kgraph command (with flags shown as flags)."""
    return app.command(name, cls=Command)


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
    help="Where the graph is kept: omitted = Oxigraph on disk in OUT/store; 'memory' = no store "
    "(a build keeps graph.trig only; the other commands load it into memory); a folder = an Oxigraph store there; "
    "http(s)://…/query = a SPARQL 1.1 server (written through its Graph Store Protocol where it has one, "
    "else with SPARQL Update).",
    show_default=False,
)
UPDATE_URL_OPTION = typer.Option(
    "--update-url",
    help="The endpoint's SPARQL Update URL when --store is a URL. Default: the query URL with its last "
    "segment 'query' or 'sparql' replaced by 'update' (Oxigraph, Fuseki), else the query URL itself.",
    show_default=False,
)
GRAPH_STORE_OPTION = typer.Option(
    "--graph-store",
    help="The server's SPARQL 1.1 Graph Store Protocol URL when --store is a URL. Default: the first of "
    "…/store (Oxigraph) and …/data (Fuseki) beside the query URL that answers; none: SPARQL Update.",
    show_default=False,
)
OUT_OPTION = typer.Option("--out", "-o", help="The build folder (what `kgraph build --out` wrote).")
TO_OPTION = typer.Option("--to", help="Where to write (see above).", show_default=False)


def _fail(message: str) -> typer.Exit:
    """Print the error and give the exit to raise (`raise _fail(...) from err`)."""
    console.print(f"[red]error:[/red] {escape(message)}")
    return typer.Exit(code=1)


@command("build")
def build_command(
    inputs: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Files or directories of .txt, .md, .html or .jsonl articles (JSONL: one article a line with "
            "'id' and 'text', optional 'title', 'date', 'source'). Default: the bundled sample corpus.",
            show_default=False,
        ),
    ] = None,
    out: Annotated[Path, typer.Option("--out", "-o", help="The build folder: where the outputs are written.")] = Path(
        "output"
    ),
    model: Annotated[str, typer.Option(help="Installed spaCy English pipeline (package name or path).")] = (
        DEFAULT_MODEL
    ),
    workers: Annotated[
        int,
        typer.Option(
            min=1,
            help="Processes reading, parsing and extracting articles and writing their RDF in parallel: more "
            "than 1 starts a local Dask cluster of that many workers for the build.",
        ),
    ] = 1,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="Run on an existing Dask cluster: its scheduler's address (tcp://HOST:8786). Its workers need "
            "this kgraph installed and must see the input files (feed lines are sent to them).",
            show_default=False,
        ),
    ] = None,
    shard_size: Annotated[
        int,
        typer.Option(
            min=1,
            help="Articles (files, or lines of a JSONL feed) a shard: the unit of work a worker takes, and what an "
            "interrupted build keeps: run the same build again and it resumes with the shards not done.",
        ),
    ] = 50,  # kgraph.shards.SHARD_SIZE (not imported here: the command line starts without the pipeline)
    analysis: Annotated[
        bool,
        typer.Option(
            "--analysis/--no-analysis",
            help="Also write graph.html, the reports and the Gephi files (they hold the whole graph in memory); "
            "without, only graph.trig and the store (`kgraph analyze` makes the rest later).",
        ),
    ] = True,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 64,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    store: Annotated[str | None, STORE_OPTION] = None,
    update_url: Annotated[str | None, UPDATE_URL_OPTION] = None,
    graph_store: Annotated[str | None, GRAPH_STORE_OPTION] = None,
    prune: Annotated[
        bool,
        typer.Option(
            "--prune", help="Drop from the store the articles of earlier builds that are not in these inputs."
        ),
    ] = False,
    entities: Annotated[
        Path | None,
        typer.Option(
            "--entities",
            help="Your corrections to the entities, a TOML file: names to merge into one entity, an entity's "
            "type or Wikidata item, names that are no entity (README: 'Correcting entities').",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Build the knowledge graph of articles (default: the bundled samples).

    Build the knowledge graph of INPUTS into OUT: graph.trig (one named graph per article),
    and what `kgraph analyze` writes from it: graph.html (interactive view), report.md and
    report.json (counts, centralities, communities), graph.graphml and graph.gexf (for Gephi).

    The graph also goes into a store (default: Oxigraph on disk in OUT/store) that `kgraph query`,
    `serve`, `validate` and `export` read. Builds are incremental: an article whose named graph would
    not change is skipped, a changed one has its named graph replaced, and articles of earlier builds
    stay in the store until a build with --prune.

    Unreadable files are reported and skipped. The store and the files are switched together when the
    build succeeds, so a failed or killed build leaves the previous graph as it was; a second build into
    the same folder fails at once."""
    from kgraph.commit import FolderBusy
    from kgraph.data import DataError
    from kgraph.pipeline import BuildError, build
    from kgraph.spacy_model import ModelError
    from kgraph.store import StoreError, store_spec

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
                scheduler=scheduler,
                shard_size=shard_size,
                analysis=analysis,
                batch_size=batch_size,
                on_documents=lambda n: progress.update(task, total=n),
                on_progress=lambda n: progress.advance(task, n),
                store=store_spec(store, out, update_url, graph_store),
                prune=prune,
                entities=entities,
            )
    except (BuildError, ModelError, DataError, StoreError, FolderBusy) as err:
        raise _fail(str(err)) from err
    except OSError as err:  # e.g. --out names a file, or the disk is full
        raise _fail(f"cannot write the outputs: {err}") from err

    if summary.resumed:
        typer.echo(
            f"Resumed an interrupted build: {summary.resumed} of {summary.shards} shards were done already, "
            f"{summary.shards - summary.resumed} extracted now"
        )
    for skipped in summary.skipped:
        console.print(f"[yellow]skipped[/yellow] {_shown(skipped.source)}: {_shown(skipped.reason)}")
    for note in summary.notes:
        console.print(f"[cyan]note[/cyan] {_shown(note.source)}: {_shown(note.message)}")
    typer.echo(
        f"Built {summary.articles} articles: {summary.entities} entities, {summary.facts} facts"
        + (f" ({len(summary.skipped)} inputs skipped)" if summary.skipped else "")
    )
    _list_outputs(summary.outputs)
    if summary.synced is not None:
        synced = summary.synced
        typer.echo(
            f"  {'store':<11} {summary.store}: {synced.added} added, {synced.replaced} replaced, "
            f"{synced.unchanged} unchanged, {synced.pruned} pruned"
            + (f", {synced.kept} from earlier builds kept (--prune drops them)" if synced.kept else "")
            + (f" (written through its {synced.via})" if synced.via else "")
        )


def _shown(text: str) -> str:
    """Text from an input as the terminal can print it: markup escaped, an undecodable file name's bytes
    as escapes."""
    return escape(text.encode("utf-8", "backslashreplace").decode("utf-8"))


def _finish_stopped_build(out: Path, spec: StoreSpec | None = None) -> None:
    """Before reading a build: finish the commit of a build that was stopped (kgraph.commit)."""
    from kgraph.commit import recover_before_reading
    from kgraph.store import StoreError, store_spec

    if out.is_dir():
        try:
            recover_before_reading(out, spec or store_spec(None, out))
        except (StoreError, OSError) as err:
            raise _fail(f"cannot finish the build that was stopped in {out}: {err}") from err


def _list_outputs(outputs: dict[str, Path]) -> None:
    width = max(map(len, outputs), default=0)
    for name, path in outputs.items():
        typer.echo(f"  {name:<{width}} {path}")


@command("analyze")
def analyze_command(
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    to: Annotated[Path | None, TO_OPTION] = None,
    ego: Annotated[
        str | None,
        typer.Option(help="An actor whose ego network to list: a name or alias (any case) or an id, e.g. 'Anna Berg'."),
    ] = None,
    radius: Annotated[int, typer.Option(min=1, help="How many facts away the ego network reaches.")] = 1,
    path: Annotated[
        tuple[str, str] | None,
        typer.Option(help="Two actors whose shortest chains of facts to list, e.g. --path UK kg:country/russia."),
    ] = None,
) -> None:
    """Network analysis of a build: centralities, communities, ego networks, paths.

    Analyse the graph of a build (OUT/graph.trig) with NetworkX: degree, betweenness, PageRank, Louvain
    communities, facts by relation and by month; with --ego an actor's ego network, with --path the
    shortest chains of facts between two actors. Actors are named by label, alias or id (`kg:person/…`
    as `kgraph query` prints them).

    Without --ego or --path it rewrites the build's graph.html, report.md, report.json, graph.graphml and
    graph.gexf (`kgraph build` writes the same). With them it prints the answer and writes nothing, unless
    --to DIR asks for the files (the reports then include the answer)."""
    from kgraph.analysis import AnalysisError, ego_network, load_graph, paths
    from kgraph.commit import FolderBusy, folder_lock
    from kgraph.export import Analysed, write_analysis

    _finish_stopped_build(out)
    try:
        analysed = Analysed(load_graph(out))
        label = {node: data["label"] for node, data in analysed.network.nodes(data=True)}
        if ego:
            analysed.ego = ego_network(analysed.network, ego, radius)[0]
        if path:
            analysed.routes = paths(analysed.network, *path)
        asked = ego or path
        outputs = {}
        if to:
            outputs = write_analysis(analysed, to)
        elif not asked:
            with folder_lock(out, "kgraph analyze"):  # the build's own files: not while a build writes them
                outputs = write_analysis(analysed, out)
    except (AnalysisError, FolderBusy) as err:
        raise _fail(str(err)) from err
    except OSError as err:
        raise _fail(f"cannot write the outputs: {err}") from err

    if not asked or outputs:
        a = analysed.analysis
        typer.echo(
            f"Analysed {len(a.articles)} articles: {a.entities} entities, {a.facts} facts, "
            f"{len(a.communities)} communities"
        )
        top = ", ".join(f"{x.label} ({x.pagerank:.3f})" for x in a.actors[:5])
        if top:
            typer.echo(f"  most central (PageRank): {top}")
    _print_answers(analysed, label)
    _list_outputs(outputs)


def _print_answers(analysed: Analysed, label: dict[str, str]) -> None:
    """The ego network and the paths an `analyze` was asked for, one fact or chain a line."""
    from kgraph.report import describe_route

    if analysed.ego is not None:
        e = analysed.ego
        typer.echo(f"Ego network of {label[e.actor]} (radius {e.radius}): {len(e.actors)} actors, {len(e.facts)} facts")
        for f in e.facts:
            typer.echo(f"  {f.date or 'undated':<10} {label[f.source]} {f.relation} {label[f.target]} ({f.modality})")
    if analysed.routes is not None:
        typer.echo("Paths:" if analysed.routes else "No chain of facts links the two actors.")
        for route in analysed.routes:
            typer.echo("  " + describe_route(route, label)[2:])


@command("query")
def query_command(
    query: Annotated[
        str,
        typer.Argument(
            help="A SPARQL query, a file holding one (e.g. queries/who_met_whom.rq), or the name of a query "
            "kgraph ships (e.g. who_met_whom).",
            show_default=False,
        ),
    ],
    param: Annotated[
        list[str] | None,
        typer.Option(
            "--param",
            "-p",
            help="NAME=VALUE bound to ?NAME before the query runs (never pasted into its text). Repeat for several. "
            "How VALUE is read: see above.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        OutputFormat, typer.Option("--format", "-f", help="How SELECT results are printed; CONSTRUCT gives Turtle.")
    ] = OutputFormat.TABLE,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Run a SPARQL query (text, .rq file or a shipped query's name) against a build's store.

    Run a SPARQL query against the store of a build. The default graph is the merge of all articles'
    named graphs (a triple several articles state counts once); GRAPH ?article { … } reaches one
    article's facts.

    **Parameters.** A query declares its parameters in its header comment, one line each:
    `# @param actor entity  the actor`. A parameter declared `entity` takes a name or alias as the
    articles give it (any case) or an id, and is bound to that entity's IRI: `--param actor="Anna Berg"`
    (an unknown or ambiguous name is an error with suggestions). `relation` takes a relation's name
    (`urged`); `iri`, `string`, `date` and `integer` take only that. An undeclared parameter is read by
    its shape: an IRI as <…> or kg:…, dip:…, wd:…; a date as YYYY-MM-DD; an integer; a Turtle literal
    such as '"Berg"@en'; anything else is a plain string, never a name.

    **Prefixes** dip:, kg:, wd:, rdf:, rdfs:, xsd:, owl:, skos:, dcterms:, dc:, prov:, foaf:, schema: and sh:
    need no declaration."""
    from kgraph.query import QueryError, bind_params, query_text, render, run_query
    from kgraph.store import StoreError, open_sparql, store_spec

    try:
        text = query_text(query)
        _finish_stopped_build(out, store_spec(store, out))
        with open_sparql(store_spec(store, out)) as source:
            rendered = render(run_query(source, text, bind_params(source, text, param or [])), fmt)
    except (QueryError, StoreError) as err:
        raise _fail(str(err)) from err
    typer.echo(rendered, nl=not rendered.endswith("\n"))


@command("validate")
def validate_command(
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Validate a build against the SHACL shapes.

    Check a build against the SHACL shapes (ontology/shapes.ttl): every entity typed and labelled,
    every event with its relation, agent, target, modality, confidence in (0, 1], evidence and article,
    dates as xsd:date. Exits with 1 and lists the violations if there are any."""
    from kgraph.store import StoreError, open_store, store_spec
    from kgraph.validate import validate

    try:
        _finish_stopped_build(out, store_spec(store, out))
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


@command("export")
def export_command(
    fmt: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            "-f",
            help="trig and nquads keep one named graph per article; turtle merges them; jsonld is compacted "
            "with kgraph's JSON-LD context (ontology/context.jsonld); csv writes nodes.csv and edges.csv.",
        ),
    ] = ExportFormat.trig,
    to: Annotated[Path | None, TO_OPTION] = None,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[str | None, STORE_OPTION] = None,
) -> None:
    """Write the whole graph of a store in an RDF format, or as CSV for Neo4j.

    Write the graph of a build's store: an RDF format to --to FILE (default: standard output), or with
    --format csv the actor network as nodes.csv and edges.csv in the folder --to DIR (default: the build
    folder), with the column headers `neo4j-admin database import` reads (pandas and spreadsheets read
    them too)."""
    from kgraph.store import StoreError, open_store, store_spec

    exporter = EXPORTERS[fmt.value]
    try:
        _finish_stopped_build(out, store_spec(store, out))
        with open_store(store_spec(store, out)) as ds:
            written = exporter(ds)
    except StoreError as err:
        raise _fail(str(err)) from err
    if isinstance(written, str) and to is None:
        typer.echo(written, nl=False)
        return
    files = {to: written} if isinstance(written, str) else {(to or out) / name: text for name, text in written.items()}
    for path, text in files.items():
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        except OSError as err:
            raise _fail(f"cannot write {path}: {err}") from err
        typer.echo(f"Wrote {path}")


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@command("serve")
def serve_command(
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the endpoint to the network.")] = (
        "127.0.0.1"
    ),
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on; 0 picks a free one.")] = 7878,
    timeout: Annotated[
        int, typer.Option(min=1, help="Seconds a query may run; then it is stopped and answered 503.")
    ] = 30,
    max_result_mb: Annotated[
        float, typer.Option(min=0.001, help="Largest result sent, in megabytes; larger ones get HTTP 413.")
    ] = 10.0,
    writable: Annotated[
        bool,
        typer.Option("--writable", help="Accept SPARQL Update and Graph Store writes (default: read-only)."),
    ] = False,
    allow_service: Annotated[
        bool,
        typer.Option(
            "--allow-service",
            help="Let queries use SERVICE (and updates LOAD), which make the server fetch other URLs for whoever "
            "can query it. Refused by default.",
        ),
    ] = False,
    workers: Annotated[
        int, typer.Option(min=1, max=64, help="Queries answered at once, each in its own process (one if --writable).")
    ] = max(1, min(4, os.cpu_count() or 1)),
    queue: Annotated[
        int, typer.Option(min=1, max=10_000, help="Requests that may wait; more at once are answered 503 (busy).")
    ] = 32,
    out: Annotated[Path, OUT_OPTION] = Path("output"),
    store: Annotated[
        str | None, typer.Option("--store", help="An Oxigraph store folder. Default: OUT/store.", show_default=False)
    ] = None,
) -> None:
    """Serve a build's store as a read-only SPARQL 1.1 endpoint.

    Serve the store as a SPARQL 1.1 Protocol endpoint: queries by GET or POST at /query, results as JSON,
    XML, CSV or TSV, CONSTRUCT as Turtle, TriG or N-Triples, the Graph Store Protocol at /store, and a query
    page at /. Read-only unless --writable. Queries run in --workers processes; a query over --timeout is
    stopped (its process ends) and answered 503; requests beyond --queue are answered 503 at once. SERVICE
    is refused unless --allow-service. Stop it with Ctrl-C. While it runs, builds into its folder are refused."""
    from kgraph.commit import FolderBusy, folder_lock
    from kgraph.serve import ServeError, ServerConfig
    from kgraph.serve import start as start_server
    from kgraph.store import StoreKind, store_spec

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
        allow_service=allow_service,
        workers=workers,
        queue=queue,
    )
    folder = config.store.parent  # the build folder: no build writes into it while it is served
    _finish_stopped_build(folder, spec)
    with contextlib.ExitStack() as held:
        try:
            if folder.is_dir():
                held.enter_context(folder_lock(folder, "kgraph serve", shared=True))
            server = start_server(config)
        except (ServeError, FolderBusy) as err:
            raise _fail(str(err)) from err
        _serve(server, config)


def _serve(server: BoundedServer, config: ServerConfig) -> None:
    """Say what is served and how, and serve until Ctrl-C or `kill`."""
    from kgraph.serve import close as close_server

    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops it as cleanly as Ctrl-C
    bound_host, bound_port = server.server_address[:2]
    url = f"http://{bound_host}:{bound_port}"
    typer.echo(f"SPARQL endpoint {url}/query ({'read-write' if config.writable else 'read-only'}), query page {url}/")
    typer.echo(
        f"Serving {config.store}; time limit {config.timeout_s} s, result limit {config.max_result_bytes / 1e6:g} MB, "
        f"{config.processes} query process{'es' if config.processes > 1 else ''}, {config.queue} requests may wait. "
        "Ctrl-C stops."
    )
    if config.allow_service:
        typer.echo("SERVICE and LOAD are allowed: queries can make this server fetch other URLs.")
    elif server.pool.isolated:
        typer.echo("SERVICE and LOAD are refused, and the query processes have no network.")
    else:
        typer.echo("SERVICE and LOAD are refused (this system gives the query processes no network of their own).")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        close_server(server)


if __name__ == "__main__":
    app()
