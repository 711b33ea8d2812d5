//! The page store: every fixed page (both indexes, every code page, every class page) and
//! the API's fixed documents, rendered once into representations (`rep.rs`, compressed at
//! the highest levels) on the first request that needs them, not at start-up; and the
//! pages kept after their first rendering (comparisons, up to [`MEMO_MAX`]; the decision
//! guide's steps). Each server has its own store ([`Pages`]): the pages carry absolute links
//! made from its `--public-url`.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use httpstatus::{Class, Lang, StatusCode};

use crate::pages::layout::Shell;
use crate::pages::{self, Missing};
use crate::public_url::PublicUrl;
use crate::rep::{Coding, Rep};

/// Most comparison pages kept after their first rendering.
const MEMO_MAX: usize = 128;

/// Every fixed page and API document, by path.
#[derive(Debug)]
pub(crate) struct Store {
    /// What every page shares: the stylesheet and the public base URL.
    pub(crate) shell: Shell,
    pages: HashMap<String, Arc<Rep>>,
    memo: Mutex<HashMap<String, Arc<Rep>>>,
    /// The decision guide's pages, rendered on first use and kept: one per step, so the
    /// graph bounds their number.
    guide: Mutex<HashMap<String, Arc<Rep>>>,
}

/// One server's page store. It is rendered on the first request that needs it (about a
/// quarter of a second on one core), not at start-up: a server used only for its status
/// routes never holds the pages in memory. Servers in one process with the same public
/// base URL share their store (a server process has one server; tests start many).
#[derive(Debug)]
pub(crate) struct Pages {
    public_url: Option<PublicUrl>,
    store: &'static OnceLock<Store>,
}

impl Pages {
    /// The store for pages that link to `public_url` (when there is one).
    pub(crate) fn new(public_url: Option<PublicUrl>) -> Pages {
        type Stores = Vec<(Option<PublicUrl>, &'static OnceLock<Store>)>;
        static STORES: Mutex<Stores> = Mutex::new(Vec::new());
        let mut stores = STORES
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        let store = match stores.iter().find(|(url, _)| *url == public_url) {
            Some((_, store)) => *store,
            None => {
                let store: &'static OnceLock<Store> = Box::leak(Box::new(OnceLock::new()));
                stores.push((public_url.clone(), store));
                store
            }
        };
        Pages { public_url, store }
    }

    /// The stored page at `path`, when the page store is rendered: a request for the page
    /// `path` without a query gets it as it is (`site::page` answers it the same way).
    pub(crate) fn stored(&self, path: &str) -> Option<&'static Rep> {
        self.store.get()?.get(path).map(|rep| &**rep)
    }

    /// The page store, rendered on a blocking thread the first time.
    pub(crate) async fn store(&self) -> &'static Store {
        if let Some(s) = self.store.get() {
            return s;
        }
        let (cell, url) = (self.store, self.public_url.clone());
        let render = move || cell.get_or_init(|| Store::build(url));
        match tokio::task::spawn_blocking(render).await {
            Ok(s) => s,
            Err(_) => self
                .store
                .get_or_init(|| Store::build(self.public_url.clone())),
        }
    }

    /// `true` when the pages have a public base URL: then `robots.txt` and `sitemap.xml`
    /// are served.
    pub(crate) fn crawlable(&self) -> bool {
        self.public_url.is_some()
    }
}

impl Store {
    /// Renders every fixed page and API document, linking to `public_url` if given.
    pub(crate) fn build(public_url: Option<PublicUrl>) -> Store {
        let started = std::time::Instant::now();
        let shell = Shell::new(public_url);
        let mut pages: HashMap<String, Arc<Rep>> = HashMap::new();
        for lang in Lang::ALL {
            let l = lang.as_str();
            pages.insert(
                format!("/{l}/"),
                Arc::new(Rep::html(
                    StatusCode::OK,
                    lang,
                    pages::index(lang, &shell),
                    None,
                )),
            );
            for class in Class::ALL {
                pages.insert(
                    format!("/{l}/{}", class.range()),
                    Arc::new(Rep::html(
                        StatusCode::OK,
                        lang,
                        pages::class(lang, class, &shell),
                        None,
                    )),
                );
            }
            for code in pages::known_codes() {
                if let Some(html) = pages::code(lang, code, &shell) {
                    pages.insert(
                        format!("/{l}/{}", code.as_u16()),
                        Arc::new(Rep::html(StatusCode::OK, lang, html, None)),
                    );
                }
            }
        }
        for (path, body) in crate::api::documents() {
            pages.insert(path, Arc::new(Rep::json(StatusCode::OK, body, None)));
        }
        if let Some(base) = &shell.public_url {
            let guide: Vec<String> = crate::crawl::guide_steps()
                .iter()
                .flat_map(|rest| Lang::ALL.map(|l| pages::href(l, rest)))
                .collect();
            let paths = pages.keys().chain(&guide).map(String::as_str);
            let files = crate::crawl::files(base, paths);
            for (path, rep) in files {
                pages.insert(path.to_owned(), Arc::new(rep));
            }
        }
        tracing::debug!(
            pages = pages.len(),
            ms = started.elapsed().as_millis() as u64,
            "reference pages rendered"
        );
        Store {
            shell,
            pages,
            memo: Mutex::new(HashMap::new()),
            guide: Mutex::new(HashMap::new()),
        }
    }

    /// A stored page or document.
    pub(crate) fn get(&self, path: &str) -> Option<&Arc<Rep>> {
        self.pages.get(path)
    }

    /// A page of the decision guide (`rest` is `choose/…`): the step, rendered on first
    /// use and kept, or a 400/404 page for a path that names no step.
    pub(crate) fn choose(&self, lang: Lang, rest: &str, coding: Option<Coding>) -> Arc<Rep> {
        let walk = match pages::choose::parse(rest) {
            Ok(walk) => walk,
            Err(e) => {
                let html = pages::choose::bad_step(lang, &e, &self.shell);
                return Arc::new(Rep::html(e.status, lang, html, coding));
            }
        };
        let key = pages::choose::href_walk(lang, &walk);
        if let Some(rep) = self.guide.lock().ok().and_then(|m| m.get(&key).cloned()) {
            return rep;
        }
        let html = pages::choose::choose(lang, &walk, &self.shell);
        let rep = Arc::new(Rep::html(StatusCode::OK, lang, html, None));
        if let Ok(mut kept) = self.guide.lock() {
            kept.insert(key, rep.clone());
        }
        rep
    }

    /// A comparison page, rendered on first use and kept.
    pub(crate) fn vs(
        &self,
        lang: Lang,
        path: &str,
        codes: &[StatusCode],
    ) -> Result<Arc<Rep>, Missing> {
        if let Some(rep) = self.memo.lock().ok().and_then(|m| m.get(path).cloned()) {
            return Ok(rep);
        }
        let html = pages::vs(lang, codes, &self.shell)?;
        let rep = Arc::new(Rep::html(StatusCode::OK, lang, html, None));
        if let Ok(mut memo) = self.memo.lock() {
            if memo.len() < MEMO_MAX {
                memo.insert(path.to_owned(), rep.clone());
            }
        }
        Ok(rep)
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use bytes::Bytes;

    #[test]
    fn index_weight() {
        let started = std::time::Instant::now();
        let store = Store::build(None);
        println!(
            "built {} pages in {} ms",
            store.pages.len(),
            started.elapsed().as_millis()
        );
        for path in ["/ko/", "/en/", "/ko/404", "/en/499", "/api/v1/codes"] {
            let rep = store.get(path).unwrap();
            let size = |c| rep.bytes(c).map_or(0, Bytes::len);
            println!(
                "{path}: {} bytes, gzip {}, br {}",
                size(Coding::Identity),
                size(Coding::Gzip),
                size(Coding::Br)
            );
        }
        for path in ["/ko/", "/en/"] {
            let raw = store
                .get(path)
                .unwrap()
                .bytes(Coding::Identity)
                .unwrap()
                .len();
            assert!(raw < 150 * 1024, "{path} is {raw} bytes");
        }
        let total: usize = store
            .pages
            .values()
            .map(|r| {
                [Coding::Identity, Coding::Gzip, Coding::Br]
                    .iter()
                    .map(|&c| r.bytes(c).map_or(0, Bytes::len))
                    .sum::<usize>()
            })
            .sum();
        println!("store: {total} bytes in all");
    }
}
