"""Reading an order export's cells: a column at a time, each distinct text once.

An export repeats statuses, items, amounts, buyers and addresses over and over, and
writes order numbers and times in one form on nearly every row. :class:`Cells` reads
the rows :data:`CHUNK` at a time into one value list per field; each field's converter
(:class:`_Column`) remembers every text it has converted, and the common forms (plain
digits, ``="digits"``, ``YYYY-MM-DD HH:MM:SS``, plain amounts, mobiles) are read
without the general parsers, giving exactly what they give.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from contextlib import suppress
from decimal import Decimal
from operator import itemgetter

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import validation
from crmdesk.services.importing.address import split_composite
from crmdesk.services.importing.cells import (
    clean_text,
    is_masked,
    parse_amount,
    parse_datetime,
    parse_id,
)
from crmdesk.services.importing.table import CellValueError, RawTable

#: Rows read at once. tick() acts on every 2,000th row, so progress and cancel come
#: as when rows were read one by one.
CHUNK = 2000

# The forms nearly every export writes, read without the general parsers. A text
# matching one of them is already clean (no wrapper, space or invisible character), and
# the result is the one clean_text + parse_datetime / parse_amount give.
_PLAIN_MOMENT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}\Z")
# At most 2 decimals: nothing to round; 15 digits: far inside Decimal's 28.
_PLAIN_AMOUNT = re.compile(r"([0-9]{1,15})(?:\.([0-9]{1,2}))?\Z")
_CENT = Decimal("0.01")
_MOMENT_FORM = "9999-99-99 99:99:99"  # _PLAIN_MOMENT as a form for _all_in_form
_UNWRAP = itemgetter(slice(2, -1))  # ="123" -> 123
# normalise_phone's mobile: 11 digits, 13-19 first.
_MOBILE = re.compile(r"1[3-9][0-9]{9}\Z")
_TEXT_TYPES = frozenset({str, type(None)})

#: A problem of a cell: reason and severity ("error" or "warning").
Problem = tuple[str, str]


# --- cells -> values: each function gives (value, problem or None) for one raw cell ------


def _region_text(raw: object) -> str | None:
    text = clean_text(raw)
    # A masked province, city or district ("*") tells nothing.
    return None if text and is_masked(text) else text


def _ident(raw: object) -> tuple[object, Problem | None]:
    if type(raw) is str:
        if raw.isdigit():  # already clean, and what parse_id gives
            return raw, None
        if raw[:1] == "'" and raw[1:].isdigit():  # '13812345678: the quote goes
            return raw[1:], None
        text = clean_text(raw)
        # Without "e", "E" or "." an id is neither damaged by Excel nor a "….0":
        # parse_id gives the clean text back as it is.
        if text is None or text.isdigit() or not ("." in text or "e" in text or "E" in text):
            return text, None
    try:
        return parse_id(raw), None
    except CellValueError as exc:
        return None, (str(exc), "error")


def _moment(raw: object) -> tuple[object, Problem | None]:
    if type(raw) is str and len(raw) == 19 and _PLAIN_MOMENT.match(raw):
        try:
            return dt.datetime.fromisoformat(raw), None
        except ValueError:
            pass  # a 30 February: parse_datetime words the problem
    try:
        return parse_datetime(raw), None
    except CellValueError as exc:
        return None, (str(exc), "error")


def _amount(raw: object) -> tuple[object, Problem | None]:
    if type(raw) is str:
        plain = _PLAIN_AMOUNT.match(raw)
        if plain is not None:
            whole, cents = plain.groups()
            return int(whole) * 100 + (int(cents.ljust(2, "0")) if cents else 0), None
    try:
        value = parse_amount(raw)
    except CellValueError as exc:
        return None, (str(exc), "error")
    if value is None:
        return None, None
    try:
        return validation.validate_amount(value.quantize(_CENT)), None
    except ValidationError as exc:
        return None, (str(exc), "error")


def _quantity(raw: object) -> tuple[object, Problem | None]:
    text = clean_text(raw)
    if not text:
        return 1, None
    try:
        q = Decimal(text)
        return (int(q) if q == q.to_integral_value() and q >= 0 else 1), None
    except ArithmeticError:
        reason = translate("Import", "“{v}” is not a quantity; 1 was used.").format(v=text)
        return 1, (reason, "warning")


def _phone(raw: object) -> tuple[object, Problem | None]:
    if type(raw) is str:
        # '13812345678 or 138****5678 (ASCII digits, maybe masked with *) is clean once
        # its quote is gone, and no id Excel damaged: what _ident gives. normalise_phone
        # keeps a masked number that is not too long as it is, and 11 digits of a mobile
        # as they are.
        text = raw[1:] if raw[:1] == "'" else raw
        if text.isascii() and len(text) <= validation.PHONE_MAX and text.replace("*", "").isdigit():
            if "*" in text:
                return validation.PhoneValue(text, True), None
            if _MOBILE.match(text):
                return validation.PhoneValue(text, False), None
    text, problem = _ident(raw)
    if problem is not None or not text:
        return None, problem
    try:
        return validation.normalise_phone(str(text), field="phone"), None
    except ValidationError as exc:
        reason = str(exc) + " " + translate("Import", "The phone was left out.")
        return None, (reason, "warning")


class _Column(dict):  # type: ignore[type-arg]
    """One field's converter, remembering each distinct text's value (text -> value).

    Only texts (and None) are remembered: workbook numbers, dates and booleans are
    converted each time, as 1, 1.0 and True are one dict key but not one value.
    ``problems`` keeps the texts that had a problem, to find their rows again.
    """

    def __init__(self, convert: Callable[[object], tuple[object, Problem | None]]) -> None:
        super().__init__()
        self.convert = convert
        self.problems: dict[object, Problem] = {}
        self.unkept = False  # a cell not remembered had a problem

    def __missing__(self, key: object) -> object:
        value, problem = self.convert(key)
        if type(key) is str or key is None:
            if problem is not None:
                self.problems[key] = problem
            self[key] = value
        elif problem is not None:
            self.unkept = True
        return value

    def read(self, cells: Sequence[object]) -> tuple[list[object], list[tuple[int, Problem]]]:
        """The values of ``cells`` and (position, problem) of those with a problem."""
        # Texts nearly all different (order numbers, times) cost a dict entry each, and
        # buyers, phones, addresses, items and amounts repeat: every text is remembered.
        self.unkept = False
        values = list(map(self.__getitem__, cells))
        problems = self.problems
        if self.unkept:  # rare: look at each cell again
            found = []
            for j, raw in enumerate(cells):
                if type(raw) is str or raw is None:
                    problem = problems.get(raw)
                else:
                    problem = self.convert(raw)[1]
                if problem is not None:
                    found.append((j, problem))
            return values, found
        if problems and not problems.keys().isdisjoint(cells):
            return values, [(j, problems[raw]) for j, raw in enumerate(cells) if raw in problems]
        return values, []


class _TextColumn(_Column):
    """A text field: never a problem, so the value is all there is to remember."""

    def __init__(self, clean: Callable[[object], object]) -> None:
        super().__init__(lambda raw: (clean(raw), None))
        self.clean = clean

    def __missing__(self, key: object) -> object:
        value = self.clean(key)
        if type(key) is str or key is None:
            self[key] = value
        return value


def _all_in_form(texts: Sequence[str], form: str) -> bool:
    """Whether every text is ``form`` with each ``9`` an ASCII digit (``9999-99-99``).

    Checked for a whole chunk in a few C-level passes over the texts joined, instead of
    a regex per text: with every text as long as the form, the joined texts fall into
    blocks of that width; the other characters of the form must sit at their places in
    every block, and once the digits are deleted nothing else may be left.
    """
    width, count = len(form), len(texts)
    if set(map(len, texts)) != {width}:
        return False
    joined = "".join(texts)
    if not joined.isascii():
        return False
    for i, mark in enumerate(form):
        if mark != "9" and joined[i::width] != mark * count:
            return False
    left = joined.encode("ascii").translate(None, b"0123456789")
    return left == form.replace("9", "").encode("ascii") * count


class _IdColumn(_Column):
    """Order numbers: a new one on nearly every row, nearly always digits or ``="digits"``."""

    def read(self, cells: Sequence[object]) -> tuple[list[object], list[tuple[int, Problem]]]:
        """As :meth:`_Column.read`; a chunk of plain numbers is taken at once."""
        if _TEXT_TYPES.issuperset(map(type, cells)) and None not in cells:
            first: str = cells[0]  # type: ignore[assignment]
            if first.isdigit():
                # ASCII digits are clean, and parse_id gives them back as they are.
                joined = "".join(cells)  # type: ignore[arg-type]
                if joined.isascii() and joined.isdigit() and "" not in cells:
                    return list(cells), []
            elif (
                first[:2] == '="'
                and len(first) > 3
                and _all_in_form(cells, '="' + "9" * (len(first) - 3) + '"')  # type: ignore[arg-type]
            ):
                return list(map(_UNWRAP, cells)), []  # ="digits", as clean_text unwraps it
        return super().read(cells)


class _MomentColumn(_Column):
    """Order and payment times: nearly all different, nearly all ``YYYY-MM-DD HH:MM:SS``."""

    def read(self, cells: Sequence[object]) -> tuple[list[object], list[tuple[int, Problem]]]:
        """As :meth:`_Column.read`; a chunk of plain times is checked at once."""
        if _TEXT_TYPES.issuperset(map(type, cells)):
            texts = list(filter(None, cells))  # None and "" mean no time
            if not texts:
                return [None] * len(cells), []
            # Each text a plain time, which fromisoformat reads as parse_datetime does.
            if _all_in_form(texts, _MOMENT_FORM):  # type: ignore[arg-type]
                parse = dt.datetime.fromisoformat
                try:
                    if len(texts) == len(cells):
                        return list(map(parse, texts)), []  # type: ignore[arg-type]
                    return [parse(c) if c else None for c in cells], []  # type: ignore[arg-type]
                except ValueError:
                    pass  # a 30 February: read one by one, with its message
        return super().read(cells)


#: The fields read from a row, in the order a row's problems are listed.
_FIELDS: tuple[tuple[str, Callable[[], _Column]], ...] = (
    ("order_no", lambda: _IdColumn(_ident)),
    ("sub_order_no", lambda: _Column(_ident)),
    ("buyer_id", lambda: _Column(_ident)),
    ("ordered_at", lambda: _MomentColumn(_moment)),
    ("paid_at", lambda: _MomentColumn(_moment)),
    ("amount", lambda: _Column(_amount)),
    ("refund", lambda: _Column(_amount)),
    ("unit_price", lambda: _Column(_amount)),
    ("quantity", lambda: _Column(_quantity)),
    ("phone", lambda: _Column(_phone)),
    ("receiver_name", lambda: _TextColumn(clean_text)),
    ("address", lambda: _TextColumn(clean_text)),
    ("province", lambda: _TextColumn(_region_text)),
    ("city", lambda: _TextColumn(_region_text)),
    ("district", lambda: _TextColumn(_region_text)),
    ("street", lambda: _TextColumn(clean_text)),
    ("status", lambda: _TextColumn(clean_text)),
    ("refund_status", lambda: _TextColumn(clean_text)),
    ("item_title", lambda: _TextColumn(clean_text)),
    ("sku", lambda: _TextColumn(clean_text)),
    ("buyer_remark", lambda: _TextColumn(clean_text)),
    ("seller_remark", lambda: _TextColumn(clean_text)),
    ("buyer_nick", lambda: _TextColumn(clean_text)),
)
FIELD_NAMES = tuple(name for name, _ in _FIELDS)


class Cells:
    """The table's rows read into one value list per field, with each row's problems."""

    def __init__(self, table: RawTable, index: dict[str, int]) -> None:
        self.rows = table.rows
        self.total = len(table.rows)
        self.fields = [(n, index[n], column()) for n, column in _FIELDS if n in index]
        self.values: dict[str, list[object]] = {n: [] for n, _, _ in self.fields}
        self.found: dict[str, list[tuple[int, Problem]]] = {n: [] for n, _, _ in self.fields}

    def read(self, start: int) -> None:
        """Read the rows from ``start`` on, one chunk."""
        if not self.fields:
            return
        chunk = self.rows[start : start + CHUNK]
        where = [i for _, i, _ in self.fields]
        columns: Sequence[Sequence[object]]
        if min(map(len, chunk)) <= max(where):  # a short row: its missing cells are empty
            columns = [[r[i] if i < len(r) else None for r in chunk] for i in where]
        else:
            columns = [list(map(itemgetter(i), chunk)) for i in where]
        for (name, _, column), cells in zip(self.fields, columns, strict=True):
            values, found = column.read(cells)
            self.values[name].extend(values)
            if found:
                self.found[name].extend((start + j, problem) for j, problem in found)

    def column(self, name: str) -> list[object]:
        """Every row's value of a field (the default of an unmapped one)."""
        values = self.values.get(name)
        if values is None:
            values = self.values[name] = [1 if name == "quantity" else None] * self.total
        return values


def composites(cells: Cells) -> None:
    """Split ``姓名，手机，地址`` address cells (Tmall) into address, name and phone."""
    addresses = cells.column("address")
    found = {}
    for text in set(addresses):
        # split_composite needs two commas: most addresses have none.
        if text and ("，" in text or "," in text):  # type: ignore[operator]
            composite = split_composite(str(text))
            if composite is not None:
                found[text] = composite
    if not found:
        return
    names, phones = cells.column("receiver_name"), cells.column("phone")
    for j, text in enumerate(addresses):
        composite = found.get(text)
        if composite is None:
            continue
        addresses[j] = composite.address
        names[j] = names[j] or composite.name
        if phones[j] is None and composite.phone:
            with suppress(ValidationError):  # a bad phone in the address is left out
                phones[j] = validation.normalise_phone(composite.phone)
