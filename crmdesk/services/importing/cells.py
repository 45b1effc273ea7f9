"""Cell cleaning for platform exports: wrappers, amounts, dates, ids, masks.

Every function takes a raw cell (``str``, number, date, ``None``) as the readers return
it and gives back a clean value or ``None`` for "empty"; text that cannot be the value
asked for raises :class:`CellValueError` with an owner-facing message (the pipeline adds
the row and column). Amounts never pass through float arithmetic.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta, timezone
from decimal import Decimal

from crmdesk.i18n import translate
from crmdesk.services.importing.table import CellValueError

#: Excel keeps 15 significant digits; more in a number cell means digits were lost.
EXCEL_DIGITS = 15

#: Platforms write Beijing time; times carrying another offset are converted to it.
CHINA_TZ = timezone(timedelta(hours=8))

_EMPTY_MARKS = frozenset({"", "-", "－", "--", "—"})
# Characters that are not content: BOM, zero-width space/joiners, word joiner.
_INVISIBLE = dict.fromkeys(map(ord, "\ufeff\u200b\u200c\u200d\u2060"), None)
_STRIP = " \t\r\n\u3000\xa0\v\f"

_CURRENCY = re.compile(r"^(?:¥|￥|RMB|CNY|人民币|\$|US\$)\s*", re.IGNORECASE)
_AMOUNT = re.compile(r"^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(\.\d+)?")
_SCIENTIFIC = re.compile(r"^[+-]?\d+(?:\.\d*)?[eE][+-]?\d+$")
_DECIMAL_NUMBER = re.compile(r"^[+-]?\d+\.\d+$")

_EXCEL_EPOCH = datetime(1899, 12, 30)
_EXCEL_MAX_SERIAL = 2_958_465  # 9999-12-31
_DATE_TEXT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:(?:\s+|T)(\d{1,2})[:：](\d{2})(?:[:：](\d{2})(?:[.,](\d{1,6}))?)?)?"
    r"\s*(Z|[+-]\d{2}:?\d{2})?$"
)
# The forms nearly every export uses, read without the general patterns below.
_PLAIN_AMOUNT = re.compile(r"[0-9]+(?:\.[0-9]+)?\Z")
_PLAIN_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\Z")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:\s*(\d{2}):?(\d{2}):?(\d{2}))?$")


_INVISIBLE_RE = re.compile("[\ufeff\u200b\u200c\u200d\u2060]")
# str.isprintable() is False for every invisible character and every space but " ".
# A printable text is changed by clean_text() only if it starts with one of these (a
# space, ="…", a leading ' or `, the empty marks, which all start with a dash) or ends
# with a space: anything else, nearly every cell, is returned as it is.
_EDGY_HEAD = frozenset(" =`'-－—")
# parse_id() looks further only at text that could be a number: both of its patterns
# start with a sign or a digit.
_SIGNS = frozenset("+-")


def _strip(text: str) -> str:
    # translate() walks every character through a dict; most cells hold no invisible
    # character at all, and an ASCII cell cannot hold one, so look before rewriting.
    if not text.isascii() and _INVISIBLE_RE.search(text) is not None:
        text = text.translate(_INVISIBLE)
    return text.strip(_STRIP)


def _number_text(value: float) -> str:
    """Text of a float without float noise: integral values lose their ``.0``."""
    if value.is_integer() and abs(value) < 10**EXCEL_DIGITS:
        return str(int(value))
    return repr(value)


def clean_text(value: object) -> str | None:
    """Text of a cell with the platforms' wrappers removed; ``None`` when it means empty.

    Strips ``="…"``, one leading ``'`` or `````, surrounding spaces and tabs (a lone
    ``\\t`` is empty) and invisible characters; ``-`` alone means empty (Douyin).
    """
    if value is None:
        return None
    if type(value) is str:  # nearly every cell: skip the type ladder
        if value.isprintable() and value and value[0] not in _EDGY_HEAD and value[-1] != " ":
            return value  # already clean, the common case
        text = value
    elif isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    elif isinstance(value, float):
        text = _number_text(value)
    elif isinstance(value, datetime):
        text = value.isoformat(" ")
    elif isinstance(value, date | time):
        text = value.isoformat()
    else:
        text = str(value)
    text = _strip(text)
    first = text[:1]
    if first == "=" and len(text) >= 3 and text[1] == '"' and text[-1] == '"':
        text = _strip(text[2:-1].replace('""', '"'))
        first = text[:1]
    if first == "'" or first == "`":
        text = _strip(text[1:])
    return None if text in _EMPTY_MARKS else text


def clean_texts(values: Iterable[object]) -> list[str | None]:
    """:func:`clean_text` of each value (the cells of a row, or of a column), in a list.

    The same results as calling :func:`clean_text` per value, at half the cost: the
    already-clean text nearly every cell holds is recognised inline, without a call.
    """
    head = _EDGY_HEAD
    return [
        v
        if v is None
        else v
        if v.__class__ is str and v.isprintable() and v and v[0] not in head and v[-1] != " "
        else clean_text(v)
        for v in values
    ]


def parse_amount(value: object) -> Decimal | None:
    """A money amount as :class:`Decimal`: ``¥1,299.50``, ``499.00（系统计算中…）`` -> 499.00.

    The leading number is kept and any trailing note dropped; text that does not start
    with a number raises :class:`CellValueError`.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellValueError(translate("Import", "{0} is not an amount.").format(value))
    if isinstance(value, Decimal | int):
        return _finite(Decimal(value), value)
    if isinstance(value, float):
        return _finite(Decimal(repr(value)), value)
    text = clean_text(value)
    if text is None:
        return None
    if _PLAIN_AMOUNT.match(text):
        return Decimal(text)
    body = _CURRENCY.sub("", text.replace("，", ",").replace("．", ".")).strip()
    match = _AMOUNT.match(body)
    if match is None or (match.group(2) is None and match.group(3) is None):
        raise CellValueError(translate("Import", "“{0}” is not an amount.").format(text))
    rest = body[match.end() :].lstrip()
    if rest[:1].isdigit() or rest[:1] in (".", ",", "e", "E"):
        raise CellValueError(translate("Import", "“{0}” is not an amount.").format(text))
    sign, whole, frac = match.group(1), match.group(2) or "0", match.group(3) or ""
    return Decimal(sign + whole.replace(",", "") + frac)


def _finite(amount: Decimal, original: object) -> Decimal:
    if not amount.is_finite():
        raise CellValueError(translate("Import", "{0} is not an amount.").format(original))
    return amount


def parse_datetime(value: object) -> datetime | None:
    """A date and time from an Excel serial, a date cell or text in the platforms' forms.

    Accepted text: ``2024-03-05 14:30:00``, ``2024-03-05 14:30``, ``2024/3/5 9:05``,
    ``2024.03.05``, ``2024年3月5日``, ISO 8601 with ``T`` and an offset, ``20240305``.
    A time with an offset is converted to Beijing time; the result is always naive.
    """
    if value is None:
        return None
    if isinstance(value, bool):
        raise CellValueError(translate("Import", "{0} is not a date.").format(value))
    if isinstance(value, datetime):
        return _naive(value)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day)
    if isinstance(value, int | float | Decimal):
        return _from_serial(value)
    text = clean_text(value)
    if text is None:
        return None
    try:
        return _from_text(text)
    except ValueError:  # a month 13 or a 30 February: the constructor says so
        pass
    raise CellValueError(translate("Import", "“{0}” is not a date.").format(text))


def _naive(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(CHINA_TZ).replace(tzinfo=None)


def _from_serial(value: int | float | Decimal) -> datetime:
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    if number.is_finite() and 19000101 <= number <= 99991231 and number == number.to_integral():
        compact = _COMPACT_DATE.match(str(int(number)))
        if compact:  # 20240305 typed as a number
            return datetime(*map(int, compact.group(1, 2, 3)))
    if not number.is_finite() or not (1 <= number < _EXCEL_MAX_SERIAL + 1):
        raise CellValueError(translate("Import", "{0} is not a date.").format(value))
    days = int(number)
    if days == 60:  # 1900-02-29 exists only in Excel (the Lotus 1-2-3 leap-year bug)
        raise CellValueError(
            translate("Import", "{0} is 29 February 1900, a day that does not exist.").format(value)
        )
    seconds = int(((number - days) * 86400).to_integral_value())
    base = _EXCEL_EPOCH if days > 60 else _EXCEL_EPOCH + timedelta(days=1)
    return base + timedelta(days=days, seconds=seconds)


def _from_text(text: str) -> datetime:
    if len(text) == 19 and _PLAIN_MOMENT.match(text):
        return datetime.fromisoformat(text)  # C speed; a 30 February raises ValueError too
    match = _DATE_TEXT.match(text) or _COMPACT_DATE.match(text)
    if match is None:
        raise ValueError(text)
    parts = [int(p) if p else 0 for p in match.groups()[:6]]
    micro = 0
    tz = None
    if match.re is _DATE_TEXT:
        if match.group(7):
            micro = int(match.group(7).ljust(6, "0"))
        tz = match.group(8)
    moment = datetime(*parts, micro)  # type: ignore[arg-type, misc]
    if tz:
        if tz == "Z":
            offset = timedelta(0)
        else:
            sign = -1 if tz[0] == "-" else 1
            digits = tz[1:].replace(":", "")
            offset = sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:]))
        moment = _naive(moment.replace(tzinfo=timezone(offset)))
    return moment


def parse_id(value: object) -> str | None:
    """An id (order number, buyer id, phone) as text, refusing what Excel already damaged.

    Numbers come back without ``.0``; scientific notation (``1.23E+18``) or a number
    cell of 16 or more digits means Excel lost digits, and raises :class:`CellValueError`
    asking for the original export.
    """
    if value is None:
        return None
    if type(value) is str:  # nearly every id: a text that cannot be a number is done
        text = clean_text(value)
        if text is None or (text[0] not in _SIGNS and not text[0].isdigit()):
            return text
        return _id_text(text)
    if isinstance(value, bool):
        raise CellValueError(translate("Import", "{0} is not an id.").format(value))
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise CellValueError(translate("Import", "{0} is not an id.").format(value))
        if abs(value) >= 10**EXCEL_DIGITS or "e" in repr(value):
            raise _damaged(repr(value))
        return _number_text(value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellValueError(translate("Import", "{0} is not an id.").format(value))
        return str(int(value)) if value == value.to_integral_value() else format(value, "f")
    text = clean_text(value)
    if text is None:
        return None
    return _id_text(text)


def _id_text(text: str) -> str:
    """An id's clean text, refused when written in scientific notation."""
    if _SCIENTIFIC.match(text):
        raise _damaged(text)
    if _DECIMAL_NUMBER.match(text) and text.endswith(".0"):
        text = text[:-2]  # a number id written out by a tool as 13812345678.0
    return text


def _damaged(shown: str) -> CellValueError:
    return CellValueError(
        translate(
            "Import",
            "{0} has lost digits: Excel keeps only 15 digits of a number, so this file was"
            " probably opened and saved again in Excel. Import the original file exported"
            " from the platform instead.",
        ).format(shown)
    )


def is_masked(text: str | None) -> bool:
    """Whether a name, phone or address was masked by the platform (``张*``, ``1******6198``)."""
    if not text:
        return False
    return "*" in text or "＊" in text
