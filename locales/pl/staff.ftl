# Status: draft (machine-assisted; awaiting review by a native speaker)
# The staff screen's words (Polish), read when the config's [staff] locale is "pl".

## PIN pad
staff-pin-title = Tylko dla personelu
staff-pin-hint = Wpisz PIN personelu, a następnie naciśnij ↵ lub Odblokuj.
staff-pin-typed = PIN: { $count ->
    [0] nic nie wpisano
    [one] wpisano 1 cyfrę
    [few] wpisano { $count } cyfry
    [many] wpisano { $count } cyfr
   *[other] wpisano { $count } cyfry
}
staff-pin-unlock = Odblokuj
staff-pin-checking = Sprawdzanie PIN-u…
staff-pin-wrong = Błędny PIN. { $tries ->
    [one] Jeszcze 1 błędny PIN zablokuje ekran personelu.
    [few] Jeszcze { $tries } błędne PIN-y zablokują ekran personelu.
    [many] Jeszcze { $tries } błędnych PIN-ów zablokuje ekran personelu.
   *[other] Jeszcze { $tries } błędnego PIN-u zablokuje ekran personelu.
}
staff-pin-locked = Zbyt wiele błędnych PIN-ów. Ekran personelu jest zablokowany do { $time }.
staff-pin-length = PIN personelu ma od 4 do 12 cyfr.
staff-pin-check-failed = Nie udało się sprawdzić PIN-u ({ $error }).
staff-db-write-failed = Nie udało się zapisać bazy danych kiosku ({ $error }).
staff-db-read-failed = Nie udało się odczytać bazy danych kiosku ({ $error }).
staff-months = sty lut mar kwi maj cze lip sie wrz paź lis gru
staff-date-time = { $day } { $month } { $time }
staff-disabled = Ekran personelu jest wyłączony w tym kiosku. Aby go włączyć, ustaw staff.pin_hash w konfiguracji (zob. docs/OPERATIONS.md).
staff-close = Zamknij

## The staff screen
staff-title = Personel: skrzynka nadawcza
staff-count-pending = Oczekujące
staff-count-retrying = Ponawiane
staff-count-parked = Wstrzymane
staff-count-acknowledged = Potwierdzone
staff-count-purged = Usunięte
staff-connectivity-title = Połączenie z systemem władz lokalnych (council)
staff-crm-none = Nie skonfigurowano CRM (crm.kind = "none"): zgłoszenia pozostają w tym kiosku, dopóki CRM nie zostanie skonfigurowany.
staff-crm-never = Kiosk jeszcze nie próbował się z nim połączyć.
staff-crm-ok = Ostatnie połączenie udane ({ $when }).
staff-crm-failed = Ostatnie połączenie nieudane ({ $when }).
staff-crm-last-reached = Ostatnie udane połączenie: { $when }.
staff-crm-never-reached = Ten kiosk nigdy się z nim nie połączył.
staff-crm-error = Ostatni błąd: { $error }
staff-waiting = Czeka na wysłanie: { $waiting }, wstrzymane: { $parked }.
staff-attention = { $count ->
    [one] 1 zgłoszenie wymaga uwagi (na początku listy).
    [few] { $count } zgłoszenia wymagają uwagi (na początku listy).
    [many] { $count } zgłoszeń wymaga uwagi (na początku listy).
   *[other] { $count } zgłoszenia wymaga uwagi (na początku listy).
}
staff-crm-dropped = System władz lokalnych przyjął zgłoszenia, ale nie zapisał niektórych pól. Każda odpowiedź jest też w opisie zgłoszenia, więc nic nie zostało utracone; poproś administratora CRM o zmapowanie tych pól.
staff-forwarder-fault = Wysyłanie wstrzymane: błąd bazy danych kiosku ({ $when }). Nic nie zostało utracone; wysyłanie wznowi się samo po usunięciu usterki (np. po zwolnieniu miejsca na dysku).
staff-forwarder-restarted = { $count ->
    [one] Zadanie wysyłania zatrzymało się raz i zostało ponownie uruchomione.
    [few] Zadanie wysyłania zatrzymało się { $count } razy i zostało ponownie uruchomione.
    [many] Zadanie wysyłania zatrzymało się { $count } razy i zostało ponownie uruchomione.
   *[other] Zadanie wysyłania zatrzymało się { $count } razy i zostało ponownie uruchomione.
}
staff-send-now = Wyślij teraz
staff-sent-now = Trwa wysyłanie. { $count ->
    [0] Nic nie czekało na ponowienie.
    [one] Przyspieszono 1 ponowienie.
    [few] Przyspieszono { $count } ponowienia.
    [many] Przyspieszono { $count } ponowień.
   *[other] Przyspieszono { $count } ponowienia.
}
staff-send-none = Nie skonfigurowano CRM, więc nic nie można wysłać.
staff-refresh = Odśwież
staff-rows-title = Zgłoszenia, od najnowszych
staff-rows-empty = Skrzynka nadawcza jest pusta.
staff-rows-more = Pokazano { $shown } najnowszych z { $total }.
staff-row-age = { $age } temu
staff-row-attempts = { $attempts ->
    [0] jeszcze nie próbowano
    [one] 1 próba
    [few] { $attempts } próby
    [many] { $attempts } prób
   *[other] { $attempts } próby
}
staff-row-next = następna próba { $time }
staff-row-error = Błąd: { $error }
staff-retry = Ponów { $reference }
staff-retried = Zgłoszenie { $reference } zostanie wysłane ponownie.
staff-retry-failed = Zgłoszenie { $reference } nie jest już wstrzymane; nie ma czego ponawiać.
staff-state-pending = oczekujące
staff-state-retrying = ponawiane
staff-state-parked = wstrzymane
staff-state-acknowledged = potwierdzone
staff-state-purged = potwierdzone, odpowiedzi usunięte
staff-state-attention = { $state }: wymaga uwagi, ten sam błąd od { $for }
staff-time-unknown = czas nieznany
staff-when = { $time }, { $ago } temu

## Devices
staff-devices-title = Drukarka i czytniki kart
staff-printer-none = Drukarka: nie skonfigurowano; numery są pokazywane tylko na ekranie.
staff-printer-unknown = Drukarka: sprawdzanie…
staff-printer-nostatus = Drukarka: połączona (nie zgłasza stanu papieru ani usterek).
staff-printer-ready = Drukarka: gotowa.
staff-printer-low = Drukarka: kończy się papier. Wkrótce wymień rolkę.
staff-printer-fault = Drukarka: nie działa ({ $reason }). Odwiedzający widzą numer do zapisania.
staff-reader-none = Czytniki kart: brak podłączonych.
staff-reader-ready = Czytnik kart ({ $reader }): gotowy.
staff-reader-unavailable = Czytnik kart ({ $reader }): nie działa ({ $reason }). Próbuje połączyć się ponownie.
staff-card-last = Ostatnia karta: { $card } ({ $reader }) o { $time }.
staff-card-none = Od uruchomienia kiosku nie odczytano żadnej karty.
staff-print-test = Drukuj stronę testową
staff-print-test-sent = Strona testowa została wysłana do drukarki.

## The answers block of an Open311 request's description (read by council staff in the CRM)
crm-answers-heading = Odpowiedzi udzielone w kiosku:
crm-answers-shortened = Odpowiedzi pominięte z powodu limitu długości CRM: { $count }

## The email a council with only a mailbox receives for each submission (read by council staff)
crm-email-subject = Zgłoszenie z kiosku { $reference }: { $subject }
crm-email-reference = Numer referencyjny: { $reference }
crm-email-form = Formularz: { $subject }
crm-email-sent = Wysłano w kiosku: { $when }
crm-email-uprn = UPRN: { $detail }
crm-email-uprn-typed = UPRN: brak (wpisany ręcznie, nie z bazy adresów; proszę dopasować adres)
crm-email-usrn = USRN: { $detail }
crm-email-location = Położenie (szer., dł.): { $detail }
crm-email-card = Karta: { $card } ({ $reader }, { $state })
crm-email-card-none = Karta: nie użyto
crm-email-check-kiosk = zweryfikowana w kiosku
crm-email-check-unchecked = niesprawdzona (usługa kart była niedostępna)
crm-email-check-forwarded = zweryfikowana po numerze przy wysyłce
crm-email-check-rejected = odrzucona przez usługę kart przy wysyłce
crm-email-attachment = To samo zgłoszenie w załączniku dla systemów: { $detail }

## Visitor ratings ("How was this?" at the end of a visit), counted for today.
staff-ratings-title = Dzisiejsze oceny odwiedzających
staff-ratings-none = Dziś nie ma jeszcze ocen.
staff-ratings-line = { $subject }: { $count ->
    [one] 1 ocena
    [few] { $count } oceny
    [many] { $count } ocen
   *[other] { $count } oceny
}, średnia { $average } na 5
