# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Romanian), read when the config's [staff] locale is "ro".

## PIN pad
staff-pin-title = Doar pentru personal
staff-pin-hint = Introduceți PIN-ul personalului, apoi apăsați ↵ sau Deblocați.
staff-pin-typed = PIN: { $count ->
    [0] nicio cifră introdusă
    [one] 1 cifră introdusă
    [few] { $count } cifre introduse
   *[other] { $count } de cifre introduse
}
staff-pin-unlock = Deblocați
staff-pin-checking = Se verifică PIN-ul…
staff-pin-wrong = PIN greșit. { $tries ->
    [one] Încă 1 PIN greșit blochează ecranul personalului.
    [few] Încă { $tries } PIN-uri greșite blochează ecranul personalului.
   *[other] Încă { $tries } de PIN-uri greșite blochează ecranul personalului.
}
staff-pin-locked = Prea multe PIN-uri greșite. Ecranul personalului este blocat până la { $time }.
staff-pin-length = PIN-ul personalului are între 4 și 12 cifre.
staff-pin-check-failed = PIN-ul nu a putut fi verificat ({ $error }).
staff-db-write-failed = Nu s-a putut scrie în baza de date a chioșcului ({ $error }).
staff-db-read-failed = Nu s-a putut citi baza de date a chioșcului ({ $error }).
staff-months = ian. feb. mar. apr. mai iun. iul. aug. sept. oct. nov. dec.
staff-date-time = { $day } { $month } { $time }
staff-disabled = Ecranul personalului este dezactivat pe acest chioșc. Pentru a-l activa, setați staff.pin_hash în configurație (vedeți docs/OPERATIONS.md).
staff-close = Închideți

## The staff screen
staff-title = Personal: coada de trimitere
staff-count-pending = În așteptare
staff-count-retrying = Se reîncearcă
staff-count-parked = Oprite
staff-count-acknowledged = Confirmate
staff-count-purged = Șterse
staff-connectivity-title = Conexiunea cu sistemul consiliului
staff-crm-none = Niciun CRM nu este configurat (crm.kind = "none"): formularele rămân pe acest chioșc până când se configurează unul.
staff-crm-never = Chioșcul nu a încercat încă să se conecteze la el.
staff-crm-ok = Ultimul contact a reușit ({ $when }).
staff-crm-failed = Ultimul contact a eșuat ({ $when }).
staff-crm-last-reached = Ultima conectare reușită: { $when }.
staff-crm-never-reached = Nu a fost contactat niciodată de pe acest chioșc.
staff-crm-error = Ultima eroare: { $error }
staff-waiting = { $waiting } în așteptarea trimiterii, { $parked } oprite.
staff-attention = { $count ->
    [one] 1 formular necesită atenție (afișat primul).
    [few] { $count } formulare necesită atenție (afișate primele).
   *[other] { $count } de formulare necesită atenție (afișate primele).
}
staff-crm-dropped = Sistemul consiliului a acceptat formularele, dar nu a păstrat unele câmpuri. Fiecare răspuns se află și în descriere, deci nu se pierde nimic; cereți administratorului CRM să mapeze aceste câmpuri.
staff-forwarder-fault = Trimiterea este întreruptă: baza de date a chioșcului a dat eroare ({ $when }). Nu se pierde nimic; trimiterea se reia singură după remedierea defecțiunii (de exemplu, după eliberarea spațiului pe disc).
staff-forwarder-restarted = { $count ->
    [one] Procesul de trimitere s-a oprit o dată și a fost repornit.
    [few] Procesul de trimitere s-a oprit de { $count } ori și a fost repornit.
   *[other] Procesul de trimitere s-a oprit de { $count } de ori și a fost repornit.
}
staff-send-now = Trimiteți acum
staff-sent-now = Se trimite acum. { $count ->
    [0] Nimic nu aștepta o reîncercare.
    [one] 1 reîncercare a fost devansată.
    [few] { $count } reîncercări au fost devansate.
   *[other] { $count } de reîncercări au fost devansate.
}
staff-send-none = Niciun CRM nu este configurat, deci nu se poate trimite nimic.
staff-refresh = Reîmprospătați
staff-rows-title = Formulare trimise, cele mai noi primele
staff-rows-empty = Coada de trimitere este goală.
staff-rows-more = Se afișează cele mai noi { $shown } din { $total }.
staff-row-age = vechime { $age }
staff-row-attempts = { $attempts ->
    [0] nicio încercare încă
    [one] 1 încercare
    [few] { $attempts } încercări
   *[other] { $attempts } de încercări
}
staff-row-next = următoarea încercare { $time }
staff-row-error = Eroare: { $error }
staff-retry = Reîncercați { $reference }
staff-retried = { $reference } va fi trimis din nou.
staff-retry-failed = { $reference } nu mai este oprit; nu este nimic de reîncercat.
staff-state-pending = în așteptare
staff-state-retrying = se reîncearcă
staff-state-parked = oprit
staff-state-acknowledged = confirmat
staff-state-purged = confirmat, răspunsuri șterse
staff-state-attention = { $state }: necesită atenție, aceeași eroare de { $for }
staff-time-unknown = oră necunoscută
staff-when = { $time }, acum { $ago }

## Devices
staff-devices-title = Imprimanta și cititoarele de carduri
staff-printer-none = Imprimantă: nu este configurată; numerele apar doar pe ecran.
staff-printer-unknown = Imprimantă: se verifică…
staff-printer-nostatus = Imprimantă: conectată (nu poate raporta hârtia sau defecțiunile).
staff-printer-ready = Imprimantă: pregătită.
staff-printer-low = Imprimantă: hârtia se termină. Schimbați rola în curând.
staff-printer-fault = Imprimantă: nu funcționează ({ $reason }). Vizitatorilor li se arată numărul de notat.
staff-reader-none = Cititoare de carduri: niciunul conectat.
staff-reader-ready = Cititor de carduri ({ $reader }): pregătit.
staff-reader-unavailable = Cititor de carduri ({ $reader }): nu funcționează ({ $reason }). Încearcă să se reconecteze.
staff-card-last = Ultimul card citit: { $card } ({ $reader }) la { $time }.
staff-card-none = Niciun card citit de la pornirea chioșcului.
staff-print-test = Tipărește o pagină de test
staff-print-test-sent = O pagină de test a fost trimisă la imprimantă.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = Răspunsuri date la chioșc:
crm-answers-shortened = Răspunsuri omise din cauza limitei de lungime a CRM: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = Cerere de la chioșc { $reference }: { $subject }
crm-email-reference = Referință: { $reference }
crm-email-form = Formular: { $subject }
crm-email-sent = Trimis la chioșc: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: niciunul (introdus manual, nu din registrul de adrese; vă rugăm potriviți adresa)
crm-email-usrn = USRN: { $detail }
crm-email-location = Locație (lat., long.): { $detail }
crm-email-card = Card: { $card } ({ $reader }, { $state })
crm-email-card-none = Card: nefolosit
crm-email-check-kiosk = verificat la chioșc
crm-email-check-unchecked = neverificat (serviciul de carduri nu a putut fi contactat)
crm-email-check-forwarded = verificat după număr la trimitere
crm-email-check-rejected = refuzat de serviciul de carduri la trimitere
crm-email-attachment = Aceeași cerere este atașată pentru sisteme: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = Evaluările vizitatorilor de azi
staff-ratings-none = Încă nu există evaluări azi.
staff-ratings-line = { $subject }: { $count ->
    [one] 1 evaluare
    [few] { $count } evaluări
   *[other] { $count } de evaluări
}, media { $average } din 5
