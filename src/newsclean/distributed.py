"""newsclean on a Dask cluster (the optional extra ``newsclean[dask]``).

Two ways in:

* :func:`clean_bag` maps :func:`newsclean.clean` over a ``dask.bag`` of
  texts and gives a bag of ``Article.to_dict()`` records -- for pipelines
  that already hold their documents in Dask;
* :func:`dask_mapper` runs the batch job of :func:`newsclean.clean_files`
  (and ``newsclean clean --dask ADDRESS``) on a cluster: the file list is
  still walked here and streamed in bounded batches, each worker runs the
  same :func:`newsclean.batch.process` as a local worker, so the outputs are
  byte for byte those of a local run.  Workers read and write the paths
  themselves: they need the same file system (a shared disk) and
  newsclean installed.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from .batch import ConfigSpec, FileResult, Job, Mapper, clean_files, process
from .config import Config

#: Jobs submitted to the cluster at a time.
BATCH = 256


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

    def run(job_iter: Iterator[Job], args: tuple) -> Iterator[FileResult]:
        while True:
            batch = list(islice(job_iter, BATCH))
            if not batch:
                return
            futures = client.map(process, batch, *[[a] * len(batch) for a in args], pure=False)
            yield from client.gather(futures)

    return run


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


def _clean_record(text: str, spec: ConfigSpec) -> dict[str, Any]:
    from .batch import _config
    from .core import clean

    return clean(text, config=_config(spec)).to_dict()


def clean_bag(bag: Any, config: Config | None = None) -> Any:
    """Map cleaning over a ``dask.bag.Bag`` of texts: a bag of Article records.

    >>> import dask.bag as db                                   # doctest: +SKIP
    >>> records = clean_bag(db.from_sequence(texts, npartitions=8)).compute()  # doctest: +SKIP
    """
    return bag.map(_clean_record, ConfigSpec.of(config))
