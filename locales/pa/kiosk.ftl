# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = { $council } ਵਿੱਚ ਜੀ ਆਇਆਂ ਨੂੰ
welcome-choose-language = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
welcome-touch = ਸ਼ੁਰੂ ਕਰਨ ਲਈ ਆਪਣੀ ਭਾਸ਼ਾ ਨੂੰ ਛੂਹੋ

## Everywhere
back = ਪਿੱਛੇ
continue = ਅੱਗੇ ਚੱਲੋ
optional = (ਜ਼ਰੂਰੀ ਨਹੀਂ)
start-again = ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰੋ
language = ਭਾਸ਼ਾ
large-text = ਵੱਡੇ ਅੱਖਰ
normal-text = ਆਮ ਅੱਖਰ
question-progress = { $total } ਵਿੱਚੋਂ ਸਵਾਲ { $current }

## Service menu
menu-title = ਤੁਸੀਂ ਕੀ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
menu-hint = ਕੋਈ ਸੇਵਾ ਚੁਣੋ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਸਮੇਂ ਪਿੱਛੇ ਜਾ ਸਕਦੇ ਹੋ।

## Questions
yes = ਹਾਂ
no = ਨਹੀਂ
consent-agree = ਮੈਂ ਸਹਿਮਤ ਹਾਂ
choose-one = ਕੋਈ ਇੱਕ ਚੁਣੋ
choose-many = ਜੋ ਵੀ ਤੁਹਾਡੇ 'ਤੇ ਲਾਗੂ ਹੁੰਦੇ ਹਨ, ਉਹ ਸਾਰੇ ਚੁਣੋ
choose-up-to = ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਚੁਣੋ
date-hint = ਉਦਾਹਰਨ ਲਈ, 27 3 2007
date-day = ਦਿਨ
date-month = ਮਹੀਨਾ
date-year = ਸਾਲ
address-postcode = ਪੋਸਟਕੋਡ
address-house = ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਮ
address-street = ਗਲੀ ਜਾਂ ਸੜਕ
address-town = ਕਸਬਾ ਜਾਂ ਸ਼ਹਿਰ
address-find-hint = ਪੋਸਟਕੋਡ ਲਿਖੋ, ਅਸੀਂ ਪਤਾ ਲੱਭ ਲਵਾਂਗੇ
address-select = ਆਪਣਾ ਪਤਾ ਚੁਣੋ
address-found = { $count ->
    [one] { $postcode } ਤੇ ਇੱਕ ਪਤਾ
   *[other] { $postcode } ਤੇ { $count } ਪਤੇ
}
address-not-listed = ਮੇਰਾ ਪਤਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ
address-enter = ਪਤਾ ਲਿਖੋ
address-none-found = ਸਾਨੂੰ { $postcode } ਤੇ ਕੋਈ ਪਤਾ ਨਹੀਂ ਮਿਲਿਆ। ਪਤਾ ਲਿਖੋ।
address-unavailable = ਪਤਿਆਂ ਦੀ ਸੂਚੀ ਹੁਣ ਵਰਤੀ ਨਹੀਂ ਜਾ ਸਕਦੀ। ਪਤਾ ਲਿਖੋ।
email-hint = ਅਸੀਂ ਇਸ ਨੂੰ ਸਿਰਫ਼ ਇਸ ਬੇਨਤੀ ਬਾਰੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨ ਲਈ ਵਰਤਾਂਗੇ
phone-hint = ਉਦਾਹਰਨ ਲਈ, 07700 900 982 ਜਾਂ 0116 454 1000
postcode-hint = ਉਦਾਹਰਨ ਲਈ, LE1 1AA

## Errors
error-summary-title = ਕੋਈ ਸਮੱਸਿਆ ਹੈ
error-required = ਕਿਰਪਾ ਕਰਕੇ ਜਵਾਬ ਦਿਓ
error-choose = ਕੋਈ ਇੱਕ ਚੁਣੋ
error-consent = ਅੱਗੇ ਜਾਣ ਲਈ ਤੁਹਾਨੂੰ ਸਹਿਮਤ ਹੋਣਾ ਪਵੇਗਾ
error-too-long = { $max } ਜਾਂ ਇਸ ਤੋਂ ਘੱਟ ਅੱਖਰ ਲਿਖੋ
error-too-short = ਘੱਟੋ-ਘੱਟ { $min } ਅੱਖਰ ਲਿਖੋ
error-characters = ਉਹ ਚਿੰਨ੍ਹ ਹਟਾਓ ਜੋ ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕਦੇ
error-pattern = ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਹਾਡਾ ਜਵਾਬ ਸਹੀ ਢੰਗ ਨਾਲ ਲਿਖਿਆ ਹੈ
error-number = ਇੱਕ ਪੂਰਾ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 12
error-too-small = { $min } ਜਾਂ ਇਸ ਤੋਂ ਵੱਡਾ ਨੰਬਰ ਲਿਖੋ
error-too-large = { $max } ਜਾਂ ਇਸ ਤੋਂ ਛੋਟਾ ਨੰਬਰ ਲਿਖੋ
error-choice = ਸਕਰੀਨ 'ਤੇ ਦਿਖਾਈਆਂ ਚੋਣਾਂ ਵਿੱਚੋਂ ਕੋਈ ਇੱਕ ਚੁਣੋ
error-too-few = ਘੱਟੋ-ਘੱਟ { $min } ਚੁਣੋ
error-too-many = { $max } ਤੋਂ ਵੱਧ ਨਾ ਚੁਣੋ
error-email = ਈਮੇਲ ਪਤਾ ਸਹੀ ਢੰਗ ਨਾਲ ਲਿਖੋ, ਜਿਵੇਂ name@example.com
error-phone = ਯੂਕੇ ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਲਿਖੋ, ਜਿਵੇਂ 07700 900 982
error-postcode = ਯੂਕੇ ਦਾ ਅਸਲੀ ਪੋਸਟਕੋਡ ਲਿਖੋ, ਜਿਵੇਂ LE1 1AA
error-address-postcode = ਪੋਸਟਕੋਡ ਲਿਖੋ
error-address-house = ਘਰ ਦਾ ਨੰਬਰ ਜਾਂ ਨਾਮ ਲਿਖੋ
error-address-street = ਗਲੀ ਜਾਂ ਸੜਕ ਦਾ ਨਾਮ ਲਿਖੋ
error-address-town = ਕਸਬੇ ਜਾਂ ਸ਼ਹਿਰ ਦਾ ਨਾਮ ਲਿਖੋ
error-address-select = ਆਪਣਾ ਪਤਾ ਚੁਣੋ, ਜਾਂ “ਮੇਰਾ ਪਤਾ ਸੂਚੀ ਵਿੱਚ ਨਹੀਂ ਹੈ”
error-date-part = ਤਾਰੀਖ਼ ਵਿੱਚ ਦਿਨ, ਮਹੀਨਾ ਅਤੇ ਸਾਲ ਤਿੰਨੋਂ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ
error-date-invalid = ਤਾਰੀਖ਼ ਅਸਲੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-date-year = ਸਾਲ ਵਿੱਚ 4 ਅੰਕ ਹੋਣੇ ਚਾਹੀਦੇ ਹਨ
error-date-past = ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਆਉਣ ਵਾਲੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-date-future = ਤਾਰੀਖ਼ ਅੱਜ ਦੀ ਜਾਂ ਬੀਤੇ ਸਮੇਂ ਦੀ ਹੋਣੀ ਚਾਹੀਦੀ ਹੈ
error-date-too-early = ਇਹ ਤਾਰੀਖ਼ ਬਹੁਤ ਪੁਰਾਣੀ ਹੈ
error-date-too-late = ਇਹ ਤਾਰੀਖ਼ ਬਹੁਤ ਅੱਗੇ ਦੀ ਹੈ
error-wrong-type = ਇਹ ਜਵਾਬ ਸਹੀ ਰੂਪ ਵਿੱਚ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਵਾਲ ਦਾ ਜਵਾਬ ਦੁਬਾਰਾ ਦਿਓ
error-unknown-question = ਇਹ ਜਵਾਬ ਇਸ ਫ਼ਾਰਮ ਦਾ ਹਿੱਸਾ ਨਹੀਂ ਹੈ
error-send-failed = ਤੁਹਾਡਾ ਫ਼ਾਰਮ ਸੇਵ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਤੋਂ ਮਦਦ ਮੰਗੋ

## Check your answers
check-title = ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਆਪਣੇ ਜਵਾਬ ਜਾਂਚ ਲਓ
check-change = ਬਦਲੋ
check-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
check-send-heading = ਹੁਣ ਆਪਣਾ ਫ਼ਾਰਮ ਭੇਜੋ
check-send-body = ਇਹ ਫ਼ਾਰਮ ਭੇਜ ਕੇ ਤੁਸੀਂ ਪੁਸ਼ਟੀ ਕਰਦੇ ਹੋ ਕਿ ਜਿੱਥੋਂ ਤੱਕ ਤੁਹਾਨੂੰ ਪਤਾ ਹੈ, ਤੁਹਾਡੇ ਵੱਲੋਂ ਦਿੱਤੇ ਵੇਰਵੇ ਸਹੀ ਹਨ।
send = ਭੇਜੋ

## Confirmation
confirm-title = ਫ਼ਾਰਮ ਭੇਜ ਦਿੱਤਾ ਗਿਆ ਹੈ
confirm-reference = ਤੁਹਾਡਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ
confirm-write-down = ਆਪਣਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਲਿਖ ਲਓ ਜਾਂ ਇਸ ਦੀ ਫ਼ੋਟੋ ਖਿੱਚ ਲਓ। ਇਸ ਨੰਬਰ ਨਾਲ ਤੁਸੀਂ ਆਪਣੀ ਬੇਨਤੀ ਬਾਰੇ ਪਤਾ ਕਰ ਸਕਦੇ ਹੋ।
confirm-next = ਅੱਗੇ ਕੀ ਹੋਵੇਗਾ
confirm-next-generic = ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ਕੌਂਸਲ ਦੀ ਉਸ ਟੀਮ ਨੂੰ ਭੇਜਾਂਗੇ ਜੋ ਇਸ ਨੂੰ ਦੇਖਦੀ ਹੈ।
confirm-finish = ਖ਼ਤਮ ਕਰੋ

## Idle timeout
timeout-title = ਕੀ ਤੁਹਾਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ?
timeout-body = ਤੁਹਾਡੀ ਜਾਣਕਾਰੀ ਨਿੱਜੀ ਰੱਖਣ ਲਈ, ਅਸੀਂ { $seconds ->
    [one] { $seconds } ਸਕਿੰਟ
   *[other] { $seconds } ਸਕਿੰਟਾਂ
} ਵਿੱਚ ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦੇਵਾਂਗੇ।
timeout-more-time = ਮੈਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ
timeout-clear = ਮੇਰੇ ਜਵਾਬ ਹੁਣੇ ਮਿਟਾ ਦਿਓ

## Leaving a form
leave-title = ਕੀ ਤੁਸੀਂ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
leave-body = ਤੁਹਾਡੇ ਜਵਾਬ ਮਿਟਾ ਦਿੱਤੇ ਜਾਣਗੇ।
leave-yes = ਹਾਂ, ਮੇਰੇ ਜਵਾਬ ਮਿਟਾ ਦਿਓ
leave-no = ਨਹੀਂ, ਫ਼ਾਰਮ 'ਤੇ ਵਾਪਸ ਜਾਓ

## On-screen keyboard
keyboard-show = ਕੀਬੋਰਡ ਦਿਖਾਓ
keyboard-hide = ਕੀਬੋਰਡ ਲੁਕਾਓ

## Track my enquiry
track-menu-title = ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖੋ
track-menu-summary = ਆਪਣੇ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਨਾਲ ਦੇਖੋ ਕਿ ਤੁਹਾਡੇ ਭੇਜੇ ਫ਼ਾਰਮ ਦਾ ਕੀ ਬਣਿਆ
track-title = ਆਪਣੀ ਬੇਨਤੀ ਦੀ ਸਥਿਤੀ ਦੇਖੋ
track-hint = ਆਪਣੀ ਰਸੀਦ ਜਾਂ ਪੁਸ਼ਟੀ ਵਾਲੀ ਸਕਰੀਨ ਤੋਂ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਲਿਖੋ, ਉਦਾਹਰਨ ਲਈ K7QF-9M2A
track-label = ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ
track-find = ਲੱਭੋ
track-error-length = ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਵਿੱਚ 8 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ, ਜਿਵੇਂ K7QF-9M2A
track-error-character = ਰੈਫ਼ਰੈਂਸ ਨੰਬਰਾਂ ਵਿੱਚ 0, O, 1, I ਜਾਂ U ਨਹੀਂ ਹੁੰਦੇ। ਜਾਂਚ ਕਰੋ ਕਿ ਤੁਸੀਂ ਕੀ ਲਿਖਿਆ ਹੈ
track-error-check = ਇਸ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਵਿੱਚ ਕੋਈ ਗ਼ਲਤੀ ਹੈ। ਹਰ ਅੱਖਰ ਦੀ ਜਾਂਚ ਕਰੋ
track-not-found = ਸਾਨੂੰ ਇਸ ਕਿਓਸਕ 'ਤੇ ਇਹ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਨਹੀਂ ਮਿਲ ਰਿਹਾ। ਕਿਰਪਾ ਕਰਕੇ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਨੂੰ ਪੁੱਛੋ
track-pending = ਤੁਹਾਡਾ ਫ਼ਾਰਮ ਸੇਵ ਹੋ ਗਿਆ ਹੈ ਅਤੇ ਕੌਂਸਲ ਨੂੰ ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ ਹੈ। ਤੁਹਾਨੂੰ ਕੁਝ ਕਰਨ ਦੀ ਲੋੜ ਨਹੀਂ ਹੈ।
track-sent = ਤੁਹਾਡਾ ਫ਼ਾਰਮ ਕੌਂਸਲ ਕੋਲ ਪਹੁੰਚ ਗਿਆ ਹੈ। ਕੌਂਸਲ ਦਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ { $crm } ਹੈ।
track-parked = ਭੇਜੇ ਜਾਣ ਤੋਂ ਪਹਿਲਾਂ ਤੁਹਾਡੇ ਫ਼ਾਰਮ ਦੀ ਜਾਂਚ ਸਟਾਫ਼ ਦੇ ਕਿਸੇ ਮੈਂਬਰ ਵੱਲੋਂ ਹੋਣੀ ਜ਼ਰੂਰੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ।
track-status-open = ਕੌਂਸਲ ਇਸ 'ਤੇ ਕੰਮ ਕਰ ਰਹੀ ਹੈ।
track-status-closed = ਕੌਂਸਲ ਨੇ ਇਸ 'ਤੇ ਕੰਮ ਪੂਰਾ ਕਰ ਲਿਆ ਹੈ।
track-status-other = ਕੌਂਸਲ ਦਾ ਕਹਿਣਾ ਹੈ: { $status }
track-status-expected = ਕੌਂਸਲ ਨੂੰ { $date } ਤੱਕ ਕੰਮ ਪੂਰਾ ਹੋਣ ਦੀ ਉਮੀਦ ਹੈ।
track-status-notes = ਕੌਂਸਲ ਦਾ ਨੋਟ: { $notes }
track-checking = ਤਾਜ਼ਾ ਜਾਣਕਾਰੀ ਲਈ ਕੌਂਸਲ ਤੋਂ ਪੁੱਛਿਆ ਜਾ ਰਿਹਾ ਹੈ…
track-offline = ਇਸ ਵੇਲੇ ਅਸੀਂ ਕੌਂਸਲ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੇ। ਇਹ ਸਾਨੂੰ ਮਿਲੀ ਆਖ਼ਰੀ ਜਾਣਕਾਰੀ ਹੈ।
track-checked = ਕੌਂਸਲ ਤੋਂ ਆਖ਼ਰੀ ਵਾਰ { $date } ਨੂੰ ਪੁੱਛਿਆ ਗਿਆ।

## Take a ticket (the queue)
ticket-menu-title = ਟਿਕਟ ਲਓ
ticket-menu-summary = ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਕਿਸੇ ਨੂੰ ਮਿਲਣ ਲਈ ਨੰਬਰ ਲਓ, ਜਾਂ ਆਪਣੀ ਮੁਲਾਕਾਤ ਲਈ ਹਾਜ਼ਰੀ ਦਰਜ ਕਰੋ
ticket-title = ਟਿਕਟ ਲਓ
ticket-hint = ਚੁਣੋ ਕਿ ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ। ਤੁਹਾਨੂੰ ਇੱਕ ਨੰਬਰ ਮਿਲੇਗਾ, ਅਤੇ ਤੁਹਾਡੀ ਵਾਰੀ ਆਉਣ 'ਤੇ ਅਸੀਂ ਤੁਹਾਨੂੰ ਬੁਲਾਵਾਂਗੇ।
ticket-hint-appointment = ਚੁਣੋ ਕਿ ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਕਿਸ ਬਾਰੇ ਹੈ।
ticket-service-housing = ਰਿਹਾਇਸ਼
ticket-service-council-tax = ਕੌਂਸਲ ਟੈਕਸ
ticket-service-general = ਆਮ ਪੁੱਛਗਿੱਛ
ticket-wait = { $minutes ->
    [0] ਇਸ ਵੇਲੇ ਕੋਈ ਉਡੀਕ ਨਹੀਂ
    [one] ਲਗਭਗ { $minutes } ਮਿੰਟ ਦੀ ਉਡੀਕ
   *[other] ਲਗਭਗ { $minutes } ਮਿੰਟਾਂ ਦੀ ਉਡੀਕ
}
ticket-extra-help = ਮੈਨੂੰ ਵਾਧੂ ਮਦਦ ਚਾਹੀਦੀ ਹੈ (ਜਿਵੇਂ ਕਿ ਮੈਨੂੰ ਕੋਈ ਅਪਾਹਜਤਾ ਹੈ, ਮੇਰੀ ਤਬੀਅਤ ਠੀਕ ਨਹੀਂ, ਜਾਂ ਮੈਂ ਲੰਮਾ ਸਮਾਂ ਉਡੀਕ ਨਹੀਂ ਕਰ ਸਕਦਾ)
ticket-appointment-link = ਮੇਰੀ ਮੁਲਾਕਾਤ ਹੈ
ticket-appointment-title = ਮੁਲਾਕਾਤ ਲਈ ਹਾਜ਼ਰੀ ਦਰਜ ਕਰੋ
ticket-appointment-hint = ਆਪਣੀ ਮੁਲਾਕਾਤ ਦੀ ਚਿੱਠੀ, ਈਮੇਲ ਜਾਂ ਟੈਕਸਟ ਸੁਨੇਹੇ ਵਿਚਲਾ ਰੈਫ਼ਰੈਂਸ ਲਿਖੋ
ticket-appointment-label = ਮੁਲਾਕਾਤ ਰੈਫ਼ਰੈਂਸ
ticket-appointment-error = ਮੁਲਾਕਾਤ ਰੈਫ਼ਰੈਂਸ ਵਿੱਚ ਵੱਧ ਤੋਂ ਵੱਧ 20 ਅੱਖਰ ਅਤੇ ਅੰਕ ਹੁੰਦੇ ਹਨ। ਜੋ ਲਿਖਿਆ ਹੈ ਉਸਦੀ ਜਾਂਚ ਕਰੋ
ticket-appointment-note = ਮੁਲਾਕਾਤ { $reference } ਲਈ ਹਾਜ਼ਰੀ
ticket-number-label = ਤੁਹਾਡਾ ਟਿਕਟ ਨੰਬਰ
ticket-wait-estimate = { $minutes ->
    [0] ਤੁਹਾਨੂੰ ਬਹੁਤ ਜਲਦੀ ਬੁਲਾਇਆ ਜਾਵੇਗਾ
    [one] ਅੰਦਾਜ਼ਨ ਉਡੀਕ: ਲਗਭਗ { $minutes } ਮਿੰਟ
   *[other] ਅੰਦਾਜ਼ਨ ਉਡੀਕ: ਲਗਭਗ { $minutes } ਮਿੰਟ
}
ticket-instructions = ਕਿਰਪਾ ਕਰਕੇ ਬੁਲਾਏ ਜਾਣ ਦੀ ਉਡੀਕ ਕਰੋ। ਸਕ੍ਰੀਨ ਦੇਖਦੇ ਰਹੋ: ਇਹ ਤੁਹਾਡਾ ਨੰਬਰ ਅਤੇ ਉਹ ਕਾਊਂਟਰ ਦਿਖਾਏਗੀ ਜਿੱਥੇ ਤੁਸੀਂ ਜਾਣਾ ਹੈ।
ticket-priority = ਤੁਹਾਨੂੰ ਪਹਿਲ ਦੇ ਆਧਾਰ 'ਤੇ ਦੇਖਿਆ ਜਾਵੇਗਾ।
ticket-checked-in = ਮੁਲਾਕਾਤ { $reference } ਲਈ ਤੁਹਾਡੀ ਹਾਜ਼ਰੀ ਦਰਜ ਹੋ ਗਈ ਹੈ।
ticket-unavailable = ਇਸ ਵੇਲੇ ਟਿਕਟਾਂ ਉਪਲਬਧ ਨਹੀਂ ਹਨ
ticket-unavailable-body = ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ। ਸਟਾਫ਼ ਦਾ ਕੋਈ ਮੈਂਬਰ ਤੁਹਾਡੀ ਮਦਦ ਕਰੇਗਾ।
ticket-none-left = ਅੱਜ { $service } ਲਈ ਹੋਰ ਟਿਕਟਾਂ ਨਹੀਂ ਹਨ
ticket-no-more-today = ਅੱਜ ਹੋਰ ਟਿਕਟਾਂ ਨਹੀਂ ਹਨ
ticket-finish = ਖ਼ਤਮ ਕਰੋ
ticket-sms-offer = ਆਪਣੀ ਵਾਰੀ ਆਉਣ 'ਤੇ ਟੈਕਸਟ ਪ੍ਰਾਪਤ ਕਰੋ
ticket-sms-title = ਮੇਰੀ ਵਾਰੀ ਨੇੜੇ ਆਉਣ 'ਤੇ ਮੈਨੂੰ ਟੈਕਸਟ ਕਰੋ?
ticket-sms-body = ਅੱਜ ਅਸੀਂ ਇਸ ਨੰਬਰ 'ਤੇ ਵੱਧ ਤੋਂ ਵੱਧ ਦੋ ਟੈਕਸਟ ਭੇਜਾਂਗੇ: ਇੱਕ ਜਦੋਂ ਤੁਸੀਂ ਕਤਾਰ ਵਿੱਚ ਤੀਜੇ ਹੋਵੋਗੇ, ਅਤੇ ਇੱਕ ਜਦੋਂ ਤੁਹਾਨੂੰ ਬੁਲਾਇਆ ਜਾਵੇਗਾ। ਅਸੀਂ ਤੁਹਾਡਾ ਨੰਬਰ ਇਨਕ੍ਰਿਪਟ ਕਰਕੇ ਸਿਰਫ਼ ਅੱਜ ਦੇ ਦਿਨ ਦੇ ਅੰਤ ਤੱਕ ਰੱਖਦੇ ਹਾਂ, ਫਿਰ ਇਸਨੂੰ ਮਿਟਾ ਦਿੰਦੇ ਹਾਂ। ਇਹ ਕਿਸੇ ਹੋਰ ਕੰਮ ਲਈ ਵਰਤਿਆ ਨਹੀਂ ਜਾਂਦਾ। ਕੌਂਸਲ ਵੱਲੋਂ ਟੈਕਸਟ GOV.UK Notify ਭੇਜਦਾ ਹੈ। ਤੁਸੀਂ ਇਹ ਛੱਡ ਸਕਦੇ ਹੋ: "ਨਹੀਂ, ਧੰਨਵਾਦ" ਚੁਣੋ।
ticket-sms-label = ਤੁਹਾਡਾ ਮੋਬਾਈਲ ਨੰਬਰ
ticket-sms-error = ਯੂਕੇ ਦਾ ਮੋਬਾਈਲ ਨੰਬਰ ਦਾਖਲ ਕਰੋ, ਜਿਵੇਂ 07700 900123
ticket-sms-send = ਮੈਨੂੰ ਟੈਕਸਟ ਭੇਜੋ
ticket-sms-no = ਨਹੀਂ, ਧੰਨਵਾਦ
ticket-sms-agreed = ਜਦੋਂ ਤੁਸੀਂ ਤੀਜੇ ਹੋਵੋਗੇ ਅਤੇ ਜਦੋਂ ਤੁਹਾਨੂੰ ਬੁਲਾਇਆ ਜਾਵੇਗਾ, ਅਸੀਂ ਤੁਹਾਨੂੰ ਟੈਕਸਟ ਕਰਾਂਗੇ।
ticket-sms-unavailable = ਇਸ ਵੇਲੇ ਟੈਕਸਟ ਉਪਲਬਧ ਨਹੀਂ ਹਨ।

## The receipt or ticket printer, under the reference or number
print-receipt-printing = ਤੁਹਾਡੀ ਰਸੀਦ ਛਪ ਰਹੀ ਹੈ…
print-receipt-done = ਕਿਰਪਾ ਕਰਕੇ ਪ੍ਰਿੰਟਰ ਤੋਂ ਆਪਣੀ ਰਸੀਦ ਲੈ ਲਓ।
print-receipt-failed = ਮਾਫ਼ ਕਰਨਾ, ਪ੍ਰਿੰਟਰ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ, ਇਸ ਲਈ ਕਾਗਜ਼ੀ ਰਸੀਦ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਰੈਫ਼ਰੈਂਸ ਨੰਬਰ ਲਿਖ ਲਓ ਜਾਂ ਇਸਦੀ ਫ਼ੋਟੋ ਲੈ ਲਓ।
print-ticket-printing = ਤੁਹਾਡੀ ਟਿਕਟ ਛਪ ਰਹੀ ਹੈ…
print-ticket-done = ਕਿਰਪਾ ਕਰਕੇ ਪ੍ਰਿੰਟਰ ਤੋਂ ਆਪਣੀ ਟਿਕਟ ਲੈ ਲਓ।
print-ticket-failed = ਮਾਫ਼ ਕਰਨਾ, ਪ੍ਰਿੰਟਰ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ, ਇਸ ਲਈ ਕਾਗਜ਼ੀ ਟਿਕਟ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਨੰਬਰ ਯਾਦ ਰੱਖੋ ਜਾਂ ਇਸਦੀ ਫ਼ੋਟੋ ਲੈ ਲਓ।

## Signing in with a library or council card
card-hint = ਕੀ ਤੁਹਾਡੇ ਕੋਲ ਲਾਇਬ੍ਰੇਰੀ ਜਾਂ ਕੌਂਸਲ ਦਾ ਕਾਰਡ ਹੈ? ਆਪਣੇ ਵੇਰਵੇ ਭਰਨ ਲਈ ਇਸਨੂੰ ਰੀਡਰ ਤੇ ਲਗਾਓ ਜਾਂ ਸਕੈਨ ਕਰੋ।
card-checking = ਤੁਹਾਡਾ ਕਾਰਡ ਜਾਂਚਿਆ ਜਾ ਰਿਹਾ ਹੈ…
card-unavailable = ਇਸ ਵੇਲੇ ਕਾਰਡ ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕਦੇ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ਾਰਮ ਆਪ ਭਰੋ।
card-not-used = ਅਸੀਂ ਇਹ ਕਾਰਡ ਵਰਤ ਨਹੀਂ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ਾਰਮ ਆਪ ਭਰੋ ਜਾਂ ਰਿਸੈਪਸ਼ਨ ਤੇ ਪੁੱਛੋ।
card-offline = ਅਸੀਂ ਇਸ ਵੇਲੇ ਤੁਹਾਡਾ ਕਾਰਡ ਜਾਂਚ ਨਹੀਂ ਸਕੇ। ਤੁਹਾਡਾ ਕਾਰਡ ਨੰਬਰ ਤੁਹਾਡੇ ਫ਼ਾਰਮ ਨਾਲ ਭੇਜਿਆ ਜਾਵੇਗਾ ਅਤੇ ਕੌਂਸਲ ਇਸਦੀ ਜਾਂਚ ਕਰੇਗੀ।
card-used = ਤੁਹਾਡੇ ਕਾਰਡ ਤੋਂ ਤੁਹਾਡੇ ਵੇਰਵੇ ਭਰ ਦਿੱਤੇ ਗਏ ਹਨ। ਹਰ ਪੰਨੇ ਤੇ ਇਹਨਾਂ ਦੀ ਜਾਂਚ ਕਰੋ; ਤੁਸੀਂ ਇਹਨਾਂ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।
card-pin-title = ਆਪਣੇ ਕਾਰਡ ਦਾ PIN ਲਿਖੋ
card-pin-hint = ਹੇਠਾਂ ਦਿੱਤੀਆਂ ਕੁੰਜੀਆਂ ਵਰਤੋ। ਤੁਹਾਡਾ PIN ਸਿਰਫ਼ ਕਾਰਡ ਦੀ ਜਾਂਚ ਲਈ ਵਰਤਿਆ ਜਾਂਦਾ ਹੈ। ਇਹ ਕਦੇ ਰੱਖਿਆ ਜਾਂ ਛਾਪਿਆ ਨਹੀਂ ਜਾਂਦਾ।
card-pin-typed = { $count ->
    [one] { $count } ਅੰਕ ਲਿਖਿਆ
   *[other] { $count } ਅੰਕ ਲਿਖੇ
}
card-pin-length = PIN ਵਿੱਚ 4 ਤੋਂ 12 ਅੰਕ ਹੁੰਦੇ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਲਿਖੋ।
card-pin-wrong = { $left ->
    [one] ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ ਇੱਕ ਵਾਰ ਹੋਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।
   *[other] ਇਹ PIN ਸਹੀ ਨਹੀਂ ਹੈ। ਤੁਸੀਂ { $left } ਵਾਰ ਹੋਰ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ।
}
card-pin-locked = ਇਸ ਕਾਰਡ ਲਈ ਬਹੁਤ ਸਾਰੇ ਗ਼ਲਤ PIN। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ਾਰਮ ਆਪ ਭਰੋ ਜਾਂ ਰਿਸੈਪਸ਼ਨ ਤੇ ਪੁੱਛੋ।
card-cancel = ਰੱਦ ਕਰੋ
card-consent-title = ਕੀ ਆਪਣੇ ਕਾਰਡ ਦੇ ਵੇਰਵੇ ਵਰਤਣੇ ਹਨ?
card-consent-body = ਤੁਹਾਡਾ ਕਾਰਡ ਇਹ ਵੇਰਵੇ ਦਿੰਦਾ ਹੈ। ਕੀ ਤੁਸੀਂ ਫ਼ਾਰਮ ਭਰਨ ਲਈ ਇਹਨਾਂ ਨੂੰ ਵਰਤਣਾ ਚਾਹੁੰਦੇ ਹੋ? ਤੁਸੀਂ ਹਰ ਪੰਨੇ ਤੇ ਇਹਨਾਂ ਦੀ ਜਾਂਚ ਕਰਕੇ ਬਦਲ ਸਕਦੇ ਹੋ।
card-consent-yes = ਹਾਂ, ਇਹ ਵੇਰਵੇ ਵਰਤੋ
card-consent-no = ਨਹੀਂ, ਮੈਂ ਆਪ ਲਿਖਾਂਗਾ

key-enter = ਐਂਟਰ
key-space = ਸਪੇਸ
key-backspace = ਮਿਟਾਓ
key-shift = ਸ਼ਿਫ਼ਟ
key-switch = ਕੀਬੋਰਡ ਬਦਲੋ

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = ਨੀਵਾਂ ਲੇਆਉਟ
listen = ਸੁਣੋ
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = ਪੜ੍ਹ ਕੇ ਸੁਣਾਉਣਾ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਹੈ: ਇਸ ਭਾਸ਼ਾ ਲਈ ਅਜੇ ਕੋਈ ਆਵਾਜ਼ ਨਹੀਂ ਹੈ।
# What speech calls each kind of control.
speech-role-button = ਬਟਨ
speech-role-radio = ਰੇਡੀਓ ਬਟਨ
speech-role-checkbox = ਚੈੱਕ ਬਾਕਸ
speech-role-edit = ਲਿਖਣ ਵਾਲਾ ਖਾਨਾ
speech-role-key = ਕੁੰਜੀ
speech-role-pin-key = PIN ਕੁੰਜੀ
# An option's place among the options: "2 of 4".
speech-position = { $count } ਵਿੱਚੋਂ { $pos }
speech-selected = ਚੁਣਿਆ ਹੋਇਆ
speech-not-selected = ਚੁਣਿਆ ਨਹੀਂ
speech-dimmed = ਅਜੇ ਉਪਲਬਧ ਨਹੀਂ
speech-blank = ਖਾਲੀ
speech-deleted = ਮਿਟਾਇਆ
# The PIN pad never says a digit.
speech-pin-hint = ਨੰਬਰ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਆਪਣਾ PIN ਲਿਖੋ, ਫਿਰ ਐਂਟਰ ਦਬਾਓ।
speech-pin-entered = ਅੰਕ ਲਿਖਿਆ ਗਿਆ
speech-pin-deleted = ਅੰਕ ਮਿਟਾਇਆ ਗਿਆ
speech-pin-again = ਇਹ PIN ਮਨਜ਼ੂਰ ਨਹੀਂ ਹੋਇਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਲਿਖੋ।
speech-louder = ਹੋਰ ਉੱਚੀ
speech-quieter = ਹੋਰ ਹੌਲੀ
# F1 on the keypad.
speech-help = ਉੱਪਰ ਅਤੇ ਹੇਠਾਂ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਇੱਕ ਚੀਜ਼ ਤੋਂ ਦੂਜੀ 'ਤੇ ਜਾਓ। ਖੱਬੇ ਅਤੇ ਸੱਜੇ ਵਾਲੀਆਂ ਕੁੰਜੀਆਂ ਨਾਲ ਸੂਚੀ ਦੇ ਅੰਦਰ ਜਾਓ। ਐਂਟਰ ਨਾਲ ਚੁਣੋ। ਐਸਕੇਪ ਨਾਲ ਪਿੱਛੇ ਜਾਓ। ਪਲੱਸ ਅਤੇ ਮਾਈਨਸ ਨਾਲ ਆਵਾਜ਼ ਘਟਾਓ ਜਾਂ ਵਧਾਓ। F2 ਨਾਲ ਪੂਰਾ ਪੰਨਾ ਪੜ੍ਹ ਕੇ ਸੁਣਾਇਆ ਜਾਂਦਾ ਹੈ।

## How was this?
rate-title = ਇਹ ਕਿਵੇਂ ਰਿਹਾ?
rate-hint = ਕਿਸੇ ਚਿਹਰੇ ਨੂੰ ਛੂਹੋ, ਜਾਂ ਛੱਡ ਦਿਓ। ਅਸੀਂ ਸਿਰਫ਼ ਗਿਣਤੀ ਰੱਖਦੇ ਹਾਂ, ਤੁਹਾਡੇ ਬਾਰੇ ਕੁਝ ਨਹੀਂ।
rate-1 = ਬਹੁਤ ਮਾੜਾ
rate-2 = ਮਾੜਾ
rate-3 = ਠੀਕ-ਠਾਕ
rate-4 = ਚੰਗਾ
rate-5 = ਬਹੁਤ ਚੰਗਾ
rate-skip = ਛੱਡ ਦਿਓ
# Said when a rating ends the visit.
rate-thanks = ਧੰਨਵਾਦ।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = ਬੰਦ ਹੈ
hours-closed-opens = { $when ->
    [today] ਬੰਦ ਹੈ, ਅੱਜ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [tomorrow] ਬੰਦ ਹੈ, ਕੱਲ੍ਹ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [monday] ਬੰਦ ਹੈ, ਸੋਮਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [tuesday] ਬੰਦ ਹੈ, ਮੰਗਲਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [wednesday] ਬੰਦ ਹੈ, ਬੁੱਧਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [thursday] ਬੰਦ ਹੈ, ਵੀਰਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [friday] ਬੰਦ ਹੈ, ਸ਼ੁੱਕਰਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [saturday] ਬੰਦ ਹੈ, ਸ਼ਨਿੱਚਰਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
    [sunday] ਬੰਦ ਹੈ, ਐਤਵਾਰ ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
   *[date] ਬੰਦ ਹੈ, { $date } ਨੂੰ { $time } ਵਜੇ ਖੁੱਲ੍ਹੇਗਾ
}
ticket-closed = ਬੰਦ ਹੋਣ ਸਮੇਂ ਟਿਕਟਾਂ ਨਹੀਂ ਦਿੱਤੀਆਂ ਜਾਂਦੀਆਂ

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ
help-told = ਸਟਾਫ਼ ਨੂੰ ਦੱਸ ਦਿੱਤਾ ਗਿਆ ਹੈ। ਕੋਈ ਇਸ ਕਿਓਸਕ 'ਤੇ ਆਵੇਗਾ।
help-coming = ਸਟਾਫ਼ ਦਾ ਇੱਕ ਮੈਂਬਰ ਤੁਹਾਡੇ ਕੋਲ ਆ ਰਿਹਾ ਹੈ।
help-unreachable = ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ।
help-close = ਬੰਦ ਕਰੋ
ticket-also-title = ਕੀ ਅੱਜ ਤੁਹਾਨੂੰ ਕੁਝ ਹੋਰ ਵੀ ਚਾਹੀਦਾ ਹੈ?
ticket-also-hint = ਤੁਸੀਂ { $service } ਚੁਣਿਆ ਹੈ। ਜੇ ਅੱਜ ਤੁਹਾਨੂੰ ਕਿਸੇ ਹੋਰ ਕੰਮ ਵਿੱਚ ਵੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ, ਤਾਂ ਉਸ 'ਤੇ ਟਿੱਕ ਕਰੋ (ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਹੋਰ)। ਹਰ ਇੱਕ ਲਈ ਤੁਹਾਡੀ ਥਾਂ ਬਣੀ ਰਹੇਗੀ।
ticket-also-go = ਮੇਰੀ ਟਿਕਟ ਦਿਓ
ticket-also-full = ਤੁਸੀਂ ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਹੋਰ ਚੁਣ ਸਕਦੇ ਹੋ। ਕੋਈ ਹੋਰ ਚੁਣਨ ਲਈ ਇੱਕ ਦਾ ਟਿੱਕ ਹਟਾਓ।
ticket-then = ਇਸ ਤੋਂ ਬਾਅਦ: { $service }
ticket-follow-screen = ਕਤਾਰ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਦੇਖਣ ਲਈ ਇਹ ਕੋਡ ਆਪਣੇ ਫ਼ੋਨ ਨਾਲ ਸਕੈਨ ਕਰੋ। ਤੁਸੀਂ ਕਿਤੇ ਹੋਰ ਵੀ ਉਡੀਕ ਕਰ ਸਕਦੇ ਹੋ।
ticket-follow-speech = ਆਪਣੇ ਫ਼ੋਨ ਨਾਲ ਸਕੈਨ ਕਰਨ ਲਈ ਇੱਕ ਕੋਡ ਹੈ, ਜਿਸ ਨਾਲ ਤੁਸੀਂ ਕਤਾਰ ਵਿੱਚ ਆਪਣੀ ਥਾਂ ਦੇਖ ਸਕਦੇ ਹੋ। ਤੁਸੀਂ ਕਿਤੇ ਹੋਰ ਵੀ ਉਡੀਕ ਕਰ ਸਕਦੇ ਹੋ।
ticket-appointment-unknown = ਸਾਨੂੰ ਅੱਜ ਇਹ ਮੁਲਾਕਾਤ ਨਹੀਂ ਮਿਲ ਰਹੀ। ਆਪਣੀ ਪੁਸ਼ਟੀ 'ਤੇ ਰੈਫ਼ਰੈਂਸ ਦੇਖੋ, ਜਾਂ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ।
ticket-appointment-already = ਤੁਸੀਂ ਪਹਿਲਾਂ ਹੀ ਚੈੱਕ ਇਨ ਕਰ ਚੁੱਕੇ ਹੋ। ਤੁਹਾਡਾ ਨੰਬਰ { $number } ਹੈ।
