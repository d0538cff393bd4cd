"""The `gongkai` command.

  gongkai run   --input PATH --warehouse PATH   one pipeline run (a Prefect flow run; nothing to do, and no
                                               flow run, when input and pipeline are unchanged — see --force)
  gongkai score --warehouse PATH --gold FILE    compare a warehouse with hand labels
  gongkai serve --input PATH --warehouse PATH --cron "0 3 * * *"   a scheduled deployment
  gongkai sql [QUERY] --warehouse PATH          SQL on the warehouse, read-only (gongkai.sql_shell)
  gongkai dashboard --warehouse PATH --out DIR  the static offline dashboard (gongkai.dashboard)

Exit codes of `run`: 0 the run completed (quarantined inputs included), 2 a blocking data-quality check
failed (the warehouse holds the valid rows and the quarantine; an alert was raised), 1 the run itself failed.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from gongkai import sql_shell
from gongkai.dashboard import build as dashboard_site
from gongkai.settings import BATCH_SIZE, SAMPLE_CORPUS, configure_prefect, default_warehouse

EXIT_OK, EXIT_FAILED, EXIT_DATA_QUALITY, EXIT_USAGE = 0, 1, 2, 64


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="gongkai", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)

    run = commands.add_parser("run", help="run the pipeline once")
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
        "--force",
        action="store_true",
        help="rebuild even when neither the input nor the pipeline changed since the last run",
    )

    score = commands.add_parser("score", help="score a warehouse against a gold.jsonl file")
    score.add_argument("--warehouse", type=Path, default=None)
    score.add_argument("--gold", type=Path, required=True)
    score.add_argument(
        "--require", default="", help="comma-separated checks that must pass (fields like doc_type, or 'facts:FILE')"
    )
    score.add_argument("--json", action="store_true", help="print the scores as JSON")
    score.add_argument(
        "--misses",
        action="store_true",
        help="list every missed contract-vocabulary fact (with its carrier) and contradiction",
    )

    serve = commands.add_parser("serve", help="serve a scheduled deployment (needs PREFECT_API_URL)")
    _io_arguments(serve)
    serve.add_argument("--cron", default="0 3 * * *", help="schedule, cron syntax (default daily 03:00)")
    serve.add_argument("--name", default="gongkai-scheduled")

    sql_shell.add_command(commands)
    dashboard_site.add_command(commands)

    args = parser.parse_args(argv)
    if hasattr(args, "handler"):  # commands registered from their own modules
        return args.handler(args)
    if args.command == "score":
        from gongkai.score import score_command

        return score_command(args.warehouse or default_warehouse(), args.gold, args.require, args.json, args.misses)
    warehouse = args.warehouse or default_warehouse()
    if not args.input.exists():
        print(f"gongkai: input {args.input} does not exist", file=sys.stderr)
        return EXIT_USAGE
    configure_prefect(warehouse, verbose=getattr(args, "verbose", False))
    if args.command == "serve":
        from gongkai.flows.pipeline import gongkai_run

        gongkai_run.serve(
            name=args.name,
            cron=args.cron,
            parameters={"input_path": str(args.input.resolve()), "warehouse": str(warehouse.resolve())},
        )
        return EXIT_OK
    return _run(
        args.input,
        warehouse,
        args.batch_size,
        show_progress=not args.no_progress,
        force=args.force,
        dashboard=args.dashboard,
    )


def _io_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--input",
        type=Path,
        default=SAMPLE_CORPUS,
        help="folder (read recursively) or file; default: the bundled sample corpus",
    )
    parser.add_argument("--warehouse", type=Path, default=None, help="output folder; default ./warehouse")


def _run(
    input_path: Path,
    warehouse: Path,
    batch_size: int,
    show_progress: bool,
    force: bool = False,
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
        with walked(root, files):
            summary = gongkai_run(
                input_path=str(input_path),
                warehouse=str(warehouse),
                batch_size=batch_size,
                force=force,
                fingerprint=fingerprint,
                dashboard=dashboard,
            )
    except DataQualityError as exc:
        progress.current.stop()
        print_summary(exc.summary, failures=exc.failures)
        return EXIT_DATA_QUALITY
    except Exception as exc:
        progress.current.stop()
        print(f"gongkai: the run failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        return EXIT_FAILED
    print_summary(summary)
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
