"""Create or refresh demo pages in place, so `load_demo` can run again."""

from demo.data import DemoDataError


def publish(page, *, under, **fields):
    """Set the page's fields, add it under its parent if it is new, publish it and return it."""
    for name, value in fields.items():
        setattr(page, name, value)
    if page.pk is None:
        under.add_child(instance=page)
    page.save_revision().publish()
    return page


def child_page(parent, model, slug: str, **fields):
    """Return the child page of `parent` with this slug, created or updated with the fields, and published."""
    page = model.objects.child_of(parent).filter(slug=slug).first() or model(slug=slug)
    return publish(page, under=parent, **fields)


def stream(model, field_name: str, items: list, where: str, defaults: dict | None = None) -> list[tuple]:
    """Turn data blocks ({type: value}, one per item) into StreamField blocks of `model.field_name`.

    A heading may be given as its text alone (an h2); `defaults` fills the fields a block leaves out.
    """
    child_blocks = model._meta.get_field(field_name).stream_block.child_blocks
    blocks = []
    for number, item in enumerate(items or [], start=1):
        if not isinstance(item, dict) or len(item) != 1:
            raise DemoDataError(f"{where}, block {number}: write one `type: value` per block, found {item!r}")
        ((block_type, value),) = item.items()
        if block_type not in child_blocks:
            raise DemoDataError(f"{where}, block {number}: unknown block type {block_type!r}")
        if block_type == "heading" and isinstance(value, str):
            value = {"text": value, "level": "h2"}
        if isinstance(value, dict):
            value = {**(defaults or {}).get(block_type, {}), **value}
        blocks.append((block_type, value))
    return blocks
