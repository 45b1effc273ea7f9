"""The normalised search column: name, pinyin (full and initials), phone, WeChat, buyer ids."""

from __future__ import annotations


def name_pinyin(name: str) -> str:
    """Full pinyin of a name without tones or spaces, lower case ("张三" -> "zhangsan")."""
    raise NotImplementedError


def build_search_text(
    name: str,
    phone: str | None = None,
    wechat: str | None = None,
    buyer_ids: tuple[str, ...] = (),
    extra: tuple[str, ...] = (),
) -> str:
    """The lower-cased text the register's search matches with LIKE."""
    raise NotImplementedError


def normalise_query(text: str) -> str:
    """A typed search as it is matched against :func:`build_search_text`."""
    raise NotImplementedError
