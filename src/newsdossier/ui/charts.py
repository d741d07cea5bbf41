"""Geometry for the entity page's SVG charts: coverage per month and a co-mention graph."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from urllib.parse import quote

from markupsafe import Markup, escape

from newsdossier.query.rows import CoMention, MonthRow

WIDTH, HEIGHT = 760, 120


def article_href(doc_id: str, start: int | None = None, end: int | None = None) -> str:
    """The article page, focused on ``start:end`` when given."""
    path = f"/article/{quote(doc_id, safe='')}"
    return path if start is None else f"{path}?hl={start}-{end}#hl"


def entity_href(entity_id: str) -> str:
    """The entity page."""
    return f"/entity/{quote(entity_id, safe='')}"


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


@dataclass(frozen=True, slots=True)
class Bar:
    """One month on the coverage chart: an articles bar with a statements bar inside it."""

    x: float
    width: float
    articles_y: float
    articles_h: float
    statements_y: float
    statements_h: float
    label: str


#: Height of the tallest bar, and the baseline under the bars, on the coverage chart.
_BAR_TOP, _BASELINE = 12, HEIGHT - 30
#: A calendar month (a stored TimeML value may hold anything else, such as ``2025-13``).
_MONTH = re.compile(r"\d{4}-(0[1-9]|1[0-2])")
#: Most bars on the chart: 20 years of months. A longer range (a statement dated decades
#: back) groups months so the page stays small and the bars stay visible.
MAX_BARS = 240
#: Most year labels on the axis (every k-th year is labelled beyond this).
_MAX_TICKS = 12


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (calendar months ``YYYY-MM``), both included."""
    year, month = int(first[:4]), int(first[5:7])
    out: list[str] = []
    while (key := f"{year:04d}-{month:02d}") <= last[:7]:
        out.append(key)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def coverage_chart(months: list[MonthRow]) -> tuple[list[Bar], list[Tick]]:
    """Bars over the whole range of ``months`` (articles, and statements by or about the
    entity), empty months included, so the axis spans every date the entity has: one bar a
    month, or a few months a bar when the range holds more than `MAX_BARS` months."""
    months = [m for m in months if _MONTH.fullmatch(m.month)]
    if not months:
        return [], []
    counts = {m.month: m for m in months}
    axis = month_range(months[0].month, months[-1].month)
    width = -(-len(axis) // MAX_BARS)  # months per bar
    bins = [axis[k : k + width] for k in range(0, len(axis), width)]
    totals = [
        (sum(counts[x].articles for x in b if x in counts),
         sum(counts[x].statements for x in b if x in counts))
        for b in bins
    ]  # fmt: skip
    most = max(max(a, s) for a, s in totals) or 1
    pad, step = 30, (WIDTH - 60) / len(bins)
    scale = (_BASELINE - _BAR_TOP) / most
    bars: list[Bar] = []
    for k, (b, (articles, said)) in enumerate(zip(bins, totals, strict=True)):
        if not articles and not said:
            continue
        when = b[0] if len(b) == 1 else f"{b[0]} to {b[-1]}"
        bars.append(
            Bar(
                round(pad + k * step, 2),
                round(max(step * 0.9, 0.5), 2),
                round(_BASELINE - articles * scale, 1),
                round(articles * scale, 1),
                round(_BASELINE - said * scale, 1),
                round(said * scale, 1),
                f"{when}: {articles} article(s), {said} statement(s)",
            )
        )
    years = sorted({key[:4] for key in axis})
    every = -(-len(years) // _MAX_TICKS)
    first = {key[:4]: k // width for k, key in reversed(list(enumerate(axis)))}
    ticks = [Tick(round(pad + first[y] * step, 1), y) for y in years[::every]]
    return bars, ticks


def bars_svg(bars: list[Bar]) -> Markup:
    """The coverage chart's bars as SVG: a month's articles bar with its statements bar in
    it, its label as a tooltip (one string, not a template loop: up to `MAX_BARS` of them
    made the template loop the larger half of an entity page's rendering)."""
    parts = []
    for b in bars:
        said = (
            f'<rect x="{b.x}" y="{b.statements_y}" width="{b.width}" height="{b.statements_h}"'
            ' class="bar said"></rect>'
            if b.statements_h
            else ""
        )
        parts.append(
            f'<g class="month"><title>{escape(b.label)}</title><rect x="{b.x}"'
            f' y="{b.articles_y}" width="{b.width}" height="{b.articles_h}"'
            f' class="bar articles"></rect>{said}</g>'
        )
    return Markup("".join(parts))


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
