"""MinHash signatures of shingle sets and their LSH band keys (what the store indexes)."""

from __future__ import annotations

import hashlib
from collections.abc import Set

import numpy as np

#: Permutations per signature, and its cut into bands of rows (37 x 3 <= 128): datasketch's
#: optimal split for a candidate threshold of 0.3, below the 0.45 decision threshold so
#: that trimmed copies (Jaccard 0.3-0.5 with the full text) still become candidates.
NUM_PERM = 128
BANDS = 37
ROWS = 3
_SEED = 1


def signature(items: Set[str]) -> np.ndarray:
    """The MinHash signature (``NUM_PERM`` 32-bit values) of a shingle set."""
    # Lazy: datasketch pulls in scipy (about 0.4 s to import), which only ingest needs.
    from datasketch import MinHash

    mh = MinHash(num_perm=NUM_PERM, seed=_SEED)
    mh.update_batch([s.encode("utf-8") for s in sorted(items)])
    return np.asarray(mh.hashvalues, dtype=np.uint64)


def band_keys(sig: np.ndarray) -> list[int]:
    """One signed 64-bit key per band: equal keys in a band mean equal rows there."""
    keys = []
    for band in range(BANDS):
        rows = sig[band * ROWS : (band + 1) * ROWS].astype("<u8").tobytes()
        digest = hashlib.blake2b(rows, digest_size=8, person=band.to_bytes(4, "little"))
        keys.append(int.from_bytes(digest.digest(), "little", signed=True))
    return keys
