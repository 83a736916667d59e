"""The self-contained HTML report; its page builders are shared with the web app."""

from sourcetrace.report.data import ReportData
from sourcetrace.report.links import AppLinks, Links
from sourcetrace.report.page import frame, render_report, section, write_report

__all__ = ["AppLinks", "Links", "ReportData", "frame", "render_report", "section", "write_report"]
