"""In-memory search over courses: two-character Chinese terms, English, snippets."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.content.courses import Catalogue, load_catalogue
from trainer.content.search import SearchIndex, fold, make_snippet, plain_text, query_terms

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return load_catalogue(REPO / "courses", deep=False)


@pytest.fixture(scope="module")
def index(catalogue: Catalogue) -> SearchIndex:
    return SearchIndex(catalogue.courses)


@pytest.mark.parametrize(
    ("term", "course"), [("医嘱", "nurse_station"), ("处方", "pharmacy"), ("退费", "cashier")]
)
def test_two_character_chinese_terms_are_found(index: SearchIndex, term: str, course: str) -> None:
    hits = index.search(term, "zh_CN")
    assert any(h.course_id == course for h in hits)
    for hit in hits:
        marked = [text for text, is_match in hit.snippet.parts if is_match]
        assert hit.lang == "zh_CN"
        assert (marked and all(t == term for t in marked)) or term in hit.section_title


def test_english_terms_ignore_case_and_find_the_english_text(index: SearchIndex) -> None:
    hits = index.search("REFUND", "en")
    assert hits and hits[0].course_id.startswith("cashier")
    assert hits[0].lang == "en"
    marked = {t.casefold() for h in hits for t, m in h.snippet.parts if m}
    assert marked == {"refund"}


def test_every_term_must_occur(index: SearchIndex) -> None:
    both = index.search("退费 审批", "zh_CN")
    alone = index.search("退费", "zh_CN")
    assert 0 < len(both) < len(alone)
    assert index.search("退费 zzzqqq", "zh_CN") == []


def test_a_chinese_term_is_found_from_the_english_interface(index: SearchIndex) -> None:
    hits = index.search("处方", "en")
    assert hits and all(h.lang in ("zh_CN", "en") for h in hits)
    assert any(h.lang == "zh_CN" for h in hits)


def test_results_can_be_limited_to_some_courses(index: SearchIndex) -> None:
    hits = index.search("医嘱", "zh_CN", course_ids={"nurse_faq"})
    assert hits and {h.course_id for h in hits} == {"nurse_faq"}


def test_full_width_letters_match_half_width(index: SearchIndex) -> None:
    assert {(h.course_id, h.section_id) for h in index.search("ＦＡＱ　退费", "zh_CN")} == {
        (h.course_id, h.section_id) for h in index.search("faq 退费", "zh_CN")
    }


def test_empty_query_finds_nothing(index: SearchIndex) -> None:
    assert index.search("   ", "zh_CN") == []


def test_plain_text_keeps_link_words_and_drops_markup() -> None:
    text = plain_text("**医嘱**审核见 [护士站](course:nurse_station#x)。\n\n| a | b |\n|---|---|")
    assert text.startswith("医嘱审核见 护士站。")
    assert "course:" not in text and "**" not in text and "---" not in text


def test_snippet_marks_every_match_and_cuts_long_text() -> None:
    text = "前" * 100 + "医嘱" + "中" * 10 + "医嘱" + "后" * 200
    folded, positions = fold(text)
    snippet = make_snippet(text, folded, positions, query_terms("医嘱"))
    assert [t for t, m in snippet.parts if m] == ["医嘱", "医嘱"]
    assert snippet.cut_before and snippet.cut_after
    assert snippet.text in text


@given(st.text(min_size=1, max_size=60), st.text(alphabet="医嘱处方abcAB", min_size=1, max_size=4))
def test_snippet_is_always_a_piece_of_the_text(text: str, term: str) -> None:
    folded, positions = fold(text)
    terms = query_terms(term)
    snippet = make_snippet(text, folded, positions, terms)
    assert snippet.text in text
    for part, is_match in snippet.parts:
        if is_match:
            assert fold(part)[0] in terms
