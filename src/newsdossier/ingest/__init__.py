"""Stage 1 (ingest): readers for text, HTML, JSON Lines, WARC, directories and stdin."""

from newsdossier.ingest.files import article_files
from newsdossier.ingest.item import ReadItem
from newsdossier.ingest.readers import MAX_ARTICLE_BYTES, read_bytes, read_paths

__all__ = ["MAX_ARTICLE_BYTES", "ReadItem", "article_files", "read_bytes", "read_paths"]
