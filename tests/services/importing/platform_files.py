"""Realistic platform export files for import tests, built from the reference header lists.

Each builder takes rows as ``{header: value}`` dicts and fills every other column of the
platform's full header the way that platform leaves a cell empty (Douyin ``-``,
Pinduoduo ``\\t``, Taobao an empty quoted string).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path

TAOBAO_2017 = (
    "订单编号, 买家会员名, 买家支付宝账号, 买家应付货款, 买家应付邮费, 买家支付积分, 总金额, "
    "返点积分, 买家实际支付金额, 买家实际支付积分, 订单状态, 买家留言, 收货人姓名, 收货地址 , "
    "运送方式, 联系电话 , 联系手机, 订单创建时间, 订单付款时间 , 宝贝标题 , 宝贝种类 , "
    "物流单号 , 物流公司, 订单备注, 宝贝总数量, 店铺Id, 店铺名称, 订单关闭原因, 卖家服务费, "
    "买家服务费, 发票抬头, 是否手机订单, 分阶段订单信息, 特权订金订单id, 是否上传合同照片, "
    "是否上传小票, 是否代付, 定金排名, 修改后的sku, 修改后的收货地址, 异常信息, 天猫卡券抵扣, "
    "集分宝抵扣, 是否是O2O交易, 退款金额, 预约门店"
)
QIANNIU_21 = (
    "订单编号, 支付单号, 买家应付货款, 买家应付邮费, 总金额, 买家实付金额, 订单状态, 收货地址, "
    "运送方式, 订单创建时间, 商品标题, 宝贝种类, 物流单号, 物流公司, 备注标签, 商家备注, "
    "宝贝总数量, 开票信息, 手机订单, 商品属性SKU, 发货时间"
)
JD_80 = (
    "订单号, 商品ID, 商品名称, 订购数量, 支付方式, 下单时间, 京东价, 订单金额, 商家应收, "
    "余额支付, 应付金额, 订单状态, 订单类型, 订单标签, 下单帐号, 客户姓名, 客户地址, 联系电话, "
    "虚拟号过期时间, 订单备注, 发票类型, 发票抬头, 发票内容, 纳税人识别号, 名称（个人）, "
    "单位地址, 单位电话, 开户银行, 银行账号, 商家备注, 商家备注等级（等级1-5为由高到低）, "
    "运费金额, 付款确认时间, 货号, 订单完成时间, 订单来源, 订单渠道, 送装服务, 服务费, 仓库id, "
    "仓库名称, 商家SKUID, 邮箱地址, 邮政编码, 是否为品牌商订单, 是否为toplife订单, 业务类型, "
    "履约门店ID, 下单门店Id, 门店名称, 门店联系人, 门店联系电话, 门店地址, 导购员账号, "
    "延迟报备类型, 订单出库时间, 客户类型, KA订单发货需提供单据, KA订单客户收货要求, "
    "正品鉴定校验结果, 正品鉴定补充说明, 正品鉴定不合格原因, 正品鉴定图片链接, 企配订单, "
    "需上传SN码, SN码, SN码有效状态, SN码激活状态, SN码补贴状态, 百补满赠, 买一试三, "
    "承诺发货时间, 款项名称, 项目ID, 指数订单编号, 是否为以旧换新订单, 主体ID, 主体名称, "
    "采购价, 采购订单号"
)
PDD_B = (
    "商品, 订单号, 订单状态, 商品数量(件), 是否审核中, 支付时间, 承诺发货时间, 承诺送达时间, "
    "发货时间, 确认收货时间, 商品id, 商品规格, 样式ID, 商品一级类目, 商品二级类目, "
    "商品三级类目, 商品四级类目, 商家编码-规格维度, 商家编码-商品维度, 商家备注, 买家留言, "
    "售后状态, 消费者资料, 订单成交时间, 消费者资料上传时间, 赠品名称, 赠品id, 赠品规格, "
    "赠品数量, 团ID, 团身份, 是否已开始配送, 配送员是否已送达, 配送状态, 同城是否普通快递, "
    "商品总价(元), 邮费(元), 店铺优惠折扣(元), 平台优惠折扣(元), 多多支付立减金额(元), "
    "上门安装费(元), 送货入户费(元), 送货入户并安装费(元), 用户实付金额(元), 商家实收金额(元), "
    "快递单号, 快递公司, 省, 市, 区, 街道/镇, 配送员手机号, 是否抽奖或0元试用, 是否顺丰加价, "
    "用户购买手机号, 旅行类信息, 充值号码, 是否门店自提, 门店名称, 门店自定义编码, "
    "关联货品编码, 货品名称, 货品类型, 子货品, 仓库名称, 仓库所在地址, 海淘清关订单号, 支付ID, "
    "支付方式, 保税仓, 是否直播间成交, 是否直播间引导成交, 预约配送时间, 是否节能补贴, "
    "是否分期, 分期期数, 手续费承担方, 是否无痕发货, 订单来源, 是否社区团购, 小区送达情况, "
    "分期方式"
)
DOUYIN_74 = (
    "主订单编号, 子订单编号, 选购商品, 商品规格, 商品数量, 商品ID, 商家编码, 商品单价, "
    "订单应付金额, 运费, 优惠总金额, 平台优惠, 商家优惠, 达人优惠, 商家改价, 支付优惠, "
    "红包抵扣, 支付方式, 手续费, 收件人, 收件人手机号, 省, 市, 区, 街道, 详细地址, "
    "是否修改过地址, 地址修改时段, 买家留言, 订单提交时间, 旗帜颜色, 商家备注, 订单完成时间, "
    "支付完成时间, APP渠道, 流量来源, 订单状态, 承诺发货时间, 订单类型, 鲁班落地页ID, 达人ID, "
    "达人昵称, 所属门店ID, 售后状态, 取消原因, 预约发货时间, 仓库ID, 仓库名称, 序列号, "
    "是否安心购, 广告渠道, 流量类型, 流量体裁, 流量渠道, 发货主体, 发货主体明细, 发货时间, "
    "降价类优惠, 平台实际承担优惠金额, 商家实际承担优惠金额, 达人实际承担优惠金额, "
    "预计送达时间, 是否平台仓自流转, 车型, 商品69码, 发货SN码, 发货IMEI码1, 发货IMEI码2, "
    "预约送达时间, 建议发货时间（起）, 建议发货时间（止）, 物流SN码, 物流IMEI码1, 物流IMEI码2"
)
KUAISHOU_61 = (
    "订单号, 赠品订单号, 活动订单编号, 订单创建时间, 订单支付时间, 预售定金支付时间, 订单状态, "
    "实付款, 快递费, 店铺优惠, 平台补贴, 主播补贴, 混资活动优惠, 支付优惠, 支付方式, 成交数量, "
    "买家留言, 账号类型, 账号明细, 订单备注, 旗帜颜色, 售后状态, 活动订单, 预售/承诺发货时间, "
    "订单载体, 商品名称, 商品ID, 商品规格, SKU编码, 商品单价, 渠道, CPS达人ID, CPS达人昵称, "
    "预估推广佣金, 预估推广者分佣比例, 团长ID, 团长昵称, 快赚客ID, 快赚客昵称, 授权推广者ID, "
    "授权推广者昵称, 收货人姓名, 收货人电话, 收货地址-省, 收货地址-市, 收货地址-区, "
    "收货地址-街道, 收货地址, 发货时间, 快递公司, 快递单号, 物流信息, 集运类型, 直邮类型, "
    "仓库名称, 仓库地址, 实名姓名, 服务门店ID, 服务门店名称, 服务门店地址, 国补/类国补/消费券"
)
YOUZAN_59 = (
    "订单号, 归属店铺, 订单类型, 订单状态, 推广方式, 订单来源, 订单创建时间, 买家付款时间, "
    "交易成功时间, 付款方式, 外部支付流水号, 支付流水号, 商品金额合计, 运费, 店铺优惠合计, "
    "支付营销优惠, 应收订单金额, 订单实付金额, 店铺优惠方式, 全部商品名称, 商品种类数, "
    "订单配送方式, 预约同城送达时间/预约自提时间, 收货人/提货人, 收货人手机号/提货人手机号, "
    "收货人省份, 收货人城市, 收货人地区, 详细收货地址/提货地址, 买家备注, 订单星级, 买家昵称, "
    "买家是否会员, 买家手机号, 下单网点, 订单退款状态, 订单已退款金额, 商家订单备注, "
    "优惠券码名称, 入住时间, 团长订单, 订单风险标签, 销售导购, 专属导购, 销售导购手机号, "
    "专属导购手机号, 销售导购所属店铺, 专属导购所属店铺, 导购归属部门, 分销员, 分销员手机号, "
    "分销员所属店铺, 分销员所属团队, 分销员所属分组, 分销员等级, 订单佣金类型, 订单佣金金额, "
    "订单下级卖货提成类型, 订单下级卖货提成金额"
)
WECHAT_57 = (
    "订单号, 订单下单时间, 订单发货时间, 订单确认收货时间, 订单完成结算时间, 订单状态, "
    "发货方式, 收件人姓名, 收件人地址, 省, 市, 区, 收件人手机, 买家备注, 商家备注, 打标颜色, "
    "商品总价, 订单实际支付金额, 订单实际收款金额, 订单运费, 商品优惠, 跨店优惠, 商品改价, "
    "积分抵扣, 支付方式, 支付时间, 交易单号, 物流公司, 快递单号, 技术服务费, "
    "技术服务费（将以人气卡形式返还）, 运费险预计投保费用, 带货方式, 带货账号类型, "
    "带货账号昵称, 带货费用渠道, 带货费用类型, 带货费用, 带货佣金率, 礼物单号, 商品名称, "
    "商品编码(平台), 商品编码(自定义), SKU编码(自定义), 商品属性, 商品价格(单件), "
    "商品实际价格(单件), 商品实际价格(总共), 是否预售, 商品数量, 商品平台券优惠, 商品平均运费, "
    "定制信息, 定制预览图, 商品发货, 商品售后, 商品已退款金额"
)


def headers(spec: str) -> list[str]:
    """A reference header list (", "-separated) as names; "收货地址 " keeps its space."""
    return [h if h.endswith(" ") else h.strip() for h in spec.split(", ")]


def fill(
    columns: Sequence[str], rows: Iterable[dict[str, object]], empty: object = ""
) -> list[list[object]]:
    """Rows in column order, every unnamed cell set to the platform's empty mark."""
    out = []
    for row in rows:
        unknown = set(row) - {c.strip() for c in columns} - set(columns)
        assert not unknown, f"not in the header: {unknown}"
        out.append([row.get(c, row.get(c.strip(), empty)) for c in columns])
    return out


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    encoding: str = "utf-8-sig",
) -> Path:
    """A CSV with every value quoted, as Taobao writes it."""
    with open(path, "w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, quoting=csv.QUOTE_ALL)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def write_xlsx(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[Sequence[object]],
    *,
    title_rows: Sequence[str] = (),
) -> Path:
    """An xlsx (strings as strings, numbers as numbers), optional title rows above."""
    import xlsxwriter

    workbook = xlsxwriter.Workbook(str(path), {"strings_to_formulas": False})
    ws = workbook.add_worksheet("订单")
    r = 0
    for title in title_rows:
        ws.write_string(r, 0, title)
        r += 1
    for c, name in enumerate(columns):
        ws.write_string(r, c, name)
    for row in rows:
        r += 1
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            else:
                ws.write(r, c, value)
    workbook.close()
    return path
