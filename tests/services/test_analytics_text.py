"""The card's analysis section: every figure with its inputs and the rule in words."""

from __future__ import annotations

import dataclasses
import random
from collections.abc import Iterator

import pytest
from analytics_helpers import add_customer, build_shop, random_history, recompute, stored
from analytics_reference import TODAY, Ord, at

from crmdesk.db import Database
from crmdesk.errors import NotFoundError
from crmdesk.i18n import install_translator
from crmdesk.services.analytics import CLASS_KINDS
from crmdesk.services.analytics_rules import RESULT_COLUMNS, VALUE_CLASSES
from crmdesk.services.analytics_text import explain_customer, label, label_zh, strategy


@pytest.fixture
def shouting() -> Iterator[None]:
    install_translator(lambda context, text: text.upper() if context == "Analytics" else text)
    yield
    install_translator(None)


def test_recency_in_the_owners_words(db: Database) -> None:
    cid = add_customer(db, [Ord(at(35), 5000)])
    add_customer(db, [Ord(at(125), 5000)])
    recompute(db)
    r = explain_customer(db, cid, TODAY).figure("r")
    assert r.value == 35
    assert "Last purchase 35 days ago, shop average 80.0 days → R high" in r.rule
    assert dict(r.inputs)["Last purchase"] == at(35).date().isoformat()
    assert r.too_little_data is True  # two buyers are too few for shop averages
    assert "Only 2 buyers" in r.note


def test_every_stored_figure_is_explained_with_the_same_value(db: Database) -> None:
    rng = random.Random(21)
    histories, _ = build_shop(db, [random_history(rng) for _ in range(40)], [None, 0] + [None] * 38)
    recompute(db)
    want = stored(db)
    for cid in histories:
        analysis = explain_customer(db, cid, TODAY)
        assert dataclasses.asdict(analysis.result) == want[cid]
        keys = [f.key for f in analysis.figures]
        if want[cid]["r_days"] is None:
            assert keys == ["status", "churn_warning", "lifecycle_stage"]
            assert not analysis.is_buyer
        else:
            assert keys == [
                "status",
                "churn_warning",
                "r",
                "f",
                "m",
                "rfm_segment",
                "pyramid_level",
                "value_class",
                "lifecycle_stage",
                "clv",
                "loyalty_type",
            ]
            for f in analysis.figures:
                assert f.rule and "{" not in f.rule, f.key
                assert f.value_text
            seg = analysis.figure("rfm_segment")
            assert seg.value_text == label("rfm_segment", str(want[cid]["rfm_segment"]))
            clv = analysis.figure("clv")
            assert clv.value * 100 == want[cid]["clv_fen"]  # type: ignore[operator]
    assert analysis.buyers == sum(1 for v in want.values() if v["r_days"] is not None)


def test_loyalty_says_attitude_is_not_measured_unless_referred(db: Database) -> None:
    histories, referred = build_shop(
        db, [[Ord(at(d), 5000) for d in (50, 20)], [Ord(at(5), 100)]], [None, 0]
    )
    recompute(db)
    referrer, newcomer = list(histories)
    assert referred == {referrer}
    by_ref = explain_customer(db, referrer, TODAY).figure("loyalty_type")
    assert by_ref.value == "absolute" and by_ref.note == ""
    plain = explain_customer(db, newcomer, TODAY).figure("loyalty_type")
    assert plain.value == "none"
    assert "Attitude is not measured yet" in plain.note


def test_thin_histories_are_flagged(db: Database) -> None:
    one = add_customer(db, [Ord(at(120), 5000)])
    rng = random.Random(8)
    build_shop(db, [random_history(rng) for _ in range(60)])
    regular = add_customer(db, [Ord(at(d), 5000) for d in (700, 500, 300, 100, 10)])
    recompute(db)
    thin = explain_customer(db, one, TODAY)
    assert thin.figure("clv").too_little_data is True
    assert thin.figure("lifecycle_stage").too_little_data is True
    assert "Only one order, 120 days ago" in thin.figure("lifecycle_stage").rule
    solid = explain_customer(db, regular, TODAY)
    assert solid.figure("lifecycle_stage").too_little_data is False
    assert solid.figure("churn_warning").too_little_data is False
    assert solid.figure("r").too_little_data is False  # 40+ buyers


def test_explaining_before_any_recompute_works(db: Database) -> None:
    cid = add_customer(db, [Ord(at(3), 5000)])
    analysis = explain_customer(db, cid, TODAY)
    assert analysis.figure("status").value == "potential"  # stats not run yet
    assert analysis.result.lifecycle_stage == "exploration"


def test_unknown_customer(db: Database) -> None:
    with pytest.raises(NotFoundError):
        explain_customer(db, 999, TODAY)


def test_every_class_has_names_and_strategies() -> None:
    for kind, keys in CLASS_KINDS.items():
        for key in keys:
            assert label(kind, key)
            if kind not in ("relationship_status", "r_score", "f_score", "m_score"):
                assert label_zh(kind, key) != key
    assert label_zh("rfm_segment", "important_retain") == "重要挽留客户"
    assert label_zh("pyramid_level", "vip") == "VIP客户"
    assert all(strategy(v) for v in VALUE_CLASSES)
    assert label("rfm_segment", None) == ""
    assert set(RESULT_COLUMNS) >= {k for k in CLASS_KINDS if k != "relationship_status"}


def test_names_go_through_the_translator(shouting: None) -> None:
    assert label("lifecycle_stage", "decline") == "DECLINE"
    assert label("relationship_status", "lost") == "Lost customer"  # other context


def test_columns_and_views_name_stored_columns(db: Database) -> None:
    from sqlalchemy import text

    from crmdesk.services.analytics_text import analytics_columns, ready_views

    with db.session() as session:
        names = {r[1] for r in session.execute(text("PRAGMA table_info(customers)"))}
    assert {c.key for c in analytics_columns()} <= names
    assert {c.key for c in analytics_columns()} >= set(RESULT_COLUMNS)
    views = ready_views(TODAY)
    assert [v.key for v in views] == [
        "important_value",
        "important_retain",
        "churn_warning",
        "lost_by_value",
        "birthdays_this_month",
    ]
    for v in views:
        assert {col for col, _ in v.filters} <= names and v.sort_column in names
    assert dict(views[-1].filters)["birthday_month"] == (11,)
