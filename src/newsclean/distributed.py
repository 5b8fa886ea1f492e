"""newsclean on a Dask cluster (the optional extra ``newsclean[dask]``).

Two ways in:

* :func:`clean_bag` maps :func:`newsclean.clean` over a ``dask.bag`` of
  texts, or of records from :func:`records_bag` (a bag of the documents of
  many WET, WARC or JSONL files, one partition per file, read on the
  workers), and gives a bag of ``Article.to_dict()`` records -- for
  pipelines that already hold their documents in Dask;
* :func:`dask_mapper` runs the batch job of :func:`newsclean.clean_files`
  (and ``newsclean clean --dask ADDRESS``) on a cluster: the file list is
  still walked here and streamed in bounded batches, each worker runs the
  same :func:`newsclean.batch.perform` as a local worker, so the outputs are
  byte for byte those of a local run.  Workers read and write the paths
  themselves: they need the same file system (a shared disk) and
  newsclean installed.  The records of corpus files are read here and sent
  to the workers in chunks, as to local workers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from .batch import DEFAULT_MAX_BYTES, ConfigSpec, FileResult, Mapper, Ready, Task, clean_files, perform
from .config import Config
from .labels import InputFormat
from .records import (
    BrokenRecord,
    CorpusFormat,
    Record,
    RecordFields,
    corpus_format,
    parse_input_format,
    read_records,
)

#: Tasks submitted to the cluster at a time, at most, and bytes of records
#: in them, at most.
BATCH = 256
BATCH_BYTES = 64 * 1024 * 1024


def _client(scheduler: Any):
    try:
        from dask.distributed import Client
    except ImportError as exc:  # pragma: no cover - depends on the extra
        raise ImportError("the Dask path needs the extra: pip install 'newsclean[dask]'") from exc
    if isinstance(scheduler, Client):
        return scheduler, False
    return Client(scheduler), True


def dask_mapper(client: Any) -> Mapper:
    """A mapper for :func:`newsclean.clean_files` that runs on ``client``."""

    def run(tasks: Iterator[Task], args: tuple) -> Iterator[tuple[FileResult, ...]]:
        while True:
            batch = _batch(tasks)
            if not batch:
                return
            remote = [t for t in batch if not isinstance(t, Ready)]
            futures = client.map(perform, remote, *[[a] * len(remote) for a in args], pure=False)
            done = iter(client.gather(futures))
            for task in batch:
                yield task.results if isinstance(task, Ready) else next(done)

    return run


def _batch(tasks: Iterator[Task]) -> list[Task]:
    batch: list[Task] = []
    size = 0
    for task in tasks:
        batch.append(task)
        size += getattr(task, "size", 0)
        if len(batch) >= BATCH or size >= BATCH_BYTES:
            break
    return batch


def clean_files_dask(inputs: Any, *, scheduler: Any, **kwargs: Any) -> Iterator[FileResult]:
    """:func:`newsclean.clean_files` on a Dask cluster (an address such as
    ``tcp://scheduler:8786``, or a ``dask.distributed.Client``)."""
    kwargs.pop("jobs", None)
    client, owned = _client(scheduler)
    try:
        yield from clean_files(inputs, mapper=dask_mapper(client), **kwargs)
    finally:
        if owned:
            client.close()


def records_bag(
    paths: Iterable[str | Path],
    *,
    input_format: InputFormat | CorpusFormat | str = InputFormat.AUTO,
    fields: RecordFields | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Any:
    """A ``dask.bag`` of the documents of corpus files, one partition per
    file, read on the workers as the partition is consumed (a file is never
    held whole).  Each item is a dict: ``path``, ``id``, ``url``, ``date``,
    ``offset`` (``line`` in JSONL), and ``text`` or ``html``; a record that
    cannot be read gives ``error`` instead.  Files are read by their name
    (``.warc.wet.gz``, ``.warc.gz``, ``.jsonl.zst``, ...) or as
    ``input_format``.

    >>> bag = records_bag(["a.warc.wet.gz", "b.warc.wet.gz"])   # doctest: +SKIP
    >>> clean_bag(bag).map(json.dumps).to_textfiles("out/*.jsonl")  # doctest: +SKIP
    """
    import dask.bag as db

    paths = [str(p) for p in paths]
    in_format = parse_input_format(input_format)
    formats = [corpus_format(p, in_format) for p in paths]
    unknown = [p for p, f in zip(paths, formats) if f is None]
    if unknown:
        raise ValueError(f"not a corpus file (WET, WARC, JSONL) by its name: {unknown[0]}; give input_format")
    jobs = list(zip(paths, [f.value for f in formats]))
    return db.from_sequence(jobs, npartitions=max(len(jobs), 1)).map_partitions(
        _read_partition, fields or RecordFields(), max_bytes
    )


def _read_partition(jobs: Iterable[tuple[str, str]], fields: RecordFields, max_bytes: int) -> Iterator[dict[str, Any]]:
    from .records import record_text
    from .textio import InputError

    for path, fmt in jobs:
        try:
            for item in read_records(path, CorpusFormat(fmt), fields, max_bytes):
                if isinstance(item, Record):
                    doc: dict[str, Any] = {"path": path, **item.info.to_dict()}
                    try:
                        doc["html" if item.html else "text"] = record_text(item)
                    except InputError as exc:
                        doc["error"] = str(exc)
                    yield doc
                elif isinstance(item, BrokenRecord):
                    yield {"path": path, **item.info.to_dict(), "error": item.reason}
        except (InputError, OSError) as exc:
            yield {"path": path, "id": None, "error": str(exc)}


def _clean_record(item: str | dict[str, Any], spec: ConfigSpec) -> dict[str, Any]:
    from .batch import _config
    from .core import clean
    from .corpus import clean_record

    if isinstance(item, str):
        return clean(item, config=_config(spec)).to_dict()
    doc = {k: v for k, v in item.items() if k not in ("text", "html")}
    if "error" in item:
        return doc
    html = "html" in item
    try:
        article = clean_record(item["html"] if html else item["text"], html, item.get("url"), _config(spec))
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a bag
        return {**doc, "error": f"internal error: {type(exc).__name__}: {exc}"}
    for key, value in article.to_dict().items():
        doc.setdefault(key, value)
    return doc


def clean_bag(bag: Any, config: Config | None = None) -> Any:
    """Map cleaning over a ``dask.bag.Bag`` of texts, or of the records of
    :func:`records_bag`: a bag of Article records (a corpus record keeps its
    ``path``, ``id``, ``url``, ``date`` and ``offset``; one that could not be
    read, its ``error``).

    >>> import dask.bag as db                                   # doctest: +SKIP
    >>> records = clean_bag(db.from_sequence(texts, npartitions=8)).compute()  # doctest: +SKIP
    """
    return bag.map(_clean_record, ConfigSpec.of(config))
