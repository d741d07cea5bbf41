"""Stage 1 (ingest): readers for text, HTML, JSON Lines, WARC, directories and stdin."""

from newsdossier.ingest.files import article_files
from newsdossier.ingest.item import ReadItem
from newsdossier.ingest.manifest import Entry, load_manifest, read_paths
from newsdossier.ingest.readers import MAX_ARTICLE_BYTES, read_bytes

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Entry",
    "ReadItem",
    "article_files",
    "load_manifest",
    "read_bytes",
    "read_paths",
]
