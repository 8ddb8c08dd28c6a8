# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Semnalați o pubelă care nu a fost golită
summary = Spuneți-ne dacă nu v-am golit pubela în ziua de colectare
next-steps = Ne străduim să golim pubelele uitate în 2 zile lucrătoare. Lăsați pubela afară până când o golim. Nu mai trebuie să faceți nimic altceva.

bin-type = Ce pubelă nu am golit?
    .hint = Alegeți una. Dacă nu am golit mai multe pubele, trimiteți câte o sesizare pentru fiecare pubelă.
    .check = Pubela
    .opt-general = Deșeuri generale (pubela neagră)
    .opt-recycling = Reciclare (pubela albastră)
    .opt-garden = Deșeuri din grădină (pubela verde)
    .opt-food = Resturi de mâncare (găletușa mică, caddy)

address = Care este adresa?
    .check = Adresa

bin-out-by-7am = Ați scos pubela afară până la ora 7 dimineața în ziua de colectare?
    .hint = Pubelele trebuie să fie la marginea proprietății, cu capacul închis, până la ora 7 dimineața.
    .check = Pubela scoasă până la ora 7

details = Mai este ceva ce ar trebui să știm?
    .hint = De exemplu, unde lăsați pubela sau dacă drumul era blocat.
    .check = Alte detalii
