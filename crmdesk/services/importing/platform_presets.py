"""What each platform's order export looks like: header names, grouping, status texts.

Derived from the shared reference on platform exports. Header lists hold alternatives
(different generations of one export); the first one present in a file wins. Names are
compared after :func:`crmdesk.services.importing.headers.normalise_header`, applied to
both sides. Recognising a platform scores the headers only that platform uses.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache, lru_cache

from crmdesk.services.importing.headers import normalise_header

#: Order fields the pipeline understands (keys of :attr:`PlatformPreset.fields`).
ORDER_FIELDS = (
    "order_no",
    "sub_order_no",
    "buyer_id",
    "buyer_nick",
    "receiver_name",
    "phone",
    "address",
    "province",
    "city",
    "district",
    "street",
    "postcode",
    "email",
    "ordered_at",
    "paid_at",
    "amount",
    "refund",
    "status",
    "refund_status",
    "close_reason",
    "item_title",
    "sku",
    "quantity",
    "unit_price",
    "buyer_remark",
    "seller_remark",
)

#: English labels of the order fields (the UI translates them in context "Import").
ORDER_FIELD_LABELS = {
    "order_no": "Order number",
    "sub_order_no": "Sub-order number",
    "buyer_id": "Buyer ID",
    "buyer_nick": "Buyer nickname",
    "receiver_name": "Receiver name",
    "phone": "Phone",
    "address": "Address",
    "province": "Province",
    "city": "City",
    "district": "District",
    "street": "Street",
    "postcode": "Postcode",
    "email": "E-mail",
    "ordered_at": "Order time",
    "paid_at": "Payment time",
    "amount": "Amount paid",
    "refund": "Refund",
    "status": "Order status",
    "refund_status": "After-sales status",
    "close_reason": "Close reason",
    "item_title": "Item",
    "sku": "SKU",
    "quantity": "Quantity",
    "unit_price": "Unit price",
    "buyer_remark": "Buyer's note",
    "seller_remark": "Seller's note",
}

# Texts that mean "the after-sales case gave the money back" (the row's amount is refunded).
_REFUNDED = frozenset({"退款成功", "退货退款", "已退款", "退款完成", "全额退款"})

# A status no map knows is read from its wording; a platform adds words over time.
_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("待付款", "unpaid"),
    ("未付款", "unpaid"),
    ("等待买家付款", "unpaid"),
    ("等待付款", "unpaid"),
    ("关闭", "closed"),
    ("取消", "closed"),
    ("删除", "closed"),
    ("退款成功", "closed"),
    ("完成", "completed"),
    ("成功", "completed"),
    ("已签收", "completed"),
    ("已收货", "completed"),
    ("发货", "shipped"),
    ("签收", "shipped"),
    ("出库", "paid"),
    ("已付款", "paid"),
    ("已支付", "paid"),
)


@dataclass(frozen=True)
class PlatformPreset:
    """One platform's order export: where each field is and how rows make orders."""

    key: str  # a crmdesk.services.platforms key
    name: str  # English name (the UI translates)
    fields: dict[str, tuple[str, ...]]
    statuses: dict[str, str]
    # True when each row carries its own part of the amount (one row per sub-order);
    # False when every row of an order repeats the order's total.
    amount_per_row: bool = False
    refund_per_row: bool = False
    buyer_id_is_account: bool = True
    undecided_statuses: frozenset[str] = field(default_factory=frozenset)

    def status_of(self, raw: str | None) -> str | None:
        """The crmdesk status of a raw status text; None when it is not known."""
        if not raw:
            return None
        text = _fold(raw)
        if text in self._folded_statuses:
            return self._folded_statuses[text]
        if text.startswith("(删除)"):
            return "closed"
        return None

    @property
    def _folded_statuses(self) -> dict[str, str]:
        return _folded(self.key)

    def header_names(self) -> frozenset[str]:
        """Every known header of this platform, normalised."""
        return frozenset(normalise_header(h) for hs in self.fields.values() for h in hs)


@lru_cache(maxsize=1024)
def _fold(text: str) -> str:
    return re.sub(r"\s+", "", text.strip()).replace(",", "，")


def guess_status(raw: str | None) -> str | None:
    """A status read from the wording of a text no map knows; None when nothing fits."""
    if not raw:
        return None
    text = _fold(raw)
    for word, status in _KEYWORDS:
        if word in text:
            return status
    return None


def is_refunded(raw: str | None) -> bool:
    """True when an after-sales text says the money went back to the buyer."""
    return bool(raw) and _fold(raw or "") in _REFUNDED


_TAOBAO_STATUSES = {
    "等待买家付款": "unpaid",
    "买家已付款，等待卖家发货": "paid",
    "买家已付款": "paid",
    "等待卖家发货": "paid",
    "卖家已发货，等待买家确认": "shipped",
    "卖家已发货": "shipped",
    "等待买家确认收货": "shipped",
    "交易成功": "completed",
    "交易关闭": "closed",
    "交易已关闭": "closed",
}
_TAOBAO_FIELDS = {
    "order_no": ("订单编号", "主订单编号"),
    "sub_order_no": ("子订单编号",),
    "buyer_id": ("买家会员名", "买家会员名称"),
    "receiver_name": ("收货人姓名", "收货人"),
    "phone": ("联系手机", "联系电话 ", "联系电话"),
    "address": ("收货地址 ", "收货地址"),
    "ordered_at": ("订单创建时间", "买家下单时间"),
    "paid_at": ("订单付款时间 ", "订单付款时间", "买家付款时间"),
    "amount": ("买家实际支付金额", "买家实付金额"),
    "refund": ("退款金额", "买家退款金额"),
    "status": ("订单状态",),
    "refund_status": ("退款状态",),
    "close_reason": ("订单关闭原因",),
    "item_title": ("宝贝标题 ", "宝贝标题", "商品标题", "标题"),
    "sku": ("商品属性SKU", "商品属性", "商家编码", "宝贝规格"),
    "quantity": ("宝贝总数量", "购买数量"),
    "buyer_remark": ("买家留言",),
    "seller_remark": ("订单备注", "商家备注", "备注标签"),
}

PRESETS: tuple[PlatformPreset, ...] = (
    PlatformPreset(key="taobao", name="Taobao", fields=_TAOBAO_FIELDS, statuses=_TAOBAO_STATUSES),
    PlatformPreset(key="tmall", name="Tmall", fields=_TAOBAO_FIELDS, statuses=_TAOBAO_STATUSES),
    PlatformPreset(
        key="jd",
        name="JD",
        fields={
            "order_no": ("订单号",),
            "buyer_id": ("下单帐号", "下单账号"),
            "receiver_name": ("客户姓名",),
            "phone": ("联系电话",),
            "address": ("客户地址",),
            "postcode": ("邮政编码",),
            "email": ("邮箱地址",),
            "ordered_at": ("下单时间",),
            "paid_at": ("付款确认时间",),
            "amount": ("应付金额", "订单金额", "商家应收", "结算金额"),
            "status": ("订单状态",),
            "item_title": ("商品名称",),
            "sku": ("商家SKUID", "商品ID", "货号"),
            "quantity": ("订购数量",),
            "unit_price": ("京东价",),
            "buyer_remark": ("订单备注",),
            "seller_remark": ("商家备注",),
        },
        statuses={
            "待付款": "unpaid",
            "等待付款": "unpaid",
            "等待出库": "paid",
            "待出库": "paid",
            "等待境外出库": "paid",
            "等待境内发货": "paid",
            "等待确认收货": "shipped",
            "已发货": "shipped",
            "完成": "completed",
            "已完成": "completed",
            "已取消": "closed",
            "取消": "closed",
            "锁定": "closed",
            "锁定订单": "closed",
        },
        undecided_statuses=frozenset({"暂停", "暂停订单"}),
    ),
    PlatformPreset(
        key="pdd",
        name="Pinduoduo",
        fields={
            "order_no": ("订单号",),
            "receiver_name": ("收货人", "消费者资料"),
            "phone": ("手机", "用户购买手机号"),
            "province": ("省",),
            "city": ("市",),
            "district": ("区",),
            "street": ("街道", "街道/镇"),
            "ordered_at": ("订单成交时间", "支付时间"),
            "paid_at": ("支付时间",),
            "amount": ("用户实付金额(元)", "商家实收金额(元)"),
            "status": ("订单状态",),
            "refund_status": ("售后状态",),
            "item_title": ("商品",),
            "sku": ("商品规格", "商家编码-规格维度", "商家编码-SKU维度", "样式ID"),
            "quantity": ("商品数量(件)",),
            "buyer_remark": ("买家留言",),
            "seller_remark": ("商家备注",),
        },
        statuses={
            "待付款": "unpaid",
            "待发货": "paid",
            "已发货，待签收": "shipped",
            "已发货": "shipped",
            "已签收": "completed",
            "已取消": "closed",
            "退款成功": "closed",
        },
        amount_per_row=True,
        refund_per_row=True,
    ),
    PlatformPreset(
        key="douyin",
        name="Douyin",
        fields={
            "order_no": ("主订单编号",),
            "sub_order_no": ("子订单编号",),
            "receiver_name": ("收件人",),
            "phone": ("收件人手机号",),
            "province": ("省",),
            "city": ("市",),
            "district": ("区",),
            "street": ("街道",),
            "address": ("详细地址",),
            "ordered_at": ("订单提交时间",),
            "paid_at": ("支付完成时间",),
            "amount": ("订单应付金额", "应付金额", "商品金额"),
            "status": ("订单状态",),
            "refund_status": ("售后状态",),
            "close_reason": ("取消原因",),
            "item_title": ("选购商品",),
            "sku": ("商品规格", "商家编码", "商品ID"),
            "quantity": ("商品数量",),
            "unit_price": ("商品单价",),
            "buyer_remark": ("买家留言",),
            "seller_remark": ("商家备注",),
        },
        statuses={
            "待支付": "unpaid",
            "待付款": "unpaid",
            "已支付": "paid",
            "待发货": "paid",
            "已发货": "shipped",
            "已完成": "completed",
            "已关闭": "closed",
        },
        amount_per_row=True,
        refund_per_row=True,
    ),
    PlatformPreset(
        key="kuaishou",
        name="Kuaishou",
        fields={
            "order_no": ("订单号",),
            "receiver_name": ("收货人姓名",),
            "phone": ("收货人电话",),
            "province": ("收货地址-省",),
            "city": ("收货地址-市",),
            "district": ("收货地址-区",),
            "street": ("收货地址-街道",),
            "address": ("收货地址",),
            "ordered_at": ("订单创建时间",),
            "paid_at": ("订单支付时间",),
            "amount": ("实付款",),
            "status": ("订单状态",),
            "refund_status": ("售后状态",),
            "item_title": ("商品名称",),
            "sku": ("商品规格", "SKU编码", "商品ID"),
            "quantity": ("成交数量",),
            "unit_price": ("商品单价",),
            "buyer_remark": ("买家留言",),
            "seller_remark": ("订单备注",),
        },
        statuses={
            "待付款": "unpaid",
            "待发货": "paid",
            "已发货": "shipped",
            "交易成功": "completed",
            "已收货": "completed",
            "交易关闭": "closed",
            "已关闭": "closed",
        },
        amount_per_row=True,
        refund_per_row=True,
    ),
    PlatformPreset(
        key="youzan",
        name="Youzan",
        fields={
            "order_no": ("订单号",),
            "buyer_id": ("买家昵称",),
            "receiver_name": ("收货人/提货人",),
            "phone": ("收货人手机号/提货人手机号", "买家手机号"),
            "province": ("收货人省份",),
            "city": ("收货人城市",),
            "district": ("收货人地区",),
            "address": ("详细收货地址/提货地址",),
            "ordered_at": ("订单创建时间",),
            "paid_at": ("买家付款时间",),
            "amount": ("订单实付金额",),
            "refund": ("订单已退款金额",),
            "status": ("订单状态",),
            "refund_status": ("订单退款状态",),
            "item_title": ("全部商品名称",),
            "buyer_remark": ("买家备注",),
            "seller_remark": ("商家订单备注",),
        },
        statuses={
            "待付款": "unpaid",
            "等待买家付款": "unpaid",
            "待发货": "paid",
            "待成团": "paid",
            "待接单": "paid",
            "部分发货": "shipped",
            "已发货": "shipped",
            "交易完成": "completed",
            "交易成功": "completed",
            "交易关闭": "closed",
            "已关闭": "closed",
        },
    ),
    PlatformPreset(
        key="wechat",
        name="WeChat shop",
        fields={
            "order_no": ("订单号",),
            "receiver_name": ("收件人姓名",),
            "phone": ("收件人手机",),
            "province": ("省",),
            "city": ("市",),
            "district": ("区",),
            "address": ("收件人地址",),
            "ordered_at": ("订单下单时间",),
            "paid_at": ("支付时间",),
            "amount": ("订单实际支付金额", "订单实际收款金额"),
            "refund": ("商品已退款金额",),
            "status": ("订单状态",),
            "refund_status": ("商品售后",),
            "item_title": ("商品名称",),
            "sku": ("商品属性", "SKU编码(自定义)", "商品编码(自定义)", "商品编码(平台)"),
            "quantity": ("商品数量",),
            "unit_price": ("商品实际价格(单件)", "商品价格(单件)"),
            "buyer_remark": ("买家备注",),
            "seller_remark": ("商家备注",),
        },
        statuses={
            "待付款": "unpaid",
            "待发货": "paid",
            "已发货": "shipped",
            "部分发货": "shipped",
            "已完成": "completed",
            "已收货": "completed",
            "已取消": "closed",
            "已关闭": "closed",
        },
        refund_per_row=True,
    ),
)

PRESET_KEYS = tuple(p.key for p in PRESETS)
_BY_KEY = {p.key: p for p in PRESETS}


def preset(key: str) -> PlatformPreset:
    """The preset of a platform key (``KeyError`` for platforms without one)."""
    return _BY_KEY[key]


@cache
def _folded(key: str) -> dict[str, str]:
    return {_fold(raw): status for raw, status in _BY_KEY[key].statuses.items()}


@lru_cache(maxsize=1)
def _distinctive() -> dict[str, frozenset[str]]:
    """Per platform, the normalised headers no other platform's export uses."""
    counts: Counter[str] = Counter()
    names: dict[str, frozenset[str]] = {}
    for p in PRESETS:
        if p.key == "tmall":  # same export as Taobao
            continue
        names[p.key] = p.header_names()
        counts.update(names[p.key])
    return {key: frozenset(h for h in hs if counts[h] == 1) for key, hs in names.items()}


@dataclass(frozen=True)
class Detection:
    """Which platform a header row looks like, and how sure that is."""

    platform: str | None
    score: int
    scores: dict[str, int]


def detect_platform(headers: tuple[str, ...] | list[str]) -> Detection:
    """Recognise the platform from a file's headers (normalised or not).

    A platform needs at least two headers no other platform uses and a clear lead;
    otherwise ``platform`` is None and the owner chooses.
    """
    present = {normalise_header(h) for h in headers if h}
    scores = {key: len(present & hs) for key, hs in _distinctive().items()}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    best, score = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if score < 2 or score <= runner_up:
        return Detection(None, score, scores)
    return Detection(best, score, scores)


def resolve_fields(p: PlatformPreset, headers: tuple[str, ...]) -> dict[str, str]:
    """Field -> the header of ``headers`` that carries it (first alternative present)."""
    present = {normalise_header(h): h for h in headers if h}
    mapping: dict[str, str] = {}
    for name, alternatives in p.fields.items():
        for alt in alternatives:
            hit = present.get(normalise_header(alt))
            if hit is not None:
                mapping[name] = hit
                break
    return mapping
