//! Raid roles: who raids whom, and where.

use super::*;
use crate::lexicon::ActorKind;

impl Extractor {
    pub(crate) fn raid_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        let (cs, ce) = (site.parties.start, site.parties.end);
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let c = &self.cues;
        let actors = self.clause_actors(v, cs, ce);
        let mut previous_target: Option<usize> = None;
        // For each target after the trigger: whether it names only the
        // nationality of people held ("52 workers, among them Bangladeshi
        // and Nepalese nationals", "a former employee, a Chinese national").
        let mut people: Vec<bool> = Vec::new();
        for a in &actors {
            if self.is_location(v, a) || self.only_helps(v, a, t0) {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            // "four men from Honduras, Mexico and El Salvador were taken
            // into custody": a list after the country of people held
            // shares its role.
            let listed_people = people.last() == Some(&true)
                && previous_target.is_some_and(|b| {
                    super::pledge::continues_list(
                        &v.article[b..a.m.start],
                        &self.lists.name_joiners,
                    )
                });
            if a.tok < t0 && (self.names_people(v, a) || self.detained_from(v, a) || listed_people)
            {
                // "detained 40 Bangladeshi workers in a raid", "four men
                // from Honduras were held": whose people were held, however
                // near the trigger.
                self.push_actor(out, v, a, Role::Target);
                people.push(true);
            } else if a.tok < t0 && e.kind == ActorKind::Company {
                // Companies are raided, they do not raid.
                self.push_actor(out, v, a, Role::Target);
            } else if a.tok < t0 {
                if a.tok + 4 >= t0 || matches!(e.kind, ActorKind::Agency) || self.names_agents(v, a)
                {
                    self.push_actor(out, v, a, Role::Source);
                }
            } else if a.tok >= t1 {
                if self.preceded_by(v, a.tok, &c.agent_preps) {
                    self.push_actor(out, v, a, Role::Source);
                } else if self.names_goods(v, a, t0) {
                    // ("the smuggling of Chinese goods" names no party.)
                } else if self.preceded_by(v, a.tok, &c.raid_target_preps)
                    || e.kind == ActorKind::Company
                    || a.m.demonym
                    || self.detained_from(v, a)
                {
                    self.push_actor(out, v, a, Role::Target);
                    people.push(self.detained_from(v, a) || self.names_people(v, a));
                } else if let Some(b) = previous_target {
                    // "people from Mexico, Guatemala and Honduras": a list
                    // after a target shares its role.
                    if super::pledge::continues_list(
                        &v.article[b..a.m.start],
                        &self.lists.name_joiners,
                    ) {
                        self.push_actor(out, v, a, Role::Target);
                        people.push(people.last().copied().unwrap_or(false));
                    }
                }
            }
            previous_target = out
                .actors
                .iter()
                .any(|x| x.start == a.m.start && x.role == Role::Target)
                .then_some(a.m.end);
        }
        out.people_target = !people.is_empty()
            && people.iter().all(|&p| p)
            && out.actors.iter().filter(|x| x.role == Role::Target).count() <= people.len();
        out.location = self.first_location(v, cs, v.tokens.len());
    }

    /// Whether actor `a` only helps the raid, which ANNOTATION.md does not
    /// make its source: right after "by" that follows a `raid_support_verbs`
    /// word ("backed by Europol", "assisted by the State Department"), or
    /// before a trigger such a word governs ("Officers from OLAF ...
    /// supported the operation").
    fn only_helps(&self, v: &View, a: &Placed, t0: usize) -> bool {
        let c = &self.cues;
        let helper_by = self.preceding_word(v, a.tok).is_some_and(|i| {
            i > 0
                && phrase_at(&v.ids, i, &c.agent_preps)
                && phrase_at(&v.ids, i - 1, &c.raid_support_verbs)
        });
        let helps_trigger = a.tok < t0
            && self
                .preceding_word(v, t0)
                .is_some_and(|i| i > a.tok && phrase_at(&v.ids, i, &c.raid_support_verbs));
        helper_by || helps_trigger
    }

    /// Whether demonym `a` names people rather than premises or a company:
    /// a plural ("Malaysians"), or followed within four words, through a
    /// list of further names (each carrying the window on), by a word for
    /// people (`raid_people_nouns`: "Bangladeshi, Nepalese and Chinese
    /// nationals", "American, Bangladeshi, Nepalese, Myanmar and Chinese
    /// nationals", "a Chinese national").
    fn names_people(&self, v: &View, a: &Placed) -> bool {
        if !a.m.demonym {
            return false;
        }
        let text = &v.article[a.m.start..a.m.end];
        if text.ends_with('s') && !text.ends_with("ss") {
            return true;
        }
        let Some(mut j) = (a.tok..v.tokens.len()).find(|&i| v.tokens[i].start >= a.m.end) else {
            return false;
        };
        let mut end = (j + 4).min(v.ids.len());
        while j < end {
            if phrase_at(&v.ids, j, &self.cues.raid_people_nouns) {
                return true;
            }
            if self.actors_of(v).iter().any(|b| b.tok == j) {
                end = (j + 4).min(v.ids.len());
            }
            j += 1;
        }
        false
    }

    /// Whether actor `a` stands after "from" that follows, at most three
    /// words back, a word for people (`raid_people_nouns`): whose people
    /// were detained ("the arrest of 16 people from Guatemala").
    fn detained_from(&self, v: &View, a: &Placed) -> bool {
        self.preceding_word(v, a.tok).is_some_and(|f| {
            phrase_at(&v.ids, f, &self.cues.origin_preps)
                && any_phrase_in(&v.ids, f.saturating_sub(3), f, &self.cues.raid_people_nouns)
        })
    }

    /// Whether actor `a` is followed, at most one word on, by an enforcement
    /// noun ("US agents detain 475 in raid", "Italian tax police raid"): the
    /// country whose officers act, however far before the trigger.
    fn names_agents(&self, v: &View, a: &Placed) -> bool {
        let next = (a.tok..v.tokens.len()).find(|&i| v.tokens[i].start >= a.m.end);
        next.is_some_and(|i| {
            phrase_at(&v.ids, i, &self.cues.raid_agents)
                || (i + 1 < v.ids.len() && phrase_at(&v.ids, i + 1, &self.cues.raid_agents))
        })
    }
}
