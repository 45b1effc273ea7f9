"""The fast search-text code gives exactly what the original implementation gave.

The original (kept below as the reference, verbatim but for names) cleaned each part with
NFKC and a regex and asked pypinyin for every character. The rewrite skips steps that
change nothing, reads pypinyin's single-character dictionary itself and shares work
between the pinyin column and the search text; the stored columns must not change.
"""

from __future__ import annotations

import datetime as dt
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from pypinyin import Style, lazy_pinyin

from crmdesk.services import search_text
from crmdesk.services.derived_text import DerivedText, derived_columns, derived_text
from crmdesk.services.platforms import PLATFORM_KEYS, platform
from crmdesk.services.search_text import (
    build_search_text,
    name_initials,
    name_pinyin,
    normalise_query,
    search_columns,
)

# --- the original implementation ---------------------------------------------------

_SPACES = re.compile(r"\s+")
_PHONEISH = re.compile(r"^[\d\s\-()+*]+$")
_HAS_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HAN_OR_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]|[^\u3400-\u9fff\uf900-\ufaff]+")


def old_clean(text: str) -> str:
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


@cache
def old_char_pinyin(char: str) -> str:
    return lazy_pinyin(char, style=Style.NORMAL)[0]


@lru_cache(maxsize=4096)
def old_syllables(name: str) -> tuple[str, ...]:
    out: list[str] = []
    for piece in _HAN_OR_RUN.findall(name):
        if _HAS_HAN.match(piece):
            out.append(old_char_pinyin(piece))
        elif piece.strip():
            out.extend(w for w in piece.split() if w)
    return tuple(out)


def old_name_pinyin(name: str) -> str:
    cleaned = old_clean(name)
    if not _HAS_HAN.search(cleaned):
        return cleaned.replace(" ", "")
    return "".join(old_syllables(cleaned)).replace(" ", "")


def old_name_initials(name: str) -> str:
    cleaned = old_clean(name)
    if not _HAS_HAN.search(cleaned):
        return ""
    return "".join(s[0] for s in old_syllables(cleaned) if s)


def old_build_search_text(
    name: str,
    phone: str | None = None,
    wechat: str | None = None,
    buyer_ids: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> str:
    parts: list[str] = []
    cleaned = old_clean(name or "")
    if cleaned:
        parts.append(cleaned)
        full = old_name_pinyin(cleaned)
        if full and full != cleaned:
            parts.append(full)
        initials = old_name_initials(cleaned)
        if initials:
            parts.append(initials)
    if phone:
        phone_clean = old_clean(phone)
        digits = re.sub(r"[^\d*]", "", phone_clean)
        parts.append(digits or phone_clean)
    for value in (wechat, *buyer_ids, *extra):
        if value:
            value_clean = old_clean(value)
            if value_clean:
                parts.append(value_clean)
    return "\x1f".join(dict.fromkeys(parts))


def old_normalise_query(text: str) -> str:
    cleaned = old_clean(text or "").replace("\x1f", "")
    if cleaned and _PHONEISH.match(cleaned) and any(c.isdigit() for c in cleaned):
        cleaned = re.sub(r"[^\d*]", "", cleaned)
        if cleaned.startswith("86") and len(cleaned) == 13:
            cleaned = cleaned[2:]
    return cleaned


def old_accounts_text(accounts: Iterable[tuple[str, str]]) -> str:
    text = "; ".join(f"{platform(p).name_zh} {buyer_id}" for p, buyer_id in accounts)
    if len(text) > 400:
        text = text[:399] + "…"
    return text


def old_derived_text(
    name: str | None,
    phone: str | None,
    wechat: str | None,
    birthday: dt.date | None,
    accounts: list[tuple[str, str, str | None]],
) -> DerivedText:
    return DerivedText(
        name_pinyin=old_name_pinyin(name or ""),
        search_text=old_build_search_text(
            name or "", phone, wechat, tuple(t for _, b, n in accounts for t in (b, n) if t)
        ),
        accounts_text=old_accounts_text((p, b) for p, b, _ in accounts),
        birthday_month=birthday.month if birthday else None,
    )


# --- every character ---------------------------------------------------------------

HAN = [chr(c) for lo, hi in ((0x3400, 0x9FFF), (0xF900, 0xFAFF)) for c in range(lo, hi + 1)]


def test_every_chinese_character_reads_as_pypinyin_reads_it() -> None:
    # Readings, characters without one (given back as they are), the Yijing hexagrams
    # pypinyin does not count as Chinese: all ~28,000 characters the search reads.
    wrong = [c for c in HAN if search_text._char_pinyin(c) != old_char_pinyin(c)]
    assert wrong == []


def test_every_chinese_character_alone_and_in_company() -> None:
    for char in HAN:
        for name in (char, f"Ａ {char}x", f"{char}{char} b"):
            assert name_pinyin(name) == old_name_pinyin(name), name
            assert name_initials(name) == old_name_initials(name), name


def test_every_code_point_cleans_as_before() -> None:
    # One character at a time, alone and between spaces and letters: NFKC, whitespace
    # folding and lower-casing each decide per character whether the fast path holds.
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue  # lone surrogates never come out of a file
        for text in (char, f" {char}  A{char}"):
            assert search_text._clean(text) == old_clean(text), hex(code)


def test_every_code_point_as_a_phone_and_a_query() -> None:
    for code in range(0x10000):
        char = chr(code)
        if 0xD800 <= code <= 0xDFFF:
            continue
        phone = f"138{char}0013 8000"
        assert build_search_text("", phone) == old_build_search_text("", phone), hex(code)
        assert normalise_query(phone) == old_normalise_query(phone), hex(code)


def test_the_dictionary_file_is_read_without_pypinyin(monkeypatch: pytest.MonkeyPatch) -> None:
    # Without the file the readings come from pypinyin itself: the same table.
    table = search_text._pinyin_table()
    monkeypatch.setattr(search_text, "_pinyin_dict_file", lambda: None)
    search_text._pinyin_table.cache_clear()
    try:
        assert search_text._pinyin_table() == table
    finally:
        search_text._pinyin_table.cache_clear()


# --- random texts ------------------------------------------------------------------

#: Characters where the steps differ: Chinese (also compatibility forms NFKC maps to
#: other characters, and ones NFKC makes out of symbols: ㈱ -> (株)), full-width forms,
#: every kind of whitespace (the separator \x1f is one), case and NFKC oddities
#: (İ, ẞ, K Kelvin, ﬁ, Ⅻ, ²), combining marks, digits of other scripts, astral signs.
SPECIAL = (
    "张王李赵于思重庆乐行长曾单解查朴区仇秘种睿㐀䶵丨乄〇龥豈﨎﨩鿿䷀䷿"
    "ＡＺａｚ０９＊－（）＋　"
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2007\u200a\u2028\u2029\u202f\u205f"
    "\u200b\u00ad"
    "İıẞßKΩﬁⅫⅻ²①㍿㈱ᵃǅ"
    "\u0300\u0301\u0304\u030c\u0308\u3099"
    "٣੩𝟘"
    "😀👍🏽𠀀𪜀"
    "aZ09_-.@*()+#'\""
)

texts = st.text(
    alphabet=st.one_of(st.sampled_from(SPECIAL), st.characters(exclude_categories=("Cs",))),
    max_size=24,
)


@settings(max_examples=1500, deadline=None)
@given(texts)
@example("  张  三 ")
@example("ＺｈａｎｇＳａｎ")
@example("㈱王")
@example("İ\u0307张")
@example("\x1f")
def test_name_pinyin_and_initials_as_before(name: str) -> None:
    assert name_pinyin(name) == old_name_pinyin(name)
    assert name_initials(name) == old_name_initials(name)


@settings(max_examples=1500, deadline=None)
@given(
    texts,
    st.none() | texts,
    st.none() | texts,
    st.lists(texts, max_size=3),
    st.lists(texts, max_size=2),
)
@example("张三", "138 0013-8000", "ZS_wx", ["tb_Buyer01", "小张"], [])
@example("Tom", "１３８", None, ["tom", "TOM"], ["tom"])
def test_search_text_as_before(
    name: str, phone: str | None, wechat: str | None, buyers: list[str], extra: list[str]
) -> None:
    expected = old_build_search_text(name, phone, wechat, tuple(buyers), tuple(extra))
    assert build_search_text(name, phone, wechat, tuple(buyers), tuple(extra)) == expected
    pinyin, text = search_columns(name, phone, (wechat, *buyers, *extra))
    assert (pinyin, text) == (old_name_pinyin(name), expected)


@settings(max_examples=1000, deadline=None)
@given(texts)
@example("+86 138 0013 8000")
@example("１３８\u3000００１３")
def test_queries_as_before(query: str) -> None:
    assert normalise_query(query) == old_normalise_query(query)


accounts = st.lists(
    st.tuples(
        st.sampled_from([*PLATFORM_KEYS, "unknown_shop"]),
        texts.filter(bool),
        st.none() | texts,
    ),
    max_size=4,
)


@settings(max_examples=1000, deadline=None)
@given(
    st.none() | texts,
    st.none() | texts,
    st.none() | texts,
    st.none() | st.dates(),
    accounts,
)
@example("李" * 120, None, None, dt.date(1990, 5, 20), [("taobao", "b" * 390, "n")])
def test_derived_text_as_before(
    name: str | None,
    phone: str | None,
    wechat: str | None,
    birthday: dt.date | None,
    accounts: list[tuple[str, str, str | None]],
) -> None:
    expected = old_derived_text(name, phone, wechat, birthday, accounts)
    assert derived_text(name, phone, wechat, birthday, accounts) == expected
    assert derived_columns(name, phone, wechat, birthday, accounts) == (
        expected.name_pinyin,
        expected.search_text,
        expected.accounts_text,
        expected.birthday_month,
    )


def test_reading_names_does_not_load_pypinyin() -> None:
    # Importing pypinyin loads its phrase dictionary (~0.3-0.7 s) the search never uses.
    code = (
        "import sys; from crmdesk.services.search_text import name_pinyin; "
        "assert name_pinyin('张三') == 'zhangsan'; assert 'pypinyin' not in sys.modules"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
