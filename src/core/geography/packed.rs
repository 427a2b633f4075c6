//! Reading the packed boundaries that `build.rs` makes from the TopoJSON file:
//! the same quantised arcs and shapes as variable-length integers.

use super::topology::{Shape, Topology};
use crate::core::error::Error;

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, Error> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| Error::Topology("packed boundaries end early".into()))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, Error> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Error::Topology(
            "packed boundaries have a bad number".into(),
        ))
    }

    fn count(&mut self) -> Result<usize, Error> {
        let n = self.varint()? as usize;
        // No list can be longer than the bytes left: a cap against corrupt input.
        if n > self.bytes.len() {
            return Err(Error::Topology(
                "packed boundaries have a bad length".into(),
            ));
        }
        Ok(n)
    }

    fn signed(&mut self) -> Result<i64, Error> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    fn f64(&mut self) -> Result<f64, Error> {
        let mut b = [0u8; 8];
        for x in &mut b {
            *x = self.byte()?;
        }
        Ok(f64::from_le_bytes(b))
    }
}

/// Decodes packed boundaries into a [`Topology`].
pub fn decode(bytes: &[u8]) -> Result<Topology, Error> {
    if !bytes.starts_with(b"RMT2") {
        return Err(Error::Topology("not packed boundaries".into()));
    }
    let mut r = Reader { bytes, at: 4 };
    let (sx, sy, tx, ty) = (r.f64()?, r.f64()?, r.f64()?, r.f64()?);
    let mut arcs = Vec::new();
    // The position carries on from arc to arc (see `build.rs`).
    let (mut x, mut y) = (0i64, 0i64);
    for _ in 0..r.count()? {
        let n = r.count()?;
        let mut arc = Vec::with_capacity(n);
        for _ in 0..n {
            x += r.signed()?;
            y += r.signed()?;
            arc.push([x as f64 * sx + tx, y as f64 * sy + ty]);
        }
        arcs.push(arc);
    }
    let mut shapes = Vec::new();
    // Arc references carry on from the one before, too.
    let mut v = 0i64;
    for _ in 0..r.count()? {
        let len = r.count()?;
        let id_bytes = bytes
            .get(r.at..r.at + len)
            .ok_or_else(|| Error::Topology("packed id ends early".into()))?;
        let id = String::from_utf8(id_bytes.to_vec())
            .map_err(|_| Error::Topology("a packed id is not text".into()))?;
        r.at += len;
        let mut polygons = Vec::new();
        for _ in 0..r.count()? {
            let mut rings = Vec::new();
            for _ in 0..r.count()? {
                let mut refs = Vec::new();
                for _ in 0..r.count()? {
                    v = v.wrapping_add(r.signed()?);
                    let index = if v < 0 { !v } else { v } as usize;
                    if index >= arcs.len() {
                        return Err(Error::Topology(format!("{id}: arc {v} does not exist")));
                    }
                    refs.push(v as i32);
                }
                rings.push(refs);
            }
            polygons.push(rings);
        }
        shapes.push(Shape { id, polygons });
    }
    Ok(Topology { arcs, shapes })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_and_json_boundaries_are_the_same_topology() {
        let json = Topology::parse(include_str!("../../../data/boundaries.topo.json"), "forces");
        let packed = decode(crate::core::geography::atlas::BOUNDARIES);
        // Both must read (an error on both sides would compare equal).
        let (Ok(json), Ok(packed)) = (json, packed) else {
            panic!("a set of boundaries did not read");
        };
        assert!(!json.shapes.is_empty());
        assert_eq!(json, packed);
    }

    #[test]
    fn corrupt_input_is_an_error_not_a_panic() {
        let good = crate::core::geography::atlas::BOUNDARIES;
        for cut in [0, 4, 20, 40, good.len() / 2, good.len() - 1] {
            assert!(decode(&good[..cut]).is_err(), "cut at {cut}");
        }
        let mut bad = good.to_vec();
        bad[36] = 0xff;
        bad[37] = 0xff;
        let _ = decode(&bad); // must not panic
    }
}
