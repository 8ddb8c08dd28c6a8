# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = ਰਿਹਾਇਸ਼
queue-service-council-tax = ਕੌਂਸਲ ਟੈਕਸ
queue-service-general = ਆਮ ਪੁੱਛਗਿੱਛ

## The board
queue-board-now-calling = ਹੁਣ ਬੁਲਾਇਆ ਜਾ ਰਿਹਾ ਹੈ
queue-board-counter = ਕਾਊਂਟਰ { $counter }
queue-board-recall = ਮੁੜ ਬੁਲਾਵਾ
queue-board-last-calls = ਪਿਛਲੇ ਬੁਲਾਵੇ
queue-board-services = ਹੁਣ ਉਡੀਕ ਵਿੱਚ
queue-board-waiting = { $count } ਉਡੀਕ ਵਿੱਚ
queue-board-wait = { $minutes ->
    [0] ਕੋਈ ਉਡੀਕ ਨਹੀਂ
   *[other] ਲਗਭਗ { $minutes } ਮਿੰਟ
}
queue-board-no-calls = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੀ ਵਾਰੀ ਦੀ ਉਡੀਕ ਕਰੋ
queue-board-offline = ਕਤਾਰ ਨਾਲ ਕਨੈਕਸ਼ਨ ਟੁੱਟ ਗਿਆ, ਮੁੜ ਜੋੜਿਆ ਜਾ ਰਿਹਾ ਹੈ। ਦਿਖਾਏ ਗਏ ਬੁਲਾਵੇ ਪੁਰਾਣੇ ਹੋ ਸਕਦੇ ਹਨ।
queue-board-connecting = ਕਤਾਰ ਨਾਲ ਜੁੜ ਰਿਹਾ ਹੈ…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = ਹੁਣ ਕੋਈ ਕਾਊਂਟਰ ਖੁੱਲ੍ਹਾ ਨਹੀਂ
queue-board-silent = ਇਸ ਵੇਲੇ ਬੁਲਾਵੇ ਬੋਲ ਕੇ ਨਹੀਂ ਸੁਣਾਏ ਜਾ ਰਹੇ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣੇ ਨੰਬਰ ਲਈ ਇਹ ਸਕਰੀਨ ਦੇਖਦੇ ਰਹੋ।

## Spoken
queue-speech-call = { $ticket }, ਕਾਊਂਟਰ { $counter }।
queue-speech-recall = { $ticket }, ਕਾਊਂਟਰ { $counter }, ਦੁਬਾਰਾ।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = ਬੰਦ ਹੈ
queue-board-closed-opens = { $when ->
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

## Mobile ticket page
mobile-page-title = ਟਿਕਟ { $ticket }
mobile-your-number = ਤੁਹਾਡਾ ਨੰਬਰ
mobile-next = ਅਗਲੀ ਵਾਰੀ ਤੁਹਾਡੀ ਹੈ
mobile-position = ਕਤਾਰ ਵਿੱਚ ਤੁਸੀਂ { $position } ਨੰਬਰ 'ਤੇ ਹੋ
mobile-wait = { $minutes ->
    [0] ਕਿਸੇ ਵੀ ਪਲ
   *[other] ਲਗਭਗ { $minutes } ਮਿੰਟ
}
mobile-no-counter = ਹੁਣ ਕੋਈ ਕਾਊਂਟਰ ਖੁੱਲ੍ਹਾ ਨਹੀਂ
mobile-then = ਇਸ ਤੋਂ ਬਾਅਦ: { $service }
mobile-called = ਤੁਹਾਡੀ ਵਾਰੀ: ਕਾਊਂਟਰ { $counter } 'ਤੇ ਜਾਓ
mobile-recalled = ਤੁਹਾਡੀ ਵਾਰੀ: ਕਾਊਂਟਰ { $counter } 'ਤੇ ਜਾਓ, ਦੁਬਾਰਾ
mobile-serving = ਕਾਊਂਟਰ { $counter } 'ਤੇ ਤੁਹਾਡੀ ਸਹਾਇਤਾ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ
mobile-parked = ਕਿਰਪਾ ਕਰਕੇ ਨੇੜੇ ਹੀ ਰਹੋ: ਸਟਾਫ਼ ਤੁਹਾਨੂੰ ਦੁਬਾਰਾ ਬੁਲਾਏਗਾ।
mobile-done = ਸਭ ਹੋ ਗਿਆ। ਆਉਣ ਲਈ ਧੰਨਵਾਦ।
mobile-missed = ਤੁਹਾਨੂੰ ਬੁਲਾਇਆ ਗਿਆ ਸੀ ਪਰ ਤੁਸੀਂ ਨਹੀਂ ਆਏ। ਕਿਰਪਾ ਕਰਕੇ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ।
mobile-stale = ਇਹ ਪੰਨਾ ਪੁਰਾਣਾ ਹੋ ਸਕਦਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਸਕਰੀਨਾਂ ਦੇਖੋ ਜਾਂ ਰਿਸੈਪਸ਼ਨ 'ਤੇ ਪੁੱਛੋ।
mobile-more-time = ਮੈਨੂੰ ਹੋਰ ਸਮਾਂ ਚਾਹੀਦਾ ਹੈ
mobile-more-time-hint = ਇਸ ਨਾਲ ਤੁਸੀਂ { $places } ਥਾਂ ਪਿੱਛੇ ਚਲੇ ਜਾਓਗੇ। ਤੁਸੀਂ ਇਸਨੂੰ ਸਿਰਫ਼ ਇੱਕ ਵਾਰ ਵਰਤ ਸਕਦੇ ਹੋ।
mobile-more-time-used = ਤੁਸੀਂ ਹੋਰ ਸਮਾਂ ਮੰਗਿਆ ਹੈ

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = ਫਿਰ { $service }
