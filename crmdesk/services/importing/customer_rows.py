"""Planning a customer list: each row read into a customer record, or rejected with reasons.

Names, phones, WeChat, gender, birthday, region or address (split into province, city
and district), platform + buyer ID (or the register's "platform buyer-ID" column), tags
separated by , 、 or ;, and the card's other text fields. A 100,000-row list is
checked in well under a second: rows with nothing to report take a fast path that
gives the very records the cell-by-cell reading gives.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from operator import itemgetter

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import validation
from crmdesk.services.importing.address import AddressParts, canonical_province, split_address
from crmdesk.services.importing.cells import clean_texts, parse_datetime, parse_id
from crmdesk.services.importing.mapping import check_mapping, suggest_customer_mapping
from crmdesk.services.importing.records import (
    AccountRecord,
    CustomerRecord,
    ImportPlan,
    RejectedRow,
    RowProblem,
    RowReader,
    base_plan,
    headers_index,
    is_blank,
    rejected_row,
    tick,
)
from crmdesk.services.importing.table import CellValueError, RawTable
from crmdesk.services.jobs import CancelFn, ProgressFn
from crmdesk.services.platforms import PLATFORMS

_TAG_SEPARATORS = frozenset(",，、;；\n")
_OPENING = {"(": ")", "（": "）", "[": "]", "【": "】", '"': '"', "“": "”"}
_ACCOUNT_SPLIT = re.compile(r"[;；\n]+")


_TEXT_FIELDS = {
    "wechat": 100,
    "district": 40,
    "city": 40,
    "address": 400,
    "source_channel": 100,
    "company": 200,
    "industry": 100,
    "contact_person": 100,
    "position": 100,
    "preferences": 4000,
    "interests": 4000,
    "notes": 4000,
}


_KINDS = {
    "个人": "person",
    "person": "person",
    "企业": "company",
    "公司": "company",
    "company": "company",
}

_PLATFORM_ALIASES = {
    "天猫商城": "tmall",
    "京东商城": "jd",
    "拼多多商家": "pdd",
    "抖音": "douyin",
    "抖音小店": "douyin",
    "快手小店": "kuaishou",
    "微信": "wechat",
    "视频号小店": "wechat",
    "微信小店": "wechat",
    "pinduoduo": "pdd",
}


def _language_free_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for p in PLATFORMS:
        for name in (p.key, p.name.lower(), p.name_zh):
            names.setdefault(name, p.key)
    return names


#: Names that do not depend on the interface language, looked up before translating.
_PLATFORM_NAMES = _language_free_names()


def platform_key(text: str | None) -> str | None:
    """The platform key of a platform name in any language (``淘宝``, ``Taobao``, ``taobao``)."""
    if not text:
        return None
    value = text.strip().lower()
    key = _PLATFORM_NAMES.get(value)
    if key is not None:
        return key
    for p in PLATFORMS:
        if value == translate("Platform", p.name).lower():
            return p.key
    return _PLATFORM_ALIASES.get(value)


def split_tags(text: str) -> list[str]:
    """Tags separated by , 、 or ;; a separator inside brackets or quotes is kept."""
    tags: list[str] = []
    current: list[str] = []
    closing: list[str] = []
    for ch in text:
        if closing and ch == closing[-1]:
            closing.pop()
        elif ch in _OPENING and not (closing and closing[-1] in ('"', "”")):
            closing.append(_OPENING[ch])
        elif ch in _TAG_SEPARATORS and not closing:
            tags.append("".join(current))
            current = []
            continue
        current.append(ch)
    tags.append("".join(current))
    return tags


def _gender(text: str) -> str | None:
    value = text.strip().lower()
    if value in ("男", "m", "male", "先生", "男性"):
        return "M"
    if value in ("女", "f", "female", "女士", "女性", "小姐"):
        return "F"
    return None


def _customer_row(row: RowReader, default_platform: str | None) -> CustomerRecord | None:
    values: dict[str, object] = {}
    name = row.text("name")
    nick = row.text("buyer_nick")
    buyer_id = row.ident("buyer_id")
    mapped = row.index
    for key, limit in _TEXT_FIELDS.items():
        if key not in mapped:  # most lists fill a few of these: skip the rest cheaply
            continue
        text = row.text(key)
        if text is None:
            continue
        if len(text) > limit:
            row.error(
                key,
                translate("Import", "The text is too long (at most {n} characters).").format(
                    n=limit
                ),
            )
            continue
        values[key] = text
    if row.has("kind"):
        kind_text = row.text("kind")
        if kind_text:
            kind = _KINDS.get(kind_text.lower())
            if kind is None:
                row.warn(
                    "kind",
                    translate("Import", "“{v}” is not 个人 or 企业; left out.").format(v=kind_text),
                )
            else:
                values["kind"] = kind
    if row.has("gender"):
        gender_text = row.text("gender")
        if gender_text:
            gender = _gender(gender_text)
            if gender is None:
                row.warn(
                    "gender",
                    translate("Import", "“{v}” is not a gender; left out.").format(v=gender_text),
                )
            else:
                values["gender"] = gender
    if row.has("birthday"):
        try:
            moment = parse_datetime(row.raw("birthday"))
            if moment is not None:
                values["birthday"] = validation.validate_birthday(moment.date())
        except (CellValueError, ValidationError) as exc:
            row.warn("birthday", str(exc) + " " + translate("Import", "The birthday was left out."))
    if row.has("phone"):
        phone = row.phone("phone", strict=True)
        if phone is not None:
            values["phone"] = phone.text
            values["phone_masked"] = phone.masked
    if row.has("email"):
        try:
            email = validation.validate_email(row.text("email"))
            if email:
                values["email"] = email
        except ValidationError as exc:
            row.warn("email", str(exc) + " " + translate("Import", "The e-mail was left out."))
    province = row.text("province")
    region = row.text("region")
    if region:
        parts = split_address(region)
        values.update(address_fields(parts, detail=False))
    if province:
        values["province"] = canonical_province(province)
    if "address" in values and not (province or region or "city" in values):
        parts = split_address(str(values["address"]))
        if parts.province or parts.city:
            values.update(address_fields(parts, detail=True))
    accounts: list[AccountRecord] = []
    platform_text = row.text("platform")
    platform = platform_key(platform_text) if platform_text else default_platform
    if platform_text and platform is None:
        row.error(
            "platform",
            translate("Import", "“{v}” is not a platform crmdesk knows.").format(v=platform_text),
        )
    if buyer_id or (nick and row.has("platform") and platform):
        if platform is None:
            if not row.failed:
                row.warn(
                    "buyer_id",
                    translate(
                        "Import",
                        "A buyer ID needs its platform; it was left out. Fill the platform "
                        "column to keep it.",
                    ),
                )
        else:
            accounts.append(AccountRecord(platform, buyer_id or nick or "", nick))
    accounts.extend(_parse_accounts(row))
    if not name:
        name = nick or buyer_id
    if not name:
        row.error("name", translate("Import", "Name is required."))
        return None
    try:
        values["name"] = validation.validate_name(name)
    except ValidationError as exc:
        row.error("name", str(exc))
    tags = ()
    tag_text = row.text("tags")
    if tag_text:
        tags = tuple(dict.fromkeys(t.strip() for t in split_tags(tag_text) if t.strip()))
        if any(len(t) > 60 for t in tags):
            row.error("tags", translate("Import", "A tag is longer than 60 characters."))
    if row.failed:
        return None
    return CustomerRecord(row.number, values, tuple(accounts), tags)


def address_fields(parts: AddressParts, *, detail: bool) -> dict[str, object]:
    """The filled parts of a split address as customer fields (``address`` = the detail)."""
    out: dict[str, object] = {}
    for key in ("province", "city", "district"):
        value = getattr(parts, key)
        if value:
            out[key] = value
    if detail:
        out["address"] = parts.detail
    return out


def _parse_accounts(row: RowReader) -> list[AccountRecord]:
    text = row.text("accounts")
    if not text:
        return []
    accounts = []
    for piece in _ACCOUNT_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if piece.endswith("…"):  # the register cut a long list short: the rest is lost
            row.warn(
                "accounts", translate("Import", "“{v}” was cut short; left out.").format(v=piece)
            )
            continue
        key, buyer = _split_account(piece)
        if key is None or not buyer:
            row.error(
                "accounts",
                translate("Import", "“{v}” is not “platform: buyer ID”.").format(v=piece),
            )
            continue
        accounts.append(AccountRecord(key, buyer.strip()))
    return accounts


def _split_account(piece: str) -> tuple[str | None, str]:
    """``淘宝 tb_buyer`` (the register's form) or ``淘宝: tb_buyer`` -> (platform, buyer id)."""
    for separator in (" ", ":", "："):
        name, sep, buyer = piece.partition(separator)
        key = platform_key(name.strip()) if sep else None
        if key is not None:
            buyer = buyer.strip()
            if separator == " " and buyer[:1] in (":", "："):
                buyer = buyer[1:].strip()
            return key, buyer
    return None, ""


# --- the fast path ----------------------------------------------------------------------

#: What a check of a cell gives when the row has something to report.
_FAIL = object()

#: The fields read as text, in the order the fast path cleans them per row.
_TEXT_LIKE = (
    "name",
    "buyer_nick",
    "buyer_id",
    *_TEXT_FIELDS,
    "kind",
    "gender",
    "phone",
    "email",
    "province",
    "region",
    "platform",
    "accounts",
    "tags",
)
# 11 ASCII digits of a mobile: parse_id() and normalise_phone() give them back as they are.
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# Exact types (a subclass of str is cleaned into a plain str, so it takes the long way).
_TEXT_TYPES = frozenset({str, type(None)})


def _phone(value: object) -> validation.PhoneValue | None:
    """What RowReader.phone gives for a cell that has nothing to report."""
    text = parse_id(value)
    if not text:
        return None
    return validation.normalise_phone(text, field="phone")


def _birthday(value: object) -> dt.date | None:
    """The birthday the row-by-row path keeps from a cell that has nothing to report."""
    moment = parse_datetime(value)
    if moment is None:
        return None
    return validation.validate_birthday(moment.date())


def _tags(text: str) -> object:
    tags = tuple(dict.fromkeys(t.strip() for t in split_tags(text) if t.strip()))
    return _FAIL if any(len(t) > 60 for t in tags) else tags


def _kind(text: str) -> object:
    return _KINDS.get(text.lower(), _FAIL)


def _gender_or_fail(text: str) -> object:
    gender = _gender(text)
    return _FAIL if gender is None else gender


def _platform(text: str) -> object:
    key = platform_key(text)
    return _FAIL if key is None else key


def _accounts_text(text: str) -> list[AccountRecord] | None:
    """_parse_accounts of a filled cell; None when it has something to report."""
    accounts = []
    for piece in _ACCOUNT_SPLIT.split(text):
        piece = piece.strip()
        if not piece:
            continue
        if piece.endswith("…"):
            return None
        key, buyer = _split_account(piece)
        if key is None or not buyer:
            return None
        accounts.append(AccountRecord(key, buyer.strip()))
    return accounts


def _fast_reader(index: dict[str, int]) -> Callable[[Sequence[object], int], CustomerRecord | None]:
    """A reader of one row's record for the rows that have nothing to report.

    It gives what :func:`_customer_row` gives, field for field and in the same order,
    at a fraction of the cost: the row's text cells are cleaned in one comprehension
    and the common forms (clean text, an 11-digit mobile, a date cell) are recognised
    inline. It returns None for a row with any problem, and for the rare shapes it
    leaves alone; the caller reads those with :func:`_customer_row`, which lists the
    problems (tests/services/importing/test_customer_fast_path.py compares the two).
    """
    fields = [f for f in _TEXT_LIKE if f in index]
    slot = {f: k for k, f in enumerate(fields)}
    none = len(fields)  # the None appended to every cleaned row: fields not mapped

    def at(field: str) -> int:
        return slot.get(field, none)

    positions = [index[f] for f in fields]
    getter: Callable[[Sequence[object]], Sequence[object]]
    if len(positions) > 1:
        getter = itemgetter(*positions)  # type: ignore[assignment]
    else:  # itemgetter of one position gives the cell itself, not a tuple
        getter = lambda cells: [cells[p] for p in positions]  # noqa: E731
    width = max(index.values(), default=-1) + 1  # shorter rows: the row-by-row path
    k_name, k_nick, k_buyer = at("name"), at("buyer_nick"), at("buyer_id")
    has_buyer = "buyer_id" in slot
    texts = tuple((key, slot[key], limit) for key, limit in _TEXT_FIELDS.items() if key in slot)
    k_kind, k_gender, k_phone, k_email = at("kind"), at("gender"), at("phone"), at("email")
    has_phone, has_email = "phone" in slot, "email" in slot
    k_province, k_region, k_platform = at("province"), at("region"), at("platform")
    k_accounts, k_tags = at("accounts"), at("tags")
    has_platform = "platform" in index
    birthday_at = index.get("birthday")
    # A check passed now passes later on too (the row-by-row path reads "today" when it
    # gets to the row); a birthday after today goes to that path, which decides.
    today = dt.date.today()
    oldest = validation.OLDEST_BIRTHDAY
    # What _kind, _gender_or_fail, canonical_province, _platform and _tags gave for each
    # text met: those columns hold a few dozen different values in 100,000 rows.
    kinds: dict[str, object] = {}
    genders: dict[str, object] = {}
    provinces: dict[str, object] = {}
    platforms: dict[str, object] = {}
    tag_lists: dict[str, object] = {}
    plain_mobile = _PLAIN_MOBILE.fullmatch
    validate_name = validation.validate_name

    def record(cells: Sequence[object], number: int) -> CustomerRecord | None:
        if len(cells) < width:
            return None
        raw = getter(cells)
        if (
            set(map(type, raw)) <= _TEXT_TYPES
            and (joined := "".join(filter(None, raw))).isprintable()
            and " " not in joined  # seven C-level looks: cheaper than one regex search
            and "-" not in joined
            and "=" not in joined
            and "'" not in joined
            and "`" not in joined
            and "—" not in joined
            and "－" not in joined
            and "" not in raw
        ):
            # Nearly every row: text cells with no invisible character, no space of any
            # kind and none of the characters clean_text() may take off the start of a
            # printable text (cells._EDGY_HEAD) anywhere, so each is its own
            # clean_text(); one look at the row's text instead of one a cell.
            tc = [*raw, None]
        else:
            tc = clean_texts(raw)
            tc.append(None)
        values: dict[str, object] = {}
        name = tc[k_name]
        nick = tc[k_nick]
        buyer_id = tc[k_buyer]
        if has_buyer:
            cell = raw[k_buyer]
            # For a text cell parse_id() gives its clean text unless that starts with a
            # sign or a digit (it may be a number Excel damaged): ask it only then.
            if (cell.__class__ is not str and cell is not None) or (
                buyer_id is not None and (buyer_id[0] in "+-" or buyer_id[0].isdigit())
            ):
                try:
                    buyer_id = parse_id(cell)
                except Exception:
                    return None
        for key, k, limit in texts:
            text = tc[k]
            if text is not None:
                if len(text) > limit:
                    return None
                values[key] = text
        text = tc[k_kind]
        if text:
            kind = kinds.get(text)
            if kind is None:
                kind = kinds[text] = _kind(text)
            if kind is _FAIL:
                return None
            values["kind"] = kind
        text = tc[k_gender]
        if text:
            gender = genders.get(text)
            if gender is None:
                gender = genders[text] = _gender_or_fail(text)
            if gender is _FAIL:
                return None
            values["gender"] = gender
        if birthday_at is not None:
            cell = cells[birthday_at]
            if cell.__class__ is dt.date and oldest <= cell <= today:  # type: ignore[operator]
                values["birthday"] = cell  # what datetime(y, m, d).date() gives back
            elif cell is not None:
                try:
                    birthday = _birthday(cell)
                except Exception:
                    return None
                if birthday is not None:
                    values["birthday"] = birthday
        if has_phone:
            text = tc[k_phone]
            cell = raw[k_phone]
            if cell.__class__ is str and text and len(text) == 11 and plain_mobile(text):
                # What parse_id() and normalise_phone() give for a plain mobile.
                values["phone"] = text
                values["phone_masked"] = False
            elif cell is not None:
                try:
                    phone = _phone(cell)
                except Exception:
                    return None
                if phone is not None:
                    values["phone"] = phone.text
                    values["phone_masked"] = phone.masked
        if has_email:
            try:
                email = validation.validate_email(tc[k_email])
            except Exception:
                return None
            if email:
                values["email"] = email
        province = tc[k_province]
        region = tc[k_region]
        if region:
            values.update(address_fields(split_address(region), detail=False))
        if province:
            full = provinces.get(province)
            if full is None:  # (None for a text of spaces: asked again, rare)
                full = provinces[province] = canonical_province(province)
            values["province"] = full
        if "address" in values and not (province or region or "city" in values):
            parts = split_address(str(values["address"]))
            if parts.province or parts.city:
                values.update(address_fields(parts, detail=True))
        accounts: list[AccountRecord] = []
        platform_text = tc[k_platform]
        platform = None
        if platform_text:
            platform = platforms.get(platform_text)
            if platform is None:
                platform = platforms[platform_text] = _platform(platform_text)
        if platform is _FAIL:
            return None  # not a platform crmdesk knows: an error
        if buyer_id or (nick and has_platform and platform):
            if platform is None:
                return None  # a buyer ID without its platform: a warning
            accounts.append(AccountRecord(platform, buyer_id or nick or "", nick))  # type: ignore[arg-type]
        text = tc[k_accounts]
        if text:
            more = _accounts_text(text)
            if more is None:
                return None
            accounts.extend(more)
        if not name:
            name = nick or buyer_id
            if not name:
                return None
        try:
            values["name"] = validate_name(name)
        except Exception:
            return None
        text = tc[k_tags]
        tags: object = ()
        if text:
            tags = tag_lists.get(text)
            if tags is None:
                tags = tag_lists[text] = _tags(text)
            if tags is _FAIL:
                return None
        return CustomerRecord(number, values, tuple(accounts), tags)  # type: ignore[arg-type]

    return record


def plan_customers(
    table: RawTable,
    detected: str | None,
    mapping: dict[str, str] | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ImportPlan:
    """The plan of a customer list: a record for each row, or its rejection with reasons.

    Rows with nothing to report are read by the fast path (:func:`_fast_reader`); any
    other row is read cell by cell by :func:`_customer_row`, which lists its problems.
    """
    suggested = suggest_customer_mapping(table.raw_headers)
    chosen = (
        check_mapping(mapping, table.raw_headers, "customers") if mapping is not None else suggested
    )
    if "name" not in chosen and not {"buyer_nick", "buyer_id"} & set(chosen):
        raise ValidationError(
            translate("Import", "Choose the column that holds the customers' names."),
            field="name",
        )
    index = headers_index(table, chosen)
    records: list[CustomerRecord] = []
    problems: list[RowProblem] = []
    rejected: list[RejectedRow] = []
    rows = table.rows
    total = len(rows)
    blank = 0
    fast_record = _fast_reader(index)
    first_number = table.first_row_number
    for i, cells in enumerate(rows):
        if i % 2000 == 0:
            tick(i, total, progress, cancel)
        # The fast path gives no record for a blank row (it has no name), so asking it
        # first leaves is_blank() to the rows it does not take.
        record = fast_record(cells, first_number + i)
        if record is not None:
            records.append(record)
            continue
        if is_blank(cells):
            blank += 1
            continue
        # Something to report (or a shape the fast path leaves alone): read the row
        # cell by cell, which lists its problems in their usual order.
        row = RowReader(table.row_number(i), cells, index)
        row.headers = chosen
        record = _customer_row(row, None)
        problems.extend(row.problems)
        if record is None:
            rejected.append(rejected_row(row))
        else:
            records.append(record)
    return ImportPlan(
        **base_plan(table, "customers", chosen, suggested),  # type: ignore[arg-type]
        platform=None,
        detected_platform=detected,
        blank_rows=blank,
        accepted_rows=len(records),
        rejected_rows=len(rejected),
        problems=tuple(problems),
        customers=tuple(records),
        rejected=tuple(rejected),
    )
