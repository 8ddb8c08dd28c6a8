//! Staff access to the kiosk's staff screen: the PIN ([`pin`]: format, argon2id hashing and
//! checking) and the wrong-PIN lockout ([`lockout`]: pure logic over an injected clock). The
//! screen itself is the kiosk's; persisting the lockout is [`crate::store::lockout`]'s.

pub mod lockout;
pub mod pin;

pub use lockout::{Lockout, Status};
pub use pin::{PinError, PinHash};
