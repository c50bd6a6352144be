"""The bank lint as text a trainer reads, in zh_CN or en.

:func:`render` turns :class:`~trainer.content.bank_lint.BankReport` s into a report: per
bank its sign-off, the figures against their thresholds, then the findings by item.
The words are defined here; the Chinese is in ``trainer/i18n/zh_CN/banks.json``.

May import: trainer.words, trainer.content.bank_lint, the standard library.
"""

from __future__ import annotations

from trainer import words
from trainer.content.bank_lint import FALSE_RANGE, LONGEST_MAX, BankReport

words.define_many({
    "banklint.bank": "Bank {bank} ({file}): {items} items",
    "banklint.reviewed": "Clinical sign-off: {by}, {at}",
    "banklint.not_reviewed": "Clinical sign-off: none yet (a hospital may require its own)",
    "banklint.longest": "Keyed option strictly the longest: {count} of {single} single-answer "
                        "items ({rate}; at most {limit})",
    "banklint.positions": "Answer positions of single-answer items: {positions}",
    "banklint.true_false": "True/false keyed false: {count} of {total} ({rate}; keep {low}–{high})",
    "banklint.no_true_false": "True/false items: none",
    "banklint.stems": "Duplicate stems: {duplicates}; near-duplicates: {near}",
    "banklint.findings": "Findings ({count}):",
    "banklint.ok": "Result: every threshold met",
    "banklint.failed": "Result: threshold(s) not met: {failed}",
    "banklint.summary": "{passed} of {total} bank(s) meet every threshold",
    "banklint.kind.source": "not an official source",
    "banklint.kind.ui": "not this app's keys or buttons",
    "banklint.kind.role_fit": "role does not fit",
    "banklint.kind.duplicate_stem": "duplicate stem",
    "banklint.kind.near_duplicate": "near-duplicate stem",
    "banklint.threshold.longest_option": "longest option",
    "banklint.threshold.true_false_balance": "true/false balance",
    "banklint.threshold.answer_positions": "answer positions",
    "banklint.threshold.duplicate_stem": "no duplicate stems",
    "banklint.threshold.source": "official sources",
    "banklint.threshold.ui": "this app's keys and buttons",
    "banklint.threshold.role_fit": "items fit their roles",
})

_MARK = {True: "✓", False: "✗"}


def _percent(value: float) -> str:
    return f"{value:.0%}"


def _figures(report: BankReport, lang: str) -> list[str]:
    failed = set(report.failed)
    lines = [
        f"  {_MARK['longest_option' not in failed]} " + words.say(
            "banklint.longest", lang, count=max(report.longest_keyed.values(), default=0),
            single=report.single, rate=_percent(report.longest_rate()),
            limit=_percent(LONGEST_MAX)),
        f"  {_MARK['answer_positions' not in failed]} " + words.say(
            "banklint.positions", lang,
            positions=" · ".join(f"{k} {n}" for k, n in report.positions.items()) or "–"),
    ]
    rate = report.false_rate()
    if rate is None:
        lines.append("  ✓ " + words.say("banklint.no_true_false", lang))
    else:
        lines.append(f"  {_MARK['true_false_balance' not in failed]} " + words.say(
            "banklint.true_false", lang, count=report.keyed_false, total=report.true_false,
            rate=_percent(rate), low=_percent(FALSE_RANGE[0]), high=_percent(FALSE_RANGE[1])))
    duplicates = sum(1 for f in report.findings if f.kind == "duplicate_stem")
    near = sum(1 for f in report.findings if f.kind == "near_duplicate")
    lines.append(f"  {_MARK[not duplicates]} " + words.say(
        "banklint.stems", lang, duplicates=duplicates, near=near))
    return lines


def _one(report: BankReport, lang: str) -> list[str]:
    lines = [words.say("banklint.bank", lang, bank=report.bank, file=report.file,
                       items=report.items)]
    if report.reviewed_by:
        lines.append("  " + words.say("banklint.reviewed", lang, by=report.reviewed_by,
                                      at=report.reviewed_at or "?"))
    else:
        lines.append("  " + words.say("banklint.not_reviewed", lang))
    lines += _figures(report, lang)
    if report.findings:
        lines.append("  " + words.say("banklint.findings", lang, count=len(report.findings)))
        for f in sorted(report.findings, key=lambda f: (f.line or 0, f.kind)):
            where = f"{report.file}:{f.line}" if f.line else report.file
            kind = words.say(f"banklint.kind.{f.kind}", lang)
            lines.append(f"    {where} {f.item} [{kind}] {f.say(lang)}")
    if report.failed:
        names = ", ".join(words.say(f"banklint.threshold.{t}", lang) for t in report.failed)
        lines.append("  " + words.say("banklint.failed", lang, failed=names))
    else:
        lines.append("  " + words.say("banklint.ok", lang))
    return lines


def render(reports: list[BankReport], lang: str) -> str:
    """The whole report: one block per bank, then how many banks pass."""
    lines: list[str] = []
    for report in reports:
        lines += [*_one(report, lang), ""]
    passed = sum(1 for r in reports if not r.failed)
    lines.append(words.say("banklint.summary", lang, passed=passed, total=len(reports)))
    return "\n".join(lines)
