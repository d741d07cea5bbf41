"""Geometry for the entity page's SVG charts: a dated timeline and a co-mention graph."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from urllib.parse import quote

from newsdossier.query.rows import CoMention, TimelineItem

WIDTH, HEIGHT = 760, 120


def article_href(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """The article page, focused on ``start:end`` when given."""
    path = f"/article/{quote(doc_id, safe='')}"
    return path if start is None else f"{path}?hl={start}-{end}#hl"


def entity_href(entity_id: str) -> str:
    """The entity page."""
    return f"/entity/{quote(entity_id, safe='')}"


_ISO = re.compile(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


@dataclass(frozen=True, slots=True)
class Dot:
    """One timeline item placed on the chart."""

    x: float
    y: float
    kind: str
    label: str
    href: str


@dataclass(frozen=True, slots=True)
class Tick:
    """An axis label."""

    x: float
    text: str


@dataclass(frozen=True, slots=True)
class Node:
    """An entity placed on the co-mention graph."""

    x: float
    y: float
    r: float
    name: str
    href: str
    width: float


def day_of(value: str | None) -> date | None:
    """The first day a TimeML date value denotes (``2025-11`` -> 2025-11-01), if it is one."""
    m = _ISO.match(value or "")
    if not m:
        return None
    try:
        return date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
    except ValueError:
        return None


def timeline_chart(items: list[TimelineItem]) -> tuple[list[Dot], list[Tick]]:
    """Dated items spread left to right by date; items on the same day stack upwards."""
    dated = [(d, i) for i in items if (d := day_of(i.date)) is not None]
    if not dated:
        return [], []
    first, last = min(d for d, _ in dated), max(d for d, _ in dated)
    span = max((last - first).days, 1)
    pad = 30
    stack: dict[date, int] = {}
    dots = []
    for d, item in dated:
        level = stack.get(d, 0)
        stack[d] = level + 1
        x = pad + (d - first).days / span * (WIDTH - 2 * pad)
        src = item.sources[0]
        href = article_href(src.doc_id, src.start, src.end)
        label = f"{item.date} {item.label}: {item.text[:120]}"
        dots.append(Dot(round(x, 1), HEIGHT - 40 - 14 * min(level, 5), item.kind, label, href))
    ticks = [Tick(pad, first.isoformat())]
    if last != first:
        ticks.append(Tick(WIDTH - pad, last.isoformat()))
    return dots, ticks


def comention_graph(
    center: str, others: list[CoMention], *, size: int = 360
) -> tuple[Node, list[Node]]:
    """The entity in the middle, co-mentioned entities on a circle; thicker edges share more."""
    mid = size / 2
    most = max((c.articles for c in others), default=1)
    hub = Node(mid, mid, 26, center, "", 0)
    nodes = []
    for k, c in enumerate(others[:12]):
        angle = 2 * math.pi * k / max(len(others[:12]), 1) - math.pi / 2
        x, y = mid + 0.72 * mid * math.cos(angle), mid + 0.72 * mid * math.sin(angle)
        nodes.append(
            Node(
                round(x, 1),
                round(y, 1),
                8 + 8 * c.articles / most,
                c.name,
                entity_href(c.id),
                round(1 + 5 * c.articles / most, 1),
            )
        )
    return hub, nodes
