"""Bank quality: figures a trainer can read, and thresholds shipped banks must meet.

:func:`lint_banks` measures each bank — how often the keyed option of a single-answer
item is strictly the longest (a test-wise guess), the answer positions, the share of
true/false items keyed false, duplicate and near-duplicate stems (across all banks),
items set for roles they do not fit, sources that are not official texts, and keys or
button labels that are not on this app's stations — and says which thresholds fail.
:func:`threshold_problems` turns the failures into located problems for ``content check``.

May import: trainer.errors, trainer.words, trainer.vocabulary, trainer.content.banks,
trainer.content.bank_rules, trainer.content.stations, trainer.content.yamlsource,
trainer.resources, the standard library.
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from trainer import words
from trainer.content.bank_rules import Finding, UiChecker, role_findings, source_findings
from trainer.content.banks import Bank, Item, bank_files
from trainer.content.stations import load_stations, stations_path
from trainer.content.yamlsource import Located, load_yaml_file, validate
from trainer.errors import ContentError, Problem
from trainer.vocabulary import LANGUAGES

#: Keyed option strictly the longest in at most this share of single-answer items.
LONGEST_MAX = 0.30
#: True/false items keyed false: this share (or as near half as the count allows).
FALSE_RANGE = (0.40, 0.60)
#: No answer position (A, B, C, D) of four-option items above / below this share.
POSITION_RANGE = (0.10, 0.40)
#: Positions are judged from this many four-option items on.
POSITION_MIN_ITEMS = 12
#: Character-bigram similarity from which two stems are near-duplicates.
NEAR_DUPLICATE = 0.8

words.define_many({
    "banklint.dup.same": "same {langs} stem as {other}",
    "banklint.dup.near": "nearly the same stem as {other}",
})

#: Finding kinds that fail a bank (the others are reported for the author to judge).
FAILING_KINDS = frozenset({"duplicate_stem", "source", "ui", "role_fit"})


@dataclass(frozen=True)
class ItemFinding:
    """One finding about one item; ``message`` is English, ``say`` any language."""

    item: str
    line: int | None
    kind: str
    code: str
    facts: tuple[tuple[str, str], ...] = ()

    @property
    def message(self) -> str:
        return self.say("en")

    def say(self, lang: str) -> str:
        return words.say(self.code, lang, **dict(self.facts))


@dataclass(frozen=True)
class BankReport:
    """The figures and findings of one bank; ``failed`` names the thresholds it misses."""

    bank: str
    file: str
    items: int
    reviewed_by: str | None
    reviewed_at: str | None
    single: int
    longest_keyed: dict[str, int]
    positions: dict[str, int]
    true_false: int
    keyed_false: int
    findings: tuple[ItemFinding, ...] = ()
    failed: tuple[str, ...] = field(default=())

    def longest_rate(self) -> float:
        """The worst language's share of single items whose key is strictly the longest."""
        return max(self.longest_keyed.values(), default=0) / self.single if self.single else 0.0

    def false_rate(self) -> float | None:
        return self.keyed_false / self.true_false if self.true_false else None

    def as_json(self) -> dict[str, Any]:
        out = asdict(self)
        out["findings"] = [{"item": f.item, "line": f.line, "kind": f.kind, "code": f.code,
                            "message": f.message} for f in self.findings]
        out["longest_rate"] = round(self.longest_rate(), 3)
        rate = self.false_rate()
        out["false_rate"] = None if rate is None else round(rate, 3)
        return out


def _strictly_longest(item: Item, lang: str) -> bool:
    lengths = [len(o.text.get(lang, "").strip()) for o in item.options]
    keyed = "ABCDEF".index(str(item.answer))
    return all(lengths[keyed] > n for i, n in enumerate(lengths) if i != keyed)


def normalised_stem(text: str) -> str:
    """What duplicate detection compares: NFKC, case-folded, letters and digits only."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if ch.isalnum())


def _bigrams(text: str) -> frozenset[str]:
    return frozenset(text[i:i + 2] for i in range(len(text) - 1))


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


@dataclass(frozen=True)
class _Loaded:
    bank: Bank
    located: Located

    def line(self, index: int) -> int | None:
        return self.located.line_of(("items", index, "id"))


def _duplicates(loaded: list[_Loaded]) -> dict[tuple[str, str], list[ItemFinding]]:
    """(bank, item) → duplicate findings, comparing every stem with every other."""
    stems = [(entry, index, item, {lang: normalised_stem(item.stem.get(lang, ""))
                                   for lang in LANGUAGES})
             for entry in loaded for index, item in enumerate(entry.bank.items)]
    grams = [_bigrams(s["zh_CN"] or s["en"]) for *_, s in stems]
    out: dict[tuple[str, str], list[ItemFinding]] = {}
    for (i, a), (j, b) in combinations(enumerate(stems), 2):
        same = [lang for lang in LANGUAGES if a[3][lang] and a[3][lang] == b[3][lang]]
        if same:
            kind, code = "duplicate_stem", "banklint.dup.same"
        elif _similarity(grams[i], grams[j]) >= NEAR_DUPLICATE:
            kind, code = "near_duplicate", "banklint.dup.near"
        else:
            continue
        for (entry, index, item, _), (other_entry, _, other, _) in ((a, b), (b, a)):
            facts = (("langs", "/".join(same)), ("other", f"{other_entry.bank.bank}:{other.id}"))
            out.setdefault((entry.bank.bank, item.id), []).append(ItemFinding(
                item.id, entry.line(index), kind, code, facts))
    return out


def _false_ok(false: int, total: int) -> bool:
    low, high = FALSE_RANGE
    return total == 0 or low <= false / total <= high or false in (total // 2, -(-total // 2))


def _positions_ok(positions: dict[str, int], four_option: int) -> bool:
    if four_option < POSITION_MIN_ITEMS:
        return True
    low, high = POSITION_RANGE
    return all(low <= positions.get(k, 0) / four_option <= high for k in "ABCD")


def _item_findings(entry: _Loaded, root: Path, ui: UiChecker | None) -> list[ItemFinding]:
    out = []
    for index, item in enumerate(entry.bank.items):
        found: list[Finding] = [*source_findings(item, root), *role_findings(item)]
        if ui is not None:
            found += ui.findings(item)
        out += [ItemFinding(item.id, entry.line(index), kind, code, facts)
                for kind, code, facts in found]
    return out


def _report(entry: _Loaded, root: Path, ui: UiChecker | None,
            duplicates: dict[tuple[str, str], list[ItemFinding]]) -> BankReport:
    bank = entry.bank
    single = [i for i in bank.items if i.type == "single"]
    four = [i for i in single if len(i.options) == 4]
    tf = [i for i in bank.items if i.type == "true_false"]
    findings = _item_findings(entry, root, ui)
    for item in bank.items:
        findings += duplicates.get((bank.bank, item.id), [])
    longest = {lang: sum(_strictly_longest(i, lang) for i in single) for lang in LANGUAGES}
    positions = dict(sorted(Counter(str(i.answer) for i in single).items()))
    keyed_false = sum(1 for i in tf if i.answer is False)
    failed = []
    if single and max(longest.values()) / len(single) > LONGEST_MAX:
        failed.append("longest_option")
    if not _false_ok(keyed_false, len(tf)):
        failed.append("true_false_balance")
    if not _positions_ok(dict(Counter(str(i.answer) for i in four)), len(four)):
        failed.append("answer_positions")
    failed += sorted({f.kind for f in findings if f.kind in FAILING_KINDS})
    review = bank.review
    return BankReport(bank.bank, entry.located.file, len(bank.items),
                      review.reviewed_by if review else None,
                      review.reviewed_at.isoformat() if review else None,
                      len(single), longest, positions, len(tf), keyed_false,
                      tuple(findings), tuple(failed))


def _load(path: Path, label: str) -> _Loaded:
    located = load_yaml_file(path, label)
    bank, problems = validate(Bank, located)
    if bank is None:
        raise ContentError(problems)
    return _Loaded(bank, located)


def lint_banks(paths: list[Path], *, root: Path, stations: Path | None = None,
               compare_with: list[Path] | None = None) -> list[BankReport]:
    """Reports for the banks at ``paths``; duplicates are sought in ``compare_with`` too.

    ``root`` is the application root (shipped files a source cites are looked up under it),
    ``stations`` the station map (default: ``root/simulators/reference/stations.yaml``;
    UI checks are skipped when it does not exist). Raises :class:`ContentError` for a bank
    or station map that does not load.
    """
    station_file = stations or stations_path(root / "simulators")
    ui = UiChecker(load_stations(station_file)) if station_file.is_file() else None
    wanted = [p.resolve() for p in paths]
    others = [p.resolve() for p in compare_with or [] if p.resolve() not in wanted]
    loaded = {p: _load(p, _label(p, root)) for p in [*wanted, *others]}
    duplicates = _duplicates(list(loaded.values()))
    return [_report(loaded[p], root, ui, duplicates) for p in wanted]


def _label(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


_THRESHOLD_TEXT = {
    "longest_option": "the keyed option is strictly the longest in {rate:.0%} of single-answer "
                      f"items (at most {LONGEST_MAX:.0%})",
    "true_false_balance": "{false} of {tf} true/false items are keyed false "
                          f"(keep {FALSE_RANGE[0]:.0%}–{FALSE_RANGE[1]:.0%})",
    "answer_positions": "answer positions are unbalanced: {positions}",
}


def threshold_message(report: BankReport, failed: str) -> str:
    """One sentence for a failed threshold."""
    if failed in _THRESHOLD_TEXT:
        return _THRESHOLD_TEXT[failed].format(rate=report.longest_rate(), false=report.keyed_false,
                                              tf=report.true_false, positions=report.positions)
    count = sum(1 for f in report.findings if f.kind == failed)
    return f"{count} item finding(s) of kind {failed} (run his-trainer bank lint {report.bank})"


def _banks_folder(path: Path) -> Path | None:
    path = path.resolve()
    if path.is_file() and path.parent.name == "question_banks":
        return path.parent
    if path.is_dir() and path.name == "question_banks":
        return path
    if path.is_dir() and (path / "question_banks").is_dir():
        return path / "question_banks"
    return None


#: Banks left out of ``content check`` while they are being rewritten (reported by
#: ``bank lint`` all the same). Empty: every shipped bank meets the thresholds.
REWRITE_PENDING: frozenset[str] = frozenset()


def threshold_problems(path: Path) -> list[Problem]:
    """``content check``'s bank thresholds for the banks under ``path`` (a root, the banks
    folder or one bank file); nothing when ``path`` holds no banks or a bank does not load
    (``check_banks`` reports that)."""
    folder = _banks_folder(path)
    if folder is None:
        return []
    _, files = bank_files(folder)
    try:
        reports = lint_banks(files, root=folder.parent)
    except ContentError:
        return []
    return [Problem(r.file, 1, "bank", threshold_message(r, failed), f"bank.lint.{failed}")
            for r in reports if r.bank not in REWRITE_PENDING for failed in r.failed]
