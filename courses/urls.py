"""URLs of the courses app (mounted under the language prefix by academy.urls)."""

from django.urls import path

from courses import views

app_name = "courses"
urlpatterns = [
    path("parcours/", views.dashboard, name="dashboard"),
    path("parcours/inscription/", views.enrol, name="enrol"),
    path("parcours/lecon-terminee/", views.lesson_complete, name="lesson_complete"),
    path("parcours/modules/<int:module_id>/quiz/", views.quiz, name="quiz"),
    path("parcours/quiz/resultats/<int:attempt_id>/", views.quiz_result, name="quiz_result"),
    path("parcours/sessions/<int:session_id>/inscription/", views.session_register, name="session_register"),
    path(
        "parcours/sessions/<int:session_id>/desinscription/",
        views.session_unregister,
        name="session_unregister",
    ),
    path("parcours/sessions/<int:session_id>/agenda.ics", views.session_ics, name="session_ics"),
]
