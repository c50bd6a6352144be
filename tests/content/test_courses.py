"""Course loading: located errors for malformed courses, never a crash."""

from __future__ import annotations

import textwrap
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.content.courses import check_courses, load_catalogue, parse_front_matter
from trainer.errors import ContentError

FRONT = """\
---
id: {id}
kind: course
title: {title}
roles: [nurse]
modules: [nurse_station]
version: 1
lang: {lang}
knowledge_points: [identity_check]
minutes: 10
sources:
  - id: P7
    title: 查对制度
---
"""


def write_course(
    root: Path, cid: str, body_zh: str, body_en: str | None = None, front_zh: str | None = None
) -> Path:
    folder = root / "courses" / cid
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "zh_CN.md").write_text(
        (front_zh or FRONT.format(id=cid, title="标题", lang="zh_CN")) + textwrap.dedent(body_zh),
        encoding="utf-8",
    )
    if body_en is not None:
        (folder / "en.md").write_text(
            FRONT.format(id=cid, title="Title", lang="en") + textwrap.dedent(body_en),
            encoding="utf-8",
        )
    return folder


GOOD = """\
Intro text [P7].

## 核对身份 {#identity}

| 项目 | 要求 |
|:--|:--|
| 标识 | 至少两种 |

See [the next section](#scan).

## 扫码 {#scan}
Press <kbd>F7</kbd>.
"""


def test_a_good_course_loads_with_tables_and_sanitised_html(tmp_path: Path) -> None:
    write_course(tmp_path, "good", GOOD, GOOD)
    catalogue = load_catalogue(tmp_path / "courses")
    assert not catalogue.unavailable
    course = catalogue.courses[0]
    assert course.section_ids == ("identity", "scan")
    html = course.text("en").sections[0].html
    assert "<table>" in html and 'href="#scan"' in html
    assert "<kbd>F7</kbd>" in course.text("zh_CN").sections[1].html
    assert check_courses(tmp_path / "courses") == []


def problems_for(tmp_path: Path, body: str, **kw: str) -> list[str]:
    write_course(tmp_path, "bad", body, **kw)
    return [str(p) for p in check_courses(tmp_path / "courses", shipped=False)]


def test_script_tag_is_located(tmp_path: Path) -> None:
    found = problems_for(tmp_path, "## A {#a}\n\ntext\n\n<script>alert(1)</script>\n")
    assert found == ["courses/bad/zh_CN.md:19: section a: <script> is not allowed"]


def test_event_handler_and_style_are_reported(tmp_path: Path) -> None:
    found = problems_for(
        tmp_path, '## A {#a}\n<p onclick="x()">hi</p>\n<p style="color:red">x</p>\n'
    )
    assert any("onclick= is not allowed" in p and ":16:" in p for p in found)
    assert any("style= is not allowed" in p and ":17:" in p for p in found)


def test_links_and_images_outside_the_folder_are_errors(tmp_path: Path) -> None:
    found = problems_for(
        tmp_path,
        "## A {#a}\n[x](../other/zh_CN.md)\n\n"
        "![p](../../etc/passwd.png)\n\n[j](javascript:alert(1))\n\n"
        "![m](images/missing.png)\n\n[s](#nowhere)\n",
    )
    assert any(":16: section a: link '../other/zh_CN.md'" in p for p in found)
    assert any(":18: section a: image '../../etc/passwd.png' must be" in p for p in found)
    assert any("javascript:alert(1)" in p for p in found)
    assert any(":22: section a: image 'images/missing.png' not found" in p for p in found)
    assert any(":24: section a: link to unknown section '#nowhere'" in p for p in found)


def test_bad_front_matter_is_located(tmp_path: Path) -> None:
    front = (
        FRONT.format(id="bad", title="t", lang="zh_CN")
        .replace("roles: [nurse]", "roles: [nurze]")
        .replace("version: 1", "version: one")
    )
    found = problems_for(tmp_path, GOOD, front_zh=front)
    assert any(p.startswith("courses/bad/zh_CN.md:5: roles[0]:") for p in found)
    assert any(p.startswith("courses/bad/zh_CN.md:7: version:") for p in found)


def test_yaml_syntax_error_and_missing_block(tmp_path: Path) -> None:
    broken = FRONT.format(id="bad", title="t", lang="zh_CN").replace(
        "roles: [nurse]", "roles: [nurse"
    )
    assert any("YAML syntax" in p for p in problems_for(tmp_path, GOOD, front_zh=broken))
    assert problems_for(tmp_path, GOOD, front_zh="# no front matter\n") == [
        "courses/bad/zh_CN.md:1: file must start with a '---' front-matter block"
    ]


def test_languages_must_agree_on_sections(tmp_path: Path) -> None:
    write_course(
        tmp_path,
        "mixed",
        GOOD,
        GOOD.replace("{#scan}", "{#scanning}").replace("(#scan)", "(#scanning)"),
    )
    found = [str(p) for p in check_courses(tmp_path / "courses")]
    assert any("courses/mixed/en.md: section: section ids" in p for p in found)


def test_a_missing_language_is_reported_for_shipped_content(tmp_path: Path) -> None:
    write_course(tmp_path, "onlyzh", GOOD)
    assert [str(p) for p in check_courses(tmp_path / "courses")] == [
        "courses/onlyzh/en.md: missing the en version"
    ]


def test_a_bad_course_is_unavailable_and_the_rest_still_load(tmp_path: Path) -> None:
    write_course(tmp_path, "good", GOOD, GOOD)
    write_course(tmp_path, "broken", "no sections here\n", None)
    catalogue = load_catalogue(tmp_path / "courses")
    assert [c.id for c in catalogue.courses] == ["good"]
    assert catalogue.unavailable[0].folder.name == "broken"
    assert "no '##' sections" in str(catalogue.unavailable[0].problems[0])


def test_cross_course_links_must_resolve(tmp_path: Path) -> None:
    write_course(
        tmp_path,
        "a",
        GOOD + "\n[b](course:b#identity) [c](course:c)\n",
        GOOD + "\n[b](course:b#identity) [c](course:c)\n",
    )
    write_course(tmp_path, "b", GOOD, GOOD)
    found = [str(p) for p in check_courses(tmp_path / "courses")]
    assert len(found) == 2 and all("link to unknown course:c" in p for p in found)


def test_undeclared_citation_is_reported(tmp_path: Path) -> None:
    found = problems_for(tmp_path, "## A {#a}\nRule [P9].\n")
    assert found == [
        "courses/bad/zh_CN.md:16: sources: cites [P9] but the front matter does not list it"
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=400))
def test_front_matter_parser_never_crashes(text: str) -> None:
    for candidate in (text, "---\n" + text + "\n---\n## A {#a}\n", "---\n" + text):
        try:
            parse_front_matter(candidate, "fuzz.md")
        except ContentError as exc:
            assert exc.problems and all(p.file == "fuzz.md" for p in exc.problems)


@settings(max_examples=150, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            [
                "id",
                "kind",
                "title",
                "roles",
                "modules",
                "version",
                "lang",
                "knowledge_points",
                "minutes",
                "sources",
                "x",
            ]
        ),
        st.one_of(
            st.none(),
            st.integers(),
            st.text(max_size=20),
            st.lists(st.text(max_size=8), max_size=3),
        ),
        max_size=10,
    )
)
def test_front_matter_with_random_fields_gives_located_errors(fields: dict[str, object]) -> None:
    import yaml

    candidate = "---\n" + yaml.safe_dump(fields, allow_unicode=True) + "---\n## A {#a}\n"
    try:
        parse_front_matter(candidate, "fuzz.md")
    except ContentError as exc:
        assert all(p.line is not None and p.line >= 1 for p in exc.problems)


def test_cross_course_links_in_the_introduction_are_checked_too(tmp_path: Path) -> None:
    write_course(tmp_path, "a", "See [c](course:c).\n\n" + GOOD, "See [c](course:c).\n\n" + GOOD)
    found = [str(p) for p in check_courses(tmp_path / "courses")]
    assert len(found) == 2 and all("introduction: link to unknown course:c" in p for p in found)
