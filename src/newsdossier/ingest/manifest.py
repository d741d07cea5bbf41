"""Reader metadata for folders of text files: run-level defaults and a sidecar manifest.

Plain text files carry no URL, outlet or title of their own. A manifest gives them, one
row per file: CSV with a header, or JSON Lines, with the columns ``path`` (relative to
the manifest's folder, or absolute), ``url``, ``outlet``, ``published`` and ``title``
(all but ``path`` optional). `read_paths` reads every input and sets each article's
fields from, in order of precedence: its manifest row, what the file itself says (JSON
Lines fields, the HTML page's metadata), then the run-level ``outlet`` and ``url``. An
article with a URL and no outlet is named by the URL's domain; with no date, by the
full date in its URL's path.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest.decode import iso_date
from newsdossier.ingest.files import article_files
from newsdossier.ingest.item import ReadItem
from newsdossier.ingest.page.dates import url_date
from newsdossier.ingest.page.domains import outlet_from_url
from newsdossier.ingest.readers import read_paths as read_files

COLUMNS = ("path", "url", "outlet", "published", "title")


@dataclass(frozen=True, slots=True)
class Entry:
    """What the reader knows about one input file beyond its bytes (None: not known)."""

    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None


def load_manifest(path: Path) -> dict[Path, Entry]:
    """The manifest's entries by resolved file path.

    Raises:
        InputError: the manifest cannot be read, has no ``path`` column, or a bad date.
    """
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(str(path), f"cannot read manifest ({exc.strerror or exc})") from None
    rows = _json_rows(path, text) if path.suffix.lower() in (".jsonl", ".json") else _csv_rows(text)
    entries: dict[Path, Entry] = {}
    for number, row in enumerate(rows, start=1):
        name = str(row.get("path") or "").strip()
        if not name:
            raise InputError(str(path), f"row {number} has no path (columns: {', '.join(COLUMNS)})")
        entries[(path.parent / name).resolve()] = _entry(path, number, row)
    return entries


def _csv_rows(text: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text)))


def _json_rows(path: Path, text: str) -> list[dict[str, str]]:
    rows = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(path), f"line {number} is not valid JSON ({exc})") from None
            rows.append(row if isinstance(row, dict) else {})
    return rows


def _entry(path: Path, number: int, row: dict[str, str]) -> Entry:
    values = {k: str(row[k]).strip() for k in COLUMNS[1:] if row.get(k) and str(row[k]).strip()}
    if "published" in values:
        iso = iso_date(values["published"])
        if iso is None:
            raise InputError(str(path), f"row {number}: {values['published']!r} is not a date")
        values["published"] = iso
    return Entry(**values)


def read_paths(
    paths: Sequence[str],
    *,
    published: str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    manifest: Path | None = None,
) -> Iterator[ReadItem]:
    """Every article under ``paths`` with its reader metadata (see the module docstring).

    ``published``, ``outlet`` and ``url`` are run-level defaults; ``manifest`` a sidecar
    file of per-file metadata. An unreadable manifest is reported once, as an error item.
    """
    try:
        entries = load_manifest(manifest) if manifest else {}
    except InputError as exc:
        yield exc
        return
    defaults = Entry(url=url, outlet=outlet)
    for name in article_files(paths):
        entry = entries.get(Path(name).resolve(), Entry()) if name != "-" else Entry()
        for item in read_files([name], published=entry.published or published):
            yield item if isinstance(item, InputError) else with_metadata(item, entry, defaults)


def with_metadata(article: Article, entry: Entry, defaults: Entry) -> Article:
    """``article`` with the manifest's fields, then its own, then the run's defaults."""
    page_url = entry.url or article.url or defaults.url
    named = entry.outlet or article.outlet or defaults.outlet or outlet_from_url(page_url)
    updated = dataclasses.replace(
        article, url=page_url, outlet=named, title=entry.title or article.title
    )
    day = url_date(page_url) if article.published is None else None
    if day is None:
        return updated
    return dataclasses.replace(updated, published=day, published_source="url", date_source="url")
