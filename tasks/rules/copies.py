"""When two reports are copies of each other: the thresholds of the near-duplicate and copied-table checks.

Texts are compared as sets of shingles — the normalised text cut at line ends and 。, years masked (a report
republished with its year changed must still match), pieces shorter than `MIN_SHINGLE_CHARS` dropped (headings
like 一、概述 are in every report) — by MinHash signatures (datasketch, `NUM_PERM` permutations) banded for
locality-sensitive hashing. Line and sentence shingles rather than character n-grams: a 5 KB report has ~60 of
them instead of ~5,000, which keeps the signature at ~40 µs a document in the workers (under load).
"""

NUM_PERM = 64  # MinHash permutations: the similarity estimate's standard error is ~0.04 at 0.9
BANDS, ROWS = 8, 8  # LSH bands × rows = NUM_PERM: pairs at Jaccard 0.9 are candidates with p ≈ 0.99, at 0.5 p ≈ 0.03
NEAR_DUPLICATE_SIMILARITY = 0.9  # the estimated Jaccard similarity from which two texts are near-duplicates
MIN_SHINGLE_CHARS = 4
MIN_SHINGLES = 10  # shorter texts get no signature: two short notices are alike by their genre, not by copying
SHINGLE_BREAKS = "。\r"  # besides line ends
YEAR_PATTERN = r"(?:19|20)\d\d"

# Standard tables copied from another year: the same agency's two reports of different years whose non-zero
# table figures agree, key for key, in at least this share of the larger set, of at least this many figures.
# Zeros are left out: a small agency with nothing to report publishes the same zeros every year, honestly.
SAME_FIGURES_SHARE = 0.9
MIN_FIGURES = 10
