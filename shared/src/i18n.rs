//! Translations: Fluent bundles per locale (`kiosk.ftl` plus one bundle per form), choosing a
//! locale for what a visitor asks for, falling back to en-GB message by message, and each locale's
//! name, direction and font. It turns ids into strings; it does not know about screens, and it
//! does not read files itself (see [`crate::embedded::read_tree`]); what a file may ask of the
//! parser and formatter is [`limits`]' job.

pub mod limits;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue, concurrent::FluentBundle};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::Arc;
use unic_langid::LanguageIdentifier;

/// The locale every other falls back to, and the source of truth for which messages exist.
pub const FALLBACK: &str = "en-GB";

/// Reading direction of a locale's script.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    /// Left to right.
    Ltr,
    /// Right to left: the kiosk mirrors its layout.
    Rtl,
}

/// What `locales/<tag>/locale.toml` says about a locale.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LocaleInfo {
    /// The language named in itself, e.g. `اردو`.
    pub name: String,
    /// The language named in English, for staff and logs.
    pub english_name: String,
    /// Reading direction.
    pub direction: Direction,
    /// The bundled font family that renders its script.
    pub font: String,
    /// `reviewed`, or `draft` while awaiting a native speaker's review.
    pub status: String,
}

/// A problem loading translations, with the file it is in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: {message}")]
pub struct LocaleError {
    /// Path relative to the locales root, e.g. `ur/kiosk.ftl`.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One locale: its info, its kiosk messages, and its form messages.
pub struct Locale {
    /// BCP 47 tag, e.g. `zh-Hans`.
    pub tag: String,
    /// Name, direction, font, review status.
    pub info: LocaleInfo,
    kiosk: Bundle,
    forms: BTreeMap<String, Bundle>,
    /// Other top-level files, e.g. `staff.ftl` and `queue.ftl`.
    others: BTreeMap<String, Bundle>,
    resources: BTreeMap<String, Arc<FluentResource>>,
}

impl std::fmt::Debug for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Locale").field("tag", &self.tag).finish_non_exhaustive()
    }
}

/// Fluent arguments, built from plain Rust values.
pub type Args<'a> = [(&'a str, ArgValue<'a>)];

/// A value for a Fluent placeable.
#[derive(Debug, Clone, Copy)]
pub enum ArgValue<'a> {
    /// Text.
    Str(&'a str),
    /// A number (plural rules use it).
    Num(i64),
}

fn to_fluent<'a>(args: &'a Args<'a>) -> Option<FluentArgs<'a>> {
    if args.is_empty() {
        return None;
    }
    let mut fa = FluentArgs::new();
    for (k, v) in args {
        match v {
            ArgValue::Str(s) => fa.set(*k, FluentValue::from(*s)),
            ArgValue::Num(n) => fa.set(*k, FluentValue::from(*n)),
        }
    }
    Some(fa)
}

/// Format `id` (or `id.attr`) from `bundle`, or `None` if absent or unformattable.
fn format(bundle: &Bundle, id: &str, attr: Option<&str>, args: &Args) -> Option<String> {
    let msg = bundle.get_message(id)?;
    let pattern = match attr {
        Some(a) => msg.get_attribute(a)?.value(),
        None => msg.value()?,
    };
    let fargs = to_fluent(args);
    let mut errors = Vec::new();
    let out = bundle.format_pattern(pattern, fargs.as_ref(), &mut errors);
    errors.is_empty().then(|| out.into_owned())
}

impl Locale {
    /// Build a locale from its files: `locale.toml`, `kiosk.ftl`, and `forms/<id>.ftl`, given as
    /// (path relative to the locale folder, contents). Parse errors, and files breaking
    /// [`limits`] (deep nesting, self-reference, runaway expansion), are reported, never skipped.
    pub fn from_files<'a>(
        tag: &str,
        files: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Locale, Vec<LocaleError>> {
        let langid: LanguageIdentifier = tag.parse().map_err(|_| {
            vec![LocaleError {
                file: tag.to_owned(),
                message: "not a valid BCP 47 language tag".into(),
            }]
        })?;
        let mut errors = Vec::new();
        let mut info = None;
        let mut resources = BTreeMap::new();
        let mut broken = Vec::new();
        for (path, text) in files {
            let file = format!("{tag}/{path}");
            if path == "locale.toml" {
                match toml::from_str::<LocaleInfo>(text) {
                    Ok(i) => info = Some(i),
                    Err(e) => errors.push(LocaleError {
                        file,
                        message: e.message().to_owned(),
                    }),
                }
            } else if path.ends_with(".ftl") {
                match limits::parse(&file, text) {
                    Ok(r) => {
                        resources.insert(path.to_owned(), Arc::new(r));
                    }
                    Err(mut errs) => {
                        broken.push(path);
                        errors.append(&mut errs);
                    }
                }
            }
        }
        let Some(info) = info else {
            errors.push(LocaleError {
                file: format!("{tag}/locale.toml"),
                message: "missing: every locale needs locale.toml with name, english_name, direction, font and status"
                    .into(),
            });
            return Err(errors);
        };
        let rtl = info.direction == Direction::Rtl;
        let new_bundle = |res: &Arc<FluentResource>, file: &str, errors: &mut Vec<LocaleError>| {
            let mut b = FluentBundle::new_concurrent(vec![langid.clone()]);
            // Isolation marks keep numbers and Latin names in place inside RTL sentences; in LTR
            // text they only add invisible characters.
            b.set_use_isolating(rtl);
            // NUMBER(), for ordinal selectors ("3rd in the queue"); it only fails if already added.
            let _ = b.add_builtins();
            if let Err(errs) = b.add_resource(res.clone()) {
                for e in errs {
                    errors.push(LocaleError {
                        file: format!("{tag}/{file}"),
                        message: e.to_string(),
                    });
                }
            }
            b
        };
        let kiosk = match resources.get("kiosk.ftl") {
            Some(r) => new_bundle(r, "kiosk.ftl", &mut errors),
            None => {
                if !broken.contains(&"kiosk.ftl") {
                    errors.push(LocaleError {
                        file: format!("{tag}/kiosk.ftl"),
                        message: "missing".into(),
                    });
                }
                FluentBundle::new_concurrent(vec![langid.clone()])
            }
        };
        let mut forms = BTreeMap::new();
        let mut others = BTreeMap::new();
        for (path, res) in &resources {
            if let Some(form) = path.strip_prefix("forms/").and_then(|p| p.strip_suffix(".ftl")) {
                forms.insert(form.to_owned(), new_bundle(res, path, &mut errors));
            } else if path != "kiosk.ftl" && !path.contains('/') {
                others.insert(path.clone(), new_bundle(res, path, &mut errors));
            }
        }
        if errors.is_empty() {
            Ok(Locale {
                tag: tag.to_owned(),
                info,
                kiosk,
                forms,
                others,
                resources,
            })
        } else {
            Err(errors)
        }
    }

    /// Every message id and `id.attribute` in one of this locale's files (`kiosk.ftl`,
    /// `forms/missed-bin.ftl`), for completeness checks.
    pub fn keys(&self, file: &str) -> Vec<String> {
        use fluent_syntax::ast::Entry;
        let Some(res) = self.resources.get(file) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for entry in res.entries() {
            if let Entry::Message(m) = entry {
                if m.value.is_some() {
                    out.push(m.id.name.to_owned());
                }
                for a in &m.attributes {
                    out.push(format!("{}.{}", m.id.name, a.id.name));
                }
            }
        }
        out
    }

    /// The files this locale has, relative to its folder.
    pub fn files(&self) -> impl Iterator<Item = &str> {
        self.resources.keys().map(String::as_str)
    }

    /// Whether it is read right to left.
    pub fn is_rtl(&self) -> bool {
        self.info.direction == Direction::Rtl
    }
}

/// All locales, with en-GB always present.
#[derive(Debug)]
pub struct Translations {
    locales: BTreeMap<String, Locale>,
}

impl Translations {
    /// Load from a file listing of the locales root: (`<tag>/<path>`, contents). Every problem in
    /// every file is returned, each naming its file (and message, for [`limits`]).
    pub fn load<'a>(files: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Translations, Vec<LocaleError>> {
        let mut by_tag: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (path, text) in files {
            if let Some((tag, rest)) = path.split_once('/') {
                by_tag.entry(tag).or_default().push((rest, text));
            }
        }
        let mut errors = Vec::new();
        let mut locales = BTreeMap::new();
        for (tag, files) in by_tag {
            match Locale::from_files(tag, files) {
                Ok(l) => {
                    locales.insert(tag.to_owned(), l);
                }
                Err(mut e) => errors.append(&mut e),
            }
        }
        if !locales.contains_key(FALLBACK) && errors.is_empty() {
            errors.push(LocaleError {
                file: FALLBACK.into(),
                message: "the fallback locale en-GB is missing".into(),
            });
        }
        if errors.is_empty() {
            Ok(Translations { locales })
        } else {
            Err(errors)
        }
    }

    /// The locale with this exact tag.
    pub fn get(&self, tag: &str) -> Option<&Locale> {
        self.locales.get(tag)
    }

    /// en-GB.
    pub fn fallback(&self) -> &Locale {
        &self.locales[FALLBACK]
    }

    /// Every locale, in tag order.
    pub fn all(&self) -> impl Iterator<Item = &Locale> {
        self.locales.values()
    }

    /// The best locale for what was asked (e.g. `["ur-PK", "en"]`), else en-GB.
    pub fn negotiate(&self, requested: &[&str]) -> &Locale {
        use fluent_langneg::{NegotiationStrategy, negotiate_languages};
        let requested: Vec<LanguageIdentifier> = requested.iter().filter_map(|r| r.parse().ok()).collect();
        let available: Vec<LanguageIdentifier> = self.locales.keys().filter_map(|t| t.parse().ok()).collect();
        let default: LanguageIdentifier = FALLBACK.parse().expect("valid tag");
        let chosen = negotiate_languages(&requested, &available, Some(&default), NegotiationStrategy::Lookup);
        chosen
            .first()
            .and_then(|id| self.locales.get(&id.to_string()))
            .unwrap_or_else(|| self.fallback())
    }

    /// A kiosk message in `tag`, falling back to en-GB, then to the id itself so a gap shows up
    /// on screen as something a tester can report rather than a blank.
    pub fn text(&self, tag: &str, id: &str, args: &Args) -> String {
        self.lookup(tag, |l| format(&l.kiosk, id, None, args))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A message from another top-level file of `tag` (e.g. `staff.ftl`), with the same fallback
    /// as [`Self::text`].
    pub fn file_text(&self, tag: &str, file: &str, id: &str, args: &Args) -> String {
        self.lookup(tag, |l| l.others.get(file).and_then(|b| format(b, id, None, args)))
            .unwrap_or_else(|| id.to_owned())
    }

    /// A form message (`id`, or `id.attr`) in `tag`, with the same fallback as [`Self::text`].
    pub fn form_text(&self, tag: &str, form: &str, id: &str, attr: Option<&str>) -> String {
        self.form_text_opt(tag, form, id, attr).unwrap_or_else(|| match attr {
            Some(a) => format!("{form}:{id}.{a}"),
            None => format!("{form}:{id}"),
        })
    }

    /// An optional form message: `None` where en-GB has none either (e.g. a question's hint).
    pub fn form_text_opt(&self, tag: &str, form: &str, id: &str, attr: Option<&str>) -> Option<String> {
        let get = |l: &Locale| l.forms.get(form).and_then(|b| format(b, id, attr, &[]));
        match self.locales.get(tag) {
            // A form with words in en-GB only (from the CRM's catalogue) is not a gap to log.
            Some(l) if !l.forms.contains_key(form) => get(self.fallback()),
            _ => self.lookup(tag, get),
        }
    }

    fn lookup(&self, tag: &str, f: impl Fn(&Locale) -> Option<String>) -> Option<String> {
        self.locales.get(tag).and_then(&f).or_else(|| {
            if tag != FALLBACK {
                tracing::warn!(locale = tag, "message missing; falling back to en-GB");
            }
            f(self.fallback())
        })
    }
}
