"""The selling platforms crmdesk knows, with their names in English and Chinese."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Platform:
    """A selling platform: stable key, English name (translated in the UI), Chinese name."""

    key: str
    name: str
    name_zh: str


PLATFORMS: tuple[Platform, ...] = (
    Platform("taobao", "Taobao", "淘宝"),
    Platform("tmall", "Tmall", "天猫"),
    Platform("jd", "JD", "京东"),
    Platform("pdd", "Pinduoduo", "拼多多"),
    Platform("douyin", "Douyin", "抖店"),
    Platform("kuaishou", "Kuaishou", "快手"),
    Platform("youzan", "Youzan", "有赞"),
    Platform("wechat", "WeChat shop", "微信小店"),
    Platform("offline", "Offline", "线下"),
    Platform("manual", "Entered by hand", "手工录入"),
)

PLATFORM_KEYS = tuple(p.key for p in PLATFORMS)
_BY_KEY = {p.key: p for p in PLATFORMS}


def platform(key: str) -> Platform:
    """The platform with this key; unknown keys come back as their own name."""
    return _BY_KEY.get(key) or Platform(key, key, key)
