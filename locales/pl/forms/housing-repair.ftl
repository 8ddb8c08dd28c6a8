# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zgłoś naprawę w mieszkaniu komunalnym
summary = Powiedz nam, co trzeba naprawić w domu lub mieszkaniu, które wynajmujesz od council (władz lokalnych)
next-steps = Zadzwonimy do Ciebie, aby umówić termin wizyty. Staramy się zabezpieczyć awarie w ciągu 24 godzin, wykonać pilne naprawy w ciągu 5 dni roboczych, a zwykłe naprawy w ciągu 28 dni. Jeśli problem się pogorszy, zadzwoń do naszego działu napraw.

area = Gdzie jest problem?
    .check = Miejsce
    .opt-kitchen = Kuchnia
    .opt-bathroom = Łazienka lub toaleta
    .opt-heating-hot-water = Ogrzewanie lub ciepła woda
    .opt-electrics = Instalacja elektryczna, światło lub gniazdka
    .opt-doors-windows = Drzwi lub okna
    .opt-roof-gutters = Dach lub rynny
    .opt-damp-mould = Wilgoć lub pleśń
    .opt-other = Gdzie indziej

urgency = Jak pilna jest naprawa?
    .hint = Jeśli jest zagrożenie dla czyjegoś zdrowia lub bezpieczeństwa albo dla Twojego domu, wybierz „Awaria” i od razu zadzwoń też na naszą linię awaryjną. Pracownik poda Ci numer. Jeśli czujesz zapach gazu, wyjdź z domu i zadzwoń do pogotowia gazowego (National Gas Emergency Service) pod numer 0800 111 999.
    .check = Jak pilne
    .opt-emergency-danger = Awaria: jest zagrożenie dla ludzi lub dla Twojego domu, na przykład zalanie, odsłonięte przewody albo brak ogrzewania, gdy jest zimno
    .opt-urgent = Pilne: sprawia Ci poważne problemy, na przykład zatkana toaleta albo brak ciepłej wody
    .opt-routine = Zwykłe: trzeba to naprawić, ale może poczekać, na przykład cieknący kran albo zacinające się drzwi

problem-description = Opisz problem
    .hint = Napisz, co jest zepsute, gdzie to jest i kiedy się zaczęło.
    .check = Problem

address = Jaki jest adres Twojego domu?
    .check = Adres

access = Kiedy możemy wejść do Twojego domu?
    .hint = Wybierz wszystkie pasujące odpowiedzi.
    .check = Kiedy można wejść
    .opt-weekday-mornings = Od poniedziałku do piątku rano (od 8:00 do 12:00)
    .opt-weekday-afternoons = Od poniedziałku do piątku po południu (od 12:00 do 17:00)
    .opt-saturday-mornings = W soboty rano (od 8:00 do 12:00)

phone = Jaki jest Twój numer telefonu?
    .hint = Zadzwonimy, aby umówić wizytę.
    .check = Numer telefonu
