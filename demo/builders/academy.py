"""Demo content of the foundation: taxonomies, the home and "À propos" pages, site settings, accounts."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group
from wagtail.models import Page, Site

from academy.models import Country, HomePage, Language, ProjectStage, SiteSettings, StandardPage, Theme, User
from academy.roles import MODERATORS, TRAINERS
from demo import data
from demo.pages import child_page, publish, stream
from demo.registry import DemoContext, register

# The staff roles an account of academy/accounts.yaml may list, and the groups they stand for.
STAFF_ROLES = {"trainers": TRAINERS, "moderators": MODERATORS}
ACCOUNT_FIELDS = ("email", "full_name", "role", "country", "organisation")


@register(0, "taxonomies")
def build_taxonomies(context: DemoContext) -> None:
    taxonomies = data.load("academy/taxonomies")
    for spec in taxonomies["countries"]:
        Country.objects.update_or_create(
            iso_code=spec["iso_code"], defaults={"name": spec["name"], "is_african": spec["is_african"]}
        )
    for spec in taxonomies["themes"]:
        Theme.objects.update_or_create(slug=spec["slug"], defaults={"name": spec["name"]})
    for spec in taxonomies["languages"]:
        Language.objects.update_or_create(code=spec["code"], defaults={"name": spec["name"]})
    for spec in taxonomies["project_stages"]:
        ProjectStage.objects.update_or_create(
            number=spec["number"], defaults={"name": spec["name"], "description": spec["description"]}
        )


@register(10, "site tree")
def build_site_tree(context: DemoContext) -> None:
    site_data = data.load("academy/site")
    spec = data.fields(
        site_data["home"], "home", required=("title", "slug", "hero_title", "hero_text", "body")
    )
    home = HomePage.objects.first() or HomePage(slug=spec["slug"])
    publish(
        home,
        under=Page.get_first_root_node(),
        title=spec["title"],
        hero_title=spec["hero_title"],
        hero_text=spec["hero_text"],
        body=stream(HomePage, "body", spec["body"], "home"),
    )

    # Point the default site at the home page and drop Wagtail's placeholder welcome page.
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.site_name = (
        site_data["site"][key] for key in ("hostname", "port", "site_name")
    )
    site.root_page = home
    site.save()
    Page.objects.filter(depth=2).exclude(pk=home.pk).filter(content_type__model="page").delete()

    spec = data.fields(site_data["about"], "about", required=("title", "slug", "introduction", "body"))
    child_page(
        home,
        StandardPage,
        spec["slug"],
        title=spec["title"],
        show_in_menus=True,
        introduction=spec["introduction"],
        body=stream(StandardPage, "body", spec["body"], "about"),
    )
    context.objects["home"] = home

    settings_obj = SiteSettings.for_site(site)
    for name, value in site_data["settings"].items():
        if not hasattr(settings_obj, name):
            raise data.DemoDataError(f"settings: SiteSettings has no field {name!r}")
        setattr(settings_obj, name, value)
    settings_obj.save()


@register(20, "demo accounts")
def build_accounts(context: DemoContext) -> None:
    accounts = data.load("academy/accounts")
    countries = {country.iso_code: country for country in Country.objects.all()}
    for spec in accounts["accounts"]:
        where = f"account {spec.get('email')}"
        data.fields(
            spec, where, required=ACCOUNT_FIELDS, optional=("is_staff", "is_superuser", "staff_roles")
        )
        if spec["role"] not in User.Role.values or not set(spec.get("staff_roles", [])) <= set(STAFF_ROLES):
            raise data.DemoDataError(f"{where}: unknown role or staff role")
        user, _created = User.objects.get_or_create(email=spec["email"])
        user.full_name, user.role, user.organisation = spec["full_name"], spec["role"], spec["organisation"]
        user.country = countries[spec["country"]]
        user.is_staff, user.is_superuser = spec.get("is_staff", False), spec.get("is_superuser", False)
        user.set_password(accounts["password"])
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=user.email, defaults={"verified": True, "primary": True}
        )
        for role in spec.get("staff_roles", []):
            group, _ = Group.objects.get_or_create(name=STAFF_ROLES[role])
            user.groups.add(group)
        context.objects[user.email] = user
