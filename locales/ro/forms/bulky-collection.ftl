# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Programați ridicarea unor obiecte mari
summary = Cereți-ne să ridicăm până la 3 obiecte mari din casă, de exemplu o canapea sau un frigider
next-steps = Vă vom trimite data ridicării. În ziua respectivă, până la ora 7 dimineața, scoateți obiectele afară, dar pe proprietatea dumneavoastră, într-un loc unde putem ajunge ușor la ele. Nu le lăsați pe trotuar sau pe stradă.

items = Ce doriți să ridicăm?
    .hint = Alegeți cel mult 3 obiecte. Dacă aveți mai multe, va trebui să faceți o altă programare.
    .check = Obiecte
    .opt-sofa = Canapea
    .opt-armchair = Fotoliu
    .opt-mattress = Saltea
    .opt-bed-frame = Cadru de pat
    .opt-fridge-freezer = Frigider sau congelator
    .opt-washing-machine = Mașină de spălat
    .opt-table = Masă
    .opt-wardrobe = Șifonier
    .opt-other = Altceva

address = La ce adresă să venim să ridicăm obiectele?
    .check = Adresa de ridicare

contact-method = Cum doriți să vă anunțăm data ridicării?
    .check = Anunțați-mi data prin
    .opt-sms = Mesaj text (SMS)
    .opt-email = E-mail

phone = Care este numărul dumneavoastră de telefon mobil?
    .hint = Vă vom trimite data ridicării prin SMS la acest număr.
    .check = Număr de mobil

email = Care este adresa dumneavoastră de e-mail?
    .hint = Vă vom trimite data ridicării prin e-mail la această adresă.
    .check = Adresa de e-mail

preferred-date = Există o dată care vă convine cel mai mult?
    .hint = Vom încerca să venim în această dată, dar nu putem promite. Data trebuie să fie la cel puțin 2 zile de azi și la cel mult 60 de zile de azi.
    .check = Data preferată
