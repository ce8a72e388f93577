"""allauth adapter: account emails go through the Celery queue instead of the request."""

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

from academy.emails import deliver_message_later


class AccountAdapter(DefaultAccountAdapter):
    """Send account emails through the Celery queue."""

    def send_mail(self, template_prefix, email, context):
        from allauth.core import context as allauth_context
        from django.contrib.sites.shortcuts import get_current_site

        request = allauth_context.request
        ctx = {"request": request, "email": email, "current_site": get_current_site(request)}
        ctx.update(context)
        deliver_message_later(self.render_mail(template_prefix, email, ctx))

    def is_open_for_signup(self, request):
        return getattr(settings, "ACCOUNT_ALLOW_SIGNUP", True)
