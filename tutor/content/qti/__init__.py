"""QTI 2.1 / 2.2 / 3.0 import: assessment items into a pack source folder (`tutor pack import-qti`).

Modules, in the order data flows through them: package (find item files in a file, folder, zip
or IMS content package; copy media), safexml (parse XML safely: no DTD, no entities), model (one
item's declarations and structure), processing (run its response processing), markdown (XHTML to
Markdown), convert with choices, entries, gaps and answers (one item to a Draft per interaction
type), writer (item text and the source folder) and importer (all of it, with the report).
"""

from tutor.content.qti.importer import (
    DEFAULT_SKILL,
    Conversion,
    Entry,
    convert_source,
    format_report,
    import_qti,
)

__all__ = ["DEFAULT_SKILL", "Conversion", "Entry", "convert_source", "format_report", "import_qti"]
