"""One input cleaned by its format: plain text, HTML or Markdown."""

from __future__ import annotations

from .config import Config
from .core import clean
from .fromhtml import clean_html
from .frommarkdown import clean_markdown
from .labels import InputFormat
from .model import Article


def clean_as(fmt: InputFormat, text: str, *, url: str | None = None, config: Config | None = None) -> Article:
    """:func:`newsclean.clean_html` for ``HTML``, :func:`newsclean.clean_markdown`
    for ``MARKDOWN``, else :func:`newsclean.clean` (``fmt`` is no ``AUTO``:
    :func:`newsclean.labels.format_of` decides one by the input's name)."""
    if fmt is InputFormat.HTML:
        return clean_html(text, url=url, config=config)
    if fmt is InputFormat.MARKDOWN:
        return clean_markdown(text, url=url, config=config)
    return clean(text, url=url, config=config)
