"""Smoke-run a built bundle: no exam-pool item inside, --version, content check, and a
screenshot of a page.

python tools/smoke_bundle.py dist/his-trainer
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def exam_pool_left(bundle: Path) -> list[str]:
    """Exam-pool items anywhere in the bundle (there must be none: ARCHITECTURE §4)."""
    from trainer.content.shipping import exam_items_in

    return exam_items_in(bundle)


def main(bundle: Path) -> int:
    leaked = exam_pool_left(bundle)
    if leaked:
        print(f"the bundle holds {len(leaked)} exam-pool items (e.g. {leaked[:3]}): "
              "only practice pools may ship", file=sys.stderr)
        return 1
    print("bundle holds no exam-pool item", flush=True)
    exe = bundle / ("his-trainer-cli.exe" if os.name == "nt" else "his-trainer-cli")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("HIS_TRAINER_ROOT", None)
    with tempfile.TemporaryDirectory() as tmp:
        shot = Path(tmp) / "home.png"
        steps = [
            [str(exe), "--version"],
            [str(exe), "--data-dir", tmp, "content", "check"],
            [str(exe), "screenshot", "--page", "home", "--lang", "zh_CN", "--out", str(shot)],
            # the simulator and its words in Chinese (the dictionaries ship in the bundle)
            [str(exe), "--data-dir", tmp, "sim", "list"],
        ]
        for step in steps:
            print("$", " ".join(step), flush=True)
            result = subprocess.run(step, env=env, timeout=120, check=False)
            if result.returncode != 0:
                print(f"bundle smoke test failed: exit {result.returncode}", file=sys.stderr)
                return 1
        if not shot.exists() or shot.stat().st_size < 10_000:
            print("bundle screenshot missing or empty", file=sys.stderr)
            return 1
        keep = Path("dist") / "bundle-home.png"
        keep.write_bytes(shot.read_bytes())
        print(f"bundle ok; screenshot kept at {keep}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main(Path(sys.argv[1])))
