# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Gujarati), read when the config's [staff] locale is "gu".

## PIN pad
staff-pin-title = ફક્ત સ્ટાફ માટે
staff-pin-hint = સ્ટાફ PIN લખો, પછી ↵ અથવા અનલૉક દબાવો.
staff-pin-typed = PIN: { $count ->
    [0] કંઈ લખ્યું નથી
    [one] { $count } અંક લખ્યો
   *[other] { $count } અંક લખ્યા
}
staff-pin-unlock = અનલૉક
staff-pin-checking = PIN તપાસી રહ્યા છીએ…
staff-pin-wrong = ખોટો PIN. { $tries ->
    [one] હજી { $tries } ખોટો PIN નાખવાથી સ્ટાફ સ્ક્રીન લૉક થઈ જશે.
   *[other] હજી { $tries } ખોટા PIN નાખવાથી સ્ટાફ સ્ક્રીન લૉક થઈ જશે.
}
staff-pin-locked = ઘણી વાર ખોટો PIN નાખવામાં આવ્યો. સ્ટાફ સ્ક્રીન { $time } સુધી લૉક છે.
staff-pin-length = સ્ટાફ PIN માં 4 થી 12 અંક હોય છે.
staff-pin-check-failed = PIN તપાસી શકાયો નથી ({ $error }).
staff-db-write-failed = કિઓસ્કના ડેટાબેઝમાં લખી શકાયું નથી ({ $error }).
staff-db-read-failed = કિઓસ્કનો ડેટાબેઝ વાંચી શકાયો નથી ({ $error }).
staff-months = જાન્યુ ફેબ્રુ માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટે ઑક્ટો નવે ડિસે
staff-date-time = { $day } { $month } { $time }
staff-disabled = આ કિઓસ્ક પર સ્ટાફ સ્ક્રીન બંધ છે. તેને ચાલુ કરવા માટે કૉન્ફિગમાં staff.pin_hash સેટ કરો (docs/OPERATIONS.md જુઓ).
staff-close = બંધ કરો

## The staff screen
staff-title = સ્ટાફ: આઉટબૉક્સ
staff-count-pending = બાકી
staff-count-retrying = ફરી પ્રયાસ
staff-count-parked = રોકેલા
staff-count-acknowledged = મળ્યાની પુષ્ટિ
staff-count-purged = ભૂંસી નાખેલા
staff-connectivity-title = કાઉન્સિલની સિસ્ટમ સાથે જોડાણ
staff-crm-none = કોઈ CRM સેટ કરેલું નથી (crm.kind = "none"): CRM સેટ ન થાય ત્યાં સુધી ફોર્મ આ કિઓસ્ક પર જ રહેશે.
staff-crm-never = કિઓસ્કે હજી સુધી તેનો સંપર્ક કરવાનો પ્રયાસ કર્યો નથી.
staff-crm-ok = છેલ્લો સંપર્ક સફળ રહ્યો ({ $when }).
staff-crm-failed = છેલ્લો સંપર્ક નિષ્ફળ રહ્યો ({ $when }).
staff-crm-last-reached = છેલ્લો સફળ સંપર્ક: { $when }.
staff-crm-never-reached = આ કિઓસ્કથી ક્યારેય સંપર્ક થયો નથી.
staff-crm-error = છેલ્લી ભૂલ: { $error }
staff-waiting = { $waiting } મોકલવાની રાહમાં, { $parked } રોકેલા.
staff-attention = { $count ->
    [one] { $count } ફોર્મ પર ધ્યાન આપવાની જરૂર છે (સૌથી ઉપર બતાવ્યું છે).
   *[other] { $count } ફોર્મ પર ધ્યાન આપવાની જરૂર છે (સૌથી ઉપર બતાવ્યા છે).
}
staff-crm-dropped = કાઉન્સિલની સિસ્ટમે ફોર્મ સ્વીકાર્યા, પણ કેટલાક ફીલ્ડ સાચવ્યા નથી. દરેક જવાબ વર્ણનમાં પણ છે, તેથી કંઈ ગુમાવ્યું નથી; CRM ના એડમિનિસ્ટ્રેટરને આ ફીલ્ડ મેપ કરવા કહો.
staff-forwarder-fault = મોકલવાનું થોભાવ્યું છે: કિઓસ્કના ડેટાબેઝમાં ખામી આવી ({ $when }). કંઈ ગુમાવ્યું નથી; ખામી દૂર થતાં જ મોકલવાનું આપમેળે ફરી શરૂ થશે (ઉદાહરણ તરીકે, ડિસ્ક પર જગ્યા ખાલી કરવાથી).
staff-forwarder-restarted = { $count ->
    [one] મોકલવાનું કામ { $count } વાર અટક્યું અને ફરી શરૂ કરવામાં આવ્યું.
   *[other] મોકલવાનું કામ { $count } વાર અટક્યું અને ફરી શરૂ કરવામાં આવ્યું.
}
staff-send-now = હમણાં મોકલો
staff-sent-now = હમણાં મોકલી રહ્યા છીએ. { $count ->
    [0] ફરી પ્રયાસ માટે કોઈ ફોર્મ રાહ જોતું ન હતું.
    [one] { $count } ફરી પ્રયાસ વહેલો કરવામાં આવ્યો.
   *[other] { $count } ફરી પ્રયાસ વહેલા કરવામાં આવ્યા.
}
staff-send-none = કોઈ CRM સેટ કરેલું નથી, તેથી કંઈ મોકલી શકાતું નથી.
staff-refresh = રિફ્રેશ કરો
staff-rows-title = મોકલેલા ફોર્મ, સૌથી નવા પહેલાં
staff-rows-empty = આઉટબૉક્સ ખાલી છે.
staff-rows-more = કુલ { $total } માંથી સૌથી નવા { $shown } બતાવ્યા છે.
staff-row-age = { $age } જૂનું
staff-row-attempts = { $attempts ->
    [0] હજી પ્રયાસ થયો નથી
    [one] { $attempts } પ્રયાસ
   *[other] { $attempts } પ્રયાસ
}
staff-row-next = આગલો પ્રયાસ { $time }
staff-row-error = ભૂલ: { $error }
staff-retry = { $reference } ફરી મોકલો
staff-retried = { $reference } ફરીથી મોકલવામાં આવશે.
staff-retry-failed = { $reference } હવે રોકેલું નથી; ફરી પ્રયાસ કરવા માટે કંઈ નથી.
staff-state-pending = બાકી
staff-state-retrying = ફરી પ્રયાસ
staff-state-parked = રોકેલું
staff-state-acknowledged = મળ્યાની પુષ્ટિ થઈ
staff-state-purged = મળ્યાની પુષ્ટિ થઈ, જવાબો ભૂંસી નાખ્યા
staff-state-attention = { $state }: ધ્યાન આપવાની જરૂર છે, { $for } થી એક જ ભૂલ આવે છે
staff-time-unknown = સમય ખબર નથી
staff-when = { $time }, { $ago } પહેલાં

## Devices
staff-devices-title = પ્રિન્ટર અને કાર્ડ રીડર
staff-printer-none = પ્રિન્ટર: ગોઠવેલ નથી; નંબરો ફક્ત સ્ક્રીન પર બતાવાય છે.
staff-printer-unknown = પ્રિન્ટર: તપાસી રહ્યા છીએ…
staff-printer-nostatus = પ્રિન્ટર: જોડાયેલ છે (કાગળ કે ખામીની જાણ કરી શકતું નથી).
staff-printer-ready = પ્રિન્ટર: તૈયાર.
staff-printer-low = પ્રિન્ટર: કાગળ ખૂટવા આવ્યો છે. જલ્દી રોલ બદલો.
staff-printer-fault = પ્રિન્ટર: કામ કરતું નથી ({ $reason }). મુલાકાતીઓને લખી લેવા માટે તેમનો નંબર બતાવાય છે.
staff-reader-none = કાર્ડ રીડર: કોઈ જોડાયેલ નથી.
staff-reader-ready = કાર્ડ રીડર ({ $reader }): તૈયાર.
staff-reader-unavailable = કાર્ડ રીડર ({ $reader }): કામ કરતું નથી ({ $reason }). તે ફરી જોડાવાનો પ્રયાસ કરતું રહે છે.
staff-card-last = છેલ્લે વાંચેલું કાર્ડ: { $card } ({ $reader }) { $time } વાગ્યે.
staff-card-none = કિઓસ્ક શરૂ થયા પછી કોઈ કાર્ડ વંચાયું નથી.
staff-print-test = ટેસ્ટ પાનું છાપો
staff-print-test-sent = ટેસ્ટ પાનું પ્રિન્ટરને મોકલાયું.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = કિઓસ્ક પર આપેલા જવાબો:
crm-answers-shortened = CRM ની લંબાઈ મર્યાદાને કારણે છોડેલા જવાબો: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = કિઓસ્કથી વિનંતી { $reference }: { $subject }
crm-email-reference = સંદર્ભ: { $reference }
crm-email-form = ફોર્મ: { $subject }
crm-email-sent = કિઓસ્કથી મોકલ્યું: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: નથી (હાથથી લખેલું, સરનામાં યાદીમાંથી નહીં; કૃપા કરીને સરનામું મેળવો)
crm-email-usrn = USRN: { $detail }
crm-email-location = સ્થાન (અક્ષાંશ, રેખાંશ): { $detail }
crm-email-card = કાર્ડ: { $card } ({ $reader }, { $state })
crm-email-card-none = કાર્ડ: વાપર્યું નથી
crm-email-check-kiosk = કિઓસ્ક પર ચકાસાયેલ
crm-email-check-unchecked = ચકાસાયેલ નથી (કાર્ડ સેવા સુધી પહોંચી શકાયું નહીં)
crm-email-check-forwarded = મોકલતી વખતે નંબરથી ચકાસાયેલ
crm-email-check-rejected = મોકલતી વખતે કાર્ડ સેવાએ નકાર્યું
crm-email-attachment = આ જ વિનંતી સિસ્ટમો માટે જોડેલી છે: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = આજના મુલાકાતીઓના રેટિંગ
staff-ratings-none = આજે હજી કોઈ રેટિંગ નથી.
staff-ratings-line = { $subject }: { $count ->
    [one] { $count } રેટિંગ
   *[other] { $count } રેટિંગ
}, સરેરાશ 5 માંથી { $average }
