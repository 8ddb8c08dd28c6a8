# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Noo sheeg inaad guurtay
summary = Cusboonaysii canshuurta kawnsalka (council tax) markaad u soo guurto deegaankayaga, ka guurto, ama gudihiisa ku guurto
next-steps = Waxaan xiri doonnaa akoonkaaga canshuurta kawnsalka ee ciwaankaagii hore, waxaana kuu furi doonnaa mid cusub oo ciwaankaaga cusub ah haddii uu ku yaal deegaankayaga. 2 toddobaad gudahood waxaan kuu soo diri doonnaa biilka ugu dambeeya iyo, haddii loo baahdo, biil cusub. Sii wad bixinta qaybaha lacagta (instalments) ilaa aad ka hesho biilashaas.

old-address = Waa maxay ciwaankaagii hore?
    .check = Ciwaankii hore

moved-out-date = Goorma ayaad ka guurtay?
    .hint = Tani waa maalinta uu dhammaaday heshiiska kiradaadu ama aad joojisay inaad halkaas ku noolaato.
    .check = Taariikhda aad ka guurtay

new-address = Waa maxay ciwaankaaga cusub?
    .check = Ciwaanka cusub

moved-in-date = Goorma ayaad u soo guurtay?
    .hint = Tani waa maalinta uu bilaabmay heshiiska kiradaadu ama aad bilowday inaad halkaas ku noolaato.
    .check = Taariikhda aad u soo guurtay

only-adult = Ma adigaa qofka weyn ee keliya ee ku nool ciwaankaaga cusub?
    .hint = Tiri oo keliya dadka da'doodu tahay 18 sano ama ka weyn. Haddii aad keligaa ku nooshahay, waxaa laga yaabaa inaad hesho 25% dhimis ah oo canshuurta kawnsalka ah.
    .check = Qofka weyn ee keliya ee ciwaanka cusub

adults = Immisa qof oo waaweyn ayaa ku nool ciwaankaaga cusub, adiga oo ku jira?
    .hint = Tiri oo keliya dadka da'doodu tahay 18 sano ama ka weyn.
    .check = Dadka waaweyn ee ciwaanka cusub

full-name = Waa maxay magacaaga oo buuxa?
    .check = Magaca oo buuxa

email = Waa maxay ciwaanka iimaylkaaga?
    .hint = Na sii ciwaan iimayl ama lambar taleefan si aan kuula soo xiriirno haddii aan su'aal qabno.
    .check = Ciwaanka iimaylka

phone = Waa maxay lambarka taleefankaaga?
    .check = Lambarka taleefanka

declaration = Waxaan xaqiijinayaa in macluumaadka aan bixiyey ay run yihiin oo dhammaystiran yihiin
    .hint = Haddii aad bixiso macluumaad been ah, waxaa laga yaabaa inaad bixiso ganaax ama laguu qaado maxkamad.
    .check = Caddayn
