"""MinHash signatures of documents' normalised texts, computed in the workers a batch at a time beside the
other per-document columns (`documents.text_minhash`), from which the marts file finds near-duplicate texts
(`sql/staging/near_duplicates.sql`). What counts as a shingle and why: `gongkai.tasks.rules.copies`.

The signatures are datasketch's MinHash (scheme affine32, seed 1, crc32 of each shingle): its permutations,
applied to the whole batch's shingles at once in numpy rather than one `MinHash` per document, whose fixed
cost (~35 µs) was most of the price. A test checks they equal datasketch's own, text for text.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash

from gongkai.tasks.rules.copies import MIN_SHINGLE_CHARS, MIN_SHINGLES, NUM_PERM, SHINGLE_BREAKS, YEAR_PATTERN

_YEAR = re.compile(YEAR_PATTERN)
# crc32 rather than datasketch's default sha1: stable across processes and ~3× faster on short pieces.
HASH = zlib.crc32
REFERENCE = MinHash(num_perm=NUM_PERM, hashfunc=HASH, scheme="affine32")
_A, _B = (p.astype(np.uint32) for p in REFERENCE.permutations)


def shingles(text: str) -> set[bytes]:
    text = _YEAR.sub("Y", text)
    for mark in SHINGLE_BREAKS:  # str.replace, not str.translate: translate looks every character up (~10×)
        text = text.replace(mark, "\n")
    pieces = (piece.strip() for piece in text.split("\n"))
    return {piece.encode() for piece in pieces if len(piece) >= MIN_SHINGLE_CHARS}


def _fmix32(hv: np.ndarray) -> np.ndarray:
    """MurmurHash3's 32-bit finalizer, which datasketch's affine32 scheme applies before its permutations."""
    hv = hv ^ (hv >> np.uint32(16))
    hv = hv * np.uint32(0x85EBCA6B)
    hv = hv ^ (hv >> np.uint32(13))
    hv = hv * np.uint32(0xC2B2AE35)
    return hv ^ (hv >> np.uint32(16))


def text_minhashes(texts: list[str]) -> list[np.ndarray | None]:
    """Each text's MinHash signature (NUM_PERM uint32), None for a text of fewer than MIN_SHINGLES shingles."""
    hashes: list[int] = []
    counts = []
    for text in texts:
        pieces = shingles(text)
        counts.append(len(pieces) if len(pieces) >= MIN_SHINGLES else 0)
        if counts[-1]:
            hashes += map(HASH, pieces)
    signatures: list[np.ndarray | None] = [None] * len(texts)
    if not hashes:
        return signatures
    with np.errstate(over="ignore"):  # the permutations are affine maps modulo 2^32: they wrap by design
        permuted = _fmix32(np.array(hashes, dtype=np.uint32))[:, None] * _A + _B
    signed = [i for i, n in enumerate(counts) if n]
    starts = np.concatenate([[0], np.cumsum([counts[i] for i in signed])[:-1]])
    for i, row in zip(signed, np.minimum.reduceat(permuted, starts, axis=0)):
        signatures[i] = row
    return signatures


def text_minhash(text: str) -> np.ndarray | None:
    return text_minhashes([text])[0]
