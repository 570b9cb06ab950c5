"""SPARQL for `kgraph query`: the query text, its parameters as bound values, and the result as text.

Parameters are never pasted into the query: they become rdflib `initBindings` (for Oxigraph, its
query substitutions; for an endpoint, a VALUES block rdflib appends), so a value cannot change
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
from dataclasses import dataclass
from datetime import date
from difflib import get_close_matches
from pathlib import Path

from rdflib import XSD, Dataset, Graph, Literal, URIRef
from rdflib.query import Result
from rdflib.term import Identifier, Node, Variable
from rdflib.util import from_n3

from kgraph.formats import OutputFormat
from kgraph.names import Named, UnknownName, find
from kgraph.queries import examples
from kgraph.rdf import DIP, ID, PREFIXES
from kgraph.relations import relations


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


def bind_params(ds: Dataset, text: str, params: Sequence[str]) -> dict[str, Identifier]:
    """The `--param` values as RDF terms, each read as the query declares it (see the module's doc)."""
    declared = declared_parameters(text)
    values = parse_params(params)
    entities = _entities(ds) if any(declared.get(n, Parameter(n, "")).type == "entity" for n in values) else []
    bindings: dict[str, Identifier] = {}
    for name, value in values.items():
        kind = declared[name].type if name in declared else ""
        try:
            bindings[name] = ID[find(entities, value)] if kind == "entity" else typed_value(value, kind)
        except (UnknownName, QueryError) as err:
            raise QueryError(f"--param {name}: {err}") from err
    return bindings


ENTITY_NAMES = f"""
PREFIX dip: <{DIP._NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?entity ?label ?alias WHERE {{
  GRAPH ?g {{ ?entity a ?type ; rdfs:label ?label . OPTIONAL {{ ?entity skos:altLabel ?alias }} }}
  FILTER (?type IN ({", ".join("dip:" + t for t in ENTITY_TYPES)}))
}}"""


def _entities(ds: Dataset) -> list[Named]:
    """Every entity of the store (actors, places, positions) with its labels and aliases, for name lookups."""
    labels: dict[str, set[str]] = defaultdict(set)
    aliases: dict[str, set[str]] = defaultdict(set)
    for row in ds.query(ENTITY_NAMES):
        ident = str(row.entity).removeprefix(str(ID))
        labels[ident].add(str(row.label))
        if row.alias is not None:
            aliases[ident].add(str(row.alias))
    return [Named(i, label, tuple(sorted(aliases[i]))) for i in sorted(labels) for label in sorted(labels[i])]


def typed_value(value: str, kind: str = "") -> Identifier:
    """A value as the declared type takes it; undeclared (`kind` empty), as `parse_value` reads it."""
    if kind == "string":
        return Literal(value)
    if kind == "relation":
        name = value.removeprefix("dip:")
        if name not in relations():
            close = ", ".join(get_close_matches(name, list(relations()), n=3))
            raise QueryError(f"no relation {value!r}" + (f"; did you mean {close}?" if close else ""))
        return DIP[name]
    term = parse_value(value)
    expected = {"iri": URIRef, "date": date, "integer": int}.get(kind)
    if expected is URIRef and not isinstance(term, URIRef):
        raise QueryError(f"{value!r} is not an IRI: write <…> or kg:…, dip:…, wd:…")
    if expected in (date, int) and not (isinstance(term, Literal) and isinstance(term.value, expected)):
        raise QueryError(f"{value!r} is not {'a date YYYY-MM-DD' if expected is date else 'an integer'}")
    return term


IRI = re.compile(r"<([^<>\"{}|^`\\\x00-\x20]*)>")
LOCAL_NAME = re.compile(r"[^\s<>\"{}|^`\\'(),;]*")
LITERAL = re.compile(
    r"(\"(?:[^\"\\\n\r]|\\.)*\")"  # "text", with escapes
    r"(@[A-Za-z]+(?:-[A-Za-z0-9]+)*|\^\^(?:<[^<>\"{}|^`\\\x00-\x20]*>|[A-Za-z][\w.-]*:[\w.-]*))?"  # @lang, ^^type
)


def parse_value(value: str) -> Identifier:
    """A value read by its shape: an IRI when written `<...>` or with a known prefix (`kg:country/china`,
    `dip:met`, `wd:Q148`), a typed literal when written in N-Triples/Turtle form (`"5"^^xsd:integer`,
    `"text"@en`), a date when YYYY-MM-DD, an integer when digits, else a string. A value that starts like an
    IRI or a literal must be exactly one, valid for its type (`"a" ; DROP ALL` is an error, not `"a"`)."""
    prefix, colon, rest = value.partition(":")
    if value.startswith("<"):
        if not (match := IRI.fullmatch(value)):
            raise QueryError(f"{value!r} is not an IRI: write <…> with no spaces, quotes or brackets inside")
        return URIRef(match.group(1))
    if colon and prefix in PREFIXES and not rest.startswith("//"):
        if not LOCAL_NAME.fullmatch(rest):
            raise QueryError(f"{value!r} is not an IRI: {prefix}: must be followed by a name without spaces")
        return URIRef(str(PREFIXES[prefix]) + rest)
    if value.startswith('"'):
        return _literal(value)
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        try:
            return Literal(date.fromisoformat(value))
        except ValueError as err:
            raise QueryError(f"not a date: {value}") from err
    if re.fullmatch(r"-?\d+", value):
        return Literal(int(value))
    return Literal(value)


def _literal(value: str) -> Literal:
    """A Turtle literal, whole and well-typed."""
    if not LITERAL.fullmatch(value):
        raise QueryError(
            f"cannot read the literal {value}: write one literal and nothing after it, "
            "such as '\"text\"', '\"text\"@en' or '\"5\"^^xsd:integer'"
        )
    namespaces = Graph().namespace_manager
    for p, ns in PREFIXES.items():
        namespaces.bind(p, ns)
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
        raise QueryError(f"cannot read the literal {value}: {term!s} is not a valid {short(term.datatype)}")
    return term


def run_query(ds: Dataset, text: str, bindings: Mapping[str, Identifier] | None = None) -> Result:
    """The query's result; a syntax error or an unknown variable in `bindings` is a QueryError."""
    if bindings:
        mentioned = {m.group(1) for m in re.finditer(r"[?$]([A-Za-z_][A-Za-z0-9_]*)", text)}
        if unknown := sorted(set(bindings) - mentioned):
            raise QueryError(f"the query has no variable {', '.join('?' + n for n in unknown)} to bind")
    try:
        result = ds.query(text, initBindings={Variable(k): v for k, v in (bindings or {}).items()})
        if result.type == "SELECT":
            result.bindings = list(result.bindings)  # errors at evaluation surface here, not while printing
        return result
    except Exception as err:  # rdflib's and pyoxigraph's parse and evaluation errors
        if "in its SELECT projection" in str(err):
            raise QueryError(
                f"{err}: Oxigraph binds --param variables only when the query selects them (add them to SELECT)"
            ) from err
        raise QueryError(f"the query failed: {err}") from err


def short(node: Node | None) -> str:
    """A term as people read it: prefixed IRIs, plain literal values."""
    if node is None:
        return ""
    if isinstance(node, URIRef):
        for prefix, namespace in sorted(PREFIXES.items(), key=lambda item: -len(str(item[1]))):
            if node.startswith(str(namespace)):
                return f"{prefix}:{node[len(str(namespace)) :]}"
        return str(node)
    return str(node)


def result_rows(result: Result) -> tuple[list[str], list[list[Node | None]]]:
    names = [str(v) for v in result.vars or []]
    return names, [[row.get(Variable(n)) for n in names] for row in result.bindings]


def render(result: Result, fmt: OutputFormat) -> str:
    """SELECT results as a table, CSV, TSV or SPARQL JSON; ASK as true/false; CONSTRUCT as Turtle."""
    if result.type == "ASK":
        return (
            json.dumps({"head": {}, "boolean": bool(result.askAnswer)})
            if fmt is OutputFormat.JSON
            else ("true" if result.askAnswer else "false")
        )
    if result.type in ("CONSTRUCT", "DESCRIBE"):
        graph = result.graph
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace)
        return graph.serialize(format="turtle")
    names, rows = result_rows(result)
    if fmt is OutputFormat.JSON:
        return result.serialize(format="json").decode("utf-8")
    if fmt is OutputFormat.CSV:
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(names)
        writer.writerows([["" if v is None else str(v) for v in row] for row in rows])
        return buffer.getvalue()
    if fmt is OutputFormat.TSV:  # SPARQL 1.1 TSV: terms in N-Triples syntax
        lines = ["\t".join("?" + n for n in names)]
        lines += ["\t".join(_nt(v) for v in row) for row in rows]
        return "\n".join(lines) + "\n"
    return "\n".join(_table(names, [[short(v) for v in row] for row in rows])) + "\n"


def _nt(node: Node | None) -> str:
    if node is None:
        return ""
    if isinstance(node, Literal) and node.datatype == XSD.string:  # Oxigraph types plain strings
        node = Literal(str(node))
    return node.n3().replace("\t", "\\t")


def _table(names: list[str], rows: list[list[str]], width: int = 60) -> list[str]:
    """A plain-text table that copies into Markdown; long cells are cut at `width` characters."""
    cells = [[c if len(c) <= width else c[: width - 1] + "…" for c in row] for row in rows]
    cells = [[c.replace("|", "\\|").replace("\n", " ") for c in row] for row in cells]
    widths = [max([len(n)] + [len(row[i]) for row in cells]) for i, n in enumerate(names)]
    lines = ["| " + " | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + " |"]
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    lines += ["| " + " | ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)) + " |" for row in cells]
    return lines
