"""Syndicated copies and near-duplicates: MinHash LSH over word shingles of clean bodies.

How it decides (thresholds in `newsdossier.dedup.similarity`):

1. Each body becomes a set of 5-word shingles (case-folded words; character 5-grams for
   text written without spaces, such as Chinese or Japanese).
2. A 128-permutation MinHash of the set is cut into 37 bands of 3 rows; two bodies
   sharing any band are candidates. This finds pairs with Jaccard 0.4 91% of the time
   and 0.5 99% of the time, so trimmed copies are found too (the datasketch default of
   0.9 misses most syndicated copies).
3. A candidate is a copy when the exact Jaccard of the two shingle sets is >= 0.45, or
   when >= 80% of the smaller set is in the larger (a trimmed or extended copy), the
   smaller having at least 30 shingles.

Band keys are kept in the store, so a new article is compared only with the few stored
articles that share a band, never with every stored article.
"""

from newsdossier.dedup.minhash import BANDS, NUM_PERM, ROWS, band_keys, signature
from newsdossier.dedup.shingles import shingles
from newsdossier.dedup.similarity import (
    CONTAINMENT_THRESHOLD,
    JACCARD_THRESHOLD,
    MIN_SHINGLES,
    containment,
    is_copy,
    jaccard,
)

__all__ = [
    "BANDS",
    "CONTAINMENT_THRESHOLD",
    "JACCARD_THRESHOLD",
    "MIN_SHINGLES",
    "NUM_PERM",
    "ROWS",
    "band_keys",
    "containment",
    "is_copy",
    "jaccard",
    "shingles",
    "signature",
]
