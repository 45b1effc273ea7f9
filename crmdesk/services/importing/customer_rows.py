"""Planning a customer list: each row read into a customer record, or rejected with reasons.

Names, phones, WeChat, gender, birthday, region or address (split into province, city
and district), platform + buyer ID (or the register's "platform buyer-ID" column), tags
separated by , 、 or ;, and the card's other text fields.
"""

from __future__ import annotations

import re

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.services import validation
from crmdesk.services.importing.address import AddressParts, canonical_province, split_address
from crmdesk.services.importing.cells import parse_datetime
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
            kind = {
                "个人": "person",
                "person": "person",
                "企业": "company",
                "公司": "company",
                "company": "company",
            }.get(kind_text.lower())
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


def plan_customers(
    table: RawTable,
    detected: str | None,
    mapping: dict[str, str] | None,
    progress: ProgressFn | None,
    cancel: CancelFn | None,
) -> ImportPlan:
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
    total = len(table.rows)
    blank = 0
    for i, cells in enumerate(table.rows):
        tick(i, total, progress, cancel)
        if is_blank(cells):
            blank += 1
            continue
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
