"""Corpus files: WET, WARC and JSONL(.gz, .zst) records in, each record's id and URL carried through.

Every corpus file here is built by the test itself (warcio writes the WARC
records; gzip, zstandard and plain bytes the rest).
"""

import gzip
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import zstandard
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import newsclean
from newsclean import Status, clean_files
from newsclean.batch import ERRORS_NAME, JSONL_NAME
from newsclean.cli import EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, main
from newsclean.corpus import safe_name
from newsclean.records import BrokenRecord, CorpusFormat, Record, RecordFields, Skipped, read_records

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def pages(n: int) -> list[tuple[str, str]]:
    """``n`` (url, text) pages: the seeds in turn, each with its own closing line."""
    out = []
    for i in range(n):
        text = SEEDS[i % len(SEEDS)].read_text("utf-8") + f"\n\nPage {i} of the corpus ends here.\n"
        out.append((f"https://news.example.org/{i // 5}/story-{i}.html", text))
    return out


def write_wet(path: Path, docs: list[tuple[str, str | bytes]], *, gz: bool = True) -> list[str]:
    """A WET file (warcinfo, then a conversion record per document); the records' ids."""
    ids = []
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean tests"}))
        for i, (url, text) in enumerate(docs):
            payload = text if isinstance(text, bytes) else text.encode("utf-8")
            rec = w.create_warc_record(
                url, "conversion", payload=io.BytesIO(payload), warc_content_type="text/plain",
                warc_headers_dict={"WARC-Date": f"2024-03-{i % 28 + 1:02d}T10:00:00Z"},
            )
            w.write_record(rec)
            ids.append(rec.rec_headers.get_header("WARC-Record-ID"))
    return ids


def write_warc(path: Path, responses: list[tuple[str, bytes, str, str]], *, gz: bool = True) -> None:
    """A WARC file: per (url, payload, content type, status) a request, a response and a metadata record."""
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=gz)
        w.write_record(w.create_warcinfo_record(path.name, {"software": "newsclean tests"}))
        for url, payload, ctype, status in responses:
            req = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example.org")], is_http_request=True)
            w.write_record(w.create_warc_record(url, "request", payload=io.BytesIO(b""), http_headers=req))
            http = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
            w.write_record(w.create_warc_record(url, "response", payload=io.BytesIO(payload), http_headers=http))
            w.write_record(w.create_warc_record(url, "metadata", payload=io.BytesIO(b"fetchTimeMs: 12\r\n"),
                                                warc_content_type="application/warc-fields"))


def write_jsonl(path: Path, rows: list, compress: str | None = None) -> None:
    data = "".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n" for r in rows).encode("utf-8")
    if compress == "gz":
        data = gzip.compress(data)
    elif compress == "zst":
        data = zstandard.ZstdCompressor().compress(data)
    path.write_bytes(data)


def kinds(items) -> list[str]:
    return [type(x).__name__ for x in items]


def html_page(title: str, paragraphs: list[str], charset_meta: str | None = None) -> str:
    meta = f'<meta charset="{charset_meta}">' if charset_meta else ""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f"<html><head>{meta}<title>{title}</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
            f"<article><h1>{title}</h1>{body}</article><footer>© 2024 Example News</footer></body></html>")


STORY = [
    ("The harbour authority reopened the northern quay on Monday after a week of repairs to its crane rails, "
     "officials said, and the first container ship was unloaded in the afternoon."),
    ("Workers had replaced two hundred metres of track and the foundations under the eastern crane, "
     "which had sunk by several centimetres during the winter storms."),
    "The authority said the repairs cost less than expected and that traffic would be back to normal by the end of the month.",
]


# ------------------------------------------------------------------ reading


def test_wet_records_come_back_once_with_their_url_id_and_date(tmp_path):
    docs = pages(12)
    ids = write_wet(tmp_path / "crawl.warc.wet.gz", docs)
    results = list(clean_files([tmp_path / "crawl.warc.wet.gz"], jobs=1))
    records = [r for r in results if r.record_info is not None]
    assert [r.record_info.id for r in records] == ids
    assert [r.record_info.url for r in records] == [u for u, _ in docs]
    assert records[0].record_info.date == "2024-03-01T10:00:00Z"
    for r, (_, text) in zip(records, docs):
        assert r.status is Status.CLEANED
        assert r.article.body == newsclean.clean(text).body
    closing = results[-1]
    assert closing.records is not None and closing.records.cleaned == 12 and closing.records.failed == 0
    assert dict(closing.records.skipped) == {"warcinfo": 1}


def test_uncompressed_wet_and_offsets(tmp_path):
    docs = pages(4)
    write_wet(tmp_path / "a.wet", docs, gz=False)
    write_wet(tmp_path / "a.warc.wet.gz", docs)
    plain = [x for x in read_records(tmp_path / "a.wet", CorpusFormat.WET) if isinstance(x, Record)]
    gz = [x for x in read_records(tmp_path / "a.warc.wet.gz", CorpusFormat.WET) if isinstance(x, Record)]
    assert [r.content for r in plain] == [r.content for r in gz] == [t.encode() for _, t in docs]
    data = (tmp_path / "a.wet").read_bytes()
    assert all(data[r.info.offset:].startswith(b"WARC/1.") for r in plain)
    gzdata = (tmp_path / "a.warc.wet.gz").read_bytes()
    assert all(gzip.decompress(gzdata[r.info.offset:]).startswith(b"WARC/1.") for r in gz)


def test_warc_html_responses_go_through_clean_html_and_other_records_are_counted(tmp_path):
    page = html_page("Harbour reopens", STORY, charset_meta="utf-8").encode("utf-8")
    latin = html_page("Café reopens", ["Le café a rouvert ses portes lundi, a déclaré la mairie. " * 4]).encode("latin-1")
    write_warc(tmp_path / "site.warc.gz", [
        ("https://news.example.org/harbour", page, "text/html; charset=utf-8", "200 OK"),
        ("https://news.example.org/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png", "200 OK"),
        ("https://news.example.org/old", b"<html><body>Moved</body></html>", "text/html", "301 Moved Permanently"),
        ("https://news.example.org/cafe", latin, "text/html; charset=ISO-8859-1", "200 OK"),
    ])
    results = list(clean_files([tmp_path / "site.warc.gz"], jobs=1))
    docs = [r for r in results if r.record_info is not None]
    assert [r.record_info.url for r in docs] == ["https://news.example.org/harbour", "https://news.example.org/cafe"]
    assert docs[0].article.body == newsclean.clean_html(page, url="https://news.example.org/harbour").body
    assert "Workers had replaced" in docs[0].article.body and "Home" not in docs[0].article.body
    assert "Le café a rouvert" in docs[1].article.body  # the HTTP charset, not UTF-8 guessed
    skipped = results[-1].records.skipped
    assert skipped == {"warcinfo": 1, "request": 4, "metadata": 4, "response: not HTML": 1, "response: status 3xx": 1}


def test_http_charset_comes_before_the_pages_own(tmp_path):
    text = "Правительство объявило о новых мерах поддержки для малого бизнеса в понедельник утром. " * 3
    page = html_page("Новости", [text], charset_meta="utf-8").encode("cp1251")  # the page lies, the headers do not
    write_warc(tmp_path / "ru.warc", [("https://ru.example.org/1", page, "text/html; charset=windows-1251", "200 OK")], gz=False)
    [doc] = [r for r in clean_files([tmp_path / "ru.warc"], jobs=1) if r.record_info is not None]
    assert "Правительство объявило" in doc.article.body
    stale = html_page("Café", ["Le café a rouvert ses portes lundi, a déclaré la mairie. " * 4]).encode("utf-8")
    write_warc(tmp_path / "stale.warc", [("https://fr.example.org/1", stale, "text/html; charset=ISO-8859-1", "200 OK")])
    [doc] = [r for r in clean_files([tmp_path / "stale.warc"], jobs=1) if r.record_info is not None]
    assert "Le café a rouvert" in doc.article.body  # a server's stale default over UTF-8 bytes


@pytest.mark.parametrize("compress", [None, "gz", "zst"])
def test_jsonl_records_by_their_fields(tmp_path, compress):
    docs = pages(6)
    rows = [{"id": f"doc-{i}", "url": u, "text": t} for i, (u, t) in enumerate(docs)]
    rows[2].pop("id")  # no id: the line number
    name = "dump.jsonl" + {None: "", "gz": ".gz", "zst": ".zst"}[compress]
    write_jsonl(tmp_path / name, rows, compress)
    results = [r for r in clean_files([tmp_path / name], jobs=1) if r.record_info is not None]
    assert [r.record_info.id for r in results] == ["doc-0", "doc-1", "3", "doc-3", "doc-4", "doc-5"]
    assert [r.record_info.url for r in results] == [u for u, _ in docs]
    assert [r.record_info.line for r in results] == [1, 2, 3, 4, 5, 6]
    assert [r.article.body for r in results] == [newsclean.clean(t).body for _, t in docs]


def test_jsonl_field_names_and_html_field_from_the_command_line(tmp_path):
    page = html_page("Harbour reopens", STORY)
    rows = [
        {"key": "a1", "link": "https://news.example.org/a1", "content": pages(1)[0][1]},
        {"key": "a2", "link": "https://news.example.org/a2", "raw_html": page},
    ]
    write_jsonl(tmp_path / "export.jsonl", rows)
    out = tmp_path / "out"
    code = main(["clean", str(tmp_path / "export.jsonl"), "-o", str(out), "--format", "jsonl", "-q", "-j", "1",
                 "--text-field", "content", "--url-field", "link", "--id-field", "key", "--html-field", "raw_html"])
    assert code == EXIT_OK
    lines = [json.loads(x) for x in (out / "export.jsonl.jsonl").read_text("utf-8").splitlines()]
    assert [(d["id"], d["url"]) for d in lines] == [("a1", "https://news.example.org/a1"), ("a2", "https://news.example.org/a2")]
    assert lines[0]["body"] == newsclean.clean(rows[0]["content"]).body
    assert lines[1]["body"] == newsclean.clean_html(page, url="https://news.example.org/a2").body
    assert lines[0]["path"] == "export.jsonl" and "blocks" in lines[0]
    assert not (out / JSONL_NAME).exists()  # only corpus files: no articles.jsonl for the run


# ------------------------------------------------------------------ broken records


def test_bad_json_lines_are_reported_with_line_and_offset_and_the_run_goes_on(tmp_path, capsys):
    docs = pages(3)
    rows = [{"id": "a", "text": docs[0][1]}, '{"id": "b", "text": "unterminated', [1, 2], {"id": "d"},
            {"id": "e", "text": 7}, "", {"id": "f", "text": docs[1][1]}, "[" * 100000 + "]" * 100000]
    write_jsonl(tmp_path / "x.jsonl", rows)
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / "x.jsonl"), "-o", str(out), "--format", "jsonl", "-q", "-j", "1"]) == EXIT_SOME_FAILED
    kept = [json.loads(x)["id"] for x in (out / "x.jsonl.jsonl").read_text("utf-8").splitlines()]
    assert kept == ["a", "f"]
    errors = [json.loads(x) for x in (out / ERRORS_NAME).read_text("utf-8").splitlines()]
    assert [e["line"] for e in errors] == [2, 3, 4, 5, 8]
    assert "bad JSON" in errors[0]["reason"] and "not a JSON object" in errors[1]["reason"]
    assert errors[2]["id"] == "d" and "no field 'text'" in errors[2]["reason"]
    assert "not a string" in errors[3]["reason"]
    raw = (tmp_path / "x.jsonl").read_bytes()
    assert raw[errors[0]["offset"]:].startswith(b'{"id": "b"')
    assert "x.jsonl, record at line 2" in capsys.readouterr().err


def test_truncated_gzip_wet_keeps_the_records_before_and_reports_the_cut_one(tmp_path):
    ids = write_wet(tmp_path / "t.warc.wet.gz", pages(6))
    data = (tmp_path / "t.warc.wet.gz").read_bytes()
    (tmp_path / "t.warc.wet.gz").write_bytes(data[:-150])
    out = tmp_path / "out"
    assert main(["clean", str(tmp_path / "t.warc.wet.gz"), "-o", str(out), "--format", "jsonl", "-q", "-j", "1"]) == EXIT_SOME_FAILED
    kept = [json.loads(x)["id"] for x in (out / "t.warc.wet.gz.jsonl").read_text("utf-8").splitlines()]
    assert kept == ids[:5]
    [error] = [json.loads(x) for x in (out / ERRORS_NAME).read_text("utf-8").splitlines()]
    assert "truncated gzip member" in error["reason"]
    assert gzip.decompress(data[error["offset"]:]).startswith(b"WARC/1.0")  # where the last record starts


def test_a_corrupt_member_and_a_cut_member_in_the_middle_cost_their_record_only(tmp_path):
    ids = write_wet(tmp_path / "ok.warc.wet.gz", pages(6))
    data = (tmp_path / "ok.warc.wet.gz").read_bytes()
    offsets = [x.info.offset for x in read_records(tmp_path / "ok.warc.wet.gz", CorpusFormat.WET) if isinstance(x, Record)]
    flipped = bytearray(data)
    for k in range(offsets[2] + 30, offsets[2] + 80):
        flipped[k] ^= 0x5A
    (tmp_path / "flipped.warc.wet.gz").write_bytes(bytes(flipped))
    (tmp_path / "cut.warc.wet.gz").write_bytes(data[: offsets[2] + 60] + data[offsets[3]:])
    junk = gzip.compress(b"WARC/1.0\r\nno header here\r\n\r\n" + os.urandom(300))  # a whole member, no record in it
    (tmp_path / "junk.warc.wet.gz").write_bytes(data[: offsets[2]] + junk + data[offsets[3]:])
    for name in ("flipped.warc.wet.gz", "cut.warc.wet.gz", "junk.warc.wet.gz"):
        items = list(read_records(tmp_path / name, CorpusFormat.WET))
        assert kinds(items) == ["Skipped", "Record", "Record", "BrokenRecord", "Record", "Record", "Record"], name
        assert items[3].info.offset == offsets[2]
        assert [x.info.id for x in items if isinstance(x, Record)] == ids[:2] + ids[3:]


def test_bad_header_and_wrong_length_in_an_uncompressed_warc(tmp_path):
    ids = write_wet(tmp_path / "ok.wet", pages(5), gz=False)
    data = (tmp_path / "ok.wet").read_bytes()
    offsets = [x.info.offset for x in read_records(tmp_path / "ok.wet", CorpusFormat.WET) if isinstance(x, Record)]
    bad_header = data[: offsets[2]] + b"WARX/1.0" + data[offsets[2] + 8:]
    (tmp_path / "header.wet").write_bytes(bad_header)
    items = list(read_records(tmp_path / "header.wet", CorpusFormat.WET))
    assert [x.info.id for x in items if isinstance(x, Record)] == ids[:2] + ids[3:]
    [broken] = [x for x in items if isinstance(x, BrokenRecord)]
    assert broken.info.offset == offsets[2] and "not a WARC record" in broken.reason
    bad_length = data.replace(b"Content-Length: ", b"Content-Length: 9", 1)  # the warcinfo record claims too much
    (tmp_path / "length.wet").write_bytes(bad_length)
    items = list(read_records(tmp_path / "length.wet", CorpusFormat.WET))
    assert kinds(items[:2]) == ["Skipped", "BrokenRecord"] and "not a WARC record" in items[1].reason
    read = [x.info.id for x in items if isinstance(x, Record)]  # the records it swallowed are lost, not the rest
    assert len(read) >= 2 and read == ids[len(ids) - len(read):]


def test_truncated_jsonl_gz_and_zst_end_the_file_with_an_error(tmp_path):
    rows = [{"id": f"r{i}", "text": t} for i, (_, t) in enumerate(pages(40))]
    for compress, word in (("gz", "gzip"), ("zst", "zstd")):
        path = tmp_path / f"cut.jsonl.{compress}"
        # two members (frames): the second is cut in its middle
        write_jsonl(tmp_path / "first", rows[:20], compress)
        write_jsonl(tmp_path / "second", rows[20:], compress)
        first, second = (tmp_path / "first").read_bytes(), (tmp_path / "second").read_bytes()
        path.write_bytes(first + second[: len(second) // 2])
        items = list(read_records(path, CorpusFormat.JSONL))
        assert isinstance(items[-1], BrokenRecord) and f"truncated {word} stream" in items[-1].reason
        good = [x for x in items if isinstance(x, Record)]
        assert 20 <= len(good) < 40 and [x.info.id for x in good] == [f"r{i}" for i in range(len(good))]
        assert items[-1].info.line == len(good) + 1
        path.write_bytes(first + second)
        assert kinds(read_records(path, CorpusFormat.JSONL)) == ["Record"] * 40


def test_undecodable_and_too_large_records_fail_alone(tmp_path):
    docs = pages(3)
    write_wet(tmp_path / "w.warc.wet.gz", [docs[0], ("https://x.example/bin", b"\x00\x01\x02" * 500), docs[1],
                                           ("https://x.example/big", "Long text. " * 5000), ("https://x.example/empty", "  \n")])
    results = list(clean_files([tmp_path / "w.warc.wet.gz"], jobs=1, max_bytes=20_000))
    failed = {r.record_info.url: r.reason for r in results if r.status is Status.FAILED}
    assert set(failed) == {"https://x.example/bin", "https://x.example/big"}
    assert "undecodable payload" in failed["https://x.example/bin"] and "too large" in failed["https://x.example/big"]
    assert [r.record_info.url for r in results if r.status is Status.CLEANED and r.record_info] == [docs[0][0], docs[1][0]]
    assert results[-1].records.skipped == {"warcinfo": 1, "empty": 1}
    assert results[-1].records.failed == 2


def test_not_a_warc_file_at_all(tmp_path):
    (tmp_path / "junk.warc.gz").write_bytes(gzip.compress(b"this is no WARC file\n" * 50))
    (tmp_path / "random.warc").write_bytes(os.urandom(5000))
    for name in ("junk.warc.gz", "random.warc"):
        items = list(read_records(tmp_path / name, CorpusFormat.WARC))
        assert items and all(isinstance(x, (BrokenRecord, Skipped)) for x in items), name


# ------------------------------------------------------------------ outputs


def test_txt_output_is_a_folder_with_a_file_per_record_named_from_its_id(tmp_path):
    docs = pages(3)
    write_jsonl(tmp_path / "d.jsonl", [{"id": "a/b", "text": docs[0][1]}, {"id": "a:b", "text": docs[1][1]},
                                       {"id": "../../etc", "text": docs[2][1]}])
    ids = write_wet(tmp_path / "c.warc.wet.gz", docs)
    src = tmp_path / "in"
    src.mkdir()
    for name in ("d.jsonl", "c.warc.wet.gz"):
        (tmp_path / name).rename(src / name)
    out = tmp_path / "out"
    assert main(["clean", str(src), "-o", str(out), "-q", "-j", "1"]) == EXIT_OK
    assert sorted(p.name for p in (out / "d.jsonl").iterdir()) == ["a_b-2.txt", "a_b.txt", "etc.txt"]
    assert (out / "d.jsonl" / "a_b.txt").read_text("utf-8") == newsclean.clean(docs[0][1]).body + "\n"
    uuids = sorted(i.strip("<>").split(":")[-1] + ".txt" for i in ids)
    assert sorted(p.name for p in (out / "c.warc.wet.gz").iterdir()) == uuids
    assert main(["clean", str(src / "d.jsonl"), "-o", str(tmp_path / "j"), "--format", "json", "-q"]) == EXIT_OK
    doc = json.loads((tmp_path / "j" / "d.jsonl" / "etc.json").read_text("utf-8"))
    assert doc["id"] == "../../etc" and "body" in doc and "blocks" in doc


def test_safe_name():
    used: set[str] = set()
    assert safe_name("<urn:uuid:3f1c-AB>", used) == "3f1c-AB"
    assert safe_name("<urn:uuid:3f1c-ab>", used) == "3f1c-ab-2"
    assert safe_name("..", used) == "record"
    long = safe_name("x" * 500, used)
    assert len(long) == 100 and long.startswith("x" * 80)


def test_directory_of_texts_and_corpus_files_in_one_jsonl_run(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    docs = pages(4)
    (src / "single.txt").write_text(docs[0][1], "utf-8")
    write_wet(src / "crawl.warc.wet.gz", docs[1:])
    out = tmp_path / "out"
    results = list(clean_files([src], output_dir=out, fmt="jsonl", jobs=2))
    assert sum(r.status is Status.CLEANED for r in results) == 5  # 1 file, 3 records, the corpus file
    [single] = [json.loads(x) for x in (out / JSONL_NAME).read_text("utf-8").splitlines()]
    assert single["path"] == "single.txt" and single["body"] == newsclean.clean(docs[0][1]).body
    lines = [json.loads(x) for x in (out / "crawl.warc.wet.gz.jsonl").read_text("utf-8").splitlines()]
    assert [d["url"] for d in lines] == [u for u, _ in docs[1:]]
    again = list(clean_files([src], output_dir=out, fmt="jsonl", jobs=1))
    assert [r.status for r in again] == [Status.SKIPPED, Status.SKIPPED]


def test_rerun_skips_a_corpus_file_whose_output_is_up_to_date(tmp_path):
    write_wet(tmp_path / "a.warc.wet.gz", pages(3))
    out = tmp_path / "out"
    list(clean_files([tmp_path / "a.warc.wet.gz"], output_dir=out, jobs=1))
    [again] = list(clean_files([tmp_path / "a.warc.wet.gz"], output_dir=out, jobs=1))
    assert again.status is Status.SKIPPED and again.reason == "output up to date"
    write_wet(tmp_path / "a.warc.wet.gz", pages(2))
    later = (tmp_path / "out" / "a.warc.wet.gz").stat().st_mtime + 10  # newer than its output on any file system
    os.utime(tmp_path / "a.warc.wet.gz", (later, later))
    results = list(clean_files([tmp_path / "a.warc.wet.gz"], output_dir=out, jobs=1))
    assert sum(r.record_info is not None for r in results) == 2
    assert len(list((out / "a.warc.wet.gz").iterdir())) == 2  # the folder replaced whole


def test_the_url_goes_to_clean_when_it_takes_one(tmp_path, monkeypatch):
    seen = []
    real = newsclean.core.clean

    def clean_with_url(text, *, config=None, url=None):
        seen.append(url)
        return real(text, config=config)

    monkeypatch.setattr(newsclean.core, "clean", clean_with_url)
    write_wet(tmp_path / "a.warc.wet.gz", pages(2))
    list(clean_files([tmp_path / "a.warc.wet.gz"], jobs=1))
    assert seen == [u for u, _ in pages(2)]


def test_the_summary_counts_documents_and_other_records(tmp_path, capsys):
    write_wet(tmp_path / "a.warc.wet.gz", pages(3))
    assert main(["clean", str(tmp_path / "a.warc.wet.gz"), "-o", str(tmp_path / "out"), "-j", "1"]) == EXIT_OK
    err = capsys.readouterr().err
    assert "cleaned 3, skipped 0, failed 0" in err
    assert "1 corpus files, 3 documents among their records; the other records: warcinfo 1" in err


def test_corpus_file_to_stdout_as_json_lines(tmp_path, capsys):
    ids = write_wet(tmp_path / "a.warc.wet.gz", pages(3))
    assert main(["clean", str(tmp_path / "a.warc.wet.gz"), "--format", "jsonl", "-q"]) == EXIT_OK
    lines = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [d["id"] for d in lines] == ids


def test_forced_input_format_and_stdin(tmp_path, capsys):
    write_jsonl(tmp_path / "export.txt", [{"id": "z", "text": pages(1)[0][1]}])
    results = [r for r in clean_files([tmp_path / "export.txt"], jobs=1, input_format="jsonl") if r.record_info]
    assert [r.record_info.id for r in results] == ["z"]
    assert main(["clean", "-", "--input-format", "wet"]) == EXIT_USAGE
    assert "read from files, not from stdin" in capsys.readouterr().err
    with pytest.raises(ValueError, match="unknown input format"):
        list(clean_files([tmp_path / "export.txt"], input_format="csv"))


def test_a_changed_field_name_redoes_the_outputs(tmp_path):
    write_jsonl(tmp_path / "d.jsonl", [{"id": "a", "text": "First text of the page.", "body": pages(1)[0][1]}])
    out = tmp_path / "out"
    list(clean_files([tmp_path / "d.jsonl"], output_dir=out, fmt="jsonl", jobs=1))
    results = list(clean_files([tmp_path / "d.jsonl"], output_dir=out, fmt="jsonl", jobs=1, fields=RecordFields(text="body")))
    assert results[0].status is Status.CLEANED and results[0].article is None


# ------------------------------------------------------------------ kill -9, Dask


def tree_bytes(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file() and not p.name.startswith(".")}


def test_kill_9_then_rerun_leaves_each_corpus_output_complete_or_absent(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    write_wet(src / "a.warc.wet.gz", pages(40))
    write_wet(src / "b.warc.wet.gz", pages(2500))
    reference = tmp_path / "reference"
    list(clean_files([src], output_dir=reference, fmt="jsonl", jobs=2))
    expected = tree_bytes(reference)
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "newsclean.cli", "clean", str(src), "-o", str(out), "--format", "jsonl", "--jobs", "2", "-q"]
    proc = subprocess.Popen(cmd, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def b_half_written() -> bool:
        return any(p.stat().st_size > 200_000 for p in out.glob(".b.warc.wet.gz.jsonl.*.tmp")) if out.exists() else False

    while proc.poll() is None and not b_half_written():  # no deadline: the run ends by itself
        time.sleep(0.005)
    assert proc.poll() is None, "the run ended before it could be killed"
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert (out / "a.warc.wet.gz.jsonl").read_bytes() == expected["a.warc.wet.gz.jsonl"]
    assert not (out / "b.warc.wet.gz.jsonl").exists()
    assert main(["clean", str(src), "-o", str(out), "--format", "jsonl", "--jobs", "2", "-q"]) == EXIT_OK
    assert tree_bytes(out) == expected
    assert not list(out.glob(".*.tmp"))


def test_dask_takes_the_same_corpus_inputs(tmp_path):
    distributed = pytest.importorskip("dask.distributed")
    from newsclean.distributed import clean_bag, clean_files_dask, records_bag

    src = tmp_path / "in"
    src.mkdir()
    ids_a = write_wet(src / "a.warc.wet.gz", pages(7))
    ids_b = write_wet(src / "b.warc.wet.gz", pages(5))
    rows = [{"id": f"j{i}", "url": u, "text": t} for i, (u, t) in enumerate(pages(3))] + ["{broken"]
    write_jsonl(src / "c.jsonl.gz", rows, "gz")
    list(clean_files([src], output_dir=tmp_path / "local", fmt="jsonl", jobs=1))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            list(clean_files_dask([src], scheduler=client, output_dir=tmp_path / "dask", fmt="jsonl"))
            bag = records_bag(sorted(src.iterdir()))
            docs = clean_bag(bag).compute()
    assert tree_bytes(tmp_path / "local") == tree_bytes(tmp_path / "dask")
    assert [d["id"] for d in docs] == ids_a + ids_b + ["j0", "j1", "j2", None]
    assert "error" in docs[-1] and docs[-1]["line"] == 4
    assert docs[0]["body"] == newsclean.clean(pages(7)[0][1]).body and docs[0]["url"] == pages(1)[0][0]
