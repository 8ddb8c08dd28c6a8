# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = Mieszkalnictwo
queue-service-council-tax = Podatek lokalny (Council Tax)
queue-service-general = Sprawy ogólne

## The board
queue-board-now-calling = Teraz wzywamy
queue-board-counter = Stanowisko { $counter }
queue-board-recall = Ponowne wezwanie
queue-board-last-calls = Ostatnie wezwania
queue-board-services = Teraz czeka
queue-board-waiting = { $count ->
    [one] { $count } osoba czeka
    [few] { $count } osoby czekają
   *[other] { $count } osób czeka
}
queue-board-wait = { $minutes ->
    [0] Bez czekania
   *[other] Około { $minutes } min
}
queue-board-no-calls = Prosimy czekać na wezwanie
queue-board-offline = Utracono połączenie z kolejką, trwa ponowne łączenie. Wyświetlane wezwania mogą być nieaktualne.
queue-board-connecting = Łączenie z kolejką…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = Brak otwartego stanowiska
queue-board-silent = Wezwania nie są teraz odczytywane na głos. Prosimy wypatrywać swojego numeru na tym ekranie.

## Spoken
queue-speech-call = { $ticket }, stanowisko { $counter }.
queue-speech-recall = { $ticket }, stanowisko { $counter }, ponownie.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = Zamknięte
queue-board-closed-opens = { $when ->
    [today] Zamknięte, otwarcie dziś o { $time }
    [tomorrow] Zamknięte, otwarcie jutro o { $time }
    [monday] Zamknięte, otwarcie w poniedziałek o { $time }
    [tuesday] Zamknięte, otwarcie we wtorek o { $time }
    [wednesday] Zamknięte, otwarcie w środę o { $time }
    [thursday] Zamknięte, otwarcie w czwartek o { $time }
    [friday] Zamknięte, otwarcie w piątek o { $time }
    [saturday] Zamknięte, otwarcie w sobotę o { $time }
    [sunday] Zamknięte, otwarcie w niedzielę o { $time }
   *[date] Zamknięte, otwarcie { $date } o { $time }
}

## Mobile ticket page
mobile-page-title = Bilet { $ticket }
mobile-your-number = Twój numer
mobile-next = Zaraz Twoja kolej
mobile-position = Twoje miejsce w kolejce: { $position }
mobile-wait = { $minutes ->
    [0] Lada chwila
    [one] Około { $minutes } minuty
   *[other] Około { $minutes } minut
}
mobile-no-counter = Żadne stanowisko nie jest teraz otwarte
mobile-then = Następnie: { $service }
mobile-called = Twoja kolej: podejdź do stanowiska { $counter }
mobile-recalled = Twoja kolej: podejdź do stanowiska { $counter }, ponownie
mobile-serving = Trwa Twoja obsługa przy stanowisku { $counter }
mobile-parked = Prosimy zostać w pobliżu: pracownik wezwie Cię ponownie.
mobile-done = Gotowe. Dziękujemy za wizytę.
mobile-missed = Twoje wezwanie minęło. Prosimy zapytać w recepcji.
mobile-stale = Ta strona może być nieaktualna. Prosimy patrzeć na ekrany lub zapytać w recepcji.
mobile-more-time = Potrzebuję więcej czasu
mobile-more-time-hint = { $places ->
    [one] To przesuwa Cię o { $places } miejsce do tyłu. Można z tego skorzystać raz.
    [few] To przesuwa Cię o { $places } miejsca do tyłu. Można z tego skorzystać raz.
   *[other] To przesuwa Cię o { $places } miejsc do tyłu. Można z tego skorzystać raz.
}
mobile-more-time-used = Prośba o więcej czasu została przyjęta

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = następnie: { $service }
