"""Realistic answer sets for the shipped forms, shared by the tests (one valid interview per form)."""

from __future__ import annotations

from typing import Any

ANSWERS: dict[str, dict[str, Any]] = {
    "community_safety": {
        "consent": "yes", "age": 34, "sex": "female", "region": "north", "district": "north_2",
        "functional_difficulty": "some_difficulty",
        "safe_night": "very_unsafe", "safe_transport": "very_unsafe", "safe_home": "very_safe",
        "access_health": "difficult", "access_police": "no", "access_justice": "no", "access_psychosocial": "dont_know",
        "service_barriers": ["distance", "reprisal"], "heard_1325": "no", "heard_nap": "yes",
        "meeting_voice": "attended_silent", "peace_committee_women": "yes", "women_influence": "very_little",
        "participation_barriers": ["household_duties", "custom"],
    },
    "nap_key_informant": {
        "consent": "yes", "informant_type": "womens_org", "nap_status": "current",
        "nap_budget_line": "no", "nap_cso_taskforce": "consulted",
        "women_parliament": "pct_20_30", "women_cabinet": "pct_10_20",
        "peace_process": "ongoing", "women_negotiators": "pct_0_10",
        "women_mediators": "no", "women_orgs_consulted": "yes", "agreement_provisions": "no_agreement",
        "amnesty_sgbv": "no_agreement",
        "women_police": "pct_10_20", "women_military": "pct_0_10", "women_judiciary": "pct_30_40",
        "women_peacekeepers": "dont_know", "law_sgbv": "partial", "law_reparations": "no",
        "training_predeployment": "some", "training_sgbv_justice": "none",
        "translated_1325": "some", "sgbv_prosecuted": "decreased",
        "funding_allocated": "dedicated", "funding_disbursed": "pct_25_50",
    },
    "security_sector_audit": {
        "consent": "yes", "institution_type": "police", "women_share": "pct_10_20",
        "women_leadership": "pct_0_5", "women_recruits": "pct_20_30",
        "gender_policy": "on_paper", "gender_focal_point": "part_time", "harassment_policy": "implemented",
        "code_of_conduct": "implemented", "facilities": ["toilets", "uniforms"], "complaints_mechanism": "internal",
        "investigations": "one_to_five", "sanctions_applied": "pending",
        "vetting_sgbv": "partial", "training_sgbv": "some",
    },
    "crsv_incident": {
        "consent": "yes", "age": 29, "region": "east", "district": "east_1", "already_documented": "no",
        "incident_type": "rape", "conflict_related": "yes", "crsv_forms": ["detention_abuse"],
        "incident_period": "months_3_12",
        "age_at_incident": "age_25_34", "survivor_sex": "female", "survivor_status": "detained",
        "perpetrator_category": "armed_group",
        "perpetrator_count": "several", "location_type": "checkpoint", "displacement_status": "idp",
        "services_offered": ["medical", "psychosocial", "legal", "shelter"], "services_accepted": ["psychosocial", "shelter"],
    },
}
