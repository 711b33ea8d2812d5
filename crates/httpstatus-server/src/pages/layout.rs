//! The frame every page shares: head (title, icon, absolute canonical and `hreflang`
//! links when the server has a public base URL, inline CSS), a header with the class
//! navigation and the language switch, and a footer with the data version.
//!
//! Colours: the class colours are the core's palette (`httpstatus::palette`), which the
//! CLI paints codes with too. As text
//! on white, 2xx (#1f8a3b, 4.41:1), 3xx (#0e8a9a, 4.10:1) and 4xx (#b7791f, 3.64:1) fall short
//! of WCAG AA's 4.5:1, so no class colour is ever used as a text colour: each fills the code
//! badge, with black or white text picked per colour for at least 4.5:1, and draws borders
//! (non-text contrast, at least 3:1 on the light and the dark background). The unit tests
//! check every pair.

use httpstatus::palette::{SWATCHES, Swatch};
use httpstatus::{Class, Lang, StatusCode};
use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::words::{other, tr};
use crate::public_url::PublicUrl;

/// What every page shares: the stylesheet, and the server's public base URL, which the
/// canonical and `hreflang` links need (search engines ignore relative ones; without a
/// base URL they are left out).
#[derive(Debug)]
pub(crate) struct Shell {
    /// The stylesheet, inline in every page.
    pub(crate) css: String,
    /// `--public-url`.
    pub(crate) public_url: Option<PublicUrl>,
}

impl Shell {
    /// The shell for a server with this base URL.
    pub(crate) fn new(public_url: Option<PublicUrl>) -> Shell {
        Shell {
            css: css(),
            public_url,
        }
    }
}

/// Page colours in light mode: background, text, muted text, link, card background, lines.
pub(crate) const LIGHT: [&str; 6] = [
    "#ffffff", "#1b1d21", "#4b5261", "#1a4fb5", "#f3f5f8", "#c9ced6",
];
/// The dark-mode counterpart of [`LIGHT`].
pub(crate) const DARK: [&str; 6] = [
    "#121417", "#e8eaed", "#b4bac4", "#8ab4f8", "#191c20", "#3d434d",
];

/// The stylesheet, inline in every page.
pub(crate) fn css() -> String {
    let mut kinds = String::new();
    for (
        i,
        Swatch {
            key, css, css_text, ..
        },
    ) in SWATCHES.iter().enumerate()
    {
        let name = if *key == "unofficial" {
            "ku".to_owned()
        } else {
            format!("k{}", i + 1)
        };
        kinds.push_str(&format!(".{name}{{--c:{css};--on:{css_text}}}"));
    }
    let vars = |[bg, fg, muted, link, card, line]: [&str; 6]| {
        format!(":root{{--bg:{bg};--fg:{fg};--mu:{muted};--a:{link};--card:{card};--line:{line}}}")
    };
    format!(
        "{BASE}{}@media (prefers-color-scheme:dark){{{}}}{kinds}",
        vars(LIGHT),
        vars(DARK)
    )
}

/// The fixed part of the stylesheet.
const BASE: &str = "\
*{box-sizing:border-box}\
html{color-scheme:light dark;-webkit-text-size-adjust:100%}\
body{margin:0;background:var(--bg);color:var(--fg);font:1rem/1.65 system-ui,-apple-system,'Segoe UI','Apple SD Gothic Neo','Malgun Gothic','Noto Sans KR',sans-serif;word-break:keep-all;overflow-wrap:anywhere}\
a{color:var(--a)}\
a:focus-visible,button:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--a);outline-offset:2px;border-radius:2px}\
.w{max-width:62rem;margin:0 auto;padding:0 1rem}\
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}.skip{position:absolute;left:-999rem}.skip:focus{left:1rem;top:.5rem;background:var(--bg);padding:.5rem;z-index:9}\
header.top{border-bottom:1px solid var(--line)}\
header.top .w{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;padding-top:.6rem;padding-bottom:.6rem}\
.brand{font-weight:700;text-decoration:none;color:var(--fg);margin-right:auto}\
nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}\
.crumbs{font-size:.9rem;color:var(--mu);margin:1rem 0 0}.crumbs ol{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.4rem}.crumbs li+li::before{content:'›';margin-right:.4rem}\
h1{font-size:1.9rem;line-height:1.3;margin:1.2rem 0 .5rem}h2{font-size:1.4rem;margin:2rem 0 .6rem}h3{font-size:1.15rem;margin:1.5rem 0 .5rem}\
.lead{font-size:1.15rem;margin:.25rem 0}.mu{color:var(--mu)}\
.b{display:inline-block;margin-right:.4em;min-width:3.1em;text-align:center;font-weight:700;border-radius:.4em;padding:0 .35em;background:var(--c);color:var(--on);font-variant-numeric:tabular-nums;text-decoration:none}\
.tag{display:inline-block;border:1px solid var(--line);border-radius:1em;padding:0 .6em;font-size:.85rem;margin:0 .25rem .25rem 0}\
.bar{border-left:.35rem solid var(--c);padding-left:.9rem}\
.codes{list-style:none;padding:0;margin:.5rem 0;display:grid;gap:.5rem}\
.codes li{background:var(--card);border-radius:.5rem;padding:.5rem .8rem;border-left:.35rem solid var(--c)}\
.codes a{font-weight:600}.codes p{margin:.15rem 0 0}\
.t{color:var(--mu);margin-left:.35rem}\
form.s{display:flex;gap:.5rem;margin:1rem 0 .5rem;flex-wrap:wrap}form.s label{flex-basis:100%;font-weight:600}\
input[type=search]{flex:1;min-width:0;font:inherit;padding:.5rem .75rem;border:2px solid var(--mu);border-radius:.5rem;background:var(--bg);color:var(--fg)}\
button{font:inherit;padding:.5rem 1rem;border:2px solid var(--a);border-radius:.5rem;background:var(--a);color:var(--bg);cursor:pointer}\
header form.s{margin:0;flex-wrap:nowrap}header input[type=search]{padding:.25rem .5rem;width:11rem}header button{padding:.25rem .7rem}\
dl.f{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1.2rem;margin:.5rem 0}dl.f dt{font-weight:600}dl.f dd{margin:0}\
.tw{overflow-x:auto;margin:.5rem 0}\
table{border-collapse:collapse;width:100%}th,td{border:1px solid var(--line);padding:.4rem .6rem;text-align:left;vertical-align:top}thead th{background:var(--card)}\
pre{overflow-x:auto;background:var(--card);padding:.75rem 1rem;border-radius:.5rem;white-space:pre-wrap}code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.92em}\
pre.wx{white-space:pre;margin:.2rem 0 .6rem}.wl{margin:.7rem 0 0;font-weight:600}.notice{border-left:.35rem solid var(--a);padding-left:.9rem}.df,td.none{color:var(--mu)}\
footer{border-top:1px solid var(--line);margin-top:3rem;padding:1rem 0 2rem;font-size:.9rem;color:var(--mu)}\
[hidden]{display:none!important}\
.choices{margin:1rem 0;padding-left:1.8rem;display:grid;gap:.5rem}.choices li{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:.55rem .9rem}.choices a{font-weight:600}.to{white-space:nowrap}.to .b{font-size:.85rem}.trail ol{padding-left:1.6rem}.trail li{margin:.35rem 0}.moves{margin:1.2rem 0}\
@media (max-width:40rem){h1{font-size:1.5rem}dl.f{grid-template-columns:1fr}dl.f dd{margin-bottom:.5rem}header input[type=search]{width:8rem}}\
";

/// The live filter of the index: ranks the index's own items as you type (code, code
/// prefix or `4xx`, then names, then words); Enter submits the form to the server's
/// ranked, typo-tolerant search, which also serves browsers without JavaScript.
pub(crate) const FILTER_JS: &str = r"(()=>{const q=document.getElementById('q'),out=document.getElementById('hits'),n=document.getElementById('n'),all=document.getElementById('all'),items=[...all.querySelectorAll('li[data-c]')];
const norm=s=>s.toLowerCase().replace(/\s+/g,' ').trim();
const score=(li,v,c)=>{const k=li.dataset.c;if(k==v)return 100;if(/^[0-9x]{1,3}$/.test(v)&&new RegExp('^'+v.replace(/x/g,'[0-9]')).test(k))return 90;
const names=li.dataset.n.split('|');if(names.some(s=>s==v||s.replace(/ /g,'')==c))return 80;if(names.some(s=>s.startsWith(v)))return 60;if(names.some(s=>s.includes(v)))return 50;
const t=norm(li.textContent);if(v.split(' ').every(w=>t.includes(w)))return 20;return t.replace(/ /g,'').includes(c)?10:0};
const run=()=>{const v=norm(q.value),c=v.replace(/ /g,'');out.textContent='';if(!v){all.hidden=false;out.hidden=true;n.textContent='';return}
const hits=items.map((li,i)=>[score(li,v,c),i,li]).filter(h=>h[0]>0).sort((a,b)=>b[0]-a[0]||a[1]-b[1]);
for(const h of hits)out.append(h[2].cloneNode(true));all.hidden=true;out.hidden=false;n.textContent=hits.length?n.dataset.t.replace('#',hits.length):n.dataset.z};
q.addEventListener('input',run);if(q.value)run()})();";

/// The badge class of a code: `k1`…`k5` by class, `ku` for unofficial or invalid codes.
pub(crate) fn kind(code: StatusCode, unofficial: bool) -> &'static str {
    match code.class() {
        Some(c) if !unofficial => class_kind(c),
        _ => "ku",
    }
}

/// The badge class of a class.
pub(crate) fn class_kind(class: Class) -> &'static str {
    match class {
        Class::Informational => "k1",
        Class::Successful => "k2",
        Class::Redirection => "k3",
        Class::ClientError => "k4",
        Class::ServerError => "k5",
    }
}

/// What the frame needs to know about a page.
#[derive(Debug)]
pub(crate) struct Frame<'a> {
    pub(crate) lang: Lang,
    /// The `<title>`.
    pub(crate) title: &'a str,
    /// The meta description.
    pub(crate) description: &'a str,
    /// The path after `/{lang}/`, with its query if any: the same page in the other
    /// language is `/{other}/{rest}`.
    pub(crate) rest: &'a str,
    /// A search box in the header (every page but the index, which has its own).
    pub(crate) header_search: bool,
    /// The matching JSON API resource, linked from the footer.
    pub(crate) api: &'a str,
    /// Inline script, if any.
    pub(crate) script: Option<&'static str>,
}

/// The canonical link of the page and its `hreflang` alternates, absolute from the public
/// base URL; nothing without one.
fn public_links(frame: &Frame<'_>, public_url: Option<&PublicUrl>) -> Markup {
    let Some(base) = public_url else {
        return html! {};
    };
    let rest = frame.rest;
    let x_default = if rest.is_empty() {
        "/".to_owned()
    } else {
        format!("/en/{rest}")
    };
    html! {
        link rel="canonical" href=(base.join(&format!("/{}/{rest}", frame.lang.as_str())));
        link rel="alternate" hreflang="ko" href=(base.join(&format!("/ko/{rest}")));
        link rel="alternate" hreflang="en" href=(base.join(&format!("/en/{rest}")));
        link rel="alternate" hreflang="x-default" href=(base.join(&x_default));
    }
}

/// The whole document around `main`.
pub(crate) fn document(frame: &Frame<'_>, shell: &Shell, main: Markup) -> String {
    let lang = frame.lang;
    let alt = other(lang);
    let here = format!("/{}/{}", lang.as_str(), frame.rest);
    let switch = format!("/{}/{}", alt.as_str(), frame.rest);
    let version = httpstatus::data_version();
    let l = lang.as_str();
    let markup = html! {
        (DOCTYPE)
        html lang=(l) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (frame.title) }
                meta name="description" content=(frame.description);
                meta name="color-scheme" content="light dark";
                link rel="icon" href="/favicon.ico" sizes="32x32";
                (public_links(frame, shell.public_url.as_ref()))
                style { (PreEscaped(&shell.css)) }
            }
            body {
                a.skip href="#main" { (tr(lang, "본문으로 건너뛰기", "Skip to content")) }
                header.top {
                    div.w {
                        a.brand href={ "/" (l) "/" } { "httpstatus" }
                        nav aria-label=(tr(lang, "분류", "Classes")) {
                            ul {
                                @for class in Class::ALL {
                                    li { a href={ "/" (l) "/" (class.range()) } title=(class.name().get(lang)) { (class.range()) } }
                                }
                                li { a href={ "/" (l) "/#unofficial" } { (tr(lang, "비공식", "Unofficial")) } }
                            }
                        }
                        @if frame.header_search {
                            form.s role="search" action={ "/" (l) "/search" } method="get" {
                                label.vh for="hq" { (tr(lang, "상태 코드 검색", "Search status codes")) }
                                input #hq type="search" name="q" placeholder=(tr(lang, "코드나 이름", "Code or name"));
                                button type="submit" { (tr(lang, "검색", "Search")) }
                            }
                        }
                        a href=(switch) hreflang=(alt.as_str()) lang=(alt.as_str()) rel="alternate" {
                            (alt.native_name())
                        }
                    }
                }
                main #main .w { (main) }
                footer {
                    div.w {
                        p {
                            (tr(lang, "데이터: IANA HTTP 상태 코드 레지스트리 ", "Data: IANA HTTP Status Code Registry as of "))
                            (version.registry_snapshot)
                            (tr(lang, " 기준, ", "; follows "))
                            (version.follows.iter().take(4).copied().collect::<Vec<_>>().join(", "))
                            (tr(lang, " 외. 한국어·영어 텍스트 검토일 ", " and more. Korean and English texts reviewed "))
                            (version.text_reviewed)
                            "."
                        }
                        p {
                            (tr(lang, "같은 데이터를 JSON으로: ", "The same data as JSON: "))
                            a href=(frame.api) { code { (frame.api) } }
                            " · "
                            a href="/api/v1/openapi.json" { "OpenAPI" }
                            " · "
                            a href=(here) { (tr(lang, "이 페이지", "this page")) }
                        }
                    }
                }
                @if let Some(js) = frame.script {
                    script { (PreEscaped(js)) }
                }
            }
        }
    };
    markup.into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn luminance(hex: &str) -> f64 {
        let hex = hex.trim_start_matches('#');
        let hex = if hex.len() == 3 {
            hex.chars().flat_map(|c| [c, c]).collect::<String>()
        } else {
            hex.to_owned()
        };
        let channel = |i: usize| {
            let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
    }

    fn contrast(a: &str, b: &str) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn badge_text_meets_aa() {
        for Swatch {
            key,
            css: colour,
            css_text: on,
            ..
        } in SWATCHES
        {
            let c = contrast(colour, on);
            assert!(c >= 4.5, "{key}: badge text {on} on {colour} is {c:.2}:1");
        }
    }

    #[test]
    fn class_colours_as_borders_meet_non_text_contrast() {
        for Swatch {
            key, css: colour, ..
        } in SWATCHES
        {
            for bg in [LIGHT[0], DARK[0], LIGHT[4], DARK[4]] {
                let c = contrast(colour, bg);
                assert!(c >= 3.0, "{key}: border {colour} on {bg} is {c:.2}:1");
            }
        }
    }

    #[test]
    fn text_and_links_meet_aa() {
        for [bg, fg, muted, link, card, line] in [LIGHT, DARK] {
            for back in [bg, card] {
                for colour in [fg, muted, link] {
                    let c = contrast(colour, back);
                    assert!(c >= 4.5, "{colour} on {back} is {c:.2}:1");
                }
            }
            // Button text is the background colour on the link colour.
            assert!(contrast(bg, link) >= 4.5);
            // The search box border (muted) and focus ring (link) are UI components.
            assert!(contrast(muted, bg) >= 3.0 && contrast(link, bg) >= 3.0);
            let _ = line; // table rules are decoration; the cells keep their text contrast
        }
    }

    #[test]
    fn which_class_colours_fail_as_text() {
        // Documents why class colours are never text: three of six fall short on white.
        let failing: Vec<&str> = SWATCHES
            .iter()
            .filter(|s| contrast(s.css, LIGHT[0]) < 4.5)
            .map(|s| s.key)
            .collect();
        assert_eq!(failing, ["2xx", "3xx", "4xx"]);
    }
}
