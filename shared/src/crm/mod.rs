//! Talking to council CRMs. For now: reading their replies ([`reply`]) into delivery outcomes,
//! for Open311 GeoReport v2 and the signed-webhook contract. The HTTP connectors behind a `Crm`
//! trait come with the forwarder.

pub mod reply;
pub mod webhook;
