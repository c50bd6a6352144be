"""The application's style sheet: calm, dense, readable on ward monitors."""

STYLE = """
QWidget { font-size: 11pt; }
QLabel#pageTitle { font-size: 18pt; font-weight: bold; color: #1f3f5f; padding: 4px 0; }
QLabel#sectionTitle { font-size: 13pt; font-weight: bold; color: #1f3f5f; }
QLabel#loginTitle { font-size: 24pt; font-weight: bold; color: #1f3f5f; }
QFrame#loginCard { background: #ffffff; border: 1px solid #c9d6e3; border-radius: 8px;
                   padding: 24px; }
QLabel#errorText { color: #b3261e; }
QLabel#whoLabel { font-weight: bold; color: #1f3f5f; padding: 4px; }
QLabel#demoBadge { background: #fff3cd; color: #7a5a00; padding: 2px 8px;
                   border-radius: 4px; font-weight: bold; }
QListWidget#navigation { background: #eef3f8; border: none; padding-top: 8px; }
QListWidget#navigation::item { padding: 8px 10px; }
QListWidget#navigation::item:selected { background: #2d5f8b; color: white; }
QMainWindow { background: #f6f8fa; }
QPushButton { padding: 5px 14px; }
"""
