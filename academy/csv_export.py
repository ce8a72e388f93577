"""CSV exports that spreadsheet software opens with the right accents and that can never run a formula."""

import csv
from collections.abc import Iterable

from django.http import HttpResponse

# A cell starting with one of these is read as a formula by spreadsheet software (CSV injection).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"  # so spreadsheet software reads the file as UTF-8


def safe_cell(value):
    """Return the value, with text that would start a formula prefixed by an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write_csv(handle, rows: Iterable[Iterable]) -> None:
    """Write the rows (the header first) to a text file, every cell neutralised."""
    handle.write(BOM)
    writer = csv.writer(handle)
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])


def csv_response(filename: str, rows: Iterable[Iterable]) -> HttpResponse:
    """An attachment download of the rows (the header first)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    write_csv(response, rows)
    return response
