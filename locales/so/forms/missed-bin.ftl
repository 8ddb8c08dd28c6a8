# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Soo sheeg biin aan la faaruqin
summary = Noo sheeg haddii aynaan faaruqin biinkaaga maalinta qashinka laga qaado
next-steps = Waxaan isku daynaa inaan faaruqinno biinanka la dhaafay 2 maalmood oo shaqo gudahood. Biinkaaga banaanka ku dhaaf ilaa aan ka faaruqinno. Wax kale uma baahnid inaad samayso.

bin-type = Biinkee baan dhaafnay?
    .hint = Dooro mid. Haddii aan dhaafnay wax ka badan hal biin, biin kasta warbixin gaar ah u dir.
    .check = Biinka
    .opt-general = Qashinka guud (biinka madow)
    .opt-recycling = Dib-u-warshadaynta (biinka buluugga ah)
    .opt-garden = Qashinka beerta (biinka cagaaran)
    .opt-food = Haraaga cuntada (weelka yar ee cuntada, caddy)

address = Waa maxay ciwaanku?
    .check = Ciwaanka

bin-out-by-7am = Biinkaagu ma yaallay banaanka ugu dambayn 7:00 subaxnimo maalinta qashinka la qaado?
    .hint = Biinanku waa inay yaallaan cidhifka dhulkaaga, daboolkuna xiran yahay, ugu dambayn 7:00 subaxnimo.
    .check = Biinka banaanka ma yaallay 7:00 subaxnimo

details = Ma jiraan wax kale oo ay tahay inaan ogaanno?
    .hint = Tusaale ahaan, meesha aad biinka dhigto ama haddii waddada la xiray.
    .check = Faahfaahin dheeraad ah
