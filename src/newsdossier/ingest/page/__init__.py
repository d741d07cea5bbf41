"""Page metadata and body from every signal an HTML page offers, reconciled.

`structured` reads JSON-LD, microdata and OpenGraph; `dates` the timestamps, the URL's
date and htmldate's search; `titles` strips site names from headlines; `domains` names
an outlet by its domain; `reconcile` chooses among them; `body` chooses trafilatura's
mode; `read` runs them over one page.
"""

from newsdossier.ingest.page.domains import outlet_from_url
from newsdossier.ingest.page.read import Page, read_page
from newsdossier.ingest.page.reconcile import PageMeta

__all__ = ["Page", "PageMeta", "outlet_from_url", "read_page"]
