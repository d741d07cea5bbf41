"""Stage 7b (events) and cross-article event merging.

`find_events` adds typed, dated events with participants to one article;
`merge_events` joins the reports of the same event across articles.
"""

from newsdossier.events.extract import find_events
from newsdossier.events.merge import MergedEvent, Report, merge_events

__all__ = ["MergedEvent", "Report", "find_events", "merge_events"]
