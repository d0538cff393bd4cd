"""Enumerations of the data contract, shared by the models."""

from datetime import date

SOURCE_STATUSES = ("loaded", "duplicate", "rejected")
SCRIPTS = ("simplified", "traditional", "traditional_pinyin", "mixed")
DOC_TYPES = ("annual_report", "work_summary", "work_plan", "implementation_report", "other")
ADMIN_LEVELS = ("province", "city", "county", "township", "central")
FORMAT_ERAS = ("narrative", "format_2019", "format_2021")
FACT_SOURCES = ("narrative", "table")
SEVERITIES = ("blocking", "warning")
FIRST_REPORT_YEAR = 2007  # the Regulations were adopted in 2007 and in force from 2008


def last_plausible_year() -> int:
    return date.today().year + 1
