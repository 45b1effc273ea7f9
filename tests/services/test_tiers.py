"""Tiers: defaults, validation, upgrades, the what-if and applying rules, review, locks, card."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import insert, select

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.models import Customer
from crmdesk.models.membership import Tier
from crmdesk.services import membership, orders, points_entries, settings, tier_rules, tiers
from crmdesk.services.orders import OrderInput
from crmdesk.services.register import RegisterQuery, fetch_ids
from crmdesk.services.tiers import TierInput, TierRules

TODAY = dt.date.today()
NOW = dt.datetime.now().replace(microsecond=0)


def new_customer(db: Database, name: str = "王小明") -> int:
    with db.session() as session:
        return session.execute(
            insert(Customer).values(name=name).returning(Customer.id)
        ).scalar_one()


def buy(db: Database, cid: int, paid: str, days_ago: int = 0) -> int:
    data = OrderInput(ordered_at=NOW - dt.timedelta(days=days_ago), paid=Decimal(paid))
    return orders.add_order(db, cid, data).extra["order_id"]


def tier_of(db: Database, cid: int) -> str | None:
    with db.session() as session:
        customer = session.get(Customer, cid)
        assert customer is not None
        tier = session.get(Tier, customer.tier_id) if customer.tier_id else None
        return tier.name if tier else None


def inputs(db: Database) -> list[TierInput]:
    return [r.data for r in tiers.list_tiers(db)]


def test_default_tiers_are_seeded_once(db: Database) -> None:
    cid = new_customer(db)
    assert tier_rules.ensure_default_tiers(db) is True
    assert tier_rules.ensure_default_tiers(db) is False
    rows = tiers.list_tiers(db)
    assert [(r.data.name, r.data.threshold) for r in rows] == [
        ("普通会员", Decimal("0.00")),
        ("银卡会员", Decimal("500.00")),
        ("金卡会员", Decimal("2000.00")),
        ("钻石会员", Decimal("5000.00")),
    ]
    assert tier_of(db, cid) == "普通会员"
    assert rows[0].members == 1
    assert settings.get_setting(db, "points_start_date") == TODAY.isoformat()


def test_upgrade_the_moment_a_threshold_is_crossed_and_skipped_tiers_pay(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    edited = inputs(db)
    edited[1] = dataclasses.replace(edited[1], entry_reward_points=50)
    edited[2] = dataclasses.replace(edited[2], entry_reward_points=200)
    tier_rules.save_tiers(db, edited)
    cid = new_customer(db)
    buy(db, cid, "499.99")
    assert tier_of(db, cid) == "普通会员"
    buy(db, cid, "1500.01")  # 2000.00: straight past 银卡 to 金卡
    assert tier_of(db, cid) == "金卡会员"
    bonuses = [e.points for e in points_entries.ledger(db, cid) if e.kind == "bonus"]
    assert sorted(bonuses) == [50, 200]
    history = tiers.tier_history(db, cid)
    assert [(h.from_tier, h.to_tier, h.reason) for h in history] == [
        ("普通会员", "金卡会员", "rule")
    ]


def test_refunds_never_downgrade_without_a_review(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    cid = new_customer(db)
    oid = buy(db, cid, "600")
    assert tier_of(db, cid) == "银卡会员"
    orders.delete_order(db, oid)
    assert tier_of(db, cid) == "银卡会员"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({0: {"threshold": Decimal(1)}}, "lowest"),
        ({1: {"threshold": Decimal(0)}}, "more"),
        ({1: {"name": "普通会员"}}, "Two tiers"),
        ({1: {"keep_threshold": Decimal(600)}}, "keep"),
        ({1: {"discount": Decimal("10.5")}}, "discount"),
        ({1: {"color": "red"}}, "colour"),
        ({1: {"threshold": Decimal("500.001")}}, "decimals"),
    ],
)
def test_rules_are_validated(db: Database, change: dict, message: str) -> None:
    tier_rules.ensure_default_tiers(db)
    edited = inputs(db)
    for i, fields in change.items():
        edited[i] = dataclasses.replace(edited[i], **fields)
    with pytest.raises(ValidationError, match=message):
        tier_rules.save_tiers(db, edited)
    assert [t.data for t in tiers.list_tiers(db)] == inputs(db)


def test_what_if_matches_what_apply_does(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    a, b, c, d = (new_customer(db, n) for n in ("甲", "乙", "丙", "丁"))
    buy(db, a, "600")
    buy(db, b, "2500")
    buy(db, c, "100")
    buy(db, d, "3000")
    tier_rules.lock_tier(db, d, tiers.list_tiers(db)[0].id, "老朋友")
    edited = inputs(db)
    edited[1] = dataclasses.replace(edited[1], threshold=Decimal(50), name="银牌会员")
    edited[2] = dataclasses.replace(edited[2], threshold=Decimal(3000))
    rules = TierRules()
    preview = tier_rules.preview_rules(db, edited, rules)
    assert {(m.customer_id, m.to_tier) for m in preview.up} == {(c, "银牌会员")}
    assert {(m.customer_id, m.from_tier, m.to_tier) for m in preview.down} == {
        (b, "金卡会员", "银牌会员")
    }
    assert (preview.up_count, preview.down_count, preview.locked) == (1, 1, 1)
    assert preview.members_after == {"普通会员": 1, "银牌会员": 3, "金卡会员": 0, "钻石会员": 0}
    assert tier_of(db, c) == "普通会员"  # nothing written yet
    changed = tier_rules.apply_rules(db, edited, rules)
    assert (changed.up, changed.down) == (1, 1)
    assert [tier_of(db, x) for x in (a, b, c, d)] == [
        "银牌会员",
        "银牌会员",
        "银牌会员",
        "普通会员",
    ]
    assert tiers.tier_history(db, b)[0].reason == "rule_change"
    assert tier_rules.preview_rules(db, inputs(db), rules).up_count == 0


def test_rule_change_by_order_count_and_removing_a_tier(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    a = new_customer(db)
    for _ in range(3):
        buy(db, a, "10")
    edited = [
        TierInput(name="会员", threshold=Decimal(0)),
        TierInput(name="常客", threshold=Decimal(3), color="#112233"),
    ]
    tier_rules.apply_rules(db, edited, TierRules(basis="order_count"))
    assert tier_of(db, a) == "常客"
    assert [r.data.name for r in tiers.list_tiers(db)] == ["会员", "常客"]
    assert tiers.list_tiers(db)[1].data.threshold == Decimal(3)


def test_renaming_tiers_by_swapping_names_works(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    edited = inputs(db)
    edited[2], edited[3] = (
        dataclasses.replace(edited[2], name="钻石会员"),
        dataclasses.replace(edited[3], name="金卡会员"),
    )
    tier_rules.save_tiers(db, edited)
    assert [r.data.name for r in tiers.list_tiers(db)][2:] == ["钻石会员", "金卡会员"]


def test_yearly_review_downgrades_with_keep_thresholds_once(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    edited = inputs(db)
    edited[1] = dataclasses.replace(edited[1], keep_threshold=Decimal(300))
    review_on = TODAY - dt.timedelta(days=1)
    rules = TierRules(basis="spend_12m", downgrade="yearly",
                      review_date=review_on.strftime("%m-%d"))  # fmt: skip
    tier_rules.apply_rules(db, edited, rules)
    keeps, drops, stays = (new_customer(db, n) for n in ("甲", "乙", "丙"))
    buy(db, keeps, "600", days_ago=400)
    buy(db, keeps, "350", days_ago=30)  # 350 in the last 12 months >= keep 300
    buy(db, drops, "600", days_ago=400)
    buy(db, drops, "100", days_ago=30)
    buy(db, stays, "100", days_ago=3)
    # the last-12-month basis: only recent spend counted for entering, so set tiers by hand
    for cid in (keeps, drops):
        tier_rules.lock_tier(db, cid, tiers.list_tiers(db)[1].id, "测试")
        tier_rules.unlock_tier(db, cid)
    assert tier_of(db, drops) == "银卡会员"
    changed = tier_rules.yearly_review(db, TODAY)
    assert changed is not None and changed.customer_ids == (drops,)
    assert [tier_of(db, c) for c in (keeps, drops, stays)] == ["银卡会员", "普通会员", "普通会员"]
    assert tiers.tier_history(db, drops)[0].reason == "review"
    assert tier_rules.yearly_review(db, TODAY) is None  # once a year
    no_policy = dataclasses.replace(rules, downgrade="never")
    assert tier_rules.review_due(no_policy, None, TODAY) is None


def test_lock_keeps_a_customer_where_the_owner_put_them(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    cid = new_customer(db)
    gold = tiers.list_tiers(db)[2].id
    with pytest.raises(ValidationError):
        tier_rules.lock_tier(db, cid, gold, " ")
    tier_rules.lock_tier(db, cid, gold, "大客户介绍")
    buy(db, cid, "6000")  # would be 钻石, but locked
    assert tier_of(db, cid) == "金卡会员"
    history = tiers.tier_history(db, cid)
    assert (history[0].reason, history[0].note) == ("manual", "大客户介绍")
    tier_rules.unlock_tier(db, cid)
    assert tier_of(db, cid) == "钻石会员"


def test_membership_card_figures(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    cid = new_customer(db)
    oid = buy(db, cid, "620.50")
    card = membership.membership_card(db, cid)
    assert card.tier is not None and card.tier.data.name == "银卡会员"
    assert card.next_tier is not None and card.next_tier.data.name == "金卡会员"
    assert card.to_next == Decimal("1379.50")
    assert card.value == Decimal("620.50")
    assert card.keep_needed is None and card.next_review is None
    assert card.points.balance == 620
    rules = TierRules(downgrade="yearly", review_date="01-01")
    edited = inputs(db)
    edited[1] = dataclasses.replace(edited[1], keep_threshold=Decimal(450))
    tier_rules.apply_rules(db, edited, rules)
    data = OrderInput(ordered_at=NOW, paid=Decimal("620.50"), refund=Decimal(200))
    orders.update_order(db, oid, data)  # 420.50 left: still 银卡 until the review
    settings.set_settings(db, {"tier_last_review": dt.date(TODAY.year, 1, 1).isoformat()})
    card = membership.membership_card(db, cid)
    assert card.tier is not None and card.tier.data.name == "银卡会员"
    assert card.keep_needed == Decimal("29.50")
    assert card.next_review == dt.date(TODAY.year + 1, 1, 1)


def test_register_filters_by_tier(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    a, b = new_customer(db, "甲"), new_customer(db, "乙")
    buy(db, a, "800")
    buy(db, b, "80")
    silver = tiers.list_tiers(db)[1].id
    assert fetch_ids(db, RegisterQuery(extra={"tier_ids": [silver]})) == [a]
    assert b in fetch_ids(db, RegisterQuery(extra={"tier_ids": [tiers.list_tiers(db)[0].id]}))


def test_tier_ids_stay_valid_after_apply(db: Database) -> None:
    tier_rules.ensure_default_tiers(db)
    before = [r.id for r in tiers.list_tiers(db)]
    tier_rules.save_tiers(db, inputs(db))
    assert [r.id for r in tiers.list_tiers(db)] == before
    with db.session() as session:
        assert session.execute(select(Tier.name).where(Tier.id == before[0])).scalar() == "普通会员"


def test_a_new_card_joins_the_entry_tier_and_a_merge_re_evaluates(db: Database) -> None:
    from crmdesk.services import customers

    tier_rules.ensure_default_tiers(db)
    first = customers.create_customer(db, customers.CustomerInput(name="新客"))
    assert first.tier_name == "普通会员"
    second = customers.create_customer(db, customers.CustomerInput(name="老客"))
    orders.add_order(
        db,
        second.id,
        OrderInput(ordered_at=dt.datetime(2026, 1, 5, 10, 0), paid=Decimal("600.00")),
    )
    kept = customers.merge_customers(db, first.id, second.id)
    assert kept.tier_name == "银卡会员"  # ¥600 of merged orders crosses the ¥500 threshold
