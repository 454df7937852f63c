"""Figures read as values: one amount, share or number however it is written."""

from __future__ import annotations

import pytest

from newsview.analysis.figures import differ, figure


@pytest.mark.parametrize(("text", "read"), [
    ("$1.5 million", ("$", 1.5e6)),
    ("$US1 million", ("$", 1e6)),
    ("one-million dollars", ("$", 1e6)),
    ("about 80 per cent", ("%", 80.0)),
    ("at least 1,200", ("", 1200.0)),
    ("a dozen", ("", 12.0)),
    ("euro30 billion", ("€", 3e10)),
    ("£5m", ("£", 5e6)),
    ("60m", ("", 60.0)),  # metres, perhaps: no currency, no millions
    ("52-3", None),  # a record: two numbers
    ("several", None),
])
def test_a_figure_is_read_as_its_unit_and_value(text, read):
    assert figure(text) == read


@pytest.mark.parametrize(("a", "b", "told"), [
    ("twenty", "20", False),
    ("0.41 percent", "0.41", False),  # a unit one side leaves out
    ("at least 12", "15", True),
    ("$40 billion", "euro30 billion", False),  # two currencies: perhaps one amount converted
    ("52-3", "58-3", None),
])
def test_figures_differ_only_in_their_values(a, b, told):
    assert differ(a, b) is told
