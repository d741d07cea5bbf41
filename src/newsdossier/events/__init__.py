"""Stage 7b (events) and cross-article event merging.

- `find_events(article) -> Article`: typed events (visit, meeting, statement, election,
  agreement, appointment, resignation, military, economic) with trigger offsets, the
  sentence, participants (who / whom / where) and the date of the trigger's own clause.
- `merge_events(reports, key=...) -> list[MergedEvent]`: reports of the same event across
  articles (same type, overlapping dates, shared participants) joined, every report kept.
- `reports_of(articles)`: the `Report`s of already processed articles.
"""

from newsdossier.events.merge import MergedEvent, Report, merge_events, reports_of
from newsdossier.events.stage import find_events

__all__ = ["MergedEvent", "Report", "find_events", "merge_events", "reports_of"]
