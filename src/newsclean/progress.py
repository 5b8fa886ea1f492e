"""Progress of a batch run on stderr: a live bar on a terminal, a plain line
every PLAIN_PERIOD seconds otherwise, nothing with ``quiet``."""

from __future__ import annotations

import sys
import time
from typing import Any

from .batch import FileResult, Summary
from .labels import Label

#: Seconds between two progress lines when stderr is not a terminal.
PLAIN_PERIOD = 10.0


class Progress:
    def __init__(self, *, quiet: bool = False, stream: Any = None):
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.live = not quiet and self.stream.isatty()
        self.start = time.monotonic()
        self.last = self.start
        self.summary = Summary()
        self._bar: Any = None
        self._task: Any = None

    def __enter__(self) -> Progress:
        if self.live:
            from rich.console import Console
            from rich.progress import Progress as Bar
            from rich.progress import SpinnerColumn, TextColumn, TimeElapsedColumn

            self._bar = Bar(
                SpinnerColumn(),
                TextColumn("{task.fields[line]}"),
                TimeElapsedColumn(),
                console=Console(file=self.stream),
                transient=True,
            )
            self._bar.__enter__()
            self._task = self._bar.add_task("clean", total=None, line="starting")
        return self

    def __exit__(self, *exc: Any) -> None:
        if self._bar is not None:
            self._bar.__exit__(*exc)

    def update(self, r: FileResult) -> None:
        self.summary.add(r)
        if self.quiet:
            return
        now = time.monotonic()
        if self.live:
            self._bar.update(self._task, line=self._line(now))
        elif now - self.last >= PLAIN_PERIOD:
            self.last = now
            print(f"newsclean: {self._line(now)}", file=self.stream, flush=True)

    def _line(self, now: float) -> str:
        s = self.summary
        elapsed = max(now - self.start, 1e-9)
        unit, corpus = "files", ""
        if s.records or s.corpus_files:
            unit = "documents"
            corpus = (
                f", {s.records} of them records, {sum(s.other_records.values())} other records, "
                f"{s.corpus_files} corpus files done"
            )
        return (
            f"{s.files} {unit} ({s.cleaned} cleaned, {s.skipped} skipped, {s.failed} failed){corpus}, "
            f"{s.bytes / 1e6:.1f} MB, {s.cleaned / elapsed:.1f} {unit}/s, {s.bytes / 1e6 / elapsed:.2f} MB/s"
        )

    def report(self, summary: Summary) -> None:
        """The final summary: files, bytes, speed, and blocks per label."""
        elapsed = time.monotonic() - self.start
        per_label = ", ".join(f"{label.value} {summary.labels[label.value]}" for label in Label if summary.labels[label.value])
        print(
            f"newsclean: cleaned {summary.cleaned}, skipped {summary.skipped}, failed {summary.failed} "
            f"({summary.bytes / 1e6:.1f} MB in {elapsed:.1f} s); blocks: {per_label or 'none'}",
            file=self.stream,
        )
        if summary.corpus_files:
            other = ", ".join(f"{kind} {n}" for kind, n in sorted(summary.other_records.items()))
            print(
                f"newsclean: {summary.corpus_files} corpus files, {summary.records} documents among their records; "
                f"the other records: {other or 'none'}",
                file=self.stream,
            )
        if summary.failed:
            print("newsclean: the failures are listed above (and in OUTDIR/errors.jsonl)", file=self.stream)
