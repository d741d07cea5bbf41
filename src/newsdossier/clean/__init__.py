"""Stage 2, cleaning: boilerplate out; title, kicker, byline, dateline, caption kept apart;
publication date, outlet and language found.

Works on plain text and on the main text trafilatura extracts from HTML.
"""

from newsdossier.clean.stage import clean

__all__ = ["clean"]
