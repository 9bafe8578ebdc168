"""Realistic answer sets for the shipped forms, shared by the tests (one valid interview per form)."""

from __future__ import annotations

from typing import Any

ANSWERS: dict[str, dict[str, Any]] = {
    "community_safety": {
        "consent": "yes", "age": 34, "sex": "female", "region": "north", "district": "north_2",
        "safe_day": "fairly_safe", "safe_night": "very_unsafe", "safe_market": "fairly_unsafe",
        "safe_transport": "very_unsafe", "safe_home": "very_safe",
        "avoided_places": "yes", "places_avoided": ["market", "transport"],
        "access_health": "difficult", "access_police": "no", "access_justice": "no", "access_psychosocial": "dont_know",
        "service_barriers": ["distance", "reprisal"], "heard_1325": "no", "heard_nap": "yes", "nap_sources": ["radio"],
        "attended_meeting": "yes", "meetings_count": 3, "spoke_at_meeting": "no", "peace_committee_women": "yes",
        "council_women": "dont_know", "women_influence": "very_little",
        "participation_barriers": ["household_duties", "custom"],
    },
    "nap_key_informant": {
        "consent": "yes", "informant_type": "womens_org", "in_taskforce": "yes", "nap_status": "current", "nap_year": 2022,
        "nap_costed": "partly", "nap_budget_line": "no", "nap_me_framework": "yes", "nap_cso_taskforce": "consulted",
        "nap_last_report": "one_to_three", "women_parliament": "pct_20_30", "women_cabinet": "pct_10_20",
        "women_local_councils": "pct_0_10", "peace_process": "ongoing", "women_negotiators": "pct_0_10",
        "women_mediators": "no", "women_orgs_consulted": "yes", "agreement_provisions": "no_agreement",
        "women_police": "pct_10_20", "women_military": "pct_0_10", "women_judiciary": "pct_30_40",
        "women_peacekeepers": "dont_know", "law_sgbv": "partial", "law_reparations": "no", "law_quota": "legislated",
        "training_predeployment": "some", "training_officials": "some", "training_sgbv_justice": "none",
        "translated_1325": "some", "dissemination": ["radio_tv", "community"], "sgbv_reported": "increased",
        "sgbv_investigated": "same", "sgbv_prosecuted": "decreased", "sgbv_penalised": "dont_know",
        "sgbv_data_source": "cso_monitoring", "funding_allocated": "dedicated", "funding_disbursed": "pct_25_50",
        "wps_budget_percent": 0.4, "funding_cso": "yes",
    },
    "security_sector_audit": {
        "consent": "yes", "institution_type": "police", "informant_role": "gender_adviser", "women_share": "pct_10_20",
        "women_officers": "pct_5_10", "women_leadership": "pct_0_5", "women_recruits": "pct_20_30",
        "gender_policy": "on_paper", "gender_focal_point": "part_time", "harassment_policy": "implemented",
        "code_of_conduct": "implemented", "facilities": ["toilets", "uniforms"], "complaints_mechanism": "internal",
        "complaints_confidential": "no", "investigations": "one_to_five", "sanctions_applied": "pending",
        "vetting_sgbv": "partial", "sgbv_unit": "yes", "training_basic": "most", "training_sgbv": "some",
        "training_predeployment": "none", "unit_count": 2,
        "units": [
            {"unit_type": "headquarters", "unit_women_share": "pct_20_30", "unit_facilities": "yes"},
            {"unit_type": "post", "unit_women_share": "pct_0_5", "unit_facilities": "no"},
        ],
    },
    "crsv_incident": {
        "consent": "yes", "age": 29, "region": "east", "district": "east_1", "already_documented": "no",
        "incident_type": "rape", "conflict_related": "yes", "incident_period": "months_3_12",
        "age_at_incident": "age_25_34", "survivor_sex": "female", "perpetrator_category": "armed_group",
        "perpetrator_count": "several", "location_type": "checkpoint", "displacement_status": "idp",
        "services_offered": ["medical", "psychosocial", "legal"], "services_accepted": ["psychosocial"],
    },
}
