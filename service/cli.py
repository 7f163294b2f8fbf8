"""The ``sandesh`` command: serve, draft, check, eval, poster, posters-bulk, prompts."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

if TYPE_CHECKING:
    from service.config import Settings
    from service.pipeline import Event
    from service.store import Store


def _serve(args: argparse.Namespace) -> int:
    from service.auth import StartupRefused, check_startup
    from service.config import get_settings
    from service.main import create_app
    from service.server import SandeshServer
    from service.store import StorageFailure

    settings = get_settings()
    host = args.host or settings.host
    port = args.port or settings.port
    settings = settings.model_copy(update={"host": host, "port": port})
    try:
        # The app checks again as it starts; this says why before anything loads.
        with _open_store(settings) as store:
            check_startup(settings.auth, host, store)
    except (StorageFailure, StartupRefused) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(
        f"Sandesh: studio http://{host}:{port}/  API docs http://{host}:{port}/docs  "
        f"(backend: {settings.backend})",
        file=sys.stderr,
    )
    SandeshServer(create_app(settings), host, port).run()
    return 0


def _draft(args: argparse.Namespace) -> int:
    from models.base import BackendError, GenerationCancelled
    from models.registry import create_backend
    from prompts import get_library
    from service.config import get_settings
    from service.errors import ServiceError
    from service.limits import validate_limits
    from service.pipeline import DraftPipeline
    from service.schemas import DraftRequest

    settings = get_settings()
    if args.request == "-":
        raw = sys.stdin.read()
    else:
        try:
            raw = Path(args.request).read_text(encoding="utf-8")
        except OSError as exc:
            print(f"error: cannot read {args.request}: {exc.strerror}", file=sys.stderr)
            return 2
    try:
        req = DraftRequest.model_validate_json(raw)
    except ValidationError as exc:
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "body"
            print(f"error: {field}: {err['msg']}", file=sys.stderr)
        return 2
    try:
        validate_limits(req, settings)
    except ServiceError as exc:
        for err in exc.detail:
            print(f"error: {err['message']}", file=sys.stderr)
        return 2
    backend = create_backend(settings.backend, settings.backend_options())
    print(f"loading {backend.model_id} ({backend.name})...", file=sys.stderr)
    backend.load()
    pipeline = DraftPipeline(backend, get_library(), settings)
    try:
        events = list(_echo(pipeline.run(req), verbose=args.verbose))
    except GenerationCancelled as exc:
        print(f"error: {exc}; raise SANDESH_GENERATION_TIMEOUT_S", file=sys.stderr)
        return 1
    except BackendError as exc:
        print(f"error: the model server failed: {exc}", file=sys.stderr)
        return 1
    json.dump(events[-1].data, sys.stdout, ensure_ascii=False, indent=2)
    print()
    return 0


def _echo(events: Iterator[Event], *, verbose: bool) -> Iterator[Event]:
    """Pass events through, showing tokens and verdicts on stderr as they come."""
    for event in events:
        if event.name == "token" and verbose:
            print(event.data["text"], end="", file=sys.stderr, flush=True)
        elif event.name == "candidate" and verbose:
            print(
                f"\n[candidate {event.data['index']}: "
                f"{'passed' if event.data['passed'] else 'rejected'}]",
                file=sys.stderr,
            )
        yield event


def _check_line(line: str, settings: Settings) -> dict[str, Any]:
    """One JSON body in, one response (or an error object) out: a bad line never stops a batch."""
    from service.checking import CheckRequest, check_text
    from service.errors import ServiceError

    try:
        req = CheckRequest.model_validate_json(line)
    except ValidationError as exc:
        detail = [
            {"field": ".".join(str(p) for p in e["loc"]) or "body", "message": e["msg"]}
            for e in exc.errors()
        ]
        return {"error": {"status": 422, "detail": detail}}
    try:
        return check_text(req, settings).model_dump()
    except ServiceError as exc:
        return {"error": {"status": exc.status_code, "detail": exc.detail}}


def _check(args: argparse.Namespace) -> int:
    from service.config import get_settings

    settings = get_settings()
    with contextlib.ExitStack() as stack:
        try:
            source = (
                sys.stdin
                if args.input == "-"
                else stack.enter_context(Path(args.input).open(encoding="utf-8"))
            )
        except OSError as exc:
            print(f"error: cannot read {args.input}: {exc.strerror}", file=sys.stderr)
            return 2
        if not args.jsonl:
            result = _check_line(source.read(), settings)
            json.dump(result, sys.stdout, ensure_ascii=False, indent=2)
            print()
            return 2 if "error" in result else (0 if result["passed"] else 1)
        for line in source:
            if not line.strip():
                continue
            print(json.dumps(_check_line(line, settings), ensure_ascii=False), flush=True)
    return 0


def _eval_conduct(split: str, out: Path) -> int:
    """The conduct check's figures on one split of its labelled set, or its false alarms on
    civic posts a writer would publish (``posts``)."""
    from evaluation.conduct import check_conduct
    from evaluation.conduct import train as conduct

    texts = conduct.civic_posts() if split == "posts" else conduct.load(split)  # type: ignore[arg-type]
    figures = conduct.score(texts, check_conduct)
    summary = {"split": split, **figures.summary()}
    out.mkdir(parents=True, exist_ok=True)
    path = out / f"conduct-{split}.json"
    path.write_text(
        json.dumps({**summary, "errors": figures.errors}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(json.dumps(summary, ensure_ascii=False, indent=1))
    print(f"report: {path}")
    return 0


def _eval(args: argparse.Namespace) -> int:
    from evaluation import harness

    if args.conduct:
        return _eval_conduct(args.conduct, Path(args.out))
    if args.compare:
        try:
            a, b = (json.loads(Path(p).read_text(encoding="utf-8")) for p in args.compare)
        except (OSError, ValueError) as exc:
            print(f"error: cannot read a report: {exc}", file=sys.stderr)
            return 2
        print(harness.compare(a, b))
        return 0
    if not args.suite and not args.split:
        print(
            "error: give a suite file, --split, --conduct or --compare A.json B.json",
            file=sys.stderr,
        )
        return 2
    from tqdm import tqdm

    from models.registry import create_backend
    from prompts import get_library
    from service.config import Settings
    from service.limits import validate_limits
    from service.pipeline import DraftPipeline
    from service.schemas import DraftRequest

    try:
        if args.split:
            from models.tuning.dataset import split_suite

            suite = split_suite(args.split)
        else:
            suite = harness.load_suite(Path(args.suite))
    except (harness.SuiteError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    pairs = (("backend", args.backend), ("model", args.model), ("adapter", args.adapter))
    overrides = {k: v for k, v in pairs if v}
    settings = Settings(**overrides)
    backend = create_backend(settings.backend, settings.backend_options())
    print(f"loading {backend.model_id} ({backend.name})...", file=sys.stderr)
    backend.load()
    pipeline = DraftPipeline(backend, get_library(), settings)

    def draft(body: dict[str, Any]) -> dict[str, Any]:
        req = DraftRequest.model_validate(body)
        validate_limits(req, settings)
        return next(e for e in pipeline.run(req) if e.name == "done").data

    report = harness.run_suite(
        suite,
        draft,
        model=backend.model_id,
        backend=backend.name,
        progress=lambda cases: tqdm(cases, desc=suite.name, unit="case", disable=None),
    )
    json_path, html_path = harness.write_reports(report, Path(args.out))
    totals = report["totals"]
    print(
        f"{totals['cases_passing']}/{totals['cases']} cases passed; model candidates passing "
        f"every check: {totals['model_candidates_passing']}; drafts from the model: "
        f"{totals['drafts_from_model']}; {totals['tokens_per_s']} tokens/s"
    )
    for row in report["thresholds"]:
        mark = "met" if row["met"] else "MISSED"
        print(f"  {row['name']}: {row['value']} (floor {row['floor']}) {mark}")
    print(f"reports: {json_path} {html_path}")
    return 0 if harness.passed(report) else 1


def _poster(args: argparse.Namespace) -> int:
    from service.config import get_settings
    from service.posters.jobs import job_from_request
    from service.posters.render import PosterInputError, render
    from service.schemas import PosterRequest

    try:
        raw = sys.stdin.read() if args.spec == "-" else Path(args.spec).read_text(encoding="utf-8")
        req = PosterRequest.model_validate_json(raw)
        rendered = render(job_from_request(req, get_settings()))
    except OSError as exc:
        print(f"error: cannot read {args.spec}: {exc.strerror}", file=sys.stderr)
        return 2
    except ValidationError as exc:
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]) or "body"
            print(f"error: {field}: {err['msg']}", file=sys.stderr)
        return 2
    except PosterInputError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    out = Path(args.out or f"{req.template}.{'jpg' if req.format == 'jpeg' else req.format}")
    out.write_bytes(rendered.data)
    for warning in rendered.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"{out} ({len(rendered.data)} bytes, label covers {rendered.label_share:.1%})")
    return 0


def _posters_bulk(args: argparse.Namespace) -> int:
    from tqdm import tqdm

    from service.config import get_settings
    from service.posters.jobs import BulkRowsError, bulk_zip, parse_csv
    from service.posters.render import PosterInputError

    settings = get_settings()
    try:
        # Bytes: parse_csv names the row and column of a byte that is not UTF-8.
        raw = Path(args.rows).read_bytes()
        requests = parse_csv(raw, settings, template=args.template, fmt=args.format)
        data = bulk_zip(
            requests,
            settings,
            progress=lambda it: tqdm(it, total=len(requests), unit="poster", disable=None),
        )
    except OSError as exc:
        print(f"error: cannot read {args.rows}: {exc.strerror}", file=sys.stderr)
        return 2
    except BulkRowsError as exc:
        for err in exc.errors:
            print(f"error: {err['message']}", file=sys.stderr)
        return 2
    except PosterInputError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    Path(args.out).write_bytes(data)
    print(f"{args.out}: {len(requests)} posters")
    return 0


@contextlib.contextmanager
def _open_store(settings: Settings) -> Iterator[Store]:
    from service.store import Store

    store = Store(settings.data_dir, settings.database_url)
    try:
        yield store
    finally:
        store.close()


def _users(args: argparse.Namespace) -> int:
    from datetime import UTC, datetime

    from service.config import get_settings
    from service.store import StorageFailure

    try:
        with _open_store(get_settings()) as store:
            if args.action == "add":
                try:
                    account, key = store.add_account(args.name, args.role, created_by="cli")
                except ValueError as exc:
                    print(f"error: {exc}", file=sys.stderr)
                    return 2
                print(key)
                print(
                    f"added {account.name} ({account.role}); the key above is shown this once: "
                    "give it to them now",
                    file=sys.stderr,
                )
            elif args.action == "list":
                now = datetime.now(UTC)
                print("name\trole\tstatus\tkey\tcreated\texpires\tcreated_by")
                for account in store.accounts():
                    expires = (
                        account.expires_at.isoformat(timespec="minutes")
                        if account.expires_at
                        else "-"
                    )
                    print(
                        f"{account.name}\t{account.role}\t{account.status(now)}\t"
                        f"{account.key_prefix}…\t{account.created_at.isoformat(timespec='minutes')}\t"
                        f"{expires}\t{account.created_by or '-'}"
                    )
            elif not store.revoke(args.name):
                print(f"error: no active account named {args.name!r}", file=sys.stderr)
                return 1
            else:
                print(f"revoked {args.name}: its key stops working at once", file=sys.stderr)
    except StorageFailure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _records(args: argparse.Namespace) -> int:
    from datetime import date

    from service.config import get_settings
    from service.export import day_range, export_lines
    from service.store import StorageFailure

    settings = get_settings()
    try:
        first = date.fromisoformat(args.since) if getattr(args, "since", None) else None
        last = date.fromisoformat(args.until) if getattr(args, "until", None) else None
    except ValueError as exc:
        print(f"error: --from and --to are days, as 2026-12-05 ({exc})", file=sys.stderr)
        return 2
    try:
        with _open_store(settings) as store:
            if args.action == "takedowns":
                for item in store.takedowns():
                    late = "OVERDUE" if item["overdue"] else "open"
                    print(
                        f"{late}\t{item['open_minutes']} min\t{item['id']}\t{item['account']}\t"
                        f"{item['kind']}\t{item['summary']}"
                    )
                return 0
            since, until = day_range(first, last, settings.timezone)
            lines = export_lines(
                store, args.format, since=since, until=until, timezone=settings.timezone
            )
            with contextlib.ExitStack() as stack:
                out = (
                    stack.enter_context(open(args.out, "w", encoding="utf-8", newline=""))
                    if args.out
                    else sys.stdout
                )
                count = -1 if args.format == "csv" else 0
                for line in lines:
                    out.write(line)
                    count += 1
            print(f"{count} records", file=sys.stderr)
    except StorageFailure as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


def _prompts(args: argparse.Namespace) -> int:
    from prompts import get_library

    for template in get_library():
        meta = template.meta
        print(f"{meta.name}\tv{meta.version}\t{meta.description}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="sandesh", description="Grounded Hindi civic post drafts from an open LLM."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the HTTP service")
    serve.add_argument("--host")
    serve.add_argument("--port", type=int)
    serve.set_defaults(func=_serve)
    draft = sub.add_parser("draft", help="draft from a request JSON file (or - for stdin)")
    draft.add_argument("request")
    draft.add_argument("-v", "--verbose", action="store_true", help="show tokens as they come")
    draft.set_defaults(func=_draft)
    check = sub.add_parser(
        "check",
        help="check a text: one JSON body {text, facts?, platform?, tone?} (exit 1 if it fails)",
    )
    check.add_argument("input", nargs="?", default="-", help="a JSON file, or - for stdin")
    check.add_argument(
        "--jsonl", action="store_true", help="one body per line in, one response per line out"
    )
    check.set_defaults(func=_check)
    evaluate = sub.add_parser(
        "eval", help="run a YAML suite against a model and write JSON and HTML reports"
    )
    evaluate.add_argument("suite", nargs="?", help="e.g. evaluation/suites/core.yaml")
    evaluate.add_argument("--backend", help="overrides SANDESH_BACKEND")
    evaluate.add_argument("--model", help="overrides SANDESH_MODEL")
    evaluate.add_argument("--adapter", help="overrides SANDESH_ADAPTER ('none': the base model)")
    evaluate.add_argument(
        "--split",
        choices=["dev", "test", "holdout"],
        help="run the tuning data's dev or test split (topics never trained on), or the newest "
        "held-out set of models/tuning/holdout/, as the suite",
    )
    evaluate.add_argument(
        "--conduct",
        choices=["dev", "test", "paraphrases", "posts"],
        help="the conduct check's precision, recall and speed on a split of its labelled set "
        "(evaluation/conduct/data), or its false alarms on civic posts (posts)",
    )
    evaluate.add_argument("--out", default="reports", help="folder for the reports")
    evaluate.add_argument(
        "--compare", nargs=2, metavar=("A.json", "B.json"), help="compare two reports"
    )
    evaluate.set_defaults(func=_eval)
    poster = sub.add_parser("poster", help="render a poster from a JSON spec (as POST /v1/posters)")
    poster.add_argument("spec", help="a JSON file, or - for stdin")
    poster.add_argument("--out", help="the file to write (default: TEMPLATE.FORMAT)")
    poster.set_defaults(func=_poster)
    bulk = sub.add_parser("posters-bulk", help="render one poster per CSV row into a ZIP")
    bulk.add_argument("rows", help="a CSV whose first row names the columns (title, lines, ...)")
    bulk.add_argument("--template", help="layout for rows that name none")
    bulk.add_argument("--format", choices=["png", "jpeg", "webp", "pdf"])
    bulk.add_argument("--out", default="posters.zip")
    bulk.set_defaults(func=_posters_bulk)
    prompts = sub.add_parser("prompts", help="list prompt templates")
    prompts.set_defaults(func=_prompts)
    users = sub.add_parser("users", help="accounts and their API keys")
    users_sub = users.add_subparsers(dest="action", required=True)
    add = users_sub.add_parser("add", help="add an account and print its key (shown once)")
    add.add_argument("name")
    add.add_argument("--role", required=True, choices=["worker", "designer", "trainer", "admin"])
    users_sub.add_parser("list", help="every account, its role and whether its key works")
    revoke = users_sub.add_parser("revoke", help="stop an account's key working, at once")
    revoke.add_argument("name")
    users.set_defaults(func=_users)
    record = sub.add_parser("records", help="the record of everything generated")
    record_sub = record.add_subparsers(dest="action", required=True)
    export = record_sub.add_parser(
        "export", help="every record of the days asked for (in SANDESH_TIMEZONE), as CSV or JSONL"
    )
    export.add_argument(
        "--from", dest="since", help="first day, as 2026-12-05 (default: the first)"
    )
    export.add_argument("--to", dest="until", help="last day, included (default: today)")
    export.add_argument("--format", choices=["csv", "jsonl"], default="csv")
    export.add_argument("--out", help="the file to write (default: standard output)")
    record_sub.add_parser(
        "takedowns", help="takedown requests still open, oldest first (OVERDUE past 3 hours)"
    )
    record.set_defaults(func=_records)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    try:
        return int(args.func(args))
    except ValueError as exc:  # settings that fail validation say what to fix
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
