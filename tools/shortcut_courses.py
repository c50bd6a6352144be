"""Write the shortcuts courses (``courses/*_shortcuts/{zh_CN,en}.md``) from this app's station
map ``simulators/reference/stations.yaml``, so the keys a course teaches are the keys the
stations have.

    python tools/shortcut_courses.py           # rewrite the courses after changing the map
    python tools/shortcut_courses.py --check   # exit 1 if a course is not what the map gives

The front matter of each course (id, title, version, sources…) is kept as it is; bump the
course's version by hand when the change matters to trainees. The words around the tables
and the safety notes per screen are below, in both languages.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
COURSES = {
    "doctor_shortcuts": ["outpatient_doctor", "inpatient_doctor"],
    "nurse_shortcuts": ["nurse_station"],
    "pharmacy_shortcuts": ["pharmacy"],
    "cashier_shortcuts": ["cashier"],
}
LANGS = ("zh_CN", "en")

WORDS: dict[str, tuple[str, str]] = {
    "intro": (
        "本课程列出 HIS Trainer 各页面的按钮和功能键，内容与本系统站点说明（simulators/reference/"
        "stations.yaml）一致 [S1]。约定在所有站点相同：<kbd>F1</kbd> 帮助、<kbd>F4</kbd> 清除、"
        "<kbd>F5</kbd> 刷新、<kbd>F9</kbd> 打印、<kbd>F12</kbd> 锁屏为全局键；页面上 <kbd>F2</kbd> "
        "多为新增或读卡，<kbd>F3</kbd> 查找或核对，<kbd>F6</kbd> 删除、作废或退回，<kbd>F7</kbd> "
        "为本站的主要操作，<kbd>F8</kbd> 保存、"
        "提交或确认{f10}。**以按钮上印的按键为准**；没有功能键"
        "的按钮用鼠标点击。",
        "This course lists the buttons and function keys of HIS Trainer's screens, exactly as "
        "this app's station map (simulators/reference/stations.yaml) defines them [S1]. The "
        "conventions are the same on every station: <kbd>F1</kbd> help, <kbd>F4</kbd> clear, "
        "<kbd>F5</kbd> refresh, <kbd>F9</kbd> print and <kbd>F12</kbd> lock screen are global; on "
        "a page <kbd>F2</kbd> usually adds or reads a card, <kbd>F3</kbd> finds or verifies, "
        "<kbd>F6</kbd> deletes, voids or returns, <kbd>F7</kbd> is the station's main action"
        "{f10}. **The key printed on the button is what counts**; buttons without a key are "
        "clicked."),
    "f10": ("，<kbd>F10</kbd> 结束",
            ", <kbd>F8</kbd> saves, submits or confirms, and <kbd>F10</kbd> finishes"),
    "no_f10": ("", " and <kbd>F8</kbd> saves, submits or confirms"),
    "speed": ("快捷键让你更快，但不能省掉核对：按下提交、"
    "执行、发药或收费键之前，先核对患者身份（两种标识）"
              "和屏幕上的内容。",
              "Shortcuts make you faster but never replace a check: before the key that submits, "
              "executes, dispenses or charges, confirm the patient (two identifiers) and what is "
              "on the screen."),
    "global": ("全局按键", "Global keys"), "key": ("按键", "Key"), "does": ("作用", "What it does"),
    "button": ("按钮", "Button"), "fkey": ("功能键", "Function key"),
    "none": ("—（点击）", "— (click)"),
    "enter": ("下一个输入框 / 确认选择", "Next field / confirm a choice"),
    "esc": ("关闭对话框（硬性拦截的提示关闭后，该行仍未保存）",
            "Close a dialog (after a hard stop the line is still not saved)"),
    "arrows": ("在列表中逐行移动", "Move through a list"),
    "backspace": ("只在输入框内删除字符；输入框以外不会返回上一页",
                  "Deletes only inside a field; outside a field it never goes back a page"),
    "mask": ("页面加载时有遮罩层，期间功能键不响应；等遮罩消失，不要重复按键 [S1]。",
             "While a loading mask covers the page the keys do nothing; wait for it to go "
             "instead of pressing again [S1]."),
    "banner": ("每个站点的患者信息栏依次显示：",
               "On every station the patient banner shows, in this order: "),
    "tabs": ("状态页签：", "Status tabs: "),
    "lock": ("锁屏与离开工位", "Locking the screen"),
    "lock_text": (
        "离开工位时按 <kbd>F12</kbd> 锁屏（或 Windows 的 "
        "<kbd>Win</kbd>+<kbd>L</kbd>），回来用自己的"
        "口令解锁；交接班、换人使用时注销登录。未锁屏期间别人做的一切都记在你的账号下 [S1]。详见"
        "[信息安全课程](course:info_security)。",
        "Press <kbd>F12</kbd> Lock screen (or Windows <kbd>Win</kbd>+<kbd>L</kbd>) whenever you "
        "leave, and unlock with your own password; log off at handover or when someone else takes "
        "over. Whatever happens while the screen is unlocked is recorded under your account [S1]. "
        "See the [information security course](course:info_security)."),
    "search": ("检索与扫码", "Search and scanning"),
    "search_text": (
        "药品、诊断、科室可按拼音首字母检索，如 “AMXL” → "
        "阿莫西林胶囊、“TBFX” → 头孢呋辛酯片（样例数据）；"
        "选中前看清药名和规格 [GK]。扫码枪相当于键盘输入并自动回车："
        "扫码前确认光标停在正确的输入框 [GK]。",
        "Drugs, diagnoses and departments can be searched by pinyin initials, e.g. \"AMXL\" → "
        "阿莫西林胶囊 (amoxicillin), \"TBFX\" → 头孢呋辛酯片 (cefuroxime) (sample data); read the "
        "name and strength before choosing [GK]. A barcode scanner types and presses Enter: make "
        "sure the cursor is in the right field first [GK]."),
}

#: (station, screen) → the safety note printed under the screen's table.
NOTES: dict[tuple[str, str], tuple[str, str]] = {
    ("outpatient_doctor", "patient_list"): (
        "【开始诊疗】后患者进入“就诊中”，【结束就诊】后进入“已就诊”。"
        "【恢复诊疗】只对最近一次就诊有效。",
        "[Start consultation] moves the patient to In consultation, [End visit] to Seen. "
        "[Resume consultation] works only on the latest visit."),
    ("outpatient_doctor", "identity"): (
        "请患者自己说出姓名和出生日期，与信息栏核对；出生日期按系统格式 "
        "YYYY-MM-DD 录入。询问过敏史不等于"
        "登记：说出的过敏要点【登记过敏】。",
        "Have the patient state name and date of birth and compare them with the banner; dates "
        "are entered as YYYY-MM-DD. Asking is not recording: click [Record allergies] for any "
        "stated allergy."),
    ("outpatient_doctor", "prescription"): (
        "每张处方最多5种药，第6种时按 F3 新处方。"
        "软性提示须填写真实理由；硬性拦截（过敏类别、超最大日剂量、"
        "途径错误、麻精处方类型不符）不能越过，只能修改。",
        "At most 5 drugs per prescription; for a 6th press F3 New prescription. Soft alerts need "
        "a real reason; hard stops (allergy class, maximum daily dose, wrong route, wrong "
        "controlled-drug form) cannot be passed, only changed."),
    ("outpatient_doctor", "finish"): (
        "先提交处方和申请（F8），再打印（F9 打印），最后结束就诊（F10 结束就诊）。",
        "Submit prescriptions and requests first (F8), then print (F9 Print), then end the visit "
        "(F10 End visit)."),
    ("inpatient_doctor", "orders"): (
        "已提交的医嘱不能修改，只能【停止医嘱】或【取消医嘱】后重开；"
        "停止时填写到分钟的停止时间。转科、手术后"
        "用【重整医嘱】。",
        "Submitted orders are never edited: [Stop order] or [Cancel order], then re-enter; a "
        "stop time is entered to the minute. After transfer or surgery use [Rewrite orders]."),
    ("nurse_station", "order_verification"): (
        "未审核的医嘱不会进入执行单；有疑问的医嘱不审核，"
        "【通知医生】或【退回医生】，护士不修改医嘱。",
        "Unverified orders never reach the execution list; do not verify a doubtful order — "
        "[Notify doctor] or [Return to doctor]; nurses never edit orders."),
    ("nurse_station", "entrusted"): (
        "嘱托（如明日晨空腹抽血）同样先审核后执行；执行时写明做了什么，"
        "停止的嘱托不能再执行。",
        "Entrusted orders (e.g. fasting blood tomorrow morning) are verified before they are "
        "carried out too; note what was done; a stopped one cannot be carried out."),
    ("nurse_station", "handover_note"): (
        "交班记录按患者书写：现状、背景、评估、建议；病危、病重患者还要床旁交接。"
        "【保存交班记录】不是结束本班的【交班】。",
        "Write the handover note per patient: situation, background, assessment, "
        "recommendation; critical and serious patients are handed over at the bedside too. "
        "[Save handover note] is not [Hand over], which ends your part."),
    ("nurse_station", "skin_test"): (
        "录入阳性后该药及同类被硬性拦截；“未录入”不等于阴性。",
        "A positive result stops the drug and its class; not recorded is not negative."),
    ("nurse_station", "execution"): (
        "床旁两步都要做：请患者说出姓名和出生日期（【核对身份】），"
        "再扫腕带（F2 扫描腕带）；扫药品、核对确认"
        "后才按 F7 执行。只扫码不问是关键差错。",
        "At the bedside do both: have the patient state name and date of birth ([Verify "
        "identity]) and scan the wristband (F2 Scan wristband); scan the drug and confirm the "
        "checks before F7 Execute. Scanning without asking is a critical error."),
    ("pharmacy", "review"): (
        "审方不通过时【退回处方】并写明具体原因，药师不修改处方；理由必须是真实文字。",
        "If review fails, [Return to prescriber] with the specific reason; pharmacists never "
        "edit a prescription, and the reason must be real text."),
    ("pharmacy", "dispensing"): (
        "发药前核对患者身份，按四查十对逐项核对，过期批号不得发出；发药后用药交代。",
        "Verify the patient, apply the four checks and ten matches, never dispense an expired "
        "batch, then counsel."),
    ("pharmacy", "inventory"): (
        "发现过期或有质量问题的批号，先【隔离批号】，再按规定报损下架。",
        "An expired or defective batch is quarantined first ([Quarantine batch]), then written "
        "off by the rules."),
    ("cashier", "charging"): (
        "先核对身份和费别，再预结算（F7 预结算），核对统筹、"
        "个账、自付、自费后按 F8 确认收费；实收不足时不能"
        "结算。",
        "Verify identity and payer type, pre-settle (F7 Pre-settle), check the pooled fund, "
        "personal account, co-pay and self-pay parts, then F8 Confirm charge; it will not settle "
        "if too little is paid."),
    ("cashier", "refund"): (
        "退费前药房须已确认退药（或项目未执行），"
        "并由主管本人登录审批（【主管登录审批】），收费员不能代填主管"
        "工号；款项原路退回。",
        "Before a refund the pharmacy has confirmed the return (or the item was not performed) "
        "and the supervisor signs in to approve ([Supervisor signs in to approve]) — a cashier "
        "never types the supervisor's id; money goes back the way it was paid."),
    ("cashier", "daily_closing"): (
        "日结前确认当班收退费均已完成；清点后如实登记长短款，不得改账。",
        "Before closing make sure every charge and refund of the shift is finished; record any "
        "difference honestly, never adjust the books."),
}


def _kbd(key: str) -> str:
    return f"<kbd>{key}</kbd>"


def _word(name: str, lang: str) -> str:
    return WORDS[name][LANGS.index(lang)]


def _global_section(stations: dict[str, Any], lang: str) -> list[str]:
    w = lambda name: _word(name, lang)  # noqa: E731
    out = [f"## {w('global')} {{#global-keys}}", "", f"| {w('key')} | {w('does')} |", "|---|---|"]
    out += [f"| {_kbd(g['key'])} | {g['label'][lang]} [S1] |" for g in stations["global_keys"]]
    out += [f"| {_kbd('Enter')} | {w('enter')} [GK] |", f"| {_kbd('Esc')} | {w('esc')} [GK] |",
            f"| {_kbd('↑')} {_kbd('↓')} | {w('arrows')} [GK] |",
            f"| {_kbd('Backspace')} | {w('backspace')} [S1] |", "", w("mask"), ""]
    comma, stop = ("、", "。") if lang == "zh_CN" else (", ", ".")
    out += [w("banner") + comma.join(b[lang] for b in stations["banner"]) + stop, ""]
    return out


def _station_section(station: dict[str, Any], lang: str) -> list[str]:
    w = lambda name: _word(name, lang)  # noqa: E731
    out = [f"## {station['name'][lang]} {{#{station['id'].replace('_', '-')}}}", ""]
    for screen in station["screens"]:
        if not screen.get("buttons"):
            continue
        out += [f"### {screen['name'][lang]}", "", f"| {w('button')} | {w('fkey')} |", "|---|---|"]
        for b in screen["buttons"]:
            key = f"{_kbd(b['key'])} {b['label'][lang]}" if b.get("key") else w("none")
            out.append(f"| {b['label'][lang]} | {key} |")
        if screen.get("tabs"):
            comma, stop = ("、", "。") if lang == "zh_CN" else (", ", ".")
            out += ["", w("tabs") + comma.join(t[lang] for t in screen["tabs"]) + stop]
        note = NOTES.get((station["id"], screen["id"]))
        if note:
            out += ["", note[LANGS.index(lang)] + " [S1]"]
        out.append("")
    return out


def render(course: str, lang: str, root: Path = ROOT) -> str:
    """The course's text: its current front matter, then the tables from the station map."""
    stations = yaml.safe_load((root / "simulators" / "reference" / "stations.yaml")
                              .read_text(encoding="utf-8"))
    by_id = {s["id"]: s for s in stations["stations"]}
    old = (root / "courses" / course / f"{lang}.md").read_text(encoding="utf-8")
    front = old[: old.index("\n---", 4) + 4]
    has_f10 = any(b.get("key") == "F10" for sid in COURSES[course]
                  for sc in by_id[sid]["screens"] for b in sc.get("buttons", []))
    intro = _word("intro", lang).format(f10=_word("f10" if has_f10 else "no_f10", lang))
    out = [front, "", intro, "", _word("speed", lang), "", *_global_section(stations, lang)]
    for sid in COURSES[course]:
        out += _station_section(by_id[sid], lang)
    out += [f"## {_word('search', lang)} {{#search-and-scan}}", "", _word("search_text", lang), "",
            f"## {_word('lock', lang)} {{#lock-screen-keys}}", "", _word("lock_text", lang), ""]
    return "\n".join(out)


def main(argv: list[str]) -> int:
    check = argv[1:] == ["--check"]
    stale = []
    for course in COURSES:
        for lang in LANGS:
            path = ROOT / "courses" / course / f"{lang}.md"
            text = render(course, lang)
            if path.read_text(encoding="utf-8") != text:
                stale.append(path.relative_to(ROOT).as_posix())
                if not check:
                    path.write_text(text, encoding="utf-8", newline="\n")
    verb = "out of step with the station map" if check else "rewritten"
    for name in stale:
        print(f"{name}: {verb}")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
