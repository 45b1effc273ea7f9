"""Checking what the owner typed on a customer card, and writing its accounts, tags and dates."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, insert, select, tuple_
from sqlalchemy.orm import Session

from crmdesk.errors import ValidationError
from crmdesk.i18n import QT_TRANSLATE_NOOP, translate
from crmdesk.models import Customer, CustomerAccount, CustomerTag, ImportantDate, Tag
from crmdesk.services.platforms import PLATFORM_KEYS, platform
from crmdesk.services.validation import (
    normalise_phone,
    validate_birthday,
    validate_email,
    validate_name,
    validate_text,
)

if TYPE_CHECKING:
    from crmdesk.services.customers import CustomerInput

KINDS = ("person", "company")
GENDERS = ("M", "F")
OVERRIDES = ("target", "non_customer")
LOST_REASONS = ("price", "quality", "service", "logistics", "competitor", "no_need", "other")
LONG_TEXT_MAX = 10_000
TAG_MAX = 60

#: Optional text fields: (field, max length, label for messages).
_TEXT_FIELDS: tuple[tuple[str, int, str], ...] = (
    ("wechat", 100, QT_TRANSLATE_NOOP("Validation", "WeChat")),
    ("province", 40, QT_TRANSLATE_NOOP("Validation", "Province")),
    ("city", 40, QT_TRANSLATE_NOOP("Validation", "City")),
    ("district", 40, QT_TRANSLATE_NOOP("Validation", "District")),
    ("address", 400, QT_TRANSLATE_NOOP("Validation", "Address")),
    ("source_channel", 100, QT_TRANSLATE_NOOP("Validation", "Source channel")),
    ("company", 200, QT_TRANSLATE_NOOP("Validation", "Company")),
    ("industry", 100, QT_TRANSLATE_NOOP("Validation", "Industry")),
    ("contact_person", 100, QT_TRANSLATE_NOOP("Validation", "Contact person")),
    ("position", 100, QT_TRANSLATE_NOOP("Validation", "Position")),
    ("preferences", LONG_TEXT_MAX, QT_TRANSLATE_NOOP("Validation", "Preferences")),
    ("interests", LONG_TEXT_MAX, QT_TRANSLATE_NOOP("Validation", "Interests")),
    ("notes", LONG_TEXT_MAX, QT_TRANSLATE_NOOP("Validation", "Notes")),
)


@dataclass(frozen=True)
class CleanCustomer:
    """A checked card: column values for ``customers`` plus its accounts, tags and dates."""

    columns: dict[str, Any]
    accounts: tuple[tuple[str, str, str | None], ...]  # (platform, buyer_id, nick)
    tags: tuple[str, ...]
    dates: tuple[dict[str, Any], ...]


def _choice(value: str | None, allowed: tuple[str, ...], field: str, label: str) -> str | None:
    if value is None or not str(value).strip():
        return None
    value = str(value).strip()
    if value not in allowed:
        raise ValidationError(
            translate("Validation", '{label}: "{value}" is not one of the choices.').format(
                label=label, value=value
            ),
            field=field,
        )
    return value


def clean_tag(name: str | None, field: str = "tags", row: int | None = None) -> str:
    """A tag name trimmed; required, at most 60 characters."""
    value = " ".join((name or "").split())
    if not value:
        raise ValidationError(translate("Validation", "A tag needs a name."), field=field, row=row)
    if len(value) > TAG_MAX:
        raise ValidationError(
            translate("Validation", 'The tag "{tag}" is too long (at most {n} characters).').format(
                tag=value[:20] + "…", n=TAG_MAX
            ),
            field=field,
            row=row,
        )
    return value


def clean_customer(data: CustomerInput, today: dt.date | None = None) -> CleanCustomer:
    """Check every field of ``data``; raise ValidationError naming the first field at fault."""
    today = today or dt.date.today()
    cols: dict[str, Any] = {"name": validate_name(data.name)}
    cols["kind"] = _choice(data.kind or "person", KINDS, "kind", translate("Validation", "Kind"))
    cols["gender"] = _choice(data.gender, GENDERS, "gender", translate("Validation", "Gender"))
    cols["birthday"] = validate_birthday(data.birthday, today)
    phone = normalise_phone(data.phone)
    cols["phone"] = phone.text if phone else None
    cols["phone_masked"] = bool(phone and phone.masked)
    cols["email"] = validate_email(data.email)
    for name, max_length, label in _TEXT_FIELDS:
        cols[name] = validate_text(
            getattr(data, name), max_length, name, translate("Validation", label)
        )
    cols["referrer_id"] = data.referrer_id
    cols["status_override"] = _choice(
        data.status_override, OVERRIDES, "status_override", translate("Validation", "Status")
    )
    cols["lost_reason"] = _choice(
        data.lost_reason, LOST_REASONS, "lost_reason", translate("Validation", "Reason for leaving")
    )

    accounts: dict[tuple[str, str], str | None] = {}
    for row, account in enumerate(data.accounts):
        plat = (account.platform or "").strip()
        if plat not in PLATFORM_KEYS:
            raise ValidationError(
                translate("Validation", "Choose the platform of buyer account {n}.").format(
                    n=row + 1
                ),
                field="accounts",
                row=row,
            )
        buyer_id = (account.buyer_id or "").strip()
        if not buyer_id:
            raise ValidationError(
                translate("Validation", "Buyer account {n} needs a buyer ID.").format(n=row + 1),
                field="accounts",
                row=row,
            )
        if len(buyer_id) > 200:
            raise ValidationError(
                translate("Validation", "The buyer ID of account {n} is too long.").format(
                    n=row + 1
                ),
                field="accounts",
                row=row,
            )
        nick = validate_text(account.buyer_nick, 200, "accounts", translate("Validation", "Nick"))
        accounts[(plat, buyer_id)] = nick or accounts.get((plat, buyer_id))

    tags = tuple(dict.fromkeys(clean_tag(t, row=i) for i, t in enumerate(data.tags)))

    dates: dict[tuple[str, int, int], dict[str, Any]] = {}
    for row, date in enumerate(data.important_dates):
        label = validate_text(date.label, 100, "important_dates", translate("Validation", "Label"))
        if not label:
            raise ValidationError(
                translate("Validation", "Important date {n} needs a label.").format(n=row + 1),
                field="important_dates",
                row=row,
            )
        month, day, year = date.month, date.day, date.year
        leap = 2000 if year is None else year
        if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(leap, month)[1]):
            raise ValidationError(
                translate("Validation", 'Important date "{label}": {m}/{d} is not a date.').format(
                    label=label, m=month, d=day
                ),
                field="important_dates",
                row=row,
            )
        if year is not None and not (1900 <= year <= today.year + 100):
            raise ValidationError(
                translate(
                    "Validation", 'Important date "{label}": the year {y} is not valid.'
                ).format(label=label, y=year),
                field="important_dates",
                row=row,
            )
        if not (0 <= date.remind_days_before <= 365):
            raise ValidationError(
                translate(
                    "Validation", 'Important date "{label}": remind 0 to 365 days before.'
                ).format(label=label),
                field="important_dates",
                row=row,
            )
        dates[(label, month, day)] = {
            "label": label,
            "month": month,
            "day": day,
            "year": year,
            "remind_days_before": date.remind_days_before,
        }
    return CleanCustomer(
        columns=cols,
        accounts=tuple((p, b, n) for (p, b), n in accounts.items()),
        tags=tags,
        dates=tuple(dates.values()),
    )


def tag_ids(session: Session, names: tuple[str, ...] | list[str]) -> dict[str, int]:
    """Ids of these tags by name, creating the ones that do not exist yet."""
    if not names:
        return {}
    wanted = list(dict.fromkeys(names))
    existing = dict(session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(wanted))).all())
    missing = [n for n in wanted if n not in existing]
    if missing:
        session.execute(insert(Tag), [{"name": n} for n in missing])
        existing.update(
            session.execute(select(Tag.name, Tag.id).where(Tag.name.in_(missing))).all()
        )
    return existing


def check_accounts(session: Session, clean: CleanCustomer, customer_id: int | None) -> None:
    """Refuse a buyer account that already belongs to another card (live or in the bin)."""
    if not clean.accounts:
        return
    pairs = [(p, b) for p, b, _ in clean.accounts]
    owners = session.execute(
        select(
            CustomerAccount.platform,
            CustomerAccount.buyer_id,
            Customer.id,
            Customer.name,
            Customer.deleted_at,
        )
        .join(Customer, Customer.id == CustomerAccount.customer_id)
        .where(tuple_(CustomerAccount.platform, CustomerAccount.buyer_id).in_(pairs))
    ).all()
    for plat, buyer_id, owner_id, owner_name, deleted_at in owners:
        if owner_id == customer_id:
            continue
        row = pairs.index((plat, buyer_id))
        if deleted_at is not None:
            message = translate(
                "Customers",
                "The {platform} buyer ID {buyer} belongs to {name} (#{id}) in the recycle bin. "
                "Restore that card, or delete it for good first.",
            )
        else:
            message = translate(
                "Customers",
                "The {platform} buyer ID {buyer} already belongs to {name} (#{id}). "
                "Open that card, or merge the two cards.",
            )
        raise ValidationError(
            message.format(
                platform=platform(plat).name_zh, buyer=buyer_id, name=owner_name, id=owner_id
            ),
            field="accounts",
            row=row,
        )


def check_referrer(session: Session, referrer_id: int | None, customer_id: int | None) -> None:
    if referrer_id is None:
        return
    if referrer_id == customer_id or session.get(Customer, referrer_id) is None:
        raise ValidationError(
            translate("Customers", "The referrer #{id} is not another customer.").format(
                id=referrer_id
            ),
            field="referrer_id",
        )


def write_children(session: Session, customer_id: int, clean: CleanCustomer) -> None:
    """Replace accounts, tags and important dates of a card with ``clean``'s."""
    wanted = {(p, b): n for p, b, n in clean.accounts}
    current = session.execute(
        select(CustomerAccount).where(CustomerAccount.customer_id == customer_id)
    ).scalars()
    for account in current:
        key = (account.platform, account.buyer_id)
        if key in wanted:
            account.buyer_nick = wanted.pop(key)
        else:
            session.delete(account)
    session.flush()
    for (plat, buyer_id), nick in wanted.items():
        session.add(
            CustomerAccount(
                customer_id=customer_id, platform=plat, buyer_id=buyer_id, buyer_nick=nick
            )
        )
    session.execute(delete(CustomerTag).where(CustomerTag.customer_id == customer_id))
    ids = tag_ids(session, clean.tags)
    if ids:
        session.execute(
            insert(CustomerTag), [{"customer_id": customer_id, "tag_id": i} for i in ids.values()]
        )
    session.execute(delete(ImportantDate).where(ImportantDate.customer_id == customer_id))
    for values in clean.dates:
        session.add(ImportantDate(customer_id=customer_id, **values))
    session.flush()
