//! Raid roles: who raids whom, and where.

use super::*;
use crate::lexicon::ActorKind;

impl Extractor {
    pub(crate) fn raid_roles(&self, v: &View, site: &RoleSite, out: &mut Args) {
        let (cs, ce) = (site.parties.start, site.parties.end);
        let (t0, t1) = (site.trigger.first, site.trigger.past);
        let c = &self.cues;
        let actors = self.clause_actors(v, cs, ce);
        for a in &actors {
            if self.is_location(v, a) {
                continue;
            }
            let e = self.lexicon.entry(a.m.entry);
            if a.tok < t0 && e.kind == ActorKind::Company {
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
                } else if self.preceded_by(v, a.tok, &c.raid_target_preps)
                    || e.kind == ActorKind::Company
                    || a.m.demonym
                {
                    self.push_actor(out, v, a, Role::Target);
                }
            }
        }
        out.location = self.first_location(v, cs, v.tokens.len());
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
