"""Corpus files in a batch run: their records over the workers, one output per file.

A corpus file (WET, WARC, JSONL: :mod:`newsclean.records`) is read in the
runner process, record by record, and its documents go to the workers in
chunks (at most ``CHUNK_RECORDS`` records or ``CHUNK_BYTES``), so the
records of one large file are cleaned on every core while memory holds only
the chunks in flight.  Results come back in file order: one
:class:`newsclean.FileResult` per document, its ``record_info`` saying
which record it is; a record that cannot be read is a failed result with its
offset and, when it could be read, its id; the records that are no document
(``warcinfo``, ``request``, a redirect, an image) are counted; the file ends
with a result whose ``records`` holds the counts.

Outputs, one per corpus file, in the place of the file in the mirrored tree:

* ``--format jsonl``: ``OUTDIR/<name>.jsonl``, a line per document: the
  file's path, the record's ``id``, ``url``, ``date``, ``offset`` (and
  ``line`` in JSONL), and the whole Article;
* ``--format txt`` / ``json``: a folder ``OUTDIR/<name>/`` with a file per
  document, named from its id (:func:`safe_name`).

Each is written under a temporary name and renamed when the file's last
record is in: a run killed at any moment, even by SIGKILL, leaves a corpus
file's output complete or absent.  A rerun skips a file whose output is
newer than it and redoes the others whole.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from hashlib import sha1
from pathlib import Path
from typing import Any

from . import core
from .batch import (
    STDIN,
    ConfigSpec,
    FileResult,
    Format,
    Job,
    Ready,
    Status,
    _Budget,
    _config,
    _OverBudget,
    display_path,
)
from .config import Config
from .fromhtml import clean_html
from .labels import InputFormat
from .model import Article
from .records import (
    BrokenRecord,
    CorpusFormat,
    Record,
    RecordCounts,
    RecordFields,
    RecordInfo,
    corpus_format,
    read_records,
    record_text,
)
from .textio import DIR_MODE, FILE_MODE, InputError

logger = logging.getLogger(__name__)

#: Records sent to a worker at a time, at most, and their bytes, at most.
CHUNK_RECORDS = 16
CHUNK_BYTES = 1024 * 1024
#: Longest file name made from a record's id (characters, before the suffix).
NAME_MAX = 100


@dataclass(frozen=True)
class RecordChunk:
    """Documents of one corpus file for a worker."""

    source: str
    rel: str
    records: tuple[Record, ...]

    @property
    def size(self) -> int:
        return sum(r.size for r in self.records)


@dataclass(frozen=True)
class CorpusReading:
    """How a run reads corpus files: which inputs are corpus files
    (``input_format``), the keys of JSONL records, the largest record."""

    input_format: InputFormat | CorpusFormat = InputFormat.AUTO
    fields: RecordFields = field(default_factory=RecordFields)
    max_bytes: int = 64 * 1024 * 1024

    def format_of(self, job: Job) -> CorpusFormat | None:
        """The corpus format ``job`` is read in, or None for one document."""
        if job.source == STDIN:
            return None
        return corpus_format(job.source, self.input_format)


# ------------------------------------------------------------------ runner side


def output_of(out_dir: Path, rel: str, fmt: Format) -> Path:
    """Where a corpus file's output goes: ``<rel>.jsonl``, or a folder ``<rel>``."""
    return out_dir / f"{rel}.jsonl" if fmt is Format.JSONL else out_dir / rel


def corpus_tasks(
    job: Job, cformat: CorpusFormat, reading: CorpusReading, out_dir: Path | None, fmt: Format, force: bool
) -> Iterator[RecordChunk | Ready]:
    """The tasks of one corpus file, in file order: chunks of documents for
    the workers and, between them, the results known here (a broken
    record; at the end the file's own result, or its skip)."""
    if out_dir is not None and not force and _up_to_date(job.source, output_of(out_dir, job.rel, fmt)):
        yield Ready((FileResult(job.source, job.rel, Status.SKIPPED, "output up to date"),))
        return
    skipped: Counter[str] = Counter()
    chunk: list[Record] = []
    size = 0
    status, reason = Status.CLEANED, None
    try:
        for item in read_records(job.source, cformat, reading.fields, reading.max_bytes):
            if isinstance(item, Record):
                chunk.append(item)
                size += item.size
                if len(chunk) >= CHUNK_RECORDS or size >= CHUNK_BYTES:
                    yield RecordChunk(job.source, job.rel, tuple(chunk))
                    chunk, size = [], 0
            elif isinstance(item, BrokenRecord):
                if chunk:
                    yield RecordChunk(job.source, job.rel, tuple(chunk))
                    chunk, size = [], 0
                yield Ready((FileResult(job.source, job.rel, Status.FAILED, item.reason, record_info=item.info),))
            else:
                skipped[item.kind] += 1
    except InputError as exc:
        status, reason = Status.FAILED, str(exc)
    except OSError as exc:  # the file's output would lack what could not be read: none is written
        status, reason = Status.FAILED, f"cannot read: {exc.strerror or exc}"
    except Exception as exc:  # noqa: BLE001 - a reader bug costs this file, not the run
        logger.exception("unexpected error reading %s", job.source)
        status, reason = Status.FAILED, f"internal error: {type(exc).__name__}: {exc}"
    if chunk:
        yield RecordChunk(job.source, job.rel, tuple(chunk))
    yield Ready((FileResult(job.source, job.rel, status, reason, records=RecordCounts(skipped=dict(skipped))),))


def _up_to_date(source: str, out: Path) -> bool:
    try:
        return out.stat().st_mtime >= os.stat(source).st_mtime
    except OSError:
        return False


class CorpusOutputs:
    """The outputs of the corpus files of a run, written in the runner as
    their results come (in order, so one file at a time), and the counts
    of each file's documents."""

    def __init__(self, out_dir: Path | None, fmt: Format):
        self.out_dir = out_dir
        self.fmt = fmt
        self._open: dict[str, _Output] = {}
        self._tally: dict[str, list[int]] = {}

    def take(self, r: FileResult) -> FileResult:
        """Write a corpus file's document, or finish its output at its
        closing result (which gets the file's counts); other results pass."""
        if r.record_info is None and r.records is None:
            return r
        if r.records is None:
            tally = self._tally.setdefault(r.rel, [0, 0])
            tally[r.status is Status.FAILED] += 1
            if r.record is not None and self.out_dir is not None:
                out = self._open.get(r.rel)
                if out is None:
                    out = self._open[r.rel] = _output(output_of(self.out_dir, r.rel, self.fmt), self.fmt)
                out.add(r)
            return r
        cleaned, failed = self._tally.pop(r.rel, (0, 0))
        r = replace(r, records=replace(r.records, cleaned=cleaned, failed=failed))
        out = self._open.pop(r.rel, None)
        if self.out_dir is None:
            return r
        if r.status is not Status.CLEANED:
            if out is not None:
                out.abort()
            return r
        try:
            (out or _output(output_of(self.out_dir, r.rel, self.fmt), self.fmt)).commit()
        except OSError as exc:
            return replace(r, status=Status.FAILED, reason=f"cannot write output: {exc.strerror or exc}")
        return r

    def close(self) -> None:
        """Drop the outputs left unfinished (a run stopped in the middle)."""
        for out in self._open.values():
            out.abort()
        self._open.clear()


class _Output:
    """One corpus file's output under a temporary name; a write that fails
    makes ``commit`` fail, so the output is never renamed incomplete."""

    def __init__(self, final: Path):
        self.final = final
        self.error: OSError | None = None

    def add(self, r: FileResult) -> None:
        if self.error is not None:
            return
        try:
            self._add(r)
        except OSError as exc:
            logger.warning("cannot write %s: %s", self.final, exc.strerror or exc)
            self.error = exc

    def commit(self) -> None:
        if self.error is not None:
            self.abort()
            raise self.error
        try:
            self._commit()
        except OSError:
            self.abort()
            raise

    def _add(self, r: FileResult) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _commit(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def abort(self) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


def _output(final: Path, fmt: Format) -> _Output:
    try:
        return _LinesOutput(final) if fmt is Format.JSONL else _FolderOutput(final, f".{fmt.value}")
    except OSError as exc:  # reported when the file ends
        out = _Failed(final)
        out.error = exc
        return out


class _Failed(_Output):
    def abort(self) -> None:
        pass


class _LinesOutput(_Output):
    """``<name>.jsonl``: the documents' lines."""

    def __init__(self, final: Path):
        super().__init__(final)
        final.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent)
        os.fchmod(fd, FILE_MODE)
        self.fh = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def _add(self, r: FileResult) -> None:
        self.fh.write(r.record)

    def _commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        os.replace(self.tmp, self.final)

    def abort(self) -> None:
        try:
            self.fh.close()
            os.unlink(self.tmp)
        except OSError:
            pass


class _FolderOutput(_Output):
    """A folder of one file per document, named from its id."""

    def __init__(self, final: Path, suffix: str):
        super().__init__(final)
        self.suffix = suffix
        self.used: set[str] = set()
        final.parent.mkdir(parents=True, exist_ok=True)
        self.tmp = Path(tempfile.mkdtemp(prefix=f".{final.name}.", suffix=".tmp", dir=final.parent))
        os.chmod(self.tmp, DIR_MODE)

    def _add(self, r: FileResult) -> None:
        info = r.record_info
        name = safe_name(info.id if info.id is not None else f"offset-{info.offset}", self.used)
        path = self.tmp / (name + self.suffix)
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(r.record)

    def _commit(self) -> None:
        # A folder cannot replace a folder that holds files: the old one is
        # moved aside first (a temporary name the next run sweeps) and
        # removed once the new one is in place.
        old = None
        if os.path.lexists(self.final):
            old = tempfile.mkdtemp(prefix=f".{self.final.name}.", suffix=".tmp", dir=self.final.parent)
            os.replace(self.final, os.path.join(old, "previous"))
        os.replace(self.tmp, self.final)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def abort(self) -> None:
        shutil.rmtree(self.tmp, ignore_errors=True)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_name(record_id: str, used: set[str]) -> str:
    """A file name made from a record's id: ``<urn:uuid:...>`` gives the
    uuid; characters other than letters, digits, ``.``, ``_`` and ``-``
    become ``_``; a long id is cut and a hash of it added; a name already
    in ``used`` (compared without case) gets ``-2``, ``-3``, ..."""
    name = record_id.strip().strip("<>")
    if name.lower().startswith("urn:uuid:"):
        name = name[len("urn:uuid:") :]
    safe = _UNSAFE.sub("_", name).strip("._-") or "record"
    if len(safe) > NAME_MAX:
        digest = sha1(record_id.encode("utf-8", "surrogatepass")).hexdigest()[:16]
        safe = f"{safe[: NAME_MAX - 17]}-{digest}"
    candidate, k = safe, 2
    while candidate.lower() in used:
        candidate, k = f"{safe}-{k}", k + 1
    used.add(candidate.lower())
    return candidate


# ------------------------------------------------------------------ worker side


def clean_chunk(chunk: RecordChunk, spec: ConfigSpec, fmt: Format, write: bool, timeout: float | None) -> tuple[FileResult, ...]:
    """Clean a chunk's documents (the unit of work of a worker): with
    ``write``, each result carries its output text in ``record``, else its
    Article."""
    cfg = _config(spec)
    return tuple(_clean_record(rec, chunk, cfg, fmt, write, timeout) for rec in chunk.records)


def _clean_record(rec: Record, chunk: RecordChunk, cfg: Config, fmt: Format, write: bool, timeout: float | None) -> FileResult:
    try:
        text = record_text(rec)
        with _Budget(timeout):
            article = clean_record(text, rec.html, rec.info.url, cfg)
    except (InputError, _OverBudget) as exc:
        return FileResult(chunk.source, chunk.rel, Status.FAILED, str(exc), record_info=rec.info)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
        logger.exception("unexpected error on record %s of %s", rec.info.id, chunk.source)
        return FileResult(chunk.source, chunk.rel, Status.FAILED, f"internal error: {type(exc).__name__}: {exc}", record_info=rec.info)
    labels = dict(Counter(b.label.value for b in article.blocks))
    if write:
        text_out = render_record(article, fmt, chunk.rel, rec.info)
        return FileResult(chunk.source, chunk.rel, Status.CLEANED, None, rec.size, labels, record=text_out, record_info=rec.info)
    return FileResult(chunk.source, chunk.rel, Status.CLEANED, None, rec.size, labels, article=article, record_info=rec.info)


def clean_record(text: str, html: bool, url: str | None, config: Config) -> Article:
    """Clean one record's text, or its HTML with :func:`newsclean.clean_html`,
    giving the record's URL to whichever takes one."""
    if html:
        return clean_html(text, url=url, config=config)
    return core.clean(text, url=url, config=config)


def render_record(article: Article, fmt: Format, rel: str, info: RecordInfo) -> str:
    """The text written for a record's article: its body (txt), or the
    record's id, URL, date and offset with the whole Article (json: one
    file; jsonl: one line, with the corpus file's path first)."""
    if fmt is Format.TXT:
        return article.body + ("\n" if article.body else "")
    doc: dict[str, Any] = {"path": display_path(rel)} if fmt is Format.JSONL else {}
    doc.update(info.to_dict())
    for key, value in article.to_dict().items():
        doc.setdefault(key, value)  # the record's id and url stand should the Article gain such keys
    if fmt is Format.JSON:
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    return json.dumps(doc, ensure_ascii=False) + "\n"
