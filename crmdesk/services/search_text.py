"""The normalised search column: name, pinyin (full and initials), phone, WeChat, buyer ids."""

from __future__ import annotations

import importlib.util
import json
import re
import unicodedata
from collections.abc import Iterable
from functools import cache
from pathlib import Path

#: Between the parts of the search text; a typed query never contains it, so a match
#: never spans two parts (the end of a name and the start of a phone number).
SEPARATOR = "\x1f"

_SPACES = re.compile(r"\s+")
_PHONEISH = re.compile(r"^[\d\s\-()+*]+$")
_NOT_DIGIT = re.compile(r"[^\d*]")
_HAN_RANGES = ((0x3400, 0x9FFF), (0xF900, 0xFAFF))
_HAN = "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi in _HAN_RANGES)
_HAS_HAN = re.compile(f"[{_HAN}]")
_HAN_OR_RUN = re.compile(f"[{_HAN}]|[^{_HAN}]+")


def _clean(text: str) -> str:
    """NFKC (full-width letters and digits to ASCII), lower case, single spaces."""
    # Called for every part of 100,000 cards an import writes, so the two steps that
    # change nothing in the common case are skipped: NFKC leaves ASCII as it is, and
    # folding whitespace only changes a text with a space run or a whitespace character
    # other than " " (all of which are unprintable).
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    if "  " in text or not text.isprintable():
        text = _SPACES.sub(" ", text)
    return text.strip().lower()


# --- pinyin of single characters ---------------------------------------------------
#
# Names are read character by character, never through pypinyin's phrase segmentation
# (names are not phrases: 于思 is yu si, not the phrase reading yu sai). Importing
# pypinyin loads its phrase dictionary, ~0.3-0.7 s that buys nothing here, so the
# readings come from pypinyin's single-character dictionary file and get pypinyin's
# Style.NORMAL here; the tests compare every character with lazy_pinyin.

#: The combining tone marks (NFD): macron, acute, caron, grave. ü stays ü (then "v"),
#: ê stays ê, as in pypinyin's Style.NORMAL.
_TONE_MARKS = dict.fromkeys(map(ord, "\u0304\u0301\u030c\u0300"))


def _toneless(reading: str) -> str:
    """A toned reading in pypinyin's Style.NORMAL: "lǜ" -> "lv", "ḿ" -> "m"."""
    plain = unicodedata.normalize("NFD", reading).translate(_TONE_MARKS)
    return unicodedata.normalize("NFC", plain).replace("ü", "v")


def _pinyin_dict_file() -> Path | None:
    # find_spec locates the package without running its __init__ (which would load
    # the phrases); a frozen build ships the file beside it too (pypinyin's own hook).
    spec = importlib.util.find_spec("pypinyin")
    for folder in (spec and spec.submodule_search_locations) or ():
        path = Path(folder) / "pinyin_dict.json"
        if path.is_file():
            return path
    return None


def _readings_from_pypinyin(chars: Iterable[str]) -> dict[str, str]:
    # Without the dictionary file (an unexpected install): pypinyin itself, phrases
    # loaded, as slow as it is.
    from pypinyin import Style, lazy_pinyin

    return {c: lazy_pinyin(c, style=Style.NORMAL)[0] for c in chars}


@cache
def _pinyin_table() -> dict[str, str]:
    """Every character the search treats as Chinese -> its first reading, toneless.

    A character without a reading stands for itself (as lazy_pinyin returns it).
    """
    chars = [chr(c) for lo, hi in _HAN_RANGES for c in range(lo, hi + 1)]
    path = _pinyin_dict_file()
    if path is None:
        return _readings_from_pypinyin(chars)
    raw: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    toneless: dict[str, str] = {}  # ~1,500 distinct readings for ~27,000 characters
    table = {}
    for char in chars:
        # pypinyin.constants.RE_HANS: the Yijing hexagrams (U+4DC0-U+4DFF) sit in the
        # range but are not Chinese to pypinyin, so it gives them back unchanged.
        entry = raw.get(str(ord(char))) if not "\u4dc0" <= char <= "\u4dff" else None
        if entry is None:
            table[char] = char
            continue
        reading = entry.split(",")[0]
        plain = toneless.get(reading)
        if plain is None:
            plain = toneless[reading] = _toneless(reading)
        table[char] = plain
    return table


@cache
def _initials_table() -> dict[str, str]:
    """Every character of :func:`_pinyin_table` -> the first letter of its reading."""
    return {c: p[:1] for c, p in _pinyin_table().items()}


def _char_pinyin(char: str) -> str:
    """The toneless reading of one Chinese character (itself if it has none)."""
    return _pinyin_table()[char]


def _syllables(name: str) -> list[str]:
    """Pinyin syllables of the Chinese characters; other runs come back as one word each."""
    table = _pinyin_table()
    out: list[str] = []
    for piece in _HAN_OR_RUN.findall(name):
        if _HAS_HAN.match(piece):
            out.append(table[piece])
        elif piece.strip():
            out.extend(w for w in piece.split() if w)
    return out


def _name_forms(cleaned: str) -> tuple[str, str]:
    """(full pinyin, initials) of a name already through :func:`_clean`."""
    # The common name is Chinese characters only: two table look-ups per character.
    # Any other character raises KeyError and takes the general path.
    try:
        full = "".join(map(_pinyin_table().__getitem__, cleaned))
        initials = "".join(map(_initials_table().__getitem__, cleaned))
    except KeyError:
        pass
    else:
        return full.replace(" ", ""), initials
    if not _HAS_HAN.search(cleaned):
        return cleaned.replace(" ", ""), ""
    syllables = _syllables(cleaned)
    return "".join(syllables).replace(" ", ""), "".join(s[0] for s in syllables if s)


def name_pinyin(name: str) -> str:
    """Full pinyin of a name without tones or spaces, lower case ("张三" -> "zhangsan")."""
    return _name_forms(_clean(name))[0]


def name_initials(name: str) -> str:
    """First letters of each syllable ("张三" -> "zs"); empty for names without Chinese."""
    return _name_forms(_clean(name))[1]


def search_columns(name: str, phone: str | None, values: Iterable[str | None]) -> tuple[str, str]:
    """(name_pinyin, search_text) of a card: ``name_pinyin(name)`` and the search text.

    The same as :func:`name_pinyin` and :func:`build_search_text` (``values`` being the
    WeChat id, buyer ids and extras), in one pass over the name: an import computes
    both for 100,000 cards.
    """
    cleaned = _clean(name)
    parts: list[str] = []
    full = ""
    if cleaned:
        parts.append(cleaned)
        full, initials = _name_forms(cleaned)
        # The search text's pinyin is of the cleaned name cleaned again (as it always
        # was); almost always the same text, whose forms are known already.
        again = _clean(cleaned)
        search_full, search_initials = (full, initials) if again == cleaned else _name_forms(again)
        if search_full and search_full != cleaned:
            parts.append(search_full)
        if search_initials:
            parts.append(search_initials)
    if phone:
        phone_clean = _clean(phone)
        # str.isdecimal is exactly the regex's \d (category Nd): nothing to take out.
        digits = phone_clean if phone_clean.isdecimal() else _NOT_DIGIT.sub("", phone_clean)
        parts.append(digits or phone_clean)
    for value in values:
        if value:
            value_clean = _clean(value)
            if value_clean:
                parts.append(value_clean)
    # Drop repeats (a nickname equal to the buyer id) but keep the order.
    return full, SEPARATOR.join(dict.fromkeys(parts))


def build_search_text(
    name: str,
    phone: str | None = None,
    wechat: str | None = None,
    buyer_ids: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> str:
    """The lower-cased text the register's search matches with LIKE."""
    return search_columns(name or "", phone, (wechat, *buyer_ids, *extra))[1]


def normalise_query(text: str) -> str:
    """A typed search as it is matched against :func:`build_search_text`.

    Lower case, full-width characters folded; a query that looks like a phone number
    ("138 0013-8000") loses its spaces and dashes so it matches the stored digits.
    """
    cleaned = _clean(text or "").replace(SEPARATOR, "")
    if cleaned and _PHONEISH.match(cleaned) and any(c.isdigit() for c in cleaned):
        cleaned = _NOT_DIGIT.sub("", cleaned)
        if cleaned.startswith("86") and len(cleaned) == 13:
            cleaned = cleaned[2:]
    return cleaned
