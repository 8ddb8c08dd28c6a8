# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zgłoś przeprowadzkę
summary = Zaktualizuj council tax (podatek lokalny), gdy wprowadzasz się na nasz teren, wyprowadzasz się z niego lub przeprowadzasz się w jego obrębie
next-steps = Zamkniemy Twoje konto council tax dla starego adresu i założymy nowe dla nowego adresu, jeśli jest on na naszym terenie. W ciągu 2 tygodni wyślemy Ci rachunek końcowy i, jeśli trzeba, nowy rachunek. Płać raty tak jak dotąd, dopóki nie dostaniesz tych rachunków.

old-address = Jaki był Twój poprzedni adres?
    .check = Poprzedni adres

moved-out-date = Jaka jest data wyprowadzki?
    .hint = To dzień, w którym skończył się Twój najem, albo dzień, od którego już tam nie mieszkasz.
    .check = Data wyprowadzki

new-address = Jaki jest Twój nowy adres?
    .check = Nowy adres

moved-in-date = Od kiedy mieszkasz pod nowym adresem?
    .hint = To dzień, w którym zaczął się Twój najem, albo dzień, od którego tam mieszkasz.
    .check = Data wprowadzenia się

only-adult = Czy jesteś jedyną dorosłą osobą mieszkającą pod nowym adresem?
    .hint = Licz tylko osoby, które mają 18 lat lub więcej. Jeśli mieszkasz bez innych dorosłych, możesz dostać 25% zniżki na council tax.
    .check = Jedyna dorosła osoba pod nowym adresem

adults = Ile dorosłych osób mieszka pod nowym adresem, łącznie z Tobą?
    .hint = Licz tylko osoby, które mają 18 lat lub więcej.
    .check = Liczba dorosłych osób pod nowym adresem

full-name = Jakie jest Twoje pełne imię i nazwisko?
    .check = Imię i nazwisko

email = Jaki jest Twój adres e-mail?
    .hint = Podaj adres e-mail lub numer telefonu, abyśmy mogli się z Tobą skontaktować, jeśli będziemy mieć pytanie.
    .check = Adres e-mail

phone = Jaki jest Twój numer telefonu?
    .check = Numer telefonu

declaration = Potwierdzam, że podane przeze mnie informacje są prawdziwe i pełne
    .hint = Jeśli podasz nieprawdziwe informacje, możesz dostać karę finansową albo sprawę w sądzie.
    .check = Oświadczenie
