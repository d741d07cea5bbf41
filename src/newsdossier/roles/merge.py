"""One role for a title an article repeats: "Republican presidential nominee" said four
times of one person is one `Role`, stated four times.

Roles are the same when they have the same person, the same title (compared by
`normal_title`), the same organisation and the same former flag. The merged role keeps
the first statement's offsets (body before the side fields, then by offset), counts the
statements in ``mentions`` and keeps where the last one in the same field starts in
``last_char``. Finders may report one statement twice with different spans (the title
before the name and the apposition after it); overlapping spans count once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from newsdossier.article import Field, Role

_Key = tuple[str, str, str | None, bool]


def normal_title(title: str) -> str:
    """``title`` compared case-insensitively, with its spacing and a leading "the" dropped."""
    folded = " ".join(title.casefold().split())
    return folded.removeprefix("the ")


def merge_repeated(roles: Iterable[Role]) -> tuple[Role, ...]:
    """The roles with every repeated statement of one role merged into its first."""
    groups: dict[_Key, list[Role]] = {}
    for role in sorted(roles, key=_place):
        key = (role.entity_id, normal_title(role.title), role.organization, role.former)
        groups.setdefault(key, []).append(role)
    return tuple(sorted((_merge(group) for group in groups.values()), key=_place))


def _place(role: Role) -> tuple[bool, Field, int]:
    return (role.field != "body", role.field, role.start_char)


def _merge(group: list[Role]) -> Role:
    """The first role of ``group`` with its count, last offset and (if it has none) the
    years another statement gives."""
    first = group[0]
    said: list[Role] = []
    for role in group:
        if not any(_overlap(role, seen) for seen in said):
            said.append(role)
    dated = next((r for r in group if r.start or r.end), first)
    again = [r.start_char for r in said[1:] if r.field == first.field]
    return dataclasses.replace(
        first,
        start=dated.start,
        end=dated.end,
        mentions=sum(r.mentions for r in said),
        last_char=max(again, default=first.last_char),
    )


def _overlap(a: Role, b: Role) -> bool:
    return a.field == b.field and a.start_char < b.end_char and b.start_char < a.end_char
