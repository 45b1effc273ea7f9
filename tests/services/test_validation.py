"""Phone, name, birthday, e-mail and amount rules shared by the card and the importer."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crmdesk.errors import ValidationError
from crmdesk.services.validation import (
    PhoneValue,
    fen_to_yuan,
    is_masked,
    normalise_phone,
    validate_amount,
    validate_birthday,
    validate_email,
    validate_name,
)

mobiles = st.builds(
    lambda second, rest: f"1{second}{rest}",
    st.sampled_from("3456789"),
    st.text("0123456789", min_size=9, max_size=9),
)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("13800138000", "13800138000"),
        ("138 0013 8000", "13800138000"),
        ("138-0013-8000", "13800138000"),
        ("+86 138 0013 8000", "13800138000"),
        ("+8613800138000", "13800138000"),
        ("008613800138000", "13800138000"),
        ("8613800138000", "13800138000"),
        ("１３８００１３８０００", "13800138000"),
        ("010-12345678", "010-12345678"),
        ("01012345678", "010-12345678"),
        ("(0571) 8888888", "0571-8888888"),
        ("0571-88888888-123", "0571-88888888-123"),
        ("0571 88888888 转 8001", "0571-88888888-8001"),
        ("021-68888888 ext 12", "021-68888888-12"),
        ("+86 10 12345678", "010-12345678"),
        ("+86 571 88888888", "0571-88888888"),
        ("400-820-8820", "400-820-8820"),
    ],
)
def test_valid_numbers_are_stored_in_one_form(typed: str, stored: str) -> None:
    assert normalise_phone(typed) == PhoneValue(stored, False)


@pytest.mark.parametrize(
    "masked", ["138****1234", "1******6198", "138****1234 ", "+86 138****1234"]
)
def test_masked_numbers_are_kept_as_given(masked: str) -> None:
    value = normalise_phone(masked)
    assert value is not None
    assert value.masked
    assert value.text == masked.strip()
    assert is_masked(masked)


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("12345", "area code"),
        ("1380013800", "mobile"),
        ("12800138000", "mobile"),
        ("138001380001", "mobile"),
        ("23800138000", "area code"),
        ("12345678", "area code"),
        ("0571-123", "area code"),
        ("abc", "only digits"),
        ("+1 555 123 4567", "+86"),
        ("138****12a4", "masked"),
        ("1" * 41, "too long"),
    ],
)
def test_invalid_numbers_are_refused_with_a_clear_message(typed: str, words: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalise_phone(typed)
    assert err.value.field == "phone"
    assert words in str(err.value)


def test_empty_phone_is_none() -> None:
    assert normalise_phone(None) is None
    assert normalise_phone("   ") is None
    assert not is_masked("")


@given(mobiles, st.sampled_from(["", " ", "-"]), st.sampled_from(["", "+86", "86", "0086", "+86 "]))
def test_any_mobile_in_any_spelling_normalises_to_its_digits(
    mobile: str, sep: str, prefix: str
) -> None:
    spelled = prefix + sep.join([mobile[:3], mobile[3:7], mobile[7:]])
    assert normalise_phone(spelled) == PhoneValue(mobile, False)


@given(mobiles, st.integers(min_value=1, max_value=8))
def test_masking_part_of_a_mobile_is_kept_as_typed(mobile: str, stars: int) -> None:
    masked = mobile[:3] + "*" * stars + mobile[3 + stars :]
    assert normalise_phone(masked) == PhoneValue(masked, True)


@given(st.text(alphabet="0123456789", min_size=1, max_size=20))
def test_digit_strings_are_either_a_known_form_or_refused(digits: str) -> None:
    try:
        value = normalise_phone(digits)
    except ValidationError as err:
        assert err.field == "phone"
        return
    assert value is not None
    assert not value.masked
    # Whatever was accepted normalises to itself: storing it twice changes nothing.
    assert normalise_phone(value.text) == value
    # ...and keeps every digit the owner typed (a leading 86 country code aside).
    assert value.text.replace("-", "") in (digits, digits[2:])


def test_name_is_required_and_trimmed() -> None:
    assert validate_name("  张三  ") == "张三"
    assert validate_name("张  三") == "张 三"
    for empty in ("", "   ", None):
        with pytest.raises(ValidationError, match="Name is required") as err:
            validate_name(empty)
        assert err.value.field == "name"
    with pytest.raises(ValidationError, match="too long"):
        validate_name("张" * 101)


def test_birthday_may_not_be_in_the_future() -> None:
    today = dt.date(2026, 5, 1)
    assert validate_birthday(dt.date(1990, 5, 1), today) == dt.date(1990, 5, 1)
    assert validate_birthday(today, today) == today
    assert validate_birthday(None, today) is None
    with pytest.raises(ValidationError, match="2026-05-02 is in the future") as err:
        validate_birthday(dt.date(2026, 5, 2), today)
    assert err.value.field == "birthday"
    with pytest.raises(ValidationError, match="before 1900"):
        validate_birthday(dt.date(1899, 12, 31), today)


def test_email_shape() -> None:
    assert validate_email(" a.b@example.com ") == "a.b@example.com"
    assert validate_email("") is None
    for bad in ("ab", "a@b", "a b@example.com", "@example.com"):
        with pytest.raises(ValidationError, match="not an e-mail address"):
            validate_email(bad)


def test_amounts_become_fen_and_may_not_be_negative() -> None:
    assert validate_amount(Decimal("12.34")) == 1234
    assert validate_amount("¥1,234.5") == 123450
    assert validate_amount(0) == 0
    assert validate_amount(None) == 0
    with pytest.raises(ValidationError, match="negative") as err:
        validate_amount(Decimal("-0.01"), field="paid")
    assert err.value.field == "paid"
    with pytest.raises(ValidationError, match="more than 2 decimals"):
        validate_amount("1.234")
    with pytest.raises(ValidationError, match="not an amount"):
        validate_amount("abc")
    assert fen_to_yuan(123450) == Decimal("1234.50")


@given(st.integers(min_value=0, max_value=10**12))
def test_fen_round_trip(fen: int) -> None:
    assert validate_amount(fen_to_yuan(fen)) == fen
