//! The scriptable commands: `forms list`, `forms check`, and `submit`. They use the same
//! validation and the same store transaction as the touchscreen, and print JSON for scripts.
//! `stats` (the visitors' ratings), `csv write` (a day's CSV of a form), `snapshot` and
//! `addresses` (the gazetteer) have their own modules; `kiosk forward` is `crate::windowless`.

pub mod addresses;
pub mod csv;
pub mod snapshot;
mod snapshot_access;
mod snapshot_address;
mod snapshot_hours;
mod snapshot_queue;
mod snapshot_staff;
pub mod stats;

use crate::context::Context;
use anyhow::{Context as _, Result};
use onestop::config::CrmKind;
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

/// `kiosk forms check [FILE]`: every problem with one definition (or all loaded ones),
/// including translations missing in any locale; or, for a `.ftl` FILE, its syntax errors and
/// what it asks of the formatter (nesting, loops, expansion). Returns whether all was well.
pub fn forms_check(ctx: &Context, file: Option<&Path>) -> Result<bool> {
    use onestop::bounded::{MAX_FORM_BYTES, MAX_FTL_BYTES, ReadError, read_text};
    let mut problems: Vec<String> = Vec::new();
    let forms: Vec<onestop::forms::FormDef> = match file {
        Some(path) => {
            let ftl = path.extension().is_some_and(|e| e == "ftl");
            let text = match read_text(path, if ftl { MAX_FTL_BYTES } else { MAX_FORM_BYTES }) {
                Ok(t) => t,
                Err(e @ ReadError::NotUtf8 { .. }) => {
                    println!("{e}");
                    return Ok(false);
                }
                // It names the file and says what to do: nothing to add.
                Err(e) => return Err(e.into()),
            };
            if ftl {
                let errors = onestop::i18n::limits::parse(&path.display().to_string(), &text).err();
                for e in errors.iter().flatten() {
                    println!("{e}");
                }
                match &errors {
                    None => println!(
                        "ok: {} parses, and no message nests too deep, refers to itself or expands too far",
                        path.display()
                    ),
                    Some(errs) => println!("{} problem(s)", errs.len()),
                }
                return Ok(errors.is_none());
            }
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
    // Bounded like every file the kiosk reads: a FIFO or a link to an endless device is refused,
    // and no answers file is anywhere near 1 MiB.
    let bytes = onestop::bounded::read_bytes(answers_path, ANSWERS_FILE_LIMIT)
        .with_context(|| format!("could not read {}", answers_path.display()))?;
    let mut answers: Answers = match serde_json::from_slice(&bytes) {
        Ok(a) => a,
        Err(e) => {
            let out = serde_json::json!({"errors": [{"field": "", "message": "error-wrong-type", "detail": format!("the answers file is not a JSON object of answers: {e}")}]});
            println!("{out}");
            return Ok(false);
        }
    };
    let gazetteer = onestop::gazetteer::Shared::new(&ctx.data_dir.join(onestop::gazetteer::FILE_NAME));
    let refused = crate::uprn::resolve(&gazetteer, form, &mut answers);
    if !refused.is_empty() {
        println!("{}", serde_json::json!({ "errors": refused }));
        return Ok(false);
    }
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

/// The largest answers file `kiosk submit` reads.
const ANSWERS_FILE_LIMIT: u64 = 1 << 20;

/// `kiosk outbox list`: every submission's reference, form, state, age, attempts, CRM id and last
/// error (markup removed, cut at a word), a row that needs staff marked so, then the totals. No
/// answers.
pub fn outbox_list(ctx: &Context) -> Result<bool> {
    let store = ctx.open_store()?;
    let rows = store.staff_rows()?;
    let now = time::OffsetDateTime::now_utc();
    let now_text = now
        .format(&time::format_description::well_known::Rfc3339)
        .unwrap_or_default();
    let attention_after = ctx.config.crm.attention_after();
    let age_of = |t: &str| {
        time::OffsetDateTime::parse(t, &time::format_description::well_known::Rfc3339)
            .map(|t| crate::clock::human_age((now - t).whole_seconds()))
            .unwrap_or_else(|_| "?".into())
    };
    println!(
        "{:<10} {:<18} {:<13} {:>8} {:>8}  {:<14} last error",
        "reference", "form", "state", "age", "attempts", "crm id"
    );
    let mut attention = 0;
    for r in &rows {
        let needs = r.needs_attention(&now_text, attention_after);
        attention += usize::from(needs);
        // A parked row says so in its state column already.
        let flag = match r.failing_since.as_deref() {
            Some(since) if needs && r.state == onestop::store::StaffState::Retrying => {
                format!("NEEDS ATTENTION (failing this way for {}): ", age_of(since))
            }
            _ => String::new(),
        };
        println!(
            "{:<10} {:<18} {:<13} {:>8} {:>8}  {:<14} {flag}{}",
            r.reference,
            r.form_id,
            r.state.stored(),
            age_of(&r.created_at),
            r.attempts,
            r.crm_id.as_deref().unwrap_or("-"),
            r.last_error.as_deref().unwrap_or("")
        );
    }
    // Fields a CRM took without keeping: once per form and server (see docs/CRM.md).
    for drops in store.field_drops()? {
        println!("CRM dropped fields: {}", drops.line());
    }
    let count = |s: &str| rows.iter().filter(|r| r.state.stored() == s).count();
    println!(
        "{} pending, {} parked, {} acknowledged; {attention} need attention",
        count("pending"),
        count("parked"),
        count("acknowledged")
    );
    Ok(true)
}

/// `kiosk outbox retry REF` / `--all`: un-park one submission, or every parked one, so it is
/// sent again.
pub fn outbox_retry(ctx: &Context, reference: Option<&str>) -> Result<bool> {
    let store = ctx.open_store()?;
    let Some(reference) = reference else {
        let n = store.unpark_all()?;
        println!("{n} parked submission(s) will be sent again");
        return Ok(true);
    };
    if store.unpark(reference)? {
        println!("{reference}: will be sent again");
        Ok(true)
    } else {
        println!("{reference}: no parked submission has that reference (see `kiosk outbox list`)");
        Ok(false)
    }
}

/// The configured CRM connector and forwarder settings, or `None` when `crm.kind = "none"`.
pub fn connector(ctx: &Context) -> Result<Option<(onestop::crm::Connector, onestop::outbox::forwarder::Settings)>> {
    let c = &ctx.config.crm;
    let timeout = std::time::Duration::from_secs(c.timeout_secs);
    let connector = match c.kind {
        CrmKind::None => return Ok(None),
        // Answers are labelled in the council's working language: the staff screen's.
        CrmKind::Open311 => onestop::crm::Connector::Open311(
            onestop::crm::open311::Open311::new(&c.url, &c.api_key, &c.jurisdiction_id, timeout)
                .map_err(anyhow::Error::msg)?,
            onestop::crm::open311::Forms::new(ctx.forms.clone(), ctx.translations.clone(), &ctx.config.staff.locale),
        ),
        CrmKind::Email => onestop::crm::Connector::Email(onestop::crm::email::Email::new(
            onestop::crm::email::Mailer::new(&c.email, timeout).map_err(anyhow::Error::msg)?,
            &c.email,
            onestop::crm::open311::Forms::new(ctx.forms.clone(), ctx.translations.clone(), &ctx.config.staff.locale),
            onestop::hours::Zone::parse(&ctx.config.hours.time_zone).unwrap_or(onestop::hours::Zone::London),
        )),
        CrmKind::Webhook => onestop::crm::Connector::Webhook(
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

/// `kiosk outbox flush [--wait SECS]`: send everything due now, waiting for scheduled retries,
/// then report. After SECS nothing more is waited for and no row is tried again (each row due
/// is still tried once). Exit 0 when nothing is left pending; 2 when the database itself kept failing.
pub fn outbox_flush(ctx: &Context, wait_secs: u64) -> Result<bool> {
    let Some((hook, settings)) = connector(ctx)? else {
        println!("no CRM is configured (crm.kind = \"none\"): submissions stay in the outbox");
        return Ok(false);
    };
    let store = ctx.open_store()?;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
    let wait = std::time::Duration::from_secs(wait_secs);
    let until = onestop::outbox::forwarder::Until::Drained {
        patience: wait,
        deadline: Some(std::time::Instant::now() + wait),
    };
    // Cards read while offline are checked on the way, as the kiosk's own forwarder does.
    let settings = settings.verifying(ctx.config.cards.provider());
    let report = runtime.block_on(onestop::outbox::forwarder::drive(&store, &hook, settings, until))?;
    let submissions = store.submissions()?;
    for (id, why) in &report.unreadable {
        let reference = submissions
            .iter()
            .find(|s| &s.submission_id == id)
            .map_or(id.as_str(), |s| s.reference.as_str());
        println!("{reference}: parked, could not be read: {why}");
    }
    let pending = submissions.iter().filter(|s| s.state == "pending").count();
    println!(
        "{} attempts: {} acknowledged, {} parked, {} unreadable and parked, {} to retry; {pending} still pending{}",
        report.attempts,
        report.acknowledged,
        report.parked,
        report.unreadable.len(),
        report.retries,
        if report.stopped_at_deadline {
            format!(" (stopped after --wait {wait_secs}s)")
        } else {
            String::new()
        }
    );
    if let Some(fault) = &report.store_fault {
        anyhow::bail!(
            "the outbox database kept failing ({fault}); nothing is lost: free disk space or stop what locks the database, then flush again"
        );
    }
    Ok(pending == 0)
}

/// The longest line `kiosk staff hash-pin` reads: a PIN of 12 digits and a line ending, with
/// room for stray spaces. Standard input is never read further, however much is waiting.
pub const PIN_LINE_MAX: usize = 64;

/// `kiosk staff hash-pin`: read one line (the PIN, at most [`PIN_LINE_MAX`] bytes) from `input`
/// and write its argon2id PHC string to `out`, to paste into `staff.pin_hash`. Anything but 6 to
/// 12 digits, not all the same, is refused, saying why on standard error, with nothing written
/// to `out`.
pub fn staff_hash_pin(mut input: impl std::io::BufRead, mut out: impl std::io::Write) -> Result<bool> {
    use std::io::{BufRead as _, IsTerminal as _, Read as _};
    if std::io::stdin().is_terminal() {
        eprintln!("Type the staff PIN (6 to 12 digits, not all the same; it shows as you type) and press Enter:");
    }
    let mut bytes = Vec::new();
    (&mut input)
        .take(PIN_LINE_MAX as u64 + 1)
        .read_until(b'\n', &mut bytes)
        .context("could not read the PIN from standard input")?;
    let too_long = bytes.len() > PIN_LINE_MAX;
    let mut line = String::from_utf8(bytes).unwrap_or_else(|e| {
        let mut bytes = e.into_bytes();
        bytes.fill(0);
        String::new()
    });
    let pin = line.strip_suffix('\n').unwrap_or(&line);
    let pin = pin.strip_suffix('\r').unwrap_or(pin);
    let hashed = if too_long {
        None
    } else {
        Some(onestop::staff::pin::hash_pin(pin))
    };
    onestop::card::identity::wipe(&mut line);
    match hashed {
        Some(Ok(phc)) => {
            writeln!(out, "{phc}")?;
            eprintln!("Paste that line into the config as: [staff] pin_hash = \"...\"");
            Ok(true)
        }
        Some(Err(e)) => {
            eprintln!("kiosk: {e}; nothing was printed");
            Ok(false)
        }
        None => {
            eprintln!(
                "kiosk: the first line of standard input is longer than {PIN_LINE_MAX} bytes; give only the PIN and Enter. Nothing was printed"
            );
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
