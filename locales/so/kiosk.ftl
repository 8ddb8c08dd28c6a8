# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = Ku soo dhawoow { $council }
welcome-choose-language = Dooro luqaddaada
welcome-touch = Taabo luqaddaada si aad u bilowdo

## Everywhere
back = Dib u noqo
continue = Sii wad
optional = (ikhtiyaari)
start-again = Dib u bilow
language = Luqadda
large-text = Qoraal ka weyn
normal-text = Qoraal caadi ah
question-progress = Su'aasha { $current } ee { $total }

## Service menu
menu-title = Maxaad jeclaan lahayd inaad samayso?
menu-hint = Dooro adeeg. Wakhti kasta dib ayaad u noqon kartaa.

## Questions
yes = Haa
no = Maya
consent-agree = Waan ogolahay
choose-one = Dooro hal jawaab
choose-many = Dooro dhammaan kuwa ku habboon
choose-up-to = Dooro ilaa { $max }
date-hint = Tusaale ahaan, 27 3 2007
date-day = Maalinta
date-month = Bisha
date-year = Sannadka
address-postcode = Koodhka boostada (postcode)
address-house = Lambarka ama magaca guriga
address-street = Waddada
address-town = Magaalada
address-find-hint = Geli koodhka boostada, cinwaanka ayaannu kuu helaynaa
address-select = Dooro cinwaankaaga
address-found = { $count ->
    [one] Hal cinwaan oo ku yaal { $postcode }
   *[other] { $count } cinwaan oo ku yaal { $postcode }
}
address-not-listed = Cinwaankaygu liiska kuma jiro
address-enter = Geli cinwaanka
address-none-found = Wax cinwaan ah kama helin { $postcode }. Geli cinwaanka.
address-unavailable = Liiska cinwaannada hadda lama isticmaali karo. Geli cinwaanka.
email-hint = Tan waxaan u isticmaali doonnaa oo keliya si aan kaala soo xiriirno codsigan
phone-hint = Tusaale ahaan, 07700 900 982 ama 0116 454 1000
postcode-hint = Tusaale ahaan, LE1 1AA

## Errors
error-summary-title = Dhibaato ayaa jirta
error-required = Qor jawaab
error-choose = Dooro mid
error-consent = Waa inaad ogolaataa si aad u sii waddo
error-too-long = Qor { $max } xaraf ama ka yar
error-too-short = Qor ugu yaraan { $min } xaraf
error-characters = Ka saar calaamadaha aan halkan lagu isticmaali karin
error-pattern = Hubi qaabka jawaabtaada
error-number = Qor tiro dhan, sida 12
error-too-small = Qor tiro ah { $min } ama ka badan
error-too-large = Qor tiro ah { $max } ama ka yar
error-choice = Dooro mid ka mid ah kuwa la muujiyey
error-too-few = Dooro ugu yaraan { $min }
error-too-many = Ha dooran wax ka badan { $max }
error-email = Qor ciwaan iimayl oo qaab sax ah leh, sida name@example.com
error-phone = Qor lambar taleefan oo UK ah, sida 07700 900 982
error-postcode = Qor koodh boosto (postcode) oo UK ah oo jira, sida LE1 1AA
error-address-postcode = Qor koodhka boostada
error-address-house = Qor lambarka ama magaca guriga
error-address-street = Qor waddada
error-address-town = Qor magaalada
error-address-select = Dooro cinwaankaaga, ama “Cinwaankaygu liiska kuma jiro”
error-date-part = Taariikhdu waa inay ka kooban tahay maalin, bil iyo sannad
error-date-invalid = Taariikhdu waa inay noqotaa taariikh jirta
error-date-year = Sannadku waa inuu ka kooban yahay 4 lambar
error-date-past = Taariikhdu waa inay noqotaa maanta ama mustaqbalka
error-date-future = Taariikhdu waa inay noqotaa maanta ama wakhti hore
error-date-too-early = Taariikhdu aad bay ugu fog tahay wakhtiga hore
error-date-too-late = Taariikhdu aad bay ugu fog tahay mustaqbalka
error-wrong-type = Jawaabtani qaab sax ah kuma jirto. Fadlan mar kale ka jawaab su'aasha
error-unknown-question = Jawaabtani kama tirsana foomkan
error-send-failed = Foomkaaga lama kaydin karin. Fadlan caawimaad ka codso qof ka mid ah shaqaalaha

## Check your answers
check-title = Hubi jawaabahaaga ka hor intaadan dirin
check-change = Beddel
check-not-answered = Looma jawaabin
check-send-heading = Hadda dir foomkaaga
check-send-body = Markaad foomkan dirto, waxaad xaqiijinaysaa in macluumaadka aad bixinayso ay sax yihiin, inta aad ogtahay.
send = Dir

## Confirmation
confirm-title = Foomka waa la diray
confirm-reference = Lambarkaaga tixraaca
confirm-write-down = Qoro lambarkaaga tixraaca ama sawir ka qaad. Waxaad u isticmaali kartaa si aad ula socoto codsigaaga.
confirm-next = Maxaa xiga
confirm-next-generic = Codsigaaga waxaan u gudbin doonnaa kooxda golaha ee ka shaqeysa.
confirm-finish = Dhammee

## Idle timeout
timeout-title = Ma u baahan tahay wakhti dheeraad ah?
timeout-body = Si loo ilaaliyo sirtaada, jawaabahaaga waxaan tirtiri doonnaa { $seconds ->
    [one] { $seconds } ilbiriqsi
   *[other] { $seconds } ilbiriqsi
} kadib.
timeout-more-time = Waxaan u baahanahay wakhti dheeraad ah
timeout-clear = Hadda tirtir jawaabahayga

## Leaving a form
leave-title = Ma rabtaa inaad dib u bilowdo?
leave-body = Jawaabahaaga waa la tirtiri doonaa.
leave-yes = Haa, tirtir jawaabahayga
leave-no = Maya, ku noqo foomka

## On-screen keyboard
keyboard-show = Tus kiiboodhka
keyboard-hide = Qari kiiboodhka

## Track my enquiry
track-menu-title = La soco codsigaaga
track-menu-summary = Isticmaal lambarkaaga tixraaca si aad u ogaato waxa ku dhacay foom aad dirtay
track-title = La soco codsigaaga
track-hint = Qor lambarka tixraaca ee ku qoran rasiidkaaga ama shaashadda xaqiijinta, tusaale ahaan K7QF-9M2A
track-label = Lambarka tixraaca
track-find = Raadi
track-error-length = Lambarka tixraacu wuxuu ka kooban yahay 8 xaraf iyo lambar, sida K7QF-9M2A
track-error-character = Lambarada tixraaca kuma jiraan 0, O, 1, I ama U. Hubi waxa aad qortay
track-error-check = Lambarkan tixraaca khalad ayaa ku jira. Hubi xaraf kasta
track-not-found = Lambarkan tixraaca kama heli karno mashiinkan. Fadlan weydii qof ka mid ah shaqaalaha
track-pending = Foomkaaga waa la kaydiyey, wuxuuna sugayaa in loo diro kawnsalka. Uma baahnid inaad wax samayso.
track-sent = Foomkaagu wuxuu gaaray kawnsalka. Lambarka tixraaca ee kawnsalku waa { $crm }.
track-parked = Foomkaaga waa in uu hubiyo qof ka mid ah shaqaalaha ka hor inta aan la dirin. Fadlan wax ka weydii miiska soo dhawaynta.
track-status-open = Kawnsalku wuu ka shaqaynayaa.
track-status-closed = Kawnsalku wuu dhammeeyey shaqadiisa.
track-status-other = Kawnsalku wuxuu leeyahay: { $status }
track-status-expected = Kawnsalku wuxuu filayaa inuu dhammeeyo ka hor { $date }.
track-status-notes = Qoraal ka yimid kawnsalka: { $notes }
track-checking = Waxaan kawnsalka ka hubinaynaa warkii ugu dambeeyey…
track-offline = Hadda ma gaari karno kawnsalka. Kani waa warkii ugu dambeeyey ee aan helnay.
track-checked = Markii ugu dambaysay ee kawnsalka la hubiyey: { $date }.

## Take a ticket (the queue)
ticket-menu-title = Qaado lambar
ticket-menu-summary = Hel lambar si aad ula kulanto qof ka jooga soo dhaweynta, ama is-diiwaangeli ballan
ticket-title = Qaado lambar
ticket-hint = Dooro waxa aad caawimo u baahan tahay. Waxaad heli doontaa lambar, waana ku yeeri doonnaa marka ay kuu timaado.
ticket-hint-appointment = Dooro waxa ballantaadu ku saabsan tahay.
ticket-service-housing = Guryaha
ticket-service-council-tax = Canshuurta Golaha (Council Tax)
ticket-service-general = Su'aalo guud
ticket-wait = { $minutes ->
    [0] Hadda sugitaan ma jiro
    [one] Qiyaastii { $minutes } daqiiqo sugitaan ah
   *[other] Qiyaastii { $minutes } daqiiqo sugitaan ah
}
ticket-extra-help = Waxaan u baahanahay caawimo dheeraad ah (tusaale ahaan, waxaan leeyahay naafonimo, waan xanuunsanahay ama ma sugi karo wakhti dheer)
ticket-appointment-link = Ballan ayaan leeyahay
ticket-appointment-title = Is-diiwaangeli ballan
ticket-appointment-hint = Ku qor tixraaca ku jira warqadda, iimaylka ama fariinta ballantaada
ticket-appointment-label = Tixraaca ballanta
ticket-appointment-error = Tixraaca ballantu wuxuu leeyahay ilaa 20 xaraf iyo lambar. Hubi waxa aad qortay
ticket-appointment-note = Is-diiwaangelinta ballanta { $reference }
ticket-number-label = Lambarkaaga
ticket-wait-estimate = { $minutes ->
    [0] Waa in laguu yeeraa dhowaan
    [one] Sugitaanka la filayo: qiyaastii { $minutes } daqiiqo
   *[other] Sugitaanka la filayo: qiyaastii { $minutes } daqiiqo
}
ticket-instructions = Fadlan sug inta lagu yeerayo. Daawo shaashadda: waxay tusi doontaa lambarkaaga iyo miiska aad u tagayso.
ticket-priority = Waxaa lagugu adeegi doonaa mudnaan ahaan.
ticket-checked-in = Waad is-diiwaangelisay ballanta { $reference }.
ticket-unavailable = Lambarro hadda lama heli karo
ticket-unavailable-body = Fadlan weydii soo dhaweynta. Shaqaale ayaa ku caawin doona.
ticket-none-left = Maanta lambarro kale looma hayo { $service }
ticket-no-more-today = Maanta lambarro kale ma jiraan
ticket-finish = Dhammee
ticket-sms-offer = Hel fariin qoraal ah marka ay tahay kaalintaada
ticket-sms-title = Ma kuu soo dirnaa fariin marka kaalintaadu soo dhowdahay?
ticket-sms-body = Maanta waxaan lambarkan u diri doonnaa ugu badnaan laba fariin: mid marka aad tahay 3aad safka, iyo mid marka lagu yeero. Lambarkaaga waxaan u haynaa si qarsoon (encrypted) oo keliya ilaa dhammaadka maanta, kadibna waan tirtirnaa. Wax kale looma isticmaalo. Fariimaha waxaa u dira GOV.UK Notify golaha. Waad ka boodi kartaa tan: dooro "Maya, mahadsanid".
ticket-sms-label = Lambarkaaga mobaylka
ticket-sms-error = Geli lambar mobayl oo UK ah, sida 07700 900123
ticket-sms-send = Ii soo dir fariimo
ticket-sms-no = Maya, mahadsanid
ticket-sms-agreed = Waxaan kuu soo diri doonnaa fariin marka aad tahay 3aad iyo marka lagu yeero.
ticket-sms-unavailable = Fariimuhu hadda lama heli karo.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = Rasiidkaaga ayaa la daabacayaa…
print-receipt-done = Fadlan ka qaado rasiidkaaga daabacaha.
print-receipt-failed = Waan ka xunnahay, daabacuhu ma shaqaynayo, sidaas darteed ma jiro rasiid warqad ah. Fadlan qor lambarkaaga tixraaca ama sawir ka qaad.
print-ticket-printing = Tigidhkaaga ayaa la daabacayaa…
print-ticket-done = Fadlan ka qaado tigidhkaaga daabacaha.
print-ticket-failed = Waan ka xunnahay, daabacuhu ma shaqaynayo, sidaas darteed ma jiro tigidh warqad ah. Fadlan xasuuso lambarkaaga ama sawir ka qaad.

## Signing in with a library or council card
card-hint = Ma haysaa kaadh maktabadeed ama mid golaha? Ku taabo akhristaha ama iskaan garee si aad u buuxiso xogtaada.
card-checking = Kaadhkaaga ayaa la hubinayaa…
card-unavailable = Kaadhadhka hadda lama isticmaali karo. Fadlan adigu buuxi foomka.
card-not-used = Kaadhkan ma isticmaali karno. Fadlan adigu buuxi foomka, ama weydii soo dhaweynta.
card-offline = Hadda ma hubin karno kaadhkaaga. Lambarka kaadhkaaga waxaa lala diri doonaa foomkaaga, goluhuna wuu hubin doonaa.
card-used = Xogta kaadhkaaga waa la buuxiyay. Ku hubi bog kasta; waad beddeli kartaa.
card-pin-title = Qor PIN-ka kaadhkaaga
card-pin-hint = Isticmaal furayaasha hoose. PIN-kaaga waxaa loo isticmaalaa oo keliya hubinta kaadhka. Weligii lama kaydiyo lamana daabaco.
card-pin-typed = { $count ->
    [one] { $count } god ayaa la qoray
   *[other] { $count } god ayaa la qoray
}
card-pin-length = PIN-ku wuxuu leeyahay 4 ilaa 12 god. Fadlan mar kale qor.
card-pin-wrong = { $left ->
    [one] PIN-kaasi sax maaha. Hal mar kale ayaad isku dayi kartaa.
   *[other] PIN-kaasi sax maaha. { $left } jeer kale ayaad isku dayi kartaa.
}
card-pin-locked = PIN-ro khaldan oo badan ayaa loo isticmaalay kaadhkan. Fadlan adigu buuxi foomka, ama weydii soo dhaweynta.
card-cancel = Jooji
card-consent-title = Ma isticmaalaysaa xogta kaadhkaaga?
card-consent-body = Kaadhkaagu wuxuu bixinayaa xogtan. Ma rabtaa inaad u isticmaasho buuxinta foomka? Waad ku hubin kartaa kuna beddeli kartaa bog kasta.
card-consent-yes = Haa, isticmaal xogtan
card-consent-no = Maya, anigaa qoranaya

key-enter = Gal
key-space = Meel bannaan
key-backspace = Tirtir
key-shift = Xarfaha waaweyn
key-switch = Beddel kiiboodhka

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = Qaab hoose
listen = Dhageyso
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = Codka wax akhriya wuxuu ku hadlaa af Ingiriis. Weli ma jiro cod af Soomaali ku hadla.
# What speech calls each kind of control.
speech-role-button = badhan
speech-role-radio = badhan doorasho
speech-role-checkbox = sanduuq calaamadeyn
speech-role-edit = meel wax lagu qoro
speech-role-key = fure
speech-role-pin-key = furaha PIN-ka
# An option's place among the options: "2 of 4".
speech-position = { $pos } ee { $count }
speech-selected = waa la doortay
speech-not-selected = lama dooran
speech-dimmed = weli lama heli karo
speech-blank = madhan
speech-deleted = waa la tirtiray
# The PIN pad never says a digit.
speech-pin-hint = PIN-kaaga ku qor furayaasha lambarrada, kadibna riix Gal.
speech-pin-entered = Lambar waa la qoray
speech-pin-deleted = Lambar waa la tirtiray
speech-pin-again = PIN-kaas lama aqbalin. Fadlan mar kale qor.
speech-louder = Cod ka dheer
speech-quieter = Cod ka yar
# F1 on the keypad.
speech-help = Furayaasha kor iyo hoos waxay kugu dhex wareejiyaan waxyaabaha. Furayaasha bidix iyo midig waxay kugu dhex wareejiyaan liiska. Gal wax buu doortaa. Ka bax dib buu kuu celiyaa. Furayaasha isku-dar iyo ka-jar waxay beddelaan heerka codka. F2 wuxuu akhriyaa bogga oo dhan.

## How was this?
rate-title = Sidee ahayd?
rate-hint = Taabo weji, ama ka gudub. Waxaan kaydinnaa tirada oo keliya, waxba adiga kaama kaydinno.
rate-1 = Aad u xun
rate-2 = Xun
rate-3 = Caadi
rate-4 = Wanaagsan
rate-5 = Aad u wanaagsan
rate-skip = Ka gudub
# Said when a rating ends the visit.
rate-thanks = Mahadsanid.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = Waa xiran yahay
hours-closed-opens = { $when ->
    [today] Waa xiran yahay, wuxuu furmayaa maanta saacadda { $time }
    [tomorrow] Waa xiran yahay, wuxuu furmayaa berri saacadda { $time }
    [monday] Waa xiran yahay, wuxuu furmayaa Isniinta saacadda { $time }
    [tuesday] Waa xiran yahay, wuxuu furmayaa Talaadada saacadda { $time }
    [wednesday] Waa xiran yahay, wuxuu furmayaa Arbacada saacadda { $time }
    [thursday] Waa xiran yahay, wuxuu furmayaa Khamiista saacadda { $time }
    [friday] Waa xiran yahay, wuxuu furmayaa Jimcaha saacadda { $time }
    [saturday] Waa xiran yahay, wuxuu furmayaa Sabtida saacadda { $time }
    [sunday] Waa xiran yahay, wuxuu furmayaa Axadda saacadda { $time }
   *[date] Waa xiran yahay, wuxuu furmayaa { $date } saacadda { $time }
}
ticket-closed = Tigidho lama bixiyo inta uu xiran yahay

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = Caawimaad ayaan u baahanahay
help-told = Shaqaalaha waa la ogeysiiyay. Qof ayaa iman doona kiosk-kan.
help-coming = Shaqaale ayaa kuu soo socda.
help-unreachable = Fadlan weydii soo dhaweynta.
help-close = Xir
ticket-also-title = Maanta ma u baahan tahay wax kale?
ticket-also-hint = Waxaad dooratay { $service }. Haddii aad maanta sidoo kale caawimaad ugu baahan tahay wax kale, calaamadee (ugu badnaan { $max } kale). Mid kasta booskaaga waad haysaa.
ticket-also-go = I sii lambarkayga
ticket-also-full = Waxaad dooran kartaa ugu badnaan { $max } kale. Ka saar calaamadda mid si aad mid kale u doorato.
ticket-then = Kadib: { $service }
ticket-follow-screen = Koodhkan ku sawir taleefankaaga si aad u aragto booskaaga safka. Meel kale ayaad sugi kartaa.
ticket-follow-speech = Waxaa jira koodh aad taleefankaaga ku sawiri karto, si aad u aragto booskaaga safka. Meel kale ayaad sugi kartaa.
ticket-appointment-unknown = Ballantaas maanta ma helin. Hubi tixraaca ku qoran xaqiijintaada, ama weydii soo dhaweynta.
ticket-appointment-already = Horay ayaad isu diiwaangelisay. Lambarkaagu waa { $number }.
