"""Sharing what several stages build from the same article, without recomputing it.

The stages of one article run one after another and each reads the same token records
(and, from coreference on, the same entities); what they build from them — the parse tree,
the discourse model — is a pure function of those objects. `Recent` keeps the last few
such values and hands one back when it is asked again *for the very same objects* (by
identity: the objects are held with the value, so an identity is never a recycled one).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

V = TypeVar("V")


class Recent(Generic[V]):
    """The values built for the ``size`` argument tuples asked for most recently."""

    def __init__(self, size: int = 4) -> None:
        self.size = size
        self._kept: list[tuple[tuple[object, ...], V]] = []
        self._lock = threading.Lock()

    def get(self, key: tuple[object, ...], build: Callable[[], V]) -> V:
        """The value kept for exactly these objects (``is``, item by item), else
        ``build()``, kept from now on."""
        with self._lock:
            for seen, value in self._kept:
                if len(seen) == len(key) and all(a is b for a, b in zip(seen, key, strict=True)):
                    return value
        value = build()
        with self._lock:
            self._kept.insert(0, (key, value))
            del self._kept[self.size :]
        return value
