"""Search (搜索) across the person's courses and knowledge base, Chinese or English.

The search runs as the person types (in memory, well under a millisecond for the shipped
content — no worker thread needed). Each result shows course, section and the text
around the match with the terms highlighted; Enter opens the section in the reader.
Ctrl+F anywhere in the window comes here and selects the query.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QKeySequence, QPainter, QShortcut, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from trainer.content.search import Hit, Snippet
from trainer.gui.context import AppContext
from trainer.gui.pages.base import Page
from trainer.gui.reading.reader_links import open_in_reader, show_page
from trainer.reading import search_courses
from trainer.vocabulary import Role

HTML_ROLE = Qt.ItemDataRole.UserRole + 1
TARGET_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT = '<span style="background-color:#ffe08a; font-weight:bold;">{}</span>'

#: What the page searches for when first shown: a key term of the person's station
#: (also what ``his-trainer screenshot --page search`` shows).
SUGGESTED = {
    "zh_CN": {
        Role.DOCTOR: "医嘱",
        Role.NURSE: "医嘱",
        Role.PHARMACIST: "处方",
        Role.CASHIER: "退费",
    },
    "en": {
        Role.DOCTOR: "order",
        Role.NURSE: "order",
        Role.PHARMACIST: "prescription",
        Role.CASHIER: "refund",
    },
}
FALLBACK = {"zh_CN": "密码", "en": "password"}


def snippet_html(snippet: Snippet) -> str:
    parts = [
        HIGHLIGHT.format(html.escape(t)) if hit else html.escape(t) for t, hit in snippet.parts
    ]
    return (
        ("… " if snippet.cut_before else "") + "".join(parts) + (" …" if snippet.cut_after else "")
    )


class _HitDelegate(QStyledItemDelegate):
    """Draws a result's rich text (title line and highlighted snippet)."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(str(index.data(HTML_ROLE) or ""))
        doc.setTextWidth(max(200, option.rect.width() - 12))
        return doc

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        doc = self._document(option, index)
        painter.save()
        painter.translate(option.rect.left() + 6, option.rect.top() + 4)
        doc.drawContents(painter)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()), int(doc.size().height()) + 8)


class SearchPage(Page):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.hits: list[Hit] = []
        self.find_shortcut: QShortcut | None = None
        self._suggested_for: str | None = None
        self._searched_in = ""
        self.title = QLabel()
        self.title.setObjectName("pageTitle")
        self.query = QLineEdit()
        self.query.setClearButtonEnabled(True)
        self.count = QLabel()
        self.results = QListWidget()
        self.results.setItemDelegate(_HitDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        self.results.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)

        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)

        self.query.textChanged.connect(self._on_query_text_changed)
        self.query.returnPressed.connect(self._on_query_return_pressed)
        self.results.itemActivated.connect(self._on_results_item_activated)
        ctx.session_changed.connect(self._on_ctx_session_changed)
        self.retranslate()
        self._on_ctx_session_changed()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Search courses and help"))
        self.query.setPlaceholderText(
            self.tr("Words to find, in Chinese or English, e.g. 医嘱, 退费, refund")
        )
        self.query.setAccessibleName(self.tr("search query"))
        self.results.setAccessibleName(self.tr("search results"))
        if self._searched_in != self.ctx.language:
            self.run_search()  # course titles and snippets follow the language

    def event(self, event: QEvent) -> bool:
        # Ctrl+F works on every page: the shortcut belongs to the window, once there is one.
        if event.type() == QEvent.Type.ParentChange and self.find_shortcut is None:
            window = self.window()
            if window is not self:
                self.find_shortcut = QShortcut(QKeySequence.StandardKey.Find, window)
                self.find_shortcut.activated.connect(self.focus_query)
                # the window outlives the page (pages are dropped at log-out)
                self.destroyed.connect(self.find_shortcut.deleteLater)
        return super().event(event)

    # public
    def search(self, text: str) -> list[Hit]:
        """Put ``text`` in the query box and search (as if typed)."""
        self.query.setText(text)
        self.run_search()
        return self.hits

    def run_search(self) -> None:
        session = self.ctx.session
        text = self.query.text().strip()
        self._searched_in = self.ctx.language
        if session is None or not self.ctx.ready or not text:
            self.hits = []
        else:
            self.hits = search_courses(self.ctx.services, session, text, self.ctx.language)
        self._fill_results()

    def open_result(self, row: int) -> bool:
        if not 0 <= row < len(self.hits):
            return False
        hit = self.hits[row]
        return open_in_reader(self, hit.course_id, hit.section_id)

    def focus_query(self) -> None:
        if self.ctx.session is None:
            return
        if show_page(self, "search") is None and not self.isVisible():
            return
        self.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.query.selectAll()

    # slots
    def _on_ctx_session_changed(self) -> None:
        session = self.ctx.session
        if session is None:
            self._suggested_for = None
            self.query.clear()
            return
        if self._suggested_for != session.staff_id:
            self._suggested_for = session.staff_id
            self.query.setText(self._suggestion())
            self.query.selectAll()
        self.run_search()

    def _on_query_text_changed(self, _text: str) -> None:
        self.run_search()

    def _on_query_return_pressed(self) -> None:
        if self.hits:
            self.results.setFocus()
            self.results.setCurrentRow(0)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.open_result(self.results.row(item))

    # internals
    def _suggestion(self) -> str:
        session = self.ctx.session
        lang = "zh_CN" if self.ctx.language == "zh_CN" else "en"
        roles = sorted(session.roles) if session else []
        return next((SUGGESTED[lang][r] for r in roles if r in SUGGESTED[lang]), FALLBACK[lang])

    def _fill_results(self) -> None:
        self.results.clear()
        for hit in self.hits:
            item = QListWidgetItem()
            item.setData(HTML_ROLE, self._hit_html(hit))
            item.setData(TARGET_ROLE, f"{hit.course_id}#{hit.section_id}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{hit.course_title} — {hit.section_title}: {hit.snippet.text}",
            )
            self.results.addItem(item)
        text = self.query.text().strip()
        if not text:
            self.count.setText("")
        elif self.hits:
            self.count.setText(self.tr("Results: %1").replace("%1", str(len(self.hits))))
        else:
            self.count.setText(self.tr("Nothing found"))

    def _hit_html(self, hit: Hit) -> str:
        kind = {"faq": self.tr("FAQ"), "shortcuts": self.tr("Keyboard shortcuts")}.get(
            hit.course_kind, self.tr("Course")
        )
        return (
            f'<div style="color:#1f3f5f;"><b>{html.escape(hit.section_title)}</b>'
            f' <span style="color:#5b6b7b;">— {html.escape(hit.course_title)} · {kind}</span>'
            f"</div><div>{snippet_html(hit.snippet)}</div>"
        )
