//! libespeak-ng, loaded at run time with `dlopen` and called through the few functions of its C
//! API (`speak_lib.h`, API revision 12, as in 1.51) that synthesis needs, in synchronous mode:
//! samples come back through a callback on the calling thread while `espeak_Synth` runs. No
//! header or build-time package: the declarations are written out here. The library keeps global
//! state and is not thread-safe, so one thread at a time may use the initialised [`Espeak`] (the
//! engine's [`super::engine`] makes sure of it). It is initialised once and never terminated:
//! in 1.51 `espeak_Terminate` can hang for ever waiting on the library's own event thread.
//! Where the samples go is not this file's job.

use std::cell::Cell;
use std::ffi::{CStr, CString, c_char, c_int, c_short, c_uint, c_void};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// `espeak_AUDIO_OUTPUT::AUDIO_OUTPUT_SYNCHRONOUS`: like retrieval, but `espeak_Synth` returns only
/// when synthesis is done.
const AUDIO_OUTPUT_SYNCHRONOUS: c_int = 2;
/// `espeakINITIALIZE_DONT_EXIT`: without it a missing data directory ends the whole process.
const INITIALIZE_DONT_EXIT: c_int = 0x8000;
/// `espeakCHARS_UTF8`, and no `espeakSSML` or `espeakPHONEMES`: the text is plain text.
const CHARS_UTF8: c_uint = 1;
/// `espeak_POSITION_TYPE::POS_CHARACTER`.
const POS_CHARACTER: c_int = 1;
/// `espeak_PARAMETER::espeakRATE`, in words a minute, 80 to 450.
const PARAM_RATE: c_int = 1;
/// `espeak_PARAMETER::espeakVOLUME`: 0 is silence, 100 is normal, more may clip.
const PARAM_VOLUME: c_int = 2;
/// `espeak_ERROR::EE_OK`.
const EE_OK: c_int = 0;

/// `t_espeak_callback`: samples (NULL at the end), their number, the event list (unused here).
/// Returns 0 to go on, 1 to abort.
type SynthCallback = unsafe extern "C" fn(*mut c_short, c_int, *mut c_void) -> c_int;

/// `espeak_VOICE` as a selection for `espeak_SetVoiceByProperties`: only `languages` is set.
#[repr(C)]
struct VoiceSpec {
    name: *const c_char,
    languages: *const c_char,
    identifier: *const c_char,
    gender: u8,
    age: u8,
    variant: u8,
    xx1: u8,
    score: c_int,
    spare: *mut c_void,
}

/// `espeak_Initialize(output, buflength, path, options)`: the sample rate, or -1.
type InitializeFn = unsafe extern "C" fn(c_int, c_int, *const c_char, c_int) -> c_int;
/// `espeak_SetSynthCallback(callback)`.
type SetSynthCallbackFn = unsafe extern "C" fn(Option<SynthCallback>);
/// `espeak_SetVoiceByName(name)`.
type SetVoiceByNameFn = unsafe extern "C" fn(*const c_char) -> c_int;
/// `espeak_SetVoiceByProperties(voice_spec)`.
type SetVoiceByPropertiesFn = unsafe extern "C" fn(*mut VoiceSpec) -> c_int;
/// `espeak_SetParameter(parameter, value, relative)`.
type SetParameterFn = unsafe extern "C" fn(c_int, c_int, c_int) -> c_int;
/// `espeak_Synth(text, size, position, position_type, end_position, flags, unique_identifier,
/// user_data)`.
type SynthFn =
    unsafe extern "C" fn(*const c_void, usize, c_uint, c_int, c_uint, c_uint, *mut c_uint, *mut c_void) -> c_int;

/// The library's functions, looked up by name.
struct Api {
    initialize: InitializeFn,
    set_synth_callback: SetSynthCallbackFn,
    set_voice_by_name: SetVoiceByNameFn,
    set_voice_by_properties: SetVoiceByPropertiesFn,
    set_parameter: SetParameterFn,
    synth: SynthFn,
}

/// The library, opened but not yet initialised. Never closed: another engine may open it again,
/// and `dlclose` buys nothing but risk.
pub(super) struct Library {
    api: Api,
}

/// The library initialised for synchronous synthesis, for as long as the process runs.
pub(super) struct Espeak {
    api: Api,
    /// Samples per second of everything it makes.
    pub(super) rate: u32,
}

/// The last `dlerror()` message, or a stand-in.
fn dl_error() -> String {
    // SAFETY: dlerror returns NULL or a NUL-terminated message owned by libc.
    let e = unsafe { libc::dlerror() };
    if e.is_null() {
        "no message".into()
    } else {
        // SAFETY: non-NULL, NUL-terminated, valid until the next dl* call on this thread.
        unsafe { CStr::from_ptr(e) }.to_string_lossy().into_owned()
    }
}

impl Library {
    /// `dlopen` `path` (a file name like `libespeak-ng.so.1` is looked up the usual way) and find
    /// the functions. The error says what to install.
    pub(super) fn open(path: &str) -> Result<Library, String> {
        let missing = |why: String| {
            format!("espeak-ng could not be loaded ({why}): install espeak-ng (Debian: apt-get install espeak-ng)")
        };
        let c_path = CString::new(path).map_err(|_| missing("the library path holds a NUL".into()))?;
        // SAFETY: a valid C string; RTLD_NOW resolves everything now rather than at a first call.
        let handle = unsafe { libc::dlopen(c_path.as_ptr(), libc::RTLD_NOW | libc::RTLD_LOCAL) };
        if handle.is_null() {
            return Err(missing(dl_error()));
        }
        let find = |name: &CStr| -> Result<*mut c_void, String> {
            // SAFETY: a live handle and a C string.
            let f = unsafe { libc::dlsym(handle, name.as_ptr()) };
            if f.is_null() {
                Err(missing(format!("{path} has no {}", name.to_string_lossy())))
            } else {
                Ok(f)
            }
        };
        // SAFETY (each transmute): the symbol is the function speak_lib.h declares with this
        // signature; C enums are passed as int.
        let api = unsafe {
            Api {
                initialize: std::mem::transmute::<*mut c_void, InitializeFn>(find(c"espeak_Initialize")?),
                set_synth_callback: std::mem::transmute::<*mut c_void, SetSynthCallbackFn>(find(
                    c"espeak_SetSynthCallback",
                )?),
                set_voice_by_name: std::mem::transmute::<*mut c_void, SetVoiceByNameFn>(find(
                    c"espeak_SetVoiceByName",
                )?),
                set_voice_by_properties: std::mem::transmute::<*mut c_void, SetVoiceByPropertiesFn>(find(
                    c"espeak_SetVoiceByProperties",
                )?),
                set_parameter: std::mem::transmute::<*mut c_void, SetParameterFn>(find(c"espeak_SetParameter")?),
                synth: std::mem::transmute::<*mut c_void, SynthFn>(find(c"espeak_Synth")?),
            }
        };
        Ok(Library { api })
    }

    /// Initialise for synchronous synthesis handing back `chunk_ms` of samples at a time, and
    /// check that voices load (`check_voice`). Once per process: the caller must be the only
    /// thread using the library, then and whenever it uses the [`Espeak`].
    pub(super) fn initialise(self, chunk_ms: u16, check_voice: &str) -> Result<Espeak, String> {
        // SAFETY: NULL path means espeak-ng's own data directory; DONT_EXIT keeps the process alive
        // if it is missing.
        let rate = unsafe {
            (self.api.initialize)(
                AUDIO_OUTPUT_SYNCHRONOUS,
                chunk_ms.into(),
                std::ptr::null(),
                INITIALIZE_DONT_EXIT,
            )
        };
        // SAFETY: a valid `extern "C"` function with the callback's signature.
        unsafe { (self.api.set_synth_callback)(Some(on_samples)) };
        let espeak = Espeak {
            api: self.api,
            rate: u32::try_from(rate).unwrap_or(0),
        };
        if !(8_000..=96_000).contains(&espeak.rate) {
            return Err(format!("espeak-ng did not start (it gave {rate}): reinstall espeak-ng"));
        }
        espeak.set_voice(check_voice).map_err(|_| {
            format!("espeak-ng has no voice {check_voice:?}, so its data is missing: reinstall espeak-ng-data")
        })?;
        Ok(espeak)
    }
}

thread_local! {
    /// The closure that takes samples during [`Espeak::synth`] on this thread: a pointer to a
    /// `&mut dyn FnMut`, NULL when no synthesis is running.
    static TAKER: Cell<*mut c_void> = const { Cell::new(std::ptr::null_mut()) };
}

/// What receives each chunk of samples: `true` to go on, `false` to abort.
pub(super) type Taker<'a> = dyn FnMut(&[i16]) -> bool + 'a;

/// The callback espeak-ng calls with samples, on the thread inside `espeak_Synth`.
unsafe extern "C" fn on_samples(wav: *mut c_short, n: c_int, _events: *mut c_void) -> c_int {
    let taker = TAKER.with(Cell::get);
    if taker.is_null() {
        return 1;
    }
    let Ok(n) = usize::try_from(n) else { return 1 };
    if wav.is_null() || n == 0 {
        // NULL is the end of synthesis; an empty chunk carries only events.
        return 0;
    }
    // SAFETY: set by `synth` on this thread to a `&mut Taker` that outlives the espeak_Synth call
    // this callback runs inside; espeak-ng hands `n` samples at `wav`, valid during the call.
    let go_on = catch_unwind(AssertUnwindSafe(|| {
        let taker = unsafe { &mut *(taker as *mut &mut Taker<'_>) };
        taker(unsafe { std::slice::from_raw_parts(wav, n) })
    }));
    match go_on {
        Ok(true) => 0,
        _ => 1,
    }
}

impl Espeak {
    /// Select a voice by its name or file name (`ur`, `cmn-latn-pinyin`, `en+f3`), else as the
    /// best voice for a language (`en-gb` names no voice: it is a language of `gmw/en`), as the
    /// `espeak-ng -v` program does.
    pub(super) fn set_voice(&self, name: &str) -> Result<(), ()> {
        let name = CString::new(name).map_err(|_| ())?;
        // SAFETY: a valid C string; the library is initialised and used by this thread only.
        if unsafe { (self.api.set_voice_by_name)(name.as_ptr()) } == EE_OK {
            return Ok(());
        }
        let mut spec = VoiceSpec {
            name: std::ptr::null(),
            languages: name.as_ptr(),
            identifier: std::ptr::null(),
            gender: 0,
            age: 0,
            variant: 0,
            xx1: 0,
            score: 0,
            spare: std::ptr::null_mut(),
        };
        // SAFETY: an espeak_VOICE laid out as speak_lib.h has it, its strings valid for the call.
        let r = unsafe { (self.api.set_voice_by_properties)(&mut spec) };
        if r == EE_OK { Ok(()) } else { Err(()) }
    }

    /// Speaking rate in words a minute (espeak-ng takes 80 to 450).
    pub(super) fn set_rate(&self, wpm: u32) {
        let wpm = wpm.clamp(80, 450) as c_int;
        // SAFETY: a known parameter with a value in its range.
        unsafe { (self.api.set_parameter)(PARAM_RATE, wpm, 0) };
    }

    /// Volume as a percentage of espeak-ng's normal loudness (0 to 100).
    pub(super) fn set_volume(&self, percent: u8) {
        // SAFETY: a known parameter with a value in its range.
        unsafe { (self.api.set_parameter)(PARAM_VOLUME, c_int::from(percent.min(100)), 0) };
    }

    /// Synthesise `text` (plain UTF-8, see [`super::text::for_espeak`]) in the current voice,
    /// handing each chunk of samples to `take` as it is made. Returns when synthesis is done or
    /// `take` said stop. An error means espeak-ng refused the text.
    pub(super) fn synth(&self, text: &CStr, take: &mut Taker<'_>) -> Result<(), c_int> {
        let mut take: &mut Taker<'_> = take;
        let previous = TAKER.with(|t| t.replace(&mut take as *mut &mut Taker<'_> as *mut c_void));
        // SAFETY: a NUL-terminated string and its size; no identifier or user data wanted. In
        // synchronous mode the callback runs on this thread before this returns, while `take`
        // lives.
        let r = unsafe {
            (self.api.synth)(
                text.as_ptr().cast(),
                text.to_bytes_with_nul().len(),
                0,
                POS_CHARACTER,
                0,
                CHARS_UTF8,
                std::ptr::null_mut(),
                std::ptr::null_mut(),
            )
        };
        TAKER.with(|t| t.set(previous));
        if r == EE_OK { Ok(()) } else { Err(r) }
    }
}
