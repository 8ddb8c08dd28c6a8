# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Punjabi, Gurmukhi), read when the config's [staff] locale is "pa".

## PIN pad
staff-pin-title = ਸਿਰਫ਼ ਸਟਾਫ਼ ਲਈ
staff-pin-hint = ਸਟਾਫ਼ PIN ਲਿਖੋ, ਫਿਰ ↵ ਜਾਂ ਅਨਲੌਕ ਦਬਾਓ।
staff-pin-typed = PIN: { $count ->
    [0] ਕੁਝ ਨਹੀਂ ਲਿਖਿਆ
    [one] { $count } ਅੰਕ ਲਿਖਿਆ
   *[other] { $count } ਅੰਕ ਲਿਖੇ
}
staff-pin-unlock = ਅਨਲੌਕ
staff-pin-checking = PIN ਦੀ ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
staff-pin-wrong = ਗ਼ਲਤ PIN। { $tries ->
    [one] { $tries } ਹੋਰ ਗ਼ਲਤ PIN ਨਾਲ ਸਟਾਫ਼ ਸਕਰੀਨ ਲੌਕ ਹੋ ਜਾਵੇਗੀ।
   *[other] { $tries } ਹੋਰ ਗ਼ਲਤ PIN ਨਾਲ ਸਟਾਫ਼ ਸਕਰੀਨ ਲੌਕ ਹੋ ਜਾਵੇਗੀ।
}
staff-pin-locked = ਬਹੁਤ ਵਾਰ ਗ਼ਲਤ PIN ਪਾਇਆ ਗਿਆ। ਸਟਾਫ਼ ਸਕਰੀਨ { $time } ਤੱਕ ਲੌਕ ਹੈ।
staff-pin-length = ਸਟਾਫ਼ PIN ਵਿੱਚ 4 ਤੋਂ 12 ਅੰਕ ਹੁੰਦੇ ਹਨ।
staff-pin-check-failed = PIN ਦੀ ਜਾਂਚ ਨਹੀਂ ਹੋ ਸਕੀ ({ $error })।
staff-db-write-failed = ਕਿਓਸਕ ਦੇ ਡੇਟਾਬੇਸ ਵਿੱਚ ਲਿਖਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ ({ $error })।
staff-db-read-failed = ਕਿਓਸਕ ਦਾ ਡੇਟਾਬੇਸ ਪੜ੍ਹਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ ({ $error })।
staff-months = ਜਨ ਫ਼ਰ ਮਾਰਚ ਅਪ੍ਰੈ ਮਈ ਜੂਨ ਜੁਲਾ ਅਗ ਸਤੰ ਅਕਤੂ ਨਵੰ ਦਸੰ
staff-date-time = { $day } { $month } { $time }
staff-disabled = ਇਸ ਕਿਓਸਕ 'ਤੇ ਸਟਾਫ਼ ਸਕਰੀਨ ਬੰਦ ਹੈ। ਇਸ ਨੂੰ ਚਾਲੂ ਕਰਨ ਲਈ ਕੌਂਫਿਗ ਵਿੱਚ staff.pin_hash ਸੈੱਟ ਕਰੋ (docs/OPERATIONS.md ਦੇਖੋ)।
staff-close = ਬੰਦ ਕਰੋ

## The staff screen
staff-title = ਸਟਾਫ਼: ਆਊਟਬਾਕਸ
staff-count-pending = ਬਾਕੀ
staff-count-retrying = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼
staff-count-parked = ਰੋਕੇ ਗਏ
staff-count-acknowledged = ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ
staff-count-purged = ਮਿਟਾਏ ਗਏ
staff-connectivity-title = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨਾਲ ਕਨੈਕਸ਼ਨ
staff-crm-none = ਕੋਈ CRM ਸੈੱਟ ਨਹੀਂ ਹੈ (crm.kind = "none"): ਜਦੋਂ ਤੱਕ CRM ਸੈੱਟ ਨਹੀਂ ਹੁੰਦਾ, ਫ਼ਾਰਮ ਇਸੇ ਕਿਓਸਕ 'ਤੇ ਰਹਿਣਗੇ।
staff-crm-never = ਕਿਓਸਕ ਨੇ ਅਜੇ ਤੱਕ ਇਸ ਨਾਲ ਸੰਪਰਕ ਦੀ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਕੀਤੀ।
staff-crm-ok = ਪਿਛਲਾ ਸੰਪਰਕ ਸਫਲ ਰਿਹਾ ({ $when })।
staff-crm-failed = ਪਿਛਲਾ ਸੰਪਰਕ ਅਸਫਲ ਰਿਹਾ ({ $when })।
staff-crm-last-reached = ਆਖ਼ਰੀ ਸਫਲ ਸੰਪਰਕ: { $when }।
staff-crm-never-reached = ਇਸ ਕਿਓਸਕ ਤੋਂ ਕਦੇ ਸੰਪਰਕ ਨਹੀਂ ਹੋਇਆ।
staff-crm-error = ਆਖ਼ਰੀ ਗ਼ਲਤੀ: { $error }
staff-waiting = { $waiting } ਭੇਜੇ ਜਾਣ ਦੀ ਉਡੀਕ ਵਿੱਚ, { $parked } ਰੋਕੇ ਗਏ।
staff-attention = { $count ->
    [one] { $count } ਫ਼ਾਰਮ ਵੱਲ ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ (ਸਭ ਤੋਂ ਉੱਪਰ ਦਿਖਾਇਆ ਗਿਆ)।
   *[other] { $count } ਫ਼ਾਰਮਾਂ ਵੱਲ ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ (ਸਭ ਤੋਂ ਉੱਪਰ ਦਿਖਾਏ ਗਏ)।
}
staff-crm-dropped = ਕੌਂਸਲ ਦੇ ਸਿਸਟਮ ਨੇ ਫ਼ਾਰਮ ਸਵੀਕਾਰ ਕਰ ਲਏ, ਪਰ ਕੁਝ ਫ਼ੀਲਡ ਨਹੀਂ ਰੱਖੇ। ਹਰ ਜਵਾਬ ਵੇਰਵੇ ਵਿੱਚ ਵੀ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ; CRM ਦੇ ਐਡਮਿਨਿਸਟ੍ਰੇਟਰ ਨੂੰ ਇਹ ਫ਼ੀਲਡ ਮੈਪ ਕਰਨ ਲਈ ਕਹੋ।
staff-forwarder-fault = ਭੇਜਣਾ ਰੁਕਿਆ ਹੋਇਆ ਹੈ: ਕਿਓਸਕ ਦੇ ਡਾਟਾਬੇਸ ਵਿੱਚ ਖ਼ਰਾਬੀ ਆਈ ({ $when })। ਕੁਝ ਵੀ ਗੁਆਚਿਆ ਨਹੀਂ; ਖ਼ਰਾਬੀ ਦੂਰ ਹੁੰਦੇ ਹੀ ਭੇਜਣਾ ਆਪਣੇ ਆਪ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਹੋ ਜਾਵੇਗਾ (ਜਿਵੇਂ, ਡਿਸਕ 'ਤੇ ਥਾਂ ਖਾਲੀ ਕਰਨ ਨਾਲ)।
staff-forwarder-restarted = { $count ->
    [one] ਭੇਜਣ ਵਾਲਾ ਕੰਮ { $count } ਵਾਰ ਰੁਕਿਆ ਅਤੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕੀਤਾ ਗਿਆ।
   *[other] ਭੇਜਣ ਵਾਲਾ ਕੰਮ { $count } ਵਾਰ ਰੁਕਿਆ ਅਤੇ ਦੁਬਾਰਾ ਸ਼ੁਰੂ ਕੀਤਾ ਗਿਆ।
}
staff-send-now = ਹੁਣੇ ਭੇਜੋ
staff-sent-now = ਹੁਣੇ ਭੇਜਿਆ ਜਾ ਰਿਹਾ ਹੈ। { $count ->
    [0] ਕੋਈ ਵੀ ਫ਼ਾਰਮ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਦੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ ਸੀ।
    [one] { $count } ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਪਹਿਲਾਂ ਕਰ ਦਿੱਤੀ ਗਈ।
   *[other] { $count } ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ਾਂ ਪਹਿਲਾਂ ਕਰ ਦਿੱਤੀਆਂ ਗਈਆਂ।
}
staff-send-none = ਕੋਈ CRM ਸੈੱਟ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਕੁਝ ਵੀ ਨਹੀਂ ਭੇਜਿਆ ਜਾ ਸਕਦਾ।
staff-refresh = ਤਾਜ਼ਾ ਕਰੋ
staff-rows-title = ਭੇਜੇ ਗਏ ਫ਼ਾਰਮ, ਸਭ ਤੋਂ ਨਵੇਂ ਪਹਿਲਾਂ
staff-rows-empty = ਆਊਟਬਾਕਸ ਖਾਲੀ ਹੈ।
staff-rows-more = { $total } ਵਿੱਚੋਂ ਸਭ ਤੋਂ ਨਵੇਂ { $shown } ਦਿਖਾਏ ਜਾ ਰਹੇ ਹਨ।
staff-row-age = { $age } ਪੁਰਾਣਾ
staff-row-attempts = { $attempts ->
    [0] ਅਜੇ ਕੋਸ਼ਿਸ਼ ਨਹੀਂ ਹੋਈ
    [one] { $attempts } ਕੋਸ਼ਿਸ਼
   *[other] { $attempts } ਕੋਸ਼ਿਸ਼ਾਂ
}
staff-row-next = ਅਗਲੀ ਕੋਸ਼ਿਸ਼ { $time }
staff-row-error = ਗ਼ਲਤੀ: { $error }
staff-retry = { $reference } ਦੁਬਾਰਾ ਭੇਜੋ
staff-retried = { $reference } ਦੁਬਾਰਾ ਭੇਜਿਆ ਜਾਵੇਗਾ।
staff-retry-failed = { $reference } ਹੁਣ ਰੋਕਿਆ ਹੋਇਆ ਨਹੀਂ ਹੈ; ਦੁਬਾਰਾ ਭੇਜਣ ਲਈ ਕੁਝ ਨਹੀਂ।
staff-state-pending = ਬਾਕੀ
staff-state-retrying = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼
staff-state-parked = ਰੋਕਿਆ ਗਿਆ
staff-state-acknowledged = ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ ਹੋਈ
staff-state-purged = ਪ੍ਰਾਪਤੀ ਦੀ ਪੁਸ਼ਟੀ ਹੋਈ, ਜਵਾਬ ਮਿਟਾਏ ਗਏ
staff-state-attention = { $state }: ਧਿਆਨ ਦੇਣ ਦੀ ਲੋੜ ਹੈ, { $for } ਤੋਂ ਇੱਕੋ ਗ਼ਲਤੀ ਆ ਰਹੀ ਹੈ
staff-time-unknown = ਸਮਾਂ ਪਤਾ ਨਹੀਂ
staff-when = { $time }, { $ago } ਪਹਿਲਾਂ

## Devices
staff-devices-title = ਪ੍ਰਿੰਟਰ ਅਤੇ ਕਾਰਡ ਰੀਡਰ
staff-printer-none = ਪ੍ਰਿੰਟਰ: ਸੈੱਟ ਨਹੀਂ ਕੀਤਾ; ਨੰਬਰ ਸਿਰਫ਼ ਸਕ੍ਰੀਨ ਤੇ ਦਿਖਾਏ ਜਾਂਦੇ ਹਨ।
staff-printer-unknown = ਪ੍ਰਿੰਟਰ: ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ…
staff-printer-nostatus = ਪ੍ਰਿੰਟਰ: ਜੁੜਿਆ ਹੋਇਆ ਹੈ (ਕਾਗਜ਼ ਜਾਂ ਖ਼ਰਾਬੀ ਦੀ ਜਾਣਕਾਰੀ ਨਹੀਂ ਦੇ ਸਕਦਾ)।
staff-printer-ready = ਪ੍ਰਿੰਟਰ: ਤਿਆਰ ਹੈ।
staff-printer-low = ਪ੍ਰਿੰਟਰ: ਕਾਗਜ਼ ਮੁੱਕਣ ਵਾਲਾ ਹੈ। ਜਲਦੀ ਰੋਲ ਬਦਲੋ।
staff-printer-fault = ਪ੍ਰਿੰਟਰ: ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ ({ $reason })। ਆਉਣ ਵਾਲਿਆਂ ਨੂੰ ਲਿਖਣ ਲਈ ਉਹਨਾਂ ਦਾ ਨੰਬਰ ਦਿਖਾਇਆ ਜਾਂਦਾ ਹੈ।
staff-reader-none = ਕਾਰਡ ਰੀਡਰ: ਕੋਈ ਨਹੀਂ ਜੁੜਿਆ।
staff-reader-ready = ਕਾਰਡ ਰੀਡਰ ({ $reader }): ਤਿਆਰ ਹੈ।
staff-reader-unavailable = ਕਾਰਡ ਰੀਡਰ ({ $reader }): ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ ({ $reason })। ਇਹ ਦੁਬਾਰਾ ਜੁੜਨ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰਦਾ ਰਹਿੰਦਾ ਹੈ।
staff-card-last = ਆਖ਼ਰੀ ਪੜ੍ਹਿਆ ਕਾਰਡ: { $card } ({ $reader }) { $time } ਵਜੇ।
staff-card-none = ਕਿਓਸਕ ਸ਼ੁਰੂ ਹੋਣ ਤੋਂ ਬਾਅਦ ਕੋਈ ਕਾਰਡ ਨਹੀਂ ਪੜ੍ਹਿਆ ਗਿਆ।
staff-print-test = ਟੈਸਟ ਪੰਨਾ ਛਾਪੋ
staff-print-test-sent = ਟੈਸਟ ਪੰਨਾ ਪ੍ਰਿੰਟਰ ਨੂੰ ਭੇਜਿਆ ਗਿਆ।

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = ਕਿਓਸਕ 'ਤੇ ਦਿੱਤੇ ਜਵਾਬ:
crm-answers-shortened = CRM ਦੀ ਲੰਬਾਈ ਸੀਮਾ ਕਾਰਨ ਛੱਡੇ ਜਵਾਬ: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = ਕਿਓਸਕ ਤੋਂ ਬੇਨਤੀ { $reference }: { $subject }
crm-email-reference = ਹਵਾਲਾ: { $reference }
crm-email-form = ਫ਼ਾਰਮ: { $subject }
crm-email-sent = ਕਿਓਸਕ ਤੋਂ ਭੇਜਿਆ: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: ਨਹੀਂ (ਹੱਥ ਨਾਲ ਲਿਖਿਆ, ਪਤਿਆਂ ਦੀ ਸੂਚੀ ਤੋਂ ਨਹੀਂ; ਕਿਰਪਾ ਕਰਕੇ ਪਤਾ ਮਿਲਾਓ)
crm-email-usrn = USRN: { $detail }
crm-email-location = ਟਿਕਾਣਾ (ਅਕਸ਼ਾਂਸ਼, ਰੇਖਾਂਸ਼): { $detail }
crm-email-card = ਕਾਰਡ: { $card } ({ $reader }, { $state })
crm-email-card-none = ਕਾਰਡ: ਨਹੀਂ ਵਰਤਿਆ
crm-email-check-kiosk = ਕਿਓਸਕ 'ਤੇ ਪੁਸ਼ਟੀ ਹੋਈ
crm-email-check-unchecked = ਪੁਸ਼ਟੀ ਨਹੀਂ ਹੋਈ (ਕਾਰਡ ਸੇਵਾ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕੇ)
crm-email-check-forwarded = ਭੇਜਣ ਵੇਲੇ ਨੰਬਰ ਨਾਲ ਪੁਸ਼ਟੀ ਹੋਈ
crm-email-check-rejected = ਭੇਜਣ ਵੇਲੇ ਕਾਰਡ ਸੇਵਾ ਨੇ ਰੱਦ ਕੀਤਾ
crm-email-attachment = ਇਹੀ ਬੇਨਤੀ ਸਿਸਟਮਾਂ ਲਈ ਨੱਥੀ ਹੈ: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = ਅੱਜ ਆਉਣ ਵਾਲਿਆਂ ਦੀਆਂ ਰੇਟਿੰਗਾਂ
staff-ratings-none = ਅੱਜ ਅਜੇ ਕੋਈ ਰੇਟਿੰਗ ਨਹੀਂ।
staff-ratings-line = { $subject }: { $count ->
    [one] { $count } ਰੇਟਿੰਗ
   *[other] { $count } ਰੇਟਿੰਗਾਂ
}, ਔਸਤ 5 ਵਿੱਚੋਂ { $average }
