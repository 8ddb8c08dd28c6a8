# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Înscrieți-vă la bibliotecă
summary = Primiți gratuit un permis de bibliotecă, ca să împrumutați cărți, să folosiți calculatoarele și multe altele
next-steps = Veniți cu numărul de referință la ghișeul bibliotecii și aduceți o dovadă a adresei, de exemplu o factură recentă sau un extras de cont bancar. Vă vom da permisul de bibliotecă. Copiii sub 16 ani trebuie să vină cu un părinte sau cu persoana care îi îngrijește.

first-name = Care este prenumele dumneavoastră?
    .check = Prenume

last-name = Care este numele dumneavoastră de familie?
    .check = Nume de familie

date-of-birth = Care este data dumneavoastră de naștere?
    .check = Data nașterii

address = Care este adresa dumneavoastră?
    .check = Adresa

email = Care este adresa dumneavoastră de e-mail?
    .hint = O vom folosi ca să vă amintim când trebuie să returnați ce ați împrumutat.
    .check = Adresa de e-mail

phone = Care este numărul dumneavoastră de telefon?
    .hint = Îl vom folosi ca să vă anunțăm când sunt gata lucrurile pe care le-ați rezervat.
    .check = Număr de telefon

terms = Sunt de acord cu termenii și condițiile bibliotecii
    .hint = Răspundeți pentru tot ce se împrumută pe permisul dumneavoastră. Anunțați-ne imediat dacă pierdeți permisul sau vă mutați. Personalul vă poate da o copie completă a termenilor.
    .check = Termenii bibliotecii
