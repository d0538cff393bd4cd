"""`gongkai sql`: SQL over the published warehouse, read-only, as one query or an interactive prompt.

  gongkai sql "select count(*) from documents" [--format table|csv|json|markdown]
  gongkai sql                                   an interactive prompt

The connection is read-only on `<warehouse>/gongkai.duckdb`: a statement that would change the file fails.
A pipeline run never writes that file in place (it builds the next one beside the warehouse and renames it
over the old one), so a session opened during a run reads the previous run whole, without waiting, and
sees the new one when it reconnects (`.reconnect`, or a new `gongkai sql`).

The prompt reads a statement over as many lines as it takes, up to a line ending with `;`. Lines starting
with a dot are commands: `.tables`, `.schema TABLE`, `.format FORMAT`, `.reconnect`, `.help`, `.quit`.
History is kept in `$GONGKAI_SQL_HISTORY` (default `~/.gongkai_sql_history`).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import duckdb

from gongkai.settings import MARTS_FILE, default_warehouse

FORMATS = ("table", "csv", "json", "markdown")
HISTORY_LENGTH = 1000
PROMPT, CONTINUATION = "gongkai> ", "    ...> "

RELATIONS_SQL = """
select table_name as name, 'table' as kind, comment from duckdb_tables() where not internal
union all
select view_name, 'view', comment from duckdb_views() where not internal
order by name
"""
COLUMNS_SQL = """
select column_name as "column", data_type as type, comment as description
from duckdb_columns() where not internal and table_name = ?
order by column_index
"""


def add_command(commands) -> None:
    """Register `gongkai sql` on the CLI's subcommands."""
    sql = commands.add_parser("sql", help="query the warehouse (read-only); no query: an interactive prompt")
    sql.add_argument("query", nargs="?", help="one SQL statement; omit it for the interactive prompt")
    sql.add_argument("--warehouse", type=Path, default=None, help="the warehouse folder; default ./warehouse")
    sql.add_argument("--format", choices=FORMATS, default="table", help="how results are printed (default table)")
    sql.set_defaults(handler=sql_command)


def sql_command(args: argparse.Namespace) -> int:
    marts_file = (args.warehouse or default_warehouse()) / MARTS_FILE
    if not marts_file.is_file():
        print(f"gongkai: no warehouse at {marts_file}: run `gongkai run` first", file=sys.stderr)
        return 64
    if args.query is not None:
        with connect(marts_file) as con:
            try:
                print(run_query(con, args.query, args.format), end="")
            except duckdb.Error as exc:
                print(f"Error: {exc}", file=sys.stderr)
                return 1
        return 0
    return Shell(marts_file, args.format).loop()


def connect(marts_file: Path) -> duckdb.DuckDBPyConnection:
    return duckdb.connect(str(marts_file), read_only=True)


def run_query(con: duckdb.DuckDBPyConnection, query: str, fmt: str) -> str:
    """The result of `query`, rendered in `fmt`; a statement without a result renders as nothing."""
    relation = con.sql(query)
    if relation is None:
        return ""
    return render(relation.columns, relation.fetchall(), fmt)


def render(columns: Sequence[str], rows: list[tuple], fmt: str) -> str:
    return RENDERERS[fmt](list(columns), rows)


def _csv(columns: list[str], rows: list[tuple]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows([["" if v is None else v for v in row] for row in rows])
    return out.getvalue()


def _json(columns: list[str], rows: list[tuple]) -> str:
    return json.dumps([dict(zip(columns, row)) for row in rows], ensure_ascii=False, indent=1, default=str) + "\n"


def _cell(value) -> str:
    return "" if value is None else str(value)


def _markdown(columns: list[str], rows: list[tuple]) -> str:
    def line(cells):
        return "| " + " | ".join(_cell(c).replace("|", "\\|").replace("\n", " ") for c in cells) + " |"

    return "\n".join([line(columns), "|" + "---|" * len(columns), *(line(row) for row in rows)]) + "\n"


def _table(columns: list[str], rows: list[tuple]) -> str:
    from rich.console import Console
    from rich.table import Table

    table = Table(*columns, show_lines=False, highlight=False)
    for row in rows:
        table.add_row(*(_cell(v) for v in row))
    # rich measures CJK characters as two columns; a terminal's width where there is one, else no wrapping.
    width = os.get_terminal_size().columns if sys.stdout.isatty() else 10_000
    out = io.StringIO()
    console = Console(file=out, width=width, color_system=None, force_terminal=False)
    console.print(table)
    console.print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return out.getvalue()


RENDERERS: dict[str, Callable[[list[str], list[tuple]], str]] = {
    "table": _table,
    "csv": _csv,
    "json": _json,
    "markdown": _markdown,
}


class Shell:
    """The interactive prompt: statements over several lines, dot commands, history."""

    def __init__(self, marts_file: Path, fmt: str):
        self.marts_file, self.format = marts_file, fmt
        self.con = connect(marts_file)
        self.commands: dict[str, Callable[[str], None]] = {
            ".tables": self.tables,
            ".schema": self.schema,
            ".format": self.set_format,
            ".reconnect": self.reconnect,
            ".help": self.help,
        }

    def loop(self) -> int:
        history = _History()
        print(f"gongkai sql on {self.marts_file} (read-only). End statements with ';'. .help for commands.")
        pending: list[str] = []
        try:
            while True:
                try:
                    line = input(CONTINUATION if pending else PROMPT)
                except KeyboardInterrupt:  # Ctrl-C drops the statement being typed, as in psql
                    print()
                    pending = []
                    continue
                if not pending and line.strip().startswith("."):
                    if self.command(line.strip()):
                        break
                    continue
                if line.strip():
                    pending.append(line)
                if pending and "\n".join(pending).rstrip().endswith(";"):
                    self.execute("\n".join(pending))
                    history.add("\n".join(pending))
                    pending = []
        except EOFError:
            print()
        finally:
            history.save()
            self.con.close()
        return 0

    def command(self, line: str) -> bool:
        """Run a dot command; True when it ends the session."""
        name, _, argument = line.partition(" ")
        if name in (".quit", ".exit"):
            return True
        handler = self.commands.get(name)
        if handler is None:
            print(f"unknown command {name}: .help lists them")
        else:
            handler(argument.strip())
        return False

    def execute(self, statement: str) -> None:
        try:
            print(run_query(self.con, statement, self.format), end="")
        except duckdb.Error as exc:
            print(f"Error: {exc}")

    def tables(self, _: str) -> None:
        print(render(["name", "kind", "description"], self.con.execute(RELATIONS_SQL).fetchall(), self.format), end="")

    def schema(self, table: str) -> None:
        if not table:
            print("usage: .schema TABLE")
            return
        rows = self.con.execute(COLUMNS_SQL, [table]).fetchall()
        if not rows:
            print(f"no table or view named {table}: .tables lists them")
            return
        print(render(["column", "type", "description"], rows, self.format), end="")

    def set_format(self, fmt: str) -> None:
        if fmt not in FORMATS:
            print(f"formats: {', '.join(FORMATS)}")
            return
        self.format = fmt

    def reconnect(self, _: str) -> None:
        self.con.close()
        self.con = connect(self.marts_file)
        print("reconnected: the latest published run")

    def help(self, _: str) -> None:
        print(
            ".tables            tables and views, with what they hold\n"
            ".schema TABLE      its columns, types and descriptions\n"
            f".format FORMAT     {' | '.join(FORMATS)} (now {self.format})\n"
            ".reconnect         see the run published since the session started\n"
            ".quit              leave (or Ctrl-D)"
        )


class _History:
    """readline's history, kept between sessions; nothing when readline is missing (Windows)."""

    def __init__(self):
        self.path = Path(os.environ.get("GONGKAI_SQL_HISTORY", Path.home() / ".gongkai_sql_history"))
        try:
            import readline
        except ImportError:
            self.readline = None
            return
        self.readline = readline
        readline.set_history_length(HISTORY_LENGTH)
        if self.path.is_file():
            readline.read_history_file(self.path)

    def add(self, statement: str) -> None:
        # readline records each line as typed; a multi-line statement is recalled whole, on one line.
        if self.readline is not None and "\n" in statement:
            self.readline.add_history(" ".join(line.strip() for line in statement.splitlines()))

    def save(self) -> None:
        if self.readline is not None:
            self.readline.write_history_file(self.path)
