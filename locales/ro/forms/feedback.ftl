# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Aprecieri, comentarii și reclamații
summary = Spuneți-ne ce am făcut bine sau ce am putea face mai bine
next-steps = Vă mulțumim pentru părerea dumneavoastră. Dacă ați cerut un răspuns, ne străduim să vă răspundem în 10 zile lucrătoare. Dacă avem nevoie de mai mult timp pentru a cerceta o reclamație, vă vom spune de ce și când puteți aștepta un răspuns complet.

feedback-type = Ce doriți să ne transmiteți?
    .check = Tipul mesajului
    .opt-compliment = O apreciere
    .opt-comment = Un comentariu sau o sugestie
    .opt-complaint = O reclamație

service = La ce serviciu se referă?
    .check = Serviciul
    .opt-waste = Gunoi și reciclare
    .opt-streets = Drumuri și străzi
    .opt-housing = Locuințe de la consiliu (council housing)
    .opt-council-tax = Taxa locală (council tax)
    .opt-libraries = Biblioteci
    .opt-other = Altceva

what-happened = Ce s-a întâmplat?
    .hint = Scrieți datele, locurile și numele angajaților, dacă le știți.
    .check = Ce s-a întâmplat

put-right = Ce ar rezolva problema?
    .hint = Spuneți-ne ce ați dori să facem.
    .check = Ce ar rezolva problema

reply = Doriți un răspuns?
    .hint = Dacă da, vă vom cere numele și o adresă de e-mail sau un număr de telefon.
    .check = Doresc răspuns

name = Cum vă numiți?
    .check = Nume

email = Care este adresa dumneavoastră de e-mail?
    .hint = Dacă ne dați o adresă de e-mail, vă vom răspunde prin e-mail.
    .check = Adresa de e-mail

phone = Care este numărul dumneavoastră de telefon?
    .hint = Dacă nu ne dați o adresă de e-mail, vă vom suna.
    .check = Număr de telefon
