# Status: draft awaiting review by a native speaker (machine-assisted translation)
# Kiosk screens. Every message here must exist in every locale (a test enforces it).

## Welcome
welcome-title = Witamy w { $council }
welcome-choose-language = Wybierz język
welcome-touch = Dotknij nazwy swojego języka, aby zacząć

## Everywhere
back = Wstecz
continue = Dalej
optional = (nieobowiązkowe)
start-again = Zacznij od nowa
language = Język
large-text = Większy tekst
normal-text = Zwykły tekst
question-progress = Pytanie { $current } z { $total }

## Service menu
menu-title = Co chcesz zrobić?
menu-hint = Wybierz usługę. W każdej chwili możesz wrócić.

## Questions
yes = Tak
no = Nie
consent-agree = Zgadzam się
choose-one = Wybierz jedną odpowiedź
choose-many = Wybierz wszystkie pasujące odpowiedzi
choose-up-to = Wybierz najwyżej { $max ->
    [one] { $max } odpowiedź
   *[other] { $max } odpowiedzi
}
date-hint = Na przykład 27 3 2007
date-day = Dzień
date-month = Miesiąc
date-year = Rok
address-postcode = Kod pocztowy (postcode)
address-house = Numer lub nazwa domu
address-street = Ulica
address-town = Miasto lub miejscowość
address-find-hint = Wpisz kod pocztowy, a znajdziemy adres
address-select = Wybierz swój adres
address-found = { $count ->
    [one] Jeden adres pod kodem { $postcode }
   *[other] Adresy pod kodem { $postcode }: { $count }
}
address-not-listed = Mojego adresu nie ma na liście
address-enter = Wpisz adres
address-none-found = Nie znaleźliśmy adresów pod kodem { $postcode }. Wpisz adres.
address-unavailable = Lista adresów jest teraz niedostępna. Wpisz adres.
email-hint = Użyjemy go tylko po to, aby skontaktować się z Tobą w sprawie tego zgłoszenia
phone-hint = Na przykład 07700 900 982 lub 0116 454 1000
postcode-hint = Na przykład LE1 1AA

## Errors
error-summary-title = Wystąpił problem
error-required = Wpisz odpowiedź
error-choose = Wybierz odpowiedź
error-consent = Aby przejść dalej, musisz wyrazić zgodę
error-too-long = Wpisz najwyżej { $max ->
    [one] { $max } znak
    [few] { $max } znaki
    [many] { $max } znaków
   *[other] { $max } znaku
}
error-too-short = Wpisz co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaku
}
error-characters = Usuń symbole, których nie można tu używać
error-pattern = Sprawdź, czy odpowiedź jest wpisana w dobrym formacie
error-number = Wpisz liczbę całkowitą, na przykład 12
error-too-small = Wpisz liczbę równą { $min } lub większą
error-too-large = Wpisz liczbę równą { $max } lub mniejszą
error-choice = Wybierz jedną z pokazanych odpowiedzi
error-too-few = Wybierz co najmniej { $min ->
    [one] { $min } odpowiedź
   *[other] { $min } odpowiedzi
}
error-too-many = Wybierz najwyżej { $max ->
    [one] { $max } odpowiedź
   *[other] { $max } odpowiedzi
}
error-email = Wpisz adres e-mail w poprawnym formacie, na przykład name@example.com
error-phone = Wpisz brytyjski numer telefonu, na przykład 07700 900 982
error-postcode = Wpisz istniejący brytyjski kod pocztowy (postcode), na przykład LE1 1AA
error-address-postcode = Wpisz kod pocztowy
error-address-house = Wpisz numer lub nazwę domu
error-address-street = Wpisz nazwę ulicy
error-address-town = Wpisz miasto lub miejscowość
error-address-select = Wybierz swój adres albo „Mojego adresu nie ma na liście”
error-date-part = Data musi zawierać dzień, miesiąc i rok
error-date-invalid = Taka data nie istnieje. Wpisz prawidłową datę
error-date-year = Rok musi mieć 4 cyfry
error-date-past = Data musi być dzisiejsza lub późniejsza
error-date-future = Data musi być dzisiejsza lub wcześniejsza
error-date-too-early = Ta data jest zbyt odległa w przeszłości
error-date-too-late = Ta data jest zbyt odległa w przyszłości
error-wrong-type = Ta odpowiedź ma niewłaściwą formę. Prosimy odpowiedzieć na pytanie jeszcze raz
error-unknown-question = Ta odpowiedź nie należy do tego formularza
error-send-failed = Nie udało się zapisać formularza. Prosimy zwrócić się o pomoc do pracownika

## Check your answers
check-title = Sprawdź odpowiedzi przed wysłaniem
check-change = Zmień
check-not-answered = Brak odpowiedzi
check-send-heading = Teraz wyślij formularz
check-send-body = Wysyłając ten formularz, potwierdzasz, że zgodnie z Twoją najlepszą wiedzą podane informacje są prawdziwe.
send = Wyślij

## Confirmation
confirm-title = Formularz został wysłany
confirm-reference = Twój numer referencyjny
confirm-write-down = Zapisz swój numer referencyjny albo zrób mu zdjęcie. Dzięki niemu możesz sprawdzić, co dzieje się z Twoją sprawą.
confirm-next = Co dalej
confirm-next-generic = Przekażemy Twoje zgłoszenie do zespołu rady, który się nim zajmuje.
confirm-finish = Zakończ

## Idle timeout
timeout-title = Potrzebujesz więcej czasu?
timeout-body = Dla ochrony Twojej prywatności usuniemy Twoje odpowiedzi za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
timeout-more-time = Potrzebuję więcej czasu
timeout-clear = Usuń teraz moje odpowiedzi

## Leaving a form
leave-title = Czy chcesz zacząć od nowa?
leave-body = Twoje odpowiedzi zostaną usunięte.
leave-yes = Tak, usuń moje odpowiedzi
leave-no = Nie, wróć do formularza

## On-screen keyboard
keyboard-show = Pokaż klawiaturę
keyboard-hide = Ukryj klawiaturę

## Track my enquiry
track-menu-title = Sprawdź status zgłoszenia
track-menu-summary = Użyj numeru referencyjnego, aby sprawdzić, co dzieje się z wysłanym przez Ciebie formularzem
track-title = Sprawdź status zgłoszenia
track-hint = Wpisz numer referencyjny z wydruku lub z ekranu potwierdzenia, na przykład K7QF-9M2A
track-label = Numer referencyjny
track-find = Znajdź
track-error-length = Numer referencyjny składa się z 8 liter i cyfr, na przykład K7QF-9M2A
track-error-character = Numery referencyjne nie zawierają znaków 0, O, 1, I ani U. Sprawdź wpisane znaki
track-error-check = W tym numerze referencyjnym jest błąd. Sprawdź każdy znak
track-not-found = Nie możemy znaleźć tego numeru referencyjnego w tym kiosku. Prosimy zwrócić się do pracownika
track-pending = Twój formularz jest zapisany i czeka na wysłanie do władz lokalnych (council). Nie musisz nic robić.
track-sent = Twój formularz dotarł do władz lokalnych (council). Ich numer sprawy to { $crm }.
track-parked = Zanim formularz zostanie wysłany, musi go sprawdzić pracownik. Prosimy zapytać w recepcji.
track-status-open = Władze lokalne (council) zajmują się Twoją sprawą.
track-status-closed = Władze lokalne (council) zakończyły pracę nad Twoją sprawą.
track-status-other = Władze lokalne (council) podają: { $status }
track-status-expected = Władze lokalne (council) planują zakończyć sprawę do { $date }.
track-status-notes = Uwaga od władz lokalnych (council): { $notes }
track-checking = Sprawdzamy najnowsze informacje u władz lokalnych (council)…
track-offline = Nie możemy teraz połączyć się z władzami lokalnymi (council). Oto ostatnie informacje, jakie mamy.
track-checked = Ostatnio sprawdzono u władz lokalnych (council) dnia { $date }.

## Take a ticket (the queue)
ticket-menu-title = Pobierz numerek
ticket-menu-summary = Pobierz numer, aby porozmawiać z pracownikiem recepcji, lub zgłoś przybycie na umówioną wizytę
ticket-title = Pobierz numerek
ticket-hint = Wybierz, w jakiej sprawie potrzebujesz pomocy. Otrzymasz numer, a my wywołamy Cię, gdy nadejdzie Twoja kolej.
ticket-hint-appointment = Wybierz, czego dotyczy Twoja wizyta.
ticket-service-housing = Mieszkalnictwo
ticket-service-council-tax = Podatek lokalny (Council Tax)
ticket-service-general = Sprawy ogólne
ticket-wait = { $minutes ->
    [0] Obecnie bez oczekiwania
    [one] Około { $minutes } minuty oczekiwania
    [few] Około { $minutes } minut oczekiwania
    [many] Około { $minutes } minut oczekiwania
   *[other] Około { $minutes } minuty oczekiwania
}
ticket-extra-help = Potrzebuję dodatkowej pomocy (na przykład mam niepełnosprawność, źle się czuję lub nie mogę długo czekać)
ticket-appointment-link = Mam umówioną wizytę
ticket-appointment-title = Zgłoś przybycie na wizytę
ticket-appointment-hint = Wpisz numer z listu, e-maila lub SMS-a z informacją o wizycie
ticket-appointment-label = Numer wizyty
ticket-appointment-error = Numer wizyty ma najwyżej 20 liter i cyfr. Sprawdź, co wpisano
ticket-appointment-note = Zgłoszenie przybycia na wizytę { $reference }
ticket-number-label = Twój numer
ticket-wait-estimate = { $minutes ->
    [0] Powinieneś zostać wywołany bardzo szybko
    [one] Szacowany czas oczekiwania: około { $minutes } minuty
    [few] Szacowany czas oczekiwania: około { $minutes } minuty
    [many] Szacowany czas oczekiwania: około { $minutes } minut
   *[other] Szacowany czas oczekiwania: około { $minutes } minuty
}
ticket-instructions = Proszę poczekać na wywołanie. Obserwuj ekran: pokaże Twój numer i stanowisko, do którego należy podejść.
ticket-priority = Zostaniesz obsłużony w pierwszej kolejności.
ticket-checked-in = Zgłoszono Twoje przybycie na wizytę { $reference }.
ticket-unavailable = Numerki są teraz niedostępne
ticket-unavailable-body = Proszę zapytać w recepcji. Pracownik Ci pomoże.
ticket-none-left = Na dziś nie ma już numerków do: { $service }
ticket-no-more-today = Na dziś nie ma już numerków
ticket-finish = Zakończ
ticket-sms-offer = Dostań SMS, gdy nadejdzie Twoja kolej
ticket-sms-title = Wysłać SMS, gdy Twoja kolej będzie blisko?
ticket-sms-body = Dziś wyślemy na ten numer najwyżej dwa SMS-y: jeden, gdy będziesz 3. w kolejce, i jeden, gdy zostaniesz wywołany(-a). Przechowujemy Twój numer zaszyfrowany tylko do końca dnia, a potem go usuwamy. Nie jest używany do niczego innego. SMS-y wysyła GOV.UK Notify w imieniu urzędu. Możesz to pominąć: wybierz „Nie, dziękuję”.
ticket-sms-label = Twój numer komórkowy
ticket-sms-error = Wpisz brytyjski numer komórkowy, np. 07700 900123
ticket-sms-send = Wysyłajcie mi SMS-y
ticket-sms-no = Nie, dziękuję
ticket-sms-agreed = Wyślemy Ci SMS, gdy będziesz 3. w kolejce i gdy zostaniesz wywołany(-a).
ticket-sms-unavailable = SMS-y są teraz niedostępne.

## The receipt or ticket printer, under the reference or number
print-receipt-printing = Drukowanie potwierdzenia…
print-receipt-done = Proszę odebrać potwierdzenie z drukarki.
print-receipt-failed = Przepraszamy, drukarka nie działa, więc nie ma papierowego potwierdzenia. Zapisz swój numer referencyjny lub zrób mu zdjęcie.
print-ticket-printing = Drukowanie biletu…
print-ticket-done = Proszę odebrać bilet z drukarki.
print-ticket-failed = Przepraszamy, drukarka nie działa, więc nie ma papierowego biletu. Zapamiętaj swój numer lub zrób mu zdjęcie.

## Signing in with a library or council card
card-hint = Masz kartę biblioteczną lub kartę rady? Przyłóż ją do czytnika lub zeskanuj, aby uzupełnić swoje dane.
card-checking = Sprawdzanie karty…
card-unavailable = Karty nie mogą być teraz używane. Wypełnij formularz samodzielnie.
card-not-used = Nie możemy użyć tej karty. Wypełnij formularz samodzielnie lub zapytaj w recepcji.
card-offline = Nie możemy teraz sprawdzić Twojej karty. Numer karty zostanie wysłany z formularzem, a rada go sprawdzi.
card-used = Dane z Twojej karty zostały wpisane. Sprawdź je na każdej stronie; możesz je zmienić.
card-pin-title = Wpisz PIN karty
card-pin-hint = Użyj klawiszy poniżej. PIN służy tylko do sprawdzenia karty. Nigdy nie jest zapisywany ani drukowany.
card-pin-typed = { $count ->
    [one] Wpisano { $count } cyfrę
    [few] Wpisano { $count } cyfry
   *[many] Wpisano { $count } cyfr
}
card-pin-length = PIN ma od 4 do 12 cyfr. Wpisz go ponownie.
card-pin-wrong = { $left ->
    [one] Nieprawidłowy PIN. Masz jeszcze jedną próbę.
   *[other] Nieprawidłowy PIN. Pozostało prób: { $left }.
}
card-pin-locked = Zbyt wiele błędnych PIN-ów dla tej karty. Wypełnij formularz samodzielnie lub zapytaj w recepcji.
card-cancel = Anuluj
card-consent-title = Użyć danych z karty?
card-consent-body = Twoja karta zawiera te dane. Czy chcesz użyć ich do wypełnienia formularza? Możesz je sprawdzić i zmienić na każdej stronie.
card-consent-yes = Tak, użyj tych danych
card-consent-no = Nie, wpiszę je sam(a)

key-enter = Enter
key-space = Spacja
key-backspace = Usuń
key-shift = Shift
key-switch = Zmień klawiaturę

## Access: the keypad, speech, the low layout
# Header buttons.
low-layout = Niski układ
listen = Słuchaj
# Shown while speech is in English because the visitor's language has no voice (only Somali
# shows it; in English it is never seen).
speech-in-english = Czytanie na głos jest po angielsku: nie ma jeszcze głosu dla tego języka.
# What speech calls each kind of control.
speech-role-button = przycisk
speech-role-radio = przycisk opcji
speech-role-checkbox = pole wyboru
speech-role-edit = pole tekstowe
speech-role-key = klawisz
speech-role-pin-key = klawisz PIN
# An option's place among the options: "2 of 4".
speech-position = { $pos } z { $count }
speech-selected = zaznaczone
speech-not-selected = niezaznaczone
speech-dimmed = jeszcze niedostępne
speech-blank = puste
speech-deleted = usunięto
# The PIN pad never says a digit.
speech-pin-hint = Wpisz PIN klawiszami z cyframi, a potem naciśnij Enter.
speech-pin-entered = Wpisano cyfrę
speech-pin-deleted = Usunięto cyfrę
speech-pin-again = Ten PIN nie został przyjęty. Wpisz go jeszcze raz.
speech-louder = Głośniej
speech-quieter = Ciszej
# F1 on the keypad.
speech-help = Klawisze w górę i w dół przechodzą między elementami. Klawisze w lewo i w prawo przechodzą w obrębie listy. Enter wybiera. Escape cofa. Plus i minus zmieniają głośność. F2 czyta całą stronę.

## How was this?
rate-title = Jak było?
rate-hint = Dotknij jednej z minek albo pomiń. Zapisujemy tylko liczbę ocen, nic o Tobie.
rate-1 = Bardzo źle
rate-2 = Źle
rate-3 = W porządku
rate-4 = Dobrze
rate-5 = Bardzo dobrze
rate-skip = Pomiń
# Said when a rating ends the visit.
rate-thanks = Dziękujemy.

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# Outside the site's opening hours: the welcome screen, the menu and the ticket card. $when is
# today, tomorrow, a weekday (within the coming week) or date (then $date is 07/01/2027);
# $time is 09:00.
hours-closed = Zamknięte
hours-closed-opens = { $when ->
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
ticket-closed = Gdy jest zamknięte, numerki nie są wydawane

## "I need help", "anything else?", the ticket's QR code and appointment check-in
help-button = Potrzebuję pomocy
help-told = Personel został powiadomiony. Ktoś podejdzie do tego kiosku.
help-coming = Pracownik jest już w drodze.
help-unreachable = Proszę zapytać w recepcji.
help-close = Zamknij
ticket-also-title = Czy potrzebujesz dziś czegoś jeszcze?
ticket-also-hint = Wybrano: { $service }. Jeśli dziś potrzebujesz pomocy także w innej sprawie, zaznacz ją (najwyżej { $max } dodatkowe). W każdej sprawie zachowasz swoje miejsce w kolejce.
ticket-also-go = Pobierz numerek
ticket-also-full = Możesz wybrać najwyżej { $max } dodatkowe sprawy. Odznacz jedną, aby wybrać inną.
ticket-then = Następnie: { $service }
ticket-follow-screen = Zeskanuj ten kod telefonem, aby zobaczyć swoje miejsce w kolejce. Możesz poczekać gdzie indziej.
ticket-follow-speech = Jest kod do zeskanowania telefonem, aby zobaczyć swoje miejsce w kolejce. Możesz poczekać gdzie indziej.
ticket-appointment-unknown = Nie możemy znaleźć tej wizyty na dziś. Sprawdź numer w potwierdzeniu wizyty lub zapytaj w recepcji.
ticket-appointment-already = Ta wizyta jest już zarejestrowana. Twój numer to { $number }.
