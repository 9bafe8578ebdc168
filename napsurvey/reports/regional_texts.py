"""The fixed text of the regional and twinning reports in English, French and Arabic."""

from __future__ import annotations

NOT_RELEASED = "\u2014"  # —
AT_LEAST = "\u2265"  # ≥

_TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Women, Peace and Security — regional monitoring report",
        "subtitle": "What the members of the network published, side by side and added up",
        "twinning_title": "Women, Peace and Security — twinning comparison",
        "twinning_subtitle": "Members side by side: the same indicators, each from its own releases",
        "period": "Period covered: {period}",
        "all_periods": "every period released",
        "generated": "Generated on {day}",
        "members": "Members: {members}",
        "page": "page {n} of {total}",
        "coverage": "Coverage",
        "coverage_intro": (
            "Each member publishes its own figures, period by period (its releases); this report only brings "
            "them together. Per questionnaire, the table shows the interviews each member published for each "
            "period; e2 marks a revised edition."
        ),
        "member": "Member",
        "gaps": "What is missing",
        "no_gaps": "Nothing is missing: every member released every period since its first.",
        "indicators": "Indicators",
        "form": "Questionnaire: {form}",
        "source": "Source: {source}",
        "codes": "Common indicator: {codes}",
        "trend": "Regional figures by period",
        "by_member": "By member, {period}",
        "breakdown": "Regional figures by {by}, {period}",
        "region": "All members",
        "period_col": "Period",
        "total": "Total",
        "legend": (
            "< n: below the member's threshold n — withheld, not zero. {at_least} n: at least n — one or more "
            "members show this figure below their threshold, so the regional figure is the sum of the others. "
            "{none}: not released."
        ),
        "pooled": (
            "Pooled: the raw counts of {members} were counted together and perturbed once "
            "(deviation at most {d}); pooled figures are shown from {t} on."
        ),
        "apart": "Not added up (other breakdowns): {members}.",
        "method": "How these figures are made",
        "method_body": (
            "The hub never receives answers or records: each member coordinator sends the figures it has "
            "published (its releases), sealed and signed, and the hub checks who sent them and that nothing "
            "was changed or lost on the way.\n"
            "Every member's figure is exactly the figure that member published. Members protect their figures "
            "with the cell-key method: each is changed by at most {d} from the true count, consistently, so the "
            "same people always give the same figure, and small figures are shown only as below the threshold.\n"
            "A regional figure is the sum of the members' published figures. It is computed from figures that "
            "are already public, so it reveals nothing new and needs no further protection; but it is not an "
            "exact count: with m members it can differ from the true total by up to m × {d} (typically by "
            "about 1.4 × √m). Where members show a figure below their threshold, their part is not known: the "
            "regional figure is then the sum of the others, marked \"at least\". Rows and columns may not add up "
            "exactly to their totals, for the same reason.\n"
            "Where the hub asked for raw counts and a member agreed (never for highly sensitive questionnaires), "
            "those members' counts are added up before any change, and the pooled figure is protected again by "
            "the same method and the same table the members use: this is a new figure, so it gets its own "
            "change of at most {d}, and small pooled figures are withheld too."
        ),
        "twinning_intro": (
            "Only members that chose to take part in twinning comparisons appear here. Each figure is the one "
            "that member published for that period; figures are never added up across members, and the hub "
            "computes nothing new from them."
        ),
        "twinning_side": 'Side by side, {period}',
        "twinning_trend": "Each member's total by period",
        "twinning_note": (
            "Each figure differs from the true count by at most {d} (the cell-key method each member uses); a "
            "small difference between two members may be nothing but that change. \"< n\" is below that member's "
            "threshold: withheld, not zero."
        ),
    },
    "fr": {
        "title": "Femmes, paix et sécurité — rapport régional de suivi",
        "subtitle": "Ce que les membres du réseau ont publié, côte à côte et additionné",
        "twinning_title": "Femmes, paix et sécurité — comparaison de jumelage",
        "twinning_subtitle": "Les membres côte à côte : les mêmes indicateurs, chacun d'après ses propres publications",
        "period": "Période couverte : {period}",
        "all_periods": "toutes les périodes publiées",
        "generated": "Produit le {day}",
        "members": "Membres : {members}",
        "page": "page {n} sur {total}",
        "coverage": "Couverture",
        "coverage_intro": (
            "Chaque membre publie ses propres chiffres, période par période (ses publications) ; ce rapport ne "
            "fait que les rassembler. Par questionnaire, le tableau donne les entretiens que chaque membre a "
            "publiés pour chaque période ; e2 signale une édition révisée."
        ),
        "member": "Membre",
        "gaps": "Ce qui manque",
        "no_gaps": "Rien ne manque : chaque membre a publié chaque période depuis sa première.",
        "indicators": "Indicateurs",
        "form": "Questionnaire : {form}",
        "source": "Source : {source}",
        "codes": "Indicateur commun : {codes}",
        "trend": "Chiffres régionaux par période",
        "by_member": "Par membre, {period}",
        "breakdown": "Chiffres régionaux par {by}, {period}",
        "region": "Tous les membres",
        "period_col": "Période",
        "total": "Total",
        "legend": (
            "< n : sous le seuil n du membre — retenu, ce n'est pas zéro. {at_least} n : au moins n — un ou "
            "plusieurs membres affichent ce chiffre sous leur seuil, le chiffre régional est donc la somme des "
            "autres. {none} : non publié."
        ),
        "pooled": (
            "Regroupé : les effectifs bruts de {members} ont été comptés ensemble puis perturbés une seule fois "
            "(écart d'au plus {d}) ; les chiffres regroupés sont affichés à partir de {t}."
        ),
        "apart": "Non additionné (autres ventilations) : {members}.",
        "method": "Comment ces chiffres sont établis",
        "method_body": (
            "Le pôle ne reçoit jamais de réponses ni de fiches : chaque coordinateur membre envoie les chiffres "
            "qu'il a publiés (ses publications), scellés et signés, et le pôle vérifie qui les a envoyés et que "
            "rien n'a été modifié ni perdu en chemin.\n"
            "Le chiffre de chaque membre est exactement celui que ce membre a publié. Les membres protègent "
            "leurs chiffres par la méthode des clés de cellule : chacun diffère d'au plus {d} de l'effectif réel, "
            "de façon constante, si bien que les mêmes personnes donnent toujours le même chiffre, et les petits "
            "chiffres ne sont affichés que comme inférieurs au seuil.\n"
            "Un chiffre régional est la somme des chiffres publiés par les membres. Il est calculé à partir de "
            "chiffres déjà publics : il ne révèle rien de nouveau et ne demande pas de protection supplémentaire ; "
            "mais ce n'est pas un effectif exact : avec m membres, il peut s'écarter du vrai total d'au plus "
            "m × {d} (en général d'environ 1,4 × √m). Quand des membres affichent un chiffre sous leur seuil, leur "
            "part n'est pas connue : le chiffre régional est alors la somme des autres, marqué « au moins ». Les "
            "lignes et colonnes peuvent ne pas tomber exactement sur leurs totaux, pour la même raison.\n"
            "Là où le pôle a demandé les effectifs bruts et où un membre l'a accepté (jamais pour les "
            "questionnaires très sensibles), les effectifs de ces membres sont additionnés avant toute "
            "modification, et le chiffre regroupé est protégé à nouveau par la même méthode et la même table que "
            "celles des membres : c'est un chiffre nouveau, il reçoit donc sa propre modification d'au plus {d}, "
            "et les petits chiffres regroupés sont retenus eux aussi."
        ),
        "twinning_intro": (
            "Seuls figurent ici les membres qui ont choisi de participer aux comparaisons de jumelage. Chaque "
            "chiffre est celui que ce membre a publié pour cette période ; les chiffres ne sont jamais "
            "additionnés entre membres, et le centre n'en calcule rien de nouveau."
        ),
        "twinning_side": 'Côte à côte, {period}',
        "twinning_trend": 'Total de chaque membre par période',
        "twinning_note": (
            "Chaque chiffre s'écarte du nombre réel d'au plus {d} (la méthode des clés de cellule qu'utilise "
            "chaque membre) ; une petite différence entre deux membres peut n'être que cet écart. « < n » est "
            "sous le seuil de ce membre : retenu, pas nul."
        ),
    },
    "ar": {
        "title": "المرأة والسلام والأمن — تقرير الرصد الإقليمي",
        "subtitle": "ما نشره أعضاء الشبكة، جنبًا إلى جنب ومجموعًا",
        "twinning_title": "المرأة والسلام والأمن — مقارنة التوأمة",
        "twinning_subtitle": "الأعضاء جنبًا إلى جنب: المؤشرات نفسها، كلٌّ من إصداراته",
        "period": "الفترة المشمولة: {period}",
        "all_periods": "كل الفترات المنشورة",
        "generated": "أُعدّ في {day}",
        "members": "الأعضاء: {members}",
        "page": "الصفحة {n} من {total}",
        "coverage": "التغطية",
        "coverage_intro": (
            "ينشر كل عضو أرقامه الخاصة فترةً بعد فترة (إصداراته)، ولا يفعل هذا التقرير سوى جمعها. "
            "يبيّن الجدول لكل استبيان المقابلات التي نشرها كل عضو عن كل فترة؛ وتدل e2 على طبعة منقّحة."
        ),
        "member": "العضو",
        "gaps": "ما ينقص",
        "no_gaps": "لا شيء ينقص: نشر كل عضو كل فترة منذ أولى فتراته.",
        "indicators": "المؤشرات",
        "form": "الاستبيان: {form}",
        "source": "المصدر: {source}",
        "codes": "المؤشر المشترك: {codes}",
        "trend": "الأرقام الإقليمية حسب الفترة",
        "by_member": "حسب العضو، {period}",
        "breakdown": "الأرقام الإقليمية حسب {by}، {period}",
        "region": "كل الأعضاء",
        "period_col": "الفترة",
        "total": "المجموع",
        "legend": (
            "< n: دون عتبة العضو n — محجوب، وليس صفرًا. {at_least} n: على الأقل n — يعرض عضو أو أكثر هذا الرقم "
            "دون عتبته، فالرقم الإقليمي هو مجموع الآخرين. {none}: لم يُنشر."
        ),
        "pooled": (
            "مُجمَّع: عُدّت الأعداد الخام لـ {members} معًا ثم غُيّرت مرة واحدة (بفارق لا يتجاوز {d})؛ "
            "وتُعرض الأرقام المجمّعة ابتداءً من {t}."
        ),
        "apart": "لم تُجمع (تصنيفات أخرى): {members}.",
        "method": "كيف تُعدّ هذه الأرقام",
        "method_body": (
            "لا يتلقى المركز أبدًا إجابات ولا سجلات: يرسل كل منسق عضو الأرقام التي نشرها (إصداراته) مختومة "
            "وموقّعة، ويتحقق المركز ممن أرسلها ومن أن شيئًا لم يُغيَّر أو يُفقد في الطريق.\n"
            "رقم كل عضو هو بالضبط الرقم الذي نشره ذلك العضو. يحمي الأعضاء أرقامهم بطريقة مفاتيح الخلايا: "
            "يختلف كل رقم عن العدد الحقيقي بما لا يتجاوز {d}، وبشكل ثابت، فيعطي الأشخاص أنفسهم الرقم نفسه دائمًا، "
            "ولا تُعرض الأرقام الصغيرة إلا على أنها دون العتبة.\n"
            "الرقم الإقليمي هو مجموع الأرقام التي نشرها الأعضاء. وهو محسوب من أرقام منشورة أصلًا، فلا يكشف شيئًا "
            "جديدًا ولا يحتاج إلى حماية إضافية؛ لكنه ليس عددًا دقيقًا: مع m عضوًا قد يختلف عن المجموع الحقيقي بما "
            "يصل إلى m × {d} (وعادةً بنحو 1.4 × √m). وحين يعرض أعضاء رقمًا دون عتبتهم تكون حصتهم غير معروفة، "
            "فيكون الرقم الإقليمي مجموع الآخرين مع علامة \"على الأقل\". وقد لا تساوي الصفوف والأعمدة مجاميعها "
            "تمامًا للسبب نفسه.\n"
            "وحيث طلب المركز الأعداد الخام ووافق عضو على ذلك (وليس أبدًا للاستبيانات شديدة الحساسية)، تُجمع "
            "أعداد هؤلاء الأعضاء قبل أي تغيير، ويُحمى الرقم المجمّع من جديد بالطريقة نفسها والجدول نفسه اللذين "
            "يستخدمهما الأعضاء: فهو رقم جديد يتلقى تغييره الخاص الذي لا يتجاوز {d}، وتُحجب الأرقام المجمّعة "
            "الصغيرة أيضًا."
        ),
        "twinning_intro": (
            "لا يظهر هنا إلا الأعضاء الذين اختاروا المشاركة في مقارنات التوأمة. كل رقم هو الرقم الذي نشره ذلك "
            "العضو عن تلك الفترة؛ ولا تُجمع الأرقام أبدًا بين الأعضاء، ولا يحسب المركز منها شيئًا جديدًا."
        ),
        "twinning_side": 'جنبًا إلى جنب، {period}',
        "twinning_trend": 'مجموع كل عضو حسب الفترة',
        "twinning_note": (
            "يختلف كل رقم عن العدد الحقيقي بما لا يتجاوز {d} (طريقة مفتاح الخلية التي يستخدمها كل عضو)؛ وقد لا "
            "يكون الفرق الصغير بين عضوين إلا هذا التغيير. «< n» أقل من عتبة ذلك العضو: محجوب، وليس صفرًا."
        ),
    },
}


def text(language: str, key: str, **values: object) -> str:
    """A fixed text in ``language`` (English when the language has none), with ``values`` filled in."""
    table = _TEXTS.get(language, _TEXTS["en"])
    template = table.get(key) or _TEXTS["en"][key]
    return template.format(at_least=AT_LEAST, none=NOT_RELEASED, **values)


def languages() -> list[str]:
    """The languages the regional reports are written in."""
    return list(_TEXTS)
