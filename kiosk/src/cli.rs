//! The scriptable commands: `forms list`, `forms check`, and `submit`. They use the same
//! validation and the same store transaction as the touchscreen, and print JSON for scripts.

use crate::context::Context;
use anyhow::{Context as _, Result};
use onestop::forms::check::{check_crm_form_translations, check_form_translations, check_kiosk_translations};
use onestop::forms::{Answers, Catalogue, Today, parse_form, validate};
use std::path::Path;

/// `kiosk forms list`: id, version, question count and English title of each form, in menu order.
pub fn forms_list(ctx: &Context) -> Result<()> {
    for f in ctx.menu() {
        let title = ctx.translations.form_text("en-GB", &f.id, "title", None);
        let from = if ctx.is_crm_form(&f.id) { "  (from the CRM)" } else { "" };
        println!(
            "{:<20} v{:<3} {:>2} questions  {title}{from}",
            f.id,
            f.version,
            f.questions.len()
        );
    }
    Ok(())
}

/// `kiosk forms check [FILE]`: every problem with one definition (or all bundled ones),
/// including translations missing in any locale. Returns whether all was well.
pub fn forms_check(ctx: &Context, file: Option<&Path>) -> Result<bool> {
    let mut problems: Vec<String> = Vec::new();
    let forms: Vec<onestop::forms::FormDef> = match file {
        Some(path) => {
            let bytes = std::fs::read(path).with_context(|| format!("could not read {}", path.display()))?;
            let Ok(text) = String::from_utf8(bytes) else {
                println!("{}: form: the file is not UTF-8 text", path.display());
                return Ok(false);
            };
            match parse_form(&text) {
                Ok(f) => {
                    let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
                    if stem != f.id {
                        problems.push(format!(
                            "{}: form: id \"{}\" does not match the file name; call the file {}.toml",
                            path.display(),
                            f.id,
                            f.id
                        ));
                    }
                    vec![f]
                }
                Err(ps) => {
                    for p in ps {
                        problems.push(format!("{}: {p}", path.display()));
                    }
                    Vec::new()
                }
            }
        }
        None => {
            for p in check_kiosk_translations(&ctx.translations) {
                problems.push(format!("kiosk.ftl: {p}"));
            }
            ctx.forms.all().cloned().collect()
        }
    };
    for f in &forms {
        // The CRM's forms come in English only: other locales show them in en-GB.
        let problems_of = if ctx.is_crm_form(&f.id) {
            check_crm_form_translations
        } else {
            check_form_translations
        };
        for p in problems_of(f, &ctx.translations) {
            problems.push(format!("{}: {p}", f.id));
        }
    }
    for p in &problems {
        println!("{p}");
    }
    if problems.is_empty() {
        println!(
            "ok: {} form(s) checked in {} locales",
            forms.len(),
            ctx.translations.all().count()
        );
    } else {
        println!("{} problem(s)", problems.len());
    }
    Ok(problems.is_empty())
}

/// `kiosk submit --form ID --answers FILE.json [--locale TAG]`: validate and store exactly as
/// "Send" does. Prints `{"reference", "submission_id"}`, or `{"errors": [...]}` and fails with
/// nothing written.
pub fn submit(ctx: &Context, forms: &Catalogue, form_id: &str, answers_path: &Path, locale: &str) -> Result<bool> {
    let Some(form) = forms.get(form_id) else {
        let ids: Vec<&str> = forms.all().map(|f| f.id.as_str()).collect();
        anyhow::bail!("there is no form \"{form_id}\" (forms: {})", ids.join(", "));
    };
    if ctx.translations.get(locale).is_none() {
        anyhow::bail!("there is no locale \"{locale}\"");
    }
    let bytes = std::fs::read(answers_path).with_context(|| format!("could not read {}", answers_path.display()))?;
    let answers: Answers = match serde_json::from_slice(&bytes) {
        Ok(a) => a,
        Err(e) => {
            let out = serde_json::json!({"errors": [{"field": "", "message": "error-wrong-type", "detail": format!("the answers file is not a JSON object of answers: {e}")}]});
            println!("{out}");
            return Ok(false);
        }
    };
    match validate(form, &answers, Today::now()) {
        Ok(valid) => {
            let mut store = ctx.open_store()?;
            let receipt = store.submit(&valid, locale, None)?;
            println!("{}", serde_json::to_string(&receipt)?);
            Ok(true)
        }
        Err(errors) => {
            let described: Vec<serde_json::Value> = errors
                .iter()
                .map(|e| {
                    let args: Vec<(&str, onestop::i18n::ArgValue)> = e
                        .args
                        .iter()
                        .map(|(k, v)| (k.as_str(), onestop::i18n::ArgValue::Num(*v)))
                        .collect();
                    let mut j = serde_json::to_value(e).expect("errors serialise");
                    j["text"] = serde_json::Value::String(ctx.translations.text(locale, &e.message, &args));
                    j
                })
                .collect();
            println!("{}", serde_json::json!({ "errors": described }));
            Ok(false)
        }
    }
}

/// `kiosk outbox list`: every submission's reference, form, state, age, attempts, last error
/// and CRM id. No answers: nothing here is personal data.
pub fn outbox_list(ctx: &Context) -> Result<bool> {
    let store = ctx.open_store()?;
    let rows = store.submissions()?;
    let now = time::OffsetDateTime::now_utc();
    println!(
        "{:<10} {:<18} {:<13} {:>8} {:>8}  {:<14} last error",
        "reference", "form", "state", "age", "attempts", "crm id"
    );
    for r in &rows {
        let age = time::OffsetDateTime::parse(&r.created_at, &time::format_description::well_known::Rfc3339)
            .map(|t| human_age((now - t).whole_seconds()))
            .unwrap_or_else(|_| "?".into());
        println!(
            "{:<10} {:<18} {:<13} {:>8} {:>8}  {:<14} {}",
            r.reference,
            r.form_id,
            r.state,
            age,
            r.attempts,
            r.crm_id.as_deref().unwrap_or("-"),
            r.last_error.as_deref().unwrap_or("")
        );
    }
    let count = |s: &str| rows.iter().filter(|r| r.state == s).count();
    println!(
        "{} pending, {} parked, {} acknowledged",
        count("pending"),
        count("parked"),
        count("acknowledged")
    );
    // Fields the CRM accepted without keeping: the answers are in each request's description.
    for drop in store.field_drops()? {
        println!("CRM dropped fields: {}", drop.line());
    }
    Ok(true)
}

/// `kiosk outbox retry REF`: un-park one submission so it is sent again.
pub fn outbox_retry(ctx: &Context, reference: &str) -> Result<bool> {
    let store = ctx.open_store()?;
    if store.unpark(reference)? {
        println!("{reference}: will be sent again");
        Ok(true)
    } else {
        println!("{reference}: no parked submission has that reference (see `kiosk outbox list`)");
        Ok(false)
    }
}

/// An age in seconds as staff read it: `45s`, `12m`, `5h`, `3d`.
pub fn human_age(secs: i64) -> String {
    match secs.max(0) {
        s if s < 120 => format!("{s}s"),
        s if s < 7_200 => format!("{}m", s / 60),
        s if s < 172_800 => format!("{}h", s / 3_600),
        s => format!("{}d", s / 86_400),
    }
}

/// The configured CRM connector and forwarder settings, or `None` when `crm.kind = "none"`.
pub fn connector(ctx: &Context) -> Result<Option<(onestop::crm::Connector, onestop::outbox::forwarder::Settings)>> {
    let c = &ctx.config.crm;
    let timeout = std::time::Duration::from_secs(c.timeout_secs);
    let connector = match c.kind.as_str() {
        "none" => return Ok(None),
        // Answers are labelled in the council's working language: the staff screen's.
        "open311" => onestop::crm::Connector::Open311(
            onestop::crm::open311::Open311::new(&c.url, &c.api_key, &c.jurisdiction_id, timeout)
                .map_err(anyhow::Error::msg)?,
            onestop::crm::open311::Forms::new(ctx.forms.clone(), ctx.translations.clone(), &ctx.config.staff.locale),
        ),
        _ => onestop::crm::Connector::Webhook(
            onestop::crm::webhook::Webhook::new(&c.url, c.secret.as_bytes(), timeout).map_err(anyhow::Error::msg)?,
        ),
    };
    let settings = onestop::outbox::forwarder::Settings {
        max_in_flight: c.max_in_flight,
        backoff: onestop::outbox::Backoff {
            base_ms: c.backoff_base_ms,
            cap_ms: c.backoff_cap_ms,
        },
        retention: std::time::Duration::from_secs(c.retention_days * 86_400),
    };
    Ok(Some((connector, settings)))
}

/// `kiosk outbox flush [--wait SECS]`: send everything due now, waiting up to SECS for
/// scheduled retries, then report. Exit 0 when nothing is left pending.
pub fn outbox_flush(ctx: &Context, wait_secs: u64) -> Result<bool> {
    let Some((hook, settings)) = connector(ctx)? else {
        println!("no CRM is configured (crm.kind = \"none\"): submissions stay in the outbox");
        return Ok(false);
    };
    let store = ctx.open_store()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let until = onestop::outbox::forwarder::Until::Drained {
        patience: std::time::Duration::from_secs(wait_secs),
    };
    // Cards read while offline are checked on the way, as the kiosk's own forwarder does.
    let settings = settings.verifying(ctx.config.cards.provider());
    let report = runtime.block_on(onestop::outbox::forwarder::drive(&store, &hook, settings, until))?;
    let pending = store.submissions()?.iter().filter(|s| s.state == "pending").count();
    println!(
        "{} attempts: {} acknowledged, {} parked, {} to retry; {pending} still pending",
        report.attempts, report.acknowledged, report.parked, report.retries
    );
    Ok(pending == 0)
}

/// `kiosk staff hash-pin`: read one line (the PIN) from `input` and write its argon2id PHC
/// string to `out`, to paste into `staff.pin_hash`. Anything but 4 to 12 digits is refused,
/// saying why on standard error, with nothing written to `out`.
pub fn staff_hash_pin(mut input: impl std::io::BufRead, mut out: impl std::io::Write) -> Result<bool> {
    use std::io::IsTerminal as _;
    if std::io::stdin().is_terminal() {
        eprintln!("Type the staff PIN (4 to 12 digits; it shows as you type) and press Enter:");
    }
    let mut line = String::new();
    input
        .read_line(&mut line)
        .context("could not read the PIN from standard input")?;
    let pin = line.strip_suffix('\n').unwrap_or(&line);
    let pin = pin.strip_suffix('\r').unwrap_or(pin);
    let hashed = onestop::staff::pin::hash_pin(pin);
    line.clear();
    match hashed {
        Ok(phc) => {
            writeln!(out, "{phc}")?;
            eprintln!("Paste that line into the config as: [staff] pin_hash = \"...\"");
            Ok(true)
        }
        Err(e) => {
            eprintln!("kiosk: {e}; nothing was printed");
            Ok(false)
        }
    }
}

/// `kiosk staff unlock`: clear the staff screen's wrong-PIN lockout.
pub fn staff_unlock(ctx: &Context) -> Result<bool> {
    let store = ctx.open_store()?;
    store.save_lockout(&onestop::staff::Lockout::default())?;
    println!("the staff screen is unlocked: 5 tries before the next lock");
    Ok(true)
}
