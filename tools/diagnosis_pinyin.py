"""Write the pinyin initials (拼音首字母, the HIS's search code) into icd10.yaml.

Run once after adding a diagnosis; the result is committed, so the app needs no pinyin
library at run time:

    pip install pypinyin   # build time only, into any scratch environment
    python tools/diagnosis_pinyin.py            # rewrite simulators/reference/icd10.yaml
    python tools/diagnosis_pinyin.py --check    # exit 1 if an entry's initials are stale

Initials follow pypinyin's phrase dictionary (荨麻疹 → XMZ, 恶性 → EX); digits and Latin
letters in a name are kept (2型糖尿病 → 2XTNB).
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

ICD10 = Path(__file__).resolve().parent.parent / "simulators" / "reference" / "icd10.yaml"
ENTRY = re.compile(r"^(?P<head>\s*- \{code: [^,]+, national_code: [^,]+,)"
                   r"(?: pinyin: [0-9A-Z]+,)?"
                   r"(?P<tail> name: \{zh_CN: (?P<zh>[^,}]+),.*)$")


def initials(name: str) -> str:
    from pypinyin import Style, lazy_pinyin  # type: ignore[import-not-found,unused-ignore]  # build time only

    parts = lazy_pinyin(name, style=Style.FIRST_LETTER, errors=lambda chars: list(chars))
    return "".join(p[:1] for p in parts).upper()


def rewrite(text: str) -> str:
    lines = []
    for line in text.splitlines():
        match = ENTRY.match(line)
        if match:
            code = initials(match["zh"].strip())
            line = f"{match['head']} pinyin: {code},{match['tail']}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the file is stale")
    parser.add_argument("--file", type=Path, default=ICD10)
    args = parser.parse_args(argv)
    old = args.file.read_text(encoding="utf-8")
    new = rewrite(old)
    if args.check:
        return 0 if new == old else 1
    args.file.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
