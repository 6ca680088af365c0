## Fieldbook — नेपाली सूची. प्रयोगकर्ताले देख्ने हरेक पाठ यहीँ छ (UI, CLI, त्रुटि सन्देश)।
## सन्देशका id हरू सबै भाषामा एउटै हुन्छन्; कुनै भाषामा कुनै id छुटेको छैन भनेर परीक्षणले जाँच्छ।

app-name = Fieldbook
app-tagline = सामाजिक आन्दोलनहरूसँग सुन्ने सत्र, इन्टरनेट बिना पनि सुरक्षित।
language = भाषा

## खोल्ने र नयाँ बनाउने
unlock-title = Fieldbook खोल्नुहोस्
unlock-lead = तपाईंका टिपोटहरू यस कम्प्युटरमा इन्क्रिप्ट गरेर राखिएका छन्। तिनलाई खोल्न पासफ्रेज लेख्नुहोस्।
unlock-passphrase = पासफ्रेज
unlock-button = खोल्नुहोस्
unlock-working = खोल्दै…
create-title = आफ्नो Fieldbook बनाउनुहोस्
create-lead = तपाईंले राख्ने सबै कुरा यस कम्प्युटरमा पासफ्रेजले इन्क्रिप्ट गरिन्छ। आफूले याद राख्न सक्ने पासफ्रेज छान्नुहोस्: बिर्सनुभयो भने यो फेरि पाउन सकिँदैन।
create-passphrase = नयाँ पासफ्रेज
create-confirm = पासफ्रेज फेरि लेख्नुहोस्
create-hint = कम्तीमा { $min } अक्षर। एकअर्कासँग सम्बन्ध नभएका केही शब्द याद गर्न सजिलो र अनुमान गर्न गाह्रो हुन्छन्।
create-button = बनाउनुहोस् र खोल्नुहोस्
create-mismatch = दुईवटा पासफ्रेज एउटै छैनन्।
lock-button = ताल्चा लगाउनुहोस्
data-folder = डेटा फोल्डर: { $path }

## मुख्य भागहरू
nav-sessions = सत्रहरू
nav-movements = आन्दोलनहरू
nav-guides = प्रश्नावलीहरू
keyboard-hint = किबोर्ड: Alt+1…7 भागहरू · Ctrl+Enter नयाँ वस्तु थप्ने · Ctrl+N नयाँ सत्र · / खोज्ने

## सेभको अवस्था
save-saving = सेभ हुँदैछ…
save-saved = सबै परिवर्तन सेभ भए
save-saved-at = { $time } मा सेभ भयो
save-failed = सेभ भएन: { $reason }

## सत्रहरूको सूची
sessions-title = सुन्ने सत्रहरू
sessions-new = नयाँ सत्र
sessions-search = सत्र खोज्नुहोस्
sessions-filter-movement = सबै आन्दोलन
sessions-filter-status = जुनसुकै अवस्था
sessions-empty = अहिलेसम्म कुनै सुन्ने सत्र छैन। सुनेर सुरु गरौँ: पहिलो सत्र बनाउनुहोस्।
sessions-none-match = यी फिल्टरसँग मिल्ने कुनै सत्र छैन।
sessions-count = { $count ->
    [one] एउटा सत्र
   *[other] { $count } सत्र
}
col-date = मिति
col-title = शीर्षक
col-movements = आन्दोलनहरू
col-place = ठाउँ
col-participants = मानिस
col-status = अवस्था
untitled-session = शीर्षक नभएको सत्र

## सत्रको अवस्था
status-draft = मस्यौदा
status-reviewed = जाँच गरिएको
status-shared_back = फिर्ता साझा गरिएको

## सत्र सम्पादन
session-back = सबै सत्र
session-delete = सत्र मेटाउनुहोस्
session-delete-confirm = यो सत्र र यसमा राखिएका सबै कुरा मेटाउने हो?
section-details = मुख्य विवरण
section-participants = सहभागीहरू
section-questions = प्रश्न र टिपोट
section-priorities = प्राथमिकताहरू
section-risks = जोखिमहरू
section-support = सहमति भएको सहयोग
section-media = फोटो र रेकर्डिङ
media-lead = फ्लिपचार्ट, थोप्ला टाँसेर मत दिइएका बोर्ड, रेकर्डिङ, स्क्यान गरिएको सहमति फारम। यी पनि अरू सबै कुराजस्तै इन्क्रिप्ट गरिन्छन्; फोटो राख्नुअघि त्यसको स्थान र क्यामेराको विवरण हटाइन्छ। तपाईंले अर्को तह नछानेसम्म यी आन्तरिक हुन्छन्: मानिसहरू देखिने फोटोमा सीमित पहुँच भनी चिनो लगाउनुहोस्।
media-attach = फाइल संलग्न गर्नुहोस्
media-attaching = { $count ->
    [one] एउटा फाइल संलग्न गर्दै…
   *[other] { $count } फाइल संलग्न गर्दै…
}
media-empty = अहिलेसम्म केही पनि संलग्न गरिएको छैन।
media-drop-hint = तपाईं फाइलहरू यो विन्डोमा तानेर छाड्न पनि सक्नुहुन्छ।
media-max-side = फोटो सानो बनाउने आकार
media-max-side-original = मूल आकारमै राख्ने
media-max-side-px = { $px } पिक्सेल
media-view = फोटो हेर्नुहोस्
media-listen = सुन्नुहोस्
media-size = { $mb } MB
media-caption = छोटो विवरण
media-about = सम्बन्धित विषय
media-about-session = पूरै सत्र
media-in-summary = सारांशमा छाप्ने
media-in-summary-hint = फोटोको तहले अनुमति दिएका सारांश संस्करणमा मात्र यो फोटो छापिन्छ: सहभागीहरूलाई दिइने प्रतिमा राख्न “फिर्ता साझा” छान्नुहोस्।
media-save-copy = प्रति सेभ गर्नुहोस्…
media-saved-copy = { $file } को प्रति सेभ भयो।
media-limit-title = संलग्न फाइलहरू
media-limit-lead = संलग्न गर्न मिल्ने सबैभन्दा ठूलो फोटो, रेकर्डिङ वा PDF। सीमा ठूलो भयो भने USB स्टिक छिटो भरिन्छ।
media-limit-label = MB सम्म
media-limit-saved = { $mb } MB सम्मका फाइल संलग्न गर्न सकिन्छ।
field-title = शीर्षक
field-starts-at = मिति र समय
field-time-zone = समय क्षेत्र
field-place = ठाउँ
field-languages = बोलिएका भाषाहरू
field-languages-hint = अल्पविराम (,) ले छुट्याउनुहोस्, जस्तै नेपाली, मैथिली
field-facilitators = सहजकर्ताहरू
field-facilitators-hint = अल्पविराम (,) ले छुट्याउनुहोस्
field-movements = आन्दोलनहरू
field-status = अवस्था
field-notes = सत्रका टिपोटहरू
no-movements-yet = अहिलेसम्म कुनै आन्दोलन छैन: आन्दोलनहरू भागमा गएर थप्नुहोस्।

## सहभागीहरू
participants-lead = कसैले भनेको कुरा लेख्नुअघि उहाँको सहमति लेख्नुहोस्।
participant-add = सहभागी थप्नुहोस्
participant-name = नाम
participant-pseudonym = उपनाम
participant-aliases = अरू नाम र उपनामहरू
participant-aliases-hint = उहाँको नाम लेखिने अरू तरिका र बोलाइने उपनामहरू, अल्पविराम (,) ले छुट्याएर: नामजस्तै लेखिएको पाठमा खोजिन्छन्
mentions-found = यहाँ भेटिएका नामहरू:
mention-withheld = { $tier }: यो नाम जान नमिल्ने जुनसुकै ठाउँमा यो पाठ रोकिन्छ
mark-name = नामको रूपमा चिनो लगाउनुहोस्
mark-name-of = “{ $text }” कसको नाम हो?
mark-name-save = चिनो लगाउनुहोस्
mark-name-cancel = रद्द गर्नुहोस्
mark-name-none = पहिले सहभागी थप्नुहोस्, अनि उहाँको नाममा चिनो लगाउनुहोस्।
participant-organisation = संस्था वा समूह
participant-org-kind = समूहको प्रकार
org-kind-formal = औपचारिक
org-kind-informal = अनौपचारिक
participant-role = भूमिका
consent-record = टिपोट लिन सहमत
consent-quote = भनाइ उल्लेख गर्न मिल्छ
consent-named = साझा गरिने कागजातमा नाम खुलाउन मिल्छ
at-risk = जोखिममा
at-risk-hint = जोखिममा: साझा गरिने कुनै पनि कुरामा नाम कहिल्यै खुलाइँदैन।
participants-empty = अहिलेसम्म कुनै सहभागी छैन।
a-participant = एक सहभागी

## प्रश्न र भनाइ
questions-lead = पहिले सुन्नुहोस्: के कुरा गर्ने भन्ने आन्दोलनले तय गर्छ।
question-text = प्रश्न
question-answer = के भनियो
question-add = प्रश्न थप्नुहोस्
questions-from-guide = प्रश्नावलीबाट प्रश्न थप्नुहोस्
questions-from-guide-button = थप्नुहोस्
quote-add = भनाइ थप्नुहोस्
quote-text = भनाइ
quote-by = भन्ने व्यक्ति
quote-no-consent = (भनाइ उल्लेख गर्ने सहमति छैन)
questions-empty = अहिलेसम्म कुनै प्रश्न छैन।

## प्राथमिकताहरू
priority-add = प्राथमिकता थप्नुहोस्
priority-title = प्राथमिकता
priority-theme = विषय
priority-description = थप विवरण
priority-votes = मत
priority-vote-up = एक मत थप्नुहोस्
priority-vote-down = एक मत घटाउनुहोस्
move-up = माथि सार्नुहोस्
move-down = तल सार्नुहोस्
priorities-empty = अहिलेसम्म कुनै प्राथमिकता छैन।

## जोखिमहरू
risk-add = जोखिम थप्नुहोस्
risk-description = जोखिम
risk-affected = कसलाई असर पर्छ
risk-severity = गम्भीरता
severity-low = कम
severity-medium = मध्यम
severity-high = उच्च
risk-mitigation = जोखिम घटाउन सहमति भएका उपाय
risks-empty = कुनै जोखिम लेखिएको छैन।

## सहमति भएको सहयोग
support-add = सहयोग थप्नुहोस्
support-what = के
support-role = हाम्रो भूमिका
support-category = सहयोगको प्रकार
support-owner = जिम्मेवार को
support-due = अन्तिम मिति
support-status = अवस्था
support-requested = आन्दोलनले माग गरेको
supports-empty = अहिलेसम्म कुनै सहयोगमा सहमति भएको छैन।
role-convener = संयोजक
role-ally = सहयात्री
role-resource_partner = स्रोत साझेदार
role-amplifier = आवाज बुलन्द गर्ने
support-status-proposed = प्रस्ताव गरिएको
support-status-agreed = सहमति भएको
support-status-in_progress = काम भइरहेको
support-status-done = सकिएको
support-status-dropped = छाडिएको
value-institutional_capacity = संस्थागत क्षमता विकास
value-skills_training = सीप तालिम
value-research_documentation = अनुसन्धान र दस्तावेजीकरण
value-policy_analysis = नीति विश्लेषण र सूचनामा पहुँच
value-key_concepts = मुख्य अवधारणा बलियो बनाउने
value-cross_movement_spaces = विभिन्न आन्दोलनबीच साझा मञ्च
value-facilitating_advocacy = पैरवीमा सहजीकरण
value-mass_mobilisation = व्यापक जनपरिचालन
value-profile_media = पहिचान बढाउने र सञ्चारमाध्यम
value-funding_cost_sharing = आर्थिक सहयोग र लागत साझेदारी
value-legal_support = कानुनी सहयोग

## आन्दोलनहरू
movements-title = आन्दोलनहरू
movements-lead = तपाईंले सँगै काम गर्ने सामाजिक आन्दोलन र सञ्जालहरू।
movement-add = आन्दोलन थप्नुहोस्
movement-name = नाम
movement-country = देश
movement-region = क्षेत्र
movement-sector = कार्यक्षेत्र
movement-sector-hint = जस्तै घरेलु श्रमिक, महिला अधिकार, भूमि अधिकार, युवा
movement-description = विवरण
movements-empty = अहिलेसम्म कुनै आन्दोलन छैन।
movement-delete-confirm = यो आन्दोलन मेटाउने हो? सत्रहरूमा तिनका टिपोट रहिरहन्छन्।

## प्रश्नावलीहरू
guides-title = प्रश्नावलीहरू
guides-lead = सुन्ने सत्रमा सोधिने प्रश्नहरू। नयाँ सत्रले यी प्रश्न सार्छ; प्रश्नावली सम्पादन गर्दा पुराना सत्र कहिल्यै बदलिँदैनन्।
guide-add = नयाँ प्रश्नावली
guide-name = प्रश्नावलीको नाम
guide-language = भाषा
guide-question-add = प्रश्न थप्नुहोस्
guide-delete-confirm = यो प्रश्नावली मेटाउने हो? सत्रहरूमा सोधिएका प्रश्न रहिरहन्छन्।
guides-empty = कुनै प्रश्नावली छैन।

## साझा शब्दहरू
delete = मेटाउनुहोस्
cancel = रद्द गर्नुहोस्
confirm = पुष्टि गर्नुहोस्
loading = लोड हुँदैछ…
choose = छान्नुहोस्…
none = कुनै पनि होइन

## त्रुटिहरू (हरेक core त्रुटि कोडका लागि error-<code>)
error-wrong-passphrase = यो पासफ्रेजले यो Fieldbook खोल्दैन। किबोर्डको भाषा/लेआउट र Caps Lock जाँच्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-weak-passphrase = यो पासफ्रेज अनुमान गर्न धेरै सजिलो छ (वा { $min } अक्षरभन्दा छोटो छ)। एकअर्कासँग सम्बन्ध नभएका चार वा बढी शब्दको वाक्यांश प्रयोग गर्नुहोस्, जस्तै “नदी बत्ती सुन्तला छाता”: याद गर्न सजिलो, अनुमान गर्न गाह्रो। नाम, मिति र यो एपको नाम प्रयोग नगर्नुहोस्।
error-no-store = यहाँ अहिलेसम्म कुनै Fieldbook छैन। पहिले एउटा बनाउनुहोस्।
error-store-exists = यो फोल्डरमा पहिले नै एउटा Fieldbook छ। नयाँ नबनाई त्यसैलाई खोल्नुहोस्।
error-not-a-store = यो फाइल Fieldbook को डेटा भण्डार होइन, वा बिग्रिएको छ। ब्याकअप वा निर्यात गरिएको पोकोबाट फेरि ल्याउनुहोस्।
error-no-encryption = यो संस्करणले डेटा इन्क्रिप्ट गर्न सक्दैन, त्यसैले यसले केही पनि राख्दैन। आधिकारिक संस्करण इन्स्टल गर्नुहोस्।
error-not-found = त्यो रेकर्ड अब छैन। मेटाइएको हुन सक्छ।
error-unknown-field = भित्री त्रुटि: { $detail }
error-invalid-value = यो मान सेभ गर्न सकिँदैन: { $detail }
error-invalid-document = कागजात पढ्न सकिँदैन: { $detail }
error-disk-full = डिस्क भरिएकाले केही पनि सेभ भएन। केही ठाउँ खाली गर्नुहोस्; सेभ नहुन्जेल तपाईंले टाइप गरेको कुरा स्क्रिनमै रहन्छ।
error-media-too-large = { $name } { $mb } MB को छ; संलग्न फाइल बढीमा { $limit } MB को हुन सक्छ। यसलाई सानो बनाउनुहोस् (M4A वा Opus मा गरिएको रेकर्डिङले WAV को दशौँ भाग मात्र ठाउँ लिन्छ), वा सुरक्षा भागमा गएर सीमा बढाउनुहोस्।
error-media-not-what-it-says = { $name } को नामले { $claimed } फाइल जनाउँछ, तर यो { $found } फाइल हो, त्यसैले केही पनि संलग्न भएन। सही फाइल छान्नुभयो कि जाँच्नुहोस्।
error-media-unsupported = { $name } Fieldbook ले राख्न सक्ने फोटो, रेकर्डिङ वा PDF होइन। फोटोका लागि JPEG, PNG वा WebP प्रयोग गर्नुहोस् (JPEG का लागि फोनको क्यामेरा सेटिङमा “Most Compatible” छान्नुहोस्), रेकर्डिङका लागि MP3, M4A, Ogg, Opus, WAV, FLAC वा WebM, नत्र PDF।
error-media-damaged = { $reason ->
    [truncated] { $name } अधुरो छ (पूरा प्रतिलिपि भएन), त्यसैले केही पनि संलग्न भएन। फोन वा क्यामेराबाट फेरि प्रतिलिपि गर्नुहोस्।
    [too-many-pixels] { $name } मा कुनै पनि क्यामेराले बनाउनेभन्दा धेरै पिक्सेल छन्, त्यसैले केही पनि संलग्न भएन।
    [unreadable-audio] { $name } Fieldbook ले पढ्न सक्ने रेकर्डिङ होइन, त्यसैले केही पनि संलग्न भएन। रेकर्डरबाट फेरि प्रतिलिपि गर्नुहोस्, वा MP3 वा M4A का रूपमा सेभ गर्नुहोस्।
    [changed] { $name } संलग्न हुँदै गर्दा बदलियो, त्यसैले केही पनि संलग्न भएन। प्रतिलिपि पूरा भएपछि फेरि प्रयास गर्नुहोस्।
   *[other] { $name } पढ्न सकिएन (बिग्रिएको छ), त्यसैले केही पनि संलग्न भएन। फोन वा क्यामेराबाट फेरि प्रतिलिपि गर्नुहोस्।
}
error-media-missing = फाइल { $name } अहिलेसम्म यो उपकरणमा आइपुगेको छैन। यो फाइल भएको उपकरणबाट आउने अर्को पोकोसँग आउँछ (त्यो पोकोले संलग्न फाइलहरू छाडेको छैन भने)।
error-io = फाइल पढ्न वा लेख्न सकिएन: { $detail }
error-database = डेटाबेसले समस्या देखायो: { $detail }
error-migration = डेटालाई Fieldbook को यो संस्करणमा अपडेट गर्न सकिएन: { $detail }
error-store-too-new = यो डेटा Fieldbook को नयाँ संस्करणले सेभ गरेको हो। यसलाई खोल्न त्यही वा त्योभन्दा नयाँ संस्करण इन्स्टल गर्नुहोस्; केही पनि बदलिएको छैन।
error-cancelled = रोकियो। केही पनि बदलिएन: डेटा ठ्याक्कै पहिलेजस्तै छ।
error-in-use = Fieldbook को अर्को विन्डोले यही डेटामा आयात गर्दैछ। आयात नसकिन्जेल पर्खनुहोस्, अनि फेरि प्रयास गर्नुहोस्; केही पनि बदलिएको छैन।
error-internal = Fieldbook भित्र केही गडबड भयो र काम रोकियो; केही पनि बदलिएन। फेरि प्रयास गर्नुहोस्; फेरि यस्तै भयो भने तपाईंले के गर्नुभएको थियो टिपेर सहयोग गर्ने व्यक्तिलाई भन्नुहोस्।
error-edits-waiting = पछिल्लो आयातको बेला टाइप गरिएको कुरा अझै तपाईंको डेटामा परेको छैन (डिस्क भरिएको वा व्यस्त छ), त्यसैले यो परिवर्तन पर्खिरहेको छ। डिस्कमा केही ठाउँ खाली गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्; टाइप गरिएको केही पनि हराउँदैन।
error-locked = Fieldbook मा ताल्चा लागेको छ। अगाडि बढ्न यसलाई खोल्नुहोस्।
error-unexpected = केही गडबड भयो: { $detail }

## कमान्ड लाइन
cli-passphrase-prompt = Fieldbook को पासफ्रेज:
cli-passphrase-new = नयाँ पासफ्रेज:
cli-passphrase-repeat = पासफ्रेज फेरि लेख्नुहोस्:
cli-created = { $path } मा नयाँ Fieldbook बनाइयो
cli-demo-done = नमुनाका { $count } सत्र थपिए।
cli-put-done = सत्र { $id } सेभ भयो

## सिंक
nav-sync = सिंक
sync-title = सिंक
sync-lead = इन्टरनेट बिना डेटा सार्नुहोस्: इन्क्रिप्ट र हस्ताक्षर गरिएको पोको USB स्टिक वा म्यासेजिङ एपमा निर्यात गर्नुहोस्, र अरू उपकरणबाट आएका पोको आयात गर्नुहोस्।
sync-identity = यो उपकरण
sync-device = उपकरण
sync-fingerprint = फिंगरप्रिन्ट
sync-fingerprint-hint = यो उपकरणलाई विश्वास गर्ने व्यक्तिलाई यो पढेर सुनाउनुहोस्, जस्तै फोन गरेर।
sync-recipient = age प्रापक
sync-recipients = प्रापकहरू
sync-recipients-lead = पोकोहरू यी साँचोहरूका लागि इन्क्रिप्ट हुन्छन्: देश कार्यालय, क्षेत्रीय कार्यालय, संस्थाको पुनःप्राप्ति साँचो।
sync-recipient-add = प्रापक थप्नुहोस्
sync-recipient-label = को हो
sync-recipient-key = age1… साँचो
sync-recipients-empty = अहिलेसम्म कुनै प्रापक छैन। देश कार्यालयसँग यसको age1… साँचो माग्नुहोस्।
sync-export = पोको निर्यात गर्नुहोस्
sync-export-full = पूरा पोको (परिवर्तन भएको मात्र होइन, सबै कुरा)
sync-export-done = पोको लेखियो: { $path } मा { $count } परिवर्तन
sync-import = पोको आयात गर्नुहोस्
sync-import-starting = आयात सुरु हुँदैछ…
sync-import-reading = { $total } मध्ये फाइल { $done } पढ्दै र जाँच्दै…
sync-import-merging = { $total } मध्ये { $done } परिवर्तन मिलाउँदै…
sync-import-cancel = रोक्नुहोस्
job-dismiss = बन्द गर्नुहोस्
sync-export-starting = निर्यात सुरु हुँदैछ…
sync-export-collecting = डेटा पढ्दै: { $total } मध्ये { $done } प्रकारका रेकर्ड…
sync-export-media = फोटो र रेकर्डिङहरू थप्दै: { $total } MB मध्ये { $done }…
sync-export-cancel = रोक्नुहोस्
sync-export-stopping = रोकिँदैछ: कुनै फाइल बाँकी रहने छैन…
sync-tables-starting = तालिका बनाउन सुरु हुँदैछ…
sync-tables-collecting = तालिका बनाउँदै: { $total } मध्ये { $done }…
sync-tables-cancel = रोक्नुहोस्
sync-tables-stopping = रोकिँदैछ: कुनै फाइल लेखिने छैन…
sync-import-stopping = रोकिँदैछ: केही पनि बदलिने छैन…
sessions-showing = { $count } मध्ये { $shown } देखाइएको
sync-import-done = { $file }: { $changes } मध्ये { $applied } परिवर्तन लागू भए, { $conflicts ->
    [one] एउटा बाझिएको परिवर्तन
   *[other] { $conflicts } बाझिएका परिवर्तन
}
sync-trust-title = नचिनेको उपकरण
sync-trust-lead = यो पोकोमा तपाईंले अहिलेसम्म विश्वास नगरेको उपकरणको हस्ताक्षर छ। विश्वास गर्नुअघि यसको फिंगरप्रिन्ट उपकरणधनीसँग (जस्तै फोनमा) भिडाउनुहोस्।
sync-trust-button = यो उपकरणलाई विश्वास गर्नुहोस् र आयात गर्नुहोस्
sync-trusted = विश्वास गरिएका उपकरणहरू
sync-trusted-empty = अहिलेसम्म कुनै उपकरणलाई विश्वास गरिएको छैन।
sync-conflicts = जाँच्नुपर्ने बाझिएका परिवर्तनहरू
sync-conflicts-empty = कुनै बाझिएको परिवर्तन छैन: फरक-फरक उपकरणमा गरिएका सम्पादन राम्ररी मिले।
sync-conflict-local = यो उपकरणमा
sync-conflict-incoming = पोकोबाट
sync-conflict-keep = यही राख्नुहोस्
sync-conflict-applied = अहिले लागू भएको
sync-history = आयातको इतिहास
sync-history-newest = { $count } आयातमध्ये पछिल्ला { $shown }; `fieldbook-cli imports` ले सबै देखाउँछ।
sync-history-empty = अहिलेसम्म केही आयात गरिएको छैन।
sync-history-line = { $time } · { $file } · { $changes } मध्ये { $applied } लागू · { $conflicts } बाझिएका · { $fingerprint }
sync-by = { $time } मा { $device }
remove = हटाउनुहोस्

## सिंकका त्रुटिहरू
error-bundle = पोको बनाउन सकिएन: { $detail }
error-bad-recipient = यो age प्रापक होइन। यो age1 बाट सुरु हुनुपर्छ; कार्यालयलाई फेरि पठाउन भन्नुहोस्।
error-no-recipients = पोको कसका लागि इन्क्रिप्ट गर्ने, त्यो कोही छैन। सिंक भागमा देश कार्यालयको age1… प्रापक थप्नुहोस्, वा पासफ्रेज राखेर निर्यात गर्नुहोस्।
error-not-a-bundle = यो फाइल Fieldbook को पोको होइन। तपाईंलाई पठाइएको पोको फाइल नै छान्नुभयो कि जाँच्नुहोस्।
error-bundle-wrong-key = यो पोको अर्को उपकरणका लागि इन्क्रिप्ट गरिएकाले यहाँ खोल्न सकिँदैन। पठाउने व्यक्तिलाई यो उपकरणको प्रापकका लागि फेरि निर्यात गर्न भन्नुहोस्।
error-bundle-wrong-passphrase = यो पासफ्रेजले यो पोको खोल्दैन।
error-bundle-needs-passphrase = यो पोको पासफ्रेजले सुरक्षित गरिएको छ। फेरि आयात गर्नुहोस् र पासफ्रेज लेख्नुहोस्।
error-bundle-damaged = पोको बिग्रिएको छ वा बनाइसकेपछि बदलिएको छ, त्यसैले केही पनि आयात भएन। पठाउने व्यक्तिसँग नयाँ प्रति माग्नुहोस्। ({ $detail })
error-bundle-bad-signature = पोकोको हस्ताक्षर मान्य छैन: यो बदलिएको वा नक्कली हो। केही पनि आयात भएन।
error-bundle-unknown-signer = यो पोको तपाईंले अहिलेसम्म विश्वास नगरेको उपकरणबाट आएको हो (फिंगरप्रिन्ट { $fingerprint })। फिंगरप्रिन्ट पठाउने व्यक्तिसँग भिडाउनुहोस्, अनि विश्वास गर्नुहोस्: सिंक भागमा, वा fieldbook-cli trust add { $fingerprint } चलाएर।
error-bundle-future-version = यो पोको Fieldbook को नयाँ संस्करणले बनाएको हो (ढाँचा { $found }; यो संस्करणले { $supported } सम्म मात्र पढ्छ)। Fieldbook अपडेट गर्नुहोस्, अनि फेरि आयात गर्नुहोस्।
error-bad-fingerprint = यो उपकरणको फिंगरप्रिन्ट होइन। फिंगरप्रिन्टमा ABCD-EFGH-IJKL-MNOP जस्तै 16 वटा अक्षर र अङ्क हुन्छन्।
error-file = फाइल पढ्न सकिएन: { $detail }
error-in-file = { $file }: { $message }

## कमान्ड लाइन (सिंक)
cli-bundle-passphrase = पोकोको पासफ्रेज:
cli-identity-exported = age पहिचान { $path } मा लेखियो। यसलाई गोप्य राख्नुहोस्: यसले यो उपकरणमा पठाइएका सबै पोको खोल्छ।
cli-exported = { $recipients } का लागि { $path } मा { $count } परिवर्तन लेखिए
cli-imported = { $file }: { $fingerprint } बाट आएका { $changes } मध्ये { $applied } परिवर्तन लागू भए; { $conflicts } बाझिएका

## सत्रका सारांश (छाप्ने र PDF)
field-next-check-in = अर्को समीक्षा भेट
summary-open = फिर्ता साझा…
summary-title = फिर्ता साझा गर्ने सारांश
summary-back = सत्रमा फर्कनुहोस्
summary-audience = संस्करण
summary-audience-participants = सहभागीहरूका लागि (फिर्ता साझा)
summary-audience-internal = आन्तरिक (कार्यालयको फाइल)
summary-language = भाषा
summary-paper = कागज
summary-paper-a4 = A4
summary-paper-letter = लेटर
summary-print = छाप्नुहोस्…
summary-save-pdf = PDF का रूपमा सेभ गर्नुहोस्…
summary-saved = PDF सेभ भयो: { $file }
summary-pdf-file = सारांश
summary-preview-hint = यहाँ जे देखिन्छ, पाना-पाना त्यही छापिन्छ।
summary-banner-participants = सहभागी हुनुभएका मानिसहरूसँग फिर्ता साझा गरिएको। नाम नखुलाउन भन्नुभएका वा जोखिममा पर्न सक्ने कसैको पनि नाम यसमा छैन।
summary-banner-internal = आन्तरिक: यसमा जोखिममा रहेका मानिसहरूको नाम र जोखिमहरू छन्। कार्यालयको फाइलमै राख्नुहोस्; कहिल्यै साझा नगर्नुहोस्।
summary-when = मिति
summary-place = ठाउँ
summary-movements = आन्दोलनहरू
summary-facilitators = सहजकर्ता
summary-languages = भाषाहरू
summary-next-check-in = अर्को समीक्षा भेट
summary-no-check-in = अहिलेसम्म तय भएको छैन
summary-participants = को-को सहभागी हुनुभयो
summary-participants-count = { $count ->
    [one] एक जना सहभागी हुनुभयो।
   *[other] { $count } जना सहभागी हुनुभयो।
}
summary-pseudonym = उपनाम: { $name }
summary-without = सहमति दिइएको छैन: { $what }
summary-at-risk = जोखिममा
summary-someone = एक सहभागी
summary-heard = हामीले के सुन्यौँ
summary-priorities = उठाइएका प्राथमिकताहरू
summary-votes = { $votes ->
    [one] 1 मत
   *[other] { $votes } मत
}
summary-support = सहमति भएको सहयोग
summary-support-by = जिम्मेवार: { $owner }
summary-support-due = अन्तिम मिति: { $date }
summary-support-requested = आन्दोलनले माग गरेको
summary-risks = उठाइएका जोखिमहरू
summary-affected = असर पर्ने: { $who }
summary-mitigation = जोखिम घटाउने उपाय: { $text }
summary-notes = आन्तरिक टिपोट
summary-pictures = फोटोहरू
summary-pictures-left-out = छानिएका तर नछापिएका फोटोहरू: { $count }। यी यहाँ सुरक्षित रूपमा सानो पार्न धेरै ठूला छन् (२ करोड ४० लाखभन्दा बढी पिक्सेलको progressive JPEG वा WebP)। तिनलाई PNG वा साधारण JPEG मा फेरि सेभ गर्नुहोस्, वा साना फोटो छान्नुहोस्।
summary-nothing = केही लेखिएको छैन।
summary-page = पाना { $page } (जम्मा { $pages })
summary-code = प्रमाणीकरण कोड { $code }
cli-passphrase-changed = पासफ्रेज बदलियो। अबदेखि नयाँ पासफ्रेज प्रयोग गर्नुहोस्; पुरानोले अब केही पनि खोल्दैन।
cli-wipe-unexported = चेतावनी: यो उपकरणमा गरिएका { $count } परिवर्तन सेभ गरिएको कुनै पनि प्रापकलाई कहिल्यै निर्यात गरिएका छैनन्। ती हराउनेछन्।
cli-wipe-confirm = यसले { $path } मा रहेको Fieldbook (रेकर्ड, इतिहास र यो उपकरणका साँचोहरू) नष्ट गर्छ। अगाडि बढ्न WIPE टाइप गर्नुहोस्:
cli-wipe-cancelled = केही पनि मेटाइएन।
cli-wipe-needs-yes = टर्मिनलमा चलिरहेको छैन: नसोधी मेटाउन --yes थप्नुहोस्।
cli-no-passphrase = पासफ्रेज छैन: टर्मिनलमा चलाउनुहोस्, वा { $variable } सेट गर्नुहोस् (स्वचालनका लागि मात्र)।
cli-summary-usage = --pdf OUT.pdf सँग SESSION_ID दिनुहोस्, वा --all --out-dir DIR दिनुहोस्।
cli-map-form = --map विकल्पले COLUMN=FIELD लिन्छ, “{ $value }” होइन।
cli-map-no-column = पानामा “{ $column }” स्तम्भ छैन। यसका स्तम्भहरू: { $columns }।
cli-map-no-field = एउटा स्तम्भले { $fields } मध्ये एउटा भर्न सक्छ, “{ $field }” होइन।
cli-profile-not-created = (अझै बनाइएको छैन)
cli-wiped = { $path } मा { $count } फाइल मेटाइए। यो Fieldbook को केही पनि अब यो उपकरणमा बाँकी छैन।
history-this-device = यो उपकरण
cli-summary-done = { $file } सेभ भयो (प्रमाणीकरण कोड { $code })
error-font-missing = यो सारांशमा { $script } लिपिको पाठ छ, तर { $font } फन्ट इन्स्टल गरिएको छैन। यो फन्ट इन्स्टल गर्नुहोस् (Debian वा Ubuntu मा: sudo apt install fonts-noto-core), अनि फेरि प्रयास गर्नुहोस्।
error-no-font-for = इन्स्टल भएको कुनै पनि फन्टले यो सारांशका केही अक्षर देखाउन सक्दैन: { $detail }। त्यो लिपिका लागि Noto फन्ट इन्स्टल गर्नुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-pdf = PDF बनाउन सकिएन: { $detail }
error-recovery-params = { $need } भाग चाहिने गरी पुनःप्राप्ति साँचोलाई { $have } भागमा बाँड्न सकिँदैन। चाहिने भागको सङ्ख्या कम्तीमा 2 र कुल भागभन्दा बढी नहुने गरी राख्नुहोस्।
error-recovery-share = यो पुनःप्राप्ति भाग प्रयोग गर्न सकिँदैन: { $detail }।
error-recovery-not-enough = { $have } फरक पुनःप्राप्ति भाग दिइयो, तर { $need } भाग चाहिन्छ। अर्को संरक्षकसँग उहाँको भाग पाना माग्नुहोस्।

## सुरक्षा
nav-security = सुरक्षा
security-title = सुरक्षा
security-lead = यो ल्यापटप खुला छाडिएमा, हराएमा वा कसैले खानतलासी गरेमा पनि मानिसहरूले तपाईंलाई भनेका कुरा सुरक्षित राख्नुहोस्।
security-autolock = आफैँ ताल्चा लाग्ने
security-autolock-lead = यति समयसम्म टाइप नगरेमा वा माउस नचलाएमा Fieldbook ले टाइप गरिएको कुरा सेभ गर्छ, साँचो बिर्सन्छ र फेरि पासफ्रेज सोध्छ।
security-minutes = मिनेट
security-autolock-saved = अब { $minutes } मिनेटसम्म प्रयोग नभएमा Fieldbook मा आफैँ ताल्चा लाग्छ।
security-autolock-invalid = मिनेटको सङ्ख्या लेख्नुहोस् (1 वा बढी)।
security-passphrase = पासफ्रेज बदल्नुहोस्
security-passphrase-current = हालको पासफ्रेज
security-passphrase-button = पासफ्रेज बदल्नुहोस्
security-passphrase-changed = पासफ्रेज बदलियो। अबदेखि नयाँ पासफ्रेज प्रयोग गर्नुहोस्।
security-wipe = यो उपकरणबाट सबै मेटाउनुहोस्
security-wipe-lead = यस कम्प्युटरबाट Fieldbook नष्ट गर्छ: हरेक रेकर्ड, त्यसको इतिहास र यो उपकरणका साँचोहरू। खानतलासी हुन सक्ने ठाउँमा ल्यापटप लैजानुअघि यो प्रयोग गर्नुहोस्। यसलाई फर्काउन सकिँदैन; पोकोमा निर्यात गरिएको कुरा मात्र बच्छ।
security-wipe-unexported = यहाँ गरिएका { $count } परिवर्तन सेभ गरिएको कुनै पनि प्रापकलाई कहिल्यै निर्यात गरिएका छैनन्। पहिले पोको निर्यात गर्नुहोस्, नत्र ती हराउनेछन्।
security-wipe-button = यस कम्प्युटरबाट Fieldbook मेटाउनुहोस्

## संवेदनशीलताका तहहरू
tier-label = संवेदनशीलता
tier-share_back = फिर्ता साझा
tier-internal = आन्तरिक
tier-restricted = सीमित पहुँच
tier-default = सामान्य रूपमा ({ $tier })
tier-hint = फिर्ता साझाको कुरा सहभागीहरूकहाँ फर्कन सक्छ; आन्तरिक कुरा कर्मचारीसँग मात्र रहन्छ; सीमित पहुँचको कुरा अनुमति पाएका प्रापकसम्म मात्र पुग्छ।
recipient-recovery = पुनःप्राप्ति साँचो
error-above-tier = यो सत्रमा { $detail } भनी चिनो लगाइएको छ, त्यसैले त्यही तहको संस्करण मात्र बनाउन सकिन्छ। त्यही संस्करण छान्नुहोस्, वा सत्रको संवेदनशीलता बदल्नुहोस्।
error-name-gate = केही पनि लेख्नुअघि रोकियो: { $entity } { $record } को { $field } मा जोखिममा रहेका व्यक्तिको नाम छ। त्यो पाठ बदल्नुहोस्, वा नाम रोकिने गरी चिनो लगाउनुहोस्, अनि फेरि प्रयास गर्नुहोस्।
error-withdrawal-not-applied = केही पनि आयात भएन: यो पोको यसको उपकरणले सहमति फिर्ता लागू गर्नुअघि बनाइएको हो, र यो उपकरणसँग अब त्यस व्यक्तिको नाम त्यसबाट हटाउन चाहिने कुरा छैन। त्यो उपकरणलाई यहाँबाट एउटा पोको पठाउनुहोस्; त्यसले खोलेपछि, त्यहाँ पूरा पोको बनाउनुहोस् र त्यो आयात गर्नुहोस्।
summary-audience-restricted = सीमित पहुँच (अनुमति पाएका कर्मचारी मात्र)
summary-banner-restricted = सीमित पहुँच: यसमा जोखिममा रहेका मानिसहरूको नाम र जोखिमहरू छन्। सीमित पहुँचको सामग्री हेर्न अनुमति पाएका कर्मचारीका लागि मात्र; कहिल्यै प्रतिलिपि नगर्नुहोस्, साझा नगर्नुहोस्।
preview-title = यो उपकरणबाट के बाहिर जान्छ
preview-heading = { $recipients } का लागि पोको, { $tier } सम्म अनुमति भएको:
preview-leaves = यो उपकरणबाट बाहिर जाने (बदलिएका विवरण, तह अनुसार):
preview-stays = यही उपकरणमा रहने (अनुमतिभन्दा माथिको):
preview-nothing = केही छैन
preview-confirm = यो पोको निर्यात गर्नुहोस्
preview-cancel = रद्द गर्नुहोस्
preview-count = { $count } ×
media-leave-out = यो पोकोबाट फोटो र रेकर्डिङहरू छोड्नुहोस् (सानो USB स्टिकका लागि): ती अर्को पोकोसँग जान्छन्।
media-leaves = बाहिर जाने फोटो, रेकर्डिङ र स्क्यान: { $count } ({ $mb } MB)
media-withheld = रोकेर राखिएका फोटो, रेकर्डिङ र स्क्यान (अनुमतिभन्दा माथिका): { $count }
media-left-out = यो पोकोमा नराखिएका फोटो, रेकर्डिङ र स्क्यान (संलग्न फाइल बोक्ने अर्को पोकोसँग जान्छन्): { $count } ({ $mb } MB)
media-not-here = अहिलेसम्म यो उपकरणमा छैन
media-saved = { $path } सेभ भयो ({ $size } बाइट)।
media-removed = हटाइयो।
media-limit = संलग्न फाइल बढीमा { $mb } MB को हुन सक्छ।
cli-export-withheld = { $tier } भन्दा माथिका { $count } विवरण-परिवर्तन रोकेर राखिए; ती पोकोमा छैनन्।
sync-clearance = अनुमति भएको तह
sync-recovery = यो संस्थाको पुनःप्राप्ति साँचो हो (हरेक पोकोमा थपिन्छ)
cli-recovery-created = पुनःप्राप्ति साँचो बन्यो: { $recipient }। हरेक संरक्षकलाई एउटा भाग पाना दिनुहोस्, अनि हरेक उपकरणमा प्रापक थप्नुहोस्: fieldbook-cli recipients add { $recipient } --recovery --label "पुनःप्राप्ति साँचो"
cli-recovery-exists = { $path } पहिले नै छ: --out प्रयोग गरेर अर्को फाइल छान्नुहोस् (साँचोमाथि कहिल्यै अर्को कुरा लेखिँदैन)।
cli-recovery-restored = पुनःप्राप्ति साँचो { $recipient } { $path } मा फर्काइयो। पोको आयात गर्न: fieldbook-cli import --identity { $path } फाइल…  फाइललाई इन्टरनेटसँग नजोडिने ठाउँमा राख्नुहोस् र काम सकिएपछि मेटाउनुहोस्।
recovery-sheet-title = FIELDBOOK · संस्थाको पुनःप्राप्ति साँचो · संरक्षकको भाग
recovery-sheet-which = { $total } मध्ये भाग { $index }। जुनसुकै { $threshold } भाग मिलाएपछि साँचो फर्कन्छ; त्योभन्दा कम भागले केही पनि खुलाउँदैन।
recovery-sheet-keep = यो पानालाई कागजमै सुरक्षित र निजी ठाउँमा राख्नुहोस् (फोनमा फोटो खिचेर होइन)। संस्थाले सहमति गरेको पुनःप्राप्तिका लागि मात्र यो हस्तान्तरण गर्नुहोस्।
recovery-sheet-restore = फर्काउन: fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (वा कोडलाई आर्गुमेन्टका रूपमा टाइप गर्नुहोस्)।
cli-table-exported = { $path } मा तालिकाहरू लेखिए: { $rows } पङ्क्ति, { $tier } सम्म।
cli-table-withheld = { $tier } भन्दा माथि भएकाले बाहिर राखिएका: { $rows } पूरा रेकर्ड र { $cells } विवरण (खाली छाडिएका)।
history-title = इतिहास
history-open = इतिहास
history-lead = यो सत्र र यसका वस्तुहरूमा भएको हरेक परिवर्तन: कुन उपकरणबाट, कुन विवरणमा, कहिले, र पहिलेको मान।
history-empty = अहिलेसम्म कुनै परिवर्तन लेखिएको छैन।
history-deleted = मेटाइएको
history-conflict = बाझिएको
tables-title = विश्लेषणका लागि तालिका
tables-lead = स्प्रेडसिट वा तथ्याङ्क सफ्टवेयरका लागि सबै रेकर्ड तालिकामा (हरेक प्रकारको एउटा तालिका, नबदलिने स्तम्भ नाम, ISO मिति)। ती कति संवेदनशील हुन सक्छन् छान्नुहोस्: त्योभन्दा माथिको कुरा बाहिर राखिन्छ।
tables-format = ढाँचा
tables-export = तालिका निर्यात गर्नुहोस्…
tables-done = { $path } मा तालिकाहरू लेखिए: { $tier } सम्मका { $rows } पङ्क्ति; त्योभन्दा माथिका { $withheld } रेकर्ड वा विवरण बाहिर राखिए।
tier-field-hint = { $tier }: यो विवरण आफ्नो वस्तुभन्दा बढी संवेदनशील छ (कोही जोखिममा छ, वा साझा गर्न नमिल्ने नाम छ)।
history-when = कहिले
history-who = उपकरण
history-what = विवरण
history-before = पहिले
history-after = पछि

## सहकार्यको चक्र: भूमिका, समीक्षा भेट, सरोकारवाला नक्सा, फिर्ता साझा, खोज, ड्यासबोर्ड
nav-search = खोज
nav-dashboard = ड्यासबोर्ड
print = छाप्नुहोस्…
cycle-date = मिति
cycle-notes = टिपोट
attention-title = ध्यान दिनुपर्ने
attention-more = …र थप { $count }
checkins-due-title = { $count ->
    [one] समीक्षा भेट गर्ने बेला भयो (1 आन्दोलन)
   *[other] समीक्षा भेट गर्ने बेला भयो ({ $count } आन्दोलन)
}
checkin-due-line = { $since } देखि बाँकी · पछिल्लो समीक्षा भेट: { $last }
checkin-never = कहिल्यै भएको छैन
overdue-title = { $count ->
    [one] म्याद नाघेको सहयोग (1)
   *[other] म्याद नाघेका सहयोग ({ $count })
}
overdue-line = अन्तिम मिति { $due } ({ $days } दिन अघि) · { $session }
movement-open = खोल्नुहोस्
movement-missing = यो आन्दोलन अब छैन (अर्को उपकरणमा मेटाइएको हुन सक्छ)।
roles-title = हाम्रो भूमिका
roles-lead = यो आन्दोलनसँग सहमति गरेर संस्थाले यसका लागि गर्ने काम: संयोजक, सहयात्री, स्रोत साझेदार वा आवाज बुलन्द गर्ने। हरेक परिवर्तन र त्यसको कारण लेख्नुहोस्।
role-change-add = भूमिकामा भएको परिवर्तन लेख्नुहोस्
role-since = { $date } देखि
role-none = अहिलेसम्म कुनै भूमिकामा सहमति भएको छैन।
role-paused = रोकिएको: अहिले कुनै भूमिका छैन।
role-change-roles = यो मितिदेखिका भूमिकाहरू
role-change-reason = परिवर्तनको कारण
checkins-title = समीक्षा भेटहरू
checkin-add = समीक्षा भेट थप्नुहोस्
checkin-due-now = हाम्रो भूमिकाबारे समीक्षा भेट गर्ने बेला भयो ({ $since } देखि)। भूमिका कस्तो चलिरहेको छ भनेर आन्दोलनलाई सोध्नुहोस्।
checkin-every = कम्तीमा हरेक छ महिनामा आन्दोलनसँग मिलेर भूमिकाको फेरि समीक्षा गर्नुहोस्।
checkin-decision = निर्णय
decision-keep = भूमिका कायम राख्ने
decision-change = भूमिका बदल्ने
decision-pause = केही समय रोक्ने
checkin-feedback = हाम्रो भूमिकाबारे आन्दोलनको प्रतिक्रिया
checkin-feedback-hint = उहाँहरूकै शब्दमा: केले सघाउँछ, केले अप्ठ्यारो पार्छ।
checkins-empty = अहिलेसम्म कुनै समीक्षा भेट छैन।
actors-title = सरोकारवाला नक्सा
actors-lead = आन्दोलन वरिपरिका सरोकारवालाहरू: यसका संस्था, युनियन, सञ्जाल, सामूहिक समूह र अनौपचारिक समूहहरू, अनि बाहिरी घेरा (दाता, सरकारी अधिकारी, अन्य गैरसरकारी संस्था)।
actor-add = सरोकारवाला थप्नुहोस्
relation-add = सम्बन्ध थप्नुहोस्
actors-empty = अहिलेसम्म नक्सामा कुनै सरोकारवाला छैन। पहिले आन्दोलनका समूहहरू थप्नुहोस्, अनि तिनको वरिपरि को-को छन् थप्नुहोस्।
actors-edit = { $actors } सरोकारवाला र { $relations } सम्बन्ध सम्पादन गर्नुहोस्
actors-list = सरोकारवालाहरू
actors-none = अहिलेसम्म कुनै सरोकारवाला छैन।
actor-name = नाम
actor-kind = प्रकार
actor-kind-organisation = संस्था
actor-kind-union = युनियन
actor-kind-network = सञ्जाल
actor-kind-collective = सामूहिक समूह
actor-kind-informal_group = अनौपचारिक समूह
actor-kind-funder = दाता
actor-kind-official = सरकारी अधिकारी
actor-kind-ngo = अन्य गैरसरकारी संस्था
actor-sessions = सहभागी भएका सत्र
actor-sessions-none = यो आन्दोलनसँग अहिलेसम्म कुनै सत्र भएको छैन।
relations-list = सम्बन्धहरू
relations-empty = अहिलेसम्म कुनै सम्बन्ध छैन।
relation-from = पहिलो सरोकारवाला
relation-kind = सम्बन्ध
relation-to = दोस्रो सरोकारवाला
relation-member_of = सदस्य हो
relation-allied_with = सहयात्री हो
relation-tension_with = तनावमा छ
relation-funds = आर्थिक सहयोग गर्छ
relation-convenes = भेला गराउँछ
map-aria = { $actors } सरोकारवाला र { $relations } सम्बन्ध भएको सरोकारवाला नक्सा
map-legend-core = आन्दोलनकै भाग
map-legend-periphery = बाहिरी घेरा
map-legend-informal = अनौपचारिक
overlaps-title = दोहोरो काम नहोस्
overlaps-lead = यो आन्दोलनका सरोकारवालाहरूलाई भेला गराउने अन्य गैरसरकारी संस्था र सञ्जालहरू। उही मानिसहरूलाई भेला गराउनुअघि उनीहरूसँग कुरा गर्नुहोस्।
overlaps-convenes = भेला गराउँछ:
overlaps-we-convene = हामी पनि भेला गराउँछौँ
overlaps-none = यी सरोकारवालाहरूलाई भेला गराउने अन्य कुनै संस्था लेखिएको छैन।
share-backs-title = फिर्ता साझा गरिएको
share-backs-lead = नतिजा आन्दोलनलाई कहिले फर्काइयो, कोसँग र कुन रूपमा।
share-back-add = फिर्ता साझाको विवरण लेख्नुहोस्
share-back-form = रूप
share-form-printed_summary = छापिएको सारांश
share-form-meeting = बैठक
share-form-message = सन्देश
share-form-radio = रेडियो
share-form-other = अन्य
share-back-audience = कोसँग
share-back-audience-hint = जस्तै: सदस्यहरूको साधारण सभा, समन्वय समिति।
share-back-session = सत्र
share-backs-empty = अहिलेसम्म केही पनि फिर्ता साझा गरिएको छैन।
search-title = खोज
search-lead = सबै सत्रमा के भनिएको थियो खोज्नुहोस्: टिपोट, उत्तर, भनाइ, प्राथमिकता, जोखिम र सहयोग।
search-placeholder = खोज्ने शब्द
search-country = देश
search-role = हाम्रो भूमिका
search-from = मितिदेखि
search-to = मितिसम्म
search-hint = एक-दुई शब्द टाइप गर्नुहोस्। हरेक शब्दले त्यसैबाट सुरु हुने लामा शब्दहरू पनि भेट्टाउँछ।
search-none = केही भेटिएन।
search-count = { $count ->
    [one] एउटा नतिजा
   *[other] { $count } नतिजा
}
search-kind-session = सत्रका टिपोट
search-kind-question = उत्तर
search-kind-quote = भनाइ
search-kind-priority = प्राथमिकता
search-kind-risk = जोखिम
search-kind-support = सहयोग
dashboard-title = ड्यासबोर्ड
dashboard-lead = सबै आन्दोलन एकै ठाउँमा: उनीहरूका प्राथमिकता, सहमति भएको सहयोग र त्यसको अवस्था।
dashboard-overdue = म्याद नाघेको सहयोग
dashboard-checkins-due = बाँकी समीक्षा भेट
dashboard-sessions = सत्र
dashboard-themes = विषय अनुसार प्राथमिकता (मत)
dashboard-support = भूमिका र अवस्था अनुसार सहमति भएको सहयोग
dashboard-months = महिना अनुसार सत्र
dashboard-no-theme = (विषय छैन)
dashboard-empty = अहिलेसम्म केही लेखिएको छैन।
checkins-none-due = कुनै समीक्षा भेट बाँकी छैन।
cli-checkin-due = { $since } देखि बाँकी ({ $days } दिन) · पछिल्लो समीक्षा भेट: { $last }

## उपकरणको अधिकार: कसले के बदल्न पाउँछ (सिंक)
error-bundle-wrong-device = यो पोकोमा उपकरण { $fingerprint } को हस्ताक्षर छ, तर यो अर्को उपकरण ({ $claimed }) बाट आएको दाबी गर्छ, त्यसैले केही पनि आयात भएन: एउटा उपकरणले अर्को उपकरणको तर्फबाट कहिल्यै बोल्दैन। त्यो उपकरण फेरि इन्स्टल गरिएको हो भने त्यसलाई विश्वास गरिएका उपकरणबाट हटाउनुहोस् र फेरि विश्वास गर्नुहोस्।
error-clock-set-back = यो उपकरणको घडीले { $now } देखाउँछ, तर यसले पहिले नै { $seen } देखाइसकेको थियो: यसको मिति पछाडि सारिएको छ। मिति र समय मिलाउनुहोस्, अनि फेरि आयात गर्नुहोस्। केही पनि आयात भएन। आजको मिति ठीक छ र पहिले घडी अगाडि थियो भने पुष्टि गर्नुहोस् (मिति ठीक छ, वा fieldbook-cli import --clock-is-right), अनि कार्यालयलाई भन्नुहोस्: यो उपकरणका पहिलेका परिवर्तनमा भविष्यको मिति छ।
role-field = फिल्ड उपकरण
role-office = कार्यालय
role-field-can = आफ्नै परिवर्तन मात्र पठाउँछ। तह घटाउने परिवर्तन (जोखिममा, सहमति, संवेदनशीलता), वा आफ्नो अनुमतिभन्दा माथिको र आफूले नलेखेको कुरामाथि लेख्ने परिवर्तन जाँचका लागि पर्खन्छ।
role-office-can = अरू उपकरणका परिवर्तन अगाडि पठाउन सक्छ (तिनमा मूल लेखकको नाम रहन्छ), र तहबारे निर्णय गर्न सक्छ।
sync-trust-label = को हो (जस्तै "सीताको ल्यापटप")
sync-trust-role = यो के हो
sync-trust-clearance = यसले बदल्न पाउने अधिकतम तह
sync-trust-label-needed = पहिले उपकरणलाई नाम दिनुहोस्, ताकि इतिहास र जाँचको लाइनमा त्यसको नाम देखाउन सकियोस्।
sync-trusted-line = { $role }, { $clearance } सम्म बदल्न पाउँछ
sync-import-held = { $count ->
    [one] एउटा परिवर्तन “जाँच्नुपर्ने बाझिएका परिवर्तनहरू” मा जाँचका लागि पर्खिरहेको छ।
   *[other] { $count } परिवर्तन “जाँच्नुपर्ने बाझिएका परिवर्तनहरू” मा जाँचका लागि पर्खिरहेका छन्।
}
sync-import-refused = { $count ->
    [one] एउटा परिवर्तन अस्वीकार गरियो: { $reason }
   *[other] { $count } परिवर्तन अस्वीकार गरिए: { $reason }
}
sync-import-clock = पठाउने व्यक्तिको घडी { $days } दिन अगाडि छ: उहाँलाई आफ्नो मिति र समय जाँच्न भन्नुहोस्।
refusal-not-own-change = फिल्ड उपकरणले आफ्नै परिवर्तन मात्र पठाउन पाउँछ (अरू परिवर्तन तिनका लेखकको आफ्नै पोकोले ल्याउनेछ)। पठाउने कार्यालय हो भने त्यसलाई कार्यालयका रूपमा विश्वास गर्नुहोस्।
refusal-forged-as-receiver = तिनमा यही उपकरणको छाप लगाइएको थियो, तर यो उपकरणले ती कहिल्यै बनाएको थिएन।
review-lowers-tier = जाँचका लागि पर्खिरहेको: यसले तह घटाउँछ (कोही जोखिममा, कुनै सहमति, संवेदनशीलताको छनोट), जुन फिल्ड उपकरणले एक्लै गर्न पाउँदैन।
review-above-clearance = जाँचका लागि पर्खिरहेको: यसले पठाउनेको अनुमतिभन्दा माथिको, पठाउनेले आफैँ नलेखेको कुरामाथि लेख्छ।
review-clock-ahead = जाँचका लागि पर्खिरहेको: यसमा धेरै पछिको (भविष्यको) मिति छ, त्यसैले पठाउनेको घडी सायद गलत छ। स्वीकार गरेमा मान यो उपकरणको मितिसहित सेभ हुन्छ।
sync-review-from = पठाउने: { $sender }
sync-review-accept = परिवर्तन स्वीकार गर्नुहोस्
sync-review-reject = हालको मान राख्नुहोस्
sync-review-none = पहिले यहाँ थिएन
cli-trusted-as = उपकरण { $fingerprint } लाई { $role } का रूपमा विश्वास गरियो, { $clearance } सम्म बदल्न पाउँछ
cli-import-held = { $file }: { $count } परिवर्तन जाँचका लागि पर्खिरहेका छन् (fieldbook-cli conflicts list)
cli-import-refused = { $file }: { $count } परिवर्तन अस्वीकार गरिए: { $reason }
cli-import-clock = { $file }: पठाउने व्यक्तिको घडी { $days } दिन अगाडि छ; उहाँलाई आफ्नो मिति र समय जाँच्न भन्नुहोस्।
history-relayed = { $device } मार्फत
history-review = जाँचका लागि रोकिएको
sync-clock-is-right = मिति ठीक छ: आयात गर्नुहोस्
error-bundle-too-large = यो फाइल { $mb } MB को छ, जुन कुनै पनि Fieldbook पोकोभन्दा ठूलो हो (बढीमा { $limit } MB), त्यसैले यसलाई पढिएन। सही फाइल छान्नुभयो कि जाँच्नुहोस्।
error-path-not-chosen = Fieldbook ले आफ्नो फाइल छान्ने विन्डोमा तपाईंले छानेका फाइल मात्र पढ्छ र लेख्छ, र यो फाइल त्यहाँ छानिएको थिएन ({ $detail })। फाइल फेरि छान्नुहोस्।

## संस्थाको डेटाबेसमा प्रकाशन (docs/federation.md)
error-publish-unreachable = Fieldbook ले { $server } मा रहेको संस्थाको डेटाबेससम्म पुग्न सकेन। ठेगाना र पोर्ट ठीक छन्, यो कम्प्युटर इन्टरनेटमा जोडिएको छ र सर्भर चलिरहेको छ कि जाँच्नुहोस्; केही पनि प्रकाशित भएन। ({ $detail })
error-publish-auth = { $server } को डेटाबेसले प्रयोगकर्ता { $user } को पासवर्ड स्वीकार गरेन। डेटाबेस चलाउने व्यक्तिसँग पासवर्ड जाँच्नुहोस्; केही पनि प्रकाशित भएन।
error-publish-tls = Fieldbook ले { $server } को डेटाबेससँग सुरक्षित जडान बनाउन सकेन, त्यसैले केही पनि पठाइएन। सर्भरमा TLS खुला छ र sslrootcert मा संस्थाको सर्टिफिकेट फाइल दिइएको छ कि जाँच्नुहोस्। ({ $detail })
error-publish-schema-newer = संस्थाको डेटाबेस Fieldbook को नयाँ संस्करणले तयार पारेको हो (तालिका संस्करण { $found }; यो संस्करणले { $supported } सम्म मात्र लेख्छ)। यो कम्प्युटरमा Fieldbook अपडेट गर्नुहोस्, अनि फेरि प्रकाशित गर्नुहोस्; केही पनि प्रकाशित भएन।
error-publish-restricted = सीमित पहुँचको डेटा कहिल्यै प्रकाशित हुँदैन। फिर्ता साझा वा आन्तरिक छान्नुहोस्।
error-publish-settings = डेटाबेसका यी सेटिङ प्रयोग गर्न मिल्दैन: { $detail }
error-publish-refused = डेटाबेसले प्रकाशन अस्वीकार गरेकाले त्यहाँ केही पनि बदलिएन: { $detail }। डेटाबेस चलाउने व्यक्तिलाई सोध्नुहोस् (अनुमति, डिस्कको ठाउँ), अनि फेरि प्रकाशित गर्नुहोस्।
cli-publish-no-database = प्रकाशित गर्ने कुनै डेटाबेस छैन: --postgres URL दिएर एउटा डेटाबेस दिनुहोस् (याद राख्न --save थप्नुहोस्)।
cli-publish-password-in-url = कनेक्सन स्ट्रिङमा पासवर्ड नराख्नुहोस् (कमान्ड लाइन अरू प्रोग्राममा र shell को इतिहासमा देखिन्छ): PGPASSWORD सेट गर्नुहोस्, वा सोधिँदा टाइप गर्नुहोस्।
cli-publish-password = { $server } मा { $user } को पासवर्ड:
cli-published = { $server } मा प्रकाशित भयो (स्किमा { $schema }): { $written } पङ्क्ति लेखिए, { $removed } हटाइए; त्यहाँ यो कार्यालयका { $total } पङ्क्ति छन्।
cli-publish-unchanged = { $server } (स्किमा { $schema }) मा पछिल्लो पटक प्रकाशित गरेयता केही बदलिएको छैन; त्यहाँ यो कार्यालयका { $total } पङ्क्ति छन्।
publish-title = संस्थाको डेटाबेस
publish-lead = यो कार्यालयका मिलाइएका रेकर्डहरू संस्थाको PostgreSQL डेटाबेसमा प्रकाशित गर्नुहोस्, जहाँ ड्यासबोर्डले सबै देशलाई एकै ठाउँमा देखाउँछ। फिर्ता साझा वा आन्तरिक डेटा मात्र प्रकाशित हुन्छ; सीमित पहुँचको डेटा यो उपकरणबाट कहिल्यै बाहिर जाँदैन।
publish-url = कनेक्सन स्ट्रिङ
publish-url-hint = डेटाबेस चलाउने व्यक्तिसँग यो पासवर्ड बिना माग्नुहोस्: Fieldbook ले हरेक पटक पासवर्ड सोध्छ र कहिल्यै राख्दैन। sslmode=verify-full प्रयोग गर्नुहोस्, र sslrootcert मा संस्थाको सर्टिफिकेट फाइल दिनुहोस्।
publish-schema = स्किमा
publish-clearance = यो तहसम्म प्रकाशित गर्ने
publish-office-label = यो कार्यालयको नाम
publish-save = सेटिङ सेभ गर्नुहोस्
publish-saved = सेभ भयो। तयार हुनुभएपछि डेटाबेसको पासवर्ड टाइप गरेर प्रकाशित गर्नुहोस्।
publish-edit = सेटिङ बदल्नुहोस्
publish-forget = यो डेटाबेस बिर्सनुहोस्
publish-password = डेटाबेसको पासवर्ड
publish-run = प्रकाशित गर्नुहोस्
publish-target = स्किमा { $schema } · { $tier } सम्म
publish-done = प्रकाशित भयो: { $written } पङ्क्ति लेखिए, { $removed } हटाइए; संस्थाको डेटाबेसमा यो कार्यालयका { $total } पङ्क्ति छन्।
publish-unchanged = पछिल्लो पटक प्रकाशित गरेयता केही बदलिएको छैन; संस्थाको डेटाबेसमा यो कार्यालयका { $total } पङ्क्ति छन्।
sync-publish-starting = संस्थाको डेटाबेससँग जोडिँदै…
sync-publish-collecting = डेटा पढ्दै: { $total } मध्ये { $done } प्रकारका रेकर्ड…
sync-publish-publishing = डेटाबेसमा लेख्दै: { $total } मध्ये { $done } प्रकारका रेकर्ड…
sync-publish-cancel = रोक्नुहोस्
sync-publish-stopping = रोकिँदैछ: डेटाबेस पहिलेकै अवस्थामा रहन्छ…
history-order = क्रम
history-yes = हो
history-no = होइन
date-day = दिन
date-month = महिना
date-year = वर्ष
date-hour = घण्टा
date-minute = मिनेट
date-clear = मिति हटाउनुहोस्
date-incomplete = सबै भाग नभरेसम्म सुरक्षित हुँदैन।
date-invalid = यस्तो मिति हुँदैन (दिन, र चार अङ्कको वर्ष जाँच्नुहोस्)। सुरक्षित गरिएको छैन।
date-unreadable = सुरक्षित मिति “{ $value }” यहाँ देखाउन सकिँदैन; तपाईंले पूरा मिति नहालेसम्म यो राखिन्छ।
date-filter-ignored = पूरा मिति नभएसम्म फिल्टर गर्न प्रयोग हुँदैन।

## पहिलो पटक खोल्दा, नमुना नोटबुक, बारेमा, फाइल म्यानेजरबाट खोलिएका पोको
welcome-title = Fieldbook मा स्वागत छ
welcome-lead = Fieldbook ले सुन्ने सत्रका टिपोटहरू यसै कम्प्युटरमा इन्क्रिप्ट गरेर राख्छ, र तपाईंले पठाउन रोजेका इन्क्रिप्ट गरिएका पोकोमा मात्र साझा गर्छ।
welcome-protects = तपाईंको पासफ्रेजले यहाँ राखिने सबै कुरा इन्क्रिप्ट गर्छ। पासफ्रेज बिना, ल्यापटप हराए वा कसैले लगे पनि यस कम्प्युटरका टिपोटहरू कसैले पढ्न सक्दैन।
welcome-no-recovery = बिर्सिएको पासफ्रेज कसैले फेरि पाउन सक्दैन: न Fieldbook ले, न तपाईंको कार्यालयले। विश्वासिला सहकर्मीहरूसँग पहिले नै (सुरक्षा भागमा) तयार गरिएको पुनःप्राप्ति किटले मात्र टिपोटहरू फेरि खोल्न सक्छ।
welcome-sample = नमुना डेटासँग चलाएर हेर्नुहोस्
welcome-sample-hint = काल्पनिक सत्रहरू भएको छुट्टै नमुना नोटबुक, हरेक स्क्रिन चलाएर हेर्नका लागि। त्यहाँ तपाईंले जे गरे पनि तपाईंका आफ्नै टिपोटहरूमा कुनै असर पर्दैन।
sample-banner = नमुना नोटबुक: यहाँका सबै कुरा काल्पनिक हुन्। यसमा केही आयात गर्न, वा यसबाट केही निर्यात वा प्रकाशित गर्न मिल्दैन।
sample-leave = मेरो नोटबुकमा फर्कनुहोस्
sample-delete = नमुना मेटाउनुहोस्
sample-deleted = नमुना नोटबुक मेटाइयो।
error-sample-stays-here = यो नमुना नोटबुक हो: यसको डेटा काल्पनिक हो र यसको पासफ्रेज सार्वजनिक छ, त्यसैले यसमा केही आयात हुँदैन र यसबाट केही पठाइँदैन। आयात, निर्यात वा प्रकाशित गर्न आफ्नै नोटबुकमा फर्कनुहोस्।
about-title = Fieldbook को बारेमा
about-version = Fieldbook { $version }
about-licence = GNU AGPL संस्करण 3 वा त्यसपछिको संस्करण अन्तर्गतको स्वतन्त्र सफ्टवेयर। यसभित्रका Noto फन्टहरू SIL Open Font License 1.1 अन्तर्गत छन्।
about-data-folder = तपाईंको नोटबुक { $path } मा छ
opened-title = तपाईंका फाइलहरूबाट खोलिएको
opened-lead = { $count ->
    [one] Fieldbook लाई यो पोको खोल्न भनियो। यसलाई जाँच्नुहोस्, अनि आयात गर्नुहोस् वा पन्छाएर राख्नुहोस्।
   *[other] Fieldbook लाई यी { $count } पोको खोल्न भनियो। तिनलाई जाँच्नुहोस्, अनि आयात गर्नुहोस् वा पन्छाएर राख्नुहोस्।
}
opened-import = आयात गर्नुहोस्
opened-dismiss = पन्छाएर राख्नुहोस्
opened-locked = तपाईंले खोलेको पोको आयात गर्न आफ्नो नोटबुकको ताल्चा खोल्नुहोस्।

## पोकोसँगै पुग्ने सहमति, हाजिरी पाना, प्रोफाइल
error-consent-withdrawn = यो सहभागीले सहमति फिर्ता लिनुभएको छ: { $what ->
    [quote] उहाँका भनाइहरू
   *[name] उहाँको नाम र उहाँलाई चिनाउने कुरा
  } फेरि लेख्न मिल्दैन।
error-withdrawal-fixed = सहमति फिर्ता जसरी लेखिएको हो, त्यसरी नै रहन्छ: यसलाई बदल्न वा हटाउन मिल्दैन। थप कुरा समेट्न नयाँ सहमति फिर्ता लेख्नुहोस्।
error-sheet = पाना { $file } पढ्न सकिँदैन: { $reason }। यसलाई CSV (UTF-8) वा XLSX का रूपमा सेभ गरेर फेरि छान्नुहोस्।
error-sheet-rows = पानाको पङ्क्ति { $rows } मा समस्या छ, त्यसैले केही पनि आयात भएन। ती पानामै सच्याउनुहोस्, वा त्यो स्तम्भ छाड्नुहोस्, अनि फेरि आयात गर्नुहोस्।
error-no-profile = यहाँ { $name } नामको कुनै प्रोफाइल छैन। सूचीबाट एउटा छान्नुहोस्, वा यसलाई थप्नुहोस्।
error-profile-exists = { $name } नामको प्रोफाइल पहिले नै छ। अर्कै नाम छान्नुहोस्।
error-profile-name = प्रोफाइलको नाम 1 देखि { $max } अक्षरसम्मको हुनुपर्छ। यसले तपाईंलाई चिनाउनु पर्दैन: तपाईंले चिन्ने कुनै रङ वा शब्द भए पुग्छ।
refusal-withdrawal-fixed = तिनले सहमति फिर्तालाई बदल्ने थिए, जुन जसरी लेखिएको हो त्यसरी नै रहन्छ।
refusal-withdrawal-not-participant = तिनले सहभागी नभएको अभिलेखको सहमति फिर्ता लिन्छन्; सहभागीले मात्र सहमति फिर्ता लिन सक्छन्, त्यसैले केही पनि मेटिएन।
scope-named = नाम खुलाउने
scope-quoted = भनाइ उल्लेख गर्ने
scope-all = कुनै पनि टिपोट लिने
withdrawal-recorded = सहमति फिर्ता लेखियो ({ $scope }): यसले समेटेका कुरा यो उपकरणमा र यो पाउने हरेक उपकरणमा स्थायी रूपमा मेटाइन्छन्। Id: { $id }
withdrawal-applied = { $at } मा लागू भयो
withdrawal-waiting = अहिलेसम्म लागू भएको छैन
withdrawal-names-kept = सहमति फिर्ताअघि बनाइएका पोकाबाट नाम हटाउन, हरेक विश्वसनीय उपकरणले फिर्ता लागू गर्नुअघि भएका सबै कुरा नपठाउन्जेल यो उपकरणले नामको साँचोबद्ध छाप राख्छ।
withdrawal-names-forgotten = { $at } देखि यो उपकरणमा नामको केही पनि राखिएको छैन।
sheet-row = पङ्क्ति
sheet-error-no-name = नाम वा उपनाम छैन
sheet-error-not-yes-no = “{ $value }” लाई हो वा होइन भनेर बुझ्न सकिँदैन
sheet-error-not-org-kind = “{ $value }” लाई औपचारिक वा अनौपचारिक भनेर बुझ्न सकिँदैन
sheet-error-too-long = कोठामा धेरै लामो पाठ छ
sheet-error-control-character = कोषमा नियन्त्रण वा नदेखिने अक्षरहरू छन् (के फाइल अर्कै इन्कोडिङमा सुरक्षित गरिएको थियो?)
sheet-dry-run = { $count } सहभागी थपिने थिए; { $errors } समस्या। केही पनि बदलिएन।
sheet-imported = { $count } सहभागी थपिए।
profile-added = प्रोफाइल { $name } थपियो, आफ्नै डेटा भण्डार र पासफ्रेजसहित।
history-erased = (मानहरू स्थायी रूपमा मेटाइए: सहभागीले सहमति फिर्ता लिनुभयो)
a-participant-withdrawn = एक सहभागी (सहमति फिर्ता लिइएको)
history-erased-value = स्थायी रूपमा मेटाइएको
history-erased-badge = सहमति फिर्ता लिइएको
withdrawn-what = { $scope } सहमति फिर्ता लिइयो। यसले समेटेका कुरा यहाँ र यो पाउने हरेक उपकरणमा स्थायी रूपमा मेटाइन्छन्।
withdraw-open = सहमति फिर्ता लिनुहोस्
withdraw-title = सहमति फिर्ता लिनुहोस्
withdraw-lead = यो व्यक्तिले के फिर्ता लिनुहुन्छ? यसले समेटेका कुरा अहिले नै यो ल्यापटपमा, र तपाईंका पोको पुग्ने हरेक उपकरणमा, पहिले प्रतिलिपि गरिएका कुरासमेत, स्थायी रूपमा मेटाइन्छन्। यसलाई फर्काउन सकिँदैन। उहाँ अझै पनि सहभागीका रूपमा गनिनुहुन्छ।
withdraw-named-hint = उहाँको नाम, संस्था र भूमिका, र यो सत्रका टिपोटमा जहाँ जहाँ उहाँको नाम लेखिएको छ।
withdraw-quoted-hint = उहाँका उल्लेख गरिएका सबै भनाइ।
withdraw-all-hint = दुवै, साथै उहाँको उपनाम र उहाँसम्बन्धी कुनै पनि फोटो वा स्क्यान। उहाँ “एक सहभागी (सहमति फिर्ता लिइएको)” का रूपमा मात्र रहनुहुन्छ।
withdraw-by = लेख्ने व्यक्ति (नाम वा नामका पहिलो अक्षर; खाली छाड्न पनि मिल्छ)
withdraw-note = टिप्पणी (उहाँले कसरी भन्नुभयो; उहाँको नाम कहिल्यै नलेख्नुहोस्)
withdraw-confirm = अहिले नै मेटाउनुहोस्
sheet-import = हाजिरी पाना आयात गर्नुहोस्
sheet-title = हाजिरी पानाबाट सहभागीहरू
sheet-lead = हरेक स्तम्भमा के छ छान्नुहोस्। स्तम्भमा “हो” भएको ठाउँमा मात्र सहमति गनिन्छ; खाली कोठालाई “होइन” मानिन्छ। सबै पङ्क्ति ठीक नभएसम्म केही पनि थपिँदैन।
sheet-ignore = (छाड्ने)
sheet-add = { $count } सहभागी थप्नुहोस्
sheet-more = …र थप { $count } पङ्क्ति।
withdrawals-title = सहमति फिर्ताहरू
withdrawals-lead = हरेक सहमति फिर्ताले आफूले समेटेका कुरा त्यो पाउने हरेक उपकरणमा स्थायी रूपमा मेटाउँछ। कुनै उपकरणले अहिलेसम्म लागू गरेको छैन भने त्यसले पाएकै छैन: त्यसलाई एउटा पोको पठाउनुहोस्।
withdrawals-line = { $date }: { $scope } सहमति फिर्ता लिइयो
profile-label = प्रोफाइल
profile-first = पहिलो प्रोफाइल
profile-not-created = अहिलेसम्म बनाइएको छैन
profile-new = अर्को सहजकर्ताले पनि यो ल्यापटप चलाउनुहुन्छ? प्रोफाइल थप्नुहोस्
profile-new-label = प्रोफाइलको नाम
profile-new-hint = तपाईंले चिन्ने कुनै शब्द वा रङ। तपाईंलाई चिनाउने कुनै कुरा चाहिँदैन। हरेक प्रोफाइलका आफ्नै टिपोट र पासफ्रेज हुन्छन्।
profile-add = प्रोफाइल थप्नुहोस्
profile-drop = खाली प्रोफाइल { $name } हटाउनुहोस्
error-profile-while-open = पहिले Fieldbook मा ताल्चा लगाउनुहोस्, अनि प्रोफाइल छान्नुहोस् वा थप्नुहोस्।
