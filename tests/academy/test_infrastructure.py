"""The shared pieces every app uses: rate limiting, pagination, CSV export and the email path."""

import io

import pytest
from django.core import mail
from django.http import QueryDict
from django.utils.translation import gettext_lazy

from academy import emails
from academy.csv_export import csv_response, safe_cell, write_csv
from academy.pagination import page_of, query_without_page
from academy.ratelimit import rate_limit_exceeded


def test_rate_limit_allows_the_limit_then_refuses_per_scope_and_key():
    results = [rate_limit_exceeded(scope="test", key="a", limit=3, period=60) for _ in range(5)]
    assert results == [False, False, False, True, True]
    assert rate_limit_exceeded(scope="test", key="b", limit=3, period=60) is False
    assert rate_limit_exceeded(scope="other", key="a", limit=3, period=60) is False


@pytest.mark.parametrize(
    ("raw", "number"),
    [("", 1), ("2", 2), ("abc", 1), ("0", 3), ("-1", 3), ("999", 3), ("\x00", 1), ("2.5", 1)],
)
def test_a_page_number_from_the_url_never_breaks_the_list(raw, number):
    page = page_of(list(range(25)), QueryDict(f"page={raw}" if raw else ""), per_page=10)
    assert page.number == number


def test_pagination_links_keep_the_other_parameters_encoded():
    assert query_without_page(QueryDict("q=eau%20%26%20assainissement&page=3&theme=eau")) == (
        "q=eau+%26+assainissement&theme=eau"
    )


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x")', "+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_text_that_would_start_a_formula_is_neutralised(text):
    assert safe_cell(text) == "'" + text


def test_other_cells_are_unchanged():
    assert [safe_cell(v) for v in ("Bénin", 12, -3, None, "")] == ["Bénin", 12, -3, None, ""]


def test_csv_starts_with_a_bom_and_neutralises_every_cell():
    handle = io.StringIO()
    write_csv(handle, [["Nom", "Courriel"], ["=cmd|' /C calc'!A0", "=x@example.org"]])
    assert handle.getvalue() == "\ufeffNom,Courriel\r\n'=cmd|' /C calc'!A0,'=x@example.org\r\n"
    response = csv_response("export.csv", [["a"]])
    assert response["Content-Disposition"] == 'attachment; filename="export.csv"'
    assert response.content.decode() == "\ufeffa\r\n"


class _Learner:
    email = "aminata@example.org"

    def __init__(self, preferred_language):
        self.preferred_language = preferred_language


@pytest.mark.parametrize(
    ("preferred", "language"), [("en", "en"), ("pt", "pt"), ("ar", "ar"), ("xx", "fr"), ("", "fr")]
)
def test_email_language_is_the_preferred_one_when_the_academy_writes_it(preferred, language):
    assert emails.language_for(_Learner(preferred)) == language


def test_email_user_writes_in_the_learner_language_and_sends_now():
    sent = emails.email_user(
        _Learner("en"),
        subject=gettext_lazy("Your certificate: %(name)s"),
        subject_params={"name": "Module 1"},
        body_template="courses/email/session_reminder.txt",
        context={"user": None, "session": None, "module": None},
    )
    assert sent == 1
    assert mail.outbox[0].subject == "Your certificate: Module 1"
    assert mail.outbox[0].to == ["aminata@example.org"]
    assert "If you cannot attend" in mail.outbox[0].body


def test_deliver_later_waits_for_the_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        emails.deliver_later(to=["a@example.org"], subject="Bonjour", body="Corps")
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    assert [m.subject for m in mail.outbox] == ["Bonjour"]
