//! The guide as a graph: nodes by id, reachability, cycles, depth and every path.

use std::collections::{BTreeSet, HashMap};

use super::model::Guide;

/// A question or a result, by its position in the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Node {
    /// `guide.questions[i]`.
    Question(usize),
    /// `guide.results[i]`.
    Result(usize),
}

/// One step of a walk: the question and the index of the answer taken.
pub type Step = (usize, usize);

/// The guide with its ids resolved.
#[derive(Debug)]
pub struct Graph<'a> {
    /// The data.
    pub guide: &'a Guide,
    ids: HashMap<&'a str, Node>,
}

impl<'a> Graph<'a> {
    /// Indexes every node by id; the problems found (duplicate ids) are returned too.
    pub fn new(guide: &'a Guide) -> (Graph<'a>, Vec<String>) {
        let mut ids = HashMap::new();
        let mut errors = Vec::new();
        let nodes = guide
            .questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.id.as_str(), Node::Question(i)))
            .chain(
                guide
                    .results
                    .iter()
                    .enumerate()
                    .map(|(i, r)| (r.id.as_str(), Node::Result(i))),
            );
        for (id, node) in nodes {
            if ids.insert(id, node).is_some() {
                errors.push(format!("node id {id:?} is used twice"));
            }
        }
        (Graph { guide, ids }, errors)
    }

    /// The node called `id`.
    pub fn resolve(&self, id: &str) -> Option<Node> {
        self.ids.get(id).copied()
    }

    /// The first question, when `meta.start` names one.
    pub fn start(&self) -> Option<usize> {
        match self.resolve(&self.guide.meta.start) {
            Some(Node::Question(i)) => Some(i),
            _ => None,
        }
    }

    /// Where the answers of question `q` lead (unresolved ones are left out).
    pub fn next(&self, q: usize) -> impl Iterator<Item = Node> + '_ {
        self.guide.questions[q]
            .answers
            .iter()
            .filter_map(|a| self.resolve(&a.next))
    }

    /// Every node reachable from the start, the start included.
    pub fn reachable(&self) -> BTreeSet<Node> {
        let mut seen = BTreeSet::new();
        let mut stack: Vec<Node> = self.start().map(Node::Question).into_iter().collect();
        while let Some(node) = stack.pop() {
            if !seen.insert(node) {
                continue;
            }
            if let Node::Question(q) = node {
                stack.extend(self.next(q));
            }
        }
        seen
    }

    /// A cycle among the questions, as the ids along it, if there is one.
    pub fn cycle(&self) -> Option<Vec<String>> {
        // 0 unvisited, 1 on the current path, 2 done.
        let mut state = vec![0u8; self.guide.questions.len()];
        let mut path = Vec::new();
        for q in 0..self.guide.questions.len() {
            if let Some(c) = self.cycle_from(q, &mut state, &mut path) {
                return Some(c);
            }
        }
        None
    }

    fn cycle_from(&self, q: usize, state: &mut [u8], path: &mut Vec<usize>) -> Option<Vec<String>> {
        match state[q] {
            2 => return None,
            1 => {
                let from = path.iter().position(|&p| p == q).unwrap_or(0);
                let mut ids: Vec<String> = path[from..]
                    .iter()
                    .map(|&p| self.guide.questions[p].id.clone())
                    .collect();
                ids.push(self.guide.questions[q].id.clone());
                return Some(ids);
            }
            _ => {}
        }
        state[q] = 1;
        path.push(q);
        let next: Vec<Node> = self.next(q).collect();
        for node in next {
            if let Node::Question(n) = node {
                if let Some(c) = self.cycle_from(n, state, path) {
                    return Some(c);
                }
            }
        }
        path.pop();
        state[q] = 2;
        None
    }

    /// Every path from the start to a result, as the steps taken. The graph must be
    /// acyclic and fully resolved (check with [`cycle`](Self::cycle) first).
    pub fn paths(&self) -> Vec<(Vec<Step>, usize)> {
        let mut out = Vec::new();
        if let Some(start) = self.start() {
            self.paths_from(start, &mut Vec::new(), &mut out);
        }
        out
    }

    fn paths_from(&self, q: usize, steps: &mut Vec<Step>, out: &mut Vec<(Vec<Step>, usize)>) {
        for (a, answer) in self.guide.questions[q].answers.iter().enumerate() {
            steps.push((q, a));
            match self.resolve(&answer.next) {
                Some(Node::Question(n)) => self.paths_from(n, steps, out),
                Some(Node::Result(r)) => out.push((steps.clone(), r)),
                None => {}
            }
            steps.pop();
        }
    }

    /// The most answers on one path (the depth a walk must be able to hold).
    pub fn max_depth(&self) -> usize {
        self.paths().iter().map(|(s, _)| s.len()).max().unwrap_or(0)
    }

    /// The codes the guide can end on, each once, in order.
    pub fn reached_codes(&self) -> BTreeSet<u16> {
        self.reachable()
            .into_iter()
            .filter_map(|n| match n {
                Node::Result(r) => Some(&self.guide.results[r].codes),
                Node::Question(_) => None,
            })
            .flatten()
            .copied()
            .collect()
    }
}
