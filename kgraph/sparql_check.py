"""Which operations of a SPARQL query or update would make the server send requests elsewhere.

`SERVICE <url> { … }` in a query and `LOAD <url>` in an update make Oxigraph fetch that URL, so anyone
who can query an endpoint could make it call addresses only its host reaches. `kgraph serve` refuses
them unless started with `--allow-service`, and where the system allows, also runs queries in processes
without a network (kgraph.query_worker); this check gives the clear error.

The check is lexical and errs on the side of refusing: the keyword counts wherever it could be code.
`\\uXXXX` escapes are undone first, as the SPARQL grammar does; then the text is read twice, once
taking `<…>` as an IRI wherever it can be one, once only where it holds no parenthesis (`<` also compares,
and an expression can only give way to a SERVICE after a closing parenthesis), and the keyword counts when
either reading finds it outside strings, IRIs and comments.
"""

from __future__ import annotations

import re

OUTBOUND = ("SERVICE", "LOAD")
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_STRINGS = r"'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)|\"\"\"(?:[^\"\\]|\\.|\"(?!\"\"))*(?:\"\"\"|$)" + (
    r"|'(?:[^'\\\n\r]|\\.)*(?:'|$)|\"(?:[^\"\\\n\r]|\\.)*(?:\"|$)"
)
_COMMENT = r"#[^\n\r]*"
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
_IRI_WITHOUT_PARENTHESES = r"<[^<>\"{}|^`\\\x00-\x20()]*>"
READINGS = [re.compile(f"{_STRINGS}|{iri}|{_COMMENT}", re.DOTALL) for iri in (_IRI, _IRI_WITHOUT_PARENTHESES)]
# The keyword as a word of its own: not a variable (?service), a prefixed name (ex:service, service:x),
# a blank node (_:service), a language tag (@service) or part of a longer name (my-service, service_x).
KEYWORD = re.compile(r"(?<![\w?$:@-])(" + "|".join(OUTBOUND) + r")(?![\w:-])", re.IGNORECASE)


def unescape(text: str) -> str:
    """The text with SPARQL's codepoint escapes undone (invalid code points left as they are)."""

    def char(match: re.Match[str]) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code <= 0x10FFFF else match.group(0)

    return ESCAPE.sub(char, text)


def outbound_operations(text: str) -> list[str]:
    """The operations in the text that could make the server send a request (upper case, in order found)."""
    text = unescape(text)
    found: list[str] = []
    for reading in READINGS:
        code = reading.sub(" ", text)
        found += [m.group(1).upper() for m in KEYWORD.finditer(code)]
    return list(dict.fromkeys(found))
