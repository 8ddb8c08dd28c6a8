# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zamów odbiór dużych przedmiotów (gabarytów)
summary = Poproś nas o odbiór do 3 dużych przedmiotów z domu, na przykład kanapy lub lodówki
next-steps = Wyślemy Ci datę odbioru. W tym dniu do godziny 7:00 rano wystaw przedmioty na zewnątrz, na terenie swojej posesji, w miejscu, do którego łatwo dotrzemy. Nie zostawiaj ich na chodniku ani na ulicy.

items = Co mamy odebrać?
    .hint = Wybierz najwyżej 3 przedmioty. Jeśli masz ich więcej, musisz złożyć kolejne zamówienie.
    .check = Przedmioty
    .opt-sofa = Kanapa
    .opt-armchair = Fotel
    .opt-mattress = Materac
    .opt-bed-frame = Rama łóżka
    .opt-fridge-freezer = Lodówka lub zamrażarka
    .opt-washing-machine = Pralka
    .opt-table = Stół
    .opt-wardrobe = Szafa
    .opt-other = Coś innego

address = Pod jakim adresem mamy odebrać przedmioty?
    .check = Adres odbioru

contact-method = Jak mamy przekazać Ci datę odbioru?
    .check = Sposób powiadomienia o dacie
    .opt-sms = SMS
    .opt-email = E-mail

phone = Jaki jest Twój numer telefonu komórkowego?
    .hint = Wyślemy datę odbioru SMS-em na ten numer.
    .check = Numer komórkowy

email = Jaki jest Twój adres e-mail?
    .hint = Wyślemy datę odbioru e-mailem na ten adres.
    .check = Adres e-mail

preferred-date = Czy jest dzień, który najbardziej Ci odpowiada?
    .hint = Postaramy się przyjechać w tym dniu, ale nie możemy tego obiecać. Data musi przypadać co najmniej 2 dni od dzisiaj i nie później niż za 60 dni.
    .check = Preferowana data
