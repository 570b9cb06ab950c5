import codecs
import json
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from kgraph import ingest
from kgraph.extract import extract
from kgraph.ingest import clean_text, make_document, read_file, read_inputs
from kgraph.model import Skipped


def test_title_is_first_line_and_date_line_is_taken_out():
    doc = make_document("a1", "Ministers meet in Oslo\ndate 2024-03-05\nThe two ministers met on Tuesday.\n")
    assert doc.title == "Ministers meet in Oslo"
    assert doc.date == date(2024, 3, 5)
    assert "date 2024" not in doc.text
    assert "The two ministers met on Tuesday." in doc.text


def test_date_at_start_of_text_before_other_words():
    doc = make_document("a2", " date 2023-11-30 Leaders gathered in Lima.\nThey signed a pact.")
    assert doc.date == date(2023, 11, 30)
    assert doc.text.startswith("Leaders gathered in Lima.")


def test_long_first_line_gives_its_first_sentence_as_title():
    first = "Envoys from Chile and Peru held talks in Lima on Monday. " + "They spoke at length. " * 20
    doc = make_document("a3", first + "\nMore text.")
    assert doc.title == "Envoys from Chile and Peru held talks in Lima on Monday."


def test_donation_appeal_block_is_removed_but_article_kept():
    text = (
        "Norway backs new talks\n"
        "Your support helps us to tell the story\n"
        "This race is close. We need reporters on the ground. Your support allows us to keep going.\n"
        "Norway's foreign minister urged both parties to return to the table.\n"
        "Subscribe to Daily Premium to bookmark this article\n"
        "Want to bookmark your favourite articles? Start your Premium subscription today.\n"
    )
    cleaned = clean_text(text)
    assert cleaned.splitlines() == [
        "Norway backs new talks",
        "Norway's foreign minister urged both parties to return to the table.",
    ]


def test_share_copyright_and_assistance_lines_are_removed():
    text = "Talks resume.\nSHARE THIS ARTICLE ON\n©2023 Some Agency L.P.\n–With assistance from A Reporter.\nEnd."
    assert clean_text(text).splitlines() == ["Talks resume.", "End."]


def test_photo_credits_in_parentheses_are_removed():
    text = "The minister arrives in Accra (Jane Roe/Pool Photo/AP) (Jane Roe/AP)\n(Reuters) — The envoy spoke."
    assert clean_text(text).splitlines() == ["The minister arrives in Accra", "The envoy spoke."]


def test_bylines_and_credit_lines_are_removed_and_look_alike_sentences_kept():
    text = "\n".join(
        [
            "By Jane Roe and John Doe, Reuters",
            "By Monday, Russia had withdrawn its troops.",
            "Jane Roe/Pool Photo/AP",
            "Photo: John Doe",
            "By Jane Roe | Bloomberg",
            "Writing by hand is slow, the envoy said.",
            "(Reporting by Jane Roe; Editing by John Doe)",
            "— Reuters",
        ]
    )
    assert clean_text(text).splitlines() == [
        "By Monday, Russia had withdrawn its troops.",
        "Writing by hand is slow, the envoy said.",
    ]


def test_ordinary_parentheses_and_the_word_support_survive():
    text = "The agency (IAEA) said the plan has wide support among members."
    assert clean_text(text) == text


def test_bad_files_are_reported_and_the_rest_is_read(tmp_path):
    (tmp_path / "good.txt").write_text("Kenya hosts summit\nKenya hosted leaders from Uganda.", encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks in Lom\xe9".encode("latin-1"))
    (tmp_path / "empty.md").write_text("   \n\n", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("a,b", encoding="utf-8")  # not an article type: not picked up
    docs, skipped = read_inputs([tmp_path, tmp_path / "missing.txt"])
    assert [d.id for d in docs] == ["good", "latin1"]  # Latin-1 is decoded, not skipped
    reasons = {s.source.rsplit("/", 1)[-1]: s.reason for s in skipped}
    assert reasons["binary.txt"] == "binary file, not text"
    assert reasons["empty.md"] == "no article text"
    assert reasons["missing.txt"] == "no such file or directory"


def test_jsonl_records_and_a_broken_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    lines = [
        json.dumps({"id": "r1", "text": "Chad expelled two diplomats.", "date": "2022-01-02", "title": "Expulsion"}),
        "{not json",
        json.dumps({"id": "r3", "title": "no text"}),
        json.dumps({"id": "r4", "text": "Mali and Niger signed a pact.", "source": "https://example.org/r4"}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = read_file(path)
    assert [(d.id, d.title, d.date, d.source) for d in docs] == [
        ("r1", "Expulsion", date(2022, 1, 2), path.name + ":1"),
        ("r4", "Mali and Niger signed a pact.", None, "https://example.org/r4"),
    ]
    assert [(s.source.rsplit(":", 1)[-1], s.reason.split(" (")[0]) for s in skipped] == [
        ("2", "invalid JSON"),
        ("3", "record has no 'text' string"),
    ]


def test_html_article_text_title_and_date(tmp_path):
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Site | Talks</title><meta property='article:published_time' content='2024-05-06T10:00'>"
        "<script>var x = 'ignore me';</script></head><body><nav>Home News</nav><article><h1>Talks in Rome</h1>"
        "<p>Italy's premier met the Spanish king.</p><p>They agreed to meet again.</p></article>"
        "<footer>Copyright</footer></body></html>",
        encoding="utf-8",
    )
    (doc,), skipped = read_file(path)
    assert not skipped
    assert doc.title == "Talks in Rome"
    assert doc.date == date(2024, 5, 6)
    assert doc.text.splitlines() == [
        "Talks in Rome",
        "Italy's premier met the Spanish king.",
        "They agreed to meet again.",
    ]


def test_markdown_paragraphs_are_joined_and_markup_removed(tmp_path):
    path = tmp_path / "note.md"
    path.write_text(
        "# Envoy visits Hanoi\n\nThe **envoy** visited\n[Hanoi](https://x.org) on Monday.\n", encoding="utf-8"
    )
    (doc,), _ = read_file(path)
    assert doc.title == "Envoy visits Hanoi"
    assert doc.text.splitlines() == ["Envoy visits Hanoi", "The envoy visited Hanoi on Monday."]


def test_same_file_name_in_two_folders_gives_two_articles(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "same.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "b" / "same.txt").write_text("Second article.", encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert [(d.id, d.text) for d in docs] == [("same", "First article."), ("b/same", "Second article.")]
    assert skipped == []


def test_real_sentences_that_look_like_boilerplate_are_kept():
    text = (
        "“We are grateful for your support in this crisis,” the minister told Kyiv.\n"
        "Copyright disputes between the US and China dominated the talks.\n"
        "The envoys discussed trade (US/UK) and security.\n"
        "Readers can subscribe to the ministry's newsletter, officials said, as talks began today."
    )
    assert clean_text(text) == text


def test_jsonl_ids_must_be_strings_or_integers(tmp_path):
    path = tmp_path / "ids.jsonl"
    records = [
        {"id": 7, "text": "Chad expelled two diplomats."},
        {"id": True, "text": "x"},
        {"id": ["x"], "text": "y"},
        {"text": "No id here."},
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    docs, skipped = read_file(path)
    assert [d.id for d in docs] == ["7", "ids-4"]
    assert [s.source.rsplit(":", 1)[-1] for s in skipped] == ["2", "3"]
    assert all("'id' must be" in s.reason for s in skipped)


def test_an_article_too_long_for_the_parser_is_skipped_not_fatal(tmp_path):
    (tmp_path / "huge.txt").write_text("Talks went on. " * 70_000, encoding="utf-8")
    (tmp_path / "small.txt").write_text("Talks ended.", encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert [d.id for d in docs] == ["small"]
    assert skipped[0].reason.startswith("too long for one article")


def test_nested_html_blocks_are_read_once_and_a_page_without_text_is_skipped(tmp_path):
    page = tmp_path / "nested.html"
    page.write_text(
        "<body><ul><li><p>Oman hosted talks.</p></li></ul><blockquote><p>We agreed.</p></blockquote></body>"
    )
    (doc,), _ = read_file(page)
    assert doc.text.splitlines() == ["Oman hosted talks.", "We agreed."]
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><title>Only a title</title></head></html>")
    assert read_file(empty) == ([], [Skipped(str(empty), "no article text")])


def test_markdown_date_line_is_found_before_lines_are_joined(tmp_path):
    path = tmp_path / "dated.md"
    path.write_text("Envoy visits Hanoi\ndate 2024-03-05\nThe envoy arrived.\n", encoding="utf-8")
    (doc,), _ = read_file(path)
    assert doc.date == date(2024, 3, 5)
    assert "date" not in doc.text


def test_a_sentence_starting_with_the_word_date_is_not_a_date_line():
    doc = make_document("d", "Talks set\nDate 2024-01-01 was chosen for the summit.")
    assert doc.date is None and "Date 2024-01-01 was chosen" in doc.text


@pytest.mark.parametrize(
    ("paragraph", "kept"),
    [
        ("KIGALI, March 3 (Reuters) -- The ministry said talks would resume.", "The ministry said talks would resume."),
        ("Lima, 2 May (EFE).- Peru's envoy left the capital.", "Peru's envoy left the capital."),
        ("OSLO - Norway said it would host the talks.", "Norway said it would host the talks."),
        ("VALLETTA (AP) -- Malta's parliament voted on Monday.", "Malta's parliament voted on Monday."),
        ("PORT LOUIS, Mauritius -- The island's premier arrived.", "The island's premier arrived."),
    ],
)
def test_a_dateline_is_not_part_of_the_story(paragraph, kept):
    assert clean_text(paragraph) == kept


@pytest.mark.parametrize(
    "paragraph",
    [
        "Russia - which denies it - said the drills were routine.",
        "Talks in Geneva - the third round - ended without a deal.",
        "Kenya, Uganda - both members - voted against the motion.",
        "Mr Lee - the envoy - said nothing.",
    ],
)
def test_a_sentence_opening_with_an_aside_keeps_its_subject(paragraph):
    assert clean_text(paragraph) == paragraph


def test_credits_in_any_order_and_spacing_are_removed_and_the_caption_kept():
    text = (
        "Rescuers search the rubble in Osaka. ( AFP )\n"
        "Delegates arrive in Quito (Xinhua/Li Na) for the summit.\n"
        "The envoys shook hands. Ana Ruiz/Getty Images/AFP\n"
        "The accord was signed by both ministers. Courtesy"
    )
    assert clean_text(text).splitlines() == [
        "Rescuers search the rubble in Osaka.",
        "Delegates arrive in Quito for the summit.",
        "The envoys shook hands.",
        "The accord was signed by both ministers.",
    ]


def test_teasers_promotions_stamps_and_section_labels_are_removed():
    text = (
        "Politics & Diplomacy\n"
        "World News / asia-pacific\n"
        "Published Mar 3, 2024 10:15 am\n"
        "Tuesday, March 5, 2024\n"
        "Agency) 08:40, March 5, 2024\n"
        "ALSO READ: Envoys to meet again in June\n"
        "Read more: Why the port deal matters\n"
        "For the latest updates follow our news channel on the app.\n"
        "Follow us on Telegram for breaking news.\n"
        "Chile and Peru agreed to reopen the border.\n"
        "Ministers praise the deal\n"
        "Read more about the border in our archive, the minister said."
    )
    assert clean_text(text).splitlines() == [
        "Chile and Peru agreed to reopen the border.",
        "Ministers praise the deal",  # a subheading is part of the story
        "Read more about the border in our archive, the minister said.",
    ]


def test_text_in_other_encodings_is_decoded_and_its_encoding_kept(tmp_path):
    text = "Envoys met in Lomé\nThe minister’s “talks” in Zürich ended – on Friday."
    files = {
        "cp1252.txt": text.encode("cp1252"),
        "bom8.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),  # with its byte-order mark
        "utf16le.txt": text.encode("utf-16-le"),  # without one
        "plain.txt": text.encode("utf-8"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    docs, skipped = read_inputs([tmp_path])
    assert skipped == []
    assert {d.id: d.text for d in docs} == dict.fromkeys(["bom8", "cp1252", "plain", "utf16", "utf16le"], text)
    assert {d.id: d.encoding for d in docs} == {
        "bom8": "utf-8",
        "cp1252": "cp1252",
        "plain": "utf-8",
        "utf16": "utf-16",
        "utf16le": "utf_16_le",
    }


def test_control_characters_are_removed_the_same_in_every_format(tmp_path):
    dirty = "Chad\x00 expelled\x07 two\x1b diplomats\x7f.\x85"
    (tmp_path / "a.txt").write_text(f"Title\x00 here\n{dirty}", encoding="utf-8")
    record = {"id": "b\x00", "title": "Title\x00 here", "text": dirty, "source": "s\x01rc"}
    (tmp_path / "b.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (tmp_path / "c.html").write_text(f"<h1>Title\x00 here</h1><p>{dirty}</p>", encoding="utf-8")
    docs, skipped = read_inputs([tmp_path])
    assert skipped == []
    assert [(d.id, d.title, d.text.splitlines()[-1]) for d in docs] == [
        ("a", "Title here", "Chad expelled two diplomats."),
        ("b", "Title here", "Chad expelled two diplomats."),
        ("c", "Title here", "Chad expelled two diplomats."),
    ]
    assert docs[1].source == "src"


def test_jsonl_records_that_break_parsers_are_skipped_with_their_reason(tmp_path):
    good = {"id": "ok", "text": "Chad expelled two diplomats."}
    lines = [
        '{"id": ' + "9" * 5000 + ', "text": "x"}',  # too many digits for Python's int()
        '{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}",
        json.dumps(good),
        '{"id": "s1", "text": "Mali \\ud800signed a pact."}',  # lone surrogates from JSON escapes
        '{"id": "s2\\udfff", "title": "T\\ud800", "source": "x\\udc00", "text": "Peru hosted talks."}',
    ]
    path = tmp_path / "bad.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    docs, skipped = read_file(path)
    assert [(d.id, d.text, d.title, d.source) for d in docs] == [
        ("ok", "Chad expelled two diplomats.", "Chad expelled two diplomats.", "bad.jsonl:3"),
        ("s1", "Mali signed a pact.", "Mali signed a pact.", "bad.jsonl:4"),
        ("s2", "Peru hosted talks.", "T", "x"),
    ]
    assert [(s.source.rsplit(":", 1)[-1], s.reason.split(" (")[0]) for s in skipped] == [
        ("1", "invalid JSON"),
        ("2", "invalid JSON"),
    ]
    assert "ValueError" in skipped[0].reason and "RecursionError" in skipped[1].reason


def test_an_over_long_jsonl_line_is_skipped_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest, "MAX_LINE_BYTES", 1_000_000)
    path = tmp_path / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write('{"id": "huge", "text": "' + "a" * 30_000_000 + '"}\n')
        f.write(json.dumps({"id": "small", "text": "Peru hosted talks."}) + "\n")
    tracemalloc.start()
    try:
        docs, skipped = read_file(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["small"]
    assert skipped == [Skipped(f"{path}:1", "record longer than 1,000,000 bytes, skipped unread")]
    assert peak < 5_000_000  # the 30 MB line is never held, let alone parsed


def test_broken_links_and_loops_of_links_are_reported(tmp_path):
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "real.txt").write_text("Peru hosted talks.", encoding="utf-8")
    (root / "dangling.txt").symlink_to(tmp_path / "gone.txt")
    (root / "loop1.txt").symlink_to(root / "loop2.txt")
    (root / "loop2.txt").symlink_to(root / "loop1.txt")
    (root / "sub" / "up").symlink_to(root)  # a folder linking back to the root
    (root / "alias.txt").symlink_to(root / "sub" / "real.txt")
    docs, skipped = read_inputs([root])
    assert [d.source for d in docs] == ["alias.txt", "sub/real.txt"]
    reasons = {Path(s.source).name: s.reason for s in skipped}
    assert reasons["dangling.txt"].startswith("a broken symbolic link")
    assert reasons["loop1.txt"] == reasons["loop2.txt"] == "a loop of symbolic links"
    assert reasons["up"].endswith("(a loop of links)")


def test_an_accent_typed_for_an_apostrophe_is_read_as_one_and_other_accents_are_kept():
    text = clean_text("The rebels rejected talks with Juan Perez´s government. Ana Silva quoted ´Café Lima´.")
    assert "Perez’s government" in text
    assert "´Café Lima´" in text


def test_a_possessive_typed_with_an_accent_still_names_its_owner(nlp):
    doc = make_document("a9", "The Taliban refused official talks with President Juan Perez´s government.")
    facts = extract(nlp(doc.text), doc).facts
    assert {(f.subject.text, f.relation, f.object.text) for f in facts} == {("Taliban", "rejected", "Juan Perez")}
