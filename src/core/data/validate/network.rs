//! Checks of the network itself: metadata, forces, regions and units.

use crate::core::data::json::{Map, Value};
use crate::core::lang::words;

use super::facts::Catalogues;
use super::{
    at, closest, first_time, is_gss_force_code, is_marking, is_slug, kind, text, Checker, Known,
    Problem, Severity,
};
use super::{
    CAPTION_CHARS, FORCE_FIELDS, META_FIELDS, PRESENTATION_FIELDS, REGION_FIELDS, SOURCE_FIELDS,
    STEP_FIELDS, TOP_FIELDS, UNIT_FIELDS,
};
use crate::core::data::model::{
    Force, Meta, Network, Region, SlideStep, Source, Unit, OVERLAY_IDS,
};

impl Checker {
    /// Checks the whole file and builds the model from what is usable; the model
    /// is only handed out when there are no errors.
    pub(super) fn document(&mut self, value: &Value) -> Option<Network> {
        let top = self.object(value, "$", TOP_FIELDS)?;
        if top.get("$schema").is_some_and(|s| s.as_str().is_none()) {
            self.push(Problem {
                severity: Severity::Warning,
                path: "$.$schema".into(),
                message: words().schema_not_text().into(),
                hint: Some(words().schema_hint().into()),
            });
        }
        let meta = match top.get("meta") {
            Some(meta) => self.meta(meta),
            None => {
                self.push(Problem::error("$.meta", words().field_missing("meta")));
                None
            }
        };
        let (known, forces) = self.forces(top);
        let capabilities = self.capability_catalogue(top);
        let funding_sources = self.funding_catalogue(top);
        let catalogues = Catalogues {
            capabilities: capabilities.iter().map(|c| c.id.clone()).collect(),
            funding_sources: funding_sources.iter().map(|f| f.id.clone()).collect(),
            forces: &known,
        };
        let regions = self.regions(top, &catalogues);
        let units = self.units(top);
        let presentation = self.presentation(top, &catalogues, &regions);
        Some(Network {
            meta: meta?,
            regions,
            forces,
            units,
            capabilities,
            funding_sources,
            presentation,
        })
    }

    fn meta(&mut self, meta: &Value) -> Option<Meta> {
        let path = "$.meta";
        let m = self.object(meta, path, META_FIELDS)?;
        let title = text(self.string(m, "title", path, true));
        let attribution = text(self.string(m, "attribution", path, true));
        let as_of = self.date(m, "asOf", path, true);
        let illustrative = self.boolean(m, "illustrative", path);
        let classification = self.string(m, "classification", path, false);
        if let Some(c) = classification.filter(|c| !is_marking(c)) {
            self.push(
                Problem::error(at(path, "classification"), words().not_a_marking(c))
                    .hint(words().marking_hint()),
            );
        }
        let mut sources = Vec::new();
        for (i, s) in self.array(m, "sources", path, false).iter().enumerate() {
            let sp = format!("{path}.sources[{i}]");
            if let Some(src) = self.object(s, &sp, SOURCE_FIELDS) {
                let title = text(self.string(src, "title", &sp, true));
                let url = self.link(src, "url", &sp);
                sources.push(Source { title, url });
            }
        }
        Some(Meta {
            title,
            as_of: as_of.unwrap_or_default(),
            illustrative,
            sources,
            attribution,
            classification: classification.map(String::from),
        })
    }

    /// Checks the force list; returns code → name for the usable codes, and the forces.
    fn forces(&mut self, top: &Map) -> (Known, Vec<Force>) {
        let mut known = Known::new();
        let mut list = Vec::new();
        for (i, f) in self.array(top, "forces", "$", true).iter().enumerate() {
            let path = format!("$.forces[{i}]");
            let Some(map) = self.object(f, &path, FORCE_FIELDS) else {
                continue;
            };
            let name = self.string(map, "name", &path, true).unwrap_or_default();
            let ons_name = self.string(map, "onsName", &path, false).map(String::from);
            let Some(code) = self.string(map, "code", &path, true) else {
                continue;
            };
            let name_cy = self.welsh_name(map, "nameCy", &path);
            list.push(Force {
                code: code.to_string(),
                name: name.to_string(),
                name_cy,
                ons_name,
            });
            if !is_gss_force_code(code) {
                self.push(
                    Problem::error(at(&path, "code"), words().not_a_force_code(code))
                        .hint(words().force_code_hint()),
                );
            }
            if known.insert(code, name).is_some() {
                self.push(Problem::error(at(&path, "code"), words().force_twice(code)));
            }
        }
        (known, list)
    }

    fn regions(&mut self, top: &Map, catalogues: &Catalogues) -> Vec<Region> {
        let forces = catalogues.forces;
        let mut out = Vec::new();
        let regions = self.array(top, "regions", "$", true);
        if regions.is_empty() && top.get("regions").is_some_and(Value::is_array) {
            self.push(Problem::error("$.regions", words().no_regions()));
        }
        let mut ids: Vec<String> = Vec::new();
        let mut owner = Known::new();
        for (i, r) in regions.iter().enumerate() {
            let path = format!("$.regions[{i}]");
            let Some(map) = self.object(r, &path, REGION_FIELDS) else {
                continue;
            };
            let id = self
                .string(map, "id", &path, true)
                .unwrap_or_default()
                .to_string();
            if !id.is_empty() {
                if !is_slug(&id) {
                    self.push(
                        Problem::error(at(&path, "id"), words().not_a_region_id(&id))
                            .hint(words().region_id_hint()),
                    );
                }
                if !first_time(&mut ids, &id) {
                    self.push(Problem::error(
                        at(&path, "id"),
                        words().region_id_twice(&id),
                    ));
                }
            }
            let name = text(self.string(map, "name", &path, true));
            let short_name = text(self.string(map, "shortName", &path, true));
            let name_cy = self.welsh_name(map, "nameCy", &path);
            let short_name_cy = self.welsh_name(map, "shortNameCy", &path);
            let brand = self.string(map, "brand", &path, false).map(String::from);
            let note = self.string(map, "note", &path, false).map(String::from);
            let rocu = map.get("rocu").is_none() || self.boolean(map, "rocu", &path);
            let website = self.link(map, "website", &path);
            let members = self.array(map, "forces", &path, true);
            if members.is_empty() && map.get("forces").is_some_and(Value::is_array) {
                self.push(
                    Problem::error(at(&path, "forces"), words().region_no_forces(&id))
                        .hint(words().region_no_forces_hint()),
                );
            }
            let mut these: Vec<String> = Vec::new();
            for (j, code) in members.iter().enumerate() {
                let fp = format!("{path}.forces[{j}]");
                let Some(code) = code.as_str() else {
                    self.push(Problem::error(&fp, words().expected_force_code(kind(code))));
                    continue;
                };
                if !forces.contains_key(code) {
                    self.push(unknown_force(&fp, code, forces));
                    continue;
                }
                these.push(code.to_string());
                if let Some(other) = owner.insert(code, &id) {
                    let p = if other == id {
                        Problem::error(&fp, words().force_twice_in_region(code, &id))
                    } else {
                        Problem::error(&fp, words().force_in_two_regions(code, &other, &id))
                            .hint(words().one_region_hint())
                    };
                    self.push(p);
                }
            }
            let lead_force = self
                .string(map, "leadForce", &path, false)
                .map(String::from);
            if let Some(lead) = lead_force.as_deref() {
                if !forces.contains_key(lead) {
                    self.push(unknown_force(&at(&path, "leadForce"), lead, forces));
                } else if !these.iter().any(|t| t == lead) {
                    self.push(
                        Problem::error(at(&path, "leadForce"), words().lead_not_member(lead, &id))
                            .hint(words().lead_not_member_hint()),
                    );
                }
            }
            let lead_force_source = self
                .string(map, "leadForceSource", &path, false)
                .map(String::from);
            let forces = members
                .iter()
                .filter_map(|c| c.as_str().map(String::from))
                .collect();
            let capabilities = self.region_capabilities(map, &path, catalogues);
            let funding = self.region_funding(map, &path, catalogues);
            let governance = self.region_governance(map, &path, catalogues);
            let inspection = self.region_inspection(map, &path);
            out.push(Region {
                id,
                name,
                name_cy,
                short_name,
                short_name_cy,
                rocu,
                brand,
                website,
                lead_force,
                lead_force_source,
                forces,
                note,
                capabilities,
                funding,
                governance,
                inspection,
            });
        }
        for (code, name) in forces.iter() {
            if !owner.contains_key(code) {
                self.push(
                    Problem::error("$.regions", words().force_in_no_region(code, name))
                        .hint(words().force_in_no_region_hint()),
                );
            }
        }
        out
    }

    /// The analyst's presentation: each step's overlay, measure and region
    /// must be ones the map has.
    fn presentation(&mut self, top: &Map, cat: &Catalogues, regions: &[Region]) -> Vec<SlideStep> {
        let mut out = Vec::new();
        let Some(section) = top.get("presentation") else {
            return out;
        };
        let path = "$.presentation";
        let Some(map) = self.object(section, path, PRESENTATION_FIELDS) else {
            return out;
        };
        let steps = self.array(map, "steps", path, true);
        if steps.is_empty() && map.get("steps").is_some() {
            self.push(
                Problem::error(at(path, "steps"), words().no_steps()).hint(words().no_steps_hint()),
            );
        }
        for (i, step) in steps.iter().enumerate() {
            let sp = format!("{path}.steps[{i}]");
            let Some(m) = self.object(step, &sp, STEP_FIELDS) else {
                continue;
            };
            let title = text(self.string(m, "title", &sp, true));
            let overlay = text(self.string(m, "overlay", &sp, true));
            if !overlay.is_empty() && !OVERLAY_IDS.contains(&overlay.as_str()) {
                let mut p = Problem::error(at(&sp, "overlay"), words().unknown_overlay(&overlay));
                p = match closest(&overlay, &OVERLAY_IDS) {
                    Some(best) => p.hint(words().did_you_mean(best)),
                    None => p.hint(words().use_one_of(OVERLAY_IDS.join(", "))),
                };
                self.push(p);
            }
            let measure = self.string(m, "measure", &sp, false).map(String::from);
            if let Some(measure) = &measure {
                let (fixed, ids): (&str, &[String]) = match overlay.as_str() {
                    "capabilities" => ("coverage", &cat.capabilities),
                    "funding" => ("total", &cat.funding_sources),
                    _ => ("", &[]),
                };
                if measure != fixed && !ids.contains(measure) {
                    let mut p = Problem::error(
                        at(&sp, "measure"),
                        words().not_a_measure(measure, &overlay),
                    );
                    p = match (
                        fixed,
                        closest(measure, &ids.iter().map(String::as_str).collect::<Vec<_>>()),
                    ) {
                        ("", _) => p.hint(words().measure_leave_out()),
                        (_, Some(best)) => p.hint(words().did_you_mean(best)),
                        (fixed, None) => p.hint(words().measure_use(fixed)),
                    };
                    self.push(p);
                }
            }
            let region = self.string(m, "region", &sp, false).map(String::from);
            if let Some(region) = &region {
                if !regions.iter().any(|r| &r.id == region) {
                    let ids: Vec<&str> = regions.iter().map(|r| r.id.as_str()).collect();
                    let mut p = Problem::error(at(&sp, "region"), words().unknown_region(region));
                    if let Some(best) = closest(region, &ids) {
                        p = p.hint(words().did_you_mean(best));
                    }
                    self.push(p);
                }
            }
            let caption = self.string(m, "caption", &sp, false).map(String::from);
            if caption
                .as_ref()
                .is_some_and(|c| c.chars().count() > CAPTION_CHARS)
            {
                self.push(
                    Problem::error(at(&sp, "caption"), words().caption_too_long(CAPTION_CHARS))
                        .hint(words().caption_hint()),
                );
            }
            out.push(SlideStep {
                title,
                overlay,
                measure,
                region,
                caption,
            });
        }
        out
    }

    fn units(&mut self, top: &Map) -> Vec<Unit> {
        let mut out = Vec::new();
        let region_ids: Vec<String> = top
            .get("regions")
            .and_then(Value::as_array)
            .map(|rs| {
                rs.iter()
                    .filter_map(|r| r.get("id")?.as_str().map(String::from))
                    .collect()
            })
            .unwrap_or_default();
        let mut ids: Vec<String> = Vec::new();
        for (i, u) in self.array(top, "units", "$", false).iter().enumerate() {
            let path = format!("$.units[{i}]");
            let Some(map) = self.object(u, &path, UNIT_FIELDS) else {
                continue;
            };
            let id = self.string(map, "id", &path, true);
            if let Some(id) = id {
                if !first_time(&mut ids, id) {
                    self.push(Problem::error(at(&path, "id"), words().unit_id_twice(id)));
                }
            }
            let name = text(self.string(map, "name", &path, true));
            let name_cy = self.welsh_name(map, "nameCy", &path);
            let note = self.string(map, "note", &path, false).map(String::from);
            let region = self.string(map, "region", &path, false);
            out.push(Unit {
                id: text(id),
                name,
                name_cy,
                region: region.map(String::from),
                note,
            });
            if let Some(region) = region {
                if !region_ids.iter().any(|r| r == region) {
                    let mut p = Problem::error(at(&path, "region"), words().unknown_region(region));
                    if let Some(best) = closest(
                        region,
                        &region_ids.iter().map(String::as_str).collect::<Vec<_>>(),
                    ) {
                        p = p.hint(words().did_you_mean(best));
                    }
                    self.push(p);
                }
            }
        }
        out
    }
}

pub(super) fn unknown_force(path: &str, code: &str, forces: &Known) -> Problem {
    let p = Problem::error(path, words().unknown_force(code));
    match closest(code, &forces.keys().collect::<Vec<_>>()) {
        Some(best) => {
            p.hint(words().did_you_mean_force(best, forces.get(best).unwrap_or_default()))
        }
        None => p.hint(words().unknown_force_hint()),
    }
}
