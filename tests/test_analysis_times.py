"""Dates and times read as what they name, and told apart only where two reports' really differ."""

from __future__ import annotations

import pytest

from newsview.analysis.times import When, differ, when


@pytest.mark.parametrize(("text", "read"), [
    ("Friday, May 3, 2013", When("friday", 5, 3, 2013)),
    ("a 30-7 Oct. 19", When(month=10, day=19)),  # the day beside the month, not the score
    ("the 19th of October", When(month=10, day=19)),
    ("May 2010", When(month=5, year=2010)),
    ("late Thursday", When("thursday", hours=(18, 28))),
    ("Thursday afternoon", When("thursday", hours=(12, 18))),
    ("early Tuesday morning", When("tuesday", hours=(5, 8.5))),
    ("earlier Tuesday", When("tuesday")),  # when it was written from, no part of the day
    ("8.49pm", When(hours=(20 + 49 / 60, 20 + 49 / 60), clock=True)),
    ("1100 hrs", When(hours=(11, 11), clock=True)),
    ("8:00", When()),  # morning or evening
    ("60-day", When(length=(60, "day"))),
    ("the past three weeks", When(length=(3, "week"))),
    ("35-year-old", When()),  # an age, no length
    ("12 years from now", When()),  # a time to come, no length
])
def test_a_value_is_read_as_the_day_hours_or_length_it_names(text, read):
    assert when(text) == read


@pytest.mark.parametrize(("a", "b"), [
    ("May 2, 2013", "May 02, 2013"),
    ("11am", "11 a.m."),
    ("60-day", "60 days"),
    ("8 Years", "8-year"),
    ("Tuesday afternoon", "earlier Tuesday"),
    ("Tuesday", "Tuesday afternoon"),
    ("early Sunday", "Sunday morning"),
    ("Friday night", "1 a.m."),  # a night's small hours are the next morning's
    ("December 15 of this year", "December 15 2013"),
])
def test_one_time_written_two_ways_or_more_closely_does_not_differ(a, b):
    assert differ(when(a), when(b)) is None


@pytest.mark.parametrize(("a", "b"), [
    ("Thursday", "May 3"),  # which day of May is Thursday is not known here
    ("January 30", "about 30 days"),  # a day and a length
    ("19 seasons", "his 19th season"),
    ("3 a.m.", "5 a.m."),  # hours of no day named: perhaps of two days
])
def test_values_that_name_different_kinds_of_time_cannot_differ(a, b):
    assert differ(when(a), when(b)) is None


@pytest.mark.parametrize(("a", "b", "kind"), [
    ("Thursday afternoon", "late Thursday", "time"),
    ("Monday morning", "late Monday", "time"),
    ("early Sunday", "Sunday afternoon", "time"),
    ("May 3, 2013", "May 2, 2013", "date"),
    ("60 days", "90-day", "time"),
])
def test_parts_of_one_day_days_and_lengths_that_differ_do(a, b, kind):
    assert differ(when(a), when(b)) == kind
