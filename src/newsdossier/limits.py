"""Every bound on work newsdossier accepts, in one place: readers, query, API and CLI import these.

Hostile or broken input must cost bounded time and memory and fail with one line naming
the input. Each number says where it came from; `bench/hostile.py` measures the inputs
that hit them (done when no request takes over 2 s and no input over 60 s or 1 GB).
"""

from __future__ import annotations

# --- articles (after decoding) ----------------------------------------------------------

#: Largest raw file or record read as one article. The longest news features run to
#: ~30,000 words (~200 KB); 2 MB leaves a factor of 10 and stays under spaCy's 1,000,000
#: character default only after decoding is checked too (see `MAX_ARTICLE_CHARS`).
MAX_ARTICLE_BYTES = 2_000_000
#: Largest decoded text of one article (text, JSON Lines record, HTML main text). spaCy
#: refuses more than 1,000,000 characters (`nlp.max_length`, error E088); we stop below it.
MAX_ARTICLE_CHARS = 900_000
#: Most lines in one article. A long feature has a few hundred paragraphs; the cleaner
#: compares lines with their neighbours, and 100,000 one-word lines took 262 s and 3.4 GB.
MAX_ARTICLE_LINES = 20_000
#: Most words (whitespace-separated) in one article: ~3x the longest features measured.
MAX_ARTICLE_WORDS = 100_000
#: Deepest HTML element nesting kept as is. lxml (libxml2) stops building the tree at
#: depth 256 unless `huge_tree` is set; deeper tags are dropped (their text is kept).
MAX_HTML_DEPTH = 200

# --- queries --------------------------------------------------------------------------

#: Longest text parameter (search words, names, filters). SQLite's LIKE refuses patterns
#: over 50,000 bytes (SQLITE_MAX_LIKE_PATTERN_LENGTH); no name or search is near 1,000.
MAX_QUERY_CHARS = 1_000
#: Most distinct words in a search (after duplicates are removed): FTS5's cost grows
#: with each term; 32 is more than any phrase a person types.
MAX_QUERY_TERMS = 32
#: Largest `offset` a list or search accepts: far beyond any store, well inside SQLite's
#: 64-bit integers (an offset of 2**63 overflowed the driver).
MAX_OFFSET = 1_000_000_000
#: Largest `min_docs` filter: a corpus of a billion articles is out of scope.
MAX_MIN_DOCS = 1_000_000_000
#: Largest page of any list (mirrors `newsdossier.query.sources.MAX_LIMIT`).
MAX_LIMIT = 500
#: Wall-clock budget of one HTTP request's SQL, in seconds: `bench/api_latency.py` puts
#: every page under 0.2 s on a 10,000-article store; a query running 10x longer is stopped.
REQUEST_BUDGET_SECONDS = 2.0

# --- workers --------------------------------------------------------------------------

#: Most worker processes whatever `--workers` says: one per core (`os.cpu_count()`),
#: and never more than there are input articles (see `newsdossier.runner.pool`).
MAX_WORKERS_PER_CORE = 1

#: Most server processes `newsdossier serve --workers` starts: each holds its own
#: readers and page cache (about 60-80 MB), and a read-only server gains nothing from
#: more processes than cores.
MAX_SERVER_WORKERS = 64
