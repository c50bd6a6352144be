"""``his-trainer certs …`` and ``his-trainer records …``: certificates from the command line.

Acting as HR (``--as STAFF``): the password is asked for on the terminal, or read from
standard input with ``--password-stdin`` (first line; the issuer key's passphrase, when
needed, is the second line — for ``certs record`` it is optional: without it the records
print marked unsigned). ``certs verify`` and ``certs sample`` need no login.
Errors are one line naming what is wrong; nothing here prints a traceback for bad input.

May import: every Qt-free trainer package (ReportLab lazily, through the report modules).
It lives in ``trainer.reports`` because it drives the reports (layers contract).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path
from typing import Any

from trainer import words
from trainer.errors import ContentError, TrainerError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    certs = subparsers.add_parser("certs", help="certificates: issue, print, verify")
    sub = certs.add_subparsers(dest="certs_command", required=True)
    sample = sub.add_parser("sample", help="render a SAMPLE certificate (not signed)")
    sample.add_argument("--name", required=True)
    sample.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    sample.add_argument("--out", required=True, type=Path)
    sample.set_defaults(handler=_sample)
    verify = sub.add_parser("verify", help="check a certificate PDF, QR text or code")
    verify.add_argument("what", metavar="FILE.pdf|QR-TEXT|CODE")
    verify.add_argument("--lang", choices=["zh_CN", "en"], default="en")
    verify.set_defaults(handler=_verify)
    key = _acting(sub.add_parser("key", help="create this PC's issuer key (standalone)"))
    key.set_defaults(handler=_key)
    issue = _acting(sub.add_parser("issue", help="issue certificates to eligible staff"))
    who = issue.add_mutually_exclusive_group(required=True)
    who.add_argument("--staff", metavar="NUMBER")
    who.add_argument("--all-eligible", action="store_true")
    issue.add_argument("--module")
    issue.set_defaults(handler=_issue)
    revoke = _acting(sub.add_parser("revoke", help="revoke a certificate, with a reason"))
    revoke.add_argument("number")
    revoke.add_argument("--reason", required=True)
    revoke.set_defaults(handler=_revoke)
    rules = _acting(sub.add_parser("rules", help="set certification rules"))
    rules.add_argument("--module", default="")
    rules.add_argument("--window-days", type=int, default=90)
    rules.add_argument("--validity-months", type=int, default=12)
    rules.add_argument("--reminder-days", type=int, default=30)
    rules.add_argument("--auto-issue", action="store_true")
    rules.set_defaults(handler=_rules)
    topup = _acting(sub.add_parser("topup", help="require a top-up course after an upgrade"))
    topup.add_argument("--module", required=True)
    topup.add_argument("--course", required=True)
    topup.add_argument("--due", required=True, type=date.fromisoformat, metavar="YYYY-MM-DD")
    topup.add_argument("--reason", default="")
    topup.set_defaults(handler=_topup)
    for name, text, handler in (("print", "print certificates to PDF", _print),
                                ("record", "signed training records (培训考核记录表)", _record)):
        cmd = _filters(_acting(sub.add_parser(name, help=text)))
        cmd.add_argument("--out", required=True, type=Path)
        cmd.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
        cmd.add_argument("--per-person", action="store_true", help="one file per person")
        cmd.set_defaults(handler=handler)
    permit = _acting(sub.add_parser("permit", help="signed permit-to-operate CSV"))
    permit.add_argument("--out", required=True, type=Path)
    permit.set_defaults(handler=_permit)

    records = subparsers.add_parser("records", help="certification records for HR")
    rsub = records.add_subparsers(dest="records_command", required=True)
    export = _filters(_acting(rsub.add_parser("export", help="export records")))
    export.add_argument("--format", choices=["pdf", "xlsx", "csv"], required=True)
    export.add_argument("--out", required=True, type=Path)
    export.add_argument("--lang", choices=["zh_CN", "en"], default="zh_CN")
    export.add_argument("--expiring-within", type=int, metavar="DAYS")
    export.set_defaults(handler=_export)


def _acting(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    parser.add_argument("--as", dest="acting", required=True, metavar="STAFF",
                        help="HR or administrator staff number")
    parser.add_argument("--password-stdin", action="store_true")
    return parser


def _filters(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--staff", metavar="NUMBER", default="")
    who.add_argument("--department", metavar="NAME", default="")
    who.add_argument("--all", action="store_true")
    parser.add_argument("--module", default="")
    parser.add_argument("--status", default="")
    parser.add_argument("--issued-from", type=date.fromisoformat, metavar="YYYY-MM-DD")
    parser.add_argument("--issued-until", type=date.fromisoformat, metavar="YYYY-MM-DD")
    return parser


def _refuse(exc: TrainerError) -> int:
    """The error in words — the certificates' and the login's (a wrong password) — in the
    language the command runs in (``--lang``, else the profile's)."""
    if isinstance(exc, ContentError):
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    import trainer.auth.words
    import trainer.certify.words_certs  # noqa: F401 - define the words

    print(f"error: {words.say(exc.code, **exc.facts)}", file=sys.stderr)
    return 1


class _Context:
    """Opened services, the acting session, the certification service."""

    def __init__(self, args: argparse.Namespace, login: bool = True) -> None:
        from trainer.certify.service import certification_for
        from trainer.services import open_services

        self.args = args
        self.services = open_services(getattr(args, "data_dir", None))
        self.certs = certification_for(self.services)
        self._stdin = iter(sys.stdin.readline, "") if getattr(args, "password_stdin",
                                                               False) else None
        self.session = self.services.login.login(args.acting, self._secret(
            f"password for {args.acting}: ")) if login else None

    def _secret(self, prompt: str) -> str:
        if self._stdin is not None:
            return next(self._stdin, "").rstrip("\r\n")
        return getpass.getpass(prompt)

    def passphrase(self) -> str:
        return self._secret("issuer key passphrase: ")

    def key(self) -> Any:
        return self.certs.unlock_key(self.session, self.passphrase())

    def optional_key(self) -> Any:
        """The issuer key to sign with, or ``None`` (no key on this PC, or no passphrase
        given): what is printed is then marked unsigned. A wrong passphrase is refused."""
        from trainer.certify.keys import has_issuer_key

        if not has_issuer_key(self.certs.keys_dir):
            return None
        passphrase = self._secret("issuer key passphrase (empty: print unsigned): ")
        return self.certs.unlock_key(self.session, passphrase) if passphrase else None


def _run(args: argparse.Namespace, body: Any, login: bool = True) -> int:
    try:
        ctx = _Context(args, login)
        try:
            return int(body(ctx))
        finally:
            ctx.services.close()
    except TrainerError as exc:
        return _refuse(exc)


def _sample(args: argparse.Namespace) -> int:
    from trainer.reports.certificate import Sheet, render_certificates
    from trainer.reports.template import load_template, template_folder

    def body(ctx: _Context) -> int:
        template = load_template(template_folder(ctx.services.profile.root))
        today = date.today()
        sheet = Sheet(args.lang, args.name, "S0001", "样本科室 Sample dept.", "SAMPLE-0000",
                      (("nurse_station", 95.0, 90.0),), today.isoformat(),
                      today.replace(year=today.year + 1, day=min(today.day, 28)).isoformat(),
                      False, "", "", sample=True)
        render_certificates(args.out, [sheet], template)
        print(args.out)
        return 0
    return _run(args, body, login=False)


def _verify(args: argparse.Namespace) -> int:
    from trainer.certify.record_seal import summary
    from trainer.certify.service import trusted_keys
    from trainer.certify.verify import verify_text
    from trainer.certify.words_certs import module_name

    def body(ctx: _Context) -> int:
        ledger = ctx.certs.ledger()
        verdicts = verify_text(args.what, ledger, trusted_keys(ctx.certs, ledger),
                               date.today(), ctx.certs.courses())
        lang = args.lang
        for v in verdicts:
            where = f"page {v.page}: " if v.page else ""
            said = words.say(f"cert.verdict.{v.verdict}", lang)
            why = words.say(f"cert.reason.{v.reason}", lang) if v.reason else ""
            if v.training is not None and v.verdict == "genuine":
                print(f"{where}{said}: {summary(v.training, lang)} [{v.code}]"
                      + (f"; {why}" if why else ""))
            elif v.record is not None and v.verdict != "not_genuine":
                modules = ", ".join(module_name(m, lang) for m in v.record.modules)
                print(f"{where}{said}: {v.record.number} {v.record.name or v.record.holder} "
                      f"({modules}) {v.record.issued_on} – {v.record.expires_on}"
                      + (f"; {why}" if why else ""))
            else:
                print(f"{where}{said}" + (f": {why}" if why else ""))
        return 0 if all(v.verdict in ("valid", "genuine") for v in verdicts) else 1
    return _run(args, body, login=False)


def _key(args: argparse.Namespace) -> int:
    def body(ctx: _Context) -> int:
        key = ctx.certs.create_key(ctx.session, ctx.passphrase())
        print(f"issuer key {key.key_id} created in {ctx.certs.keys_dir}")
        return 0
    return _run(args, body)


def _issue(args: argparse.Namespace) -> int:
    def body(ctx: _Context) -> int:
        key = ctx.key()
        today = date.today()
        if args.all_eligible:
            issued = ctx.certs.issue_all_eligible(ctx.session, key, today)
        else:
            modules = [args.module] if args.module else [
                r.standing.module for r in ctx.certs.rows(ctx.session, today,
                                                          staff_id=args.staff)
                if r.standing.status == "eligible" or r.standing.renewal_eligible]
            issued = [ctx.certs.issue(ctx.session, key, args.staff, m, today)
                      for m in modules]
        for cert in issued:
            print(f"issued {cert.number} to {cert.holder} ({', '.join(cert.modules)}) "
                  f"valid until {cert.expires_on}")
        print(f"{len(issued)} certificate(s) issued")
        return 0
    return _run(args, body)


def _revoke(args: argparse.Namespace) -> int:
    def body(ctx: _Context) -> int:
        ctx.certs.revoke(ctx.session, args.number, args.reason)
        print(f"revoked {args.number}")
        return 0
    return _run(args, body)


def _rules(args: argparse.Namespace) -> int:
    def body(ctx: _Context) -> int:
        ctx.certs.set_rules(ctx.session, module=args.module, window_days=args.window_days,
                            validity_months=args.validity_months,
                            reminder_days=args.reminder_days, auto_issue=args.auto_issue)
        print("rules recorded")
        return 0
    return _run(args, body)


def _topup(args: argparse.Namespace) -> int:
    def body(ctx: _Context) -> int:
        ctx.certs.require_topup(ctx.session, args.module, args.course, args.due, args.reason)
        print(f"top-up {args.course} required for {args.module} by {args.due}")
        return 0
    return _run(args, body)


def _batch(args: argparse.Namespace) -> Any:
    from trainer.reports.printing import Batch

    return Batch(staff_id=args.staff, department=args.department, module=args.module,
                 status=args.status, issued_from=args.issued_from,
                 issued_until=args.issued_until)


def _print(args: argparse.Namespace) -> int:
    from trainer.reports.printing import print_batch
    from trainer.reports.template import load_template, template_folder

    def body(ctx: _Context) -> int:
        template = load_template(template_folder(ctx.services.profile.root))
        files = print_batch(ctx.certs, ctx.session, _batch(args), template, args.out,
                            lang=args.lang, today=date.today(), per_person=args.per_person)
        print(f"{len(files)} file(s) written" + (f": {files[0]}" if len(files) == 1 else ""))
        return 0 if files else 1
    return _run(args, body)


def _record(args: argparse.Namespace) -> int:
    from trainer.reports.printing import record_pages, safe_file_name
    from trainer.reports.template import load_template, template_folder
    from trainer.reports.training_record import render_records

    def body(ctx: _Context) -> int:
        template = load_template(template_folder(ctx.services.profile.root))
        today = date.today()
        pages = record_pages(ctx.certs, ctx.session, _batch(args), today)
        if not pages:
            print("no records match", file=sys.stderr)
            return 1
        key = ctx.optional_key()
        if key is None:
            print("no issuer key passphrase: records printed unsigned, for information only",
                  file=sys.stderr)
        printed = today.isoformat()
        if not args.per_person:
            render_records(args.out, pages, template, args.lang, key=key,
                           printed_on=printed)
            print(f"{len(pages)} page(s) written: {args.out}")
            return 0
        args.out.mkdir(parents=True, exist_ok=True)
        for page in pages:
            name = safe_file_name(f"{page.staff_id}_{page.standing.module}.pdf")
            render_records(args.out / name, [page], template, args.lang, key=key,
                           printed_on=printed)
        print(f"{len(pages)} file(s) written in {args.out}")
        return 0
    return _run(args, body)


def _permit(args: argparse.Namespace) -> int:
    from trainer.reports.records import write_permit

    def body(ctx: _Context) -> int:
        key = ctx.key()
        rows = ctx.certs.rows(ctx.session, date.today())
        sig = write_permit(args.out, rows, key, date.today())
        print(f"{args.out} and {sig} written")
        return 0
    return _run(args, body)


def _export(args: argparse.Namespace) -> int:
    from trainer.reports import records

    def body(ctx: _Context) -> int:
        rows = ctx.certs.rows(ctx.session, date.today(), department=args.department,
                              module=args.module, status=args.status, staff_id=args.staff,
                              expiring_within=args.expiring_within)
        lines = records.lines_of(rows)
        if args.format == "csv":
            count = records.write_csv(args.out, lines, args.lang)
        elif args.format == "xlsx":
            count = records.write_xlsx(args.out, lines, args.lang)
        else:
            from trainer.reports.layout import tr

            title = f"{tr('Certification records', args.lang)} {date.today()}"
            count = records.write_pdf(args.out, lines, args.lang, title)
        print(f"{count} row(s) written: {args.out}")
        return 0
    return _run(args, body)
