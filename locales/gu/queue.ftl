# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = આવાસ
queue-service-council-tax = કાઉન્સિલ ટેક્સ
queue-service-general = સામાન્ય પૂછપરછ

## The board
queue-board-now-calling = હવે બોલાવી રહ્યા છીએ
queue-board-counter = કાઉન્ટર { $counter }
queue-board-recall = ફરી બોલાવ્યા
queue-board-last-calls = છેલ્લા બોલાવેલા
queue-board-services = હમણાં રાહ જુએ છે
queue-board-waiting = { $count } રાહ જુએ છે
queue-board-wait = { $minutes ->
    [0] રાહ નથી
   *[other] લગભગ { $minutes } મિનિટ
}
queue-board-no-calls = કૃપા કરીને તમારો વારો આવે ત્યાં સુધી રાહ જુઓ
queue-board-offline = કતાર સાથેનું જોડાણ તૂટી ગયું, ફરી જોડાઈ રહ્યું છે. બતાવેલા કૉલ જૂના હોઈ શકે છે.
queue-board-connecting = કતાર સાથે જોડાઈ રહ્યું છે…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = હમણાં કોઈ કાઉન્ટર ખુલ્લું નથી
queue-board-silent = હાલમાં નંબર બોલીને જાહેર કરવામાં આવતા નથી. કૃપા કરીને તમારો નંબર આ સ્ક્રીન પર જોતા રહો.

## Spoken
queue-speech-call = { $ticket }, કાઉન્ટર { $counter }.
queue-speech-recall = { $ticket }, કાઉન્ટર { $counter }, ફરીથી.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = બંધ છે
queue-board-closed-opens = { $when ->
    [today] બંધ છે, આજે { $time } વાગ્યે ખુલશે
    [tomorrow] બંધ છે, આવતીકાલે { $time } વાગ્યે ખુલશે
    [monday] બંધ છે, સોમવારે { $time } વાગ્યે ખુલશે
    [tuesday] બંધ છે, મંગળવારે { $time } વાગ્યે ખુલશે
    [wednesday] બંધ છે, બુધવારે { $time } વાગ્યે ખુલશે
    [thursday] બંધ છે, ગુરુવારે { $time } વાગ્યે ખુલશે
    [friday] બંધ છે, શુક્રવારે { $time } વાગ્યે ખુલશે
    [saturday] બંધ છે, શનિવારે { $time } વાગ્યે ખુલશે
    [sunday] બંધ છે, રવિવારે { $time } વાગ્યે ખુલશે
   *[date] બંધ છે, { $date } ના રોજ { $time } વાગ્યે ખુલશે
}

## Mobile ticket page
mobile-page-title = ટિકિટ { $ticket }
mobile-your-number = તમારો નંબર
mobile-next = હવે પછી તમારો વારો છે
mobile-position = કતારમાં તમે { $position } નંબર પર છો
mobile-wait = { $minutes ->
    [0] કોઈ પણ ક્ષણે
   *[other] લગભગ { $minutes } મિનિટ
}
mobile-no-counter = હમણાં કોઈ કાઉન્ટર ખુલ્લું નથી
mobile-then = પછી: { $service }
mobile-called = તમારો વારો: કાઉન્ટર { $counter } પર જાઓ
mobile-recalled = તમારો વારો: કાઉન્ટર { $counter } પર જાઓ, ફરીથી
mobile-serving = કાઉન્ટર { $counter } પર તમારી સેવા થઈ રહી છે
mobile-parked = કૃપા કરીને નજીક જ રહો: સ્ટાફ તમને ફરીથી બોલાવશે.
mobile-done = બધું પૂરું થયું. આવવા બદલ આભાર.
mobile-missed = તમને બોલાવ્યા હતા પણ તમે આવ્યા નહીં. કૃપા કરીને રિસેપ્શન પર પૂછો.
mobile-stale = આ પાનું જૂનું હોઈ શકે છે. કૃપા કરીને સ્ક્રીન જુઓ અથવા રિસેપ્શન પર પૂછો.
mobile-more-time = મને વધુ સમય જોઈએ છે
mobile-more-time-hint = આનાથી તમે { $places } સ્થાન પાછળ જશો. તમે આનો ઉપયોગ ફક્ત એક જ વાર કરી શકો છો.
mobile-more-time-used = તમે વધુ સમય માંગ્યો છે

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = પછી { $service }
