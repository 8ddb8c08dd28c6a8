//! Config values that are one word out of a few (`[crm] kind`, `[cards] identity`), as enums: the
//! TOML keeps its plain strings, an unknown word is refused at load with the words allowed, and
//! the rest of the code matches on variants instead of comparing strings. What each choice needs
//! besides itself (a URL, a secret) is checked in [`super`].

/// An enum whose TOML form is one of a fixed set of words.
macro_rules! choice {
    (
        $(#[$meta:meta])*
        pub enum $name:ident {
            $( $(#[$vmeta:meta])* $variant:ident = $word:literal, )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize)]
        #[serde(try_from = "String")]
        pub enum $name {
            $( $(#[$vmeta])* $variant, )+
        }

        impl $name {
            /// Every value, in the order the error message lists them.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The word the config file uses.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word,)+
                }
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(s: &str) -> Result<$name, String> {
                let words: Vec<&str> = $name::ALL.iter().map(|c| c.as_str()).collect();
                $name::ALL
                    .iter()
                    .copied()
                    .find(|c| c.as_str() == s)
                    .ok_or_else(|| unknown(s, &words))
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(s: String) -> Result<$name, String> {
                s.parse()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// `"x" is not known; use "a", "b" or "c"`: the loader puts the key and its place before it.
fn unknown(given: &str, words: &[&str]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
    let allowed = match quoted.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} or {last}", rest.join(", ")),
        None => String::new(),
    };
    format!("{given:?} is not known; use {allowed}")
}

choice! {
    /// `[crm] kind`: where submissions are delivered.
    pub enum CrmKind {
        /// Nowhere: everything stays in the outbox (the kiosk works fully offline).
        None = "none",
        /// Signed JSON, POSTed to `crm.url`.
        Webhook = "webhook",
        /// Open311 GeoReport v2 at `crm.url`, which also offers the CRM's form catalogue.
        Open311 = "open311",
        /// One email a submission, through the SMTP relay in `[crm.email]`.
        Email = "email",
    }
}

choice! {
    /// `[crm.email] tls`: how the SMTP connection is protected.
    pub enum EmailTls {
        /// TLS from the first byte (SMTPS, port 465).
        Implicit = "implicit",
        /// STARTTLS, required: a server that does not offer it is refused (port 587).
        Starttls = "starttls",
        /// Plain text: only to a loopback host with `insecure_loopback = true` (tests).
        None = "none",
    }
}

choice! {
    /// `[cards] identity`: who says whose card it is.
    pub enum IdentityKind {
        /// Nobody: cards only show on the staff screen.
        None = "none",
        /// The library management system, over SIP2 (`[cards.sip2]`).
        Sip2 = "sip2",
        /// The council's CRM customer lookup (`cards.crm_url`).
        Crm = "crm",
    }
}

choice! {
    /// `[access] speech`: when the kiosk starts speaking what has focus.
    pub enum SpeechStart {
        /// At the first key of a keypad or keyboard.
        Keypad = "keypad",
        /// From the start of every visit (a kiosk whose only sound is a headset socket).
        Always = "always",
        /// Never by itself ("Listen" still speaks a page).
        Never = "never",
    }
}

choice! {
    /// `[access] speech_sink`: where speech is played.
    pub enum SpeechSink {
        /// The ALSA device `access.speech_device`.
        Alsa = "alsa",
        /// A WAV file per utterance in `access.speech_dir` (tests, checks).
        Files = "files",
        /// Nowhere.
        Off = "off",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_parses_back_to_its_value() {
        for kind in CrmKind::ALL {
            assert_eq!(kind.as_str().parse::<CrmKind>(), Ok(*kind));
        }
        for kind in IdentityKind::ALL {
            assert_eq!(kind.as_str().parse::<IdentityKind>(), Ok(*kind));
        }
        assert_eq!(CrmKind::ALL.len(), 4);
        assert_eq!(IdentityKind::ALL.len(), 3);
    }

    #[test]
    fn an_unknown_word_is_refused_with_the_words_allowed() {
        assert_eq!(
            "carrier-pigeon".parse::<CrmKind>(),
            Err("\"carrier-pigeon\" is not known; use \"none\", \"webhook\", \"open311\" or \"email\"".to_owned())
        );
        assert_eq!(
            "Open311".parse::<CrmKind>().unwrap_err(),
            "\"Open311\" is not known; use \"none\", \"webhook\", \"open311\" or \"email\"",
            "words are matched exactly, as before"
        );
        assert_eq!(
            "nfc".parse::<IdentityKind>(),
            Err("\"nfc\" is not known; use \"none\", \"sip2\" or \"crm\"".to_owned())
        );
    }

    #[test]
    fn the_list_of_words_reads_as_a_sentence() {
        assert_eq!(unknown("x", &["a"]), "\"x\" is not known; use \"a\"");
        assert_eq!(unknown("x", &["a", "b"]), "\"x\" is not known; use \"a\" or \"b\"");
    }
}
