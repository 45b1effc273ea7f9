"""The demo shop comes with tiers assigned, points earned and a rewards catalogue."""

from __future__ import annotations

import datetime as dt

from crmdesk.db import Database
from crmdesk.services import points_entries, points_report, rewards, tiers
from crmdesk.services.demo import create_demo_shop


def test_demo_shop_has_membership(db: Database) -> None:
    create_demo_shop(db, customers=60, orders=300, today=dt.date(2025, 6, 1))
    rows = tiers.list_tiers(db)
    assert [t.data.name for t in rows] == ["普通会员", "银卡会员", "金卡会员", "钻石会员"]
    assert sum(t.members for t in rows) == 60
    assert rows[-1].data.points_multiplier > 1
    summary = points_report.points_summary(db)
    assert summary.earned > 0
    assert summary.outstanding == points_entries.total_outstanding(db)
    assert points_entries.recompute_balances(db) == []
    assert {r.data.kind for r in rewards.list_rewards(db)} == {"gift", "coupon", "cash"}
