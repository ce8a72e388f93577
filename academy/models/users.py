from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.translation import gettext_lazy as _

CERTIFICATE_NAME_MAX_LENGTH = 150


class UserManager(BaseUserManager):
    """Create users identified by their email address (there is no username)."""

    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person using the Academy: learner, trainer or administrator, signed in by email."""

    class Role(models.TextChoices):
        ELECTED = "elected", _("Elected official")
        COOPERATION_OFFICER = "cooperation_officer", _("Decentralised cooperation officer")
        TECHNICAL = "technical", _("Technical or administrative staff")
        PARTNER = "partner", _("Partner organisation or association")
        TRAINER = "trainer", _("Trainer")
        OTHER = "other", _("Other")

    username = None
    first_name = None
    last_name = None
    email = models.EmailField(_("email address"), unique=True)
    full_name = models.CharField(
        _("full name"),
        max_length=CERTIFICATE_NAME_MAX_LENGTH,
        blank=True,
        help_text=_("Exactly as it must appear on your certificates."),
    )
    country = models.ForeignKey(
        "academy.Country",
        verbose_name=_("country"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation = models.CharField(
        _("local government or organisation"),
        max_length=200,
        blank=True,
    )
    role = models.CharField(_("role"), max_length=32, choices=Role.choices, blank=True)
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.CONTENT_LANGUAGES,
        default="fr",
    )
    light_mode = models.BooleanField(
        _("light mode"),
        default=False,
        help_text=_("Save mobile data: pick the lightest video quality and skip decorative images."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self):
        return self.full_name or self.email

    def get_full_name(self):
        return self.full_name or self.email

    def get_short_name(self):
        return self.full_name.split(" ")[0] if self.full_name else self.email
