"""Documents: certificates and records as PDF (ReportLab — only here), CSV/XLSX exports.

May import: trainer.certify, trainer.journal, trainer.errors, trainer.resources, reportlab,
openpyxl.
"""
