"""HR's certificates: the list with filters, preview, print through Qt's print dialog,
batches to PDF off the GUI thread, training records, issuing, and the verify page."""
