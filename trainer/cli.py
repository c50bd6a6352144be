"""The ``his-trainer`` command line. Every subcommand calls a service, never the GUI —
except running the app and ``screenshot``, which start the GUI on purpose.

``--data-dir DIR`` is accepted before or after any subcommand.

May import: every trainer package (trainer.gui only lazily, inside the GUI commands).
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from trainer import __version__, words
from trainer.errors import TrainerError

log = logging.getLogger(__name__)

Handler = Callable[[argparse.Namespace], int]

#: Feature packages that add their own subcommands: module with ``register(subparsers)``.
#: Each is imported only when its command is used (or for --help), so that starting the
#: app does not pay for importing every feature.
FEATURE_COMMANDS: dict[str, str] = {
    "bank": "trainer.content.bank_cli",
    "exam": "trainer.exams.cli",
    "sim": "trainer.sim.cli",
    "staff": "trainer.auth.cli",
    "serve": "trainer.server.cli",
    "server": "trainer.server.cli",
    "sync": "trainer.sync.cli",
    "certs": "trainer.reports.cli",
    "records": "trainer.reports.cli",
}


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        metavar="DIR",
        default=argparse.SUPPRESS,
        help="profile folder (default: the machine-wide data folder)",
    )
    return common


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv``, only the feature commands it names are loaded."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="his-trainer",
        parents=[common],
        description="HIS Trainer: learn and get certified on the hospital information system.",
    )
    parser.add_argument("--version", action="store_true", help="print version and build info")
    parser.add_argument("--lang", choices=["zh_CN", "en"], help="interface language")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    content = sub.add_parser("content", parents=[common], help="validate content")
    content_sub = content.add_subparsers(dest="content_command", required=True)
    check = content_sub.add_parser(
        "check", parents=[common], help="list every problem in courses, banks and scenarios"
    )
    check.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    check.add_argument("--json", action="store_true")
    check.set_defaults(handler=_content_check)

    db = sub.add_parser("db", parents=[common], help="the local database")
    db_sub = db.add_subparsers(dest="db_command", required=True)
    db_sub.add_parser(
        "rebuild", parents=[common], help="rebuild all projections from the journal"
    ).set_defaults(handler=_db_rebuild)
    db_sub.add_parser(
        "check", parents=[common], help="integrity check of the journal"
    ).set_defaults(handler=_db_check)

    demo = sub.add_parser(
        "demo", parents=[common], help="make a labelled demo profile with one account per role"
    )
    demo.set_defaults(handler=_demo)

    shot = sub.add_parser("screenshot", parents=[common], help="render a page offscreen to PNG")
    shot.add_argument("--page", required=True)
    shot.add_argument("--out", required=True, type=Path)
    shot.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    shot.add_argument("--as", dest="as_staff", metavar="STAFF", help="log in as this staff id")
    shot.add_argument("--size", default="1280x800", help="window size WxH")
    shot.add_argument("--scenario", help="open this scenario (station pages; ID@N plays N steps)")
    shot.set_defaults(handler=_screenshot)

    run = sub.add_parser("run", parents=[common], help="start the application (the default)")
    run.set_defaults(handler=_run_gui)

    words = set(sys.argv[1:] if argv is None else argv)
    show_all = bool(words & {"-h", "--help"})
    wanted = {module: None for name, module in FEATURE_COMMANDS.items()
              if show_all or name in words}  # one module may serve several commands
    for module in wanted:
        importlib.import_module(module).register(sub)
    _accept_data_dir(parser)
    return parser


def _accept_data_dir(parser: argparse.ArgumentParser) -> None:
    """Give every (sub)command ``--data-dir``, so it may follow the command too."""
    if "--data-dir" not in parser._option_string_actions:
        parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                            help="profile folder (default: the machine-wide data folder)")
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                _accept_data_dir(child)


def _services(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from trainer.services import open_services

    return open_services(getattr(args, "data_dir", None))


def _content_check(args: argparse.Namespace) -> int:
    import trainer.practical.definitions  # simulators/: the scenarios and the practicals
    import trainer.sim.scenario_files  # noqa: F401 — registers the simulators/ checker
    from trainer.content.check import check_content

    problems = check_content(list(args.paths) or None)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "file": p.file,
                        "line": p.line,
                        "field": p.field,
                        "message": p.message,
                        "code": p.code,
                    }
                    for p in problems
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
    else:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)" if problems else "content ok")
    return 1 if problems else 0


def _db_rebuild(args: argparse.Namespace) -> int:
    from trainer import words
    from trainer.errors import StoreError

    try:
        services = _services(args)
        replayed = services.journal.rebuild()
        held = len(services.journal.quarantined())
    except StoreError as exc:
        return _db_damaged(args, exc)
    print(f"rebuilt projections from {replayed} events")
    if held:
        print(words.say("quarantine.quarantined", args.lang or "en", count=held))
    return 0


def _db_check(args: argparse.Namespace) -> int:
    """Report, never crash: a damaged file is described with how to restore it."""
    from sqlalchemy.exc import DatabaseError

    from trainer.errors import StoreError
    from trainer.store.damage import damaged

    try:
        services = _services(args)
        findings = services.journal.check()
        if findings and findings[0].startswith("integrity:"):
            raise damaged(services.profile.database, Exception(findings[0][11:]),
                          services.profile.backups_dir)
        held = services.journal.quarantined()
        count = services.journal.count()
    except StoreError as exc:
        return _db_damaged(args, exc)
    except DatabaseError as exc:  # damaged beyond what the journal's check reports
        profile = _profile_of(args)
        return _db_damaged(args, damaged(profile.database, exc, profile.backups_dir))
    for finding in findings:
        print(finding)
    for event in held:
        print(f"quarantined: {event.event_id} {event.type} ({event.code}): "
              f"{event.describe(args.lang or 'en')}")
    print(f"{count} events; {len(held)} set aside; " + ("ok" if not findings else "PROBLEMS"))
    return 1 if findings or held else 0


def _db_damaged(args: argparse.Namespace, exc: TrainerError) -> int:
    from pathlib import Path

    from trainer import words
    from trainer.store.damage import integrity

    print(f"error: {exc.code}: {words.say(exc.code, args.lang or 'en', **exc.facts)}",
          file=sys.stderr)
    if "path" in exc.facts:
        for finding in integrity(Path(exc.facts["path"]))[:20]:
            print(f"integrity: {finding}")
    return 1


def _profile_of(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The profile ``args`` name, without opening its database (it may be damaged)."""
    from trainer.config import Profile, resolve_data_dir

    return Profile(resolve_data_dir(getattr(args, "data_dir", None)))


def _demo(args: argparse.Namespace) -> int:
    from trainer.demo import DEMO_ACCOUNTS, NotEmpty, make_demo

    services = _services(args)
    try:
        created = make_demo(services)
    except NotEmpty:
        print(
            f"{services.profile.root} already has real staff; use an empty --data-dir for the demo",
            file=sys.stderr,
        )
        return 1
    print(f"DEMO profile at {services.profile.root} ({created} accounts created)")
    for staff_id, _name, roles, _dept, password in DEMO_ACCOUNTS:
        print(f"  {staff_id:6} {password:16} {', '.join(sorted(roles))}")
    return 0


def _gui(name: str) -> Callable[..., int]:
    module = importlib.import_module("trainer.gui.app")
    handler: Callable[..., int] = getattr(module, name)
    return handler


def _screenshot(args: argparse.Namespace) -> int:
    return _gui("screenshot")(args)


def _run_gui(args: argparse.Namespace) -> int:
    return _gui("run")(args)


def version_text() -> str:
    from trainer.buildinfo import build_info

    info = build_info()
    return f"his-trainer {__version__} ({info})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    if args.version:
        print(version_text())
        return 0
    handler: Handler = getattr(args, "handler", _run_gui)
    _configure_logging(args)
    _use_profile_language(args)
    try:
        return handler(args)
    except TrainerError as exc:
        log.error("%s %s", exc.code, exc.facts)
        print(f"error: {error_words(exc)}", file=sys.stderr)
        return 1


def error_words(exc: TrainerError) -> str:
    """An error as the CLI says it: the table's words in the profile's language, or the
    code with the error's own located detail when the table has none for it."""
    import trainer.auth.words
    import trainer.sync.words  # noqa: F401  (the core's tables of words)

    if words.knows(exc.code):
        return words.say(exc.code, **exc.facts)
    return f"{exc.code}: {exc} {exc.facts or ''}".rstrip()


def _use_profile_language(args: argparse.Namespace) -> None:
    """``--lang``, else the profile's ``language`` setting (its default: the system's)."""
    lang = getattr(args, "lang", None)
    if not lang:
        from trainer.config import Settings, open_profile

        try:
            lang = str(Settings(open_profile(getattr(args, "data_dir", None))).get("language"))
        except (TrainerError, OSError):
            lang = "system"
    words.use_language(words.language_of(lang))


def _configure_logging(args: argparse.Namespace) -> None:
    from trainer.config import resolve_data_dir
    from trainer.logsetup import configure_logging

    try:
        root = resolve_data_dir(getattr(args, "data_dir", None))
    except TrainerError:
        logging.basicConfig(level=logging.WARNING)
        return
    configure_logging(root / "logs" / "his-trainer.log")


if __name__ == "__main__":
    sys.exit(main())
