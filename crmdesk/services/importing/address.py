"""Splitting a Chinese address into province, city, district and the rest.

Platform exports write addresses as one string, either space-separated
(``广东省 广州市 越秀区 黄花岗街道…(510180)``) or run together (``广东深圳市福田区示例街道1号``).
Some carry the receiver first (Tmall: ``周强，86-13900000004，江苏省 扬州市 广陵区 示例地址``).
The splitter is small on purpose: it knows the 34 provincial-level names and the
suffixes 市/州/盟/地区 (city) and 区/县/旗/市 (district), and leaves everything else in
``detail``. Provinces come back in their full official form (``广东`` -> ``广东省``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

#: Short name -> full official name of every provincial-level division.
PROVINCES: dict[str, str] = {
    "北京": "北京市",
    "天津": "天津市",
    "上海": "上海市",
    "重庆": "重庆市",
    "河北": "河北省",
    "山西": "山西省",
    "辽宁": "辽宁省",
    "吉林": "吉林省",
    "黑龙江": "黑龙江省",
    "江苏": "江苏省",
    "浙江": "浙江省",
    "安徽": "安徽省",
    "福建": "福建省",
    "江西": "江西省",
    "山东": "山东省",
    "河南": "河南省",
    "湖北": "湖北省",
    "湖南": "湖南省",
    "广东": "广东省",
    "海南": "海南省",
    "四川": "四川省",
    "贵州": "贵州省",
    "云南": "云南省",
    "陕西": "陕西省",
    "甘肃": "甘肃省",
    "青海": "青海省",
    "台湾": "台湾省",
    "内蒙古": "内蒙古自治区",
    "广西": "广西壮族自治区",
    "西藏": "西藏自治区",
    "宁夏": "宁夏回族自治区",
    "新疆": "新疆维吾尔自治区",
    "香港": "香港特别行政区",
    "澳门": "澳门特别行政区",
}
MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})

# Every spelling that may open an address, longest first so "黑龙江省" wins over "黑龙江".
_PROVINCE_SPELLINGS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        {
            **PROVINCES,
            **{full: full for full in PROVINCES.values()},
            **{short + "省": full for short, full in PROVINCES.items() if full.endswith("省")},
            **{short + "市": full for short, full in PROVINCES.items() if full in MUNICIPALITIES},
            **{short + "自治区": full for short, full in PROVINCES.items() if "自治区" in full},
            **{short + "特别行政区": full for short, full in PROVINCES.items() if "特别" in full},
        }.items(),
        key=lambda kv: -len(kv[0]),
    )
)
#: Spelling -> full official name, and the spellings' lengths, longest first.
_FULL_NAME: dict[str, str] = dict(_PROVINCE_SPELLINGS)
_SPELLING_LENGTHS: tuple[int, ...] = tuple(sorted({len(s) for s in _FULL_NAME}, reverse=True))
_CITY = re.compile(r"^(.{1,12}?(?:自治州|地区|市|盟)|.{1,6}?州)")
_DISTRICT = re.compile(r"^(.{1,10}?(?:新区|区|县|旗|市))")
_COMPOSITE_PHONE = re.compile(r"^(?:\+?86-?)?(1[\d*]{10}|0\d{2,3}-?\d{7,8})$")


@dataclass(frozen=True)
class AddressParts:
    """An address cut into the register's fields; any part may be missing."""

    province: str | None = None
    city: str | None = None
    district: str | None = None
    detail: str | None = None
    postcode: str | None = None


@dataclass(frozen=True)
class CompositeAddress:
    """A Tmall-style ``姓名，86-手机，地址`` cell split into its three parts."""

    name: str | None
    phone: str | None
    address: str


def canonical_province(text: str | None) -> str | None:
    """The full official name of a province spelling (``广东`` -> ``广东省``); else as given."""
    if text is None:
        return None
    value = text.strip()
    if not value:
        return None
    return _FULL_NAME.get(value, value)


def _is_masked(text: str) -> bool:
    return "*" in text


def _take_province(text: str) -> tuple[str | None, str]:
    # The longest spelling opening the text wins ("黑龙江省" over "黑龙江"): look its
    # opening up at each spelling length, longest first, instead of trying every spelling.
    for length in _SPELLING_LENGTHS:
        full = _FULL_NAME.get(text[:length])
        if full is not None:
            return full, text[length:]
    return None, text


#: An address cut into (province, city, district, detail, postcode), as :class:`AddressParts`.
Parts = tuple[str | None, str | None, str | None, str | None, str | None]
_NO_PARTS: Parts = (None, None, None, None, None)


@lru_cache(maxsize=4096)
def split_address(text: str | None) -> AddressParts:
    """Split an address string; unrecognised text stays in ``detail``."""
    if text is None:
        return AddressParts()
    return AddressParts(*address_parts(text))


def address_parts(text: str) -> Parts:
    """:func:`split_address` as a tuple (province, city, district, detail, postcode).

    For callers splitting tens of thousands of addresses into their own memo: nothing is
    remembered here, and no dataclass is made per address.
    """
    # Runs of spaces (any kind: split() and re's \s agree) as one space, ends trimmed:
    # what a regex substitution of [\s\u3000]+ and strip() give, without the regex.
    value = " ".join(text.split())
    if not value:
        return _NO_PARTS
    postcode, value = _take_postcode(value)
    if " " in value:
        return _split_tokens(value.split(" "), postcode)
    return _split_run(value, postcode)


def _take_postcode(value: str) -> tuple[str | None, str]:
    """A closing ``(510180)`` taken off ``value``, with what comes before it trimmed.

    The same as searching ``\\s*[(（]\\s*(\\d{6})\\s*[)）]\\s*$``: ``value`` is trimmed
    and its spaces are single " ", so each ``\\s*`` is at most one space. Reading the few
    closing characters replaces a regex search that tries every position of every address.
    """
    end = len(value) - 1  # the closing bracket
    if end < 0 or value[end] not in ")）":
        return None, value
    if end and value[end - 1] == " ":
        end -= 1
    start = end - 6  # the six digits (\\d: any decimal digit)
    digits = value[max(start, 0) : end]
    if start < 1 or not digits.isdecimal():
        return None, value
    if value[start - 1] == " ":
        start -= 1
    if start < 1 or value[start - 1] not in "(（":
        return None, value
    return digits, value[: start - 1].strip()


@lru_cache(maxsize=4096)
def _is_city(token: str) -> bool:
    # A few hundred cities and districts make up nearly every address: a regex match
    # per address is most of the cost of splitting one.
    return _CITY.fullmatch(token) is not None and not _is_masked(token)


@lru_cache(maxsize=4096)
def _is_district(token: str) -> bool:
    return _DISTRICT.fullmatch(token) is not None and not _is_masked(token)


def _split_tokens(rest: list[str], postcode: str | None) -> Parts:
    # ``rest`` is the caller's own list: taken apart in place.
    province = city = district = None
    if rest:
        full, remainder = _take_province(rest[0])
        if full is not None and (not remainder or full in MUNICIPALITIES):
            province = full
            if remainder:  # "北京市朝阳区" as one token
                rest[0] = remainder
            else:
                del rest[0]
        elif _is_masked(rest[0]) and len(rest) > 1:
            del rest[0]  # a masked province ("****") tells nothing
    if rest and (
        (province in MUNICIPALITIES and canonical_province(rest[0]) == province)
        or rest[0] in ("市辖区", "县")
    ):
        city = province
        del rest[0]
    elif rest and _is_city(rest[0]):
        city = rest.pop(0)
    if province in MUNICIPALITIES and city is None:
        city = province
    if rest and _is_district(rest[0]) and (len(rest) > 1 or city is not None):
        district = rest.pop(0)
    detail = " ".join(rest).strip() or None
    return province, city, district, detail, postcode


def _split_run(value: str, postcode: str | None) -> Parts:
    province, rest = _take_province(value)
    city = district = None
    if province in MUNICIPALITIES:
        city = province
        again, after = _take_province(rest)
        if again == province:
            rest = after
    elif province is not None or _CITY.match(rest):
        match = _CITY.match(rest)
        if match and len(rest) > len(match.group(1)):
            city, rest = match.group(1), rest[len(match.group(1)) :]
    if city is not None:
        match = _DISTRICT.match(rest)
        if match:
            district, rest = match.group(1), rest[len(match.group(1)) :]
    return province, city, district, rest.strip() or None, postcode


def split_composite(text: str | None) -> CompositeAddress | None:
    """Split ``姓名，86-手机号，省 市 区 详细`` (Tmall); None when the cell has another shape."""
    if not text:
        return None
    parts = re.split(r"[，,]", text.strip(), maxsplit=2)
    if len(parts) != 3:
        return None
    name, phone, address = (p.strip() for p in parts)
    phone_match = _COMPOSITE_PHONE.match(phone.replace(" ", ""))
    if not phone_match or not address:
        return None
    return CompositeAddress(name or None, phone_match.group(1), address)


def join_region(province: str | None, city: str | None, district: str | None) -> str:
    """Province, city and district as one space-separated text (the register's region)."""
    parts: list[str] = []
    for part in (province, city, district):
        if part and part not in parts:
            parts.append(part)
    return " ".join(parts)
