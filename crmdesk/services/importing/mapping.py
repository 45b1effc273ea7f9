"""Which column of a file holds which field: suggestions from header names, named presets.

A mapping is a plain ``{field: header}`` dict (the header as the file spells it). For
customer lists it is suggested from Chinese and English header names (including the
titles crmdesk's own register export writes, so an export imports back unchanged); for
platform order exports it comes from the platform's preset. The owner can change any
entry and save the result under a name (:class:`crmdesk.models.ImportPreset`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import delete, select

from crmdesk.db import Database
from crmdesk.errors import NotFoundError, ValidationError
from crmdesk.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.models import ImportPreset
from crmdesk.services.importing.headers import normalise_header
from crmdesk.services.importing.platform_presets import ORDER_FIELDS

KINDS = ("customers", "orders")


@dataclass(frozen=True)
class FieldSpec:
    """A field a column can be mapped to: key, English label (the UI translates), aliases."""

    key: str
    label: str
    aliases: tuple[str, ...]


#: Customer-list fields, in the order the mapping page lists them.
CUSTOMER_FIELDS: tuple[FieldSpec, ...] = (
    FieldSpec(
        "name",
        QT_TRANSLATE_NOOP("Import", "Name"),
        (
            "姓名",
            "名字",
            "客户姓名",
            "客户名称",
            "客户名",
            "客户",
            "name",
            "customer name",
            "full name",
            "收货人",
            "收货人姓名",
            "联系人姓名",
        ),
    ),
    FieldSpec(
        "kind", QT_TRANSLATE_NOOP("Import", "Kind"), ("客户类型", "类型", "kind", "customer type")
    ),
    FieldSpec("gender", QT_TRANSLATE_NOOP("Import", "Gender"), ("性别", "gender", "sex")),
    FieldSpec(
        "birthday",
        QT_TRANSLATE_NOOP("Import", "Birthday"),
        ("生日", "出生日期", "出生年月日", "birthday", "date of birth", "birth date", "dob"),
    ),
    FieldSpec(
        "phone",
        QT_TRANSLATE_NOOP("Import", "Phone"),
        (
            "手机",
            "手机号",
            "手机号码",
            "电话",
            "电话号码",
            "联系电话",
            "联系方式",
            "移动电话",
            "联系手机",
            "mobile",
            "phone",
            "telephone",
            "tel",
            "cell",
            "mobile phone",
            "phone number",
        ),
    ),
    FieldSpec(
        "wechat",
        QT_TRANSLATE_NOOP("Import", "WeChat"),
        ("微信", "微信号", "wechat", "weixin", "wechat id"),
    ),
    FieldSpec(
        "email",
        QT_TRANSLATE_NOOP("Import", "E-mail"),
        ("邮箱", "电子邮箱", "电子邮件", "email", "e-mail", "email address"),
    ),
    FieldSpec(
        "region",
        QT_TRANSLATE_NOOP("Import", "Region"),
        ("地区", "所在地区", "所在地", "省市区", "region", "area"),
    ),
    FieldSpec(
        "province",
        QT_TRANSLATE_NOOP("Import", "Province"),
        ("省份", "省", "所在省份", "province", "state"),
    ),
    FieldSpec("city", QT_TRANSLATE_NOOP("Import", "City"), ("城市", "市", "所在城市", "city")),
    FieldSpec(
        "district",
        QT_TRANSLATE_NOOP("Import", "District"),
        ("区县", "区/县", "区", "县", "district", "county"),
    ),
    FieldSpec(
        "address",
        QT_TRANSLATE_NOOP("Import", "Address"),
        (
            "详细地址",
            "地址",
            "收货地址",
            "联系地址",
            "通讯地址",
            "address",
            "street",
            "street address",
        ),
    ),
    FieldSpec(
        "accounts",
        QT_TRANSLATE_NOOP("Import", "Platform accounts"),
        ("平台账号", "平台/买家id", "平台 / 买家id", "platform accounts", "accounts"),
    ),
    FieldSpec(
        "platform",
        QT_TRANSLATE_NOOP("Import", "Platform"),
        ("平台", "来源平台", "销售平台", "店铺平台", "platform"),
    ),
    FieldSpec(
        "buyer_id",
        QT_TRANSLATE_NOOP("Import", "Buyer ID"),
        (
            "买家id",
            "买家账号",
            "买家会员名",
            "会员名",
            "买家帐号",
            "buyer id",
            "buyer account",
            "customer id",
            "user id",
        ),
    ),
    FieldSpec(
        "buyer_nick",
        QT_TRANSLATE_NOOP("Import", "Buyer nickname"),
        ("买家昵称", "昵称", "网名", "nickname", "buyer nickname", "nick"),
    ),
    FieldSpec(
        "tags", QT_TRANSLATE_NOOP("Import", "Tags"), ("标签", "客户标签", "tags", "tag", "labels")
    ),
    FieldSpec(
        "source_channel",
        QT_TRANSLATE_NOOP("Import", "Source channel"),
        ("来源渠道", "来源", "渠道", "客户来源", "source", "channel", "source channel"),
    ),
    FieldSpec(
        "company",
        QT_TRANSLATE_NOOP("Import", "Company"),
        (
            "公司",
            "公司名称",
            "单位",
            "工作单位",
            "企业名称",
            "company",
            "organisation",
            "organization",
        ),
    ),
    FieldSpec(
        "industry", QT_TRANSLATE_NOOP("Import", "Industry"), ("行业", "所属行业", "industry")
    ),
    FieldSpec(
        "contact_person",
        QT_TRANSLATE_NOOP("Import", "Contact person"),
        ("联系人", "contact person", "contact"),
    ),
    FieldSpec(
        "position",
        QT_TRANSLATE_NOOP("Import", "Position"),
        ("职位", "职务", "position", "job title", "title"),
    ),
    FieldSpec(
        "preferences",
        QT_TRANSLATE_NOOP("Import", "Preferences"),
        ("偏好", "购买偏好", "喜好", "preferences"),
    ),
    FieldSpec(
        "interests",
        QT_TRANSLATE_NOOP("Import", "Interests"),
        ("兴趣", "兴趣爱好", "爱好", "interests", "hobbies"),
    ),
    FieldSpec(
        "notes",
        QT_TRANSLATE_NOOP("Import", "Notes"),
        ("备注", "说明", "备注信息", "note", "notes", "remark", "remarks", "comment"),
    ),
)
CUSTOMER_FIELD_KEYS = tuple(f.key for f in CUSTOMER_FIELDS)

# Register columns whose exported title must import back into a field (see exporting.py).
_REGISTER_TITLES = {
    "name": "name",
    "phone": "phone",
    "accounts": "accounts",
    "region": "region",
    "tags": "tags",
    "wechat": "wechat",
    "birthday": "birthday",
}


def _register_aliases() -> dict[str, str]:
    """Normalised register column titles (English and as translated now) -> field."""
    from crmdesk.services.register_columns import COLUMNS

    aliases: dict[str, str] = {}
    for column in COLUMNS:
        target = _REGISTER_TITLES.get(column.key)
        if target is None:
            continue
        for title in (column.title, translate("RegisterColumn", column.title)):
            aliases.setdefault(normalise_header(title), target)
    return aliases


def _customer_aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    for spec in CUSTOMER_FIELDS:
        for alias in (spec.key, spec.label, translate("Import", spec.label), *spec.aliases):
            aliases.setdefault(normalise_header(alias), spec.key)
    for alias, target in _register_aliases().items():
        aliases.setdefault(alias, target)
    return aliases


def known_customer_headers() -> tuple[str, ...]:
    """Every header name the customer-list suggestion knows (for finding the header row)."""
    return tuple(_customer_aliases())


def suggest_customer_mapping(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Field -> header for a customer list, from exact names first, then contained names.

    Each field and each column is used once; columns nobody recognises stay unmapped.
    """
    aliases = _customer_aliases()
    mapping: dict[str, str] = {}
    used: set[str] = set()
    normalised = [(h, normalise_header(h)) for h in headers if h and str(h).strip()]
    for header, norm in normalised:
        field = aliases.get(norm)
        if field and field not in mapping and header not in used:
            mapping[field] = header
            used.add(header)
    # A header that contains a known Chinese name ("客户手机号" holds "手机号"): longest wins.
    by_length = sorted(
        ((a, f) for a, f in aliases.items() if len(a) >= 2 and not a.isascii()),
        key=lambda af: -len(af[0]),
    )
    for header, norm in normalised:
        if header in used:
            continue
        for alias, field in by_length:
            if alias in norm and field not in mapping:
                mapping[field] = header
                used.add(header)
                break
    return mapping


def check_mapping(mapping: dict[str, str], headers: tuple[str, ...], kind: str) -> dict[str, str]:
    """A mapping cleaned for use: unknown fields or headers raise ValidationError."""
    allowed = CUSTOMER_FIELD_KEYS if kind == "customers" else ORDER_FIELDS
    present = set(headers)
    clean: dict[str, str] = {}
    for field, header in mapping.items():
        if not header:
            continue
        if field not in allowed:
            raise ValidationError(
                translate("Import", "There is no field called {field}.").format(field=field),
                field=field,
            )
        if header not in present:
            raise ValidationError(
                translate("Import", "The file has no column called {header}.").format(
                    header=header
                ),
                field=field,
            )
        clean[field] = header
    return clean


# --- named presets -------------------------------------------------------------------


@dataclass(frozen=True)
class MappingPreset:
    """A saved mapping: its name, the kind of file, the platform (orders) and the mapping."""

    id: int
    name: str
    kind: str
    platform: str | None
    mapping: dict[str, str]


def _to_preset(row: ImportPreset) -> MappingPreset:
    try:
        data = json.loads(row.mapping_json)
    except ValueError:
        data = {}
    mapping = data.get("mapping", {}) if isinstance(data, dict) else {}
    platform = data.get("platform") if isinstance(data, dict) else None
    return MappingPreset(
        row.id, row.name, row.kind, platform, {str(k): str(v) for k, v in mapping.items()}
    )


def save_preset(
    db: Database, name: str, kind: str, mapping: dict[str, str], platform: str | None = None
) -> MappingPreset:
    """Save (or replace) the mapping under ``name``."""
    name = (name or "").strip()
    if not name:
        raise ValidationError(translate("Import", "A preset needs a name."), field="name")
    if len(name) > 100:
        raise ValidationError(
            translate("Import", "The preset name is too long (at most 100 characters)."),
            field="name",
        )
    if kind not in KINDS:
        raise ValidationError(
            translate("Import", "Unknown kind of file: {kind}.").format(kind=kind), field="kind"
        )
    payload = json.dumps({"mapping": dict(mapping), "platform": platform}, ensure_ascii=False)
    with db.session() as session:
        row = session.execute(
            select(ImportPreset).where(ImportPreset.name == name)
        ).scalar_one_or_none()
        if row is None:
            row = ImportPreset(name=name, kind=kind, mapping_json=payload)
            session.add(row)
        else:
            row.kind = kind
            row.mapping_json = payload
        session.flush()
        return _to_preset(row)


def list_presets(db: Database, kind: str | None = None) -> list[MappingPreset]:
    """Saved presets by name, optionally of one kind."""
    with db.session() as session:
        stmt = select(ImportPreset).order_by(ImportPreset.name)
        if kind is not None:
            stmt = stmt.where(ImportPreset.kind == kind)
        return [_to_preset(r) for r in session.execute(stmt).scalars()]


def get_preset(db: Database, name: str) -> MappingPreset:
    """The preset called ``name`` (NotFoundError when there is none)."""
    with db.session() as session:
        row = session.execute(
            select(ImportPreset).where(ImportPreset.name == name)
        ).scalar_one_or_none()
        if row is None:
            raise NotFoundError(
                translate("Import", "There is no import preset called {name}.").format(name=name)
            )
        return _to_preset(row)


def delete_preset(db: Database, preset_id: int) -> None:
    """Delete a saved preset (nothing happens when it is already gone)."""
    with db.session() as session:
        session.execute(delete(ImportPreset).where(ImportPreset.id == preset_id))
