"""The trainer's view in the Wagtail admin: each cycle's learners and progress, CSV export, attendance."""

from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from academy.csv_export import csv_response
from courses import selectors, services
from courses.models import ModuleSession, TrainingCyclePage

REPORT_PERMISSION = "courses.view_cohort_report"
ATTENDANCE_PERMISSION = "courses.change_sessionregistration"


@method_decorator(permission_required(REPORT_PERMISSION, raise_exception=True), name="dispatch")
class CohortIndexView(WagtailAdminTemplateMixin, TemplateView):
    """List the cycles and their sessions, with links to the reports and attendance sheets."""

    template_name = "courses/admin/cohort_index.html"
    page_title = gettext_lazy("Cohorts")
    header_icon = "group"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        cycles = list(TrainingCyclePage.objects.annotate(learners=Count("enrolments")).order_by("path"))
        context["cycles"] = cycles
        context["sessions"] = (
            ModuleSession.objects.select_related("module")
            .annotate(registered=Count("registrations"))
            .order_by("-starts_at")
        )
        return context


@method_decorator(permission_required(REPORT_PERMISSION, raise_exception=True), name="dispatch")
class CohortReportView(WagtailAdminTemplateMixin, TemplateView):
    """One cycle: each learner's progress per module, best quiz score and attendance."""

    template_name = "courses/admin/cohort_report.html"
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        self.cycle = get_object_or_404(TrainingCyclePage, pk=kwargs["cycle_id"])
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return self.cycle.title

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_admin:cohorts"), "label": _("Cohorts")},
            {"url": "", "label": self.cycle.title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        header, rows = selectors.cohort_report(cycle=self.cycle)
        context.update(cycle=self.cycle, header=header, rows=rows)
        return context


def _yes_no(value: bool) -> str:
    return _("yes") if value else _("no")


@permission_required(REPORT_PERMISSION, raise_exception=True)
def cohort_csv(request, cycle_id: int):
    """Export the cohort report as CSV (one row per learner, four columns per module)."""
    cycle = get_object_or_404(TrainingCyclePage, pk=cycle_id)
    header, rows = selectors.cohort_report(cycle=cycle)
    return csv_response(f"cohorte-{cycle.slug}.csv", _cohort_rows(header, rows))


def _cohort_rows(header, rows):
    columns = [_("Name"), _("Email"), _("Country"), _("Organisation"), _("Enrolled on"), _("Progress (%)")]
    for item in header:
        number = item.module.number
        columns += [
            _("Module %(n)s lessons") % {"n": number},
            _("Module %(n)s best quiz score (%%)") % {"n": number},
            _("Module %(n)s attended") % {"n": number},
            _("Module %(n)s complete") % {"n": number},
        ]
    yield columns
    for row in rows:
        user = row.enrolment.user
        line = [
            user.full_name,
            user.email,
            str(user.country or ""),
            user.organisation,
            row.enrolment.created_at.date().isoformat(),
            row.percent,
        ]
        for progress, best in row.cells():
            line += [
                f"{progress.lessons_done}/{len(progress.lessons)}",
                "" if best is None else best,
                _yes_no(progress.session_attended) if progress.session_required else "",
                _yes_no(progress.complete),
            ]
        yield line


@method_decorator(permission_required(ATTENDANCE_PERMISSION, raise_exception=True), name="dispatch")
class AttendanceView(WagtailAdminTemplateMixin, TemplateView):
    """Tick who attended a session; attendance may complete learners' modules."""

    template_name = "courses/admin/attendance.html"
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        self.session = get_object_or_404(
            ModuleSession.objects.select_related("module"), pk=kwargs["session_id"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_page_title(self):
        return _("Attendance: %(title)s") % {"title": self.session.title}

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse("courses_admin:cohorts"), "label": _("Cohorts")},
            {"url": "", "label": self.get_page_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["session"] = self.session
        context["registrations"] = self.session.registrations.select_related("user").order_by(
            "user__full_name"
        )
        return context

    def post(self, request, *args, **kwargs):
        ids = {int(value) for value in request.POST.getlist("attended") if value.isdigit()}
        changed = services.session_attendance_set(session=self.session, attended_user_ids=ids)
        messages.success(request, _("Attendance saved (%(n)s change(s)).") % {"n": changed})
        return redirect("courses_admin:attendance", session_id=self.session.pk)
