"""Timelines as text, JSON Lines, or one self-contained HTML file."""

from __future__ import annotations

import dataclasses
import json
from html import escape

from newsdossier.query.rows import TimelineItem
from newsdossier.report.html import quote_source
from newsdossier.report.notes import locator, one_line, where


def timeline_text(items: list[TimelineItem]) -> str:
    """One line per item (date, what, words), then its sources indented."""
    out = []
    for item in items:
        out.append(f"{item.date or 'undated':<10} {item.label}: {one_line(item.text)}")
        out += [f"{'':<10}   ← {where(s)} {locator(s)}" for s in item.sources]
    return "\n".join(out) + ("\n" if out else "")


def timeline_jsonl(items: list[TimelineItem]) -> str:
    """One JSON object per item."""
    return "".join(json.dumps(dataclasses.asdict(i), ensure_ascii=False) + "\n" for i in items)


def timeline_html(items: list[TimelineItem], *, title: str = "Timeline") -> str:
    """A standalone HTML timeline: each item with its quoted, marked source sentences."""
    rows = []
    for item in items:
        sources = "".join(
            f"<li>{escape(where(s))} <code>{escape(locator(s))}</code>"
            f"<blockquote>{quote_source(s)}</blockquote></li>"
            for s in item.sources
        )
        rows.append(
            f"<li><b>{escape(item.date or 'undated')}</b> {escape(item.label)}"
            f"<ul>{sources}</ul></li>"
        )
    return (
        '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\';'
        " style-src 'unsafe-inline'\">"
        f"<title>{escape(title)}</title><style>body{{font:15px/1.5 Georgia,serif;"
        "max-width:52em;margin:2em auto}}mark{{background:#fde68a}}code{{color:#555}}"
        "blockquote{{margin:.2em 0 .5em 1em;font-style:italic}}</style></head><body>"
        f"<h1>{escape(title)}</h1><ol>{''.join(rows)}</ol></body></html>\n"
    )
