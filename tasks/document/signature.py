"""The MinHash signature of a document's normalised text, computed in the workers beside the other per-document
columns (`documents.text_minhash`), from which the marts file finds near-duplicate texts
(`sql/staging/near_duplicates.sql`). What counts as a shingle and why: `gongkai.tasks.rules.copies`."""

from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash
from gongkai.tasks.rules.copies import MIN_SHINGLE_CHARS, MIN_SHINGLES, NUM_PERM, SHINGLE_BREAKS, YEAR_PATTERN

_YEAR = re.compile(YEAR_PATTERN)
_BREAKS = str.maketrans(dict.fromkeys(SHINGLE_BREAKS, "\n"))
# One sketch, cleared for each document: building one draws its permutations again (~4× the cost of hashing).
# crc32 rather than datasketch's default sha1: stable across processes and ~3× faster on short pieces.
_SKETCH = MinHash(num_perm=NUM_PERM, hashfunc=zlib.crc32)


def shingles(text: str) -> set[bytes]:
    pieces = (piece.strip() for piece in _YEAR.sub("Y", text).translate(_BREAKS).split("\n"))
    return {piece.encode() for piece in pieces if len(piece) >= MIN_SHINGLE_CHARS}


def text_minhash(text: str) -> np.ndarray | None:
    """The text's MinHash signature (NUM_PERM uint32), or None for a text of fewer than MIN_SHINGLES shingles."""
    pieces = shingles(text)
    if len(pieces) < MIN_SHINGLES:
        return None
    _SKETCH.clear()
    _SKETCH.update_batch(pieces)
    return _SKETCH.hashvalues.astype(np.uint32)
