//! Reading a GeoReport request list to its end: given one page (its URL, its headers, how many
//! requests it held), which URL holds the next. Servers say so in an `X-Next-Page-URL` header
//! or an RFC 8288 `Link: <…>; rel="next"`; some say nothing and take `page=N`, which we try only
//! while pages come back full (the first page's size, at least [`MIN_FULL_PAGE`]) and no page has
//! named its next (a server that names them ends its list by naming none). The walk
//! stops on an empty page, a URL already read, a page the same as the one before (a server that
//! ignores `page=` answers every page alike), or a page that says nothing more; it refuses a
//! next page on another site (a hostile or misconfigured server must not send us elsewhere) and
//! gives up after [`MAX_PAGES`]. Pure: fetching the pages is [`super::open311`]'s job.

use reqwest::Url;
use std::collections::HashSet;

/// The most pages one reconciliation reads; past it we cannot tell, so we do not send again.
pub const MAX_PAGES: usize = 200;

/// A page smaller than this is the whole list when no header names a next page: we only guess
/// `page=N` when the server plainly pages (GeoReport servers page at 50, 100 or 1000).
pub const MIN_FULL_PAGE: usize = 50;

/// One page as it came back.
#[derive(Debug, Clone, Copy)]
pub struct Page<'a> {
    /// The URL it was read from.
    pub url: &'a str,
    /// The `X-Next-Page-URL` header, if any.
    pub next_page_url: Option<&'a str>,
    /// The `Link` header(s), joined with `,`, if any.
    pub link: Option<&'a str>,
    /// How many requests it held.
    pub items: usize,
    /// A hash of its body, to notice a page repeated under a new URL.
    pub digest: u64,
}

/// What to do after a page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Read this URL.
    Fetch(String),
    /// The list has been read to its end.
    End,
}

/// The walk through one list.
#[derive(Debug)]
pub struct Pager {
    base: Url,
    first_size: Option<usize>,
    seen: HashSet<String>,
    /// Some page named its next: this server says where its list goes on.
    names_next: bool,
    /// The previous page's digest.
    last_digest: Option<u64>,
}

/// A URL without its query, for messages (no parameters, so no keys).
fn shown(url: &Url) -> String {
    let mut u = url.clone();
    u.set_query(None);
    u.set_fragment(None);
    u.to_string()
}

/// The `rel="next"` target of a `Link` header value, if any.
pub fn link_next(header: &str) -> Option<&str> {
    let mut rest = header;
    while let Some(open) = rest.find('<') {
        let close = open + rest[open..].find('>')?;
        let target = &rest[open + 1..close];
        let after = &rest[close + 1..];
        // The parameters run to the next link: the next `,` followed (after spaces) by `<`.
        let end = after
            .char_indices()
            .find(|&(i, c)| c == ',' && after[i + 1..].trim_start().starts_with('<'))
            .map_or(after.len(), |(i, _)| i);
        let params = &after[..end];
        let is_next = params.split(';').any(|p| {
            let Some((name, value)) = p.split_once('=') else {
                return false;
            };
            name.trim().eq_ignore_ascii_case("rel")
                && value
                    .trim()
                    .trim_matches('"')
                    .split_ascii_whitespace()
                    .any(|r| r.eq_ignore_ascii_case("next"))
        });
        if is_next {
            return Some(target.trim());
        }
        rest = &after[end..];
    }
    None
}

/// `url` with its `page` parameter one higher (a URL without one is page 1).
fn next_page_number(url: &Url) -> Url {
    let mut page = 1u64;
    let mut pairs: Vec<(String, String)> = Vec::new();
    for (k, v) in url.query_pairs() {
        if k == "page" {
            page = v.trim().parse().unwrap_or(1);
        } else {
            pairs.push((k.into_owned(), v.into_owned()));
        }
    }
    let mut next = url.clone();
    next.query_pairs_mut()
        .clear()
        .extend_pairs(pairs)
        .append_pair("page", &page.saturating_add(1).to_string());
    next
}

impl Pager {
    /// A walk through a list on the server at `base` (the configured `crm.url`).
    pub fn new(base: &str) -> Result<Pager, String> {
        let base = Url::parse(base).map_err(|e| format!("crm.url \"{base}\" is not a URL ({e}); check [crm] url"))?;
        Ok(Pager {
            base,
            first_size: None,
            seen: HashSet::new(),
            names_next: false,
            last_digest: None,
        })
    }

    /// Where to go after `page`, or why we cannot go on (a transient reason for staff).
    pub fn next(&mut self, page: Page) -> Result<Next, String> {
        let here =
            Url::parse(page.url).map_err(|e| format!("the request list's URL {} is not a URL: {e}", page.url))?;
        self.seen.insert(here.to_string());
        if page.items == 0 || self.last_digest.replace(page.digest) == Some(page.digest) {
            return Ok(Next::End);
        }
        let first_size = *self.first_size.get_or_insert(page.items);
        let named = page
            .next_page_url
            .map(str::trim)
            .filter(|u| !u.is_empty())
            .or_else(|| page.link.and_then(link_next));
        self.names_next |= named.is_some();
        let next = match named {
            Some(target) => {
                let next = here.join(target).map_err(|e| {
                    format!("the CRM named a next page of its request list that is not a URL ({e}): {target:.100}")
                })?;
                if next.origin() != self.base.origin() {
                    return Err(format!(
                        "the CRM's request list names its next page on another site ({}), which is not followed; \
                         check [crm] url is the server's own address",
                        shown(&next)
                    ));
                }
                next
            }
            None if !self.names_next && first_size >= MIN_FULL_PAGE && page.items == first_size => {
                next_page_number(&here)
            }
            None => return Ok(Next::End),
        };
        if self.seen.contains(next.as_str()) {
            return Ok(Next::End);
        }
        if self.seen.len() >= MAX_PAGES {
            return Err(format!(
                "read {MAX_PAGES} pages of the CRM's request list ({}) without reaching its end, so it cannot tell \
                 whether an earlier attempt arrived; it will look again later rather than risk a second copy",
                shown(&here)
            ));
        }
        Ok(Next::Fetch(next.to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "https://crm.example/open311/v2/";
    const FIRST: &str = "https://crm.example/open311/v2/requests.json?service_code=BULKY";

    fn page<'a>(url: &'a str, items: usize) -> Page<'a> {
        Page {
            url,
            next_page_url: None,
            link: None,
            items,
            // Every page differs unless a test says otherwise.
            digest: {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                (url, items).hash(&mut h);
                h.finish()
            },
        }
    }

    #[test]
    fn an_x_next_page_url_header_is_followed_relative_or_absolute() {
        let mut p = Pager::new(BASE).unwrap();
        let first = Page {
            next_page_url: Some("requests.json?service_code=BULKY&after=100"),
            ..page(FIRST, 100)
        };
        assert_eq!(
            p.next(first).unwrap(),
            Next::Fetch("https://crm.example/open311/v2/requests.json?service_code=BULKY&after=100".into())
        );
        let second = Page {
            next_page_url: Some("https://crm.example/open311/v2/requests.json?cursor=x"),
            ..page(
                "https://crm.example/open311/v2/requests.json?service_code=BULKY&after=100",
                100,
            )
        };
        assert_eq!(
            p.next(second).unwrap(),
            Next::Fetch("https://crm.example/open311/v2/requests.json?cursor=x".into())
        );
    }

    #[test]
    fn a_link_header_rel_next_is_followed_among_other_links() {
        let header = r#"<https://crm.example/open311/v2/requests.json?page=1>; rel="first", <https://crm.example/open311/v2/requests.json?a=1,2&page=3>; title="x, y"; rel="next last""#;
        assert_eq!(
            link_next(header),
            Some("https://crm.example/open311/v2/requests.json?a=1,2&page=3")
        );
        assert_eq!(link_next(r#"<x>; rel="prev""#), None);
        assert_eq!(link_next("garbage <unclosed"), None);
        let mut p = Pager::new(BASE).unwrap();
        let first = Page {
            link: Some(header),
            ..page(FIRST, 20)
        };
        assert!(matches!(p.next(first).unwrap(), Next::Fetch(u) if u.ends_with("page=3")));
    }

    #[test]
    fn full_pages_without_headers_go_on_by_page_number_and_a_short_page_ends() {
        let mut p = Pager::new(BASE).unwrap();
        let Next::Fetch(two) = p.next(page(FIRST, 100)).unwrap() else {
            panic!("a full page")
        };
        assert_eq!(two, format!("{FIRST}&page=2"));
        let Next::Fetch(three) = p.next(page(&two, 100)).unwrap() else {
            panic!("full again")
        };
        assert_eq!(three, format!("{FIRST}&page=3"));
        assert_eq!(
            p.next(page(&three, 99)).unwrap(),
            Next::End,
            "shorter than the first: the last"
        );
        let mut small = Pager::new(BASE).unwrap();
        assert_eq!(
            small.next(page(FIRST, 20)).unwrap(),
            Next::End,
            "a small list with no header is all there is"
        );
        let mut empty = Pager::new(BASE).unwrap();
        let header = Page {
            next_page_url: Some("requests.json?page=9"),
            ..page(FIRST, 0)
        };
        assert_eq!(empty.next(header).unwrap(), Next::End, "an empty page ends the list");
    }

    #[test]
    fn a_server_that_names_its_pages_ends_by_naming_none_even_when_full() {
        let mut p = Pager::new(BASE).unwrap();
        let first = Page {
            next_page_url: Some("requests.json?service_code=BULKY&page=2"),
            ..page(FIRST, 100)
        };
        let Next::Fetch(two) = p.next(first).unwrap() else {
            panic!("named")
        };
        assert_eq!(p.next(page(&two, 100)).unwrap(), Next::End, "no page=3 guessed");
    }

    #[test]
    fn a_server_that_ignores_the_page_number_is_read_once_over() {
        let mut p = Pager::new(BASE).unwrap();
        let same = |url| Page {
            digest: 42,
            ..page(url, 60)
        };
        let Next::Fetch(two) = p.next(same(FIRST)).unwrap() else {
            panic!("a full page: try page 2")
        };
        assert_eq!(p.next(same(&two)).unwrap(), Next::End, "page 2 is page 1 again");
    }

    #[test]
    fn a_next_page_on_another_site_is_refused() {
        for elsewhere in [
            "https://evil.example/collect",
            "http://crm.example/open311/v2/requests.json?page=2",
            "https://crm.example:8443/open311/v2/requests.json?page=2",
            "//evil.example/x",
        ] {
            let mut p = Pager::new(BASE).unwrap();
            let first = Page {
                next_page_url: Some(elsewhere),
                ..page(FIRST, 100)
            };
            let err = p.next(first).unwrap_err();
            assert!(
                err.contains("another site") && err.contains("[crm] url"),
                "{elsewhere}: {err}"
            );
        }
    }

    #[test]
    fn a_repeated_url_ends_the_walk() {
        let mut p = Pager::new(BASE).unwrap();
        let looping = Page {
            next_page_url: Some(FIRST),
            ..page(FIRST, 100)
        };
        assert_eq!(p.next(looping).unwrap(), Next::End);
    }

    #[test]
    fn the_cap_is_an_error_never_the_end_of_the_list() {
        let mut p = Pager::new(BASE).unwrap();
        let mut url = FIRST.to_owned();
        let mut pages = 0;
        let err = loop {
            pages += 1;
            match p.next(page(&url, 100)) {
                Ok(Next::Fetch(next)) => url = next,
                Ok(Next::End) => panic!("an endless list never ends quietly"),
                Err(e) => break e,
            }
        };
        assert_eq!(pages, MAX_PAGES);
        assert!(err.contains("200 pages") && err.contains("later"), "{err}");
    }
}
