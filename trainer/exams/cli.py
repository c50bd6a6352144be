"""The ``his-trainer exam`` command.

``exam paper MODULE --seed N [--json] [--lang zh_CN|en]`` prints the paper a seed gives
from the shipped blueprint and banks — the same paper on any PC with the same content —
for trainers checking a blueprint. It shows items, never answers. Exit codes: 0 shown,
1 the blueprint cannot be met (the shortfall is named), 2 usage.

May import: trainer.content, trainer.exams, trainer.errors, trainer.words, the standard
library.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from trainer.content.common import pick
from trainer.errors import ContentError, TrainerError
from trainer.exams.assembly import BlueprintShortfall, Paper, assemble
from trainer.exams.content import ExamContent
from trainer.vocabulary import LANGUAGES, Module


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    exam = subparsers.add_parser("exam", help="theory exams: papers and blueprints")
    commands = exam.add_subparsers(dest="exam_command", required=True, metavar="COMMAND")
    paper = commands.add_parser("paper", help="show the paper a seed gives (no answers)")
    paper.add_argument("module", choices=[m.value for m in Module])
    paper.add_argument("--seed", type=int, required=True)
    paper.add_argument("--json", action="store_true", help="machine-readable output")
    paper.add_argument("--lang", choices=LANGUAGES, default=LANGUAGES[0])
    paper.add_argument("--content", type=Path, metavar="DIR",
                       help="a question_banks folder (default: the shipped one)")
    paper.set_defaults(handler=run_paper)


def paper_json(paper: Paper, content: ExamContent) -> dict[str, object]:
    return {
        "blueprint": paper.blueprint, "version": paper.version, "module": paper.module,
        "seed": paper.seed, "points": sum(content.items[i].points for i in paper.item_ids),
        "items": [{"id": e.item_id, "section": e.section, "type": content.items[e.item_id].type,
                   "knowledge_point": content.items[e.item_id].knowledge_point,
                   "difficulty": content.items[e.item_id].difficulty,
                   "options": list(e.orders)} for e in paper.entries],
    }


def _print_text(paper: Paper, content: ExamContent, lang: str) -> None:
    blueprint = content.blueprint(paper.module)
    print(f"{pick(blueprint.title, lang)} — {paper.blueprint} v{paper.version}, "
          f"seed {paper.seed}: {len(paper.entries)} items, "
          f"{blueprint.time_limit_minutes} min, pass {blueprint.pass_mark:g}%")
    for number, entry in enumerate(paper.entries, start=1):
        item = content.items[entry.item_id]
        stem = pick(item.stem, lang).replace("\n", " ")
        print(f"{number:>3}. [{item.type} · {item.knowledge_point} · d{item.difficulty}] "
              f"{entry.item_id}  {stem[:60]}")


def run_paper(args: argparse.Namespace) -> int:
    try:
        content = ExamContent.load(args.content)
        blueprint = content.blueprint(args.module)
        paper = assemble(blueprint, content.exam_index(args.module), args.seed)
    except BlueprintShortfall as exc:
        f = exc.facts
        print(f"his-trainer exam: {f['blueprint']} section {f['section']} ({f['criteria']}) "
              f"needs {f['needed']} items, the exam pool has {f['available']}",
              file=sys.stderr)
        return 1
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        return 1
    except TrainerError as exc:
        print(f"his-trainer exam: {exc.code} {exc.facts}", file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(paper_json(paper, content), ensure_ascii=False, indent=1))
    else:
        _print_text(paper, content, args.lang)
    return 0
