# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Soo sheeg dayactir loo baahan yahay gurigaaga kawnsalka
summary = Noo sheeg dayactir loo baahan yahay guriga aad ka kiraysato kawnsalka (council)
next-steps = Waxaan kuu soo wici doonnaa si aan u ballansanno wakhti aan imaanno. Xaaladaha degdegga ah, waxaan isku daynaa inaan khatarta ka saarno 24 saacadood gudahood. Dayactirrada muhiimka ah waxaan isku daynaa inaan samayno 5 maalmood oo shaqo gudahood, dayactirrada caadiga ahna 28 maalmood gudahood. Haddii dhibaatadu sii xumaato, wac kooxdayada dayactirka.

area = Xaggee dhibaatadu ku jirtaa?
    .check = Meesha
    .opt-kitchen = Jikada
    .opt-bathroom = Musqusha ama suuliga
    .opt-heating-hot-water = Kuleyliyaha ama biyaha kulul
    .opt-electrics = Korontada, nalalka ama fiishashka (sockets)
    .opt-doors-windows = Albaabada ama daaqadaha
    .opt-roof-gutters = Saqafka ama biyo-mareennada saqafka
    .opt-damp-mould = Qoyaan ama caaryaan
    .opt-other = Meel kale

urgency = Dayactirku intee buu degdeg yahay?
    .hint = Haddii ay khatar ku jirto caafimaadka ama badbaadada qof, ama gurigaaga, dooro "Xaalad degdeg ah", sidoo kalena hadda wac khadkayaga dayactirka degdegga ah. Shaqaaluhu waxay ku siin karaan lambarka. Haddii aad urto gaas, ka bax gurigaaga oo wac adeegga gaaska degdegga ah (National Gas Emergency Service) 0800 111 999.
    .check = Heerka degdegga
    .opt-emergency-danger = Xaalad degdeg ah: khatar ayaa ku jirta dadka ama gurigaaga, sida biyo fatahay, fiilooyin koronto oo qaawan ama kuleyl la'aan marka uu qabow yahay
    .opt-urgent = Muhiim: waxay kuu keenaysaa dhibaato dhab ah, sida suuli xiran ama biyo kulul oo la'aan ah
    .opt-routine = Caadi: waa in la hagaajiyaa laakiin way sugi kartaa, sida qasabad biyo ka tiftiqaysa ama albaab dhegaya

problem-description = Sharax dhibaatada
    .hint = Noo sheeg waxa khaldan, meesha uu ku yaal iyo goorta uu bilaabmay.
    .check = Dhibaatada

address = Waa maxay ciwaanka gurigaaga?
    .check = Ciwaanka

access = Goorma ayaan gurigaaga soo geli karnaa?
    .hint = Dooro dhammaan kuwa ku habboon.
    .check = Goorta la soo geli karo
    .opt-weekday-mornings = Isniin ilaa Jimce, subaxdii (8:00 ilaa 12:00 duhurnimo)
    .opt-weekday-afternoons = Isniin ilaa Jimce, galabtii (12:00 duhurnimo ilaa 17:00)
    .opt-saturday-mornings = Sabtida, subaxdii (8:00 ilaa 12:00 duhurnimo)

phone = Waa maxay lambarka taleefankaaga?
    .hint = Waxaan kuu soo wici doonnaa si aan u ballansanno booqasho.
    .check = Lambarka taleefanka
