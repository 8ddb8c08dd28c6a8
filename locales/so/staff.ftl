# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Somali), read when the config's [staff] locale is "so".

## PIN pad
staff-pin-title = Shaqaalaha oo keliya
staff-pin-hint = Qor PIN-ka shaqaalaha, kadibna riix ↵ ama Fur.
staff-pin-typed = PIN: { $count ->
    [0] waxba lama qorin
    [one] 1 lambar ayaa la qoray
   *[other] { $count } lambar ayaa la qoray
}
staff-pin-unlock = Fur
staff-pin-checking = PIN-ka waa la hubinayaa…
staff-pin-wrong = PIN khaldan. { $tries ->
    [one] 1 PIN khaldan oo kale ayaa xiraya shaashadda shaqaalaha.
   *[other] { $tries } PIN oo khaldan oo kale ayaa xiraya shaashadda shaqaalaha.
}
staff-pin-locked = PIN khaldan ayaa marar badan la geliyey. Shaashadda shaqaalaha way xiran tahay ilaa { $time }.
staff-pin-length = PIN-ka shaqaaluhu waa 4 ilaa 12 lambar.
staff-pin-check-failed = PIN-ka lama hubin karin ({ $error }).
staff-db-write-failed = Lama qori karin kaydka xogta kiyoosagga ({ $error }).
staff-db-read-failed = Lama akhrin karin kaydka xogta kiyoosagga ({ $error }).
staff-months = Jan Feb Mar Abr May Jun Lul Ogs Seb Okt Nof Dis
staff-date-time = { $day } { $month } { $time }
staff-disabled = Shaashadda shaqaalaha way ka xiran tahay mashiinkan. Si aad u furto, deji staff.pin_hash ee config-ka (eeg docs/OPERATIONS.md).
staff-close = Xir

## The staff screen
staff-title = Shaqaalaha: sanduuqa dirista (outbox)
staff-count-pending = Sugaya
staff-count-retrying = Mar kale la isku dayayo
staff-count-parked = La hakiyey
staff-count-acknowledged = La xaqiijiyey
staff-count-purged = La tirtiray
staff-connectivity-title = Xiriirka nidaamka kawnsalka
staff-crm-none = Ma jiro CRM la dejiyey (crm.kind = "none"): foomamka la soo gudbiyey waxay ku jiraan mashiinkan ilaa mid la dejiyo.
staff-crm-never = Mashiinku weli ma isku dayin inuu gaaro.
staff-crm-ok = Xiriirkii ugu dambeeyey wuu shaqeeyey ({ $when }).
staff-crm-failed = Xiriirkii ugu dambeeyey wuu fashilmay ({ $when }).
staff-crm-last-reached = Markii ugu dambaysay ee la gaaray: { $when }.
staff-crm-never-reached = Weligii lagama gaarin mashiinkan.
staff-crm-error = Khaladkii ugu dambeeyey: { $error }
staff-waiting = { $waiting } ayaa sugaya in la diro, { $parked } waa la hakiyey.
staff-attention = { $count ->
    [one] 1 foom ayaa u baahan in la eego (liiska ayuu ku horreeyaa).
   *[other] { $count } foom ayaa u baahan in la eego (liiska ayay ku horreeyaan).
}
staff-crm-dropped = Nidaamka kawnsalka ayaa aqbalay foomamka, laakiin ma kaydin qaar ka mid ah meelaha (fields). Jawaab kasta waxay sidoo kale ku jirtaa sharraxaadda (description), sidaa darteed waxba ma lumin; weydii maamulaha CRM-ka inuu meelahan isku xiro (map).
staff-forwarder-fault = Dirista waa la hakiyey: kaydka xogta (database) ee mashiinka ayaa cillad yeeshay ({ $when }). Waxba ma lumin; dirista si iskeed ah ayay dib ugu bilaabmaysaa marka cilladda la xalliyo (tusaale ahaan, meel bannaan oo diskiga ah).
staff-forwarder-restarted = { $count ->
    [one] Hawsha dirista ayaa hal mar istaagtay, dib ayaana loo bilaabay.
   *[other] Hawsha dirista ayaa { $count } jeer istaagtay, dib ayaana loo bilaabay.
}
staff-send-now = Hadda dir
staff-sent-now = Hadda waa la dirayaa. { $count ->
    [0] Waxba ma sugayn isku day kale.
    [one] 1 isku day kale ayaa la hormariyey.
   *[other] { $count } isku day kale ayaa la hormariyey.
}
staff-send-none = Ma jiro CRM la dejiyey, sidaa darteed waxba lama diri karo.
staff-refresh = Cusboonaysii
staff-rows-title = Foomamka la soo gudbiyey, kuwa ugu cusub marka hore
staff-rows-empty = Sanduuqa dirista waa madhan yahay.
staff-rows-more = Waxaa la muujinayaa { $shown } kuwa ugu cusub ee { $total }.
staff-row-age = { $age } ka hor
staff-row-attempts = { $attempts ->
    [0] weli lama isku dayin
    [one] 1 isku day
   *[other] { $attempts } isku day
}
staff-row-next = isku dayga xiga { $time }
staff-row-error = Khalad: { $error }
staff-retry = Mar kale isku day { $reference }
staff-retried = { $reference } mar kale ayaa la diri doonaa.
staff-retry-failed = { $reference } hadda ma hakisna; wax mar kale la isku dayo ma jiraan.
staff-state-pending = sugaya
staff-state-retrying = mar kale la isku dayayo
staff-state-parked = la hakiyey
staff-state-acknowledged = la xaqiijiyey
staff-state-purged = la xaqiijiyey, jawaabaha waa la tirtiray
staff-state-attention = { $state }: waxay u baahan tahay in la eego, isla khaladkii ayaa soo noqnoqday muddo { $for }
staff-time-unknown = wakhtiga lama garanayo
staff-when = { $time }, { $ago } ka hor

## Devices
staff-devices-title = Daabacaha iyo akhristayaasha kaadhka
staff-printer-none = Daabace: lama habeyn; lambarada shaashadda keliya ayay ka muuqdaan.
staff-printer-unknown = Daabace: waa la hubinayaa…
staff-printer-nostatus = Daabace: wuu ku xiran yahay (ma sheegi karo warqadda ama cilladaha).
staff-printer-ready = Daabace: diyaar.
staff-printer-low = Daabace: warqaddu way dhammaanaysaa. Dhawaan beddel rolka.
staff-printer-fault = Daabace: ma shaqaynayo ({ $reason }). Booqdayaasha waxaa la tusayaa lambarka ay qoranayaan.
staff-reader-none = Akhristayaasha kaadhka: midna kuma xirna.
staff-reader-ready = Akhriste kaadh ({ $reader }): diyaar.
staff-reader-unavailable = Akhriste kaadh ({ $reader }): ma shaqaynayo ({ $reason }). Wuxuu isku dayayaa inuu dib u xirmo.
staff-card-last = Kaadhkii ugu dambeeyay: { $card } ({ $reader }) saacadda { $time }.
staff-card-none = Kaadh lama akhrin tan iyo markii kiyosku bilaabmay.
staff-print-test = Daabac bog tijaabo ah
staff-print-test-sent = Bog tijaabo ah ayaa loo diray daabacaha.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = Jawaabaha lagu bixiyey kiosk-ga:
crm-answers-shortened = Jawaabo laga reebay xadka dhererka CRM: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = Codsi ka yimid kiosk-ga { $reference }: { $subject }
crm-email-reference = Tixraac: { $reference }
crm-email-form = Foom: { $subject }
crm-email-sent = Laga soo diray kiosk-ga: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: ma jiro (gacan lagu qoray, kama iman liiska cinwaannada; fadlan cinwaanka isbarbar dhig)
crm-email-usrn = USRN: { $detail }
crm-email-location = Goobta (loolka, dhererka): { $detail }
crm-email-card = Kaarka: { $card } ({ $reader }, { $state })
crm-email-card-none = Kaarka: lama isticmaalin
crm-email-check-kiosk = lagu xaqiijiyay kiosk-ga
crm-email-check-unchecked = lama hubin (adeegga kaarka lama gaari karin)
crm-email-check-forwarded = lambarkiisa lagu xaqiijiyay markii la dirayay
crm-email-check-rejected = adeegga kaarka ayaa diiday markii la dirayay
crm-email-attachment = Isla codsigan waxaa ku lifaaqan nidaamyada: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = Qiimaynta booqdayaasha maanta
staff-ratings-none = Maanta weli qiimayn lama bixin.
staff-ratings-line = { $subject }: { $count ->
    [one] 1 qiimayn
   *[other] { $count } qiimayn
}, celcelis { $average } ee 5
