# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Soo sheeg dhibaato waddada ah
summary = Noo sheeg god waddada ku yaal, graffiti, qashin si sharci darro ah loo tuuray ama saxarada eeyaha
next-steps = Waxaan baari doonnaa dhibaatada oo go'aamin doonnaa waxa la samaynayo. Inta badan graffiti-ga aflagaadada ah waxaan ka saarnaa 1 maalin shaqo gudaheed, qashinka si sharci darro ah loo tuurayna 5 maalmood oo shaqo gudahood. Haddii aad na siisay ciwaanka iimaylkaaga, waxaan kuu soo diri doonnaa iimayl marka aan xallinno.

problem = Waa maxay dhibaatadu?
    .check = Dhibaatada
    .opt-pothole = God waddada ku yaal
    .opt-graffiti = Graffiti (qoraal ama sawir darbiga lagu xarriiqay)
    .opt-fly-tipping = Qashin si sharci darro ah loo tuuray (fly-tipping)
    .opt-dog-fouling = Saxarada eeyaha

offensive = Graffiti-gu ma yahay mid aflagaado ah?
    .hint = Tusaale ahaan, erayo ama sawirro cunsuriyad ah, galmo ah ama hanjabaad ah.
    .check = Graffiti aflagaado ah

dumped-items = Maxaa la tuuray?
    .hint = Dooro dhammaan kuwa ku habboon. Waxba ha taaban, waxna ha dhaqaajin.
    .check = Waxa la tuuray
    .opt-bags = Bacaha qashinka
    .opt-furniture = Alaabta guriga (fadhi, miis iwm.)
    .opt-mattress = Furaashyo
    .opt-electrical = Talaajado, TV-yo ama qalab kale oo koronto ah
    .opt-building-waste = Burburka dhismaha ama qalabka musqusha iyo jikada
    .opt-garden-waste = Qashinka beerta
    .opt-tyres = Taayirro
    .opt-hazardous = Wax khatar noqon kara, sida irbado, kiimikooyin ama asbestos
    .opt-other = Wax kale

location = Xaggee dhibaatadu ku jirtaa?
    .hint = Tusaale ahaan, hortiisa 12 High Street, ama boosteejada baska ee Mill Lane agteeda.
    .check = Goobta

postcode = Waa maxay koodhka boostada (postcode) ee ciwaanka ugu dhow?
    .hint = Tani waxay naga caawinaysaa inaan helno dhibaatada. Banaan uga tag haddii aadan garanayn.
    .check = Koodhka boostada ee ugu dhow

details = Ma jiraan wax kale oo ay tahay inaan ogaanno?
    .hint = Tusaale ahaan, inta uu le'eg yahay godku ama waxa graffiti-ga lagu sameeyay.
    .check = Faahfaahin dheeraad ah

email = Waa maxay ciwaanka iimaylkaaga?
    .hint = Tan waxaan u isticmaali doonnaa oo keliya si aan kuugu sheegno marka aan xallinno dhibaatada.
    .check = Ciwaanka iimaylka
