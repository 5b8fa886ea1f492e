"""Command line: a thin layer over the library.

    newsclean clean INPUT... [-o OUTDIR] [--format txt|json|jsonl] [--jobs N]
    newsclean explain FILE
    newsclean bench [--dataset DIR]... [--speed]

Exit status: 0 success, 2 usage error (bad option, bad rule file, missing
input, output inside the input tree), 3 when some inputs could not be
cleaned (each reported on stderr and in OUTDIR/errors.jsonl), 130 when
interrupted.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .config import Config
from .labels import Favor, InputFormat, Label, format_of
from .records import CorpusFormat, RecordFields
from .rules import RuleError
from .textio import InputError, decode, read_bytes
from .version import __version__

EXIT_OK, EXIT_USAGE, EXIT_SOME_FAILED, EXIT_INTERRUPTED = 0, 2, 3, 130


def _config_args(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--favor",
        choices=[f.value for f in Favor],
        default=Favor.BALANCED.value,
        help="which error to prefer when unsure (default: balanced)",
    )
    p.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="FILE",
        help="a TOML file of your own rules (format of data/rules/en.toml); repeatable",
    )
    p.add_argument("--language", metavar="CODE", help="ISO 639-1 code of the text (default: detect)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsclean",
        description="Clean the plain text of news pages: the article body, its metadata, "
        "and every other block labelled.",
    )
    parser.add_argument("--version", action="version", version=f"newsclean {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    pc = sub.add_parser(
        "clean",
        help="clean files or directories of scraped text",
        description="Clean files and directories into OUTDIR, mirroring the input tree. "
        "Reruns skip outputs that are complete and newer than their input; a killed run "
        "leaves only complete outputs. Failed inputs are listed in OUTDIR/errors.jsonl.",
    )
    pc.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories (searched recursively) or - for stdin")
    pc.add_argument("-o", "--output", metavar="OUTDIR", help="write one output per input here, mirroring the input tree")
    pc.add_argument(
        "--format",
        choices=["txt", "json", "jsonl"],
        default="txt",
        help="txt: the body; json: the whole Article; jsonl: one OUTDIR/articles.jsonl for the run",
    )
    pc.add_argument("--glob", default=None,
                    help="file patterns inside directories, comma-separated (default: *.txt,*.html,*.htm and "
                         "the corpus files below; with --input-format: the files of that format)")
    pc.add_argument("--input-format", choices=[f.value for f in (*InputFormat, *CorpusFormat)],
                    default=InputFormat.AUTO.value,
                    help="read inputs as text, HTML, Markdown, or corpus files of many documents (wet, warc, jsonl); "
                         "default auto: .html/.htm as HTML, .md/.markdown as Markdown, .warc.wet.gz/.wet as WET, "
                         ".warc.gz/.warc as WARC, "
                         ".jsonl/.jsonl.gz/.jsonl.zst as JSONL, the rest as text")
    pc.add_argument("--url", default=None, metavar="URL",
                    help="the page's address, for one input file (or -): its slug, date and host are evidence "
                         "for the headline, the date and the publisher")
    pc.add_argument("--text-field", default="text", metavar="KEY", help="JSONL: the key of the text (default: text)")
    pc.add_argument("--url-field", default="url", metavar="KEY", help="JSONL: the key of the URL (default: url)")
    pc.add_argument("--id-field", default="id", metavar="KEY",
                    help="JSONL: the key of the id (default: id; without it, the line number)")
    pc.add_argument("--html-field", default=None, metavar="KEY",
                    help="JSONL: a key holding the page's HTML, cleaned as HTML when present (default: none)")
    pc.add_argument("-j", "--jobs", type=int, default=None, help="worker processes (default: the number of cores)")
    pc.add_argument("--force", action="store_true", help="redo every output, even those up to date")
    pc.add_argument("--follow-symlinks", action="store_true", help="enter symbolically linked directories (each once)")
    pc.add_argument("--max-bytes", type=int, default=None,
                    help="skip files (records of a corpus file) larger than this (default: 64 MiB)")
    pc.add_argument(
        "--timeout", type=float, default=None, metavar="SECONDS",
        help="skip a document that takes longer than this (default: 60; 0 for no limit)",
    )
    pc.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://scheduler:8786); needs newsclean[dask]")
    pc.add_argument("-q", "--quiet", action="store_true", help="no progress and no summary on stderr")
    _config_args(pc)

    pb = sub.add_parser(
        "bench",
        help="body F1 and label accuracy on the hand-labelled seeds (and datasets), and speed",
        description="Score newsclean on the labelled seeds (./seeds) and on folders in the devdata layout.",
    )
    from .benchmark import add_arguments

    add_arguments(pb)

    pe = sub.add_parser("explain", help="show every block of a file with its label and the rule that decided it")
    pe.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    pe.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    pe.add_argument("--url", default=None, metavar="URL", help="the page's address (evidence for the metadata)")
    pe.add_argument("--full", action="store_true", help="show whole blocks instead of one line each")
    pe.add_argument("--only", metavar="LABELS", help="comma-separated labels to show, e.g. body,title")
    pe.add_argument("--headline", action="store_true",
                    help="show the headline's best candidates and the evidence that scored each (text input)")
    pe.add_argument("--input-format", choices=[f.value for f in InputFormat], default=InputFormat.AUTO.value,
                    help="read FILE as text, HTML or Markdown (default auto: .html/.htm as HTML, "
                         ".md/.markdown as Markdown)")
    _config_args(pe)
    return parser


def _make_config(args: argparse.Namespace) -> Config:
    return Config(favor=Favor(args.favor), rules_files=tuple(args.rules), language=args.language)


def _error(msg: str) -> None:
    print(f"newsclean: {msg}", file=sys.stderr)


def _read_stdin() -> str:
    return decode(sys.stdin.buffer.read())


def cmd_clean(args: argparse.Namespace) -> int:
    from .batch import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT, ErrorReport, Format, Status, clean_files, render
    from .corpus import render_record
    from .progress import Progress

    config = _make_config(args)
    for raw in args.inputs:
        if raw != "-" and not Path(raw).exists():
            _error(f"input not found: {raw}")
            return EXIT_USAGE
    fmt = Format(args.format)
    out_dir = Path(args.output) if args.output else None
    single = len(args.inputs) == 1 and (args.inputs[0] == "-" or Path(args.inputs[0]).is_file())
    if out_dir is None and not single:
        _error("several inputs or a directory need an output directory (-o OUTDIR)")
        return EXIT_USAGE
    # On stdout: a single document's Article as JSON; a corpus file's, one
    # JSON line per record.
    record_fmt = Format.TXT if fmt is Format.TXT else Format.JSONL
    if out_dir is None and fmt is Format.JSONL:
        fmt = Format.JSON
    if args.dask and out_dir is None:
        _error("--dask needs an output directory (-o OUTDIR)")
        return EXIT_USAGE
    kwargs = dict(
        output_dir=out_dir, fmt=fmt, config=config, jobs=args.jobs, force=args.force, pattern=args.glob,
        follow_symlinks=args.follow_symlinks, input_format=args.input_format, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES,
        timeout=DEFAULT_TIMEOUT if args.timeout is None else (args.timeout or None),
        fields=RecordFields(args.text_field, args.url_field, args.id_field, args.html_field),
        url=args.url,
    )
    try:
        if args.dask:
            from .distributed import clean_files_dask

            results = clean_files_dask(args.inputs, scheduler=args.dask, **kwargs)
        else:
            results = clean_files(args.inputs, **kwargs)
        errors = ErrorReport(out_dir)
        with Progress(quiet=args.quiet) as progress:
            for r in results:
                progress.update(r)
                if r.status is Status.FAILED:
                    errors.add(r)
                    _error(f"failed {_where(r)}: {r.reason}")
                elif out_dir is None and r.article is not None and r.record_info is not None:
                    sys.stdout.write(render_record(r.article, record_fmt, r.rel, r.record_info))
                elif out_dir is None and r.article is not None:
                    sys.stdout.write(render(r.article, fmt, r.rel))
        errors.close()
    except ValueError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except OSError as exc:
        _error(f"cannot go on: {exc.strerror or exc} ({exc.filename or 'output'})")
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        _error("interrupted; outputs written so far are complete, rerun to resume")
        return EXIT_INTERRUPTED
    if not args.quiet:
        progress.report(progress.summary)
    return EXIT_SOME_FAILED if progress.summary.failed else EXIT_OK


def _where(r) -> str:
    """An input document as a message names it: its path, and a record's
    id and offset."""
    from .batch import display_path

    where = display_path(r.source)
    info = r.record_info
    if info is None:
        return where
    at = f"line {info.line}" if info.line is not None else f"offset {info.offset}"
    return f"{where}, record {info.id} at {at}" if info.id else f"{where}, record at {at}"


def cmd_explain(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .explain import render
    from .formats import clean_as
    from .fromhtml import decode_html

    config = _make_config(args)
    kind = format_of(InputFormat(args.input_format), args.file)
    try:
        data = sys.stdin.buffer.read() if args.file == "-" else read_bytes(args.file)
        article = clean_as(kind, decode_html(data) if kind is InputFormat.HTML else decode(data), url=args.url, config=config)
    except InputError as exc:
        _error(f"cannot explain {args.file}: {exc}")
        return EXIT_USAGE
    only = None
    if args.only:
        try:
            only = {Label(x.strip()) for x in args.only.split(",") if x.strip()}
        except ValueError as exc:
            _error(f"--only: {exc}; labels are {', '.join(label.value for label in Label)}")
            return EXIT_USAGE
    force = {"always": True, "never": False}.get(args.color)
    console = Console(force_terminal=force, no_color=args.color == "never", soft_wrap=False)
    if args.headline:
        if kind is not InputFormat.TEXT:
            _error("--headline reads text input; for HTML or Markdown, explain the page's text")
            return EXIT_USAGE
        from .core import headline_candidates
        from .explain import render_headlines

        render_headlines(article, headline_candidates(decode(data), url=args.url, config=config), console)
        return EXIT_OK
    render(article, console, full=args.full, only=only)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return cmd_clean(args)
        if args.command == "bench":
            from .benchmark import run

            return run(args)
        return cmd_explain(args)
    except RuleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `newsclean explain f | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
