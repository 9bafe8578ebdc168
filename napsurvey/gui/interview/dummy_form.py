"""The harmless questions shown in dummy mode: household water and market prices.

Built in code and never saved anywhere: when someone walks in, the monitor
switches to this (Ctrl+D or F9) and the screen shows an ordinary household
survey, then switches back without losing the real draft.
"""

from __future__ import annotations

import datetime
from functools import lru_cache

from napsurvey.forms.model import Form
from napsurvey.interview import CompiledForm, Interview, StartContext, compile_form

#: The languages the harmless questions are written in (the interface's three).
DUMMY_LANGUAGES = ("en", "fr", "ar")


def _t(en: str, fr: str, ar: str) -> dict[str, str]:
    return {"en": en, "fr": fr, "ar": ar}


@lru_cache(maxsize=1)
def dummy_form() -> CompiledForm:
    """The neutral household form (compiled once)."""
    form = Form.model_validate(
        {
            "settings": {
                "form_id": "household_water",
                "form_title": _t("Household water and market prices", "Eau des ménages et prix du marché", "مياه الأسرة وأسعار السوق"),
                "version": "1",
                "default_language": "en",
                "languages": ["en", "fr", "ar"],
            },
            "survey": [
                {"type": "begin_group", "name": "water", "label": _t("Drinking water", "Eau de boisson", "مياه الشرب")},
                {
                    "type": "select_one source",
                    "name": "water_source",
                    "label": _t(
                        "Where does your household get its drinking water?",
                        "Où votre ménage se procure-t-il l'eau de boisson ?",
                        "من أين تحصل أسرتك على مياه الشرب؟",
                    ),
                },
                {
                    "type": "integer",
                    "name": "water_minutes",
                    "constraint": ". >= 0 and . <= 600",
                    "label": _t(
                        "How many minutes does it take to fetch water, there and back?",
                        "Combien de minutes faut-il pour aller chercher l'eau, aller et retour ?",
                        "كم دقيقة يستغرق جلب الماء، ذهابًا وإيابًا؟",
                    ),
                    "constraint_message": _t(
                        "Enter minutes between 0 and 600.", "Saisissez un nombre de minutes entre 0 et 600.", "أدخل عدد دقائق بين 0 و600."
                    ),
                },
                {
                    "type": "select_one yes_no",
                    "name": "water_treated",
                    "label": _t(
                        "Do you treat the water before drinking it?", "Traitez-vous l'eau avant de la boire ?", "هل تعالجون الماء قبل شربه؟"
                    ),
                },
                {"type": "end_group"},
                {
                    "type": "begin_group",
                    "name": "market",
                    "appearance": "table-list",
                    "label": _t("Prices at the nearest market", "Prix au marché le plus proche", "الأسعار في أقرب سوق"),
                },
                {"type": "select_one trend", "name": "price_maize", "label": _t("Maize flour", "Farine de maïs", "دقيق الذرة")},
                {"type": "select_one trend", "name": "price_oil", "label": _t("Cooking oil", "Huile de cuisine", "زيت الطهي")},
                {"type": "select_one trend", "name": "price_soap", "label": _t("Soap", "Savon", "الصابون")},
                {"type": "end_group"},
                {
                    "type": "select_multiple goods",
                    "name": "goods_missing",
                    "label": _t(
                        "Which goods were hard to find this month?",
                        "Quels produits étaient difficiles à trouver ce mois-ci ?",
                        "ما السلع التي صعب العثور عليها هذا الشهر؟",
                    ),
                },
            ],
            "choices": {
                "source": [
                    {
                        "name": "tap",
                        "label": _t("Tap in the home or yard", "Robinet dans la maison ou la cour", "صنبور في المنزل أو الفناء"),
                    },
                    {"name": "standpipe", "label": _t("Public standpipe", "Borne-fontaine publique", "صنبور عام")},
                    {"name": "borehole", "label": _t("Borehole or protected well", "Forage ou puits protégé", "بئر ارتوازية أو بئر محمية")},
                    {"name": "river", "label": _t("River, lake or pond", "Rivière, lac ou mare", "نهر أو بحيرة أو بركة")},
                    {"name": "vendor", "label": _t("Water vendor or truck", "Vendeur ou camion d'eau", "بائع ماء أو شاحنة")},
                ],
                "yes_no": [{"name": "yes", "label": _t("Yes", "Oui", "نعم")}, {"name": "no", "label": _t("No", "Non", "لا")}],
                "trend": [
                    {"name": "higher", "label": _t("Higher than last month", "Plus cher que le mois dernier", "أغلى من الشهر الماضي")},
                    {"name": "same", "label": _t("About the same", "À peu près pareil", "تقريبًا كما هو")},
                    {"name": "lower", "label": _t("Lower than last month", "Moins cher que le mois dernier", "أرخص من الشهر الماضي")},
                ],
                "goods": [
                    {"name": "flour", "label": _t("Flour", "Farine", "الدقيق")},
                    {"name": "oil", "label": _t("Oil", "Huile", "الزيت")},
                    {"name": "fuel", "label": _t("Fuel or charcoal", "Carburant ou charbon", "الوقود أو الفحم")},
                    {"name": "medicine", "label": _t("Basic medicine", "Médicaments de base", "الأدوية الأساسية")},
                ],
            },
        }
    )
    return compile_form(form)


def start_dummy(language: str | None) -> Interview:
    """A fresh dummy interview (nothing of it is ever stored)."""
    return Interview.start(dummy_form(), StartContext(today=datetime.date.today(), language=language))
