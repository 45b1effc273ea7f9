"""The demo shop (演示店铺): a realistic made-up tea shop to try crmdesk without real data.

Customers with Chinese names, phones (some masked as the platforms export them), WeChat
ids, regions and platform accounts; three years of orders with refunds and closed
orders; tags, important dates and contact records. Everything is drawn from
``random.Random(seed)``: the same seed gives the same shop. Written in one transaction
with SQLAlchemy Core, then the derived columns and figures are computed in bulk.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from crmdesk.db import Database
from crmdesk.errors import ValidationError
from crmdesk.i18n import translate
from crmdesk.models import (
    ContactRecord,
    Customer,
    CustomerAccount,
    CustomerTag,
    ImportantDate,
    Order,
    OrderItem,
    Tag,
)
from crmdesk.services import demo_data as vocab
from crmdesk.services import demo_data_gen as gen
from crmdesk.services import demo_relations, stats
from crmdesk.services.derived_text import refresh_derived_text
from crmdesk.services.jobs import CancelFn, ProgressFn, check_cancel, no_progress
from crmdesk.services.settings import write_settings

DEMO_SHOP_NAME = "演示店铺"
DEFAULT_SEED = 20261123
YEARS = 3
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class DemoSummary:
    """What the demo shop holds."""

    customers: int
    accounts: int
    orders: int
    order_items: int
    contacts: int
    tags: int
    important_dates: int


def create_demo_shop(
    db: Database,
    seed: int = DEFAULT_SEED,
    customers: int = 2000,
    orders: int = 15000,
    progress: ProgressFn | None = None,
    cancel: CancelFn | None = None,
    today: dt.date | None = None,
) -> DemoSummary:
    """Fill an empty shop file with the demo shop and mark it as a demo."""
    if customers < 1 or orders < 0:
        raise ValidationError(
            translate("Demo", "The demo shop needs at least one customer."), field="customers"
        )
    report = progress or no_progress
    steps = 5
    report(0, steps, translate("Demo", "Making up customers…"))
    shop = _Shop(random.Random(seed), today or dt.date.today())
    shop.make_customers(customers)
    check_cancel(cancel)
    report(1, steps, translate("Demo", "Making up orders…"))
    shop.make_orders(orders)
    shop.make_contacts(max(1, round(orders * 0.04)) if orders else 0)
    shop.make_tags_and_dates()
    check_cancel(cancel)
    report(2, steps, translate("Demo", "Writing the shop file…"))
    with db.session(immediate=True) as session:
        if session.scalar(select(func.count()).select_from(Customer)):
            raise ValidationError(
                translate(
                    "Demo",
                    "This shop file already holds customers; the demo shop is only created "
                    "in a new, empty file.",
                ),
                field="db",
            )
        shop.write(session)
        check_cancel(cancel)
        report(3, steps, translate("Demo", "Building the search index…"))
        refresh_derived_text(session, None)
        check_cancel(cancel)
        report(4, steps, translate("Demo", "Computing customer figures…"))
        stats.recompute_all(session, today=shop.today)
        from crmdesk.services import analytics

        analytics.recompute_analytics_in_session(session, shop.today)
        from crmdesk.services.demo_membership import add_demo_membership

        add_demo_membership(session, shop.today)
        write_settings(session, {"shop_name": DEMO_SHOP_NAME, "is_demo": True})
        check_cancel(cancel)
    report(steps, steps, translate("Demo", "The demo shop is ready."))
    return shop.summary()


def _yuan(value: Decimal) -> Decimal:
    return value.quantize(_CENT, rounding=ROUND_HALF_UP)


def _fen(value: Decimal) -> int:
    return int(_yuan(value) * 100)


class _Shop:
    """The demo shop being made up, as rows ready for Core inserts."""

    def __init__(self, rng: random.Random, today: dt.date) -> None:
        self.rng = rng
        self.today = today
        self.start = today - dt.timedelta(days=365 * YEARS)
        self.customers: list[dict[str, Any]] = []
        self.accounts: list[dict[str, Any]] = []
        self.orders: list[dict[str, Any]] = []
        self.items: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []
        self.tags: list[dict[str, Any]] = []
        self.customer_tags: list[dict[str, Any]] = []
        self.dates: list[dict[str, Any]] = []
        self._platforms: dict[int, list[str]] = {}
        self._history: dict[int, list[dict[str, Any]]] = {}

    # --- customers --------------------------------------------------------------------

    def make_customers(self, count: int) -> None:
        rng = self.rng
        used: set[tuple[str, str]] = set()
        for cid in range(1, count + 1):
            company = rng.random() < 0.03
            gender = rng.choices(("F", "M", None), weights=(58, 37, 5))[0]
            person = gen.person_name(rng, gender)
            province, city, district, address = gen.region(rng)
            phone: str | None = gen.mobile(rng) if rng.random() < 0.88 else None
            phone_masked = phone is not None and rng.random() < 0.35
            if phone is not None and phone_masked:
                phone = gen.masked(phone)
            row: dict[str, Any] = {
                "id": cid,
                "name": rng.choice(vocab.COMPANY_NAMES) if company else person,
                "kind": "company" if company else "person",
                "gender": None if company else gender,
                "birthday": gen.birthday(rng, self.today)
                if not company and rng.random() < 0.7
                else None,
                "phone": phone,
                "phone_masked": phone_masked,
                "wechat": gen.wechat_id(rng) if rng.random() < 0.35 else None,
                "email": f"{rng.randint(10**7, 3 * 10**9)}@qq.com" if rng.random() < 0.04 else None,
                "province": province,
                "city": city,
                "district": district,
                "address": address,
                "source_channel": rng.choice(vocab.SOURCE_CHANNELS) if rng.random() < 0.6 else None,
                "referrer_id": rng.randint(1, cid - 1)
                if cid > 20 and rng.random() < 0.04
                else None,
                "company": None,
                "industry": None,
                "contact_person": None,
                "position": None,
                "preferences": rng.choice(vocab.PREFERENCES) if rng.random() < 0.15 else None,
                "interests": "、".join(rng.sample(vocab.INTERESTS, rng.randint(1, 2)))
                if rng.random() < 0.15
                else None,
                "notes": rng.choice(vocab.NOTES) if rng.random() < 0.1 else None,
                "status_override": None,
                "lost_reason": None,
                "is_demo": True,
            }
            if company:
                row["company"] = row["name"]
                row["industry"] = vocab.INDUSTRIES[vocab.COMPANY_NAMES.index(row["name"])]
                row["contact_person"] = person
                row["position"] = rng.choice(vocab.POSITIONS)
            self.customers.append(row)
            platforms: list[str] = []
            if rng.random() < 0.95:
                first = rng.choices(vocab.DEMO_PLATFORMS, weights=vocab.PLATFORM_WEIGHTS)[0]
                platforms.append(first)
                if rng.random() < 0.15:
                    second = rng.choice([p for p in vocab.DEMO_PLATFORMS if p != first])
                    platforms.append(second)
            for plat in platforms:
                buyer_id, buyer_nick = gen.buyer_account(rng, plat)
                while (plat, buyer_id) in used:
                    buyer_id, buyer_nick = gen.buyer_account(rng, plat)
                used.add((plat, buyer_id))
                self.accounts.append(
                    {
                        "customer_id": cid,
                        "platform": plat,
                        "buyer_id": buyer_id,
                        "buyer_nick": buyer_nick,
                    }
                )
            self._platforms[cid] = platforms or ["offline"]

    # --- orders -----------------------------------------------------------------------

    def make_orders(self, count: int) -> None:
        rng = self.rng
        ids = [c["id"] for c in self.customers]
        buyers = [cid for cid in ids if rng.random() < 0.78] or ids[:1]
        if count == 0:
            buyers = []
        elif count < len(buyers):
            buyers = rng.sample(buyers, count)
        counts = dict.fromkeys(buyers, 1)
        # Many buy once; a few regulars (offices, tea lovers) make most of the orders.
        weights = [0.0 if rng.random() < 0.4 else rng.lognormvariate(0, 1.1) for _ in buyers]
        if count > len(buyers):
            if not any(weights):
                weights = [1.0] * len(buyers)
            for cid in rng.choices(buyers, weights=weights, k=count - len(buyers)):
                counts[cid] += 1
        span = (self.today - self.start).days
        numbers: set[tuple[str, str]] = set()
        drafts = []
        for cid, n in counts.items():
            # Regulars buy every few weeks; most are still buying, some have drifted away.
            gap = max(1, min(rng.randint(12, 45), span // max(1, n - 1)))
            window = (n - 1) * gap
            if n > 1 and rng.random() < 0.7:
                idle = rng.randint(0, gap) if rng.random() < 0.75 else rng.randint(gap, 4 * gap)
                first = span - window - min(idle, span - window)
            else:
                first = rng.randint(0, span - window)
            jitter = gap // 3
            days = []
            for k in range(n):
                day = max(0, first + k * gap + rng.randint(-jitter, jitter))
                days.append(day if day <= span else span - rng.randint(0, jitter))
            for day in days:
                drafts.append((gen.order_time(rng, self.start + dt.timedelta(days=day)), cid))
        drafts.sort()
        by_id = {c["id"]: c for c in self.customers}
        for oid, (at, cid) in enumerate(drafts, start=1):
            self._make_order(oid, at, by_id[cid], numbers)
        for c in self.customers:
            history = self._history.get(c["id"])
            first_at = history[0]["ordered_at"] if history else None
            if first_at is None:
                day = self.start + dt.timedelta(days=rng.randint(0, span))
                first_at = gen.order_time(rng, day)
                if rng.random() < 0.08:
                    c["status_override"] = "target"
            created = first_at - dt.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 600))
            c["created_at"] = c["updated_at"] = created
            if rng.random() < 0.01:
                c["status_override"] = "non_customer"
            lapsed = history and (self.today - history[-1]["ordered_at"].date()).days > 365
            if lapsed and rng.random() < 0.3:
                c["lost_reason"] = rng.choice(
                    ("price", "quality", "logistics", "competitor", "no_need")
                )

    def _make_order(
        self, oid: int, at: dt.datetime, customer: dict[str, Any], numbers: set[tuple[str, str]]
    ) -> None:
        rng = self.rng
        cid = customer["id"]
        platforms = self._platforms[cid]
        plat = platforms[0] if len(platforms) == 1 or rng.random() < 0.8 else platforms[1]
        lines = []
        for _ in range(rng.choices((1, 2, 3), weights=(65, 25, 10))[0]):
            category, title, price = rng.choice(vocab.CATALOGUE)
            qty = rng.choices((1, 2, 3), weights=(80, 15, 5))[0]
            if customer["kind"] == "company" and category == "礼盒":
                qty = rng.randint(5, 20)
            discount = Decimal(rng.choice(("1", "1", "1", "0.95", "0.9", "0.88", "0.85")))
            lines.append((category, title, qty, _yuan(Decimal(price) * qty * discount)))
        paid = sum((amount for *_, amount in lines), Decimal(0))
        age = (self.today - at.date()).days
        if age <= 2:
            status = rng.choices(("unpaid", "paid", "shipped"), weights=(10, 45, 45))[0]
        elif age <= 7:
            status = rng.choices(("shipped", "completed"), weights=(60, 40))[0]
        else:
            status = "completed"
        if rng.random() < 0.04:
            status = "closed"
        refund = Decimal(0)
        roll = rng.random()
        if status in ("shipped", "completed") and roll < 0.02:
            refund = paid
        elif status in ("shipped", "completed") and roll < 0.07:
            refund = lines[-1][3] if len(lines) > 1 else _yuan(paid * Decimal("0.2"))
        no = gen.order_no(rng, plat, at)
        while (plat, no) in numbers:
            no = gen.order_no(rng, plat, at)
        numbers.add((plat, no))
        phone = customer["phone"]
        row = {
            "id": oid,
            "customer_id": cid,
            "platform": plat,
            "order_no": no,
            "ordered_at": at,
            "paid_at": at + dt.timedelta(minutes=rng.randint(0, 30))
            if status not in ("unpaid", "closed")
            else None,
            "paid_fen": _fen(paid),
            "refund_fen": _fen(refund),
            "status": status,
            "items_text": "; ".join(f"{title} ×{qty}" for _, title, qty, _ in lines),
            "category": lines[0][0],
            "receiver_name": customer["contact_person"] or customer["name"],
            "receiver_phone": phone,
            "receiver_address": f"{customer['province']}{customer['city']}"
            f"{customer['district']}{customer['address']}",
            "notes": rng.choice(("请尽快发货", "送人的，不要放价格单", "要开发票"))
            if rng.random() < 0.03
            else None,
            "created_at": at,
        }
        self.orders.append(row)
        self._history.setdefault(cid, []).append(row)
        for category, title, qty, amount in lines:
            self.items.append(
                {
                    "order_id": oid,
                    "title": title,
                    "sku": None,
                    "category": category,
                    "quantity": qty,
                    "amount_fen": _fen(amount),
                }
            )

    # --- contacts, tags, important dates ----------------------------------------------

    def make_contacts(self, count: int) -> None:
        self.contacts = demo_relations.contacts(
            self.rng, self.today, self.start, list(self._history), self.customers, count
        )

    def make_tags_and_dates(self) -> None:
        self.tags, self.customer_tags, self.dates = demo_relations.tags_and_dates(
            self.rng, self.today, self.start, self.customers, self._history, self.contacts
        )

    # --- writing ----------------------------------------------------------------------

    def write(self, session: Session) -> None:
        for model, rows in (
            (Tag, self.tags),
            (Customer, self.customers),
            (CustomerAccount, self.accounts),
            (CustomerTag, self.customer_tags),
            (ImportantDate, self.dates),
            (Order, self.orders),
            (OrderItem, self.items),
            (ContactRecord, self.contacts),
        ):
            if rows:
                session.execute(insert(model.__table__), rows)

    def summary(self) -> DemoSummary:
        return DemoSummary(
            customers=len(self.customers),
            accounts=len(self.accounts),
            orders=len(self.orders),
            order_items=len(self.items),
            contacts=len(self.contacts),
            tags=len(self.tags),
            important_dates=len(self.dates),
        )
