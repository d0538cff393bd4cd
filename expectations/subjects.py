"""The column each dataframe-level check is about.

pandera reports a failing row of a dataframe-level check once for every column of the row, so the
quarantine's `column` (and its `detail`) would otherwise name whichever column comes first (`doc_id`).
Column-level checks name their own column and need no entry here.
"""

CHECK_SUBJECTS = {
    "non_negative_count": "value",
    "quote_offsets_ordered": "char_end",
    "offsets_ordered": "char_end",
    "rejection_has_reason": "reason",
    "document_has_doc_id": "doc_id",
    "non_negative_cell": "value",
    "identity_1": "value",
    "identity_2": "value",
    "identity_3": "value",
    "identity_4": "value",
}
