"""Clean many files: all cores, bounded memory, safe to kill, resumable.

:func:`clean_files` walks the inputs lazily, cleans them in worker
processes and yields one :class:`FileResult` per input, in input order.
With an output directory it writes one output per input, mirroring the
input tree (``txt``: the body; ``json``: the whole Article), or one
``articles.jsonl`` for the run.  A corpus file (WET, WARC, JSONL) gives a
result per record and an output of its own (:mod:`newsclean.corpus`).
Guarantees:

* nothing is ever written into an input tree, and an output directory
  inside an input tree (or the reverse) is refused;
* every output appears whole or not at all (temporary file, then rename),
  so a run killed at any moment -- even by SIGKILL -- leaves only complete
  outputs; ``articles.jsonl`` is written as ``articles.jsonl.partial``,
  always a prefix of the final file, and renamed when the run completes;
* a rerun skips the inputs whose output is complete and newer than the
  input (``force=True`` redoes all), so it ends with the same bytes as an
  uninterrupted run;
* a file that cannot be read or decoded, or is too large, is reported with
  its reason and the run goes on;
* memory stays bounded: the file list is streamed and at most a few tasks
  per worker are in flight.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import stat
import sys
import threading
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import asdict, dataclass, field, replace
from fnmatch import fnmatch
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .config import Config
from .formats import clean_as
from .fromhtml import decode_html
from .labels import DEFAULT_PATTERNS, HTML_SUFFIXES, Favor, InputFormat, TextEnum, format_of
from .model import Article
from .records import (
    ALL_PATTERNS,
    PATTERNS,
    CorpusFormat,
    RecordCounts,
    RecordFields,
    RecordInfo,
    parse_input_format,
)
from .textio import InputError, decode, read_bytes, write_atomic
from .version import __version__

if TYPE_CHECKING:
    from .corpus import CorpusOutputs, CorpusReading

logger = logging.getLogger(__name__)

#: Files larger than this are skipped with a reason (bytes).
DEFAULT_MAX_BYTES = 64 * 1024 * 1024
#: Seconds one document may take before it is reported and skipped.
DEFAULT_TIMEOUT = 60.0
#: Tasks in flight per worker process.
IN_FLIGHT_PER_JOB = 4
JSONL_NAME = "articles.jsonl"
ERRORS_NAME = "errors.jsonl"
MANIFEST_NAME = ".newsclean-run"
STDIN = "-"


class Format(TextEnum):
    """What is written per input: the body, the whole Article, or one record
    per input in a single ``articles.jsonl``."""

    TXT = "txt"
    JSON = "json"
    JSONL = "jsonl"


class Status(TextEnum):
    CLEANED = "cleaned"
    SKIPPED = "skipped"
    FAILED = "failed"


@dataclass(frozen=True)
class ConfigSpec:
    """What a worker needs to build its Config (a Config holds compiled
    patterns and a memo, so workers rebuild it instead of receiving it)."""

    favor: str = Favor.BALANCED.value
    language: str | None = None
    rules_files: tuple[str, ...] = ()
    input_format: str = InputFormat.AUTO.value

    @classmethod
    def of(cls, config: Config | None, input_format: InputFormat | CorpusFormat | str = InputFormat.AUTO) -> ConfigSpec:
        fmt = parse_input_format(input_format).value
        if config is None:
            return cls(input_format=fmt)
        if config.extra_rules is not None:
            raise ValueError("clean_files() takes rules from files only (Config.rules_files), not extra_rules")
        return cls(config.favor.value, config.language, tuple(str(p) for p in config.rules_files), fmt)

    def format_of(self, source: str) -> InputFormat:
        """How an input is read: as text, HTML or Markdown."""
        fmt = parse_input_format(self.input_format)
        return format_of(fmt if isinstance(fmt, InputFormat) else InputFormat.AUTO, source)

    def build(self) -> Config:
        return Config(favor=Favor(self.favor), language=self.language, rules_files=self.rules_files)


@dataclass(frozen=True)
class Job:
    """One input: its path (or "-"), its output name relative to OUTDIR and,
    when the user gave it, the page's address."""

    source: str
    rel: str
    url: str | None = None


@dataclass(frozen=True)
class FileResult:
    """What happened to one input document: a file, or a record of a corpus
    file (``record_info`` says which record).  ``record`` is the line of
    ``articles.jsonl`` (or a record's output text) when the runner writes it.
    A corpus file ends with a result of its own whose ``records`` counts its
    records (:class:`newsclean.records.RecordCounts`); it fails when the file
    cannot be read or its output written, and is skipped as a whole when its
    output is up to date."""

    source: str
    rel: str
    status: Status
    reason: str | None = None
    size: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    article: Article | None = None
    record: str | None = None
    record_info: RecordInfo | None = None
    records: RecordCounts | None = None


@dataclass(frozen=True)
class Ready:
    """A task whose results are known in the runner (a broken record, a
    corpus file's end or skip): mappers pass it on in its place, unrun."""

    results: tuple[FileResult, ...]


#: A unit of work for :func:`perform`: an input document, a chunk of a corpus
#: file's records (:class:`newsclean.corpus.RecordChunk`), or results known.
Task = Any


# ------------------------------------------------------------------ inputs


def iter_jobs(
    inputs: Iterable[str | Path], pattern: str | tuple[str, ...] = "*.txt", *, follow_symlinks: bool = False
) -> Iterator[Job]:
    """Jobs for files, directories (searched recursively, sorted) and "-".

    Inside directories only files whose name matches ``pattern`` (a glob,
    several separated by commas, or a tuple of globs) are taken.

    Directories reached through a symbolic link are only entered with
    ``follow_symlinks``, and then each real directory once (no loops).
    """
    inputs = [str(x) for x in inputs]
    patterns = tuple(p.strip() for p in pattern.split(",") if p.strip()) if isinstance(pattern, str) else pattern
    dirs = [x for x in inputs if x != STDIN and Path(x).is_dir()]
    prefixes = _dir_prefixes(dirs)
    for raw in inputs:
        if raw == STDIN:
            yield Job(STDIN, "stdin.txt")
            continue
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p, prefixes[raw], patterns, follow_symlinks)
        else:
            yield Job(str(p), p.name)


def _dir_prefixes(dirs: list[str]) -> dict[str, str]:
    """Output sub-folder per input directory: none for a single one, its
    name (made unique) when there are several."""
    if len(dirs) <= 1:
        return {d: "" for d in dirs}
    out: dict[str, str] = {}
    used: set[str] = set()
    for d in dirs:
        name = Path(d).resolve().name or "input"
        candidate, k = name, 2
        while candidate in used:
            candidate, k = f"{name}_{k}", k + 1
        used.add(candidate)
        out[d] = candidate + "/"
    return out


def _walk(root: Path, prefix: str, patterns: tuple[str, ...], follow: bool) -> Iterator[Job]:
    seen: set[tuple[int, int]] = set()

    def visit(d: Path, rel: str) -> Iterator[Job]:
        try:
            st = d.stat()
        except OSError as exc:
            logger.warning("cannot enter %s: %s", d, exc.strerror or exc)
            return
        if (st.st_dev, st.st_ino) in seen:
            logger.warning("skipped %s: directory already visited (symbolic link loop)", d)
            return
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError as exc:
            logger.warning("cannot list %s: %s", d, exc.strerror or exc)
            return
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=follow)
                if is_dir:
                    if entry.is_symlink() and not follow:
                        continue
                    yield from visit(Path(entry.path), f"{rel}{entry.name}/")
                elif any(fnmatch(entry.name, p) for p in patterns) and (entry.is_file() or entry.is_symlink()):
                    yield Job(entry.path, f"{prefix}{rel}{entry.name}")
            except OSError as exc:
                logger.warning("skipped %s: %s", entry.path, exc.strerror or exc)

    yield from visit(root, "")


def check_output_dir(inputs: Iterable[str | Path], output_dir: str | Path) -> None:
    """Refuse an output directory inside an input directory, or the reverse."""
    out = Path(output_dir).resolve()
    for raw in inputs:
        if str(raw) == STDIN:
            continue
        p = Path(raw).resolve()
        root = p if p.is_dir() else p.parent
        if p.is_dir() and (out == root or root in out.parents):
            raise ValueError(f"output directory {out} is inside the input tree {root}; choose another")
        if p.is_dir() and out in root.parents:
            raise ValueError(f"input directory {root} is inside the output directory {out}; choose another")


# ------------------------------------------------------------------ workers

_CONFIG: Config | None = None
_SPEC: ConfigSpec | None = None


def _config(spec: ConfigSpec) -> Config:
    """The worker's Config, built once per process."""
    global _CONFIG, _SPEC
    if _CONFIG is None or _SPEC != spec:
        _CONFIG, _SPEC = spec.build(), spec
    return _CONFIG


def display_path(path: str) -> str:
    """A path as text that can always be written: bytes of a file name that
    are not UTF-8 (kept by Python as lone surrogates) become escapes."""
    return path.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def output_path(output_dir: Path, rel: str, fmt: Format) -> Path:
    """Where an input's output goes: its relative path with the format's
    suffix ("a/page.txt" → "a/page.json"); an HTML page keeps its own
    ("page.html" → "page.html.txt"), so a page and its text dump side by
    side never write the same output."""
    if rel.lower().endswith(HTML_SUFFIXES):
        return output_dir / f"{rel}.{fmt.value}"
    return output_dir / Path(rel).with_suffix(f".{fmt.value}")


def render(article: Article, fmt: Format, rel: str = "") -> str:
    """The text written for an article in a format."""
    if fmt is Format.TXT:
        return article.body + ("\n" if article.body else "")
    if fmt is Format.JSON:
        return article.to_json(indent=1) + "\n"
    doc = {"path": display_path(rel), **article.to_dict()}
    return json.dumps(doc, ensure_ascii=False) + "\n"


class _Budget:
    """A per-document time budget: SIGALRM interrupts a document that runs
    too long.  Only possible in the main thread of a process (as in worker
    processes); elsewhere documents run without a budget."""

    def __init__(self, seconds: float | None):
        self.seconds = seconds if seconds and threading.current_thread() is threading.main_thread() else None

    def __enter__(self) -> _Budget:
        if self.seconds:
            self._old = signal.signal(signal.SIGALRM, self._expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc: Any) -> None:
        if self.seconds:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self._old)

    def _expire(self, signum: int, frame: Any) -> None:
        raise _OverBudget(f"took longer than the time budget of {self.seconds:g} s")


class _OverBudget(Exception):
    pass


def process(
    job: Job,
    spec: ConfigSpec,
    output_dir: str | None,
    fmt: Format,
    force: bool,
    max_bytes: int,
    stdin_text: str | None = None,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> FileResult:
    """Clean one input and write its output (the unit of work of a worker)."""
    out = output_path(Path(output_dir), job.rel, fmt) if output_dir and fmt is not Format.JSONL else None
    kind = spec.format_of(job.source)
    try:
        if job.source == STDIN:
            if not stdin_text:
                raise InputError("empty input on stdin")
            text = stdin_text
            size = len(text.encode("utf-8", "surrogatepass"))
        else:
            try:
                st = os.stat(job.source)
            except FileNotFoundError:
                raise InputError("file not found (vanished?)") from None
            except PermissionError:
                raise InputError("permission denied") from None
            if not stat.S_ISREG(st.st_mode):
                raise InputError("not a regular file (a device, pipe or socket)")
            if out is not None and not force:
                try:
                    if out.stat().st_mtime >= st.st_mtime:
                        return FileResult(job.source, job.rel, Status.SKIPPED, "output up to date", st.st_size)
                except OSError:
                    pass
            if st.st_size > max_bytes:
                raise InputError(f"too large: {st.st_size} bytes > limit {max_bytes}")
            size = st.st_size
            text = _read(job.source, html=kind is InputFormat.HTML)
        with _Budget(timeout):
            article = clean_as(kind, text, url=job.url, config=_config(spec))
        labels = Counter(b.label.value for b in article.blocks)
        if out is not None:
            if job.source != STDIN and out.resolve() == Path(job.source).resolve():
                raise InputError("output would overwrite the input")
            write_atomic(out, render(article, fmt))
            return FileResult(job.source, job.rel, Status.CLEANED, None, size, dict(labels))
        if fmt is Format.JSONL and output_dir:
            return FileResult(job.source, job.rel, Status.CLEANED, None, size, dict(labels), record=render(article, fmt, job.rel))
        return FileResult(job.source, job.rel, Status.CLEANED, None, size, dict(labels), article=article)
    except (InputError, _OverBudget) as exc:
        return FileResult(job.source, job.rel, Status.FAILED, str(exc))
    except OSError as exc:
        return FileResult(job.source, job.rel, Status.FAILED, f"cannot write output: {exc.strerror or exc}")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a run
        logger.exception("unexpected error on %s", job.source)
        return FileResult(job.source, job.rel, Status.FAILED, f"internal error: {type(exc).__name__}: {exc}")


def _read(path: str, html: bool = False) -> str:
    data = read_bytes(path)
    return decode_html(data) if html else decode(data)


# ------------------------------------------------------------------ runner


def perform(task: Task, *args: Any) -> tuple[FileResult, ...]:
    """The results of one task (the unit of work of a worker); ``args`` are
    those of :func:`process`."""
    if isinstance(task, Job):
        return (process(task, *args),)
    if isinstance(task, Ready):
        return task.results
    from .corpus import clean_chunk

    spec, output_dir, fmt, _force, _max_bytes, _stdin_text, timeout = args
    return clean_chunk(task, spec, fmt, output_dir is not None, timeout)


#: Runs :func:`perform` over tasks and yields each task's results, in task
#: order; a :class:`Ready` task is passed on without being sent anywhere.
Mapper = Callable[[Iterator[Task], tuple], Iterator[tuple[FileResult, ...]]]


def local_mapper(jobs: int | None) -> Mapper:
    """Worker processes on this machine (none for ``jobs=1``), with a
    bounded window of tasks in flight."""
    n_jobs = jobs or os.cpu_count() or 1

    def run(tasks: Iterator[Task], args: tuple) -> Iterator[tuple[FileResult, ...]]:
        if n_jobs <= 1:
            for task in tasks:
                yield perform(task, *args)
            return
        window: deque[Future[tuple[FileResult, ...]]] = deque()
        with ProcessPoolExecutor(max_workers=n_jobs) as pool:
            for task in tasks:
                window.append(_done(task.results) if isinstance(task, Ready) else pool.submit(perform, task, *args))
                if len(window) >= n_jobs * IN_FLIGHT_PER_JOB:
                    yield window.popleft().result()
            while window:
                yield window.popleft().result()

    return run


def _done(results: tuple[FileResult, ...]) -> Future[tuple[FileResult, ...]]:
    future: Future[tuple[FileResult, ...]] = Future()
    future.set_result(results)
    return future


def clean_files(
    inputs: Iterable[str | Path],
    *,
    output_dir: str | Path | None = None,
    fmt: Format | str = Format.TXT,
    config: Config | None = None,
    jobs: int | None = None,
    force: bool = False,
    pattern: str | tuple[str, ...] | None = None,
    follow_symlinks: bool = False,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float | None = DEFAULT_TIMEOUT,
    mapper: Mapper | None = None,
    input_format: InputFormat | CorpusFormat | str = InputFormat.AUTO,
    fields: RecordFields | None = None,
    url: str | None = None,
) -> Iterator[FileResult]:
    """Clean files and directories; yield a :class:`FileResult` per input, in order.

    Without ``output_dir`` each result carries its ``article``.  With it,
    outputs are written as described in the module docstring and results
    carry counts only.  A file over ``max_bytes`` or a document that takes
    more than ``timeout`` seconds is reported and skipped.  ``input_format``
    says which inputs are HTML (cleaned by :func:`newsclean.clean_html`)
    and which Markdown (:func:`newsclean.clean_markdown`): by default files
    ending in ``.html``/``.htm`` and ``.md``/``.markdown``; and which are corpus
    files (:class:`newsclean.records.CorpusFormat`: WET, WARC, JSONL), by
    default by their name (``.warc.wet.gz``, ``.warc.gz``, ``.jsonl.gz``,
    ...), whose records are documents with results of their own (``fields``
    names the keys of JSONL records; ``max_bytes`` bounds a record).
    ``pattern`` defaults to the files of that format (``*.txt``, ``*.html``,
    ``*.htm`` and the corpus files).  ``jobs`` defaults to the number of
    cores; 1 runs in this process; ``mapper`` runs the work elsewhere (see
    :func:`newsclean.distributed.dask_mapper`).  Raises ``ValueError`` for an
    output directory inside an input tree (or the reverse), or a corpus
    format for stdin, before anything is written.  ``url`` is the page's
    address when ``inputs`` is one document (a file or stdin; a corpus
    file's records carry their own): ``ValueError`` otherwise.
    """
    from .corpus import CorpusOutputs, CorpusReading

    fmt = Format(fmt)
    in_format = parse_input_format(input_format)
    fields = fields or RecordFields()
    reading = CorpusReading(in_format, fields, max_bytes)
    spec = ConfigSpec.of(config, in_format)
    if pattern is None:
        pattern = default_patterns(in_format)
    inputs = [str(x) for x in inputs]
    if STDIN in inputs and isinstance(in_format, CorpusFormat):
        raise ValueError(f"{in_format.value} input is read from files, not from stdin")
    out_dir = Path(output_dir) if output_dir is not None else None
    if out_dir is not None:
        check_output_dir(inputs, out_dir)
        out_dir.mkdir(parents=True, exist_ok=True)
        force = _check_manifest(out_dir, spec, fmt, fields) or force
        _sweep_temporaries(out_dir)
    if url is not None:
        _check_one_document(inputs, reading)
    stdin_text = _stdin_text() if STDIN in inputs else None
    job_iter = iter_jobs(inputs, pattern, follow_symlinks=follow_symlinks)
    if url is not None:
        job_iter = (replace(job, url=url) for job in job_iter)
    run = mapper or local_mapper(jobs)
    outputs = CorpusOutputs(out_dir, fmt)
    try:
        if out_dir is not None and fmt is Format.JSONL:
            yield from _run_jsonl(job_iter, out_dir, spec, force, run, max_bytes, stdin_text, timeout, reading, outputs)
            return
        args = (spec, str(out_dir) if out_dir else None, fmt, force, max_bytes, stdin_text, timeout)
        for results in run(_tasks(job_iter, reading, out_dir, fmt, force), args):
            for r in results:
                yield outputs.take(r)
    finally:
        outputs.close()


def _check_one_document(inputs: list[str], reading: CorpusReading) -> None:
    """A URL names one page: the inputs must be one file or stdin, not a
    directory nor a corpus file of many pages."""
    if len(inputs) != 1 or (inputs[0] != STDIN and Path(inputs[0]).is_dir()):
        raise ValueError("a URL names one page: give one file (or - for stdin) with it")
    if inputs[0] != STDIN and reading.format_of(Job(inputs[0], Path(inputs[0]).name)) is not None:
        raise ValueError("a corpus file's records carry their own URLs: give no URL with it")


def default_patterns(input_format: InputFormat | CorpusFormat) -> tuple[str, ...]:
    """The files searched for in directories when no pattern is given."""
    if isinstance(input_format, CorpusFormat):
        return PATTERNS[input_format]
    patterns = DEFAULT_PATTERNS[input_format]
    return patterns + ALL_PATTERNS if input_format is InputFormat.AUTO else patterns


def _tasks(job_iter: Iterator[Job], reading: CorpusReading, out_dir: Path | None, fmt: Format, force: bool) -> Iterator[Task]:
    """The jobs, each corpus file among them spread into its tasks."""
    from .corpus import corpus_tasks

    for job in job_iter:
        cformat = reading.format_of(job)
        if cformat is None:
            yield job
        else:
            yield from corpus_tasks(job, cformat, reading, out_dir, fmt, force)


def _stdin_text() -> str:
    try:
        return decode(sys.stdin.buffer.read())
    except InputError as exc:
        logger.warning("stdin: %s", exc)
        return ""


def _run_jsonl(
    job_iter: Iterator[Job],
    out_dir: Path,
    spec: ConfigSpec,
    force: bool,
    run: Mapper,
    max_bytes: int,
    stdin_text: str | None,
    timeout: float | None,
    reading: CorpusReading,
    outputs: CorpusOutputs,
) -> Iterator[FileResult]:
    """One ``articles.jsonl`` for the run's single documents, records in
    input order (a corpus file has an output of its own).

    Records go to ``articles.jsonl.partial``, which is always a prefix of
    the final file (a record per line, flushed as it comes); a rerun keeps
    its complete lines, skips their inputs and appends the rest; the file is
    renamed when the run completes.  A run of corpus files only makes none.
    """
    from .corpus import corpus_tasks

    final = out_dir / JSONL_NAME
    partial = out_dir / (JSONL_NAME + ".partial")
    done: set[str] = set()
    fresh = False  # articles.jsonl is newer than every single document
    if force:
        partial.unlink(missing_ok=True)
    elif partial.exists():
        done = _complete_records(partial)
    elif final.exists():
        final_mtime = final.stat().st_mtime
        jobs_list = list(job_iter)
        fresh = all(
            j.source != STDIN and _mtime(j.source) <= final_mtime for j in jobs_list if reading.format_of(j) is None
        )
        job_iter = iter(jobs_list)
    skipped: list[Job] = []
    seen = {"single": 0, "corpus": 0}

    def todo() -> Iterator[Task]:
        for j in job_iter:
            cformat = reading.format_of(j)
            seen["single" if cformat is None else "corpus"] += 1
            if cformat is not None:
                yield from corpus_tasks(j, cformat, reading, out_dir, Format.JSONL, force)
            elif fresh:
                yield Ready((FileResult(j.source, j.rel, Status.SKIPPED, "output up to date"),))
            elif display_path(j.rel) in done:
                skipped.append(j)
            else:
                yield j

    fh = None
    try:
        for results in run(todo(), (spec, str(out_dir), Format.JSONL, True, max_bytes, stdin_text, timeout)):
            for result in results:
                if result.record is not None and result.record_info is None:
                    if fh is None:
                        fh = open(partial, "a", encoding="utf-8", newline="\n")
                    fh.write(result.record)
                    fh.flush()
                yield outputs.take(result)
        if not fresh and (seen["single"] or not seen["corpus"]):
            if fh is None:
                fh = open(partial, "a", encoding="utf-8", newline="\n")
            fh.flush()
            os.fsync(fh.fileno())
            fh.close()
            fh = None
            os.replace(partial, final)
    finally:
        if fh is not None:
            fh.close()
    for j in skipped:
        yield FileResult(j.source, j.rel, Status.SKIPPED, "already in articles.jsonl.partial")


def _mtime(path: str) -> float:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return float("inf")


def _complete_records(partial: Path) -> set[str]:
    """Paths of the complete records in a partial jsonl; a torn last line
    (a run killed mid-write) is cut off."""
    done: set[str] = set()
    good = 0
    with open(partial, "rb") as fh:
        for line in fh:
            if not line.endswith(b"\n"):
                break
            try:
                done.add(json.loads(line)["path"])
            except (ValueError, KeyError):
                break
            good += len(line)
    with open(partial, "r+b") as fh:
        fh.truncate(good)
    return done


def _check_manifest(out_dir: Path, spec: ConfigSpec, fmt: Format, fields: RecordFields | None = None) -> bool:
    """Record how this output directory is made; True when an earlier run
    made it differently (its outputs are then redone, not resumed)."""
    path = out_dir / MANIFEST_NAME
    now = {"newsclean": __version__, "format": fmt.value, "favor": spec.favor, "language": spec.language,
           "rules_files": list(spec.rules_files), "input_format": spec.input_format}
    if fields is not None and fields != RecordFields():
        now["record_fields"] = asdict(fields)
    try:
        before = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        before = None
    changed = before is not None and before != now
    if changed:
        logger.warning("%s was made with other settings (%s); redoing every output", out_dir, before)
    if before != now:
        try:
            write_atomic(path, json.dumps(now, indent=1) + "\n")
        except OSError as exc:  # the outputs will say it too, one by one
            logger.warning("cannot write %s: %s", path, exc.strerror or exc)
    return changed


def _sweep_temporaries(out_dir: Path) -> None:
    """Remove temporary files and folders left by a run that was killed."""
    for p in list(out_dir.rglob(".*.tmp")):
        try:
            if p.is_dir() and not p.is_symlink():
                shutil.rmtree(p)
            else:
                p.unlink()
        except OSError:
            pass


# ------------------------------------------------------------------ reports


@dataclass
class Summary:
    """Totals of a run, for the final report: documents (files, and records
    of corpus files) cleaned, skipped and failed, their bytes and labels;
    corpus files, their documents, and their records that are no document."""

    cleaned: int = 0
    skipped: int = 0
    failed: int = 0
    bytes: int = 0
    labels: Counter[str] = field(default_factory=Counter)
    corpus_files: int = 0
    records: int = 0
    other_records: Counter[str] = field(default_factory=Counter)

    def add(self, r: FileResult) -> None:
        if r.records is not None:  # a corpus file's end: its documents were counted one by one
            self.corpus_files += 1
            self.other_records.update(r.records.skipped)
            self.failed += r.status is Status.FAILED
            return
        self.records += r.record_info is not None
        if r.status is Status.CLEANED:
            self.cleaned += 1
            self.bytes += r.size
            self.labels.update(r.labels)
        elif r.status is Status.SKIPPED:
            self.skipped += 1
        else:
            self.failed += 1

    @property
    def files(self) -> int:
        return self.cleaned + self.skipped + self.failed


class ErrorReport:
    """``errors.jsonl``: one record per failed input, written as they come
    (to a partial file, renamed when the run ends)."""

    def __init__(self, out_dir: Path | None):
        self.out_dir = out_dir
        self._fh: Any = None

    def add(self, r: FileResult) -> None:
        if self.out_dir is None:
            return
        try:
            if self._fh is None:
                self._fh = open(self.out_dir / (ERRORS_NAME + ".partial"), "w", encoding="utf-8", newline="\n")
            entry: dict[str, Any] = {"path": display_path(r.source), "reason": r.reason}
            if r.record_info is not None:
                entry.update(r.record_info.to_dict())
            self._fh.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._fh.flush()
        except OSError as exc:  # a full disk must not stop the run; stderr has the failure too
            logger.warning("cannot write %s: %s", ERRORS_NAME, exc.strerror or exc)

    def close(self) -> None:
        if self.out_dir is None:
            return
        final = self.out_dir / ERRORS_NAME
        try:
            if self._fh is None:
                final.unlink(missing_ok=True)
                return
            self._fh.close()
            os.replace(self.out_dir / (ERRORS_NAME + ".partial"), final)
        except OSError as exc:
            logger.warning("cannot write %s: %s", ERRORS_NAME, exc.strerror or exc)
