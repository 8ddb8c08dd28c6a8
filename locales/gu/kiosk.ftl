# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = { $council } માં આપનું સ્વાગત છે
welcome-choose-language = તમારી ભાષા પસંદ કરો
welcome-touch = શરૂ કરવા માટે તમારી ભાષા પર દબાવો

## Everywhere
back = પાછા જાઓ
continue = આગળ વધો
optional = (ફરજિયાત નથી)
start-again = ફરીથી શરૂ કરો
language = ભાષા
large-text = મોટા અક્ષર
normal-text = સામાન્ય અક્ષર
question-progress = { $total } માંથી પ્રશ્ન { $current }

## Service menu
menu-title = તમે શું કરવા માંગો છો?
menu-hint = કોઈ સેવા પસંદ કરો. તમે કોઈપણ સમયે પાછા જઈ શકો છો.

## Questions
yes = હા
no = ના
consent-agree = હું સંમત છું
choose-one = કોઈ એક પસંદ કરો
choose-many = જે લાગુ પડતા હોય તે બધા પસંદ કરો
choose-up-to = વધુમાં વધુ { $max } પસંદ કરો
date-hint = ઉદાહરણ તરીકે, 27 3 2007
date-day = દિવસ
date-month = મહિનો
date-year = વર્ષ
address-postcode = પોસ્ટકોડ
address-house = ઘર નંબર અથવા નામ
address-street = શેરી અથવા રસ્તો
address-town = નગર અથવા શહેર
address-find-hint = પોસ્ટકોડ લખો, અમે સરનામું શોધી આપીશું
address-select = તમારું સરનામું પસંદ કરો
address-found = { $count ->
    [one] { $postcode } પર એક સરનામું
   *[other] { $postcode } પર { $count } સરનામાં
}
address-not-listed = મારું સરનામું યાદીમાં નથી
address-enter = સરનામું લખો
address-none-found = અમને { $postcode } પર કોઈ સરનામું મળ્યું નથી. સરનામું લખો.
address-unavailable = સરનામાંની યાદી હમણાં વાપરી શકાતી નથી. સરનામું લખો.
email-hint = અમે આનો ઉપયોગ ફક્ત આ વિનંતી વિશે તમારો સંપર્ક કરવા માટે કરીશું
phone-hint = ઉદાહરણ તરીકે, 07700 900 982 અથવા 0116 454 1000
postcode-hint = ઉદાહરણ તરીકે, LE1 1AA

## Errors
error-summary-title = કોઈ સમસ્યા છે
error-required = કૃપા કરીને જવાબ આપો
error-choose = કોઈ એક પસંદ કરો
error-consent = આગળ વધવા માટે તમારે સંમત થવું પડશે
error-too-long = { $max } કે તેથી ઓછા અક્ષર લખો
error-too-short = ઓછામાં ઓછા { $min } અક્ષર લખો
error-characters = જે ચિહ્નો વાપરી શકાતા નથી તે કાઢી નાખો
error-pattern = તમારો જવાબ સાચી રીતે લખ્યો છે કે નહીં તે તપાસો
error-number = પૂર્ણ સંખ્યા લખો, જેમ કે 12
error-too-small = { $min } કે તેથી મોટી સંખ્યા લખો
error-too-large = { $max } કે તેથી નાની સંખ્યા લખો
error-choice = સ્ક્રીન પર બતાવેલા વિકલ્પોમાંથી કોઈ એક પસંદ કરો
error-too-few = ઓછામાં ઓછા { $min } પસંદ કરો
error-too-many = { $max } થી વધુ પસંદ ન કરો
error-email = ઇમેઇલ સરનામું સાચી રીતે લખો, જેમ કે name@example.com
error-phone = યુકેનો ફોન નંબર લખો, જેમ કે 07700 900 982
error-postcode = યુકેનો સાચો પોસ્ટકોડ લખો, જેમ કે LE1 1AA
error-address-postcode = પોસ્ટકોડ લખો
error-address-house = ઘર નંબર અથવા નામ લખો
error-address-street = શેરી અથવા રસ્તાનું નામ લખો
error-address-town = નગર અથવા શહેરનું નામ લખો
error-address-select = તમારું સરનામું પસંદ કરો, અથવા “મારું સરનામું યાદીમાં નથી”
error-date-part = તારીખમાં દિવસ, મહિનો અને વર્ષ ત્રણેય હોવા જોઈએ
error-date-invalid = તારીખ કૅલેન્ડર મુજબ સાચી હોવી જોઈએ
error-date-year = વર્ષમાં 4 અંક હોવા જોઈએ
error-date-past = તારીખ આજની અથવા ભવિષ્યની હોવી જોઈએ
error-date-future = તારીખ આજની અથવા ભૂતકાળની હોવી જોઈએ
error-date-too-early = આ તારીખ ખૂબ જૂની છે
error-date-too-late = આ તારીખ ભવિષ્યમાં ખૂબ આગળની છે
error-wrong-type = આ જવાબ સાચા સ્વરૂપમાં નથી. કૃપા કરીને પ્રશ્નનો જવાબ ફરીથી આપો
error-unknown-question = આ જવાબ આ ફોર્મનો ભાગ નથી
error-send-failed = તમારું ફોર્મ સેવ થઈ શક્યું નથી. કૃપા કરીને સ્ટાફના કોઈ સભ્યની મદદ માંગો

## Check your answers
check-title = મોકલતા પહેલાં તમારા જવાબો તપાસી લો
check-change = બદલો
check-not-answered = જવાબ આપ્યો નથી
check-send-heading = હવે તમારું ફોર્મ મોકલો
check-send-body = આ ફોર્મ મોકલીને તમે પુષ્ટિ કરો છો કે તમારી જાણ મુજબ, તમે આપેલી વિગતો સાચી છે.
send = મોકલો

## Confirmation
confirm-title = ફોર્મ મોકલાઈ ગયું છે
confirm-reference = તમારો રેફરન્સ નંબર
confirm-write-down = તમારો રેફરન્સ નંબર લખી લો અથવા તેનો ફોટો પાડી લો. આ નંબરથી તમે તમારી વિનંતી વિશે જાણી શકો છો.
confirm-next = હવે આગળ શું થશે
confirm-next-generic = અમે તમારી વિનંતી કાઉન્સિલની સંબંધિત ટીમને મોકલીશું.
confirm-finish = પૂરું કરો

## Idle timeout
timeout-title = શું તમને વધુ સમય જોઈએ છે?
timeout-body = તમારી માહિતી ખાનગી રાખવા માટે, અમે { $seconds ->
    [one] { $seconds } સેકન્ડમાં
   *[other] { $seconds } સેકન્ડમાં
} તમારા જવાબો ભૂંસી નાખીશું.
timeout-more-time = મને વધુ સમય જોઈએ છે
timeout-clear = મારા જવાબો હમણાં જ ભૂંસી નાખો

## Leaving a form
leave-title = શું તમે ફરીથી શરૂ કરવા માંગો છો?
leave-body = તમારા જવાબો ભૂંસી નાખવામાં આવશે.
leave-yes = હા, મારા જવાબો ભૂંસી નાખો
leave-no = ના, ફોર્મ પર પાછા જાઓ

## On-screen keyboard
keyboard-show = કીબોર્ડ બતાવો
keyboard-hide = કીબોર્ડ છુપાવો

## Track my enquiry
track-menu-title = તમારી વિનંતીની સ્થિતિ જુઓ
track-menu-summary = તમે મોકલેલા ફોર્મનું શું થયું તે જોવા માટે તમારા રેફરન્સ નંબરનો ઉપયોગ કરો
track-title = તમારી વિનંતીની સ્થિતિ જુઓ
track-hint = તમારી રસીદ અથવા પુષ્ટિ સ્ક્રીન પરનો રેફરન્સ નંબર લખો, ઉદાહરણ તરીકે K7QF-9M2A
track-label = રેફરન્સ નંબર
track-find = શોધો
track-error-length = રેફરન્સ નંબરમાં 8 અક્ષર અને અંક હોય છે, જેમ કે K7QF-9M2A
track-error-character = રેફરન્સ નંબરમાં 0, O, 1, I અથવા U હોતા નથી. તમે શું લખ્યું છે તે તપાસો
track-error-check = આ રેફરન્સ નંબરમાં કોઈ ભૂલ છે. દરેક અક્ષર તપાસો
track-not-found = આ કિઓસ્ક પર અમને આ રેફરન્સ નંબર મળતો નથી. કૃપા કરીને સ્ટાફના કોઈ સભ્યને પૂછો
track-pending = તમારું ફોર્મ સેવ થયેલું છે અને કાઉન્સિલને મોકલવાની રાહ જોઈ રહ્યું છે. તમારે કંઈ કરવાની જરૂર નથી.
track-sent = તમારું ફોર્મ કાઉન્સિલ સુધી પહોંચી ગયું છે. કાઉન્સિલનો રેફરન્સ નંબર { $crm } છે.
track-parked = તમારું ફોર્મ મોકલી શકાય તે પહેલાં સ્ટાફના કોઈ સભ્યએ તેને તપાસવું જરૂરી છે. કૃપા કરીને રિસેપ્શન પર પૂછો.
track-status-open = કાઉન્સિલ તેના પર કામ કરી રહી છે.
track-status-closed = કાઉન્સિલે તેનું કામ પૂરું કર્યું છે.
track-status-other = કાઉન્સિલ કહે છે: { $status }
track-status-expected = કાઉન્સિલ { $date } સુધીમાં કામ પૂરું કરવાની અપેક્ષા રાખે છે.
track-status-notes = કાઉન્સિલની નોંધ: { $notes }
track-checking = તાજા સમાચાર માટે કાઉન્સિલ સાથે તપાસ કરી રહ્યા છીએ…
track-offline = અત્યારે અમે કાઉન્સિલ સુધી પહોંચી શકતા નથી. આ અમને છેલ્લે મળેલી માહિતી છે.
track-checked = કાઉન્સિલ સાથે છેલ્લી તપાસ { $date } ના રોજ થઈ હતી.

## Take a ticket (the queue)
ticket-menu-title = ટિકિટ લો
ticket-menu-summary = રિસેપ્શન પર કોઈને મળવા માટે નંબર લો, અથવા તમારી એપોઇન્ટમેન્ટ માટે હાજરી નોંધાવો
ticket-title = ટિકિટ લો
ticket-hint = તમને શેમાં મદદ જોઈએ છે તે પસંદ કરો. તમને એક નંબર મળશે, અને તમારો વારો આવશે ત્યારે અમે તમને બોલાવીશું.
ticket-hint-appointment = તમારી એપોઇન્ટમેન્ટ શેના વિશે છે તે પસંદ કરો.
ticket-service-housing = રહેઠાણ
ticket-service-council-tax = કાઉન્સિલ ટેક્સ
ticket-service-general = સામાન્ય પૂછપરછ
ticket-wait = { $minutes ->
    [0] હાલમાં કોઈ રાહ નથી
    [one] આશરે { $minutes } મિનિટની રાહ
   *[other] આશરે { $minutes } મિનિટની રાહ
}
ticket-extra-help = મને વધારાની મદદ જોઈએ છે (ઉદાહરણ તરીકે, મને વિકલાંગતા છે, મારી તબિયત સારી નથી, અથવા હું લાંબો સમય રાહ જોઈ શકતો નથી)
ticket-appointment-link = મારી એપોઇન્ટમેન્ટ છે
ticket-appointment-title = એપોઇન્ટમેન્ટ માટે હાજરી નોંધાવો
ticket-appointment-hint = તમારી એપોઇન્ટમેન્ટના પત્ર, ઇમેઇલ અથવા ટેક્સ્ટ મેસેજમાંનો રેફરન્સ લખો
ticket-appointment-label = એપોઇન્ટમેન્ટ રેફરન્સ
ticket-appointment-error = એપોઇન્ટમેન્ટ રેફરન્સમાં વધુમાં વધુ 20 અક્ષરો અને અંકો હોય છે. તમે જે લખ્યું તે તપાસો
ticket-appointment-note = એપોઇન્ટમેન્ટ { $reference } માટે હાજરી
ticket-number-label = તમારો ટિકિટ નંબર
ticket-wait-estimate = { $minutes ->
    [0] તમને ખૂબ જલ્દી બોલાવવામાં આવશે
    [one] અંદાજિત રાહ: આશરે { $minutes } મિનિટ
   *[other] અંદાજિત રાહ: આશરે { $minutes } મિનિટ
}
ticket-instructions = કૃપા કરીને બોલાવવામાં આવે ત્યાં સુધી રાહ જુઓ. સ્ક્રીન જોતા રહો: તે તમારો નંબર અને તમારે કયા કાઉન્ટર પર જવું તે બતાવશે.
ticket-priority = તમને અગ્રતાના ધોરણે મળવામાં આવશે.
ticket-checked-in = એપોઇન્ટમેન્ટ { $reference } માટે તમારી હાજરી નોંધાઈ ગઈ છે.
ticket-unavailable = હાલમાં ટિકિટો ઉપલબ્ધ નથી
ticket-unavailable-body = કૃપા કરીને રિસેપ્શન પર પૂછો. સ્ટાફનો કોઈ સભ્ય તમારી મદદ કરશે.
ticket-none-left = આજે { $service } માટે વધુ ટિકિટો નથી
ticket-no-more-today = આજે વધુ ટિકિટો નથી
ticket-finish = પૂર્ણ કરો
ticket-sms-offer = તમારો વારો આવે ત્યારે ટેક્સ્ટ મેળવો
ticket-sms-title = મારો વારો નજીક આવે ત્યારે મને ટેક્સ્ટ કરશો?
ticket-sms-body = આજે અમે આ નંબર પર વધુમાં વધુ બે ટેક્સ્ટ મોકલીશું: એક જ્યારે તમે કતારમાં ત્રીજા હશો, અને એક જ્યારે તમને બોલાવવામાં આવશે. અમે તમારો નંબર એન્ક્રિપ્ટ કરીને ફક્ત આજના દિવસના અંત સુધી રાખીએ છીએ, પછી તેને કાઢી નાખીએ છીએ. તેનો બીજા કોઈ કામ માટે ઉપયોગ થતો નથી. કાઉન્સિલ વતી GOV.UK Notify ટેક્સ્ટ મોકલે છે. તમે આ છોડી શકો છો: "ના, આભાર" પસંદ કરો.
ticket-sms-label = તમારો મોબાઇલ નંબર
ticket-sms-error = યુકેનો મોબાઇલ નંબર દાખલ કરો, જેમ કે 07700 900123
ticket-sms-send = મને ટેક્સ્ટ મોકલો
ticket-sms-no = ના, આભાર
ticket-sms-agreed = તમે ત્રીજા હશો ત્યારે અને તમને બોલાવવામાં આવશે ત્યારે અમે તમને ટેક્સ્ટ કરીશું.
ticket-sms-unavailable = અત્યારે ટેક્સ્ટ ઉપલબ્ધ નથી.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = તમારી રસીદ છપાઈ રહી છે…
print-receipt-done = કૃપા કરીને પ્રિન્ટરમાંથી તમારી રસીદ લઈ લો.
print-receipt-failed = માફ કરશો, પ્રિન્ટર કામ કરતું નથી, તેથી કાગળની રસીદ નથી. કૃપા કરીને તમારો રેફરન્સ નંબર લખી લો અથવા તેનો ફોટો લઈ લો.
print-ticket-printing = તમારી ટિકિટ છપાઈ રહી છે…
print-ticket-done = કૃપા કરીને પ્રિન્ટરમાંથી તમારી ટિકિટ લઈ લો.
print-ticket-failed = માફ કરશો, પ્રિન્ટર કામ કરતું નથી, તેથી કાગળની ટિકિટ નથી. કૃપા કરીને તમારો નંબર યાદ રાખો અથવા તેનો ફોટો લઈ લો.

## Signing in with a library or council card
card-hint = શું તમારી પાસે લાઇબ્રેરી કે કાઉન્સિલનું કાર્ડ છે? તમારી વિગતો ભરવા માટે તેને રીડર પર અડાડો અથવા સ્કેન કરો.
card-checking = તમારું કાર્ડ તપાસી રહ્યા છીએ…
card-unavailable = અત્યારે કાર્ડ વાપરી શકાતા નથી. કૃપા કરીને ફોર્મ જાતે ભરો.
card-not-used = અમે આ કાર્ડ વાપરી શક્યા નહીં. કૃપા કરીને ફોર્મ જાતે ભરો અથવા રિસેપ્શન પર પૂછો.
card-offline = અમે અત્યારે તમારું કાર્ડ તપાસી શક્યા નહીં. તમારો કાર્ડ નંબર તમારા ફોર્મ સાથે મોકલાશે અને કાઉન્સિલ તેને તપાસશે.
card-used = તમારા કાર્ડમાંથી તમારી વિગતો ભરાઈ ગઈ છે. દરેક પાના પર તેને તપાસો; તમે તેને બદલી શકો છો.
card-pin-title = તમારા કાર્ડનો PIN લખો
card-pin-hint = નીચેની કી વાપરો. તમારો PIN ફક્ત કાર્ડ તપાસવા માટે વપરાય છે. તેને ક્યારેય રાખવામાં કે છાપવામાં આવતો નથી.
card-pin-typed = { $count ->
    [one] { $count } અંક લખ્યો
   *[other] { $count } અંક લખ્યા
}
card-pin-length = PIN માં 4 થી 12 અંક હોય છે. કૃપા કરીને ફરી લખો.
card-pin-wrong = { $left ->
    [one] આ PIN સાચો નથી. તમે વધુ એક વાર પ્રયાસ કરી શકો છો.
   *[other] આ PIN સાચો નથી. તમે વધુ { $left } વાર પ્રયાસ કરી શકો છો.
}
card-pin-locked = આ કાર્ડ માટે ઘણા ખોટા PIN. કૃપા કરીને ફોર્મ જાતે ભરો અથવા રિસેપ્શન પર પૂછો.
card-cancel = રદ કરો
card-consent-title = તમારા કાર્ડની વિગતો વાપરવી છે?
card-consent-body = તમારું કાર્ડ આ વિગતો આપે છે. શું તમે ફોર્મ ભરવા માટે તેને વાપરવા માંગો છો? તમે દરેક પાના પર તેને તપાસીને બદલી શકો છો.
card-consent-yes = હા, આ વિગતો વાપરો
card-consent-no = ના, હું જાતે લખીશ

key-enter = એન્ટર
key-space = સ્પેસ
key-backspace = ભૂંસો
key-shift = શિફ્ટ
key-switch = કીબોર્ડ બદલો

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = નીચું લેઆઉટ
listen = સાંભળો
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = મોટેથી વાંચવાનું અંગ્રેજીમાં છે: આ ભાષા માટે હજી કોઈ અવાજ નથી.
# What speech calls each kind of control.
speech-role-button = બટન
speech-role-radio = રેડિયો બટન
speech-role-checkbox = ચેક બૉક્સ
speech-role-edit = લખવાનું ખાનું
speech-role-key = કી
speech-role-pin-key = PIN કી
# An option's place among the options: "2 of 4".
speech-position = { $count } માંથી { $pos }
speech-selected = પસંદ કરેલું
speech-not-selected = પસંદ કરેલું નથી
speech-dimmed = હજી ઉપલબ્ધ નથી
speech-blank = ખાલી
speech-deleted = ભૂંસ્યું
# The PIN pad never says a digit.
speech-pin-hint = નંબરની કી વડે તમારો PIN લખો, પછી એન્ટર દબાવો.
speech-pin-entered = અંક લખ્યો
speech-pin-deleted = અંક ભૂંસ્યો
speech-pin-again = આ PIN સ્વીકારાયો નથી. કૃપા કરીને ફરી લખો.
speech-louder = વધુ મોટો અવાજ
speech-quieter = વધુ ધીમો અવાજ
# F1 on the keypad.
speech-help = ઉપર અને નીચેની કી વડે એક વસ્તુથી બીજી વસ્તુ પર જાઓ. ડાબી અને જમણી કી વડે યાદીની અંદર ખસો. એન્ટર વડે પસંદ કરો. એસ્કેપ વડે પાછા જાઓ. પ્લસ અને માઇનસ વડે અવાજ વધારો કે ઘટાડો. F2 દબાવવાથી આખું પાનું વાંચીને સંભળાવાય છે.

## How was this?
rate-title = આ કેવું રહ્યું?
rate-hint = કોઈ એક ચહેરાને સ્પર્શ કરો, અથવા છોડી દો. અમે ફક્ત ગણતરી રાખીએ છીએ, તમારા વિશે કંઈ નહીં.
rate-1 = બહુ ખરાબ
rate-2 = ખરાબ
rate-3 = ઠીક છે
rate-4 = સારું
rate-5 = બહુ સારું
rate-skip = છોડી દો
# Said when a rating ends the visit.
rate-thanks = આભાર.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = બંધ છે
hours-closed-opens = { $when ->
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
ticket-closed = બંધ હોય ત્યારે ટિકિટ આપવામાં આવતી નથી

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = મને મદદ જોઈએ છે
help-told = સ્ટાફને જાણ કરવામાં આવી છે. કોઈ આ કિઓસ્ક પર આવશે.
help-coming = સ્ટાફનો એક સભ્ય તમારી પાસે આવી રહ્યો છે.
help-unreachable = કૃપા કરીને રિસેપ્શન પર પૂછો.
help-close = બંધ કરો
ticket-also-title = શું આજે તમને બીજું કંઈ જોઈએ છે?
ticket-also-hint = તમે { $service } પસંદ કર્યું છે. જો આજે તમને બીજી કોઈ બાબતમાં પણ મદદ જોઈતી હોય, તો તેના પર ટિક કરો (વધુમાં વધુ { $max } વધુ). દરેક માટે તમારું સ્થાન જળવાઈ રહેશે.
ticket-also-go = મારી ટિકિટ આપો
ticket-also-full = તમે વધુમાં વધુ { $max } વધુ પસંદ કરી શકો છો. બીજું પસંદ કરવા માટે એકની ટિક દૂર કરો.
ticket-then = પછી: { $service }
ticket-follow-screen = કતારમાં તમારું સ્થાન જોવા માટે આ કોડ તમારા ફોનથી સ્કેન કરો. તમે બીજે ક્યાંક રાહ જોઈ શકો છો.
ticket-follow-speech = તમારા ફોનથી સ્કેન કરવા માટે એક કોડ છે, જેથી તમે કતારમાં તમારું સ્થાન જોઈ શકો. તમે બીજે ક્યાંક રાહ જોઈ શકો છો.
ticket-appointment-unknown = અમને આજે તે એપોઇન્ટમેન્ટ મળતી નથી. તમારા કન્ફર્મેશન પરનો રેફરન્સ તપાસો, અથવા રિસેપ્શન પર પૂછો.
ticket-appointment-already = તમે પહેલેથી ચેક ઇન કરી લીધું છે. તમારો નંબર { $number } છે.
