"""The cell key method's parts, with values worked out by hand."""

from __future__ import annotations

import numpy as np
import polars as pl
import pytest

from dashboard.metrics.perturbation import (
    KEY_RANGE,
    MAGNITUDE_KEY_STEP,
    MAX_NOISE,
    magnitude_keys,
    mix,
    noise,
    noise_of_slot,
    publish,
    publish_magnitude,
)


def test_mix_is_splitmix64():
    # SplitMix64 seeded with 0 first adds its increment 0x9E3779B97F4A7C15 and finalises: its first
    # output, published with the generator (Steele, Lea and Flood 2014; Vigna's reference code), is
    # 0xE220A8397B1DCDAF; the second (state twice the increment) is 0x6E789E6AA1B965F4
    assert mix(np.array([0, 0x9E3779B97F4A7C15], dtype=np.uint64), 0x9E3779B97F4A7C15).tolist() == [
        0xE220A8397B1DCDAF, 0x6E789E6AA1B965F4]


def test_the_secret_changes_every_noise():
    keys = np.arange(1000, dtype=np.uint64)
    assert (mix(keys, 1) != mix(keys, 2)).all()


@pytest.mark.parametrize("slot, expected", [
    (0, -4), (1, -4), (2, -3), (9, -3), (10, -2), (49, -2), (50, -1), (249, -1), (250, 0), (749, 0),
    (750, 1), (949, 1), (950, 2), (989, 2), (990, 3), (997, 3), (998, 4), (999, 4)])
def test_noise_of_each_slot_follows_the_weights(slot, expected):
    # weights 2, 8, 40, 200, 500, 200, 40, 8, 2 thousandths from −4 to +4
    assert noise_of_slot(np.array([slot])).tolist() == [expected]


def test_noise_is_spread_as_weighed_and_bounded():
    counts = noise(pl.Series(np.arange(200_000, dtype=np.int64)), 7).value_counts().sort("")
    shares = dict(zip(counts[""].to_list(), (counts["count"] / 200_000).to_list()))
    assert set(shares) <= set(range(-MAX_NOISE, MAX_NOISE + 1)) and MAX_NOISE == 4
    assert shares[0] == pytest.approx(0.5, abs=0.01) and shares[1] == pytest.approx(0.2, abs=0.01)
    assert shares[-2] == pytest.approx(0.04, abs=0.005)


def test_noise_of_a_null_key_is_that_of_zero():
    assert noise(pl.Series([None, 0], dtype=pl.Int64), 3).to_list()[0] == noise(pl.Series([0]), 3)[0]


@pytest.mark.parametrize("count, e, published", [
    (0, 3, 0),  # zero stays zero
    (1, -2, 1), (1, 0, 1), (1, 2, 3), (1, 4, 4),  # small: kept within 1..4
    (4, -4, 1), (4, -1, 3), (4, 1, 4),
    (5, 0, 5), (5, 2, 7), (5, -1, 6), (5, -4, 9),  # below 5 it is moved up by the noise instead
    (6, -1, 5), (6, -2, 8), (100, -4, 96), (100, 4, 104),
    (None, 1, None),
])
def test_publish(count, e, published):
    frame = pl.DataFrame({"n": [count], "e": [e]}, schema={"n": pl.Int64, "e": pl.Int64})
    assert frame.select(publish(pl.col("n"), pl.col("e"), threshold=5))["n"].to_list() == [published]


def test_publish_follows_the_threshold():
    frame = pl.DataFrame({"n": [10, 10], "e": [-3, 3]})
    # 10 is small under 11: 10 − 3 = 7 stays, 10 + 3 = 13 is brought back to 10
    assert frame.select(publish(pl.col("n"), pl.col("e"), threshold=11))["n"].to_list() == [7, 10]


@pytest.mark.parametrize("days, count, e, published", [
    (100, 4, 0, 100), (100, 4, 1, 125), (100, 3, -1, 67),  # 100 − 33.3 rounded
    (0, 0, 2, 0), (10, 0, 2, 10),
    (30, 1, 1, 60)])  # one episode's 30 days: its mean is itself
def test_days_move_by_whole_means_rounded_to_a_day(days, count, e, published):
    frame = pl.DataFrame({"d": [days], "n": [count], "e": [e]})
    assert frame.select(publish_magnitude(pl.col("d"), pl.col("n"), pl.col("e")))["d"].to_list() == [published]


def test_a_sum_of_days_has_a_key_of_its_own():
    keys = pl.Series([0, KEY_RANGE - 1])
    assert magnitude_keys(keys).to_list() == [MAGNITUDE_KEY_STEP, MAGNITUDE_KEY_STEP - 1]


def _unmixed(target: int, secret: int) -> int:
    """The key that `mix` takes to target: SplitMix64's finaliser undone step by step (each xor-shift
    by repeating it, each product by the odd factor's inverse modulo 2^64)."""
    def unshift(y: int, s: int) -> int:
        x = y
        for _ in range(64 // s + 1):
            x = y ^ (x >> s)
        return x
    z = unshift(target, 31)
    z = unshift(z * pow(0x94D049BB133111EB, -1, 2**64) % 2**64, 27)
    z = unshift(z * pow(0xBF58476D1CE4E5B9, -1, 2**64) % 2**64, 30)
    return (z - secret) % 2**64


def test_the_extreme_mixed_keys_take_the_extreme_noises():
    # the largest mixed value lies in the last of the 1000 slots (+4), the smallest in the first (−4)
    secret = 12345
    keys = [_unmixed(2**64 - 1, secret), _unmixed(0, secret)]
    assert mix(np.array(keys, dtype=np.uint64), secret).tolist() == [2**64 - 1, 0]
    assert noise(pl.Series(keys, dtype=pl.UInt64), secret).to_list() == [4, -4]


def test_the_slots_are_thousandths_of_the_range():
    # the first two slots (−4) end where the top 32 bits reach 2/1000 of 2^32 = 8 589 934.592
    secret = 99
    keys = [_unmixed(top << 32, secret) for top in (8_589_934, 8_589_935)]
    assert noise(pl.Series(keys, dtype=pl.UInt64), secret).to_list() == [-4, -3]
