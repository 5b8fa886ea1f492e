"""Command line: a thin layer over the library.

    newsclean clean INPUT... [-o OUTDIR] [--format txt|json]
    newsclean explain FILE

Exit status: 0 success, 2 usage error (bad option, bad rule file, missing
input), 3 when some inputs could not be cleaned (each reported on stderr).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from . import __version__
from .config import Config
from .core import clean
from .labels import Favor, Label
from .rules import RuleError
from .textio import InputError, decode, read_text, write_atomic

EXIT_OK, EXIT_USAGE, EXIT_SOME_FAILED = 0, 2, 3


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

    pc = sub.add_parser("clean", help="clean files or directories of scraped text")
    pc.add_argument("inputs", nargs="+", metavar="INPUT", help="files, directories (searched recursively) or - for stdin")
    pc.add_argument("-o", "--output", metavar="OUTDIR", help="write one output per input here, mirroring the input tree")
    pc.add_argument("--format", choices=["txt", "json"], default="txt", help="body text or the whole Article as JSON")
    pc.add_argument("--glob", default="*.txt", help="file pattern inside directories (default: *.txt)")
    pc.add_argument("-q", "--quiet", action="store_true", help="no summary on stderr")
    _config_args(pc)

    pe = sub.add_parser("explain", help="show every block of a file with its label and the rule that decided it")
    pe.add_argument("file", metavar="FILE", help="a text file, or - for stdin")
    pe.add_argument("--color", choices=["auto", "always", "never"], default="auto")
    pe.add_argument("--full", action="store_true", help="show whole blocks instead of one line each")
    pe.add_argument("--only", metavar="LABELS", help="comma-separated labels to show, e.g. body,title")
    _config_args(pe)
    return parser


def _make_config(args: argparse.Namespace) -> Config:
    return Config(favor=Favor(args.favor), rules_files=tuple(args.rules), language=args.language)


def _error(msg: str) -> None:
    print(f"newsclean: {msg}", file=sys.stderr)


def _read_stdin() -> str:
    return decode(sys.stdin.buffer.read())


def _walk(inputs: Sequence[str], pattern: str) -> Iterator[tuple[Path, Path | None]]:
    """(file, root it was found under) for every input; stdin as ("-", None)."""
    for raw in inputs:
        if raw == "-":
            yield Path("-"), None
            continue
        p = Path(raw)
        if p.is_dir():
            for f in sorted(p.rglob(pattern)):
                if f.is_file():
                    yield f, p
        else:
            yield p, None


def _output_path(outdir: Path, path: Path, root: Path | None, fmt: str) -> Path:
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return outdir / rel.with_suffix(f".{fmt}")


def _render(article, fmt: str) -> str:
    if fmt == "json":
        return article.to_json(indent=1) + "\n"
    return article.body + ("\n" if article.body else "")


def cmd_clean(args: argparse.Namespace) -> int:
    config = _make_config(args)
    outdir = Path(args.output).resolve() if args.output else None
    for raw in args.inputs:
        if raw != "-" and not Path(raw).exists():
            _error(f"input not found: {raw}")
            return EXIT_USAGE
        if outdir is not None and raw != "-" and Path(raw).is_dir():
            root = Path(raw).resolve()
            if outdir == root or root in outdir.parents:
                _error(f"output directory {outdir} is inside the input tree {root}; choose another")
                return EXIT_USAGE
    files = list(_walk(args.inputs, args.glob))
    if outdir is None and len(files) != 1:
        _error("several inputs need an output directory (-o OUTDIR)")
        return EXIT_USAGE
    labels: Counter[Label] = Counter()
    done = failed = 0
    for path, root in files:
        try:
            text = _read_stdin() if str(path) == "-" else read_text(path)
        except InputError as exc:
            _error(f"skipped {path}: {exc}")
            failed += 1
            continue
        article = clean(text, config=config)
        labels.update(b.label for b in article.blocks)
        out = _render(article, args.format)
        if outdir is None:
            sys.stdout.write(out)
        else:
            target = _output_path(outdir, path if str(path) != "-" else Path("stdin.txt"), root, args.format)
            if str(path) != "-" and target.resolve() == path.resolve():
                _error(f"skipped {path}: output would overwrite the input")
                failed += 1
                continue
            try:
                write_atomic(target, out)
            except OSError as exc:
                _error(f"failed {path}: cannot write {target}: {exc.strerror or exc}")
                failed += 1
                continue
        done += 1
    if not args.quiet:
        per_label = ", ".join(f"{label.value} {labels[label]}" for label in Label if labels[label])
        print(f"newsclean: cleaned {done} file(s), failed {failed}; blocks: {per_label or 'none'}", file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from rich.console import Console

    from .explain import render

    config = _make_config(args)
    try:
        text = _read_stdin() if args.file == "-" else read_text(args.file)
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
    render(clean(text, config=config), console, full=args.full, only=only)
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "clean":
            return cmd_clean(args)
        return cmd_explain(args)
    except RuleError as exc:
        _error(str(exc))
        return EXIT_USAGE
    except BrokenPipeError:  # e.g. `newsclean explain f | head`
        return EXIT_OK


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
