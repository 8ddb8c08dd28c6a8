# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Zgłoś problem na ulicy
summary = Powiedz nam o dziurze w drodze, graffiti, nielegalnie wyrzuconych śmieciach lub psich odchodach
next-steps = Sprawdzimy problem i zdecydujemy, co zrobić. Obraźliwe graffiti usuwamy zwykle w ciągu 1 dnia roboczego, a nielegalnie wyrzucone śmieci w ciągu 5 dni roboczych. Jeśli w formularzu jest Twój adres e-mail, napiszemy do Ciebie, gdy zajmiemy się problemem.

problem = Jaki jest problem?
    .check = Problem
    .opt-pothole = Dziura w drodze
    .opt-graffiti = Graffiti
    .opt-fly-tipping = Nielegalnie wyrzucone śmieci (fly-tipping)
    .opt-dog-fouling = Psie odchody

offensive = Czy graffiti jest obraźliwe?
    .hint = Na przykład rasistowskie, seksualne lub zawierające groźby napisy albo rysunki.
    .check = Obraźliwe graffiti

dumped-items = Co zostało wyrzucone?
    .hint = Wybierz wszystkie pasujące odpowiedzi. Niczego nie dotykaj ani nie przesuwaj.
    .check = Co zostało wyrzucone
    .opt-bags = Worki ze śmieciami
    .opt-furniture = Meble
    .opt-mattress = Materace
    .opt-electrical = Lodówki, telewizory lub inny sprzęt elektryczny
    .opt-building-waste = Gruz budowlany albo wyposażenie łazienki i kuchni
    .opt-garden-waste = Odpady z ogrodu
    .opt-tyres = Opony
    .opt-hazardous = Coś, co może być niebezpieczne, na przykład igły, chemikalia lub azbest
    .opt-other = Coś innego

location = Gdzie jest problem?
    .hint = Na przykład przed numerem 12 High Street albo przy przystanku autobusowym na Mill Lane.
    .check = Miejsce

postcode = Jaki jest kod pocztowy (postcode) najbliższego adresu?
    .hint = To pomoże nam znaleźć problem. Jeśli nie wiesz, zostaw to pole puste.
    .check = Najbliższy kod pocztowy

details = Czy jest coś jeszcze, o czym powinniśmy wiedzieć?
    .hint = Na przykład, jak duża jest dziura albo na czym jest graffiti.
    .check = Więcej informacji

email = Jaki jest Twój adres e-mail?
    .hint = Użyjemy go tylko po to, aby dać Ci znać, gdy zajmiemy się problemem.
    .check = Adres e-mail
