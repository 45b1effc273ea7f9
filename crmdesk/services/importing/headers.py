"""Finding and normalising the header row of a platform export."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

#: How many rows from the top may hold title or note rows before the header.
HEADER_SCAN_ROWS = 30

_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060\u00ad"), None)
_SPACES = re.compile(r"\s+")
# A space next to a CJK character or bracket is layout, not part of the name.
_CJK = r"[\u2e80-\u9fff\uf900-\ufaff()\[\]{}:]"
_CJK_SPACE = re.compile(rf"(?<={_CJK})\s+|\s+(?={_CJK})")
_NUMBER = re.compile(r"^[+-]?[\d,]*\.?\d+%?$")


def normalise_header(text: object) -> str:
    """Header text as compared with known names: same spelling for the same column.

    Drops BOM and zero-width characters, folds full-width forms (brackets, colons,
    letters, digits, the ideographic space) to their plain forms and letters to lower
    case, treats ``帐`` as ``账``, trims and collapses spaces (and removes those beside
    Chinese characters and brackets). Idempotent.
    """
    if text is None:
        return ""
    value = str(text).translate(_INVISIBLE)
    value = unicodedata.normalize("NFKC", value)
    value = unicodedata.normalize("NFKC", value.casefold())
    value = value.translate(_INVISIBLE).replace("帐", "账")
    value = _SPACES.sub(" ", value).strip()
    return _CJK_SPACE.sub("", value)


def _is_text(value: object) -> bool:
    if not isinstance(value, str):
        return False
    stripped = value.strip().lstrip("'`")
    return bool(stripped) and not _NUMBER.match(stripped)


def _filled(row: Sequence[object]) -> list[object]:
    return [v for v in row if v is not None and not (isinstance(v, str) and not v.strip())]


def find_header_row(
    rows: Sequence[Sequence[object]],
    known_names: Iterable[str],
    *,
    scan: int = HEADER_SCAN_ROWS,
) -> int | None:
    """0-based index of the header row among the first ``scan`` rows, or ``None``.

    The row matching the most known header names wins (at least two, or one when the
    row has a single filled cell); ties go to the upper row. Without a match, the first
    row that is at least half as wide as the widest row and mostly text (a title row
    above is narrower) is taken.
    """
    known = {normalise_header(n) for n in known_names} - {""}
    window = rows[:scan]
    best, best_score = None, 0
    if known:
        for index, row in enumerate(window):
            filled = _filled(row)
            score = len({normalise_header(v) for v in filled} & known)
            needed = 1 if len(filled) == 1 else 2
            if score >= needed and score > best_score:
                best, best_score = index, score
    if best is not None:
        return best
    widest = max((len(_filled(row)) for row in window), default=0)
    if widest == 0:
        return None
    for index, row in enumerate(window):
        filled = _filled(row)
        if not filled or len(filled) * 2 < widest or (len(filled) == 1 < widest):
            continue  # a title or note row is narrower than the table under it
        texts = sum(1 for v in filled if _is_text(v))
        mostly_text = texts * 10 >= len(filled) * 8
        distinct = len({str(v).strip() for v in filled}) > 1
        if (mostly_text and distinct) or (len(filled) == 1 and texts == 1):
            return index
    return None
