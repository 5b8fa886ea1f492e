"""Reading scraped files whatever their encoding, writing outputs atomically."""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path
from typing import BinaryIO


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


#: Permissions of the files written (mkstemp makes them private).
FILE_MODE = 0o666 & ~_umask()
#: Permissions of the folders made (mkdtemp makes them private).
DIR_MODE = 0o777 & ~_umask()
#: Share of NUL or other control bytes above which a file is binary.
BINARY_CONTROL_SHARE = 0.01
#: Legacy charsets preferred when the detector finds them about as good as
#: its first guess, and what "about as good" means (charset-normalizer chaos).
WESTERN = ("cp1252", "latin_1", "iso8859_15")
CHAOS_MARGIN = 0.1
#: Bytes sniffed for binary content and for the charset.
SNIFF_BYTES = 64 * 1024
_CONTROL = bytes(range(0, 9)) + bytes(range(14, 32))


class InputError(Exception):
    """A file that cannot be cleaned; the message says why."""


def decode(data: bytes) -> str:
    """Text of ``data``: UTF-8 (BOM stripped) when valid, else the charset
    charset-normalizer detects.  Raises :class:`InputError` for binary data."""
    head = data[:SNIFF_BYTES]
    if b"\x00" in head and not head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        raise InputError("binary file (contains NUL bytes)")
    if head:
        controls = sum(head.count(bytes([c])) for c in _CONTROL)
        if controls / len(head) > BINARY_CONTROL_SHARE:
            raise InputError("binary file (too many control bytes)")
    if not data.strip():
        raise InputError("empty file (nothing to clean)")
    for bom, enc in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise InputError(f"invalid {enc} after its byte order mark: {exc.reason}") from None
            return text.lstrip("\ufeff")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise InputError("undecodable: not UTF-8 and no charset fits")
    best = matches[0]
    # On short texts the detector hesitates between single-byte code pages
    # that fit equally well; Windows-1252, the web's most common legacy
    # charset, wins when it fits about as well as the first guess.
    for m in matches:
        if m.encoding in WESTERN and m.chaos <= best.chaos + CHAOS_MARGIN:
            best = m
            break
    return str(best)


def read_text(path: str | Path) -> str:
    """Read and decode a file; :class:`InputError` says why it cannot be."""
    return decode(read_bytes(path))


def read_bytes(path: str | Path) -> bytes:
    """A file's bytes; :class:`InputError` says why they cannot be read."""
    with open_binary(path) as fh:
        try:
            return fh.read()
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}") from None


def open_binary(path: str | Path) -> BinaryIO:
    """A file opened for reading bytes; :class:`InputError` says why it
    cannot be."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError("file not found (vanished?)") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}") from None


def write_atomic(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file and a rename, so a
    reader (or a rerun after a crash) never sees a partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        os.fchmod(fd, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
