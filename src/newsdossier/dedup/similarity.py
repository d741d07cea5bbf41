"""When two shingle sets are copies of one story: Jaccard, or containment for trimmed copies."""

from __future__ import annotations

from collections.abc import Set

#: Exact Jaccard of 5-word shingle sets at or above which two bodies are one story.
#: Measured on real articles (tests/test_dedup_pairs.py): a copy with one paragraph
#: rewritten or a different header scores 0.6-0.95; two outlets' own stories on the
#: same event score below 0.1.
JACCARD_THRESHOLD = 0.45
#: Share of the smaller set found in the larger at or above which one is a trimmed
#: (or the other an extended) copy.
CONTAINMENT_THRESHOLD = 0.8
#: Fewest shingles (about 35 words) a body needs to be compared at all: shorter texts
#: (briefs, captions) share phrases by chance.
MIN_SHINGLES = 30


def jaccard(a: Set[str], b: Set[str]) -> float:
    """|a ∩ b| / |a ∪ b| (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def containment(a: Set[str], b: Set[str]) -> float:
    """|a ∩ b| / min(|a|, |b|): how much of the smaller set is in the larger."""
    small = min(len(a), len(b))
    return len(a & b) / small if small else 0.0


def is_copy(a: Set[str], b: Set[str]) -> bool:
    """Whether two bodies' shingle sets are copies of one story (see the thresholds)."""
    if min(len(a), len(b)) < MIN_SHINGLES:
        return False
    return jaccard(a, b) >= JACCARD_THRESHOLD or containment(a, b) >= CONTAINMENT_THRESHOLD
