"""Read articles from files into Documents: title, date, clean text.

Bad inputs (binary, empty, too long, malformed JSON lines, broken links) are reported as Skipped and
the rest is read; nothing here raises for one bad article. Sizes are checked before anything is
parsed; text in another encoding than UTF-8 (a byte-order mark, Windows-1252, UTF-16, ...) is
decoded and the encoding kept on the Document; control characters are removed from every field
whatever the format.
"""

from __future__ import annotations

import codecs
import gzip
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from bs4 import BeautifulSoup
from charset_normalizer import from_bytes

from kgraph.model import Document, Skipped

SUFFIXES = {".txt", ".md", ".html", ".htm", ".jsonl"}
FEEDS = (".jsonl", ".jsonl.gz")  # one article a line; gzipped feeds are read as they decompress
TITLE_MAX = 200
MAX_ARTICLE_CHARS = 1_000_000  # spaCy's own limit for one text
MAX_FILE_BYTES = 16 * MAX_ARTICLE_CHARS  # an article file larger than this cannot hold one article
MAX_LINE_BYTES = 8 * MAX_ARTICLE_CHARS  # a JSONL record longer than this is skipped unread
BOMS = [  # longest first: UTF-32's little-endian mark begins with UTF-16's
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
]
PREFERRED_SINGLE_BYTE = "cp1252"  # Windows-1252, a superset of Latin-1: what most non-UTF-8 news text is
# C0 and C1 controls but tab and newlines, DEL, lone surrogates (from JSON escapes) and non-characters
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
BINARY_SHARE = 0.3  # decoded text with more control characters than this is not text

DATE_LINE = re.compile(r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*", re.MULTILINE)

_MONTH_DAY = (
    r"((jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?)(,?\s+\d{4})?"
)
# Photo and agency credits in parentheses: "(Jane Roe/Pool Photo/AP)", "(Reuters)", "( AFP )", "(Xinhua/Jo Li)".
AGENCIES = r"Reuters|AP|AFP|PA|EPA|Getty Images|Bloomberg|Xinhua|Anadolu|dpa|UPI|TASS|Pool"
_NAME = r"(?-i:[A-Z])[\w'’.-]*(\s+(?-i:[A-Z])[\w'’.-]*){0,3}"  # capitalised words, whatever the flags
_NAMES = _NAME + r"(\s*(,|and|&)\s*" + _NAME + r")*"
# A whole line is dropped when it is one of these (share prompts, copyright, end-of-article links).
BOILERPLATE_LINES = [
    r"^share (this|on)\b",
    r"^(©|\(c\)\s)|^copyright\s*(©|\(c\)|\d{4})",
    r"\ball rights reserved\b",
    r"^more stories like this\b",
    r"^[-–—\s]*with assistance from\b",
    r"^(read more|support now|sign up|advertisement)\W*$",
    # bylines and credits name reporters and agencies, not actors of the story
    r"^by\s+" + _NAMES + r"(\s*[,|/–—-]\s*" + _NAME + r")?$",
    r"^\(?\s*(additional\s+)?(reporting|writing|editing|compiled)\s+by\s+(?-i:[A-Z]).{0,200}$",
    r"^(photo(graph)?|picture|image|video)s?(\s+credit)?\s*:.{0,100}$",
    r"^[-–—]+\s*(" + AGENCIES + r")\s*$",
    r"^([^/\n]{1,40}/)+\s*(" + AGENCIES + r"|[^/\n]*(Photo|Images?|Pictures?)[^/\n]*)\s*$",
    # teasers and promotions: links to other stories, invitations to follow the outlet
    r"^(also read|read also|read more|see also|related|recommended|watch|listen|more on this)\s*:",
    r"^for (all )?the latest\b.{0,150}$",
    r"\bfollow (us|our)\b.{0,60}\b(channel|app|on (x|twitter|facebook|instagram|telegram|whatsapp))\b",
    # page metadata: publication stamps, dates and clock times alone, section labels and breadcrumbs
    r"^(published|updated|posted|last updated|first published)\b[^.!?]{0,80}$",
    r"^[^.!?\n]{0,40}\b\d{1,2}:\d{2}\b[^.!?\n]{0,40}$",
    r"^((mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?" + _MONTH_DAY + r"\s*$",
    r"^[\w .'’&-]{1,40}\s/\s[\w .'’&-]{1,40}$",
    r"^(?-i:[A-Z])[\w'’-]*(\s+(?-i:[A-Z])[\w'’-]*)?\s+&\s+(?-i:[A-Z])[\w'’-]*$",
]
# A sentence is boilerplate when it appeals to the reader for money, subscriptions or
# bookmarks; a short paragraph holding one is an appeal block and goes whole.
APPEAL_SENTENCES = [
    r"\byour support (helps|allows|makes|means|keeps|enables)\b|^your support\b",
    r"\bsupport now\b",
    r"\b(make|making) a donation\b|\bdonate (now|today)\b",
    r"\block you out\b|\bbehind a paywall\b|\bwith paywalls\b",
    r"^(subscribe|sign up|start your|want to bookmark)\b",
    r"\byour [\w ]{0,30}subscription\b",
    r"\bto bookmark (this|your)\b",
]
APPEAL_BLOCK_MAX_SENTENCES = 4
_CREDIT = (
    r"(?:(?:[^()/\n]{1,60}/)+(?:" + AGENCIES + r"|[^()/\n]*(?:Photo|Images?|Pictures?)[^()/\n]*)"
    r"|(?:" + AGENCIES + r")(?:/[^()/\n]{1,60})+"
    r"|(?:photo|picture|image)s?:[^()\n]{1,80}|" + AGENCIES + r")"
)
PHOTO_CREDIT = re.compile(r"\s*\(\s*" + _CREDIT + r"\s*\)(?:\s*[—–-]+(?=\s))?", re.IGNORECASE)
# A credit that ends a paragraph, outside parentheses: "... in the capital. Jane Roe/Getty Images/AFP",
# "... signed the deal. Courtesy". The caption it credits stays: it often states a fact of the story.
TRAILING_CREDIT = re.compile(
    r"(?<=[.!?”\"'’])\s*(?:(?:[^()/\n.]{1,40}/)+\s*(?:"
    + AGENCIES
    + r"|[^/\n]*(?:Photo|Images?|Pictures?)[^/\n]*)|(?:courtesy|file photo|handout)\.?)\s*$",
    re.IGNORECASE,
)
# A dateline opens a wire story's first paragraph: where (and when, and from which agency) it was
# filed, then a dash. "KIGALI, March 3 (Reuters) -- ...", "Lima, 2 May (EFE).- ...", "OSLO - ...".
# It names no actor of the story, and left in place it reads as the subject of the first sentence.
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DAY = r"(?:" + _MONTH + r"\s+\d{1,2}|\d{1,2}\s+" + _MONTH + r")(?:,?\s+\d{4})?"
_CAPS = r"(?-i:[A-Z][A-Z.'’-]+)(?:\s+(?-i:[A-Z][A-Z.'’-]+)){0,3}"  # "ADDIS ABABA", "U.N."
_PLACE = r"(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+){0,3}"  # "Port Louis"
_AGENCY = r"\([^()\n]{1,30}\)"
DATELINE = re.compile(
    r"^(?:" + _CAPS + r"(?:,\s*" + _PLACE + r")?(?:,\s*" + _DAY + r")?"
    r"|" + _PLACE + r"(?:,\s*" + _PLACE + r")?(?:,\s*" + _DAY + r"\s*" + _AGENCY + r"?|\s*" + _AGENCY + r"))"
    r"\s*(?:" + _AGENCY + r")?\s*\.?(?:--|[-–—])\s+(?=[\"“‘'(]?(?-i:[A-Z0-9]))"
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?…])\s+|(?<=[.!?…][”\"’'])\s+")
HTML_BLOCKS = ["h1", "h2", "h3", "p", "li", "blockquote"]

_boilerplate_lines = [re.compile(p, re.IGNORECASE) for p in BOILERPLATE_LINES]
_appeals = [re.compile(p, re.IGNORECASE) for p in APPEAL_SENTENCES]


def read_inputs(paths: Iterable[Path]) -> tuple[list[Document], list[Skipped]]:
    """All articles under the given files and directories, in a stable order.

    An article's source is its file's path relative to the argument that named it (a file named
    itself: its name), so the same articles give the same graph wherever they are. Two files with
    one stem in different folders stay two articles: the later one's id is qualified by its folder
    ("b/same")."""
    documents: list[Document] = []
    skipped: list[Skipped] = []
    seen: dict[str, str] = {}
    for path, name in _expand(paths, skipped):
        docs, problems = read_file(path, name)
        skipped.extend(problems)
        for doc in docs:
            if doc.id in seen and not is_feed(path):
                doc = replace(doc, id=f"{path.parent.name}/{doc.id}")
            if doc.id in seen:
                skipped.append(Skipped(doc.source, f"article id {doc.id!r} is already used by {seen[doc.id]}"))
                continue
            seen[doc.id] = doc.source
            documents.append(doc)
    return documents, skipped


def _expand(paths: Iterable[Path], skipped: list[Skipped]) -> list[tuple[Path, str]]:
    """Each file to read, with its name relative to the argument that named it."""
    return list(input_files(paths, skipped.append))


def input_files(paths: Iterable[Path], skip: Callable[[Skipped], None]) -> Iterator[tuple[Path, str]]:
    """Each file to read, with its name relative to the argument that named it, found lazily (a folder is
    listed when the walk reaches it, so a directory of millions of files is never listed whole). Links are
    followed (a linked folder once); a broken link or a loop of links is passed to `skip`, not dropped."""
    for path in map(Path, paths):
        if path.is_dir():
            yield from _walk(path, skip)
        elif path.is_file():
            yield path, path.name
        else:
            skip(Skipped(str(path), _missing(path)))


def _walk(root: Path, skip: Callable[[Skipped], None]) -> Iterator[tuple[Path, str]]:
    """The article files under a folder, in a stable order; hidden files and folders are left out."""
    visited: set[tuple[int, int]] = set()

    def visit(folder: Path) -> Iterator[tuple[Path, str]]:
        try:
            stat = folder.stat()
            entries = sorted(folder.iterdir())
        except OSError as err:
            skip(Skipped(str(folder), _unreadable(err)))
            return
        if (stat.st_dev, stat.st_ino) in visited:
            skip(Skipped(str(folder), "a link back to a folder already read (a loop of links)"))
            return
        visited.add((stat.st_dev, stat.st_ino))
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_dir():
                yield from visit(entry)
            elif not is_article_file(entry.name):
                continue
            elif entry.is_file():
                yield entry, entry.relative_to(root).as_posix()
            else:
                skip(Skipped(str(entry), _missing(entry)))

    yield from visit(root)


def is_article_file(name: str) -> bool:
    lowered = name.lower()
    return Path(lowered).suffix in SUFFIXES or lowered.endswith(".jsonl.gz")


def is_feed(path: Path) -> bool:
    """A JSONL feed, plain or gzipped: one article a line."""
    return path.name.lower().endswith(FEEDS)


def feed_stem(path: Path) -> str:
    """'feed' for feed.jsonl and feed.jsonl.gz: the id prefix of a line without an id."""
    name = path.name
    return name[: -len(".gz")].rsplit(".", 1)[0] if name.lower().endswith(".gz") else path.stem


def _missing(path: Path) -> str:
    """Why a path that is neither a file nor a folder cannot be read."""
    if not path.is_symlink():
        return "no such file or directory" if not path.exists() else "not a regular file"
    try:
        path.resolve(strict=True)
    except RuntimeError:
        return "a loop of symbolic links"
    except OSError as err:
        if err.errno == 40:  # ELOOP
            return "a loop of symbolic links"
        return f"a broken symbolic link (to {os.readlink(path)}, which does not exist)"
    return "not a regular file"


def _unreadable(err: OSError) -> str:
    return f"cannot be read: {err.strerror or err}"


def read_file(path: Path, name: str | None = None) -> tuple[list[Document], list[Skipped]]:
    """The articles in one file (several for .jsonl), and what could not be read. `name` is the source
    the articles record (default: the file's name); what could not be read is named by its path."""
    suffix = path.suffix.lower()
    name = name or path.name
    if not is_article_file(path.name):
        return [], [Skipped(str(path), f"unsupported file type {suffix or '(none)'}; use .txt, .md, .html or .jsonl")]
    try:
        if is_feed(path):
            return _read_jsonl(path, name)
        return _read_article(path, name)
    except OSError as err:
        return [], [Skipped(str(path), _unreadable(err))]
    except Exception as err:  # noqa: BLE001 (one bad file never stops a build)
        return [], [Skipped(str(path), _failure(err))]


def _failure(err: BaseException) -> str:
    return f"cannot be read: {type(err).__name__}: {str(err)[:200]}"


def _read_article(path: Path, name: str) -> tuple[list[Document], list[Skipped]]:
    if path.stat().st_size > MAX_FILE_BYTES:
        return [], [Skipped(str(path), f"too long for one article (over {MAX_FILE_BYTES:,} bytes)")]
    text, encoding = decode(path.read_bytes())
    if text is None:
        return [], [Skipped(str(path), "binary file, not text")]
    if path.suffix.lower() in {".html", ".htm"}:
        doc = _from_html(text, path, name)
    else:
        doc = make_document(path.stem, text, source=name, markdown=path.suffix.lower() == ".md")
    problem = _check(doc)
    if doc is None or problem:
        return [], [Skipped(str(path), problem)]
    return [replace(doc, encoding=encoding)], []


def decode(raw: bytes) -> tuple[str | None, str]:
    """Text and the encoding it was read in, or None when the bytes are not text: the encoding a byte-order
    mark names, else UTF-8, else what charset-normalizer finds (Windows-1252 where that reads the same)."""
    text, encoding = _decode(raw)
    if text is None or len(CONTROL.findall(text)) > BINARY_SHARE * len(text):
        return None, encoding
    return text, encoding


def _decode(raw: bytes) -> tuple[str | None, str]:
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(encoding), encoding.removesuffix("-sig")
            except UnicodeDecodeError:
                break
    else:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    found = from_bytes(raw)
    best = found.best()
    if best is None:
        return None, ""
    if any(PREFERRED_SINGLE_BYTE in match.could_be_from_charset for match in found):
        return raw.decode(PREFERRED_SINGLE_BYTE, errors="replace"), PREFERRED_SINGLE_BYTE
    return str(best), best.encoding


def _check(doc: Document | None) -> str:
    """Why an article cannot be built, or '' when it can."""
    if doc is None:
        return "no article text"
    if len(doc.text) > MAX_ARTICLE_CHARS:
        return f"too long for one article ({len(doc.text):,} characters; at most {MAX_ARTICLE_CHARS:,})"
    return ""


def _read_jsonl(path: Path, name: str) -> tuple[list[Document], list[Skipped]]:
    docs, skipped = [], []
    try:
        for number, raw in feed_lines(path):
            doc, problem = read_jsonl_line(raw, number, path, name)
            if doc is not None:
                docs.append(doc)
            elif problem:
                skipped.append(problem)
    except (EOFError, gzip.BadGzipFile) as err:  # a truncated or broken .gz: what was read is built
        skipped.append(Skipped(str(path), _failure(err)))
    if not docs and not skipped:
        skipped.append(Skipped(str(path), "no article text"))
    return docs, skipped


def feed_lines(path: Path) -> Iterator[tuple[int, bytes | None]]:
    """A feed's lines and their numbers, read lazily (a .gz feed as it decompresses); None for a line too
    long to keep (`_records`)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as stream:
        yield from _records(stream)


def read_jsonl_line(raw: bytes | None, number: int, path: Path, name: str) -> tuple[Document | None, Skipped | None]:
    """The article on one line of a feed, or why it cannot be read; (None, None) for a blank line."""
    try:
        doc, problem = _record(raw, path, name, number)
    except Exception as err:  # noqa: BLE001 (one bad record never stops a build)
        doc, problem = None, _failure(err)
    return doc, Skipped(f"{path}:{number}", problem) if problem else None


def _records(stream: BinaryIO) -> Iterator[tuple[int, bytes | None]]:
    """Each line's number and bytes; None for a line longer than MAX_LINE_BYTES, which is not kept.
    A file in UTF-16 or UTF-32 (a byte-order mark says so) is decoded whole first (within MAX_FILE_BYTES)."""
    head = stream.read(4)
    wide = next((enc for bom, enc in BOMS if head.startswith(bom) and enc != "utf-8-sig"), None)
    if wide:
        raw = head + stream.read(MAX_FILE_BYTES)
        text = raw.decode(wide, errors="replace")
        for number, line in enumerate(text.split("\n"), start=1):
            yield number, line.encode("utf-8", errors="replace")
        return
    stream.seek(len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0)
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the over-long line, read and dropped in pieces
            yield number, None
        else:
            yield number, line


def _record(raw: bytes | None, path: Path, name: str, number: int) -> tuple[Document | None, str]:
    """One JSONL line as a Document, or why it is not one ('' for a blank line)."""
    if raw is None:
        return None, f"record longer than {MAX_LINE_BYTES:,} bytes, skipped unread"
    if not raw.strip():
        return None, ""
    line, encoding = decode(raw)
    if line is None:
        return None, "binary data, not text"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return None, f"invalid JSON ({err.msg})"
    except (ValueError, RecursionError) as err:  # an integer of thousands of digits, arrays nested too deep
        return None, f"invalid JSON ({type(err).__name__}: {str(err)[:100]})"
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return None, "record has no 'text' string"
    ident = record.get("id", f"{feed_stem(path)}-{number}")
    ident = strip_controls(str(ident)).strip() if isinstance(ident, str | int) and not isinstance(ident, bool) else ""
    if not ident:
        return None, "record's 'id' must be a non-empty string or an integer"
    doc = make_document(
        ident,
        record["text"],
        title=_string(record.get("title")),
        when=_parse_date(record.get("date")),
        source=_string(record.get("source")) or f"{name}:{number}",  # a fetched page's URL, else the line
    )
    if problem := _check(doc):
        return None, problem
    return replace(doc, encoding=encoding), ""


def _string(value: object) -> str | None:
    return strip_controls(value) if isinstance(value, str) else None


def strip_controls(text: str) -> str:
    """Text without control characters (but tabs and line breaks), lone surrogates or non-characters."""
    return CONTROL.sub("", text)


def _from_html(markup: str, path: Path, name: str) -> Document | None:
    soup = BeautifulSoup(markup, "html.parser")
    when = None
    for selector, attr in (
        ("meta[property='article:published_time']", "content"),
        ("meta[name='date']", "content"),
        ("time[datetime]", "datetime"),
    ):
        tag = soup.select_one(selector)
        if tag and (when := _parse_date(str(tag.get(attr, ""))[:10])):
            break
    title_tag = soup.find("h1") or soup.find("title")
    title = title_tag.get_text(" ", strip=True) if title_tag else None
    for tag in soup(["head", "script", "style", "noscript", "nav", "header", "footer", "aside", "form", "template"]):
        tag.decompose()
    body = soup.find("article") or soup.body or soup
    blocks = [  # outermost blocks only: a <p> inside an <li> is read once
        el.get_text(" ", strip=True) for el in body.find_all(HTML_BLOCKS) if el.find_parent(HTML_BLOCKS) is None
    ]
    text = "\n".join(b for b in blocks if b) or body.get_text("\n", strip=True)
    return make_document(path.stem, text, title=title, when=when, source=name)


def _strip_markdown(text: str) -> str:
    """Markdown to plain text, its hard-wrapped paragraphs joined into one line each."""
    text = re.sub(r"(?<=\S)[ \t]*\n(?=[ \t]*[^\s#>*+-])", " ", text)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)  # images
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = re.sub(r"^\s{0,3}(#{1,6}|>|[-*+]\s)\s*", "", text, flags=re.MULTILINE)
    return re.sub(r"(\*\*|__|\*|`)", "", text)


def make_document(
    ident: str,
    text: str,
    *,
    title: str | None = None,
    when: date | None = None,
    source: str = "",
    markdown: bool = False,
) -> Document | None:
    """Clean raw article text into a Document, or None when nothing is left."""
    found_date, text = _take_date(strip_controls(text))
    body = clean_text(_strip_markdown(text) if markdown else text)
    if not body:
        return None
    title = strip_controls(title or "").strip() or _first_sentence(body.split("\n", 1)[0])
    ident, source = strip_controls(ident), strip_controls(source)
    return Document(id=ident, text=body, title=title, date=when or found_date, source=source)


def _take_date(text: str) -> tuple[date | None, str]:
    match = DATE_LINE.search(text)
    if not match:
        return None, text
    return _parse_date(match.group(1)), text[: match.start()] + text[match.end() :]


def _parse_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


ACCENT_APOSTROPHE = re.compile(r"(?<=[^\W\d_])[´`](?=[^\W\d_])")  # "the minister´s visit", "don`t"


def clean_text(text: str) -> str:
    """Article text without boilerplate: one paragraph a line, spaces collapsed, an accent typed between letters
    for the apostrophe an apostrophe (the parser reads "X´s" as a verb)."""
    paragraphs = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = TRAILING_CREDIT.sub("", DATELINE.sub("", line.strip(), count=1))
        line = re.sub(r"[ \t\u00a0]+", " ", PHOTO_CREDIT.sub("", line)).strip()
        line = ACCENT_APOSTROPHE.sub("’", line)
        if not line or any(p.search(line) for p in _boilerplate_lines):
            continue
        sentences = [s for s in SENTENCE_SPLIT.split(line) if s.strip()]
        appeals = [s for s in sentences if any(p.search(s) for p in _appeals)]
        if appeals and len(sentences) <= APPEAL_BLOCK_MAX_SENTENCES:
            continue
        if appeals:
            line = " ".join(s for s in sentences if s not in appeals)
        paragraphs.append(line)
    return "\n".join(paragraphs)


def _first_sentence(line: str) -> str:
    first = SENTENCE_SPLIT.split(line, maxsplit=1)[0].strip()
    return first if len(first) <= TITLE_MAX else first[: TITLE_MAX - 1].rstrip() + "…"
