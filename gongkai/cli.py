"""gongkai turns web copies of Chinese government information-disclosure documents into a validated
warehouse (Parquet datasets and a DuckDB file), one Prefect flow run at a time.

  gongkai run   --input PATH --warehouse PATH   one pipeline run (a Prefect flow run; nothing to do, and no
                                               flow run, when input and pipeline are unchanged — see --force)
  gongkai score --warehouse PATH --gold FILE    compare a warehouse with hand labels
  gongkai serve --input PATH --warehouse PATH --cron "0 3 * * *"   a scheduled deployment
  gongkai sql [QUERY] --warehouse PATH          SQL on the warehouse, read-only (gongkai.sql_shell)
  gongkai dashboard --warehouse PATH --out DIR  the static offline dashboard (gongkai.dashboard)

Exit codes and environment variables: `gongkai.usage`.
"""

from __future__ import annotations

import argparse
import os
import sys
import traceback
from importlib.metadata import version
from pathlib import Path

from gongkai import sql_shell
from gongkai.dashboard import build as dashboard_site
from gongkai.schedule import DEFAULT_TIMEZONE
from gongkai.settings import BATCH_SIZE, SAMPLE_CORPUS, configure_prefect, default_warehouse
from gongkai.tasks.runtime.notify import FORMATS as ALERT_FORMATS
from gongkai.usage import EPILOG, EXIT_BUSY, EXIT_DATA_QUALITY, EXIT_FAILED, EXIT_OK, path_problem


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="gongkai",
        description=__doc__.split("\n\n")[0],
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"gongkai {version('gongkai')}")
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser(
        "run", help="run the pipeline once", epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    _io_arguments(run)
    run.add_argument(
        "--batch-size",
        type=int,
        default=BATCH_SIZE,
        help=f"files a worker takes at once, at most (default {BATCH_SIZE}; the last batches are smaller)",
    )
    run.add_argument("--verbose", action="store_true", help="show Prefect's logs on the console")
    run.add_argument(
        "--dashboard",
        action="store_true",
        help="also refresh the dashboard in <warehouse>/dashboard (a Prefect artifact links it)",
    )
    run.add_argument("--no-progress", action="store_true", help="no progress bar")
    run.add_argument(
        "--wait",
        action=argparse.BooleanOptionalAction,
        default=True,
        help=f"when another run holds the warehouse, wait for it (default) or, with --no-wait, exit {EXIT_BUSY}",
    )
    run.add_argument(
        "--force",
        action="store_true",
        help="rebuild even when neither the input nor the pipeline changed since the last run",
    )

    score = commands.add_parser("score", help="score a warehouse against a gold.jsonl file")
    score.add_argument("--warehouse", type=Path, default=None)
    score.add_argument("--gold", type=Path, required=True)
    score.add_argument(
        "--require",
        default="",
        help="comma-separated checks that must pass: fields (doc_type), facts, facts@FILE, all, or thresholds "
        "such as contract_recall>=0.90,value_capture>=0.80,precision>=0.95,contradictions<=2",
    )
    score.add_argument("--by", choices=["source"], help="also score per source (the file name's prefix)")
    score.add_argument("--json", action="store_true", help="print the scores as JSON")
    score.add_argument(
        "--misses",
        action="store_true",
        help="list every missed contract-vocabulary fact (with its carrier) and contradiction",
    )

    serve = commands.add_parser("serve", help="serve a scheduled deployment (needs PREFECT_API_URL)")
    _io_arguments(serve)
    when = serve.add_mutually_exclusive_group()
    when.add_argument("--cron", default="0 3 * * *", help="schedule, cron syntax (default daily 03:00)")
    when.add_argument("--interval", type=float, default=None, help="schedule: every SECONDS instead of --cron")
    serve.add_argument(
        "--timezone", default=DEFAULT_TIMEZONE, help=f"the schedule's time zone (default {DEFAULT_TIMEZONE})"
    )
    serve.add_argument("--name", default="gongkai-scheduled")

    sql_shell.add_command(commands)
    dashboard_site.add_command(commands)

    args = parser.parse_args(argv)
    if hasattr(args, "handler"):  # commands registered from their own modules
        return args.handler(args)
    if args.command == "score":
        from gongkai.score import score_command

        return score_command(
            args.warehouse or default_warehouse(), args.gold, args.require, args.json, args.misses, args.by == "source"
        )
    warehouse = args.warehouse or default_warehouse()
    if args.follow_symlinks:
        os.environ["GONGKAI_FOLLOW_SYMLINKS"] = "1"  # before the workers' server starts: they inherit it
    if args.alert_format:
        os.environ["GONGKAI_ALERT_FORMAT"] = args.alert_format  # the flow's alert hook reads it, as do served runs
    problem = path_problem(args.input, warehouse)
    if problem:
        print(f"gongkai: {problem[1]}", file=sys.stderr)
        return problem[0]
    configure_prefect(warehouse, verbose=getattr(args, "verbose", False))
    if args.command == "serve":
        from gongkai.schedule import serve as serve_deployment

        serve_deployment(args.input, warehouse, args.name, args.cron, args.interval, args.timezone)
        return EXIT_OK
    return _run(
        args.input,
        warehouse,
        args.batch_size,
        not args.no_progress,
        args.force,
        args.wait,
        args.verbose,
        args.dashboard,
    )


def _io_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--input",
        type=Path,
        default=SAMPLE_CORPUS,
        help="folder (read recursively) or file; default: the bundled sample corpus",
    )
    parser.add_argument("--warehouse", type=Path, default=None, help="output folder; default ./warehouse")
    parser.add_argument(
        "--alert-format",
        choices=ALERT_FORMATS,
        default=None,
        help="payload of the alert webhook (GONGKAI_ALERT_WEBHOOK): json (default), or a chat service's message",
    )
    parser.add_argument(
        "--follow-symlinks",
        action="store_true",
        help="read symlinks that leave the input folder (GONGKAI_FOLLOW_SYMLINKS=1); by default they are rejected",
    )


def _run(
    input_path: Path,
    warehouse: Path,
    batch_size: int,
    show_progress: bool,
    force: bool,
    wait: bool,
    verbose: bool,
    dashboard: bool = False,
) -> int:
    """The run under the warehouse's lock, taken before Prefect starts; Ctrl-C and SIGTERM end it at once."""
    from gongkai.tasks.runtime import interrupt
    from gongkai.tasks.runtime.lock import WarehouseBusy, describe, warehouse_lock

    interrupt.exit_on_signal()
    try:
        with warehouse_lock(warehouse, wait, on_wait=lambda line: print(f"gongkai: {line}", file=sys.stderr)) as killed:
            if killed:
                print(f"gongkai: taking over from {describe(killed)}, which did not finish", file=sys.stderr)
            return _run_locked(input_path, warehouse, batch_size, show_progress, force, verbose, dashboard)
    except WarehouseBusy as exc:
        print(f"gongkai: {exc} (without --no-wait, the run waits for it)", file=sys.stderr)
        return EXIT_BUSY


def _run_locked(
    input_path: Path,
    warehouse: Path,
    batch_size: int,
    show_progress: bool,
    force: bool,
    verbose: bool,
    dashboard: bool = False,
) -> int:
    from gongkai import progress
    from gongkai.report import BarReporter, print_summary
    from gongkai.tasks.document.ingest import discover, walked
    from gongkai.tasks.runtime.fingerprint import corpus_fingerprint, reusable_summary

    # The input's fingerprint, taken before Prefect starts: when the published run has the same, there is
    # nothing to do, and an unchanged corpus costs a directory walk (~1 s at 100k files) instead of the
    # ephemeral server's ~8 s start-up. Otherwise the flow is handed the walk and the fingerprint rather
    # than taking them again; it makes the same check itself when a scheduled deployment runs it.
    root = input_path.resolve()
    files = discover(root)
    fingerprint = corpus_fingerprint(files, root)
    previous = None if force else reusable_summary(warehouse.resolve(), fingerprint)
    if previous:
        print_summary(previous | {"reused_from": previous["run_id"]})
        if dashboard:  # no flow run: the dashboard is written here
            dashboard_site.refresh(warehouse)
        return EXIT_OK
    if show_progress:
        progress.install(BarReporter())
    from gongkai.flows.pipeline import gongkai_run
    from gongkai.tasks.runtime.alert import DataQualityError
    from gongkai.tasks.runtime.pool import start_worker_server

    start_worker_server()  # its imports run while Prefect's server starts

    try:
        with walked(root, files, fingerprint):
            summary = gongkai_run.with_options(retries=0)(
                input_path=str(input_path),
                warehouse=str(warehouse),
                batch_size=batch_size,
                force=force,
                dashboard=dashboard,
            )
    except DataQualityError as exc:
        progress.current.stop()
        print_summary(exc.summary, failures=exc.failures)
        return EXIT_DATA_QUALITY
    except Exception as exc:
        progress.current.stop()
        if verbose:
            traceback.print_exc()
        print(f"gongkai: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print_summary(summary)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
