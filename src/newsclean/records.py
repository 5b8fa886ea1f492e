"""Corpus files: many documents in one file, read record by record.

People who clean scraped text at scale rarely hold one file per page:

* **WET** (``*.warc.wet.gz``, ``*.wet.gz``, ``*.wet``; Common Crawl's plain
  text): each ``conversion`` record is a document -- its id the
  ``WARC-Record-ID``, its URL the ``WARC-Target-URI``, its date the
  ``WARC-Date``;
* **WARC** (``*.warc.gz``, ``*.warc``): each ``response`` record with a 2xx
  status and an HTML payload is a page for :func:`newsclean.clean_html`
  (charset from the HTTP ``Content-Type`` first); a WET file's
  ``conversion`` records are read in a WARC file too, and the other way
  round;
* **JSONL** (``*.jsonl``, ``*.jsonl.gz``, ``*.jsonl.zst``): one JSON object
  per line, its keys named by :class:`RecordFields`.

:func:`read_records` streams a file and yields, in file order, a
:class:`Record` per document, a :class:`BrokenRecord` (with its offset and,
when it could be read, its id) per record that cannot be read, and a
:class:`Skipped` per record that is not a document (``warcinfo``,
``request``, ``metadata``, a redirect, an image, an empty text), which the
caller counts.  It holds one record at a time: memory is bounded by the
largest record (at most ``max_bytes``), never by the file.

The WARC headers and HTTP messages are parsed by warcio.  Two things it
does not do are done here: a compressed WARC file is split into its gzip
members (one per record, as the WARC standard recommends and Common Crawl
writes) so that a broken member is reported with its offset and the next
one read; and after a broken record of an uncompressed file, the next
``WARC/1.x`` line is looked for.  A compressed JSONL file is one stream: a
corrupt or truncated stream ends the file's records where it breaks.
"""

from __future__ import annotations

import io
import json
import logging
import re
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from .labels import InputFormat, TextEnum
from .textio import InputError, decode, open_binary

logger = logging.getLogger(__name__)

#: Bytes read from a file at a time.
BLOCK = 64 * 1024
#: Bytes of zstd input decompressed at a time: each call's output is bounded
#: (at most ~128 KB per input byte in the worst case) without a max_length.
ZSTD_FEED = 1024
#: Longest line read while looking for the next record of a WARC file.
LINE_MAX = 64 * 1024
#: Bytes a gzip member may hold beyond the largest record: its WARC and
#: HTTP headers (a record over the limit is then reported with its id).
HEADER_ROOM = 64 * 1024
#: HTTP content types read as HTML.
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})

GZIP_MAGIC = b"\x1f\x8b"
GZIP_MEMBER = b"\x1f\x8b\x08"  # magic and deflate: where a member may start
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
WARC_LINE = b"WARC/1."


class CorpusFormat(TextEnum):
    """A file of many documents (see the module docstring)."""

    WET = "wet"
    WARC = "warc"
    JSONL = "jsonl"


#: File name endings of each format, as ``InputFormat.AUTO`` reads them.
SUFFIXES = {
    CorpusFormat.WET: (".wet", ".wet.gz"),
    CorpusFormat.WARC: (".warc", ".warc.gz"),
    CorpusFormat.JSONL: (".jsonl", ".jsonl.gz", ".jsonl.zst"),
}
#: Patterns of corpus files searched for in directories.
PATTERNS = {fmt: tuple(f"*{s}" for s in suffixes) for fmt, suffixes in SUFFIXES.items()}
ALL_PATTERNS = tuple(p for patterns in PATTERNS.values() for p in patterns)


def parse_input_format(value: InputFormat | CorpusFormat | str) -> InputFormat | CorpusFormat:
    """An ``--input-format`` value as the enum that names it."""
    if isinstance(value, (InputFormat, CorpusFormat)):
        return value
    for enum in (InputFormat, CorpusFormat):
        try:
            return enum(value)
        except ValueError:
            pass
    names = ", ".join(f.value for f in (*InputFormat, *CorpusFormat))
    raise ValueError(f"unknown input format {value!r}; choose from {names}")


def corpus_format(name: str, input_format: InputFormat | CorpusFormat) -> CorpusFormat | None:
    """How the file ``name`` is read as a corpus, or None for one document:
    a forced corpus format, else (``AUTO``) by the name's ending."""
    if isinstance(input_format, CorpusFormat):
        return input_format
    if input_format is not InputFormat.AUTO:
        return None
    low = name.lower()
    for fmt, suffixes in SUFFIXES.items():
        if low.endswith(suffixes):
            return fmt
    return None


@dataclass(frozen=True)
class RecordFields:
    """Which keys of a JSONL record hold what.

    ``id``: when a record has none, its line number (from 1) is its id.
    ``html``: a key whose value, when it is a non-empty string, is the page's
    HTML (cleaned by :func:`newsclean.clean_html`); otherwise ``text`` is read.
    """

    text: str = "text"
    url: str = "url"
    id: str = "id"
    html: str | None = None


@dataclass(frozen=True, slots=True)
class RecordInfo:
    """Which record of its file a document is.

    ``offset`` is where the record starts: in a WARC file, its byte offset
    (of its gzip member when compressed, as Common Crawl's index gives it);
    in a JSONL file, the byte offset of its line in the decompressed text,
    and ``line`` its line number (from 1).  ``date`` is the ``WARC-Date``.
    ``id`` is None only for a record too broken to read one.
    """

    id: str | None
    url: str | None = None
    date: str | None = None
    offset: int = 0
    line: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "url": self.url, "date": self.date, "offset": self.offset}
        if self.line is not None:
            out["line"] = self.line
        return out


@dataclass(frozen=True, slots=True)
class Record:
    """One document: ``content`` is its text, or its HTML when ``html``
    (bytes as stored in a WET or WARC file, decoded by :func:`record_text`;
    a str from JSONL).  ``charset`` is the one the HTTP headers declare;
    ``size`` the content's length in bytes."""

    info: RecordInfo
    content: bytes | str
    html: bool = False
    charset: str | None = None
    size: int = 0


@dataclass(frozen=True, slots=True)
class BrokenRecord:
    """A record that cannot be read, and why."""

    info: RecordInfo
    reason: str


@dataclass(frozen=True)
class RecordCounts:
    """The records of one corpus file: documents cleaned and failed, and
    the records that are no document, by kind (``request``, ``empty``, ...)."""

    cleaned: int = 0
    failed: int = 0
    skipped: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record that is not a document; ``kind`` says what it is
    (``request``, ``response: not HTML``, ``empty``, ...)."""

    kind: str


Item = Record | BrokenRecord | Skipped


class _Corrupt(Exception):
    """A compressed stream that cannot be read on."""


def read_records(
    path: str | Path,
    fmt: CorpusFormat,
    fields: RecordFields = RecordFields(),
    max_bytes: int = 64 * 1024 * 1024,
) -> Iterator[Item]:
    """The records of a corpus file, in file order (module docstring).

    A record larger than ``max_bytes`` is a :class:`BrokenRecord`.  Raises
    :class:`newsclean.InputError` when the file cannot be opened and
    ``OSError`` when reading it fails.
    """
    with open_binary(path) as fh:
        if fmt is CorpusFormat.JSONL:
            yield from _jsonl(fh, fields, max_bytes)
        else:
            yield from _warc(fh, max_bytes)


def record_text(record: Record) -> str:
    """A record's text, or its HTML source, decoded: a page by its byte
    order mark, else the charset of its HTTP headers (but as UTF-8 when its
    bytes are UTF-8 and the headers name a one-byte charset), else the one
    it declares or that is detected.  Raises :class:`newsclean.InputError`
    for a payload that is not text."""
    if isinstance(record.content, str):
        return record.content
    try:
        if not record.html:
            return decode(record.content)
        from .fromhtml import _single_byte, decode_html

        data, charset = record.content, record.charset
        if charset and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            if _single_byte(charset) and not data.isascii():
                # a server's stale default (ISO-8859-1) over a page in UTF-8,
                # read as decode_html reads a stale <meta>
                try:
                    return data.decode("utf-8")
                except UnicodeDecodeError:
                    pass
            try:
                return data.decode(charset)
            except (UnicodeDecodeError, LookupError):
                logger.debug("payload is not %s as its headers say; detecting", charset)
        return decode_html(data)
    except InputError as exc:
        raise InputError(f"undecodable payload: {exc}") from None


# ------------------------------------------------------------------ WARC


def _warc(fh: IO[bytes], limit: int) -> Iterator[Item]:
    from warcio.bufferedreaders import BufferedReader
    from warcio.recordloader import ArcWarcRecordLoader

    loader = ArcWarcRecordLoader(verify_http=False, arc2warc=False)
    if fh.read(2) == GZIP_MAGIC:
        fh.seek(0)
        for offset, data in _gzip_members(fh, limit + HEADER_ROOM):
            if isinstance(data, str):
                yield BrokenRecord(RecordInfo(None, offset=offset), data)
            else:  # a member holds one record, or (a non-chunked file) several
                yield from _warc_stream(loader, BufferedReader(io.BytesIO(data)), lambda at=offset: at, limit)
        return
    pos: int | None = 0
    while pos is not None:
        fh.seek(pos)
        reader = BufferedReader(fh, block_size=BLOCK)
        failed = yield from _warc_stream(loader, reader, lambda r=reader: fh.tell() - r.rem_length(), limit)
        pos = None if failed is None else _find_line(fh, failed + 1, WARC_LINE)


def _warc_stream(loader: Any, reader: Any, where: Callable[[], int], limit: int) -> Iterator[Item]:
    """Records of a stream until its end; returns None there, or the offset
    of a record after which the stream cannot be followed."""
    line: bytes | None = None
    while True:
        start = where() - (len(line) if line else 0)
        try:
            rec = loader.parse_record_stream(reader, line, known_format="warc")
        except EOFError:
            return None
        except Exception as exc:  # noqa: BLE001 - warcio raises several kinds on a bad header
            yield BrokenRecord(RecordInfo(None, offset=start), f"bad WARC header: {_first_line(exc)}")
            return start
        headers = rec.rec_headers
        info = RecordInfo(
            headers.get_header("WARC-Record-ID"),
            headers.get_header("WARC-Target-URI"),
            headers.get_header("WARC-Date"),
            start,
        )
        length = (headers.get_header("Content-Length") or "").strip()
        if not length.isdigit():
            yield BrokenRecord(info, f"bad Content-Length {length!r}")
            return start
        try:
            item = _take(rec, info, limit)
            while rec.raw_stream.read(BLOCK):
                pass
        except Exception as exc:  # noqa: BLE001 - a payload warcio cannot decode is that record's failure
            yield BrokenRecord(info, f"unreadable payload: {_first_line(exc)}")
            return start
        short = getattr(rec.raw_stream, "limit", 0)
        line = _next_line(reader)
        if short:
            yield BrokenRecord(info, f"truncated: the record ends {short} bytes before its Content-Length")
            continue
        yield item
        if line is not None and not line.startswith(b"WARC/"):
            # a wrong Content-Length, or bytes that are no record: whichever,
            # the stream is followed again at the next record
            junk = where() - len(line)
            yield BrokenRecord(RecordInfo(None, offset=junk), f"not a WARC record: {line[:60]!r}")
            return junk


def _take(rec: Any, info: RecordInfo, limit: int) -> Item:
    """What a parsed record is: a document, a record too large, or another
    kind of record."""
    kind = rec.rec_type or "unknown"
    if kind == "conversion":
        if rec.length > limit:
            return BrokenRecord(info, f"too large: {rec.length} bytes > limit {limit}")
        data = rec.raw_stream.read(limit + 1)
        return Record(info, data, size=len(data)) if data.strip() else Skipped("empty")
    if kind != "response":
        return Skipped(kind)
    http = rec.http_headers
    if http is None:
        return Skipped("response: not HTTP")
    status = http.get_statuscode() or ""
    if not status.startswith("2"):
        return Skipped(f"response: status {status[:1] or '?'}xx")
    ctype = http.get_header("Content-Type") or rec.rec_headers.get_header("WARC-Identified-Payload-Type") or ""
    if ctype.split(";")[0].strip().lower() not in HTML_TYPES:
        return Skipped("response: not HTML")
    if rec.length > limit:
        return BrokenRecord(info, f"too large: {rec.length} bytes > limit {limit}")
    data = rec.content_stream().read(limit + 1)
    if len(data) > limit:
        return BrokenRecord(info, f"too large: the decoded payload exceeds the limit {limit}")
    if not data.strip():
        return Skipped("empty")
    return Record(info, data, html=True, charset=_charset(ctype), size=len(data))


_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)


def _charset(content_type: str) -> str | None:
    """The Python codec of the charset an HTTP Content-Type names."""
    m = _CHARSET.search(content_type)
    if not m:
        return None
    import codecs

    from .fromhtml import _WINDOWS_1252  # the labels the web uses for Windows-1252

    name = m.group(1).lower()
    if name in _WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def _next_line(reader: Any) -> bytes | None:
    """The first line that is not blank (the next record's first), or None
    at the end."""
    while True:
        line = reader.readline(LINE_MAX)
        if not line:
            return None
        if line.strip():
            return line


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return (text[0] if text else type(exc).__name__)[:200]


def _gzip_members(fh: IO[bytes], limit: int) -> Iterator[tuple[int, bytes | str]]:
    """``(offset, data)`` per gzip member: its decompressed bytes, or why it
    cannot be read.  After a broken member, reading goes on at the next
    offset where a whole member holding a WARC record starts."""
    pos, buf = 0, b""
    while True:
        if not buf:
            buf = fh.read(BLOCK)
            if not buf:
                return
        start = pos
        data, pos, buf, error = _member(fh, pos, buf, limit)
        if error is None:
            yield start, data
            continue
        yield start, error
        found = _find_member(fh, start + 1, limit)
        if found is None:
            return
        fh.seek(found)
        pos, buf = found, b""


def _member(fh: IO[bytes], pos: int, buf: bytes, limit: int) -> tuple[bytes, int, bytes, str | None]:
    """Decompress the member that starts at ``buf`` (file offset ``pos``):
    ``(data, offset after it, bytes read past it, error)``."""
    d = zlib.decompressobj(16 + zlib.MAX_WBITS)
    parts: list[bytes] = []
    size = 0
    while True:
        try:
            out = d.decompress(buf, limit + 1 - size)
        except zlib.error as exc:
            return b"", pos, b"", f"corrupt gzip member: {exc}"
        parts.append(out)
        size += len(out)
        if size > limit:
            return b"", pos, b"", f"too large: a gzip member of more than {limit} bytes (one member per record?)"
        if d.eof:
            rest = d.unused_data
            return b"".join(parts), pos + len(buf) - len(rest), rest, None
        pos += len(buf)
        buf = fh.read(BLOCK)
        if not buf:
            return b"", pos, b"", "truncated gzip member: the file ends inside it"


def _find_member(fh: IO[bytes], frm: int, limit: int) -> int | None:
    """The first offset from ``frm`` where a whole gzip member holding a
    WARC record starts (three bytes that look like a member's start can be
    anywhere in compressed data: each is tried)."""

    def holds_record(off: int) -> bool:
        fh.seek(off)
        data, _, _, error = _member(fh, off, fh.read(BLOCK), limit)
        return error is None and data.startswith(b"WARC/")

    return _scan(fh, frm, GZIP_MEMBER, holds_record)


def _find_line(fh: IO[bytes], frm: int, prefix: bytes) -> int | None:
    """The offset of the first line from ``frm`` that starts with ``prefix``."""
    found = _scan(fh, max(frm - 1, 0), b"\n" + prefix, lambda off: True)
    return None if found is None else found + 1


def _scan(fh: IO[bytes], frm: int, needle: bytes, accept: Callable[[int], bool]) -> int | None:
    """The first offset from ``frm`` where ``needle`` stands and ``accept``
    holds (``accept`` may move the file position)."""
    keep = len(needle) - 1
    start = frm  # file offset of data[0]
    fh.seek(start)
    data = fh.read(BLOCK)
    while data:
        i = data.find(needle)
        while i >= 0:
            if accept(start + i):
                return start + i
            i = data.find(needle, i + 1)
        fh.seek(start + len(data))
        more = fh.read(BLOCK)
        if not more:
            return None
        start += len(data) - keep
        data = data[-keep:] + more
    return None


# ------------------------------------------------------------------ JSONL


def _jsonl(fh: IO[bytes], fields: RecordFields, limit: int) -> Iterator[Item]:
    stream = _decompressed(fh)
    offset = line_no = 0
    try:
        while True:
            start = offset
            raw = stream.readline(limit + 1)
            if not raw:
                return
            line_no += 1
            offset += len(raw)
            if len(raw) > limit:
                while not raw.endswith(b"\n"):
                    raw = stream.readline(BLOCK)
                    if not raw:
                        break
                    offset += len(raw)
                yield BrokenRecord(RecordInfo(None, offset=start, line=line_no), f"too large: a line of more than {limit} bytes")
                continue
            yield _json_record(raw, start, line_no, fields)
    except _Corrupt as exc:
        yield BrokenRecord(RecordInfo(None, offset=offset, line=line_no + 1), str(exc))


def _json_record(raw: bytes, offset: int, line: int, fields: RecordFields) -> Item:
    if not raw.strip():
        return Skipped("blank line")
    where = RecordInfo(None, offset=offset, line=line)
    try:
        obj = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # UnicodeDecodeError is a ValueError
        return BrokenRecord(where, f"bad JSON: {_first_line(exc)}")
    if not isinstance(obj, dict):
        return BrokenRecord(where, f"not a JSON object but {type(obj).__name__}")
    rid = obj.get(fields.id)
    url = obj.get(fields.url)
    info = RecordInfo(
        _valid(str(line) if rid is None or rid == "" else str(rid)),
        _valid(url) if isinstance(url, str) and url else None,
        None,
        offset,
        line,
    )
    if fields.html is not None:
        html = obj.get(fields.html)
        if isinstance(html, str) and html.strip():
            html = _valid(html)
            return Record(info, html, html=True, size=len(html.encode("utf-8")))
    text = obj.get(fields.text)
    if text is None:
        keys = repr(fields.text) + (f" or {fields.html!r}" if fields.html else "")
        return BrokenRecord(info, f"no field {keys}")
    if not isinstance(text, str):
        return BrokenRecord(info, f"field {fields.text!r} is {type(text).__name__}, not a string")
    if not text.strip():
        return Skipped("empty")
    text = _valid(text)
    return Record(info, text, size=len(text.encode("utf-8")))


def _valid(text: str) -> str:
    """``text`` without lone surrogates (JSON may escape them; UTF-8 output
    cannot hold them): each becomes U+FFFD."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return text.encode("utf-8", "surrogatepass").decode("utf-8", "replace")


def _decompressed(fh: IO[bytes]) -> IO[bytes]:
    """The file's text, decompressed by its magic bytes (gzip, zstd or none)."""
    head = fh.read(4)
    fh.seek(0)
    if head.startswith(GZIP_MAGIC):

        def gzip_member() -> Any:
            return zlib.decompressobj(16 + zlib.MAX_WBITS)

        def gzip_step(d: Any, data: bytes) -> tuple[bytes, bytes]:
            return d.decompress(data, BLOCK), d.unconsumed_tail

        chunks = _inflate(fh, gzip_member, gzip_step, BLOCK, zlib.error, "gzip", "member")
    elif head == ZSTD_MAGIC:
        try:
            import zstandard
        except ImportError:  # pragma: no cover - a required dependency
            raise InputError("reading .zst files needs the zstandard package: pip install zstandard") from None
        dctx = zstandard.ZstdDecompressor()

        def zstd_step(d: Any, data: bytes) -> tuple[bytes, bytes]:
            return d.decompress(data), b""

        chunks = _inflate(fh, dctx.decompressobj, zstd_step, ZSTD_FEED, zstandard.ZstdError, "zstd", "frame")
    else:
        return fh
    return io.BufferedReader(_ChunkStream(chunks), BLOCK)


def _inflate(
    fh: IO[bytes],
    new: Callable[[], Any],
    step: Callable[[Any, bytes], tuple[bytes, bytes]],
    feed: int,
    errors: type[Exception],
    what: str,
    unit: str,
) -> Iterator[bytes]:
    """Decompressed chunks of a file of one or more members (frames):
    ``new`` makes a decompressor, ``step`` gives its output for some input
    and the input it left; input goes in ``feed`` bytes at a time.  Raises
    :class:`_Corrupt` where the data is corrupt or the file ends inside a
    member (zstandard's own readers stop there silently)."""
    d, pending = new(), False
    while chunk := fh.read(BLOCK):
        for i in range(0, len(chunk), feed):
            data = chunk[i : i + feed]
            while data:
                try:
                    out, rest = step(d, data)
                except errors as exc:
                    raise _Corrupt(f"corrupt {what} stream: {exc}") from None
                pending = True
                if out:
                    yield out
                if d.eof:
                    data, d, pending = d.unused_data, new(), False
                else:
                    data = rest
    if pending:
        raise _Corrupt(f"truncated {what} stream: the file ends inside a {unit}")


class _ChunkStream(io.RawIOBase):
    """A readable stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]):
        self._chunks = chunks
        self._buf = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        while not self._buf:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buf = memoryview(chunk)
        n = min(len(b), len(self._buf))
        b[:n] = self._buf[:n]
        self._buf = self._buf[n:]
        return n
