"""What a reader yields for each input: an `Article`, or an `InputError` naming what failed.

Its own module so that every reader (`readers`, `warc`) can name it without importing
another reader.
"""

from __future__ import annotations

from typing import TypeAlias

from newsdossier.article import Article
from newsdossier.errors import InputError

ReadItem: TypeAlias = Article | InputError
