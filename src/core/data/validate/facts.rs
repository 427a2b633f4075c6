//! Checks of the overlay data: the capability and funding-source catalogues, and
//! each region's capabilities, funding, governance and inspection.

use crate::core::data::json::{Map, Value};
use crate::core::lang::words;

use crate::core::layout::text::number;

use super::{at, closest, first_time, is_iso_date, is_slug, kind, text, Checker, Known, Problem};
use crate::core::data::model::{
    Capability, CapabilityGroup, CapabilityState, CatalogueEntry, Certainty, FundingSource,
    FundingStream, FundingYear, Governance, Inspection, Role, StaffingModel, Status,
};

const CAPABILITY_FIELDS: &[&str] = &["id", "name", "nameCy", "group", "description", "source"];
const FUNDING_SOURCE_FIELDS: &[&str] = &["id", "name", "nameCy", "description", "source"];
const STATE_FIELDS: &[&str] = &["status", "note", "staff", "asOf", "source"];
const YEAR_FIELDS: &[&str] = &["year", "total", "streams"];
const STREAM_FIELDS: &[&str] = &["source", "amount", "share", "certainty", "note"];
const GOVERNANCE_FIELDS: &[&str] = &[
    "chiefOfficerLead",
    "headOfUnit",
    "executiveBoard",
    "staffingModel",
    "taskingWeeks",
];
const ROLE_FIELDS: &[&str] = &["role", "name", "force"];
const LEAD_FIELDS: &[&str] = &["role", "name", "force", "dedicated"];
const BOARD_FIELDS: &[&str] = &["chairRole", "meetingFrequency", "source"];
const INSPECTION_FIELDS: &[&str] = &["visited", "from", "to", "note", "source"];

/// How far shares may stray from 100 % (or amounts from the total) by rounding.
pub const ROUNDING: f64 = 0.5;

/// What a region's facts may refer to.
pub(super) struct Catalogues<'a> {
    pub capabilities: Vec<String>,
    pub funding_sources: Vec<String>,
    pub forces: &'a Known,
}

impl Checker {
    pub(super) fn capability_catalogue(&mut self, top: &Map) -> Vec<Capability> {
        self.catalogue(top, "capabilities", CAPABILITY_FIELDS, |c, map, path, e| {
            Capability {
                group: c
                    .choice(map, "group", path, &CapabilityGroup::ALL, None)
                    .unwrap_or(CapabilityGroup::Other),
                id: e.id,
                name: e.name,
                name_cy: e.name_cy,
                description: e.description,
                source: e.source,
            }
        })
    }

    pub(super) fn funding_catalogue(&mut self, top: &Map) -> Vec<FundingSource> {
        self.catalogue(top, "fundingSources", FUNDING_SOURCE_FIELDS, |_, _, _, e| e)
    }

    /// A catalogue: a list of entries with a unique id, a name, a description and
    /// a source; `make` reads any further fields and builds the final entry.
    fn catalogue<T>(
        &mut self,
        top: &Map,
        key: &str,
        fields: &[&str],
        mut make: impl FnMut(&mut Checker, &Map, &str, CatalogueEntry) -> T,
    ) -> Vec<T> {
        let mut out = Vec::new();
        let mut ids = Vec::new();
        for (i, v) in self.array(top, key, "$", false).iter().enumerate() {
            let path = format!("$.{key}[{i}]");
            let Some(map) = self.object(v, &path, fields) else {
                continue;
            };
            let Some(id) = self.catalogue_id(map, &path, &mut ids) else {
                continue;
            };
            let entry = CatalogueEntry {
                id,
                name: text(self.string(map, "name", &path, true)),
                name_cy: self.welsh_name(map, "nameCy", &path),
                description: self
                    .string(map, "description", &path, false)
                    .map(String::from),
                source: self.string(map, "source", &path, false).map(String::from),
            };
            out.push(make(self, map, &path, entry));
        }
        out
    }

    fn catalogue_id(&mut self, map: &Map, path: &str, seen: &mut Vec<String>) -> Option<String> {
        let id = self.string(map, "id", path, true)?.to_string();
        if !is_slug(&id) {
            self.push(
                Problem::error(at(path, "id"), words().not_a_valid_id(&id)).hint(words().id_hint()),
            );
        }
        if !first_time(seen, &id) {
            self.push(Problem::error(at(path, "id"), words().id_twice(&id)));
        }
        Some(id)
    }

    /// A value from a fixed list, by its JSON name; `default` when absent.
    fn choice<T: Copy>(
        &mut self,
        map: &Map,
        key: &str,
        path: &str,
        table: &[(T, &'static str, &'static str)],
        default: Option<T>,
    ) -> Option<T> {
        let Some(word) = self.string(map, key, path, default.is_none()) else {
            return default;
        };
        if let Some((value, _, _)) = table.iter().find(|(_, name, _)| *name == word) {
            return Some(*value);
        }
        let names: Vec<&str> = table.iter().map(|(_, n, _)| *n).collect();
        let mut p = Problem::error(at(path, key), words().not_one_of(word, names.join(", ")));
        if let Some(best) = closest(word, &names) {
            p = p.hint(words().did_you_mean(best));
        }
        self.push(p);
        default
    }

    /// A number no smaller than `min` (and no larger than `max`), or nothing.
    fn number(
        &mut self,
        map: &Map,
        key: &str,
        path: &str,
        min: f64,
        max: Option<f64>,
    ) -> Option<f64> {
        let v = map.get(key)?;
        if v.is_null() {
            return None;
        }
        let Some(n) = v.as_f64() else {
            self.push(Problem::error(
                at(path, key),
                words().expected_number(kind(v)),
            ));
            return None;
        };
        if n.abs() >= super::text::LIMIT {
            // Read from text, the scan has reported it as written.
            let p = at(path, key);
            if !self.problems.iter().any(|q| q.path == p) {
                self.push(Problem::error(
                    p,
                    words().this_number_too_large(super::text::LARGEST),
                ));
            }
            return None;
        }
        if n < min || max.is_some_and(|m| n > m) {
            let range = match max {
                Some(m) => words().range_between(number(min), number(m)),
                None if min == 0.0 => words().range_zero_or_more().to_string(),
                None => words().range_at_least(number(min)),
            };
            self.push(Problem::error(
                at(path, key),
                words().out_of_range(number(n), range),
            ));
            return None;
        }
        Some(n)
    }

    pub(super) fn date(
        &mut self,
        map: &Map,
        key: &str,
        path: &str,
        required: bool,
    ) -> Option<String> {
        let d = self.string(map, key, path, required)?;
        if !is_iso_date(d) {
            self.push(
                Problem::error(at(path, key), words().not_a_date(d)).hint(words().date_hint()),
            );
            return None;
        }
        Some(d.to_string())
    }

    fn maybe_bool(&mut self, map: &Map, key: &str, path: &str) -> Option<bool> {
        match map.get(key) {
            None | Some(Value::Null) => None,
            Some(Value::Bool(b)) => Some(*b),
            Some(other) => {
                self.push(Problem::error(
                    at(path, key),
                    words().expected_boolean_or_null(kind(other)),
                ));
                None
            }
        }
    }

    fn force_ref(&mut self, map: &Map, key: &str, path: &str, forces: &Known) -> Option<String> {
        let code = self.string(map, key, path, false)?;
        if !forces.contains_key(code) {
            self.push(super::network::unknown_force(&at(path, key), code, forces));
            return None;
        }
        Some(code.to_string())
    }

    /// A region's capabilities: an object keyed by capability id.
    pub(super) fn region_capabilities(
        &mut self,
        region: &Map,
        path: &str,
        cat: &Catalogues,
    ) -> Vec<CapabilityState> {
        let mut out = Vec::new();
        let Some(v) = region.get("capabilities") else {
            return out;
        };
        let path = at(path, "capabilities");
        let Some(map) = v.as_object() else {
            self.push(Problem::error(
                &path,
                words().expected_capabilities(kind(v)),
            ));
            return out;
        };
        for (id, state) in map.iter() {
            let sp = at(&path, id);
            if !cat.capabilities.iter().any(|c| c == id) {
                let mut p = Problem::error(&sp, words().unknown_capability(id));
                p = match closest(
                    id,
                    &cat.capabilities
                        .iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>(),
                ) {
                    Some(best) => p.hint(words().did_you_mean(best)),
                    None => p.hint(words().unknown_capability_hint()),
                };
                self.push(p);
                continue;
            }
            let Some(s) = self.object(state, &sp, STATE_FIELDS) else {
                continue;
            };
            let status = self
                .choice(s, "status", &sp, &Status::ALL, None)
                .unwrap_or(Status::Unknown);
            let note = self.string(s, "note", &sp, false).map(String::from);
            let staff = self.number(s, "staff", &sp, 0.0, None);
            let as_of = self.date(s, "asOf", &sp, false);
            let source = self.string(s, "source", &sp, false).map(String::from);
            out.push(CapabilityState {
                capability: id.clone(),
                status,
                note,
                staff,
                as_of,
                source,
            });
        }
        out
    }

    pub(super) fn region_funding(
        &mut self,
        region: &Map,
        path: &str,
        cat: &Catalogues,
    ) -> Vec<FundingYear> {
        let mut out = Vec::new();
        let mut years = Vec::new();
        for (i, v) in self
            .array(region, "funding", path, false)
            .iter()
            .enumerate()
        {
            let yp = format!("{path}.funding[{i}]");
            let Some(map) = self.object(v, &yp, YEAR_FIELDS) else {
                continue;
            };
            let year = text(self.string(map, "year", &yp, true));
            if !year.is_empty() && !is_financial_year(&year) {
                self.push(
                    Problem::error(format!("{yp}.year"), words().not_a_financial_year(&year))
                        .hint(words().financial_year_hint()),
                );
            } else if !year.is_empty() && !first_time(&mut years, &year) {
                self.push(Problem::error(
                    format!("{yp}.year"),
                    words().year_twice(&year),
                ));
            }
            let total = self.number(map, "total", &yp, 0.0, None);
            let mut streams: Vec<FundingStream> = Vec::new();
            for (j, s) in self.array(map, "streams", &yp, false).iter().enumerate() {
                let sp = format!("{yp}.streams[{j}]");
                let Some(sm) = self.object(s, &sp, STREAM_FIELDS) else {
                    continue;
                };
                let Some(source) = self.string(sm, "source", &sp, true).map(String::from) else {
                    continue;
                };
                if !cat.funding_sources.contains(&source) {
                    let mut p = Problem::error(
                        format!("{sp}.source"),
                        words().unknown_funding_source(&source),
                    );
                    p = match closest(
                        &source,
                        &cat.funding_sources
                            .iter()
                            .map(String::as_str)
                            .collect::<Vec<_>>(),
                    ) {
                        Some(best) => p.hint(words().did_you_mean(best)),
                        None => p.hint(words().unknown_funding_source_hint()),
                    };
                    self.push(p);
                } else if streams.iter().any(|x| x.source == source) {
                    self.push(Problem::error(
                        format!("{sp}.source"),
                        words().source_twice_in_year(&source, &year),
                    ));
                }
                let amount = self.number(sm, "amount", &sp, 0.0, None);
                let share = self.number(sm, "share", &sp, 0.0, Some(100.0));
                let certainty = self
                    .choice(
                        sm,
                        "certainty",
                        &sp,
                        &Certainty::ALL,
                        Some(Certainty::Unknown),
                    )
                    .unwrap_or(Certainty::Unknown);
                let note = self.string(sm, "note", &sp, false).map(String::from);
                streams.push(FundingStream {
                    source,
                    amount,
                    share,
                    certainty,
                    note,
                });
            }
            self.check_sums(&yp, total, &streams);
            out.push(FundingYear {
                year,
                total,
                streams,
            });
        }
        out
    }

    /// Shares must add up to 100 %, and amounts to the total, within rounding.
    fn check_sums(&mut self, path: &str, total: Option<f64>, streams: &[FundingStream]) {
        if !streams.is_empty() && streams.iter().all(|s| s.share.is_some()) {
            let sum: f64 = streams.iter().filter_map(|s| s.share).sum();
            if (sum - 100.0).abs() > ROUNDING {
                self.push(
                    Problem::error(at(path, "streams"), words().shares_not_whole(number(sum)))
                        .hint(words().shares_hint()),
                );
            }
        }
        if let Some(total) = total.filter(|t| *t > 0.0) {
            if !streams.is_empty() && streams.iter().all(|s| s.amount.is_some()) {
                let sum: f64 = streams.iter().filter_map(|s| s.amount).sum();
                if ((sum - total) / total * 100.0).abs() > ROUNDING {
                    self.push(
                        Problem::error(
                            at(path, "total"),
                            words().streams_not_total(number(sum), number(total)),
                        )
                        .hint(words().streams_hint()),
                    );
                }
            }
        }
    }

    pub(super) fn region_governance(
        &mut self,
        region: &Map,
        path: &str,
        cat: &Catalogues,
    ) -> Governance {
        let mut g = Governance::default();
        let Some(v) = region.get("governance") else {
            return g;
        };
        let path = at(path, "governance");
        let Some(map) = self.object(v, &path, GOVERNANCE_FIELDS) else {
            return g;
        };
        if let Some(lead) = map.get("chiefOfficerLead") {
            let lp = at(&path, "chiefOfficerLead");
            if let Some(m) = self.object(lead, &lp, LEAD_FIELDS) {
                g.chief_officer_lead = self.role(m, &lp, cat);
                g.dedicated = self.maybe_bool(m, "dedicated", &lp);
            }
        }
        if let Some(r) = map.get("headOfUnit") {
            let rp = at(&path, "headOfUnit");
            if let Some(m) = self.object(r, &rp, ROLE_FIELDS) {
                g.head_of_unit = self.role(m, &rp, cat);
            }
        }
        if let Some(b) = map.get("executiveBoard") {
            let bp = at(&path, "executiveBoard");
            if let Some(m) = self.object(b, &bp, BOARD_FIELDS) {
                g.board_chair.role = self.string(m, "chairRole", &bp, false).map(String::from);
                g.board_frequency = self
                    .string(m, "meetingFrequency", &bp, false)
                    .map(String::from);
                g.board_source = self.string(m, "source", &bp, false).map(String::from);
            }
        }
        g.staffing_model = self
            .choice(
                map,
                "staffingModel",
                &path,
                &StaffingModel::ALL,
                Some(StaffingModel::Unknown),
            )
            .unwrap_or(StaffingModel::Unknown);
        g.tasking_weeks = self.number(map, "taskingWeeks", &path, 1.0, Some(52.0));
        g
    }

    fn role(&mut self, m: &Map, path: &str, cat: &Catalogues) -> Role {
        Role {
            role: self.string(m, "role", path, false).map(String::from),
            name: self.string(m, "name", path, false).map(String::from),
            force: self.force_ref(m, "force", path, cat.forces),
        }
    }

    pub(super) fn region_inspection(&mut self, region: &Map, path: &str) -> Inspection {
        let Some(v) = region.get("inspection") else {
            return Inspection::default();
        };
        let path = at(path, "inspection");
        let Some(m) = self.object(v, &path, INSPECTION_FIELDS) else {
            return Inspection::default();
        };
        let inspection = Inspection {
            visited: self.maybe_bool(m, "visited", &path),
            from: self.date(m, "from", &path, false),
            to: self.date(m, "to", &path, false),
            note: self.string(m, "note", &path, false).map(String::from),
            source: self.string(m, "source", &path, false).map(String::from),
        };
        if let (Some(from), Some(to)) = (&inspection.from, &inspection.to) {
            if from > to {
                self.push(Problem::error(
                    at(&path, "to"),
                    words().inspection_backwards(to, from),
                ));
            }
        }
        inspection
    }
}

/// True for a financial year written `YYYY/YY` whose second year follows the first.
pub fn is_financial_year(s: &str) -> bool {
    let Some((a, b)) = s.split_once('/') else {
        return false;
    };
    let (Ok(first), Ok(second)) = (a.parse::<u32>(), b.parse::<u32>()) else {
        return false;
    };
    a.len() == 4 && b.len() == 2 && (first + 1) % 100 == second
}
