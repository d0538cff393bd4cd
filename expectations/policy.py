"""Which failed checks block a run. The one place this is decided.

A blocking failure makes the flow run fail (non-zero exit, data-quality alert) after the warehouse has been
written with the valid rows and the quarantine. A warning quarantines rows and lets the run succeed.

Blocking: impossible values (negative counts), broken identity or integrity (duplicate doc_id, a fact or
section pointing at no document, a ledger row without a reason) and values outside the contract's
vocabularies — each means the published numbers would be wrong or the pipeline has a bug. Any check not
listed as a warning is blocking, so a new check is safe by default.

Warnings: implausible years (the document is kept out, the run goes on), rows whose parent document was
quarantined, spans cut out during normalisation, and standard tables whose identities fail (the table and
the facts derived from it are kept out).
"""

WARNING_CHECKS = frozenset(
    {
        "report_year_plausible",
        "parent_quarantined",
        "table_quarantined",
        "unrecoverable_span",
        # A published table that does not add up is the publisher's defect far more often than ours: the table is
        # quarantined and reported, the run goes on.
        "identity_1",
        "identity_2",
        "identity_3",
        "identity_4",
    }
)


def severity(check: str) -> str:
    return "warning" if check in WARNING_CHECKS else "blocking"
