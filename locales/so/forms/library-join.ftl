# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Ku biir maktabadda
summary = Hel kaar maktabadeed oo bilaash ah si aad buugaag u amaahato, u isticmaasho kombiyuutarada iyo wax kale
next-steps = Lambarkaaga tixraaca u keen miiska maktabadda, adigoo wata caddayn ciwaankaaga, sida biil dhowaan yimid ama warbixinta bangiga (bank statement). Waxaan ku siin doonnaa kaarkaaga maktabadda. Carruurta ka yar 16 sano waa inay la socdaan waalid ama qof daryeela.

first-name = Waa maxay magacaaga koowaad?
    .check = Magaca koowaad

last-name = Waa maxay magacaaga dambe (magaca qoyska)?
    .check = Magaca dambe

date-of-birth = Waa maxay taariikhda dhalashadaada?
    .check = Taariikhda dhalashada

address = Waa maxay ciwaankaaga?
    .check = Ciwaanka

email = Waa maxay ciwaanka iimaylkaaga?
    .hint = Tan waxaan u isticmaali doonnaa si aan kuu xusuusino marka ay tahay inaad soo celiso waxyaabaha aad amaahatay.
    .check = Ciwaanka iimaylka

phone = Waa maxay lambarka taleefankaaga?
    .hint = Tan waxaan u isticmaali doonnaa si aan kuu ogeysiino marka waxyaabaha aad dalbatay (reserve) ay diyaar yihiin.
    .check = Lambarka taleefanka

terms = Waan ogolahay shuruudaha iyo xaaladaha maktabadda
    .hint = Adiga ayaa mas'uul ka ah wax kasta oo lagu amaahdo kaarkaaga. Isla markiiba noo sheeg haddii kaarkaagu kaa lumo ama aad guurto. Shaqaaluhu waxay ku siin karaan nuqul ka mid ah shuruudaha oo dhammaystiran.
    .check = Shuruudaha maktabadda
