"""The fixed text of the scorecard and shadow report in English, French and Arabic."""

from __future__ import annotations

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "National Action Plan scorecard",
        "subtitle": "Women, Peace and Security: the plan's commitments, indicators and money",
        "period": "Reporting period: {period}",
        "assessed": "Assessed on {day}",
        "generated": "Generated on {day}",
        "organisation": "Prepared by the monitoring coordination team",
        "page": "page {n} of {total}",
        "summary": "Summary",
        "summary_actions": "{assessed} of {total} actions assessed in this period.",
        "status_by_pillar": "Status of the actions by pillar",
        "summary_indicators": "{with_value} of {total} indicators have a value for this period; {reached} have reached "
                              "their target.",
        "summary_money": "Fiscal year {year}: {disbursed} disbursed of {costed} costed ({share}); {women} reached "
                         "women's organisations.",
        "pillar": "Pillar",
        "all_pillars": "All pillars",
        "unassessed": "not assessed",
        "not_started": "not started",
        "on_track": "on track",
        "delayed": "delayed",
        "completed": "completed",
        "dropped": "dropped",
        "actions": "Actions",
        "action": "Action",
        "status": "Status",
        "responsible": "Responsible",
        "timeline": "Timeline",
        "indicators": "Indicators",
        "baseline": "Baseline",
        "target": "Target",
        "observed": "Observed",
        "no_value": "no value reported",
        "as_of": "as of {period}",
        "reached": "target reached",
        "below_baseline": "below the baseline",
        "source": "Source: {source}",
        "frameworks": "Frameworks: {codes}",
        "survey_note": (
            "Survey figure: share of {answers} in the released tables of \u201c{form}\u201d, period {period}{edition}. "
            "Released figures are protected by cell-key perturbation (each count moved by at most {d}); counts "
            "below {t} are never shown. It is not a raw count."
        ),
        "survey_edition": ", edition {n}",
        "survey_withheld": "Survey figure withheld: the released cells of \u201c{form}\u201d, period {period}, are below "
                           "the threshold of {t}.",
        "survey_missing": "No released survey figure for this period yet.",
        "financing": "Financing",
        "funnel_intro": (
            "From what the plan costed to what reached women's organisations, per fiscal year, in {currency}. "
            "Allocated and disbursed amounts are those reported by the end of the period."
        ),
        "fiscal_year": "Fiscal year {year}",
        "costed": "Costed in the plan",
        "allocated": "Allocated",
        "disbursed": "Disbursed",
        "to_women": "Reached women's organisations",
        "by_category": "Money that reached women's organisations, by kind of organisation and funding",
        "national": "national",
        "local": "local",
        "international": "international",
        "core": "core funding",
        "project": "project funding",
        "total": "Total",
        "no_finance": "No money has been reported for this fiscal year.",
        "comparison": "What moved since {period}",
        "comparison_none": "Nothing moved between the two periods.",
        "status_changes": "Actions whose status changed",
        "value_changes": "Indicators whose value changed",
        "before": "Before",
        "after": "After",
        "better": "better",
        "worse": "worse",
        "new": "new",
        "shadow": "Shadow report",
        "addressed_parliament": "Addressed to Parliament",
        "addressed_un": "Addressed to the United Nations",
        "addressed_cedaw": "Addressed to the Committee on the Elimination of Discrimination against Women (CEDAW)",
        "findings": "Findings",
        "recommendations": "Recommendations",
        "claims": "The government's claim and civil society's assessment",
        "government": "Government's claim",
        "civil_society": "Civil society's assessment",
        "evidence": "Evidence: {items}",
        "confidential": "confidential source",
        "no_claim": "no claim made",
        "no_assessment": "no assessment",
        "about": "About this report",
        "about_body": (
            "This scorecard holds the plan's own commitments as adopted: its actions with their responsible "
            "institutions, timelines and costing, and its indicators with baselines and targets. The statuses and "
            "values are those assessed by the monitoring coordination for the period, each backed by a public "
            "document or marked as a confidential source that is not named. These are facts about public "
            "institutions and are published as values; no person is named.\n"
            "Indicators marked as survey figures come from the community monitoring surveys. They are shares "
            "computed from released, protected tables only, never from raw counts; the note under each says how "
            "they were protected."
        ),
        "code_checked": "Framework codes are checked against the list shipped with napsurvey.",
        "withheld": "withheld: below the disclosure threshold",
        "organisations": "Women's organisations",
        "yes": "yes",
        "no": "no",
        "page_ref": "p. {page}",
        "objective": "Objective {id}: {title}",
    },
    "fr": {
        "title": "Tableau de bord du Plan d'action national",
        "subtitle": "Femmes, paix et sécurité : les engagements, les indicateurs et le financement du plan",
        "period": "Période de suivi : {period}",
        "assessed": "Évalué le {day}",
        "generated": "Produit le {day}",
        "organisation": "Préparé par l'équipe de coordination du suivi",
        "page": "page {n} sur {total}",
        "summary": "Synthèse",
        "summary_actions": "{assessed} actions évaluées sur {total} pour cette période.",
        "status_by_pillar": "État des actions par pilier",
        "summary_indicators": "{with_value} indicateurs sur {total} ont une valeur pour cette période ; {reached} ont "
                              "atteint leur cible.",
        "summary_money": "Exercice {year} : {disbursed} décaissés sur {costed} prévus ({share}) ; {women} parvenus aux "
                         "organisations de femmes.",
        "pillar": "Pilier",
        "all_pillars": "Tous les piliers",
        "unassessed": "non évaluée",
        "not_started": "non commencée",
        "on_track": "en bonne voie",
        "delayed": "en retard",
        "completed": "achevée",
        "dropped": "abandonnée",
        "actions": "Actions",
        "action": "Action",
        "status": "État",
        "responsible": "Responsable",
        "timeline": "Calendrier",
        "indicators": "Indicateurs",
        "baseline": "Référence",
        "target": "Cible",
        "observed": "Observé",
        "no_value": "aucune valeur communiquée",
        "as_of": "au {period}",
        "reached": "cible atteinte",
        "below_baseline": "sous la valeur de référence",
        "source": "Source : {source}",
        "frameworks": "Cadres : {codes}",
        "survey_note": (
            "Chiffre d'enquête : part de {answers} dans les tableaux publiés de « {form} », période {period}{edition}. "
            "Les chiffres publiés sont protégés par perturbation à clé de cellule (chaque effectif est déplacé d'au "
            "plus {d}) ; les effectifs inférieurs à {t} ne sont jamais affichés. Ce n'est pas un effectif brut."
        ),
        "survey_edition": ", édition {n}",
        "survey_withheld": "Chiffre d'enquête masqué : les cases publiées de « {form} », période {period}, sont sous le "
                           "seuil de {t}.",
        "survey_missing": "Aucun chiffre d'enquête publié pour cette période.",
        "financing": "Financement",
        "funnel_intro": (
            "Du coût prévu par le plan aux sommes parvenues aux organisations de femmes, par exercice budgétaire, "
            "en {currency}. Les montants alloués et décaissés sont ceux communiqués à la fin de la période."
        ),
        "fiscal_year": "Exercice {year}",
        "costed": "Coût prévu par le plan",
        "allocated": "Alloué",
        "disbursed": "Décaissé",
        "to_women": "Parvenu aux organisations de femmes",
        "by_category": "Sommes parvenues aux organisations de femmes, par type d'organisation et de financement",
        "national": "nationales",
        "local": "locales",
        "international": "internationales",
        "core": "financement de base",
        "project": "financement de projet",
        "total": "Total",
        "no_finance": "Aucun montant n'a été communiqué pour cet exercice.",
        "comparison": "Ce qui a changé depuis {period}",
        "comparison_none": "Rien n'a changé entre les deux périodes.",
        "status_changes": "Actions dont l'état a changé",
        "value_changes": "Indicateurs dont la valeur a changé",
        "before": "Avant",
        "after": "Après",
        "better": "mieux",
        "worse": "moins bien",
        "new": "nouveau",
        "shadow": "Rapport alternatif",
        "addressed_parliament": "Adressé au Parlement",
        "addressed_un": "Adressé aux Nations Unies",
        "addressed_cedaw": "Adressé au Comité pour l'élimination de la discrimination à l'égard des femmes (CEDEF)",
        "findings": "Constats",
        "recommendations": "Recommandations",
        "claims": "Ce qu'affirme le gouvernement et l'évaluation de la société civile",
        "government": "Ce qu'affirme le gouvernement",
        "civil_society": "Évaluation de la société civile",
        "evidence": "Preuves : {items}",
        "confidential": "source confidentielle",
        "no_claim": "aucune affirmation",
        "no_assessment": "aucune évaluation",
        "about": "À propos de ce rapport",
        "about_body": (
            "Ce tableau de bord reprend les engagements du plan tel qu'il a été adopté : ses actions avec les "
            "institutions responsables, le calendrier et le coût prévu, et ses indicateurs avec leurs valeurs de "
            "référence et leurs cibles. Les états et les valeurs sont ceux évalués par la coordination du suivi pour "
            "la période, chacun appuyé par un document public ou signalé comme source confidentielle non nommée. Ce "
            "sont des faits relatifs à des institutions publiques, publiés comme tels ; aucune personne n'est nommée.\n"
            "Les indicateurs signalés comme chiffres d'enquête proviennent des enquêtes de suivi communautaire. Ce "
            "sont des parts calculées à partir des seuls tableaux publiés et protégés, jamais d'effectifs bruts ; la "
            "note sous chacun indique comment ils ont été protégés."
        ),
        "code_checked": "Les codes des cadres sont vérifiés par rapport à la liste livrée avec napsurvey.",
        "withheld": "masqué : sous le seuil de divulgation",
        "organisations": "Organisations de femmes",
        "yes": "oui",
        "no": "non",
        "page_ref": "p. {page}",
        "objective": "Objectif {id} : {title}",
    },
    "ar": {
        "title": "بطاقة أداء خطة العمل الوطنية",
        "subtitle": "المرأة والسلام والأمن: التزامات الخطة ومؤشراتها وتمويلها",
        "period": "فترة الرصد: {period}",
        "assessed": "تاريخ التقييم: {day}",
        "generated": "تاريخ الإعداد: {day}",
        "organisation": "أعدّه فريق تنسيق الرصد",
        "page": "صفحة {n} من {total}",
        "summary": "الملخص",
        "summary_actions": "قُيّم {assessed} من أصل {total} إجراء في هذه الفترة.",
        "status_by_pillar": "حالة الإجراءات حسب الركيزة",
        "summary_indicators": "لدى {with_value} من أصل {total} مؤشرا قيمة لهذه الفترة، وبلغ {reached} منها هدفه.",
        "summary_money": "السنة المالية {year}: صُرف {disbursed} من أصل {costed} مقدرة ({share})، ووصل {women} إلى "
                         "المنظمات النسائية.",
        "pillar": "الركيزة",
        "all_pillars": "جميع الركائز",
        "unassessed": "لم يُقيَّم",
        "not_started": "لم يبدأ",
        "on_track": "يسير وفق الخطة",
        "delayed": "متأخر",
        "completed": "مكتمل",
        "dropped": "أُلغي",
        "actions": "الإجراءات",
        "action": "الإجراء",
        "status": "الحالة",
        "responsible": "الجهة المسؤولة",
        "timeline": "الجدول الزمني",
        "indicators": "المؤشرات",
        "baseline": "خط الأساس",
        "target": "الهدف",
        "observed": "القيمة المرصودة",
        "no_value": "لم تُبلَّغ أي قيمة",
        "as_of": "حتى {period}",
        "reached": "تحقق الهدف",
        "below_baseline": "دون خط الأساس",
        "source": "المصدر: {source}",
        "frameworks": "الأطر: {codes}",
        "survey_note": (
            "رقم من المسح: نسبة {answers} في الجداول المنشورة لـ«{form}»، الفترة {period}{edition}. "
            "الأرقام المنشورة محمية بالتشويش بمفتاح الخلية (لا يتغير أي عدد بأكثر من {d})، ولا تظهر أبدًا الأعداد "
            "التي تقل عن {t}. وهو ليس عددًا خامًا."
        ),
        "survey_edition": "، الإصدار {n}",
        "survey_withheld": "رقم المسح محجوب: خانات «{form}» المنشورة للفترة {period} دون العتبة {t}.",
        "survey_missing": "لا يوجد رقم منشور من المسح لهذه الفترة بعد.",
        "financing": "التمويل",
        "funnel_intro": (
            "من التكلفة المقدرة في الخطة إلى ما وصل إلى المنظمات النسائية، حسب السنة المالية، بعملة {currency}. "
            "المبالغ المخصصة والمصروفة هي تلك المبلغ عنها حتى نهاية الفترة."
        ),
        "fiscal_year": "السنة المالية {year}",
        "costed": "التكلفة المقدرة في الخطة",
        "allocated": "المخصص",
        "disbursed": "المصروف",
        "to_women": "ما وصل إلى المنظمات النسائية",
        "by_category": "الأموال التي وصلت إلى المنظمات النسائية حسب نوع المنظمة ونوع التمويل",
        "national": "وطنية",
        "local": "محلية",
        "international": "دولية",
        "core": "تمويل أساسي",
        "project": "تمويل مشاريع",
        "total": "المجموع",
        "no_finance": "لم يُبلَّغ عن أي مبلغ لهذه السنة المالية.",
        "comparison": "ما تغير منذ {period}",
        "comparison_none": "لم يتغير شيء بين الفترتين.",
        "status_changes": "الإجراءات التي تغيرت حالتها",
        "value_changes": "المؤشرات التي تغيرت قيمتها",
        "before": "قبل",
        "after": "بعد",
        "better": "تحسن",
        "worse": "تراجع",
        "new": "جديد",
        "shadow": "تقرير الظل",
        "addressed_parliament": "موجّه إلى البرلمان",
        "addressed_un": "موجّه إلى الأمم المتحدة",
        "addressed_cedaw": "موجّه إلى لجنة القضاء على التمييز ضد المرأة (سيداو)",
        "findings": "الاستنتاجات",
        "recommendations": "التوصيات",
        "claims": "ما تقوله الحكومة وتقييم المجتمع المدني",
        "government": "ما تقوله الحكومة",
        "civil_society": "تقييم المجتمع المدني",
        "evidence": "الأدلة: {items}",
        "confidential": "مصدر سري",
        "no_claim": "لا يوجد ادعاء",
        "no_assessment": "لا يوجد تقييم",
        "about": "عن هذا التقرير",
        "about_body": (
            "تعرض بطاقة الأداء هذه التزامات الخطة كما اعتُمدت: إجراءاتها والمؤسسات المسؤولة عنها وجداولها الزمنية "
            "وتكاليفها، ومؤشراتها مع خطوط الأساس والأهداف. الحالات والقيم هي التي قيّمها فريق تنسيق الرصد للفترة، "
            "ويستند كل منها إلى وثيقة علنية أو يُشار إليه كمصدر سري غير مسمى. وهذه وقائع تخص مؤسسات عامة وتُنشر "
            "كقيم، ولا يُذكر فيها اسم أي شخص.\n"
            "المؤشرات المعلمة كأرقام مسح مأخوذة من مسوح الرصد المجتمعي. وهي نسب محسوبة من الجداول المنشورة والمحمية "
            "فقط، وليس من أعداد خام أبدًا، وتوضح الملاحظة أسفل كل منها طريقة حمايتها."
        ),
        "code_checked": "رموز الأطر مدققة وفق القائمة المرفقة مع napsurvey.",
        "withheld": "محجوب: دون عتبة الإفصاح",
        "organisations": "المنظمات النسائية",
        "yes": "نعم",
        "no": "لا",
        "page_ref": "ص {page}",
        "objective": "الهدف {id}: {title}",
    },
}

LANGUAGES = tuple(_TEXTS)


def text(language: str, key: str, **values: object) -> str:
    """Fixed scorecard text ``key`` in ``language`` (English fallback), with ``{values}`` filled in."""
    table = _TEXTS.get(language, _TEXTS["en"])
    return table.get(key, _TEXTS["en"][key]).format(**values)


def template(language: str, key: str) -> str:
    """The unfilled template ``key`` in ``language``."""
    return _TEXTS.get(language, _TEXTS["en"]).get(key, _TEXTS["en"][key])
