"""Visit counting: once per visitor a day, bots ignored, no DB write per view, flushes survive Redis."""

from datetime import date

import pytest
import redis
from django.urls import reverse

from courses.video import services, stats
from courses.video.models import VideoDailyViews
from courses.video.selectors import fiscal_year_of, views_per_fiscal_year, views_per_video

FIREFOX = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"
ANDROID = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 Chrome/124.0 Mobile Safari/537.36"


@pytest.fixture
def real_redis(redis_url):
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    yield client
    client.flushdb()


def test_views_are_deduplicated_per_visitor_and_bots_ignored(real_redis, ready_video):
    video = ready_video()
    assert stats.view_record(video_id=video.pk, ip="198.51.100.7", user_agent=FIREFOX)
    assert not stats.view_record(video_id=video.pk, ip="198.51.100.7", user_agent=FIREFOX)
    assert stats.view_record(video_id=video.pk, ip="198.51.100.7", user_agent=ANDROID)
    assert stats.view_record(video_id=video.pk, ip="203.0.113.9", user_agent=FIREFOX)
    for bot in ("Googlebot/2.1 (+http://www.google.com/bot.html)", "curl/8.5.0", "", "HeadlessChrome/120"):
        assert not stats.view_record(video_id=video.pk, ip="192.0.2.1", user_agent=bot)
    # No IP address is kept anywhere in Redis.
    for key in real_redis.keys("*"):
        assert b"198.51.100.7" not in key
        if real_redis.type(key) == b"hash":
            assert all(b"198.51" not in f for f in real_redis.hkeys(key))
    assert services.views_flush() == 3
    assert VideoDailyViews.objects.get(video=video).views == 3


def test_the_media_link_counts_without_writing_to_the_database(
    real_redis, ready_video, client, django_assert_num_queries
):
    video = ready_video()
    url = reverse("video:media", kwargs={"pk": video.pk, "label": "240p"})
    with django_assert_num_queries(1):  # the rendition lookup only
        response = client.get(url, HTTP_USER_AGENT=FIREFOX)
    assert response.status_code == 302
    assert response["Location"].endswith(".mp4")
    client.get(url + "?telecharger=1", HTTP_USER_AGENT=FIREFOX)  # same visitor, same day
    assert services.views_flush() == 1
    assert client.get(reverse("video:media", kwargs={"pk": video.pk, "label": "8k"})).status_code == 404


def test_flushed_counts_survive_losing_redis(real_redis, ready_video):
    video = ready_video()
    for n in range(4):
        stats.view_record(video_id=video.pk, ip=f"198.51.100.{n}", user_agent=FIREFOX)
    assert services.views_flush() == 4
    real_redis.flushdb()  # Redis restarted empty
    video.refresh_from_db()
    assert video.view_count == 4
    assert VideoDailyViews.objects.get(video=video).views == 4
    assert services.views_flush() == 0
    stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    assert services.views_flush() == 1
    video.refresh_from_db()
    assert video.view_count == 5


def test_a_crashed_flush_is_completed_next_time(real_redis, ready_video):
    video = ready_video()
    stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    batch, counts = stats.store().take_pending()  # moved aside, then the process died before writing
    assert batch and counts
    stats.view_record(video_id=video.pk, ip="198.51.100.2", user_agent=FIREFOX)
    assert services.views_flush() == 1  # the set aside counts first
    assert services.views_flush() == 1  # then the newer ones
    assert VideoDailyViews.objects.get(video=video).views == 2


@pytest.mark.parametrize("backend", ["redis", "cache"])
def test_a_flush_that_crashed_after_writing_never_counts_twice(
    backend, real_redis, settings, ready_video, monkeypatch
):
    if backend == "cache":
        settings.REDIS_URL = ""
    video = ready_video()
    stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    store_class = type(stats.store())
    real_finish = store_class.finish
    monkeypatch.setattr(store_class, "finish", lambda self, batch: None)  # died after the commit
    assert services.views_flush() == 1
    monkeypatch.setattr(store_class, "finish", real_finish)
    stats.view_record(video_id=video.pk, ip="198.51.100.2", user_agent=FIREFOX)
    assert services.views_flush() == 0  # the batch is in the database already: only cleared
    assert services.views_flush() == 1  # then the newer count
    video.refresh_from_db()
    assert video.view_count == 2
    assert VideoDailyViews.objects.get(video=video).views == 2


def test_finishing_a_flush_never_deletes_a_newer_batch(real_redis, ready_video):
    video = ready_video()
    stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    batch, _counts = stats.store().take_pending()
    stats.store().finish("another-batch")  # a late flush finishing what it took earlier
    assert stats.store().take_pending() == (batch, _counts)
    stats.store().finish(batch)
    assert stats.store().take_pending() == ("", {})


def test_without_redis_the_cache_stands_in(settings, ready_video):
    settings.REDIS_URL = ""
    video = ready_video()
    assert stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    assert not stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    assert services.views_flush() == 1


def test_fiscal_years_follow_the_site_setting(ready_video):
    first, second = ready_video(title="Premier"), ready_video(title="Second")
    VideoDailyViews.objects.create(video=first, date=date(2025, 3, 31), views=5)
    VideoDailyViews.objects.create(video=first, date=date(2025, 4, 1), views=7)
    VideoDailyViews.objects.create(video=second, date=date(2026, 1, 15), views=3)
    assert fiscal_year_of(date(2025, 3, 31), 4) == 2024
    years = views_per_fiscal_year(4)
    assert [(fy.label, fy.views, fy.percent) for fy in years] == [
        ("2024–2025", 5, 50),
        ("2025–2026", 10, 100),
    ]
    assert [(fy.label, fy.views) for fy in views_per_fiscal_year(1)] == [("2025", 12), ("2026", 3)]
    rows = list(views_per_video(year=2025, start_month=4))
    assert [(r["title"], r["period_views"]) for r in rows] == [("Premier", 7), ("Second", 3)]


def test_admin_report_and_csv(ready_video, client, site_tree):
    from academy.models import SiteSettings

    video = ready_video(title="Principes")
    VideoDailyViews.objects.create(video=video, date=date(2025, 5, 2), views=9)
    site_settings = SiteSettings.objects.first()
    site_settings.fiscal_year_start_month = 4
    site_settings.save()
    client.force_login(site_tree.objects["trainer@example.org"])
    url = reverse("video_admin:statistics")
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Vues par exercice" in html and "2025–2026" in html and "Principes" in html
    csv_response = client.get(url + "?format=csv&annee=2025")
    text = csv_response.content.decode("utf-8-sig")
    assert csv_response["Content-Type"].startswith("text/csv")
    assert "2025–2026,9" in text and "Principes,2025,9" in text
    assert client.get(url + "?annee=inconnue").status_code == 200


def test_report_is_hidden_from_learners(client, make_user):
    client.force_login(make_user())
    assert client.get(reverse("video_admin:statistics")).status_code in (302, 403, 404)


def test_the_report_includes_views_not_yet_flushed(real_redis, ready_video, client, site_tree):
    video = ready_video(title="Monter un partenariat")
    stats.view_record(video_id=video.pk, ip="198.51.100.1", user_agent=FIREFOX)
    client.force_login(site_tree.objects["trainer@example.org"])
    response = client.get(reverse("video_admin:statistics"))
    assert response.status_code == 200
    assert "Monter un partenariat" in response.content.decode()
    assert VideoDailyViews.objects.get(video=video).views == 1
