"""The stored search column and how typed searches are matched against it."""

from __future__ import annotations

from crmdesk.services.search_text import (
    SEPARATOR,
    build_search_text,
    name_initials,
    name_pinyin,
    normalise_query,
)


def test_pinyin_of_a_chinese_name() -> None:
    assert name_pinyin("张三") == "zhangsan"
    assert name_initials("张三") == "zs"
    assert name_pinyin("李小龙") == "lixiaolong"
    assert name_initials("李小龙") == "lxl"


def test_latin_names_keep_their_letters() -> None:
    assert name_pinyin("Tom Lee") == "tomlee"
    assert name_initials("Tom Lee") == ""


def test_search_text_holds_every_way_to_find_the_customer() -> None:
    text = build_search_text("张三", "13800138000", "ZS_wx", ("tb_Buyer01", "小张"))
    for needle in ("张三", "zhangsan", "zs", "13800138000", "zs_wx", "tb_buyer01", "小张"):
        assert needle in text
    assert text == text.lower()


def test_a_match_never_spans_two_parts() -> None:
    text = build_search_text("张三", "13800138000")
    assert "zs1380" not in text
    assert SEPARATOR not in normalise_query("zs" + SEPARATOR + "1380")


def test_landline_is_searchable_by_its_digits() -> None:
    text = build_search_text("王五", "0571-88888888")
    assert normalise_query("0571 8888 8888") in text
    assert normalise_query("0571-8888") in text


def test_queries_are_lower_cased_and_phone_spelling_is_dropped() -> None:
    assert normalise_query("  ZhangSan ") == "zhangsan"
    assert normalise_query("138 0013-8000") == "13800138000"
    assert normalise_query("+86 138 0013 8000") == "13800138000"
    assert normalise_query("ＺＳ") == "zs"
    assert normalise_query("") == ""
    assert normalise_query("张 三") == "张 三"
