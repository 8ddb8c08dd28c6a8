# Status: draft awaiting review by a native speaker (machine-assisted translation)
title = Ballan u qabso qaadista alaab waaweyn
summary = Naga codso inaan kaa qaadno ilaa 3 alaab oo waaweyn oo guriga ah, sida fadhi (sofa) ama talaajad
next-steps = Waxaan kuu soo diri doonnaa taariikhda qaadista. Maalintaas, ugu dambayn 7:00 subaxnimo, alaabta dhig banaanka guriga, gudaha dhulkaaga, meel aan si fudud u gaari karno. Ha dhigin jidka dadka lugaynaya ama waddada.

items = Maxaad rabtaa inaan kaa qaadno?
    .hint = Dooro ilaa 3 alaab. Haddii aad leedahay wax ka badan, waxaad u baahan doontaa inaad samayso ballan kale.
    .check = Alaabta
    .opt-sofa = Fadhi (sofa)
    .opt-armchair = Kursi gacmo leh
    .opt-mattress = Furaash
    .opt-bed-frame = Jirka sariirta
    .opt-fridge-freezer = Talaajad ama barafeeye (freezer)
    .opt-washing-machine = Mashiinka dharka lagu dhaqo
    .opt-table = Miis
    .opt-wardrobe = Armaajada dharka
    .opt-other = Wax kale

address = Waa maxay ciwaanka alaabta laga qaadayo?
    .check = Ciwaanka qaadista

contact-method = Sidee baan kuugu sheegnaa taariikhda qaadista?
    .check = Taariikhda iigu sheeg
    .opt-sms = Fariin qoraal ah (SMS)
    .opt-email = Iimayl

phone = Waa maxay lambarka taleefankaaga gacanta (mobile)?
    .hint = Taariikhda qaadista waxaan fariin qoraal ah ugu soo diri doonnaa lambarkan.
    .check = Lambarka mobilka

email = Waa maxay ciwaanka iimaylkaaga?
    .hint = Taariikhda qaadista waxaan iimayl ugu soo diri doonnaa ciwaankan.
    .check = Ciwaanka iimaylka

preferred-date = Ma jirtaa taariikh kuugu habboon?
    .hint = Waxaan isku dayi doonnaa inaan alaabta qaadno taariikhdaas, laakiin ma ballan qaadi karno. Taariikhdu waa inay maanta ka dambaysaa ugu yaraan 2 maalmood, kana fogaan 60 maalmood.
    .check = Taariikhda aad doorbidayso
