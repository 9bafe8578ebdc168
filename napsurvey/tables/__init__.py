"""Disclosure-controlled tables: assembly from imported counts, and the CSV/XLSX/JSON/DHIS2 writers."""
