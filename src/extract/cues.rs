//! The cue lists of `cues.toml` (`[cues.modality]`, `[cues.roles]`),
//! compiled once into word-id phrases bound to named fields.

use super::*;
use crate::rules::RuleSet;

pub(crate) struct CompiledCues {
    pub(crate) by: Phrases,
    pub(crate) from: Phrases,
    pub(crate) to: Phrases,
    pub(crate) negated: Phrases,
    pub(crate) requested: Phrases,
    pub(crate) hypothetical: Phrases,
    pub(crate) planned: Phrases,
    pub(crate) conditional: Phrases,
    pub(crate) future_after: Phrases,
    pub(crate) far_modal: Phrases,
    pub(crate) past_triggers: Phrases,
    pub(crate) past_verbs: Phrases,
    pub(crate) subordinators: Phrases,
    pub(crate) clause_openers: Phrases,
    pub(crate) clause_continuers: Phrases,
    pub(crate) determiners: Phrases,
    pub(crate) location_preps: Phrases,
    pub(crate) tariff_target_preps: Phrases,
    pub(crate) tariff_face_verbs: Phrases,
    pub(crate) tariff_source_after: Phrases,
    pub(crate) pledge_target_preps: Phrases,
    pub(crate) pledge_receive_verbs: Phrases,
    pub(crate) raid_target_preps: Phrases,
    pub(crate) raid_agents: Phrases,
    pub(crate) product_stops: Phrases,
    pub(crate) pronouns: Phrases,
    pub(crate) meeting_topic_preps: Phrases,
    pub(crate) meeting_nouns: Phrases,
    pub(crate) meeting_topic_after: Phrases,
    pub(crate) meeting_topic_verbs: Phrases,
    pub(crate) relation_nouns: Phrases,
    pub(crate) past_markers: Phrases,
    pub(crate) leading_conditional: Phrases,
    pub(crate) threats: Phrases,
    pub(crate) negated_after: Phrases,
    pub(crate) past_preps: Phrases,
    pub(crate) pledge_debtor_triggers: Phrases,
    pub(crate) pledge_creditor_preps: Phrases,
    pub(crate) pledge_purchase_triggers: Phrases,
    pub(crate) passive_auxiliaries: Phrases,
    pub(crate) pledge_counterpart_preps: Phrases,
    pub(crate) domestic_recipients: Phrases,
    pub(crate) speech_verbs: Phrases,
    pub(crate) scope_barriers: Phrases,
    pub(crate) requested_after: Phrases,
    pub(crate) whether_verbs: Phrases,
    pub(crate) pair_phrases: Phrases,
    pub(crate) pair_phrases_all: Phrases,
    pub(crate) pledge_nouns: Phrases,
    pub(crate) listener_verbs: Phrases,
    pub(crate) give_verbs: Phrases,
}

impl CompiledCues {
    pub(crate) fn new(rules: &RuleSet, interner: &mut Interner) -> Self {
        let mut m = |n: Modality| compile(rules.modality_cues(n.as_str()), interner);
        let negated = m(Modality::Negated);
        let requested = m(Modality::Requested);
        let hypothetical = m(Modality::Hypothetical);
        let planned = m(Modality::Planned);
        let by = r_single(interner, "by");
        let from = r_single(interner, "from");
        let to = r_single(interner, "to");
        let pair_phrases_all = compile(
            &[
                rules.role_cues("pair_phrases"),
                rules.role_cues("pair_phrases_weak"),
            ]
            .concat(),
            interner,
        );
        let mut r = |n: &str| compile(rules.role_cues(n), interner);
        CompiledCues {
            by,
            from,
            to,
            negated,
            requested,
            hypothetical,
            planned,
            conditional: r("conditional"),
            future_after: r("future_after"),
            far_modal: r("far_modal"),
            past_triggers: r("past_triggers"),
            past_verbs: r("past_verbs"),
            subordinators: r("subordinators"),
            clause_openers: r("clause_openers"),
            clause_continuers: r("clause_continuers"),
            determiners: r("determiners"),
            location_preps: r("location_preps"),
            tariff_target_preps: r("tariff_target_preps"),
            tariff_face_verbs: r("tariff_face_verbs"),
            tariff_source_after: r("tariff_source_after"),
            pledge_target_preps: r("pledge_target_preps"),
            pledge_receive_verbs: r("pledge_receive_verbs"),
            raid_target_preps: r("raid_target_preps"),
            raid_agents: r("raid_agents"),
            product_stops: r("product_stops"),
            pronouns: r("pronouns"),
            meeting_topic_preps: r("meeting_topic_preps"),
            meeting_nouns: r("meeting_nouns"),
            meeting_topic_after: r("meeting_topic_after"),
            meeting_topic_verbs: r("meeting_topic_verbs"),
            relation_nouns: r("relation_nouns"),
            past_markers: r("past_markers"),
            leading_conditional: r("leading_conditional"),
            threats: r("threats"),
            negated_after: r("negated_after"),
            past_preps: r("past_preps"),
            pledge_debtor_triggers: r("pledge_debtor_triggers"),
            pledge_creditor_preps: r("pledge_creditor_preps"),
            pledge_purchase_triggers: r("pledge_purchase_triggers"),
            passive_auxiliaries: r("passive_auxiliaries"),
            pledge_counterpart_preps: r("pledge_counterpart_preps"),
            domestic_recipients: r("domestic_recipients"),
            speech_verbs: r("speech_verbs"),
            scope_barriers: r("scope_barriers"),
            requested_after: r("requested_after"),
            whether_verbs: r("whether_verbs"),
            pair_phrases: r("pair_phrases"),
            pair_phrases_all,
            pledge_nouns: r("pledge_nouns"),
            listener_verbs: r("listener_verbs"),
            give_verbs: r("give_verbs"),
        }
    }
}

/// Every `[cues.roles]` list the extractor reads (by name, above): a rule
/// file naming another list is refused, so a misspelt key cannot be
/// silently ignored.
pub(crate) const ROLE_CUE_NAMES: &[&str] = &[
    "conditional",
    "future_after",
    "far_modal",
    "past_triggers",
    "past_verbs",
    "subordinators",
    "clause_openers",
    "clause_continuers",
    "determiners",
    "location_preps",
    "tariff_target_preps",
    "tariff_face_verbs",
    "tariff_source_after",
    "pledge_target_preps",
    "pledge_receive_verbs",
    "raid_target_preps",
    "raid_agents",
    "product_stops",
    "pronouns",
    "meeting_topic_preps",
    "meeting_nouns",
    "meeting_topic_after",
    "meeting_topic_verbs",
    "relation_nouns",
    "past_markers",
    "leading_conditional",
    "threats",
    "negated_after",
    "past_preps",
    "pledge_debtor_triggers",
    "pledge_creditor_preps",
    "pledge_purchase_triggers",
    "passive_auxiliaries",
    "pledge_counterpart_preps",
    "domestic_recipients",
    "speech_verbs",
    "scope_barriers",
    "requested_after",
    "whether_verbs",
    "pair_phrases",
    "pledge_nouns",
    "listener_verbs",
    "give_verbs",
    "pair_phrases_weak",
];

pub(crate) fn r_single(interner: &mut Interner, w: &str) -> Phrases {
    Phrases::new(vec![vec![interner.intern(w.to_string())]])
}
