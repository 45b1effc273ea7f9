"""Reading the owner's spreadsheets safely: sniffing, readers, cell and header cleaning.

The pipeline above (mapping, matching, commit) only needs what is re-exported here.
"""

from __future__ import annotations

from crmdesk.services.importing.cells import (
    clean_text,
    is_masked,
    parse_amount,
    parse_datetime,
    parse_id,
)
from crmdesk.services.importing.headers import find_header_row, normalise_header
from crmdesk.services.importing.readers import list_sheets, read_table
from crmdesk.services.importing.sniff import SniffResult, sniff
from crmdesk.services.importing.table import (
    CellValue,
    CellValueError,
    ImportFileError,
    RawTable,
    SheetInfo,
    column_letter,
)
from crmdesk.services.importing.template import write_customer_template

__all__ = [
    "CellValue",
    "CellValueError",
    "ImportFileError",
    "RawTable",
    "SheetInfo",
    "SniffResult",
    "clean_text",
    "column_letter",
    "find_header_row",
    "is_masked",
    "list_sheets",
    "normalise_header",
    "parse_amount",
    "parse_datetime",
    "parse_id",
    "read_table",
    "sniff",
    "write_customer_template",
]
