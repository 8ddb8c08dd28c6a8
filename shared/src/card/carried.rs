//! The card a submission carries to the CRM: its number, who checks it, and whether (and when)
//! that provider accepted it. The kiosk makes one when a visitor uses a card; the store seals it
//! with the submission; the forwarder asks the provider again about a card the kiosk could not
//! check, and sends it either way. Asking providers is [`super::identity`]'s job.

use super::CardNumber;
use super::identity::Verdict;
use crate::config::IdentityKind;

/// The card a submission carries to the CRM, and whether it was checked. Serialised as it is
/// stored (sealed) and sent: `{"card", "provider", "verified", "check"}`.
#[derive(Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// The card number, whole: the CRM matches it to the customer.
    pub card: String,
    /// Who checked it (`sip2`, `crm`), or would have.
    pub provider: String,
    /// The provider accepted the card: at the kiosk (with the PIN, where one is needed) or, by
    /// the card alone, when the submission was forwarded. `check` says which.
    pub verified: bool,
    /// When and how `verified` was decided.
    pub check: Check,
}

/// When and how a card was checked. `verified` is true for [`Check::Kiosk`] and
/// [`Check::Forwarded`] only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Check {
    /// At the kiosk when the card was read, with the PIN where the provider asks for one.
    Kiosk,
    /// Not checked yet: the provider could not be reached when the card was read. The
    /// forwarder asks again before each send until the provider answers.
    Unchecked,
    /// The provider accepted the card alone when the submission was forwarded. No PIN was
    /// checked: none is ever kept to check later.
    Forwarded,
    /// The provider refused the card when the submission was forwarded (unknown to it, blocked
    /// or reported lost). The submission is sent all the same.
    Rejected,
}

impl Identity {
    /// The identity of a card read at the kiosk: `verified` when the provider accepted it then,
    /// otherwise to be checked when the submission is forwarded.
    pub fn read_at_kiosk(card: &CardNumber, provider: &str, verified: bool) -> Identity {
        Identity {
            card: card.expose().to_owned(),
            provider: provider.to_owned(),
            verified,
            check: if verified { Check::Kiosk } else { Check::Unchecked },
        }
    }

    /// Whether the forwarder should ask the provider about this card before sending.
    pub fn needs_check(&self) -> bool {
        !self.verified && self.check == Check::Unchecked
    }

    /// Takes the provider's verdict given when forwarding; true if the identity changed (and
    /// must be stored again). An unknown verdict changes nothing: the card is sent unchecked,
    /// and asked about again at the next attempt.
    pub fn apply(&mut self, verdict: Verdict) -> bool {
        if !self.needs_check() {
            return false;
        }
        match verdict {
            Verdict::Valid => (self.verified, self.check) = (true, Check::Forwarded),
            Verdict::Invalid => (self.verified, self.check) = (false, Check::Rejected),
            Verdict::Unknown => return false,
        }
        true
    }

    /// `verified` agrees with `check`, the provider is one this kiosk knows, and the card is a
    /// number a card can carry: what a bundle's identity must satisfy to be imported.
    pub fn is_well_formed(&self) -> bool {
        let agrees = self.verified == matches!(self.check, Check::Kiosk | Check::Forwarded);
        let known = matches!(self.provider.parse(), Ok(IdentityKind::Sip2 | IdentityKind::Crm));
        let card_ok = CardNumber::parse(&self.card).is_ok_and(|c| c.expose() == self.card);
        agrees && known && card_ok
    }
}

impl std::fmt::Debug for Identity {
    /// Masks the card number like [`CardNumber`] does, so an identity cannot reach a log whole.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let masked = CardNumber::parse(&self.card).map_or_else(|_| "…".to_owned(), |c| c.masked());
        f.debug_struct("Identity")
            .field("card", &masked)
            .field("provider", &self.provider)
            .field("verified", &self.verified)
            .field("check", &self.check)
            .finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn card() -> CardNumber {
        CardNumber::parse("21234001234567").unwrap()
    }

    #[test]
    fn only_an_unchecked_card_takes_a_verdict_and_unknown_leaves_it_unchecked() {
        let mut id = Identity::read_at_kiosk(&card(), "crm", false);
        assert!(id.needs_check() && id.is_well_formed());
        assert!(!id.apply(Verdict::Unknown));
        assert_eq!((id.verified, id.check), (false, Check::Unchecked));
        assert!(id.apply(Verdict::Valid));
        assert_eq!((id.verified, id.check), (true, Check::Forwarded));
        assert!(!id.apply(Verdict::Invalid), "decided once");
        let mut id = Identity::read_at_kiosk(&card(), "sip2", false);
        assert!(id.apply(Verdict::Invalid));
        assert_eq!((id.verified, id.check), (false, Check::Rejected));
        assert!(id.is_well_formed());
        let mut at_kiosk = Identity::read_at_kiosk(&card(), "sip2", true);
        assert_eq!(at_kiosk.check, Check::Kiosk);
        assert!(!at_kiosk.needs_check() && !at_kiosk.apply(Verdict::Invalid));
    }

    #[test]
    fn an_identity_serialises_whole_but_debugs_masked() {
        let id = Identity::read_at_kiosk(&card(), "sip2", true);
        assert_eq!(
            serde_json::to_value(&id).unwrap(),
            serde_json::json!({"card": "21234001234567", "provider": "sip2", "verified": true, "check": "kiosk"})
        );
        let shown = format!("{id:?}");
        assert!(shown.contains("4567") && !shown.contains("2123400"), "{shown}");
    }

    #[test]
    fn malformed_identities_are_told_apart() {
        let good = Identity::read_at_kiosk(&card(), "crm", true);
        let spoil = |f: &dyn Fn(&mut Identity)| {
            let mut id = good.clone();
            f(&mut id);
            id.is_well_formed()
        };
        assert!(good.is_well_formed());
        assert!(!spoil(&|i| i.verified = false), "verified disagrees with check");
        assert!(!spoil(&|i| i.check = Check::Rejected));
        assert!(!spoil(&|i| i.provider = "ldap".into()));
        assert!(!spoil(&|i| i.card = "12 34".into()));
        assert!(!spoil(&|i| i.card = "abc123".into()), "not as a reader writes it");
        assert!(!spoil(&|i| i.card = String::new()));
    }
}
