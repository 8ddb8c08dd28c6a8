# Status: draft awaiting review by a native speaker (machine-assisted translation)
# The queue board and its spoken calls. Every message here must exist in every locale (a test
# enforces it). Spoken messages go to espeak-ng: { $ticket } is the letters, said as letters, then
# the number as a number ("A 42"), so write it as a number is written in running text, never
# spelled out.

## Services: one per [queue] service id, queue-service-<id>
queue-service-housing = आवास
queue-service-council-tax = काउंसिल टैक्स
queue-service-general = सामान्य पूछताछ

## The board
queue-board-now-calling = अब बुलाया जा रहा है
queue-board-counter = काउंटर { $counter }
queue-board-recall = दोबारा बुलावा
queue-board-last-calls = पिछले बुलावे
queue-board-services = अभी प्रतीक्षा में
queue-board-waiting = { $count } प्रतीक्षा में
queue-board-wait = { $minutes ->
    [0] कोई प्रतीक्षा नहीं
   *[other] लगभग { $minutes } मिनट
}
queue-board-no-calls = कृपया अपनी बारी की प्रतीक्षा करें
queue-board-offline = कतार से कनेक्शन टूट गया, फिर से जोड़ा जा रहा है। दिखाए गए बुलावे पुराने हो सकते हैं।
queue-board-connecting = कतार से जोड़ा जा रहा है…

## The board: a service no open counter serves, and a board that cannot be heard
queue-board-no-counter = अभी कोई काउंटर खुला नहीं है
queue-board-silent = इस समय बुलावे बोलकर नहीं सुनाए जा रहे हैं। कृपया अपने नंबर के लिए यह स्क्रीन देखते रहें।

## Spoken
queue-speech-call = { $ticket }, काउंटर { $counter }।
queue-speech-recall = { $ticket }, काउंटर { $counter }, दोबारा।

## Opening hours
# Draft: the weekday and date wording awaits a native speaker's review.
# The board outside the site's opening hours ($when, $time, $date as in kiosk.ftl).
queue-board-closed = बंद है
queue-board-closed-opens = { $when ->
    [today] बंद है, आज { $time } बजे खुलेगा
    [tomorrow] बंद है, कल { $time } बजे खुलेगा
    [monday] बंद है, सोमवार को { $time } बजे खुलेगा
    [tuesday] बंद है, मंगलवार को { $time } बजे खुलेगा
    [wednesday] बंद है, बुधवार को { $time } बजे खुलेगा
    [thursday] बंद है, गुरुवार को { $time } बजे खुलेगा
    [friday] बंद है, शुक्रवार को { $time } बजे खुलेगा
    [saturday] बंद है, शनिवार को { $time } बजे खुलेगा
    [sunday] बंद है, रविवार को { $time } बजे खुलेगा
   *[date] बंद है, { $date } को { $time } बजे खुलेगा
}

## Mobile ticket page
mobile-page-title = टिकट { $ticket }
mobile-your-number = आपका नंबर
mobile-next = अगली बारी आपकी है
mobile-position = कतार में आप { $position } नंबर पर हैं
mobile-wait = { $minutes ->
    [0] किसी भी पल
   *[other] लगभग { $minutes } मिनट
}
mobile-no-counter = अभी कोई काउंटर खुला नहीं है
mobile-then = इसके बाद: { $service }
mobile-called = आपकी बारी: काउंटर { $counter } पर जाएँ
mobile-recalled = आपकी बारी: काउंटर { $counter } पर जाएँ, दोबारा
mobile-serving = काउंटर { $counter } पर आपकी सहायता की जा रही है
mobile-parked = कृपया पास ही रहें: कर्मचारी आपको फिर से बुलाएँगे।
mobile-done = सब हो गया। आने के लिए धन्यवाद।
mobile-missed = आपको बुलाया गया था, पर आप नहीं आए। कृपया रिसेप्शन पर पूछें।
mobile-stale = यह पेज पुराना हो सकता है। कृपया स्क्रीन देखें या रिसेप्शन पर पूछें।
mobile-more-time = मुझे और समय चाहिए
mobile-more-time-hint = इससे आप { $places } स्थान पीछे चले जाएँगे। आप इसे केवल एक बार इस्तेमाल कर सकते हैं।
mobile-more-time-used = आपने और समय माँगा है

## Board: several services

# Under a called ticket whose visit goes on to another service: the next service's name.
queue-board-then = फिर { $service }
