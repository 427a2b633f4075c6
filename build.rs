//! Packs `data/boundaries.topo.json` (quantised TopoJSON) into a compact binary
//! that the library embeds: the same arcs and shapes, as variable-length integers,
//! so the WebAssembly carries no JSON parser for its boundaries.
//! `src/core/packed.rs` reads it; a test checks that both give the same topology.

use std::io::Write;

fn varint(out: &mut Vec<u8>, mut v: u64) {
    loop {
        let byte = (v & 0x7f) as u8;
        v >>= 7;
        if v == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

fn zigzag(v: i64) -> u64 {
    ((v << 1) ^ (v >> 63)) as u64
}

fn int(v: &serde_json::Value) -> i64 {
    v.as_f64().map_or(0, |f| f.round() as i64)
}

fn main() {
    let src = "data/boundaries.topo.json";
    println!("cargo:rerun-if-changed={src}");
    println!("cargo:rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(src).unwrap_or_else(|e| panic!("{src}: {e}"));
    let topo: serde_json::Value =
        serde_json::from_str(&text).unwrap_or_else(|e| panic!("{src}: {e}"));
    let mut out = b"RMT2".to_vec();
    let t = &topo["transform"];
    for v in [
        &t["scale"][0],
        &t["scale"][1],
        &t["translate"][0],
        &t["translate"][1],
    ] {
        out.extend_from_slice(
            &v.as_f64()
                .unwrap_or_else(|| panic!("{src}: no transform"))
                .to_le_bytes(),
        );
    }
    let arcs = topo["arcs"]
        .as_array()
        .unwrap_or_else(|| panic!("{src}: no arcs"));
    varint(&mut out, arcs.len() as u64);
    // Each arc's first point is written relative to where the previous arc
    // ended (TopoJSON has it absolute), as arcs often continue one another:
    // about 300 bytes less gzipped. The rest are TopoJSON's own deltas.
    // `at` is the last point written, in absolute grid units.
    let mut at = [0i64; 2];
    for arc in arcs {
        let points = arc.as_array().map_or(&[][..], Vec::as_slice);
        varint(&mut out, points.len() as u64);
        for (i, p) in points.iter().enumerate() {
            let (x, y) = (int(&p[0]), int(&p[1]));
            let next = if i == 0 {
                [x, y]
            } else {
                [at[0] + x, at[1] + y]
            };
            varint(&mut out, zigzag(next[0] - at[0]));
            varint(&mut out, zigzag(next[1] - at[1]));
            at = next;
        }
    }
    let geometries = topo["objects"]["forces"]["geometries"]
        .as_array()
        .unwrap_or_else(|| panic!("{src}: no forces"));
    varint(&mut out, geometries.len() as u64);
    // Arc references are written as the difference from the one before (a
    // ring's arcs are often numbered close together): about 150 bytes less.
    let mut last_ref = 0i64;
    for g in geometries {
        let id = g["id"]
            .as_str()
            .unwrap_or_else(|| panic!("{src}: geometry without id"));
        varint(&mut out, id.len() as u64);
        out.extend_from_slice(id.as_bytes());
        let polygons: Vec<serde_json::Value> = match g["type"].as_str() {
            Some("Polygon") => vec![g["arcs"].clone()],
            Some("MultiPolygon") => g["arcs"].as_array().cloned().unwrap_or_default(),
            other => panic!("{src}: {id} has type {other:?}"),
        };
        varint(&mut out, polygons.len() as u64);
        for poly in &polygons {
            let rings = poly.as_array().map_or(&[][..], Vec::as_slice);
            varint(&mut out, rings.len() as u64);
            for ring in rings {
                let refs = ring.as_array().map_or(&[][..], Vec::as_slice);
                varint(&mut out, refs.len() as u64);
                for r in refs {
                    varint(&mut out, zigzag(int(r) - last_ref));
                    last_ref = int(r);
                }
            }
        }
    }
    let dir = std::env::var("OUT_DIR").unwrap_or_else(|e| panic!("OUT_DIR: {e}"));
    let mut f =
        std::fs::File::create(format!("{dir}/boundaries.bin")).unwrap_or_else(|e| panic!("{e}"));
    f.write_all(&out).unwrap_or_else(|e| panic!("{e}"));
}
