"""Contact records, tags and important dates of the demo shop, following its customers' orders."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from crmdesk.services import demo_data as vocab
from crmdesk.services import demo_data_gen as gen


def contacts(
    rng: random.Random,
    today: dt.date,
    start: dt.date,
    buyers: list[int],
    customers: list[dict[str, Any]],
    count: int,
) -> list[dict[str, Any]]:
    """Contact records, mostly with buyers, over the last two years."""
    everyone = [c["id"] for c in customers]
    rows: list[dict[str, Any]] = []
    kinds = list(vocab.CONTACT_KIND_WEIGHTS)
    weights = list(vocab.CONTACT_KIND_WEIGHTS.values())
    span = min(730, (today - start).days)
    for _ in range(count):
        kind = rng.choices(kinds, weights=weights)[0]
        cid = rng.choice(buyers if buyers and rng.random() < 0.85 else everyone)
        channels, summaries, results = vocab.CONTACT_TEMPLATES[kind]
        at = gen.order_time(rng, today - dt.timedelta(days=rng.randint(0, span)))
        status = resolution = None
        if kind == "complaint":
            status = rng.choices(("resolved", "in_progress", "open"), weights=(60, 25, 15))[0]
            resolution = rng.choice(vocab.RESOLUTIONS) if status == "resolved" else None
        follow_up = None
        if rng.random() < 0.2:
            follow_up = at.date() + dt.timedelta(days=rng.randint(3, 30))
        rows.append(
            {
                "customer_id": cid,
                "contacted_at": at,
                "channel": rng.choice(channels),
                "kind": kind,
                "summary": rng.choice(summaries),
                "result": rng.choice(results),
                "follow_up_on": follow_up,
                "complaint_status": status,
                "resolution": resolution,
            }
        )
    return rows


def tags_and_dates(
    rng: random.Random,
    today: dt.date,
    start: dt.date,
    customers: list[dict[str, Any]],
    history: dict[int, list[dict[str, Any]]],
    contacts: list[dict[str, Any]],
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    """Tags (with who carries them, following what they bought) and important dates."""
    tags = [
        {"id": n, "name": name, "color": color}
        for n, (name, color) in enumerate(zip(vocab.TAGS, vocab.TAG_COLORS, strict=True), 1)
    ]
    tag_id = {t["name"]: t["id"] for t in tags}
    complained = {c["customer_id"] for c in contacts if c["kind"] == "complaint"}
    customer_tags: list[dict[str, Any]] = []
    dates: list[dict[str, Any]] = []
    for c in customers:
        cid = c["id"]
        valid = [
            o
            for o in history.get(cid, [])
            if o["status"] in ("paid", "shipped", "completed") and o["paid_fen"] > o["refund_fen"]
        ]
        spend = sum(o["paid_fen"] - o["refund_fen"] for o in valid)
        names = set()
        if len(valid) >= 3 and rng.random() < 0.8:
            names.add("回头客")
        if spend >= 200_000:
            names.add("大客户")
        if c["kind"] == "company":
            names.add("企业采购")
        if any(o["category"] == "礼盒" for o in valid) and rng.random() < 0.5:
            names.add("送礼")
        if sum(o["category"] == "绿茶" for o in valid) >= 2:
            names.add("爱绿茶")
        if c["referrer_id"]:
            names.add("老客推荐")
        if cid in complained and rng.random() < 0.5:
            names.add("差评风险")
        age = (today - c["birthday"]).days // 365 if c["birthday"] else None
        if c["gender"] == "F" and age and 24 <= age <= 40 and rng.random() < 0.2:
            names.add("宝妈")
        if age and age <= 23 and rng.random() < 0.5:
            names.add("学生")
        if rng.random() < 0.1:
            names.add("价格敏感")
        customer_tags.extend({"customer_id": cid, "tag_id": tag_id[n]} for n in sorted(names))
        if rng.random() < 0.15:
            labels = vocab.COMPANY_DATES if c["kind"] == "company" else vocab.IMPORTANT_DATES
            day = start + dt.timedelta(days=rng.randint(0, 364))
            dates.append(
                {
                    "customer_id": cid,
                    "label": rng.choice(labels),
                    "month": day.month,
                    "day": day.day,
                    "year": rng.randint(1995, 2022) if rng.random() < 0.5 else None,
                    "remind_days_before": rng.choice((3, 7, 7, 15)),
                }
            )
    return tags, customer_tags, dates
