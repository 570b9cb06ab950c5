"""SPARQL for `kgraph query`: the query text, its parameters as bound values, and the result as text.

Queries run on pyoxigraph (an Oxigraph store on disk, graph.trig loaded into memory, or a SPARQL 1.1
endpoint read over HTTP; see kgraph.store.open_sparql), so the command starts without rdflib.
Parameters are never pasted into the query: they become pyoxigraph terms bound as the query's
substitutions (for an endpoint, a VALUES block of terms pyoxigraph writes), so a value cannot change
what the query does.

A query declares what its parameters take in its comment header, one line each:

    # @param actor entity  the actor: a name, an alias or an id

An `entity` parameter takes what people call an entity (a label or an alias the articles used, in
any case) or its id, and is bound to the entity's IRI, looked up in the store; `relation` takes a
relation's name (`urged`); `iri`, `string`, `date` and `integer` take only that. A parameter the
query does not declare is read by the shape of its value (see `parse_value`), so a bare name there
is a plain string.
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from difflib import get_close_matches
from pathlib import Path

import pyoxigraph as ox

from kgraph.formats import OutputFormat
from kgraph.names import Named, UnknownName, find
from kgraph.ontology import NAMESPACES, ONTOLOGY_IRI
from kgraph.queries import examples
from kgraph.relations import relations
from kgraph.store import QUERY_PREFIXES, Sparql, StoreError, Term

XSD = "http://www.w3.org/2001/XMLSchema#"
XSD_DATE = ox.NamedNode(XSD + "date")
XSD_INTEGER = ox.NamedNode(XSD + "integer")
INTEGER_TYPES = {  # xsd:integer and the types XML Schema derives from it
    ox.NamedNode(XSD + name)
    for name in [
        "integer",
        "long",
        "int",
        "short",
        "byte",
        "nonNegativeInteger",
        "positiveInteger",
        "nonPositiveInteger",
        "negativeInteger",
        "unsignedLong",
        "unsignedInt",
        "unsignedShort",
        "unsignedByte",
    ]
}
DIP = ONTOLOGY_IRI + "#"
KG = NAMESPACES["kg"]


class QueryError(ValueError):
    """The query or one of its parameters is unusable; the message says which and why."""


def query_text(query_or_file: str) -> str:
    """The argument itself, the text of the file it names (anything ending in .rq must be a file), or the
    text of the query kgraph ships under that name (`who_met_whom`)."""
    path = Path(query_or_file)
    if query_or_file.endswith(".rq") or (len(query_or_file) < 4096 and "\n" not in query_or_file and path.is_file()):
        try:
            return path.read_text(encoding="utf-8")
        except FileNotFoundError as err:
            raise QueryError(f"no query file {query_or_file}") from err
        except (OSError, UnicodeDecodeError) as err:
            raise QueryError(f"cannot read {query_or_file}: {err}") from err
    if re.fullmatch(r"\w+", query_or_file):  # no SPARQL query is one word
        shipped = {example.name: example.text for example in examples()}
        if query_or_file not in shipped:
            raise QueryError(f"no query called {query_or_file!r}; kgraph ships {', '.join(shipped)}")
        return shipped[query_or_file]
    return query_or_file


@dataclass(frozen=True)
class Parameter:
    """A parameter a query declares in its header: `# @param NAME TYPE description`."""

    name: str
    type: str
    description: str = ""


PARAM_TYPES = ("entity", "relation", "iri", "string", "date", "integer")
DECLARATION = re.compile(r"^[ \t]*#[ \t]*@param[ \t]+[?$]?(\w+)[ \t]+(\w+)[ \t]*(.*)$", re.MULTILINE)
ENTITY_TYPES = ("Person", "Country", "Organization", "GovernmentBody", "Place", "Group", "Position")


def declared_parameters(text: str) -> dict[str, Parameter]:
    """The parameters the query's comments declare; an unknown type is a QueryError."""
    declared = {}
    for match in DECLARATION.finditer(text):
        name, kind, description = match.groups()
        if kind not in PARAM_TYPES:
            raise QueryError(f"@param {name}: unknown type {kind!r} (one of {', '.join(PARAM_TYPES)})")
        declared[name] = Parameter(name, kind, description.strip())
    return declared


def parse_params(params: Sequence[str]) -> dict[str, str]:
    """`name=value` pairs as given, by variable name (a leading ? or $ is dropped)."""
    values: dict[str, str] = {}
    for param in params:
        name, sep, value = param.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", name):
            raise QueryError(f"--param {param!r}: expected name=value with a SPARQL variable name")
        values[name] = value
    return values


def bind_params(source: Sparql, text: str, params: Sequence[str]) -> dict[str, Term]:
    """The `--param` values as RDF terms, each read as the query declares it (see the module's doc)."""
    declared = declared_parameters(text)
    values = parse_params(params)
    entities = _entities(source) if any(declared.get(n, Parameter(n, "")).type == "entity" for n in values) else []
    bindings: dict[str, Term] = {}
    for name, value in values.items():
        kind = declared[name].type if name in declared else ""
        try:
            bindings[name] = ox.NamedNode(KG + find(entities, value)) if kind == "entity" else typed_value(value, kind)
        except (UnknownName, QueryError) as err:
            raise QueryError(f"--param {name}: {err}") from err
    return bindings


ENTITY_NAMES = f"""
SELECT DISTINCT ?entity ?label ?alias WHERE {{
  GRAPH ?g {{ ?entity a ?type ; rdfs:label ?label . OPTIONAL {{ ?entity skos:altLabel ?alias }} }}
  FILTER (?type IN ({", ".join("dip:" + t for t in ENTITY_TYPES)}))
}}"""


def _entities(source: Sparql) -> list[Named]:
    """Every entity of the store (actors, places, positions) with its labels and aliases, for name lookups."""
    labels: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for entity, label, alias in run_query(source, ENTITY_NAMES).rows:
        ident = entity.value.removeprefix(KG)
        labels[ident].add(label.value)
        if alias is not None:
            aliases[ident].add(alias.value)
    return [Named(i, label, tuple(sorted(aliases[i]))) for i in sorted(labels) for label in sorted(labels[i])]


def typed_value(value: str, kind: str = "") -> Term:
    """A value as the declared type takes it; undeclared (`kind` empty), as `parse_value` reads it."""
    if kind == "string":
        return ox.Literal(value)
    if kind == "relation":
        name = value.removeprefix("dip:")
        if name not in relations():
            close = ", ".join(get_close_matches(name, list(relations()), n=3))
            raise QueryError(f"no relation {value!r}" + (f"; did you mean {close}?" if close else ""))
        return ox.NamedNode(DIP + name)
    term = parse_value(value)
    if kind == "iri" and not isinstance(term, ox.NamedNode):
        raise QueryError(f"{value!r} is not an IRI: write <…> or kg:…, dip:…, wd:…")
    if kind == "date" and not (isinstance(term, ox.Literal) and term.datatype == XSD_DATE):
        raise QueryError(f"{value!r} is not a date YYYY-MM-DD")
    if kind == "integer" and not (isinstance(term, ox.Literal) and term.datatype in INTEGER_TYPES):
        raise QueryError(f"{value!r} is not an integer")
    return term


IRI = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
LOCAL_NAME = re.compile(r"[^\s<>\"{}|^`\\'(),;]*")
LITERAL = re.compile(
    r"(\"(?:[^\"\\\n\r]|\\.)*\")"  # "text", with escapes
    r"(@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:<[^<>\"{}|^`\\\x00-\x20]*>|[A-Za-z][\w.-]*:[\w.-]*))?"  # @lang, ^^type
)


def parse_value(value: str) -> Term:
    """A value read by its shape: an IRI when written `<...>` or with a known prefix (`kg:country/china`,
    `dip:met`, `wd:Q148`), a typed literal when written in N-Triples/Turtle form (`"5"^^xsd:integer`,
    `"text"@en`), a date when YYYY-MM-DD, an integer when digits, else a string. A value that starts like an
    IRI or a literal must be exactly one, valid for its type (`"a" ; DROP ALL` is an error, not `"a"`)."""
    prefix, colon, rest = value.partition(":")
    if value.startswith("<"):
        if not (match := IRI.fullmatch(value)):
            raise QueryError(f"{value!r} is not an IRI: write <…> with no spaces, quotes or brackets inside")
        return ox.NamedNode(match.group(1))
    if colon and prefix in NAMESPACES and not rest.startswith("//"):
        if not LOCAL_NAME.fullmatch(rest):
            raise QueryError(f"{value!r} is not an IRI: {prefix}: must be followed by a name without spaces")
        return ox.NamedNode(NAMESPACES[prefix] + rest)
    if value.startswith('"'):
        return _literal(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return ox.Literal(date.fromisoformat(value).isoformat(), datatype=XSD_DATE)
        except ValueError as err:
            raise QueryError(f"not a date: {value}") from err
    if re.fullmatch(r"-?\d+", value):
        return ox.Literal(str(int(value)), datatype=XSD_INTEGER)
    return ox.Literal(value)


def _literal(value: str) -> ox.Literal:
    """A Turtle literal, whole and well-typed (rdflib reads and checks it: only this rare case imports it)."""
    if not LITERAL.fullmatch(value):
        raise QueryError(
            f"cannot read the literal {value}: write one literal and nothing after it, "
            "such as '\"text\"', '\"text\"@en' or '\"5\"^^xsd:integer'"
        )
    from rdflib import Graph, Literal
    from rdflib.util import from_n3

    namespaces = Graph().namespace_manager
    for p, ns in QUERY_PREFIXES.items():
        namespaces.bind(p, ns, replace=True)
    rdflib_terms = logging.getLogger("rdflib.term")  # it logs a traceback for an ill-typed literal: told below
    level = rdflib_terms.level
    rdflib_terms.setLevel(logging.CRITICAL)
    try:
        term = from_n3(value, nsm=namespaces)
    except Exception as err:
        raise QueryError(f"cannot read the literal {value}: {err}") from err
    finally:
        rdflib_terms.setLevel(level)
    if not isinstance(term, Literal):
        raise QueryError(f"not a literal: {value}")
    if term.ill_typed:
        raise QueryError(
            f"cannot read the literal {value}: {term!s} is not a valid {short(ox.NamedNode(term.datatype))}"
        )
    if term.language:
        return ox.Literal(str(term), language=term.language)
    return ox.Literal(str(term), datatype=ox.NamedNode(term.datatype)) if term.datatype else ox.Literal(str(term))


@dataclass(frozen=True)
class Answer:
    """A query's whole answer, read before anything is printed, so that an error while the query is
    evaluated is a QueryError, never a half-printed table."""

    variables: list[str] = field(default_factory=list)  # SELECT: the columns
    rows: list[list[Term | None]] = field(default_factory=list)  # SELECT: a term or None (unbound) a column
    results_json: bytes = b""  # SELECT: the rows as SPARQL 1.1 Query Results JSON
    boolean: bool | None = None  # ASK
    triples: list[ox.Triple] | None = None  # CONSTRUCT and DESCRIBE


def run_query(source: Sparql, text: str, bindings: Mapping[str, Term] | None = None) -> Answer:
    """The query's answer; a syntax error or an unknown variable in `bindings` is a QueryError."""
    if bindings:
        mentioned = {m.group(1) for m in re.finditer(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", text)}
        if unknown := sorted(set(bindings) - mentioned):
            raise QueryError(f"the query has no variable {', '.join('?' + n for n in unknown)} to bind")
    try:
        result = source.query(text, bindings or {})
        if isinstance(result, ox.QueryBoolean):
            return Answer(boolean=bool(result))
        if isinstance(result, ox.QuerySolutions):
            data = result.serialize(format=ox.QueryResultsFormat.JSON)
            solutions = ox.parse_query_results(data, ox.QueryResultsFormat.JSON)
            names = [v.value for v in solutions.variables]
            return Answer(names, [[solution[n] for n in names] for solution in solutions], data)
        return Answer(triples=list(result))
    except StoreError:
        raise
    except (SyntaxError, ValueError, OSError, RuntimeError) as err:  # pyoxigraph's parse and evaluation errors
        if "in its SELECT projection" in str(err):
            raise QueryError(
                f"{err}: Oxigraph binds --param variables only when the query selects them (add them to SELECT)"
            ) from err
        raise QueryError(f"the query failed: {err}") from err


def short(term: Term | None) -> str:
    """A term as people read it: prefixed IRIs, plain literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in sorted(NAMESPACES.items(), key=lambda item: -len(item[1])):
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
    return _plain(term)


def render(answer: Answer, fmt: OutputFormat) -> str:
    """SELECT results as a table, CSV, TSV or SPARQL JSON; ASK as true/false; CONSTRUCT as Turtle."""
    if answer.boolean is not None:
        if fmt is OutputFormat.JSON:
            return json.dumps({"head": {}, "boolean": answer.boolean})
        return "true" if answer.boolean else "false"
    if answer.triples is not None:
        return ox.serialize(answer.triples, format=ox.RdfFormat.TURTLE, prefixes=QUERY_PREFIXES).decode("utf-8")
    names, rows = answer.variables, answer.rows
    if fmt is OutputFormat.JSON:
        return answer.results_json.decode("utf-8")
    if fmt is OutputFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else _plain(v) for v in row] for row in rows])
        return buffer.getvalue()
    if fmt is OutputFormat.TSV:  # SPARQL 1.1 TSV: terms in N-Triples syntax
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join("" if v is None else str(v).replace("\t", "\\t") for v in row) for row in rows]
        return "\n".join(lines) + "\n"
    return "\n".join(_table(names, [[short(v) for v in row] for row in rows])) + "\n"


def _plain(term: Term) -> str:
    """A term's value as CSV gives it: the IRI, the literal's text, the blank node's id."""
    return term.value if isinstance(term, ox.NamedNode | ox.Literal | ox.BlankNode) else str(term)


def _table(names: list[str], rows: list[list[str]], width: int = 60) -> list[str]:
    """A plain-text table that copies into Markdown; long cells are cut at `width` characters."""
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in rows]
    cells = [[c.replace("|", "\\|").replace("\n", " ") for c in row] for row in cells]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(names)]
    lines = ["| " + " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in cells]
    return lines
