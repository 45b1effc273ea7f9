"""Checks shared by the customer card and the importer: pure functions, clear messages.

Each function returns the normalised value or raises :class:`ValidationError` naming the
field. Phones follow mainland China's numbering: mobiles are ``1[3-9]`` plus 9 digits,
landlines an area code (``010``, ``0571``...) plus a 7-8 digit number and an optional
extension. Masked numbers as the platforms export them (``138****1234``) are kept as given.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from crmdesk.errors import ValidationError
from crmdesk.i18n import translate

NAME_MAX = 100
PHONE_MAX = 40
EMAIL_MAX = 200
OLDEST_BIRTHDAY = dt.date(1900, 1, 1)

_MOBILE = re.compile(r"^1[3-9]\d{9}$")
# The form nearly every phone cell holds, already normalised: 11 ASCII digits.
_PLAIN_MOBILE = re.compile(r"1[3-9][0-9]{9}")
# 3-digit area codes: 010 and 020-029; every other area code has 4 digits.
_LANDLINE = re.compile(r"^(0(?:10|2\d)|0[3-9]\d{2})(\d{7,8})$")
_SERVICE = re.compile(r"^([48]00)(\d{3})(\d{4})$")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s.]+$")


@dataclass(frozen=True)
class PhoneValue:
    """A phone number as stored: normalised text, and whether the platform masked it."""

    text: str
    masked: bool


def _nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()


def is_masked(text: str | None) -> bool:
    """True for a number the platform hid part of (``138****1234``, ``1******6198``)."""
    if not text:
        return False
    value = _nfkc(text)
    return "*" in value or "●" in value or "•" in value


def normalise_phone(text: str | None, field: str = "phone") -> PhoneValue | None:
    """A mainland mobile or landline in its stored form, or None for an empty input.

    ``+86``/``0086``/``86`` prefixes, spaces, dashes, dots and brackets are dropped;
    mobiles become 11 digits, landlines ``0571-88888888`` (``-123`` for an extension).
    A masked number is kept as typed and marked masked.
    """
    if text is None:
        return None
    if type(text) is str and len(text) == 11 and _PLAIN_MOBILE.fullmatch(text):
        # What the steps below return for it, without them: nothing to normalise or drop.
        return PhoneValue(text, False)
    raw = _nfkc(text)
    if not raw:
        return None
    if len(raw) > PHONE_MAX:
        raise ValidationError(
            translate(
                "Validation", "The phone number is too long (at most {n} characters)."
            ).format(n=PHONE_MAX),
            field=field,
        )
    if is_masked(raw):
        body = raw.replace("●", "*").replace("•", "*")
        if not re.fullmatch(r"[\d*+\-\s()]+", body) or not re.search(r"\d", body):
            raise ValidationError(
                translate(
                    "Validation",
                    '"{value}" is not a phone number: a masked number holds digits and * only.',
                ).format(value=raw),
                field=field,
            )
        return PhoneValue(raw, True)

    lowered = raw.lower()
    extension = ""
    ext_match = re.search(r"(?:转|分机|ext\.?|x|#)\s*(\d{1,6})$", lowered)
    if ext_match:
        extension = ext_match.group(1)
        lowered = lowered[: ext_match.start()]
    elif "-" in lowered:
        head, _, tail = lowered.rpartition("-")
        head_digits = re.sub(r"[\s\-().（）]", "", head)
        if re.fullmatch(r"\d{1,6}", tail.strip()) and _LANDLINE.match(head_digits):
            extension = tail.strip()
            lowered = head
    compact = re.sub(r"[\s\-().（）]", "", lowered)
    international = compact.startswith(("+86", "0086"))
    if compact.startswith("+86"):
        compact = compact[3:]
    elif compact.startswith("0086"):
        compact = compact[4:]
    elif compact.startswith("86") and len(compact) == 13:
        compact = compact[2:]
    elif compact.startswith("+"):
        raise ValidationError(
            translate(
                "Validation", '"{value}" is not a mainland China phone number (+86 only).'
            ).format(value=raw),
            field=field,
        )
    # After +86 a landline drops its leading 0 (+86 571 88888888, +86 10 12345678).
    if international and (compact[:1] in tuple("23456789") or compact.startswith("10")):
        compact = "0" + compact

    if not compact.isdigit():
        raise ValidationError(
            translate(
                "Validation",
                '"{value}" is not a phone number: only digits, spaces and dashes are allowed.',
            ).format(value=raw),
            field=field,
        )
    if _MOBILE.match(compact) and not extension:
        return PhoneValue(compact, False)
    if compact.startswith("1") and 9 <= len(compact) <= 13:
        raise ValidationError(
            translate(
                "Validation",
                '"{value}" is not a valid mobile number: it needs 11 digits starting with 13-19.',
            ).format(value=raw),
            field=field,
        )
    landline = _LANDLINE.match(compact)
    if landline:
        area, number = landline.groups()
        return PhoneValue(f"{area}-{number}" + (f"-{extension}" if extension else ""), False)
    service = _SERVICE.match(compact)
    if service and not extension:
        return PhoneValue("-".join(service.groups()), False)
    raise ValidationError(
        translate(
            "Validation",
            '"{value}" is not a valid phone number: enter an 11-digit mobile number, or a '
            "landline with its area code such as 010-12345678.",
        ).format(value=raw),
        field=field,
    )


def validate_name(text: str | None, field: str = "name") -> str:
    """The trimmed name; it is required and at most 100 characters."""
    if (
        type(text) is str
        and 0 < len(text) <= NAME_MAX
        and " " not in text
        and text.isprintable()
        and unicodedata.is_normalized("NFKC", text)
    ):
        # Nearly every name: no space of any kind (a printable text holds none but " ")
        # and already in NFKC form, so the steps below would return it unchanged.
        return text
    value = _nfkc(text or "") if text else ""
    value = re.sub(r"\s+", " ", value)
    if not value:
        raise ValidationError(translate("Validation", "Name is required."), field=field)
    if len(value) > NAME_MAX:
        raise ValidationError(
            translate("Validation", "The name is too long (at most {n} characters).").format(
                n=NAME_MAX
            ),
            field=field,
        )
    return value


def validate_text(text: str | None, max_length: int, field: str, label: str) -> str | None:
    """A trimmed optional text (None when empty) no longer than ``max_length``."""
    if text is None:
        return None
    value = text.strip()
    if not value:
        return None
    if len(value) > max_length:
        raise ValidationError(
            translate("Validation", "{label} is too long (at most {n} characters).").format(
                label=label, n=max_length
            ),
            field=field,
        )
    return value


def validate_birthday(
    value: dt.date | None, today: dt.date | None = None, field: str = "birthday"
) -> dt.date | None:
    """The birthday unchanged, or an error when it lies in the future or before 1900."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    today = today or dt.date.today()
    if value > today:
        raise ValidationError(
            translate("Validation", "The birthday {date} is in the future.").format(
                date=value.isoformat()
            ),
            field=field,
        )
    if value < OLDEST_BIRTHDAY:
        raise ValidationError(
            translate("Validation", "The birthday {date} is before 1900.").format(
                date=value.isoformat()
            ),
            field=field,
        )
    return value


def validate_email(text: str | None, field: str = "email") -> str | None:
    """The trimmed e-mail address (None when empty) if it looks like name@domain.tld."""
    if text is None:
        return None
    value = _nfkc(text)
    if not value:
        return None
    if len(value) > EMAIL_MAX or not _EMAIL.match(value):
        raise ValidationError(
            translate("Validation", '"{value}" is not an e-mail address.').format(value=value),
            field=field,
        )
    return value


def validate_amount(value: Decimal | int | str | None, field: str = "amount") -> int:
    """An amount in yuan (not negative, at most 2 decimals) as integer fen."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, float):
        value = str(value)  # never do arithmetic in float: go through the printed form
    try:
        amount = Decimal(str(value).strip().replace(",", "").lstrip("¥￥"))
    except InvalidOperation:
        raise ValidationError(
            translate("Validation", '"{value}" is not an amount.').format(value=value),
            field=field,
        ) from None
    if not amount.is_finite():
        raise ValidationError(
            translate("Validation", '"{value}" is not an amount.').format(value=value),
            field=field,
        )
    if amount < 0:
        raise ValidationError(
            translate("Validation", "The amount {value} is negative.").format(value=value),
            field=field,
        )
    fen = (amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)
    if fen != amount * 100:
        raise ValidationError(
            translate("Validation", "The amount {value} has more than 2 decimals.").format(
                value=value
            ),
            field=field,
        )
    return int(fen)


def fen_to_yuan(fen: int) -> Decimal:
    """Integer fen as a Decimal yuan amount with 2 decimals."""
    return (Decimal(fen) / 100).quantize(Decimal("0.01"))
