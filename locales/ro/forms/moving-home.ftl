# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Anunțați-ne că v-ați mutat
summary = Actualizați datele pentru council tax (taxa locală) când vă mutați în zona noastră, plecați din ea sau vă mutați în cadrul ei
next-steps = Vom închide contul de council tax pentru vechea adresă și vom deschide unul pentru noua adresă, dacă aceasta este în zona noastră. În 2 săptămâni vă vom trimite o factură finală și, dacă este nevoie, o factură nouă. Continuați să plătiți ratele până când primiți aceste facturi.

old-address = Care era adresa dumneavoastră veche?
    .check = Adresa veche

moved-out-date = Când v-ați mutat de la adresa veche?
    .hint = Este ziua în care s-a încheiat contractul de închiriere sau din care nu ați mai locuit acolo.
    .check = Data mutării de la adresa veche

new-address = Care este adresa dumneavoastră nouă?
    .check = Adresa nouă

moved-in-date = Când v-ați mutat la adresa nouă?
    .hint = Este ziua în care a început contractul de închiriere sau din care ați început să locuiți acolo.
    .check = Data mutării la adresa nouă

only-adult = Sunteți singura persoană adultă care locuiește la adresa nouă?
    .hint = Numărați doar persoanele de 18 ani sau mai mult. Dacă nu mai locuiește niciun alt adult cu dumneavoastră, puteți primi o reducere de 25% la council tax.
    .check = Singura persoană adultă la adresa nouă

adults = Câte persoane adulte locuiesc la adresa nouă, inclusiv dumneavoastră?
    .hint = Numărați doar persoanele de 18 ani sau mai mult.
    .check = Numărul de persoane adulte la adresa nouă

full-name = Care este numele dumneavoastră complet?
    .check = Nume complet

email = Care este adresa dumneavoastră de e-mail?
    .hint = Dați-ne o adresă de e-mail sau un număr de telefon, ca să vă putem contacta dacă avem o întrebare.
    .check = Adresa de e-mail

phone = Care este numărul dumneavoastră de telefon?
    .check = Număr de telefon

declaration = Confirm că informațiile pe care le-am dat sunt adevărate și complete
    .hint = Dacă dați informații false, s-ar putea să plătiți o amendă sau să ajungeți în instanță.
    .check = Declarație
