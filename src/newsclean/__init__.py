"""newsclean: the article from the plain text of a news page.

>>> import newsclean
>>> article = newsclean.clean(text)      # doctest: +SKIP
>>> article.body, article.title           # doctest: +SKIP
"""

from __future__ import annotations

from .batch import FileResult, Format, Status, clean_files
from .config import DEFAULT_CONFIG, Config
from .core import clean, headline_candidates
from .fromhtml import clean_html
from .frommarkdown import clean_markdown
from .labels import DateSource, Favor, Label
from .model import Article, Block, Caption, Comment, HeadlineCandidate
from .rules import RuleError, available_languages
from .textio import InputError
from .version import __version__

__all__ = [
    "__version__",
    "Article",
    "Block",
    "Caption",
    "Comment",
    "Config",
    "DEFAULT_CONFIG",
    "DateSource",
    "Favor",
    "FileResult",
    "InputError",
    "Format",
    "HeadlineCandidate",
    "Status",
    "Label",
    "RuleError",
    "available_languages",
    "clean",
    "clean_html",
    "clean_markdown",
    "clean_files",
    "headline_candidates",
]
