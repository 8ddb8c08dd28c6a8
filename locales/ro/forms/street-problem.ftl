# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Semnalați o problemă pe stradă
summary = Spuneți-ne despre o groapă în drum, graffiti, gunoi aruncat ilegal sau mizerie lăsată de câini
next-steps = Vom verifica problema și vom decide ce facem. De obicei, ștergem graffiti-urile jignitoare în 1 zi lucrătoare și strângem gunoiul aruncat ilegal în 5 zile lucrătoare. Dacă ne-ați dat adresa de e-mail, vă vom scrie când am rezolvat problema.

problem = Care este problema?
    .check = Problema
    .opt-pothole = Groapă în drum
    .opt-graffiti = Graffiti
    .opt-fly-tipping = Gunoi aruncat ilegal (fly-tipping)
    .opt-dog-fouling = Excremente de câine

offensive = Este graffiti-ul jignitor?
    .hint = De exemplu, cuvinte sau imagini rasiste, sexuale sau amenințătoare.
    .check = Graffiti jignitor

dumped-items = Ce s-a aruncat?
    .hint = Alegeți toate variantele potrivite. Nu atingeți și nu mutați nimic.
    .check = Ce s-a aruncat
    .opt-bags = Saci cu gunoi
    .opt-furniture = Mobilă
    .opt-mattress = Saltele
    .opt-electrical = Frigidere, televizoare sau alte aparate electrice
    .opt-building-waste = Moloz sau obiecte scoase din baie și bucătărie
    .opt-garden-waste = Deșeuri din grădină
    .opt-tyres = Anvelope
    .opt-hazardous = Ceva ce ar putea fi periculos, de exemplu ace de seringă, substanțe chimice sau azbest
    .opt-other = Altceva

location = Unde este problema?
    .hint = De exemplu, în fața numărului 12 de pe High Street sau lângă stația de autobuz de pe Mill Lane.
    .check = Locul

postcode = Care este codul poștal (postcode) al celei mai apropiate adrese?
    .hint = Ne ajută să găsim problema. Lăsați gol dacă nu știți.
    .check = Cel mai apropiat cod poștal

details = Mai este ceva ce ar trebui să știm?
    .hint = De exemplu, cât de mare este groapa sau pe ce este făcut graffiti-ul.
    .check = Alte detalii

email = Care este adresa dumneavoastră de e-mail?
    .hint = O vom folosi doar ca să vă anunțăm când am rezolvat problema.
    .check = Adresa de e-mail
