"""The fixed text of the report in English, French and Arabic."""

from __future__ import annotations

SUPPRESSED_MARK = "\u2298"  # ⊘, in DejaVu Sans: where a chart draws no bar
#: How a table cell shows a value below the threshold (as the CSV and XLSX files do).
BELOW = "< {threshold}"

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Women, Peace and Security — community monitoring summary",
        "subtitle": "National Action Plan monitoring: protected summary tables",
        "period": "Period covered: {period}",
        "all_periods": "every released period",
        "generated": "Generated on {day}",
        "organisation": "Prepared by the monitoring coordination team",
        "page": "page {n} of {total}",
        "contents": "Contents",
        "total": "Total",
        "coverage": "Coverage",
        "coverage_intro": (
            "These figures come from {bundles} bundle(s) sent by {reporting} of {devices} enrolled monitoring "
            "device(s), made between {first} and {last}."
        ),
        "coverage_none": "No bundle has been imported yet.",
        "gaps": "{missing} bundle(s) from {devices} device(s) have not arrived yet; the counts below are incomplete "
                "for those devices.",
        "no_gaps": "No bundle is missing: every device's sequence is complete.",
        "interviews": "Interviews per questionnaire and period",
        "questionnaire": "Questionnaire",
        "high": "highly sensitive (threshold {threshold})",
        "indicators": "Indicators",
        "form": "Questionnaire: {form}",
        "source": "Source: {source}",
        "table_by": "{answer} by {by}",
        "chart": "Counts by answer",
        "legend": (
            "Counts are changed by at most {d} to protect respondents, totals too, so a column may not add up to "
            "its total. \u201c< {threshold}\u201d: below {threshold}; it may be 0, it is not zero and must not be "
            "added up. Percentages are of the column total and are shown only when both counts are published."
        ),
        "chart_legend": "{mark}: below the threshold — no bar is drawn.",
        "suppressed_cells": "{n} of {total} cells below the threshold.",
        "footer_note": "Counts perturbed by at most {d} to protect respondents; totals too, so tables may not add up.",
        "method": "Methodology and ethics",
        "method_body": (
            "Monitors collected answers offline on encrypted laptops. Names and other direct identifiers were "
            "used only during the interview and never stored; ages were kept as age groups, places as regions, "
            "dates as months. Only counts left the monitors' devices, in encrypted and signed bundles that the "
            "monitors themselves cannot read back.\n"
            "Disclosure control: every figure comes from a release, the protected tables of one questionnaire "
            "for one closed period, recorded by the coordinator. Each count is changed by a small amount (at "
            "most {d}, most often 0, 1 or 2) fixed by the records behind it (the cell-key method of national "
            "statistical offices): the same people always get the same value, in every table and report, so "
            "comparing outputs gives back only these small changes. Values below {threshold} are not printed. "
            "Totals are perturbed like any cell and counted from the records, never by adding up the published "
            "cells, so a column may not add up to its total. Percentages use published counts only.\n"
            "{suppressed} of {cells} published cells are below the threshold in this report."
        ),
        "thresholds": "Thresholds used: {values}; highly sensitive questionnaires use the higher value.",
        "who": (
            "The collection followed the World Health Organization's Ethical and safety recommendations for "
            "researching, documenting and monitoring sexual violence in emergencies (2007): benefits outweigh "
            "risks; least risk and sound method; referral services in place before any disclosure; safety of "
            "everyone involved (quick-hide, neutral screens, automatic locking); confidentiality (encryption at "
            "rest, anonymisation at completion, aggregate-only exports); informed consent before any question, "
            "with the right to decline any question or stop; a selected and trained team; and special protection "
            "for children (under-18 respondents are routed to a child protocol or the interview ends kindly)."
        ),
        "limits": (
            "Limits: these are monitoring figures from the places monitors could reach, not a random sample of "
            "the population. They describe the people interviewed and must not be read as national prevalence."
        ),
    },
    "fr": {
        "title": "Femmes, paix et sécurité — synthèse du suivi communautaire",
        "subtitle": "Suivi du Plan d'action national : tableaux de synthèse protégés",
        "period": "Période couverte : {period}",
        "all_periods": "toutes les périodes publiées",
        "generated": "Produit le {day}",
        "organisation": "Préparé par l'équipe de coordination du suivi",
        "page": "page {n} sur {total}",
        "contents": "Sommaire",
        "total": "Total",
        "coverage": "Couverture",
        "coverage_intro": (
            "Ces chiffres proviennent de {bundles} lot(s) envoyé(s) par {reporting} des {devices} appareil(s) de "
            "suivi enregistrés, produits entre le {first} et le {last}."
        ),
        "coverage_none": "Aucun lot n'a encore été importé.",
        "gaps": "{missing} lot(s) de {devices} appareil(s) ne sont pas encore arrivés ; les effectifs ci-dessous "
                "sont incomplets pour ces appareils.",
        "no_gaps": "Aucun lot ne manque : la séquence de chaque appareil est complète.",
        "interviews": "Entretiens par questionnaire et par période",
        "questionnaire": "Questionnaire",
        "high": "très sensible (seuil {threshold})",
        "indicators": "Indicateurs",
        "form": "Questionnaire : {form}",
        "source": "Source : {source}",
        "table_by": "{answer} par {by}",
        "chart": "Effectifs par réponse",
        "legend": (
            "Les effectifs sont modifiés d'au plus {d} pour protéger les personnes interrogées, les totaux aussi : "
            "une colonne peut ne pas tomber sur son total. « < {threshold} » : inférieur à {threshold} ; ce peut "
            "être 0, ce n'est pas zéro et il ne faut pas l'additionner. Les pourcentages portent sur le total de "
            "la colonne et ne figurent que si les deux effectifs sont publiés."
        ),
        "chart_legend": "{mark} : sous le seuil — aucune barre n'est tracée.",
        "suppressed_cells": "{n} cases sous le seuil sur {total}.",
        "footer_note": "Effectifs modifiés d'au plus {d} pour protéger les personnes ; totaux aussi : les tableaux "
                       "peuvent ne pas tomber juste.",
        "method": "Méthodologie et éthique",
        "method_body": (
            "Les observatrices et observateurs ont recueilli les réponses hors ligne sur des ordinateurs chiffrés. "
            "Les noms et autres identifiants directs n'ont servi que pendant l'entretien et n'ont jamais été "
            "enregistrés ; les âges sont conservés par tranche, les lieux par région, les dates au mois. Seuls des "
            "effectifs ont quitté les appareils, dans des lots chiffrés et signés que les observateurs eux-mêmes "
            "ne peuvent pas relire.\n"
            "Contrôle de la divulgation : chaque chiffre provient d'une publication, les tableaux protégés d'un "
            "questionnaire pour une période close, enregistrée par le coordinateur. Chaque effectif est modifié "
            "d'une petite valeur (au plus {d}, le plus souvent 0, 1 ou 2) fixée par les fiches qui le composent "
            "(la méthode de la clé de cellule des instituts nationaux de statistique) : les mêmes personnes ont "
            "toujours la même valeur, dans chaque tableau et chaque rapport, et comparer des sorties ne rend que "
            "ces petites modifications. Les valeurs inférieures à {threshold} ne sont pas imprimées. Les totaux "
            "sont perturbés comme toute case et comptés à partir des fiches, jamais en additionnant les cases "
            "publiées : une colonne peut donc ne pas correspondre à son total. Les pourcentages n'utilisent que "
            "des effectifs publiés.\n"
            "{suppressed} des {cells} cases publiées sont sous le seuil dans ce rapport."
        ),
        "thresholds": "Seuils appliqués : {values} ; les questionnaires très sensibles utilisent la valeur la plus "
                      "élevée.",
        "who": (
            "La collecte a suivi les Recommandations éthiques et de sécurité de l'Organisation mondiale de la Santé "
            "pour la recherche, la documentation et le suivi de la violence sexuelle dans les situations d'urgence "
            "(2007) : des bénéfices supérieurs aux risques ; un risque minimal et une méthode solide ; des services "
            "d'orientation en place avant toute révélation ; la sécurité de toutes les personnes concernées "
            "(masquage rapide, écrans neutres, verrouillage automatique) ; la confidentialité (chiffrement, "
            "anonymisation à la fin de l'entretien, exports agrégés uniquement) ; le consentement éclairé avant "
            "toute question, avec le droit de refuser une question ou d'arrêter ; une équipe choisie et formée ; "
            "et une protection particulière des enfants (les moins de 18 ans suivent un protocole dédié ou "
            "l'entretien se termine avec bienveillance)."
        ),
        "limits": (
            "Limites : ces chiffres de suivi proviennent des lieux que les observateurs ont pu atteindre ; ce n'est "
            "pas un échantillon aléatoire de la population. Ils décrivent les personnes interrogées et ne doivent "
            "pas être lus comme une prévalence nationale."
        ),
    },
    "ar": {
        "title": "المرأة والسلام والأمن — ملخص الرصد المجتمعي",
        "subtitle": "رصد خطة العمل الوطنية: جداول موجزة خاضعة لضبط الإفصاح",
        "period": "الفترة المشمولة: {period}",
        "all_periods": "جميع الفترات المستوردة",
        "generated": "تاريخ الإعداد: {day}",
        "organisation": "أعدّه فريق تنسيق الرصد",
        "page": "صفحة {n} من {total}",
        "contents": "المحتويات",
        "total": "المجموع",
        "coverage": "التغطية",
        "coverage_intro": (
            "تأتي هذه الأرقام من {bundles} حزمة أرسلها {reporting} من أصل {devices} جهاز رصد مسجل، "
            "أُعدّت بين {first} و{last}."
        ),
        "coverage_none": "لم تُستورد أي حزمة بعد.",
        "gaps": "لم تصل بعد {missing} حزمة من {devices} جهاز؛ الأعداد أدناه غير مكتملة لهذه الأجهزة.",
        "no_gaps": "لا توجد حزمة مفقودة: تسلسل كل جهاز مكتمل.",
        "interviews": "المقابلات حسب الاستبيان والفترة",
        "questionnaire": "الاستبيان",
        "high": "شديد الحساسية (العتبة {threshold})",
        "indicators": "المؤشرات",
        "form": "الاستبيان: {form}",
        "source": "المصدر: {source}",
        "table_by": "{answer} حسب {by}",
        "chart": "الأعداد حسب الإجابة",
        "legend": (
            "تُعدَّل الأعداد بما لا يزيد على {d} لحماية المستجيبين، وكذلك المجاميع، لذا قد لا يساوي مجموع العمود "
            "المجموع المعروض. «< {threshold}»: أقل من {threshold}؛ قد يكون 0، وليس صفرًا بالضرورة، ولا يجوز جمعه. "
            "النسب المئوية من مجموع العمود ولا تظهر إلا إذا كان العددان منشورين."
        ),
        "chart_legend": "{mark}: دون العتبة — لا يُرسم أي عمود.",
        "suppressed_cells": "{n} من أصل {total} خانة دون العتبة.",
        "footer_note": "أعداد معدَّلة بما لا يزيد على {d} لحماية الأشخاص، وكذلك المجاميع، لذا قد لا تتطابق الجداول.",
        "method": "المنهجية والأخلاقيات",
        "method_body": (
            "جمع الراصدون الإجابات دون اتصال بالإنترنت على حواسيب مشفرة. استُخدمت الأسماء والمعرّفات المباشرة "
            "أثناء المقابلة فقط ولم تُحفظ أبدًا؛ وحُفظت الأعمار كفئات عمرية والأماكن كأقاليم والتواريخ بالشهر. "
            "ولم يغادر أجهزة الراصدين سوى أعداد، في حزم مشفرة وموقعة لا يستطيع الراصدون أنفسهم قراءتها.\n"
            "ضبط الإفصاح: يأتي كل رقم من إصدار، أي الجداول المحمية لاستبيان واحد عن فترة مغلقة يسجلها المنسق. "
            "يُعدَّل كل عدد بقيمة صغيرة (لا تزيد على {d}، وغالبًا 0 أو 1 أو 2) تحددها السجلات المكوِّنة له (طريقة "
            "مفتاح الخانة لدى المكاتب الإحصائية الوطنية): يحصل الأشخاص أنفسهم دائمًا على القيمة نفسها في كل جدول "
            "وتقرير، فلا تكشف مقارنة المخرجات إلا هذه التعديلات الصغيرة. لا تُطبع القيم التي تقل عن {threshold}. "
            "تُعدَّل المجاميع مثل أي خانة وتُحسب من السجلات لا بجمع الخانات المنشورة، لذا قد لا يساوي مجموع العمود "
            "المجموع المعروض. ولا تستخدم النسب المئوية إلا الأعداد المنشورة.\n"
            "{suppressed} من أصل {cells} خانة منشورة دون العتبة في هذا التقرير."
        ),
        "thresholds": "العتبات المطبقة: {values}؛ تستخدم الاستبيانات شديدة الحساسية القيمة الأعلى.",
        "who": (
            "اتبع الجمع توصيات منظمة الصحة العالمية الأخلاقية والمتعلقة بالسلامة لبحث العنف الجنسي وتوثيقه "
            "ورصده في حالات الطوارئ (2007): أن تفوق الفوائد المخاطر؛ وأدنى قدر من المخاطر ومنهج سليم؛ وتوافر "
            "خدمات الإحالة قبل أي إفصاح؛ وسلامة جميع المعنيين (الإخفاء السريع، شاشات محايدة، القفل التلقائي)؛ "
            "والسرية (التشفير، إخفاء الهوية عند الانتهاء، تصدير أعداد مجمعة فقط)؛ والموافقة المستنيرة قبل أي "
            "سؤال مع حق رفض أي سؤال أو التوقف؛ وفريق مختار ومدرَّب؛ وحماية خاصة للأطفال (يُوجَّه من هم دون 18 "
            "سنة إلى بروتوكول خاص أو تنتهي المقابلة بلطف)."
        ),
        "limits": (
            "حدود البيانات: هذه أرقام رصد من الأماكن التي تمكن الراصدون من الوصول إليها، وليست عينة عشوائية من "
            "السكان. إنها تصف الأشخاص الذين قوبلوا ولا يجوز قراءتها كمعدل انتشار وطني."
        ),
    },
}

LANGUAGES = tuple(_TEXTS)


def text(language: str, key: str, **values: object) -> str:
    """Fixed report text ``key`` in ``language`` (English fallback), with ``{values}`` filled in."""
    table = _TEXTS.get(language, _TEXTS["en"])
    return table.get(key, _TEXTS["en"][key]).format(mark=SUPPRESSED_MARK, **values)


def template(language: str, key: str) -> str:
    """The unfilled template ``key`` in ``language`` (for text filled in later, like page numbers)."""
    return _TEXTS.get(language, _TEXTS["en"]).get(key, _TEXTS["en"][key])
