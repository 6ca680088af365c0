//! The actor map of a movement laid out for drawing: positions come from a force-directed
//! layout (the `force_graph` crate over petgraph), computed here so the picture is the same on
//! every device and in tests, and the UI only draws it.

use crate::cycle::text;
use crate::error::Result;
use crate::ids::RecordId;
use crate::schema::{Entity, PERIPHERY};
use crate::store::Store;
use force_graph::{EdgeData, ForceGraph, NodeData, SimulationParameters};
use serde::{Deserialize, Serialize};
use serde_json::Value as Json;
use std::collections::HashMap;

/// Width and height of the drawing area the positions are scaled to.
pub const MAP_SIZE: (f32, f32) = (1000.0, 700.0);
const MARGIN: f32 = 60.0;
const STEPS: usize = 400;
const MAX_STRETCH: f32 = 2.5;
/// Closest two actors may sit: a circle and a short label each.
const GAP: f32 = 48.0;

/// One actor on the map.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MapNode {
    /// The actor.
    pub id: String,
    /// Its name.
    pub name: String,
    /// organisation, union, network, ... (`schema::ACTOR_KIND`).
    pub kind: String,
    /// formal or informal.
    pub org_kind: String,
    /// A funder, official or other NGO around the movement rather than part of it.
    pub periphery: bool,
    /// Sessions the actor took part in.
    pub sessions: usize,
    /// Position in `MAP_SIZE`.
    pub x: f32,
    /// Position in `MAP_SIZE`.
    pub y: f32,
}

/// One relation on the map.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct MapEdge {
    /// The relation.
    pub id: String,
    /// From actor.
    pub from: String,
    /// To actor.
    pub to: String,
    /// member_of, allied_with, tension_with, funds, convenes.
    pub kind: String,
}

/// A movement's actors and relations with positions.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
pub struct ActorMap {
    /// Actors.
    pub nodes: Vec<MapNode>,
    /// Relations between live actors.
    pub edges: Vec<MapEdge>,
    /// Drawing width.
    pub width: f32,
    /// Drawing height.
    pub height: f32,
}

impl Store {
    /// The movement's actor map, laid out.
    pub fn actor_map(&self, movement: RecordId) -> Result<ActorMap> {
        let mut actors = self.children(Entity::Actor, "movement_id", movement)?;
        actors.sort_by_key(|a| text(a, "id"));
        let index: HashMap<String, usize> = actors.iter().enumerate().map(|(i, a)| (text(a, "id"), i)).collect();
        let mut edges: Vec<MapEdge> = self
            .children(Entity::Relation, "movement_id", movement)?
            .iter()
            .map(|r| MapEdge {
                id: text(r, "id"),
                from: text(r, "from_id"),
                to: text(r, "to_id"),
                kind: text(r, "kind"),
            })
            .filter(|e| e.from != e.to && index.contains_key(&e.from) && index.contains_key(&e.to))
            .collect();
        edges.sort_by(|a, b| a.id.cmp(&b.id));
        let pairs: Vec<(usize, usize)> = edges.iter().map(|e| (index[&e.from], index[&e.to])).collect();
        let positions = layout(actors.len(), &pairs);
        let nodes = actors
            .iter()
            .zip(positions)
            .map(|(a, (x, y))| MapNode {
                id: text(a, "id"),
                name: text(a, "name"),
                kind: text(a, "kind"),
                org_kind: text(a, "org_kind"),
                periphery: PERIPHERY.contains(&text(a, "kind").as_str()),
                sessions: a.get("session_ids").and_then(Json::as_array).map_or(0, Vec::len),
                x,
                y,
            })
            .collect();
        Ok(ActorMap { nodes, edges, width: MAP_SIZE.0, height: MAP_SIZE.1 })
    }
}

/// Positions for `n` nodes joined by `pairs`, scaled into the map with a margin. Deterministic:
/// nodes start on a circle in id order and the simulation runs a fixed number of steps.
pub fn layout(n: usize, pairs: &[(usize, usize)]) -> Vec<(f32, f32)> {
    if n == 0 {
        return vec![];
    }
    // A softer spring than the default lets each group open up around its centre.
    let params = SimulationParameters { force_spring: 0.1, ..SimulationParameters::default() };
    let mut graph: ForceGraph = ForceGraph::new(params);
    let radius = 40.0 * (n as f32).sqrt() + 100.0;
    let idx: Vec<_> = (0..n)
        .map(|i| {
            let angle = i as f32 / n as f32 * std::f32::consts::TAU;
            graph.add_node(NodeData { x: radius * angle.cos(), y: radius * angle.sin(), ..Default::default() })
        })
        .collect();
    for &(a, b) in pairs {
        graph.add_edge(idx[a], idx[b], EdgeData::default());
    }
    // A fixed hub tied to one member of every connected group keeps unrelated groups (and lone
    // actors) from drifting off, which would shrink the rest of the map to a dot.
    let hub = graph.add_node(NodeData { is_anchor: true, mass: 1.0, ..Default::default() });
    for root in components(n, pairs) {
        graph.add_edge(hub, idx[root], EdgeData::default());
    }
    for _ in 0..STEPS {
        graph.update(0.02);
    }
    let g = graph.get_graph();
    let mut pos: Vec<(f32, f32)> = idx.iter().map(|&i| (g[i].x(), g[i].y())).collect();
    fit(&mut pos);
    spread(&mut pos);
    pos
}

/// One node of each connected component.
fn components(n: usize, pairs: &[(usize, usize)]) -> Vec<usize> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(p: &mut [usize], mut i: usize) -> usize {
        while p[i] != i {
            p[i] = p[p[i]];
            i = p[i];
        }
        i
    }
    for &(a, b) in pairs {
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        parent[ra] = rb;
    }
    let mut roots: Vec<usize> = (0..n).map(|i| find(&mut parent, i)).collect();
    roots.sort_unstable();
    roots.dedup();
    roots
}

/// Scales positions into the map. Each axis is stretched on its own (up to `MAX_STRETCH` times
/// the other), so a long chain of groups still uses the whole frame.
fn fit(pos: &mut [(f32, f32)]) {
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for &(x, y) in pos.iter() {
        (x0, y0, x1, y1) = (x0.min(x), y0.min(y), x1.max(x), y1.max(y));
    }
    let (w, h) = (MAP_SIZE.0 - 2.0 * MARGIN, MAP_SIZE.1 - 2.0 * MARGIN);
    let (sx, sy) = (w / (x1 - x0).max(1.0), h / (y1 - y0).max(1.0));
    let (sx, sy) = (sx.min(sy * MAX_STRETCH), sy.min(sx * MAX_STRETCH));
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    for p in pos.iter_mut() {
        *p = (MAP_SIZE.0 / 2.0 + (p.0 - cx) * sx, MAP_SIZE.1 / 2.0 + (p.1 - cy) * sy);
    }
}

/// Pushes apart actors closer than `GAP` so that circles and labels do not sit on each other,
/// staying inside the margins.
fn spread(pos: &mut [(f32, f32)]) {
    for _ in 0..60 {
        let mut moved = false;
        for i in 0..pos.len() {
            for j in i + 1..pos.len() {
                let (dx, dy) = (pos[j].0 - pos[i].0, pos[j].1 - pos[i].1);
                let d = (dx * dx + dy * dy).sqrt();
                if d >= GAP {
                    continue;
                }
                moved = true;
                // Coincident points part along a direction fixed by their indexes.
                let (ux, uy) = if d > 0.01 { (dx / d, dy / d) } else { ((i as f32).cos(), (j as f32).sin()) };
                let push = (GAP - d) / 2.0 + 0.5;
                pos[i] = (pos[i].0 - ux * push, pos[i].1 - uy * push);
                pos[j] = (pos[j].0 + ux * push, pos[j].1 + uy * push);
            }
        }
        for p in pos.iter_mut() {
            *p = (p.0.clamp(MARGIN, MAP_SIZE.0 - MARGIN), p.1.clamp(MARGIN, MAP_SIZE.1 - MARGIN));
        }
        if !moved {
            break;
        }
    }
    for p in pos.iter_mut() {
        *p = ((p.0 * 10.0).round() / 10.0, (p.1 * 10.0).round() / 10.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn min_gap(pos: &[(f32, f32)]) -> f32 {
        let mut gap = f32::MAX;
        for (i, a) in pos.iter().enumerate() {
            for b in &pos[i + 1..] {
                gap = gap.min(((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt());
            }
        }
        gap
    }

    #[test]
    fn sixty_actors_stay_apart_inside_the_map() {
        // Sixty actors: six networks of nine members, a few alliances and six loners.
        let mut pairs = vec![];
        for g in 0..6 {
            for m in 1..9 {
                pairs.push((g * 9, g * 9 + m));
            }
            pairs.push((g * 9, ((g + 1) % 6) * 9));
        }
        let pos = layout(60, &pairs);
        assert_eq!(pos.len(), 60);
        for &(x, y) in &pos {
            assert!((MARGIN - 0.1..=MAP_SIZE.0 - MARGIN + 0.1).contains(&x), "x {x}");
            assert!((MARGIN - 0.1..=MAP_SIZE.1 - MARGIN + 0.1).contains(&y), "y {y}");
        }
        // Room for a node's circle and label (the UI draws 9 px circles).
        assert!(min_gap(&pos) > 40.0, "nodes overlap: {}", min_gap(&pos));
        assert_eq!(layout(60, &pairs), pos, "the same map twice");
    }

    #[test]
    fn related_actors_sit_closer_than_unrelated_ones() {
        let pos = layout(4, &[(0, 1), (2, 3)]);
        let d = |a: usize, b: usize| ((pos[a].0 - pos[b].0).powi(2) + (pos[a].1 - pos[b].1).powi(2)).sqrt();
        assert!(d(0, 1) < d(0, 2) && d(2, 3) < d(1, 3), "{pos:?}");
        assert_eq!(layout(1, &[]).len(), 1);
        assert!(layout(0, &[]).is_empty());
    }
}
