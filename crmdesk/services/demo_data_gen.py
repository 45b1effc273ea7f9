"""Pieces of a made-up customer: names, phones, places, buyer accounts, order numbers.

Every function draws from the ``random.Random`` it is given, so the same seed gives the
same shop. Used by the demo shop and by the benchmark's large database.
"""

from __future__ import annotations

import datetime as dt
import itertools
import random
import string

from crmdesk.services import demo_data as vocab

# Cumulative weights: each draw is then a bisect, not a sum over the whole list.
_SURNAME_CUM = tuple(itertools.accumulate(1.0 / (rank + 8) for rank in range(len(vocab.SURNAMES))))
_REGION_CUM = tuple(itertools.accumulate(vocab.REGION_WEIGHTS))
_HOUR_CUM = tuple(
    itertools.accumulate([1, 1, 1, 1, 1, 1, 1, 2, 3, 5, 6, 6] + [6] * 8 + [8, 9, 8, 4])
)
_ALNUM = string.ascii_lowercase + string.digits


def person_name(rng: random.Random, gender: str | None) -> str:
    """A common Chinese name: surname and one or two given-name characters."""
    if rng.random() < 0.01:
        surname = rng.choice(vocab.COMPOUND_SURNAMES)
    else:
        surname = rng.choices(vocab.SURNAMES, cum_weights=_SURNAME_CUM)[0]
    pool = vocab.GIVEN_FEMALE if gender == "F" else vocab.GIVEN_MALE
    if gender is None:
        pool = vocab.GIVEN_FEMALE + vocab.GIVEN_MALE
    if rng.random() < 0.35:
        return surname + rng.choice(pool)
    first = rng.choice(vocab.GIVEN_EITHER + pool)
    return surname + first + rng.choice(pool)


def mobile(rng: random.Random) -> str:
    """An 11-digit mainland mobile number."""
    return rng.choice(vocab.MOBILE_PREFIXES) + f"{rng.randrange(10**8):08d}"


def masked(phone: str) -> str:
    """The number as the platforms export it: 138****1234."""
    return phone[:3] + "****" + phone[-4:]


def region(rng: random.Random) -> tuple[str, str, str, str]:
    """(province, city, district, street address)."""
    province, city, districts = rng.choices(vocab.REGIONS, cum_weights=_REGION_CUM)[0]
    street = f"{rng.choice(vocab.STREETS)}{rng.randint(1, 999)}号"
    flat = f"{rng.randint(1, 30)}栋{rng.randint(1, 32)}0{rng.randint(1, 6)}室"
    address = street + rng.choice(vocab.COMPOUNDS) + flat
    return province, city, rng.choice(districts), address


def wechat_id(rng: random.Random) -> str:
    """A WeChat id as people set them (wxid_..., or a handle with digits)."""
    if rng.random() < 0.5:
        return "wxid_" + "".join(rng.choices(_ALNUM, k=12))
    head = "".join(rng.choices(string.ascii_lowercase, k=rng.randint(3, 7)))
    return f"{head}{rng.randint(1970, 2008)}"


def nick(rng: random.Random) -> str:
    """A buyer nickname (快乐的猫咪1988)."""
    tail = str(rng.randint(1, 2024)) if rng.random() < 0.6 else ""
    return rng.choice(vocab.NICK_HEADS) + rng.choice(vocab.NICK_TAILS) + tail


def buyer_account(rng: random.Random, platform: str) -> tuple[str, str]:
    """(buyer id, nickname) in the style of the platform's exports."""
    name = nick(rng)
    if platform == "taobao":
        return name + str(rng.randint(10, 99)), name
    if platform == "jd":
        return "jd_" + "".join(rng.choices(_ALNUM, k=12)), name
    if platform == "pdd":
        return "pdd" + f"{rng.randrange(10**11):011d}", name
    if platform == "douyin":
        return str(rng.randint(10**10, 10**11 - 1)), name
    return "o" + "".join(rng.choices(string.ascii_letters + string.digits, k=27)), name


def order_no(rng: random.Random, platform: str, at: dt.datetime) -> str:
    """An order number in the platform's format; kept as text (17-19 digits)."""
    if platform == "taobao":
        return str(rng.randint(2 * 10**18, 4 * 10**18 - 1))
    if platform == "jd":
        return str(rng.randint(2 * 10**11, 3 * 10**11 - 1))
    if platform == "pdd":
        return f"{at:%y%m%d}-{rng.randrange(10**15):015d}"
    if platform == "douyin":
        return "69" + f"{rng.randrange(10**17):017d}"
    if platform == "wechat":
        return "3" + f"{rng.randrange(10**18):018d}"
    return f"XS{at:%Y%m%d}{rng.randrange(10**6):06d}"


def birthday(rng: random.Random, today: dt.date) -> dt.date:
    """A birthday of someone between 18 and 62."""
    age_days = rng.randint(18 * 365, 62 * 365)
    return today - dt.timedelta(days=age_days)


def order_time(rng: random.Random, day: dt.date) -> dt.datetime:
    """A time on ``day``, busier in the evening as online shops are."""
    hour = rng.choices(range(24), cum_weights=_HOUR_CUM)[0]
    return dt.datetime.combine(day, dt.time(hour, rng.randrange(60), rng.randrange(60)))
