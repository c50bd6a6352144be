"""Item-level rules of the bank lint: official sources, role fit, this app's keys and labels.

Each function looks at one item and returns findings ``(kind, code, facts)``: ``code`` is a
word of :mod:`trainer.words` (English here, Chinese in ``trainer/i18n/zh_CN/banks.json``)
and ``facts`` fill it in. The lint (:mod:`trainer.content.bank_lint`) collects them per
bank. The catalogues below say what counts as an official text and which roles a
knowledge point fits; extend them when a bank cites a new regulation or opens a new
knowledge point.

May import: trainer.words, trainer.vocabulary, trainer.content.banks,
trainer.content.stations, the standard library.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from pathlib import Path

from trainer import words
from trainer.content.banks import Item
from trainer.content.stations import StationMap, all_labels, key_uses
from trainer.vocabulary import TRAINEE_MODULES, Role

Facts = tuple[tuple[str, str], ...]
#: (kind, word code, facts)
Finding = tuple[str, str, Facts]

words.define_many({
    "banklint.source.link": "a web link ({text}): cite the official text by name and number",
    "banklint.source.quiz_site": "a third-party web page, quiz or study site ({text}), "
                                 "not an official text",
    "banklint.source.other_product": "another product's screens ({text}): cite this app's "
                                     "stations (simulators/reference/stations.yaml)",
    "banklint.source.internal": "an internal design document ({text}), which does not ship",
    "banklint.source.sample_table": "a sample table that does not ship ({text}): cite "
                                    "simulators/reference/formulary.yaml or fees.yaml",
    "banklint.source.missing_file": "cites {path}, which does not ship",
    "banklint.source.no_official": "cites no official text (document name and number)",
    "banklint.role.module": "set for {role}, who does not train on {modules}",
    "banklint.role.knowledge": "{knowledge_point} is not {roles} work (fits {fits})",
    "banklint.ui.other_product": "names another product (OpenHIS)",
    "banklint.ui.key_elsewhere": "{key} is not a key of {stations} in this app",
    "banklint.ui.key_label": "{key} must be followed by its label here: {labels}",
    "banklint.ui.button": "button “{label}” is not on this app's stations",
})


def _facts(**facts: str) -> Facts:
    return tuple(facts.items())

#: Official texts: regulations, standards and guidelines, by name (numbers are also
#: recognised by pattern). A source must cite at least one of these or a shipped file.
OFFICIAL_TEXTS: tuple[str, ...] = (
    "处方管理办法", "医疗机构药事管理规定", "病历书写基本规范", "医疗质量安全核心制度要点",
    "电子病历应用管理规范", "电子病历系统应用水平分级评价", "医疗机构处方审核规范",
    "医院处方点评管理规范", "抗菌药物临床应用管理办法", "麻醉药品和精神药品管理条例",
    "长期处方管理规范", "医疗保障基金使用监督管理条例", "网络安全法", "个人信息保护法",
    "数据安全法", "基本医疗卫生与健康促进法", "药品管理法", "医疗机构管理条例", "护士条例",
    "医疗纠纷预防和处理条例", "β-内酰胺类抗菌药物皮肤试验指导原则",
    "静脉治疗护理技术操作规范", "护理分级", "临床危急值管理", "医疗机构投诉管理办法",
    "医疗收费票据使用管理办法", "国家医保药品目录", "基本医疗保险用药管理暂行办法",
    "ICD-10", "国家临床版", "药品说明书", "医疗机构患者隐私保护", "医疗卫生机构网络安全管理办法",
)
_DOCUMENT_NUMBER = re.compile(
    r"〔\d{4}〕\d+号|令第\d+号|GB/T\s?\d+|WS/T\s?\d+|WS\s\d+|YY/T\s?\d+")
#: Shipped files a source may cite (paths under the application root).
_SHIPPED_FILE = re.compile(r"(?:simulators|courses|question_banks)/[\w./-]+")
#: What is not an official text, and why.
_NOT_OFFICIAL: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"https?://|www\."), "banklint.source.link"),
    (re.compile(r"\[(?:[PD]\d+)(?:[,\s]+\w+)*\]|\[P\d"), "banklint.source.quiz_site"),
    (re.compile(r"\[S\d+|OpenHIS", re.IGNORECASE), "banklint.source.other_product"),
    (re.compile(r"\bDOMAIN\b|DOMAIN\s?§|\[GK\]|常见错误"), "banklint.source.internal"),
    (re.compile(r"示例(?:培训)?药品表|示例收费标准|示例报销政策|培训数据|培训用示例"),
     "banklint.source.sample_table"),
)

_CLINICAL = frozenset({Role.DOCTOR, Role.NURSE, Role.PHARMACIST})
_ALL = frozenset({Role.DOCTOR, Role.NURSE, Role.PHARMACIST, Role.CASHIER})
_PRESCRIBING = frozenset({Role.DOCTOR, Role.PHARMACIST})
_ORDERS = frozenset({Role.DOCTOR, Role.NURSE})
#: Knowledge point → the roles it may be examined for (unknown points are not checked).
KNOWLEDGE_ROLES: dict[str, frozenset[Role]] = {
    **dict.fromkeys(("information_security", "privacy", "identity_check", "account_sharing",
                     "insurance_fund_rules"), _ALL),
    **dict.fromkeys(("core_systems", "allergy_and_skin_test", "controlled_drugs",
                     "dose_and_route", "drug_interactions", "high_alert_drugs"), _CLINICAL),
    **dict.fromkeys(("critical_values", "emr_rules", "order_types", "verbal_orders"), _ORDERS),
    **dict.fromkeys(("prescription_rules", "antibiotic_tiering"), _PRESCRIBING),
    **dict.fromkeys(("record_deadlines", "order_stop_and_rewrite", "order_alerts",
                     "outpatient_workflow", "diagnosis_icd10"), frozenset({Role.DOCTOR})),
    **dict.fromkeys(("execution_and_mar", "graded_nursing", "handover", "infusion",
                     "order_verification", "skin_test", "three_checks_eight_matches",
                     "vital_signs_chart", "drug_return"), frozenset({Role.NURSE})),
    **dict.fromkeys(("counselling", "dispensing_checks", "drug_returns", "expiry_and_inventory",
                     "look_alike_drugs", "prescription_colours_and_limits",
                     "prescription_review"), frozenset({Role.PHARMACIST})),
    **dict.fromkeys(("daily_closing", "e_invoice", "identity_and_payer_type", "impersonation",
                     "insurance_split", "payment_and_change", "refund_rules", "registration"),
                    frozenset({Role.CASHIER})),
}

_KEY_MENTION = re.compile(r"(?<![A-Za-z0-9])(F(?:1[0-2]|[1-9]))(?![0-9])")
_ZH_LABEL = re.compile(r"【([^】]+)】")
_EN_LABEL = re.compile(r"\[([A-Z][^\]\d]*)\]")


def source_findings(item: Item, root: Path) -> list[Finding]:
    """The item's ``source`` must cite an official text or a shipped file, nothing else."""
    found: list[Finding] = [
        ("source", code, _facts(text=m.group(0)))
        for pattern, code in _NOT_OFFICIAL if (m := pattern.search(item.source))]
    for path in _SHIPPED_FILE.findall(item.source):
        if not (root / path.rstrip(".,;")).exists():
            found.append(("source", "banklint.source.missing_file", _facts(path=path)))
    official = (any(name in item.source for name in OFFICIAL_TEXTS)
                or _DOCUMENT_NUMBER.search(item.source) or _SHIPPED_FILE.search(item.source))
    if not official:
        found.append(("source", "banklint.source.no_official", ()))
    return found


def role_findings(item: Item) -> list[Finding]:
    """Roles the item is set for must fit its modules and its knowledge point."""
    found: list[Finding] = []
    for role in item.roles:
        trained = TRAINEE_MODULES.get(role, ())
        if trained and not set(trained) & set(item.modules):
            found.append(("role_fit", "banklint.role.module", _facts(
                role=role.value, modules=", ".join(m.value for m in item.modules))))
    fits = KNOWLEDGE_ROLES.get(item.knowledge_point)
    misfits = [r.value for r in item.roles if fits is not None and r in TRAINEE_MODULES
               and r not in fits]
    if misfits:
        found.append(("role_fit", "banklint.role.knowledge", _facts(
            knowledge_point=item.knowledge_point, roles="/".join(misfits),
            fits=", ".join(sorted(r.value for r in fits or ())))))
    return found


def _texts(item: Item) -> Iterator[tuple[str, str]]:
    answer: Mapping[str, str | tuple[str, ...]] = (
        item.answer if isinstance(item.answer, dict) else {})
    texts: tuple[Mapping[str, str | tuple[str, ...]], ...] = (
        item.stem, *(o.text for o in item.options), item.explanation or {}, item.rubric or {},
        answer)
    for text in texts:
        for lang, value in text.items():
            if isinstance(value, str):
                yield lang, value
            else:
                yield from ((lang, v) for v in value)


class UiChecker:
    """Checks that items name only this app's keys and labels (from ``stations.yaml``)."""

    def __init__(self, stations: StationMap) -> None:
        self._uses = key_uses(stations)
        self._labels = all_labels(stations)

    def findings(self, item: Item) -> list[Finding]:
        found: list[Finding] = []
        stations = {m.value for m in item.modules}
        for lang, text in _texts(item):
            if "openhis" in text.casefold():
                found.append(("ui", "banklint.ui.other_product", ()))
            for match in _KEY_MENTION.finditer(text):
                problem = self._key_problem(match.group(1), text[match.end():], stations, lang)
                if problem:
                    found.append(problem)
            pattern = _ZH_LABEL if lang == "zh_CN" else _EN_LABEL
            for label in pattern.findall(text):
                if label.strip() not in self._labels.get(lang, set()):
                    found.append(("ui", "banklint.ui.button", _facts(label=label)))
        return list(dict.fromkeys(found))

    def _key_problem(self, key: str, after: str, stations: set[str],
                     lang: str) -> Finding | None:
        uses = [u for u in self._uses.get(key, [])
                if u.station is None or u.station in stations]
        if not uses:
            return ("ui", "banklint.ui.key_elsewhere",
                    _facts(key=key, stations=", ".join(sorted(stations))))
        rest = after.lstrip(" 　(（“\"【[")
        labels = [use.labels[lang] for use in uses if lang in use.labels]
        if any(rest.startswith(label) for label in labels):
            return None
        return ("ui", "banklint.ui.key_label",
                _facts(key=key, labels=" / ".join(dict.fromkeys(labels))))
