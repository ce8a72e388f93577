"""Admin wiring of the training cycle: the trainer's cohort views and their menu item."""

from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from courses import admin_views

admin_urlpatterns = [
    path("", admin_views.CohortIndexView.as_view(), name="cohorts"),
    path("cycles/<int:cycle_id>/", admin_views.CohortReportView.as_view(), name="report"),
    path("cycles/<int:cycle_id>/export.csv", admin_views.cohort_csv, name="report_csv"),
    path("sessions/<int:session_id>/presences/", admin_views.AttendanceView.as_view(), name="attendance"),
]


@hooks.register("register_admin_urls")
def register_cohort_urls():
    return [path("cohortes/", include((admin_urlpatterns, "courses_admin"), namespace="courses_admin"))]


class CohortMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.REPORT_PERMISSION)


@hooks.register("register_admin_menu_item")
def register_cohort_menu_item():
    return CohortMenuItem(_("Cohorts"), reverse("courses_admin:cohorts"), icon_name="group", order=250)
