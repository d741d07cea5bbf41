"""Stage 1 (ingest): readers for text, HTML, JSON Lines, WARC, directories and stdin."""

from newsdossier.ingest.readers import MAX_ARTICLE_BYTES, ReadItem, read_bytes, read_paths

__all__ = ["MAX_ARTICLE_BYTES", "ReadItem", "read_bytes", "read_paths"]
