# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Ammaan, faallooyin iyo cabashooyin
summary = Noo sheeg waxa aan si fiican u qabannay ama waxa aan si ka wanaagsan u qaban karno
next-steps = Waad ku mahadsan tahay ra'yigaaga. Haddii aad codsatay jawaab, waxaan isku daynaa inaan kuu jawaabno 10 maalmood oo shaqo gudahood. Haddii aan u baahanno wakhti dheeraad ah si aan u baarno cabasho, waxaan kuu sheegi doonnaa sababta iyo goorta aad filan karto jawaab buuxda.

feedback-type = Maxaad jeclaan lahayd inaad noo gudbiso?
    .check = Nooca ra'yiga
    .opt-compliment = Ammaan
    .opt-comment = Faallo ama talo
    .opt-complaint = Cabasho

service = Adeeggee buu ku saabsan yahay?
    .check = Adeegga
    .opt-waste = Biinanka iyo dib-u-warshadaynta
    .opt-streets = Waddooyinka iyo jidadka
    .opt-housing = Guryaha kawnsalka (council housing)
    .opt-council-tax = Canshuurta kawnsalka (council tax)
    .opt-libraries = Maktabadaha
    .opt-other = Wax kale

what-happened = Maxaa dhacay?
    .hint = Ku dar taariikhaha, meelaha iyo magacyada shaqaalaha haddii aad taqaanno.
    .check = Waxa dhacay

put-right = Maxaa arrinta saxi lahaa?
    .hint = Noo sheeg waxaad jeclaan lahayd inaan samayno.
    .check = Waxa arrinta saxi lahaa

reply = Ma rabtaa jawaab?
    .hint = Haddii aad rabto, waxaan ku weydiin doonnaa magacaaga iyo ciwaan iimayl ama lambar taleefan.
    .check = Jawaab la rabo

name = Waa maxay magacaagu?
    .check = Magaca

email = Waa maxay ciwaanka iimaylkaaga?
    .hint = Haddii aad na siiso ciwaan iimayl, waxaan kuugu jawaabi doonnaa iimayl.
    .check = Ciwaanka iimaylka

phone = Waa maxay lambarka taleefankaaga?
    .hint = Haddii aadan na siin ciwaan iimayl, waxaan kuu soo wici doonnaa.
    .check = Lambarka taleefanka
