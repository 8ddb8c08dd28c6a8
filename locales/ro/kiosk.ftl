# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = Bun venit la { $council }
welcome-choose-language = Alegeți limba
welcome-touch = Atingeți limba dumneavoastră pentru a începe

## Everywhere
back = Înapoi
continue = Continuați
optional = (opțional)
start-again = Începeți din nou
language = Limba
large-text = Text mai mare
normal-text = Text normal
question-progress = Întrebarea { $current } din { $total }

## Service menu
menu-title = Ce doriți să faceți?
menu-hint = Alegeți un serviciu. Vă puteți întoarce oricând.

## Questions
yes = Da
no = Nu
consent-agree = Sunt de acord
choose-one = Alegeți o singură variantă
choose-many = Alegeți toate variantele potrivite
choose-up-to = Alegeți cel mult { $max ->
    [one] { $max } variantă
    [few] { $max } variante
   *[other] { $max } de variante
}
date-hint = De exemplu, 27 3 2007
date-day = Ziua
date-month = Luna
date-year = Anul
address-postcode = Codul poștal (postcode)
address-house = Numărul sau numele casei
address-street = Strada
address-town = Orașul sau localitatea
address-find-hint = Introduceți codul poștal și vom găsi adresa
address-select = Alegeți adresa dumneavoastră
address-found = { $count ->
    [one] O adresă la { $postcode }
   *[other] { $count } adrese la { $postcode }
}
address-not-listed = Adresa mea nu este în listă
address-enter = Introduceți adresa
address-none-found = Nu am găsit adrese la { $postcode }. Introduceți adresa.
address-unavailable = Lista de adrese nu poate fi folosită acum. Introduceți adresa.
email-hint = Vom folosi adresa doar ca să vă contactăm în legătură cu această cerere
phone-hint = De exemplu, 07700 900 982 sau 0116 454 1000
postcode-hint = De exemplu, LE1 1AA

## Errors
error-summary-title = Există o problemă
error-required = Scrieți un răspuns
error-choose = Alegeți o variantă
error-consent = Trebuie să fiți de acord ca să puteți continua
error-too-long = Scrieți cel mult { $max ->
    [one] { $max } caracter
    [few] { $max } caractere
   *[other] { $max } de caractere
}
error-too-short = Scrieți cel puțin { $min ->
    [one] { $min } caracter
    [few] { $min } caractere
   *[other] { $min } de caractere
}
error-characters = Ștergeți simbolurile care nu pot fi folosite
error-pattern = Verificați formatul răspunsului
error-number = Scrieți un număr întreg, de exemplu 12
error-too-small = Scrieți un număr egal cu { $min } sau mai mare
error-too-large = Scrieți un număr egal cu { $max } sau mai mic
error-choice = Alegeți una dintre variantele afișate
error-too-few = Alegeți cel puțin { $min ->
    [one] { $min } variantă
    [few] { $min } variante
   *[other] { $min } de variante
}
error-too-many = Alegeți cel mult { $max ->
    [one] { $max } variantă
    [few] { $max } variante
   *[other] { $max } de variante
}
error-email = Scrieți o adresă de e-mail în formatul corect, de exemplu name@example.com
error-phone = Scrieți un număr de telefon din Regatul Unit, de exemplu 07700 900 982
error-postcode = Scrieți un cod poștal (postcode) existent din Regatul Unit, de exemplu LE1 1AA
error-address-postcode = Scrieți codul poștal
error-address-house = Scrieți numărul sau numele casei
error-address-street = Scrieți strada
error-address-town = Scrieți orașul sau localitatea
error-address-select = Alegeți adresa dumneavoastră sau „Adresa mea nu este în listă”
error-date-part = Data trebuie să conțină ziua, luna și anul
error-date-invalid = Data trebuie să fie o dată care există în calendar
error-date-year = Anul trebuie să aibă 4 cifre
error-date-past = Data trebuie să fie azi sau în viitor
error-date-future = Data trebuie să fie azi sau în trecut
error-date-too-early = Data este prea departe în trecut
error-date-too-late = Data este prea departe în viitor
error-wrong-type = Acest răspuns nu are forma potrivită. Vă rugăm să răspundeți din nou la întrebare
error-unknown-question = Acest răspuns nu aparține acestui formular
error-send-failed = Formularul nu a putut fi salvat. Vă rugăm să cereți ajutorul unui angajat

## Check your answers
check-title = Verificați răspunsurile înainte de a le trimite
check-change = Modificați
check-not-answered = Fără răspuns
check-send-heading = Acum trimiteți formularul
check-send-body = Prin trimiterea acestui formular confirmați că, după câte știți, informațiile pe care le dați sunt corecte.
send = Trimiteți

## Confirmation
confirm-title = Formularul a fost trimis
confirm-reference = Numărul dumneavoastră de referință
confirm-write-down = Notați numărul de referință sau faceți-i o fotografie. Cu el puteți afla ce se întâmplă cu cererea dumneavoastră.
confirm-next = Ce urmează
confirm-next-generic = Vom transmite solicitarea dumneavoastră echipei consiliului care se ocupă de ea.
confirm-finish = Terminați

## Idle timeout
timeout-title = Aveți nevoie de mai mult timp?
timeout-body = Pentru a vă proteja datele personale, vom șterge răspunsurile dumneavoastră în { $seconds ->
    [one] { $seconds } secundă
    [few] { $seconds } secunde
   *[other] { $seconds } de secunde
}.
timeout-more-time = Am nevoie de mai mult timp
timeout-clear = Ștergeți acum răspunsurile mele

## Leaving a form
leave-title = Doriți să începeți din nou?
leave-body = Răspunsurile dumneavoastră vor fi șterse.
leave-yes = Da, ștergeți răspunsurile mele
leave-no = Nu, înapoi la formular

## On-screen keyboard
keyboard-show = Afișați tastatura
keyboard-hide = Ascundeți tastatura

## Track my enquiry
track-menu-title = Verificați stadiul unei cereri
track-menu-summary = Folosiți numărul de referință ca să vedeți ce s-a întâmplat cu un formular pe care l-ați trimis
track-title = Verificați stadiul unei cereri
track-hint = Scrieți numărul de referință de pe bonul tipărit sau de pe ecranul de confirmare, de exemplu K7QF-9M2A
track-label = Numărul de referință
track-find = Căutați
track-error-length = Un număr de referință are 8 litere și cifre, de exemplu K7QF-9M2A
track-error-character = Numerele de referință nu conțin 0, O, 1, I sau U. Verificați ce ați scris
track-error-check = Acest număr de referință conține o greșeală. Verificați fiecare caracter
track-not-found = Nu găsim acest număr de referință pe acest chioșc. Vă rugăm să cereți ajutorul unui angajat
track-pending = Formularul dumneavoastră este salvat și așteaptă să fie trimis la consiliu. Nu trebuie să faceți nimic.
track-sent = Formularul dumneavoastră a ajuns la consiliu. Numărul de referință al consiliului este { $crm }.
track-parked = Formularul dumneavoastră trebuie verificat de un angajat înainte de a putea fi trimis. Vă rugăm să întrebați la recepție.
track-status-open = Consiliul lucrează la solicitarea dumneavoastră.
track-status-closed = Consiliul a terminat de lucrat la solicitarea dumneavoastră.
track-status-other = Consiliul spune: { $status }
track-status-expected = Consiliul estimează că va termina până la { $date }.
track-status-notes = Notă de la consiliu: { $notes }
track-checking = Verificăm la consiliu cele mai noi informații…
track-offline = Nu putem contacta consiliul acum. Acestea sunt ultimele informații primite.
track-checked = Ultima verificare la consiliu: { $date }.

## Take a ticket (the queue)
ticket-menu-title = Luați un bon de ordine
ticket-menu-summary = Primiți un număr pentru a vorbi cu cineva la recepție sau confirmați-vă prezența la o programare
ticket-title = Luați un bon de ordine
ticket-hint = Alegeți domeniul în care aveți nevoie de ajutor. Veți primi un număr și vă vom chema când vă vine rândul.
ticket-hint-appointment = Alegeți subiectul programării dumneavoastră.
ticket-service-housing = Locuințe
ticket-service-council-tax = Taxa locală (Council Tax)
ticket-service-general = Informații generale
ticket-wait = { $minutes ->
    [0] Fără așteptare în acest moment
    [one] Aproximativ { $minutes } minut de așteptare
    [few] Aproximativ { $minutes } minute de așteptare
   *[other] Aproximativ { $minutes } de minute de așteptare
}
ticket-extra-help = Am nevoie de ajutor suplimentar (de exemplu, am o dizabilitate, nu mă simt bine sau nu pot aștepta mult)
ticket-appointment-link = Am o programare
ticket-appointment-title = Confirmați prezența la o programare
ticket-appointment-hint = Introduceți referința din scrisoarea, e-mailul sau mesajul text despre programare
ticket-appointment-label = Referința programării
ticket-appointment-error = O referință de programare are cel mult 20 de litere și cifre. Verificați ce ați scris
ticket-appointment-note = Confirmarea prezenței pentru programarea { $reference }
ticket-number-label = Numărul dumneavoastră
ticket-wait-estimate = { $minutes ->
    [0] Ar trebui să fiți chemat foarte curând
    [one] Timp estimat de așteptare: aproximativ { $minutes } minut
    [few] Timp estimat de așteptare: aproximativ { $minutes } minute
   *[other] Timp estimat de așteptare: aproximativ { $minutes } de minute
}
ticket-instructions = Vă rugăm să așteptați să fiți chemat. Urmăriți ecranul: va afișa numărul dumneavoastră și ghișeul la care să mergeți.
ticket-priority = Veți fi servit cu prioritate.
ticket-checked-in = Prezența dumneavoastră la programarea { $reference } a fost confirmată.
ticket-unavailable = Bonurile de ordine nu sunt disponibile acum
ticket-unavailable-body = Vă rugăm să întrebați la recepție. Un membru al personalului vă va ajuta.
ticket-none-left = Astăzi nu mai sunt bonuri de ordine pentru { $service }
ticket-no-more-today = Astăzi nu mai sunt bonuri de ordine
ticket-finish = Terminați
ticket-sms-offer = Primiți un SMS când vă vine rândul
ticket-sms-title = Vă trimitem un SMS când vi se apropie rândul?
ticket-sms-body = Azi vom trimite cel mult două SMS-uri la acest număr: unul când sunteți al 3-lea la coadă și unul când sunteți chemat. Vă păstrăm numărul criptat doar până la sfârșitul zilei de azi, apoi îl ștergem. Nu este folosit pentru nimic altceva. SMS-urile sunt trimise de GOV.UK Notify pentru consiliu. Puteți sări peste acest pas: alegeți „Nu, mulțumesc”.
ticket-sms-label = Numărul dvs. de mobil
ticket-sms-error = Introduceți un număr de mobil din Regatul Unit, de exemplu 07700 900123
ticket-sms-send = Trimiteți-mi SMS-uri
ticket-sms-no = Nu, mulțumesc
ticket-sms-agreed = Vă trimitem un SMS când sunteți al 3-lea și când sunteți chemat.
ticket-sms-unavailable = SMS-urile nu sunt disponibile acum.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = Se tipărește chitanța…
print-receipt-done = Vă rugăm să luați chitanța din imprimantă.
print-receipt-failed = Ne pare rău, imprimanta nu funcționează, deci nu există chitanță pe hârtie. Vă rugăm să notați numărul de referință sau să îl fotografiați.
print-ticket-printing = Se tipărește bonul…
print-ticket-done = Vă rugăm să luați bonul din imprimantă.
print-ticket-failed = Ne pare rău, imprimanta nu funcționează, deci nu există bon pe hârtie. Vă rugăm să rețineți numărul sau să îl fotografiați.

## Signing in with a library or council card
card-hint = Aveți un card de bibliotecă sau al consiliului? Apropiați-l de cititor sau scanați-l pentru a completa datele.
card-checking = Se verifică cardul…
card-unavailable = Cardurile nu pot fi folosite acum. Vă rugăm să completați formularul singur(ă).
card-not-used = Nu am putut folosi acest card. Vă rugăm să completați formularul singur(ă) sau să întrebați la recepție.
card-offline = Nu am putut verifica acum cardul. Numărul cardului va fi trimis cu formularul, iar consiliul îl va verifica.
card-used = Datele de pe card au fost completate. Verificați-le pe fiecare pagină; le puteți schimba.
card-pin-title = Introduceți PIN-ul cardului
card-pin-hint = Folosiți tastele de mai jos. PIN-ul este folosit doar pentru verificarea cardului. Nu este păstrat și nu este tipărit.
card-pin-typed = { $count ->
    [one] { $count } cifră introdusă
   *[other] { $count } cifre introduse
}
card-pin-length = Un PIN are între 4 și 12 cifre. Vă rugăm să-l introduceți din nou.
card-pin-wrong = { $left ->
    [one] PIN-ul nu este corect. Mai aveți o încercare.
   *[other] PIN-ul nu este corect. Mai aveți { $left } încercări.
}
card-pin-locked = Prea multe PIN-uri greșite pentru acest card. Vă rugăm să completați formularul singur(ă) sau să întrebați la recepție.
card-cancel = Anulare
card-consent-title = Folosiți datele de pe card?
card-consent-body = Cardul dumneavoastră conține aceste date. Doriți să le folosiți pentru formular? Le puteți verifica și schimba pe fiecare pagină.
card-consent-yes = Da, folosiți aceste date
card-consent-no = Nu, le scriu eu

key-enter = Enter
key-space = Spațiu
key-backspace = Șterge
key-shift = Shift
key-switch = Schimbă tastatura

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = Aspect coborât
listen = Ascultați
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = Citirea cu voce tare este în engleză: încă nu există o voce pentru această limbă.
# What speech calls each kind of control.
speech-role-button = buton
speech-role-radio = buton radio
speech-role-checkbox = casetă de bifat
speech-role-edit = câmp de text
speech-role-key = tastă
speech-role-pin-key = tastă PIN
# An option's place among the options: "2 of 4".
speech-position = { $pos } din { $count }
speech-selected = selectat
speech-not-selected = neselectat
speech-dimmed = încă indisponibil
speech-blank = gol
speech-deleted = șters
# The PIN pad never says a digit.
speech-pin-hint = Introduceți PIN-ul cu tastele cu cifre, apoi apăsați Enter.
speech-pin-entered = Cifră introdusă
speech-pin-deleted = Cifră ștearsă
speech-pin-again = PIN-ul nu a fost acceptat. Vă rugăm să-l introduceți din nou.
speech-louder = Mai tare
speech-quieter = Mai încet
# F1 on the keypad.
speech-help = Tastele sus și jos trec de la un element la altul. Tastele stânga și dreapta se mută în interiorul unei liste. Enter alege. Escape merge înapoi. Plus și minus schimbă volumul. F2 citește toată pagina.

## How was this?
rate-title = Cum a fost?
rate-hint = Atingeți una dintre fețe sau săriți peste. Păstrăm doar numărul de răspunsuri, nimic despre dumneavoastră.
rate-1 = Foarte slab
rate-2 = Slab
rate-3 = Acceptabil
rate-4 = Bine
rate-5 = Foarte bine
rate-skip = Săriți peste
# Said when a rating ends the visit.
rate-thanks = Vă mulțumim.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = Închis
hours-closed-opens = { $when ->
    [today] Închis, se deschide azi la { $time }
    [tomorrow] Închis, se deschide mâine la { $time }
    [monday] Închis, se deschide luni la { $time }
    [tuesday] Închis, se deschide marți la { $time }
    [wednesday] Închis, se deschide miercuri la { $time }
    [thursday] Închis, se deschide joi la { $time }
    [friday] Închis, se deschide vineri la { $time }
    [saturday] Închis, se deschide sâmbătă la { $time }
    [sunday] Închis, se deschide duminică la { $time }
   *[date] Închis, se deschide pe { $date } la { $time }
}
ticket-closed = Cât timp este închis nu se dau bonuri de ordine

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = Am nevoie de ajutor
help-told = Personalul a fost anunțat. Cineva va veni la acest chioșc.
help-coming = Un membru al personalului este pe drum.
help-unreachable = Vă rugăm să întrebați la recepție.
help-close = Închideți
ticket-also-title = Mai aveți nevoie de altceva astăzi?
ticket-also-hint = Ați ales { $service }. Dacă astăzi aveți nevoie de ajutor și cu altceva, bifați (cel mult încă { $max }). Vă păstrați locul pentru fiecare.
ticket-also-go = Primiți bonul
ticket-also-full = Puteți alege cel mult încă { $max }. Debifați unul ca să alegeți altul.
ticket-then = Apoi: { $service }
ticket-follow-screen = Scanați acest cod cu telefonul ca să vedeți locul dumneavoastră la rând. Puteți aștepta și în altă parte.
ticket-follow-speech = Există un cod de scanat cu telefonul, ca să vedeți locul dumneavoastră la rând. Puteți aștepta și în altă parte.
ticket-appointment-unknown = Nu găsim această programare pentru astăzi. Verificați referința din confirmare sau întrebați la recepție.
ticket-appointment-already = V-ați înregistrat deja. Numărul dumneavoastră este { $number }.
