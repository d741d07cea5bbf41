"""Stage 5 (time): temporal expressions found and normalized TimeML-style.

Values: points at a granularity (``2025``, ``2025-Q1``, ``2025-04``, ``2025-W17``,
``2025-04-28``, ``2025-04-28T15:00``), ranges as one expression ``start/end``
(``2026-03-31/2026-04-02``), durations (``P3D``), sets (``P1D`` with type SET) and
references (``PRESENT_REF``, ``PAST_REF``, ``FUTURE_REF``). ``mod`` is TimeML's:
``START``/``MID``/``END`` for early/mid/late, ``ON_OR_AFTER`` for "since X" (value X, the
open end running to the anchor). ``anchor`` is the date a relative value was computed
from (the publication date, or the last date mentioned for "the day before").
Without a publication date relative values are underspecified (``XXXX-XX-XX``,
``XXXX-WXX-1``, ``XXXX-03``) or references.
"""

from newsdossier.lang.intervals import parse_anchor, timex_interval, value_to_interval
from newsdossier.timex.normalize import Convention, normalize_expressions
from newsdossier.timex.stage import find_timexes, resolve_relative
from newsdossier.timex.values import granularity

__all__ = [
    "Convention",
    "find_timexes",
    "granularity",
    "normalize_expressions",
    "parse_anchor",
    "resolve_relative",
    "timex_interval",
    "value_to_interval",
]
