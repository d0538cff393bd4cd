"""The identities the standard tables obey (domain guide §2), as data.

One definition drives both the vectorised pandera checks over a batch (`gongkai.expectations.table_cells`)
and the per-document explanation in the quarantine (`gongkai.tasks.document.identities.violations`).

An identity holds in every column (`per="column"`: sums of rows) or in every row (`per="row"`: sums of
columns) of one table: the `written` keys add up to the `parts`. A blank written cell never fails an identity;
a blank part counts as 0 when `blank_parts_are_zero`, else it leaves that position unchecked.
"""

from __future__ import annotations

from dataclasses import dataclass

from gongkai.tasks.rules.table_labels import COMBINED_ORG_COLUMN, TABLE3_COLUMNS, TABLE4_COLUMNS

APPLICANT_COLUMNS = tuple(c for c, _ in TABLE3_COLUMNS if c != "total")
# A table in the combined layout has no cell of the five organisation columns, a standard one none of the
# combined column: a sum over both is each layout's sum.
ALL_APPLICANT_COLUMNS = (*APPLICANT_COLUMNS, COMBINED_ORG_COLUMN)
TABLE4_PARTS = tuple(c for c, _ in TABLE4_COLUMNS if c != "total")
RESULT_ROWS = ("granted", "partially_granted")
RESULT_PREFIXES = ("denied_", "unable_", "not_processed_", "other_")
EPSILON = 1e-6


@dataclass(frozen=True)
class Identity:
    name: str
    table: str
    rule: str  # as a person writes it
    per: str  # "column" or "row"
    position: str  # what a failing position is called in an explanation: column, row, block
    written: tuple[str, ...]
    parts: tuple[str, ...]
    part_prefixes: tuple[str, ...] = ()  # and every key starting with one of these
    blank_parts_are_zero: bool = True

    def is_part(self, key: str) -> bool:
        return key in self.parts or key.startswith(self.part_prefixes or ("\0",))


IDENTITIES: tuple[Identity, ...] = (
    Identity(
        "identity_1",
        "table3",
        "一 + 二 = （七）总计 + 四 (per column)",
        "column",
        "column",
        written=("new_received", "carried_over"),
        parts=("total_processed", "carried_forward"),
        blank_parts_are_zero=False,
    ),
    Identity(
        "identity_2",
        "table3",
        "（七）总计 = （一）+（二）+Σ（三）+Σ（四）+Σ（五）+Σ（六） (per column)",
        "column",
        "column",
        written=("total_processed",),
        parts=RESULT_ROWS,
        part_prefixes=RESULT_PREFIXES,
    ),
    Identity(
        "identity_3",
        "table3",
        "总计 = 自然人 + the five 法人或其他组织 columns, or their one column (per row)",
        "row",
        "row",
        written=("total",),
        parts=ALL_APPLICANT_COLUMNS,
    ),
    Identity(
        "identity_4",
        "table4",
        "总计 = 维持 + 纠正 + 其他 + 尚未审结 (per block of table 4)",
        "row",
        "block",
        written=("total",),
        parts=TABLE4_PARTS,
    ),
)
BY_NAME = {identity.name: identity for identity in IDENTITIES}
