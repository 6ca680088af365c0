## Fieldbook — កាតាឡុកភាសាខ្មែរ. រាល់ឃ្លាដែលអ្នកប្រើមើលឃើញ ស្ថិតនៅទីនេះ (UI, CLI, សារកំហុស)។
## លេខសម្គាល់សារ (key) ដូចគ្នានៅគ្រប់ភាសា ការធ្វើតេស្តពិនិត្យថា គ្មានភាសាណាខ្វះសារណាមួយឡើយ។

app-name = Fieldbook
app-tagline = វគ្គស្ដាប់ជាមួយចលនាសង្គម ប្រកបដោយសុវត្ថិភាព ទោះគ្មានអ៊ីនធឺណិតក៏ដោយ។
language = ភាសា

## ដោះសោ និងបង្កើត
unlock-title = ដោះសោ Fieldbook
unlock-lead = កំណត់ចំណាំរបស់អ្នកត្រូវបានអ៊ិនគ្រីបនៅលើកុំព្យូទ័រនេះ។ សូមបញ្ចូលឃ្លាសម្ងាត់ ដើម្បីបើកវា។
unlock-passphrase = ឃ្លាសម្ងាត់
unlock-button = ដោះសោ
unlock-working = កំពុងបើក…
create-title = បង្កើត Fieldbook របស់អ្នក
create-lead = អ្វីៗទាំងអស់ដែលអ្នកកត់ត្រា ត្រូវបានអ៊ិនគ្រីបនៅលើកុំព្យូទ័រនេះដោយប្រើឃ្លាសម្ងាត់។ សូមជ្រើសរើសឃ្លាមួយដែលអ្នកអាចចាំបាន៖ បើអ្នកភ្លេច គឺមិនអាចយកមកវិញបានទេ។
create-passphrase = ឃ្លាសម្ងាត់ថ្មី
create-confirm = វាយឃ្លាសម្ងាត់ម្ដងទៀត
create-hint = យ៉ាងហោចណាស់ { $min } តួអក្សរ។ ពាក្យពីរបីដែលមិនទាក់ទងគ្នា ងាយចាំ ហើយពិបាកទាយ។
create-button = បង្កើត និងបើក
create-mismatch = ឃ្លាសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។
lock-button = ចាក់សោ
data-folder = ថតទិន្នន័យ៖ { $path }

## ការរុករក
nav-sessions = វគ្គ
nav-movements = ចលនា
nav-guides = មគ្គុទ្ទេសក៍សំណួរ
keyboard-hint = គ្រាប់ចុច៖ Alt+1…7 ផ្នែកនានា · Ctrl+Enter បន្ថែមធាតុមួយ · Ctrl+N វគ្គថ្មី · / ស្វែងរក

## ស្ថានភាពរក្សាទុក
save-saving = កំពុងរក្សាទុក…
save-saved = បានរក្សាទុកការផ្លាស់ប្ដូរទាំងអស់
save-saved-at = បានរក្សាទុកនៅម៉ោង { $time }
save-failed = មិនបានរក្សាទុក៖ { $reason }

## បញ្ជីវគ្គ
sessions-title = វគ្គស្ដាប់
sessions-new = វគ្គថ្មី
sessions-search = ស្វែងរកវគ្គ
sessions-filter-movement = ចលនាទាំងអស់
sessions-filter-status = គ្រប់ស្ថានភាព
sessions-empty = មិនទាន់មានវគ្គស្ដាប់នៅឡើយទេ។ ចាប់ផ្ដើមដោយការស្ដាប់៖ សូមបង្កើតវគ្គដំបូង។
sessions-none-match = គ្មានវគ្គណាត្រូវនឹងតម្រងទាំងនេះទេ។
sessions-count = { $count ->
   *[other] { $count } វគ្គ
}
col-date = កាលបរិច្ឆេទ
col-title = ចំណងជើង
col-movements = ចលនា
col-place = ទីកន្លែង
col-participants = មនុស្ស
col-status = ស្ថានភាព
untitled-session = វគ្គគ្មានចំណងជើង

## ស្ថានភាពវគ្គ
status-draft = សេចក្ដីព្រាង
status-reviewed = បានពិនិត្យ
status-shared_back = បានចែករំលែកត្រឡប់

## ការកែសម្រួលវគ្គ
session-back = វគ្គទាំងអស់
session-delete = លុបវគ្គ
session-delete-confirm = លុបវគ្គនេះ និងអ្វីៗទាំងអស់ដែលបានកត់ត្រាក្នុងវគ្គនេះឬ?
section-details = ព័ត៌មានលម្អិត
section-participants = អ្នកចូលរួម
section-questions = សំណួរ និងកំណត់ចំណាំ
section-priorities = អាទិភាព
section-risks = ហានិភ័យ
section-support = ការគាំទ្រដែលបានព្រមព្រៀង
section-media = រូបថត និងការថតសំឡេង
media-lead = ផ្ទាំងក្រដាសធំ (flipchart) ក្ដារបោះឆ្នោតដោយបិទចំណុច ការថតសំឡេង ទម្រង់យល់ព្រមដែលបានស្កេន។ ទាំងនេះត្រូវបានអ៊ិនគ្រីបរួមជាមួយអ្វីៗផ្សេងទៀតទាំងអស់ ទីតាំង និងព័ត៌មានលម្អិតអំពីកាមេរ៉ារបស់រូបថត ត្រូវបានដកចេញ មុននឹងរក្សាទុក។ ជាកម្រិត “ផ្ទៃក្នុង” លុះត្រាតែអ្នកជ្រើសរើសផ្សេង៖ សូមសម្គាល់រូបថតដែលមានមនុស្សនៅក្នុងនោះថា “រឹតត្បិត”។
media-attach = ភ្ជាប់ឯកសារ
media-attaching = { $count ->
   *[other] កំពុងភ្ជាប់ឯកសារ { $count }…
}
media-empty = មិនទាន់មានអ្វីបានភ្ជាប់នៅឡើយទេ។
media-drop-hint = អ្នកក៏អាចអូសឯកសារមកទម្លាក់លើបង្អួចនេះបានដែរ។
media-max-side = បង្រួមរូបថតឱ្យនៅត្រឹម
media-max-side-original = ទំហំដើមរបស់វា
media-max-side-px = { $px } ភីកសែល
media-view = មើលរូបថត
media-listen = ស្ដាប់
media-size = { $mb } MB
media-caption = ពាក្យពិពណ៌នារូបថត
media-about = ទាក់ទងនឹង
media-about-session = វគ្គទាំងមូល
media-in-summary = បោះពុម្ពក្នុងសេចក្ដីសង្ខេប
media-in-summary-hint = រូបថតនេះត្រូវបានបោះពុម្ពក្នុងសេចក្ដីសង្ខេបវគ្គ សម្រាប់តែកំណែដែលកម្រិតរបស់វាអនុញ្ញាត៖ សូមជ្រើសរើស “ចែករំលែកត្រឡប់” ដើម្បីដាក់វាក្នុងច្បាប់ចម្លងសម្រាប់អ្នកចូលរួម។
media-save-copy = រក្សាទុកច្បាប់ចម្លង…
media-saved-copy = បានរក្សាទុកច្បាប់ចម្លងនៃ { $file } ហើយ។
media-limit-title = ឯកសារភ្ជាប់
media-limit-lead = ទំហំធំបំផុតនៃរូបថត ការថតសំឡេង ឬ PDF ដែលអាចភ្ជាប់បាន។ ដែនកំណត់កាន់តែធំ ធ្វើឱ្យឧបករណ៍ផ្ទុក USB ឆាប់ពេញ។
media-limit-label = MB ជាអតិបរមា
media-limit-saved = អាចភ្ជាប់ឯកសារដែលមានទំហំរហូតដល់ { $mb } MB។
field-title = ចំណងជើង
field-starts-at = កាលបរិច្ឆេទ និងម៉ោង
field-time-zone = ល្វែងម៉ោង
field-place = ទីកន្លែង
field-languages = ភាសាដែលបាននិយាយ
field-languages-hint = បំបែកដោយសញ្ញាក្បៀស ឧទាហរណ៍៖ ខ្មែរ, អង់គ្លេស
field-facilitators = អ្នកសម្របសម្រួល
field-facilitators-hint = បំបែកដោយសញ្ញាក្បៀស
field-movements = ចលនា
field-status = ស្ថានភាព
field-notes = កំណត់ចំណាំវគ្គ
no-movements-yet = មិនទាន់មានចលនានៅឡើយទេ៖ សូមបន្ថែមនៅក្នុងផ្នែក “ចលនា”។

## អ្នកចូលរួម
participants-lead = សូមកត់ត្រាការយល់ព្រម មុននឹងសរសេរអ្វីដែលមនុស្សម្នាក់និយាយ។
participant-add = បន្ថែមអ្នកចូលរួម
participant-name = ឈ្មោះ
participant-pseudonym = ឈ្មោះសម្មតិ
participant-organisation = អង្គការ ឬក្រុម
participant-org-kind = ប្រភេទក្រុម
org-kind-formal = ផ្លូវការ
org-kind-informal = ក្រៅផ្លូវការ
participant-role = តួនាទី
consent-record = យល់ព្រមឱ្យកត់ត្រា
consent-quote = អាចដកស្រង់សម្ដីបាន
consent-named = អាចបញ្ចេញឈ្មោះក្នុងឯកសារដែលចែករំលែក
at-risk = ប្រឈមហានិភ័យ
at-risk-hint = ប្រឈមហានិភ័យ៖ មិនបញ្ចេញឈ្មោះក្នុងអ្វីដែលចែករំលែកជាដាច់ខាត។
participants-empty = មិនទាន់មានអ្នកចូលរួមនៅឡើយទេ។
a-participant = អ្នកចូលរួមម្នាក់

## សំណួរ និងសម្ដីដកស្រង់
questions-lead = ស្ដាប់ជាមុនសិន៖ ចលនាជាអ្នកកំណត់របៀបវារៈ។
question-text = សំណួរ
question-answer = អ្វីដែលបាននិយាយ
question-add = បន្ថែមសំណួរ
questions-from-guide = បន្ថែមសំណួរពីមគ្គុទ្ទេសក៍
questions-from-guide-button = បន្ថែម
quote-add = បន្ថែមសម្ដីដកស្រង់
quote-text = សម្ដីដកស្រង់
quote-by = និយាយដោយ
quote-no-consent = (មិនបានយល់ព្រមឱ្យដកស្រង់សម្ដី)
questions-empty = មិនទាន់មានសំណួរនៅឡើយទេ។

## អាទិភាព
priority-add = បន្ថែមអាទិភាព
priority-title = អាទិភាព
priority-theme = ប្រធានបទ
priority-description = ព័ត៌មានលម្អិត
priority-votes = សំឡេងឆ្នោត
priority-vote-up = បន្ថែមសំឡេងឆ្នោតមួយ
priority-vote-down = ដកសំឡេងឆ្នោតមួយចេញ
move-up = ផ្លាស់ឡើងលើ
move-down = ផ្លាស់ចុះក្រោម
priorities-empty = មិនទាន់មានអាទិភាពនៅឡើយទេ។

## ហានិភ័យ
risk-add = បន្ថែមហានិភ័យ
risk-description = ហានិភ័យ
risk-affected = អ្នកដែលរងផលប៉ះពាល់
risk-severity = កម្រិតធ្ងន់ធ្ងរ
severity-low = ទាប
severity-medium = មធ្យម
severity-high = ខ្ពស់
risk-mitigation = វិធានការកាត់បន្ថយដែលបានព្រមព្រៀង
risks-empty = មិនទាន់មានហានិភ័យដែលបានកត់ត្រាទេ។

## ការគាំទ្រដែលបានព្រមព្រៀង
support-add = បន្ថែមការគាំទ្រ
support-what = អ្វី
support-role = តួនាទីរបស់យើង
support-category = ប្រភេទការគាំទ្រ
support-owner = អ្នកទទួលខុសត្រូវ
support-due = កាលកំណត់
support-status = ស្ថានភាព
support-requested = ចលនាបានស្នើសុំ
supports-empty = មិនទាន់មានការគាំទ្រដែលបានព្រមព្រៀងនៅឡើយទេ។
role-convener = អ្នកប្រមូលផ្ដុំ
role-ally = សម្ព័ន្ធមិត្ត
role-resource_partner = ដៃគូផ្ដល់ធនធាន
role-amplifier = អ្នកពង្រីកសំឡេង
support-status-proposed = បានស្នើ
support-status-agreed = បានព្រមព្រៀង
support-status-in_progress = កំពុងអនុវត្ត
support-status-done = រួចរាល់
support-status-dropped = បានបោះបង់
value-institutional_capacity = ការកសាងសមត្ថភាពស្ថាប័ន
value-skills_training = ការបណ្ដុះបណ្ដាលជំនាញ
value-research_documentation = ការស្រាវជ្រាវ និងការចងក្រងឯកសារ
value-policy_analysis = ការវិភាគគោលនយោបាយ និងការទទួលបានព័ត៌មាន
value-key_concepts = ការពង្រឹងគោលគំនិតសំខាន់ៗ
value-cross_movement_spaces = វេទិកាជួបជុំរវាងចលនានានា
value-facilitating_advocacy = ការសម្របសម្រួលការតស៊ូមតិ
value-mass_mobilisation = ការកៀរគរមហាជន
value-profile_media = ការលើកកម្ពស់ភាពលេចធ្លោ និងប្រព័ន្ធផ្សព្វផ្សាយ
value-funding_cost_sharing = ការគាំទ្រថវិកា និងការចែករំលែកចំណាយ
value-legal_support = ការគាំទ្រផ្នែកច្បាប់

## ចលនា
movements-title = ចលនា
movements-lead = ចលនាសង្គម និងបណ្ដាញនានា ដែលអ្នកធ្វើការជាមួយ។
movement-add = បន្ថែមចលនា
movement-name = ឈ្មោះ
movement-country = ប្រទេស
movement-region = តំបន់
movement-sector = វិស័យ
movement-sector-hint = ឧទាហរណ៍៖ ពលករការងារតាមផ្ទះ សិទ្ធិស្ត្រី សិទ្ធិដីធ្លី យុវជន
movement-description = ការពិពណ៌នា
movements-empty = មិនទាន់មានចលនានៅឡើយទេ។
movement-delete-confirm = លុបចលនានេះឬ? វគ្គនានានៅតែរក្សាកំណត់ចំណាំរបស់ខ្លួន។

## មគ្គុទ្ទេសក៍
guides-title = មគ្គុទ្ទេសក៍សំណួរ
guides-lead = សំណួរដែលវគ្គស្ដាប់មួយប្រើតាម។ វគ្គថ្មីៗចម្លងសំណួរទាំងនេះ ការកែមគ្គុទ្ទេសក៍មិនដែលផ្លាស់ប្ដូរវគ្គមុនៗឡើយ។
guide-add = មគ្គុទ្ទេសក៍ថ្មី
guide-name = ឈ្មោះមគ្គុទ្ទេសក៍
guide-language = ភាសា
guide-question-add = បន្ថែមសំណួរ
guide-delete-confirm = លុបមគ្គុទ្ទេសក៍នេះឬ? វគ្គនានានៅតែរក្សាសំណួរដែលបានសួរ។
guides-empty = គ្មានមគ្គុទ្ទេសក៍ទេ។

## ទូទៅ
delete = លុប
cancel = បោះបង់
confirm = បញ្ជាក់
loading = កំពុងផ្ទុក…
choose = ជ្រើសរើស…
none = គ្មាន

## កំហុស (error-<code> សម្រាប់កូដកំហុសនីមួយៗរបស់ core)
error-wrong-passphrase = ឃ្លាសម្ងាត់នោះមិនអាចបើក Fieldbook នេះបានទេ។ សូមពិនិត្យប្លង់ក្ដារចុច (ខ្មែរ ឬអង់គ្លេស) និង Caps Lock រួចព្យាយាមម្ដងទៀត។
error-weak-passphrase = ឃ្លាសម្ងាត់នោះងាយទាយពេក (ឬខ្លីជាង { $min } តួអក្សរ)។ សូមប្រើឃ្លាដែលមានពាក្យបួន ឬច្រើនជាងនេះ ដែលមិនទាក់ទងគ្នា ដូចជា “ទន្លេ ចង្កៀង ក្រូច ដប់ប្រាំពីរ”៖ ងាយចាំ ពិបាកទាយ។ សូមជៀសវាងឈ្មោះ កាលបរិច្ឆេទ និងឈ្មោះកម្មវិធី។
error-no-store = មិនទាន់មាន Fieldbook នៅទីនេះទេ។ សូមបង្កើតមួយជាមុនសិន។
error-store-exists = មាន Fieldbook មួយរួចហើយនៅក្នុងថតនេះ។ សូមដោះសោវាជំនួសវិញ។
error-not-a-store = ឯកសារនេះមិនមែនជាឃ្លាំងទិន្នន័យ Fieldbook ទេ ឬវាខូច។ សូមស្ដារវាពីច្បាប់បម្រុងទុក ឬពីកញ្ចប់ទិន្នន័យដែលបាននាំចេញ។
error-no-encryption = កំណែនេះមិនអាចអ៊ិនគ្រីបទិន្នន័យបានទេ ដូច្នេះវាបដិសេធមិនរក្សាទុកអ្វីទាំងអស់។ សូមដំឡើងកំណែផ្លូវការ។
error-not-found = កំណត់ត្រានោះលែងមានទៀតហើយ។ ប្រហែលជាវាត្រូវបានលុប។
error-unknown-field = កំហុសផ្ទៃក្នុង៖ { $detail }
error-invalid-value = មិនអាចរក្សាទុកតម្លៃនោះបានទេ៖ { $detail }
error-invalid-document = មិនអាចអានឯកសារនេះបានទេ៖ { $detail }
error-disk-full = ថាសពេញហើយ ដូច្នេះគ្មានអ្វីត្រូវបានរក្សាទុកទេ។ សូមធ្វើឱ្យមានទំហំទំនេរខ្លះ អ្វីដែលអ្នកបានវាយនៅតែបង្ហាញលើអេក្រង់ រហូតដល់អាចរក្សាទុកបាន។
error-media-too-large = { $name } មានទំហំ { $mb } MB ឯកសារភ្ជាប់អាចមានទំហំអតិបរមា { $limit } MB។ សូមបង្រួមវា (ការថតសំឡេងជា M4A ឬ Opus ប្រើទំហំត្រឹមមួយភាគដប់នៃ WAV) ឬបង្កើនដែនកំណត់នៅក្នុងផ្នែក “សុវត្ថិភាព”។
error-media-not-what-it-says = { $name } មានឈ្មោះជាឯកសារ { $claimed } ប៉ុន្តែតាមពិតវាជាឯកសារ { $found } ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។ សូមពិនិត្យថា អ្នកបានជ្រើសរើសឯកសារត្រឹមត្រូវ។
error-media-unsupported = { $name } មិនមែនជារូបថត ការថតសំឡេង ឬ PDF ដែល Fieldbook អាចរក្សាទុកបានទេ។ សូមប្រើ JPEG, PNG ឬ WebP សម្រាប់រូបថត (ដើម្បីបាន JPEG សូមកំណត់កាមេរ៉ាទូរស័ព្ទទៅ “Most Compatible”) ប្រើ MP3, M4A, Ogg, Opus, WAV, FLAC ឬ WebM សម្រាប់ការថតសំឡេង ឬប្រើ PDF។
error-media-damaged = { $reason ->
    [truncated] { $name } មិនពេញលេញ (វាមិនត្រូវបានចម្លងចប់សព្វគ្រប់) ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។ សូមចម្លងវាម្ដងទៀតពីទូរស័ព្ទ ឬកាមេរ៉ា។
    [too-many-pixels] { $name } មានភីកសែលច្រើនជាងកាមេរ៉ាណាមួយអាចថតបាន ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។
    [unreadable-audio] { $name } មិនមែនជាការថតសំឡេងដែល Fieldbook អាចអានបានទេ ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។ សូមចម្លងវាម្ដងទៀតពីឧបករណ៍ថតសំឡេង ឬរក្សាទុកវាជា MP3 ឬ M4A។
    [changed] { $name } បានផ្លាស់ប្ដូរ ខណៈពេលកំពុងភ្ជាប់ ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។ សូមព្យាយាមម្ដងទៀត នៅពេលវាចម្លងរួចរាល់។
   *[other] មិនអាចអាន { $name } បានទេ (វាខូច) ដូច្នេះគ្មានអ្វីត្រូវបានភ្ជាប់ទេ។ សូមចម្លងវាម្ដងទៀតពីទូរស័ព្ទ ឬកាមេរ៉ា។
}
error-media-missing = ឯកសារ { $name } មិនទាន់មកដល់ឧបករណ៍នេះនៅឡើយទេ។ វានឹងមកជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ ពីឧបករណ៍ដែលមានវា (លុះត្រាតែកញ្ចប់ទិន្នន័យនោះមិនដាក់បញ្ចូលឯកសារភ្ជាប់)។
error-io = មិនអាចអាន ឬសរសេរឯកសារមួយបានទេ៖ { $detail }
error-database = មូលដ្ឋានទិន្នន័យបានរាយការណ៍ពីបញ្ហាមួយ៖ { $detail }
error-migration = មិនអាចធ្វើបច្ចុប្បន្នភាពទិន្នន័យទៅកំណែ Fieldbook នេះបានទេ៖ { $detail }
error-store-too-new = ទិន្នន័យនេះត្រូវបានរក្សាទុកដោយ Fieldbook កំណែថ្មីជាង។ សូមដំឡើងកំណែនោះ ឬកំណែថ្មីជាងនេះ ដើម្បីបើកវា គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-cancelled = បានបញ្ឈប់។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ៖ ឃ្លាំងទិន្នន័យនៅដដែលដូចមុនទាំងស្រុង។
error-in-use = បង្អួច Fieldbook មួយទៀតកំពុងនាំចូលទៅក្នុងទិន្នន័យនេះ។ សូមរង់ចាំរហូតដល់ការនាំចូលបញ្ចប់ រួចព្យាយាមម្ដងទៀត គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
error-internal = មានបញ្ហាកើតឡើងនៅខាងក្នុង Fieldbook ហើយប្រតិបត្តិការត្រូវបានបញ្ឈប់ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។ សូមព្យាយាមម្ដងទៀត បើវាកើតឡើងម្ដងទៀត សូមកត់ចំណាំអ្វីដែលអ្នកបានធ្វើ ហើយប្រាប់អ្នកទំនាក់ទំនងផ្នែកជំនួយរបស់អ្នក។
error-edits-waiting = អ្វីដែលបានវាយក្នុងអំឡុងពេលនាំចូលចុងក្រោយ មិនទាន់នៅក្នុងទិន្នន័យរបស់អ្នកនៅឡើយទេ (ថាសពេញ ឬរវល់) ដូច្នេះការផ្លាស់ប្ដូរនេះត្រូវរង់ចាំ។ សូមធ្វើឱ្យមានទំហំទំនេរលើថាសខ្លះ រួចព្យាយាមម្ដងទៀត គ្មានអ្វីដែលបានវាយបាត់បង់ទេ។
error-locked = Fieldbook ត្រូវបានចាក់សោ។ សូមដោះសោ ដើម្បីបន្ត។
error-unexpected = មានបញ្ហាកើតឡើង៖ { $detail }

## បន្ទាត់បញ្ជា
cli-passphrase-prompt = ឃ្លាសម្ងាត់ Fieldbook៖
cli-passphrase-new = ឃ្លាសម្ងាត់ថ្មី៖
cli-passphrase-repeat = វាយឃ្លាសម្ងាត់ម្ដងទៀត៖
cli-created = បានបង្កើត Fieldbook ថ្មីនៅក្នុង { $path }
cli-demo-done = បានបន្ថែមវគ្គសាកល្បងចំនួន { $count }។
cli-put-done = បានរក្សាទុកវគ្គ { $id }

## សមកាលកម្ម
nav-sync = សមកាលកម្ម
sync-title = សមកាលកម្ម
sync-lead = ផ្ទេរទិន្នន័យដោយមិនប្រើអ៊ីនធឺណិត៖ នាំចេញកញ្ចប់ទិន្នន័យដែលបានអ៊ិនគ្រីប និងចុះហត្ថលេខា ទៅក្នុងឧបករណ៍ផ្ទុក USB ឬកម្មវិធីផ្ញើសារ ហើយនាំចូលកញ្ចប់ទិន្នន័យពីឧបករណ៍ផ្សេងទៀត។
sync-identity = ឧបករណ៍នេះ
sync-device = ឧបករណ៍
sync-fingerprint = ស្នាមម្រាមដៃ
sync-fingerprint-hint = សូមអានវាឱ្យអ្នកដែលនឹងទុកចិត្តឧបករណ៍នេះស្ដាប់ ឧទាហរណ៍ តាមការហៅទូរស័ព្ទ។
sync-recipient = អ្នកទទួល age
sync-recipients = អ្នកទទួល
sync-recipients-lead = កញ្ចប់ទិន្នន័យត្រូវបានអ៊ិនគ្រីបសម្រាប់សោទាំងនេះ៖ ការិយាល័យប្រចាំប្រទេស ការិយាល័យតំបន់ សោសង្គ្រោះរបស់អង្គការ។
sync-recipient-add = បន្ថែមអ្នកទទួល
sync-recipient-label = ជាអ្នកណា
sync-recipient-key = សោ age1…
sync-recipients-empty = មិនទាន់មានអ្នកទទួលនៅឡើយទេ។ សូមសុំសោ age1… ពីការិយាល័យប្រចាំប្រទេស។
sync-export = នាំចេញកញ្ចប់ទិន្នន័យ
sync-export-full = កញ្ចប់ពេញលេញ (ទាំងអស់ មិនមែនតែអ្វីដែលបានផ្លាស់ប្ដូរទេ)
sync-export-done = បានសរសេរកញ្ចប់ទិន្នន័យ៖ ការផ្លាស់ប្ដូរ { $count } ទៅ { $path }
sync-import = នាំចូលកញ្ចប់ទិន្នន័យ
sync-import-starting = កំពុងចាប់ផ្ដើមនាំចូល…
sync-import-reading = កំពុងអាន និងពិនិត្យឯកសារទី { $done } ក្នុងចំណោម { $total }…
sync-import-merging = កំពុងបញ្ចូលគ្នានូវការផ្លាស់ប្ដូរ { $done } ក្នុងចំណោម { $total }…
sync-import-cancel = ឈប់
job-dismiss = បិទ
sync-export-starting = កំពុងចាប់ផ្ដើមនាំចេញ…
sync-export-collecting = កំពុងអានទិន្នន័យ៖ ប្រភេទកំណត់ត្រា { $done } ក្នុងចំណោម { $total }…
sync-export-media = កំពុងបន្ថែមរូបថត និងការថតសំឡេង៖ { $done } នៃ { $total } MB…
sync-export-cancel = ឈប់
sync-export-stopping = កំពុងបញ្ឈប់៖ នឹងមិនទុកឯកសារណាមួយចោលទេ…
sync-tables-starting = កំពុងចាប់ផ្ដើមបង្កើតតារាង…
sync-tables-collecting = កំពុងបង្កើតតារាង៖ { $done } ក្នុងចំណោម { $total }…
sync-tables-cancel = ឈប់
sync-tables-stopping = កំពុងបញ្ឈប់៖ នឹងមិនសរសេរឯកសារណាមួយទេ…
sync-import-stopping = កំពុងបញ្ឈប់៖ នឹងមិនផ្លាស់ប្ដូរអ្វីទេ…
sessions-showing = កំពុងបង្ហាញ { $shown } ក្នុងចំណោម { $count }
sync-import-done = { $file }៖ បានអនុវត្តការផ្លាស់ប្ដូរ { $applied } ក្នុងចំណោម { $changes } { $conflicts ->
   *[other] មានភាពផ្ទុយគ្នា { $conflicts }
}
sync-trust-title = ឧបករណ៍មិនស្គាល់
sync-trust-lead = កញ្ចប់ទិន្នន័យនេះត្រូវបានចុះហត្ថលេខាដោយឧបករណ៍ដែលអ្នកមិនទាន់ទុកចិត្តនៅឡើយ។ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃជាមួយម្ចាស់ឧបករណ៍នោះ (ឧទាហរណ៍ តាមទូរស័ព្ទ) មុននឹងទុកចិត្តវា។
sync-trust-button = ទុកចិត្តឧបករណ៍នេះ ហើយនាំចូល
sync-trusted = ឧបករណ៍ដែលទុកចិត្ត
sync-trusted-empty = មិនទាន់មានឧបករណ៍ដែលទុកចិត្តនៅឡើយទេ។
sync-conflicts = ភាពផ្ទុយគ្នាដែលត្រូវពិនិត្យ
sync-conflicts-empty = គ្មានភាពផ្ទុយគ្នាទេ៖ ការកែសម្រួលដែលធ្វើលើឧបករណ៍ផ្សេងៗគ្នា ត្រូវបានបញ្ចូលគ្នាដោយរលូន។
sync-conflict-local = នៅលើឧបករណ៍នេះ
sync-conflict-incoming = ពីកញ្ចប់ទិន្នន័យ
sync-conflict-keep = រក្សាមួយនេះ
sync-conflict-applied = កំពុងប្រើបច្ចុប្បន្ន
sync-history = ប្រវត្តិនាំចូល
sync-history-newest = ការនាំចូលថ្មីបំផុត { $shown } ក្នុងចំណោម { $count } ពាក្យបញ្ជា `fieldbook-cli imports` បង្ហាញទាំងអស់។
sync-history-empty = មិនទាន់បាននាំចូលអ្វីនៅឡើយទេ។
sync-history-line = { $time } · { $file } · បានអនុវត្ត { $applied } ក្នុងចំណោម { $changes } · ភាពផ្ទុយគ្នា { $conflicts } · { $fingerprint }
sync-by = { $device } នៅ { $time }
remove = ដកចេញ

## កំហុសសមកាលកម្ម
error-bundle = មិនអាចបង្កើតកញ្ចប់ទិន្នន័យបានទេ៖ { $detail }
error-bad-recipient = នោះមិនមែនជាអ្នកទទួល age ទេ។ វាគួរតែចាប់ផ្ដើមដោយ age1 សូមស្នើឱ្យការិយាល័យផ្ញើវាម្ដងទៀត។
error-no-recipients = គ្មានអ្នកទទួលណាសម្រាប់អ៊ិនគ្រីបកញ្ចប់ទិន្នន័យនេះទេ។ សូមបន្ថែមអ្នកទទួល age1… របស់ការិយាល័យប្រចាំប្រទេស នៅក្នុងផ្នែក “សមកាលកម្ម” ឬនាំចេញដោយប្រើឃ្លាសម្ងាត់។
error-not-a-bundle = ឯកសារនេះមិនមែនជាកញ្ចប់ទិន្នន័យ Fieldbook ទេ។ សូមពិនិត្យថា អ្នកបានជ្រើសរើសឯកសារកញ្ចប់ទិន្នន័យដែលគេបានផ្ញើមកអ្នក។
error-bundle-wrong-key = កញ្ចប់ទិន្នន័យនេះត្រូវបានអ៊ិនគ្រីបសម្រាប់ឧបករណ៍ផ្សេង ដូច្នេះមិនអាចបើកនៅទីនេះបានទេ។ សូមស្នើឱ្យអ្នកផ្ញើនាំចេញវាម្ដងទៀត សម្រាប់អ្នកទទួលរបស់ឧបករណ៍នេះ។
error-bundle-wrong-passphrase = ឃ្លាសម្ងាត់នោះមិនអាចបើកកញ្ចប់ទិន្នន័យនេះបានទេ។
error-bundle-needs-passphrase = កញ្ចប់ទិន្នន័យនេះត្រូវបានការពារដោយឃ្លាសម្ងាត់។ សូមនាំចូលវាម្ដងទៀត ហើយបញ្ចូលឃ្លាសម្ងាត់។
error-bundle-damaged = កញ្ចប់ទិន្នន័យខូច ឬត្រូវបានកែប្រែបន្ទាប់ពីបានបង្កើត ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមស្នើសុំច្បាប់ចម្លងថ្មីពីអ្នកផ្ញើ។ ({ $detail })
error-bundle-bad-signature = ហត្ថលេខារបស់កញ្ចប់ទិន្នន័យមិនត្រឹមត្រូវទេ៖ វាត្រូវបានកែប្រែ ឬក្លែងបន្លំ។ គ្មានអ្វីត្រូវបាននាំចូលទេ។
error-bundle-unknown-signer = កញ្ចប់ទិន្នន័យនេះមកពីឧបករណ៍ដែលអ្នកមិនទាន់ទុកចិត្តនៅឡើយ (ស្នាមម្រាមដៃ { $fingerprint })។ សូមផ្ទៀងផ្ទាត់ស្នាមម្រាមដៃជាមួយអ្នកផ្ញើ រួចទុកចិត្តវា៖ នៅក្នុងផ្នែក “សមកាលកម្ម” ឬដោយប្រើ fieldbook-cli trust add { $fingerprint }
error-bundle-future-version = កញ្ចប់ទិន្នន័យនេះត្រូវបានបង្កើតដោយ Fieldbook កំណែថ្មីជាង (ទម្រង់ { $found } កំណែនេះអានបានត្រឹម { $supported })។ សូមធ្វើបច្ចុប្បន្នភាព Fieldbook រួចនាំចូលវាម្ដងទៀត។
error-bad-fingerprint = នោះមិនមែនជាស្នាមម្រាមដៃឧបករណ៍ទេ។ វាមានអក្សរ និងលេខ 16 ខ្ទង់ ដូចជា ABCD-EFGH-IJKL-MNOP
error-file = មិនអាចអានឯកសារមួយបានទេ៖ { $detail }
error-in-file = { $file }៖ { $message }

## បន្ទាត់បញ្ជា (សមកាលកម្ម)
cli-bundle-passphrase = ឃ្លាសម្ងាត់កញ្ចប់ទិន្នន័យ៖
cli-identity-exported = បានសរសេរអត្តសញ្ញាណ age ទៅ { $path } ហើយ។ សូមរក្សាវាជាការសម្ងាត់៖ វាអាចបើកគ្រប់កញ្ចប់ទិន្នន័យដែលផ្ញើមកឧបករណ៍នេះ។
cli-exported = បានសរសេរការផ្លាស់ប្ដូរ { $count } ទៅ { $path } សម្រាប់ { $recipients }
cli-imported = { $file }៖ បានអនុវត្តការផ្លាស់ប្ដូរ { $applied } ក្នុងចំណោម { $changes } ពី { $fingerprint } · ភាពផ្ទុយគ្នា { $conflicts }

## សេចក្ដីសង្ខេបវគ្គ (បោះពុម្ព និង PDF)
field-next-check-in = ការជួបតាមដានលើកក្រោយ
summary-open = ចែករំលែកត្រឡប់…
summary-title = សេចក្ដីសង្ខេបសម្រាប់ចែករំលែកត្រឡប់
summary-back = ត្រឡប់ទៅវគ្គវិញ
summary-audience = កំណែ
summary-audience-participants = សម្រាប់អ្នកចូលរួម (ចែករំលែកត្រឡប់)
summary-audience-internal = ផ្ទៃក្នុង (ឯកសាររបស់ការិយាល័យ)
summary-language = ភាសា
summary-paper = ក្រដាស
summary-paper-a4 = A4
summary-paper-letter = Letter
summary-print = បោះពុម្ព…
summary-save-pdf = រក្សាទុកជា PDF…
summary-saved = បានរក្សាទុក PDF៖ { $file }
summary-pdf-file = សេចក្ដីសង្ខេប
summary-preview-hint = ការមើលជាមុននេះ គឺជាអ្វីដែលនឹងបោះពុម្ព មួយទំព័រម្ដងៗ។
summary-banner-participants = ចែករំលែកត្រឡប់ទៅកាន់អ្នកដែលបានចូលរួម។ មិនបញ្ចេញឈ្មោះអ្នកដែលបានស្នើសុំមិនឱ្យបញ្ចេញឈ្មោះ ឬអ្នកដែលអាចប្រឈមហានិភ័យឡើយ។
summary-banner-internal = ផ្ទៃក្នុង៖ មានឈ្មោះអ្នកប្រឈមហានិភ័យ និងកត់ត្រាហានិភ័យ។ សូមទុកក្នុងឯកសាររបស់ការិយាល័យ កុំចែករំលែកវាជាដាច់ខាត។
summary-when = កាលបរិច្ឆេទ
summary-place = ទីកន្លែង
summary-movements = ចលនា
summary-facilitators = សម្របសម្រួលដោយ
summary-languages = ភាសា
summary-next-check-in = ការជួបតាមដានលើកក្រោយ
summary-no-check-in = មិនទាន់បានព្រមព្រៀង
summary-participants = អ្នកដែលបានចូលរួម
summary-participants-count = { $count ->
   *[other] មានមនុស្ស { $count } នាក់បានចូលរួម។
}
summary-pseudonym = ឈ្មោះសម្មតិ៖ { $name }
summary-without = មិនបានផ្ដល់៖ { $what }
summary-at-risk = ប្រឈមហានិភ័យ
summary-someone = អ្នកចូលរួមម្នាក់
summary-heard = អ្វីដែលយើងបានឮ
summary-priorities = អាទិភាពដែលបានលើកឡើង
summary-votes = { $votes ->
   *[other] { $votes } សំឡេងឆ្នោត
}
summary-support = ការគាំទ្រដែលបានព្រមព្រៀង
summary-support-by = ដោយ៖ { $owner }
summary-support-due = កាលកំណត់៖ { $date }
summary-support-requested = ចលនាបានស្នើសុំ
summary-risks = ហានិភ័យដែលបានលើកឡើង
summary-affected = ប៉ះពាល់ដល់៖ { $who }
summary-mitigation = វិធានការកាត់បន្ថយ៖ { $text }
summary-notes = កំណត់ចំណាំផ្ទៃក្នុង
summary-pictures = រូបថត
summary-nothing = គ្មានអ្វីបានកត់ត្រាទេ។
summary-page = ទំព័រ { $page } នៃ { $pages }
summary-code = លេខកូដផ្ទៀងផ្ទាត់ { $code }
cli-passphrase-changed = បានប្ដូរឃ្លាសម្ងាត់ហើយ។ ចាប់ពីពេលនេះតទៅ សូមប្រើឃ្លាថ្មី ឃ្លាចាស់លែងបើកអ្វីបានទៀតហើយ។
cli-wipe-unexported = ប្រយ័ត្ន៖ ការផ្លាស់ប្ដូរ { $count } ដែលបានធ្វើលើឧបករណ៍នេះ មិនដែលត្រូវបាននាំចេញទៅអ្នកទទួលដែលបានរក្សាទុកទេ។ ការផ្លាស់ប្ដូរទាំងនោះនឹងបាត់បង់។
cli-wipe-confirm = សកម្មភាពនេះនឹងបំផ្លាញ Fieldbook នៅក្នុង { $path } (កំណត់ត្រា ប្រវត្តិ និងសោរបស់ឧបករណ៍នេះ)។ វាយ WIPE ដើម្បីបន្ត៖
cli-wipe-cancelled = គ្មានអ្វីត្រូវបានលុបទេ។
cli-wipe-needs-yes = មិនមែននៅក្នុងទែមីណាល់ទេ៖ សូមបន្ថែម --yes ដើម្បីលុបដោយមិនសួរ។
cli-no-passphrase = គ្មានឃ្លាសម្ងាត់ទេ៖ សូមដំណើរការក្នុងទែមីណាល់ ឬកំណត់ { $variable } (សម្រាប់ស្វ័យប្រវត្តិកម្មតែប៉ុណ្ណោះ)។
cli-summary-usage = សូមផ្ដល់ SESSION_ID ជាមួយ --pdf OUT.pdf ឬ --all --out-dir DIR។
cli-map-form = ជម្រើស --map ត្រូវការ COLUMN=FIELD មិនមែន “{ $value }” ទេ។
cli-map-no-column = សន្លឹកនេះគ្មានជួរឈរ “{ $column }” ទេ។ ជួរឈររបស់វាគឺ៖ { $columns }។
cli-map-no-field = ជួរឈរមួយអាចបំពេញមួយក្នុងចំណោម { $fields } មិនមែន “{ $field }” ទេ។
cli-profile-not-created = (មិនទាន់បានបង្កើតទេ)
cli-wiped = បានលុបឯកសារ { $count } នៅក្នុង { $path } ហើយ។ គ្មានអ្វីពី Fieldbook នេះនៅសល់លើឧបករណ៍នេះទៀតទេ។
history-this-device = ឧបករណ៍នេះ
cli-summary-done = បានរក្សាទុក { $file } (លេខកូដផ្ទៀងផ្ទាត់ { $code })
error-font-missing = សេចក្ដីសង្ខេបនេះមានអត្ថបទជាអក្សរ { $script } ប៉ុន្តែពុម្ពអក្សរ { $font } មិនទាន់បានដំឡើងទេ។ សូមដំឡើងវា (លើ Debian ឬ Ubuntu៖ sudo apt install fonts-noto-core) រួចព្យាយាមម្ដងទៀត។
error-no-font-for = គ្មានពុម្ពអក្សរដែលបានដំឡើងណាមួយ អាចបង្ហាញតួអក្សរខ្លះនៃសេចក្ដីសង្ខេបនេះបានទេ៖ { $detail }។ សូមដំឡើងពុម្ពអក្សរ Noto សម្រាប់អក្សរនោះ រួចព្យាយាមម្ដងទៀត។
error-pdf = មិនអាចបង្កើត PDF បានទេ៖ { $detail }
error-recovery-params = មិនអាចបំបែកសោសង្គ្រោះជា { $have } ចំណែក ដោយត្រូវការ { $need } ចំណែកបានទេ។ សូមកំណត់ឱ្យត្រូវការយ៉ាងហោចណាស់ 2 ចំណែក និងមិនលើសពីចំនួនចំណែកសរុប។
error-recovery-share = មិនអាចប្រើចំណែកសង្គ្រោះនេះបានទេ៖ { $detail }។
error-recovery-not-enough = បានផ្ដល់ចំណែកសង្គ្រោះខុសៗគ្នា { $have } ប៉ុន្តែត្រូវការ { $need }។ សូមស្នើសុំសន្លឹកចំណែកពីអ្នករក្សាម្នាក់ទៀត។

## សុវត្ថិភាព
nav-security = សុវត្ថិភាព
security-title = សុវត្ថិភាព
security-lead = រក្សាអ្វីដែលមនុស្សបានប្រាប់អ្នកឱ្យមានសុវត្ថិភាព ប្រសិនបើកុំព្យូទ័រយួរដៃនេះត្រូវបានទុកចោលទាំងបើក បាត់ ឬត្រូវគេឆែកឆេរ។
security-autolock = ចាក់សោដោយស្វ័យប្រវត្តិ
security-autolock-lead = ក្រោយរយៈពេលនេះ ដោយគ្មានការវាយអក្សរ ឬប្រើកណ្ដុរ Fieldbook នឹងរក្សាទុកអ្វីដែលបានវាយ បំភ្លេចសោ ហើយសួររកឃ្លាសម្ងាត់ម្ដងទៀត។
security-minutes = នាទី
security-autolock-saved = ឥឡូវនេះ Fieldbook នឹងចាក់សោ ក្រោយពី { $minutes } នាទីដែលគ្មានការប្រើប្រាស់។
security-autolock-invalid = សូមបញ្ចូលចំនួននាទី (1 ឬច្រើនជាងនេះ)។
security-passphrase = ប្ដូរឃ្លាសម្ងាត់
security-passphrase-current = ឃ្លាសម្ងាត់បច្ចុប្បន្ន
security-passphrase-button = ប្ដូរឃ្លាសម្ងាត់
security-passphrase-changed = បានប្ដូរឃ្លាសម្ងាត់ហើយ។ ចាប់ពីពេលនេះតទៅ សូមប្រើឃ្លាថ្មី។
security-wipe = លុបទាំងស្រុងពីឧបករណ៍នេះ
security-wipe-lead = បំផ្លាញ Fieldbook នៅលើកុំព្យូទ័រនេះ៖ គ្រប់កំណត់ត្រា ប្រវត្តិរបស់វា និងសោរបស់ឧបករណ៍នេះ។ សូមប្រើវាមុនពេលយកកុំព្យូទ័រយួរដៃទៅកន្លែងដែលអាចត្រូវគេឆែកឆេរ។ មិនអាចត្រឡប់វិញបានទេ មានតែអ្វីដែលបាននាំចេញក្នុងកញ្ចប់ទិន្នន័យប៉ុណ្ណោះដែលនៅសល់។
security-wipe-unexported = ការផ្លាស់ប្ដូរ { $count } ដែលបានធ្វើនៅទីនេះ មិនដែលត្រូវបាននាំចេញទៅអ្នកទទួលដែលបានរក្សាទុកទេ។ សូមនាំចេញកញ្ចប់ទិន្នន័យជាមុនសិន បើមិនដូច្នោះទេ វានឹងបាត់បង់។
security-wipe-button = លុប Fieldbook ចេញពីកុំព្យូទ័រនេះទាំងស្រុង

## កម្រិតរសើប
tier-label = កម្រិតរសើប
tier-share_back = ចែករំលែកត្រឡប់
tier-internal = ផ្ទៃក្នុង
tier-restricted = រឹតត្បិត
tier-default = លំនាំដើម ({ $tier })
tier-hint = កម្រិត “ចែករំលែកត្រឡប់” អាចផ្ដល់ត្រឡប់ទៅអ្នកចូលរួមវិញបាន កម្រិត “ផ្ទៃក្នុង” នៅតែក្នុងចំណោមបុគ្គលិក កម្រិត “រឹតត្បិត” ទៅដល់តែអ្នកទទួលដែលមានសិទ្ធិប៉ុណ្ណោះ។
recipient-recovery = សោសង្គ្រោះ
error-above-tier = វគ្គនេះត្រូវបានសម្គាល់ថា { $detail } ដូច្នេះអាចបង្កើតបានតែកំណែសម្រាប់កម្រិតនោះប៉ុណ្ណោះ។ សូមជ្រើសរើសកំណែនោះ ឬប្ដូរកម្រិតរសើបរបស់វគ្គ។
summary-audience-restricted = រឹតត្បិត (សម្រាប់តែបុគ្គលិកដែលមានសិទ្ធិ)
summary-banner-restricted = រឹតត្បិត៖ មានឈ្មោះអ្នកប្រឈមហានិភ័យ និងកត់ត្រាហានិភ័យ។ សម្រាប់តែបុគ្គលិកដែលមានសិទ្ធិមើលខ្លឹមសាររឹតត្បិតប៉ុណ្ណោះ កុំចម្លង ឬចែករំលែកវាជាដាច់ខាត។
preview-title = អ្វីដែលនឹងចេញពីឧបករណ៍នេះ
preview-heading = កញ្ចប់ទិន្នន័យសម្រាប់ { $recipients } មានសិទ្ធិរហូតដល់កម្រិត { $tier }៖
preview-leaves = ចេញពីឧបករណ៍នេះ (វាលដែលបានផ្លាស់ប្ដូរ តាមកម្រិត)៖
preview-stays = នៅលើឧបករណ៍នេះ (លើសពីកម្រិតសិទ្ធិ)៖
preview-nothing = គ្មាន
preview-confirm = នាំចេញកញ្ចប់ទិន្នន័យនេះ
preview-cancel = បោះបង់
preview-count = { $count } ×
media-leave-out = ទុករូបថត និងការថតសំឡេងចេញពីកញ្ចប់នេះ (សម្រាប់ USB តូច)៖ ពួកវានឹងទៅជាមួយកញ្ចប់បន្ទាប់។
media-leaves = រូបថត ការថតសំឡេង និងឯកសារស្កេនដែលនឹងចេញ៖ { $count } ({ $mb } MB)
media-withheld = រូបថត ការថតសំឡេង និងឯកសារស្កេនដែលត្រូវទុកនៅដដែល (លើសពីកម្រិតសិទ្ធិ)៖ { $count }
media-left-out = រូបថត ការថតសំឡេង និងឯកសារស្កេនដែលមិនដាក់ក្នុងកញ្ចប់ទិន្នន័យនេះ (វានឹងទៅជាមួយកញ្ចប់ទិន្នន័យបន្ទាប់ដែលដឹកឯកសារភ្ជាប់)៖ { $count } ({ $mb } MB)
media-not-here = មិនទាន់មាននៅលើឧបករណ៍នេះនៅឡើយ
media-saved = បានរក្សាទុក { $path } ({ $size } បៃ)។
media-removed = បានដកចេញ។
media-limit = ឯកសារភ្ជាប់អាចមានទំហំអតិបរមា { $mb } MB។
cli-export-withheld = ការផ្លាស់ប្ដូរវាល { $count } ដែលលើសពីកម្រិត { $tier } ត្រូវបានទុកនៅដដែល ហើយមិននៅក្នុងកញ្ចប់ទិន្នន័យទេ។
sync-clearance = មានសិទ្ធិសម្រាប់
sync-recovery = នេះជាសោសង្គ្រោះរបស់អង្គការ (បន្ថែមទៅគ្រប់កញ្ចប់ទិន្នន័យ)
cli-recovery-created = បានបង្កើតសោសង្គ្រោះ { $recipient } ហើយ។ សូមប្រគល់សន្លឹកចំណែកមួយឱ្យអ្នករក្សាម្នាក់ៗ រួចបន្ថែមអ្នកទទួលនេះលើគ្រប់ឧបករណ៍៖ fieldbook-cli recipients add { $recipient } --recovery --label "សោសង្គ្រោះ"
cli-recovery-exists = { $path } មានរួចហើយ៖ សូមជ្រើសរើសឯកសារផ្សេងដោយប្រើ --out (សោមិនដែលត្រូវបានសរសេរជាន់លើទេ)។
cli-recovery-restored = បានស្ដារសោសង្គ្រោះ { $recipient } ទៅ { $path } ហើយ។ នាំចូលកញ្ចប់ទិន្នន័យដោយប្រើ៖ fieldbook-cli import --identity { $path } FILE…  សូមរក្សាឯកសារនេះដោយមិនភ្ជាប់អ៊ីនធឺណិត ហើយលុបវាចោលពេលរួចរាល់។
recovery-sheet-title = FIELDBOOK · សោសង្គ្រោះរបស់អង្គការ · ចំណែករបស់អ្នករក្សា
recovery-sheet-which = ចំណែកទី { $index } ក្នុងចំណោម { $total }។ ចំណែកណាមួយចំនួន { $threshold } ដាក់បញ្ចូលគ្នា អាចស្ដារសោបាន បើតិចជាងនេះ មិនបង្ហាញអ្វីទាំងអស់។
recovery-sheet-keep = សូមរក្សាសន្លឹកនេះជាក្រដាស នៅកន្លែងមានសុវត្ថិភាព និងឯកជន (មិនមែនជារូបថតក្នុងទូរស័ព្ទទេ)។ ប្រគល់វាឱ្យតែក្នុងករណីសង្គ្រោះដែលអង្គការបានព្រមព្រៀងប៉ុណ្ណោះ។
recovery-sheet-restore = ដើម្បីស្ដារ៖ fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (ឬវាយលេខកូដជាអាគុយម៉ង់)។
cli-table-exported = បានសរសេរតារាងទៅ { $path }៖ { $rows } ជួរ រហូតដល់កម្រិត { $tier }។
cli-table-withheld = មិនដាក់បញ្ចូល ព្រោះលើសពីកម្រិត { $tier }៖ កំណត់ត្រាទាំងមូល { $rows } និងវាល { $cells } (ទុកទទេ)។
history-title = ប្រវត្តិ
history-open = ប្រវត្តិ
history-lead = រាល់ការផ្លាស់ប្ដូរលើវគ្គនេះ និងធាតុរបស់វា៖ ឧបករណ៍ណា វាលណា ពេលណា និងតម្លៃពីមុន។
history-empty = មិនទាន់មានការផ្លាស់ប្ដូរដែលបានកត់ត្រានៅឡើយទេ។
history-deleted = បានលុប
history-conflict = ភាពផ្ទុយគ្នា
tables-title = តារាងសម្រាប់វិភាគ
tables-lead = រាល់កំណត់ត្រាជាតារាង (មួយតារាងសម្រាប់ប្រភេទនីមួយៗ ឈ្មោះជួរឈរមិនប្រែប្រួល កាលបរិច្ឆេទតាមស្តង់ដារ ISO) សម្រាប់កម្មវិធីតារាងទិន្នន័យ ឬកម្មវិធីស្ថិតិ។ សូមជ្រើសរើសកម្រិតរសើបខ្ពស់បំផុតដែលអនុញ្ញាត៖ អ្វីដែលលើសពីនេះនឹងមិនត្រូវបានដាក់បញ្ចូលទេ។
tables-format = ទម្រង់
tables-export = នាំចេញតារាង…
tables-done = បានសរសេរតារាងទៅ { $path }៖ { $rows } ជួរ រហូតដល់កម្រិត { $tier } កំណត់ត្រា ឬវាល { $withheld } ដែលលើសពីនេះ មិនត្រូវបានដាក់បញ្ចូលទេ។
tier-field-hint = { $tier }៖ វាលនេះរសើបជាងធាតុរបស់វា (មានអ្នកប្រឈមហានិភ័យ ឬឈ្មោះដែលមិនអាចចែករំលែកបាន)។
history-when = ពេលណា
history-who = ឧបករណ៍
history-what = វាល
history-before = មុន
history-after = ក្រោយ

## វដ្តនៃការចូលរួម៖ តួនាទី ការជួបតាមដាន ផែនទីតួអង្គ ការចែករំលែកត្រឡប់ ការស្វែងរក ផ្ទាំងសង្ខេប
nav-search = ស្វែងរក
nav-dashboard = ផ្ទាំងសង្ខេប
print = បោះពុម្ព…
cycle-date = កាលបរិច្ឆេទ
cycle-notes = កំណត់ចំណាំ
attention-title = ត្រូវយកចិត្តទុកដាក់
attention-more = …និង { $count } ទៀត
checkins-due-title = { $count ->
   *[other] ដល់ពេលជួបតាមដាន ({ $count } ចលនា)
}
checkin-due-line = ដល់ពេលតាំងពី { $since } · ការជួបតាមដានចុងក្រោយ៖ { $last }
checkin-never = មិនដែល
overdue-title = { $count ->
   *[other] ការគាំទ្រហួសកាលកំណត់ ({ $count })
}
overdue-line = កាលកំណត់ { $due } ({ $days } ថ្ងៃមុន) · { $session }
movement-open = បើក
movement-missing = ចលនានេះលែងមានទៀតហើយ (ប្រហែលជាត្រូវបានលុបនៅលើឧបករណ៍ផ្សេង)។
roles-title = តួនាទីរបស់យើង
roles-lead = អ្វីដែលអង្គការធ្វើសម្រាប់ចលនានេះ ដោយបានព្រមព្រៀងជាមួយចលនា៖ អ្នកប្រមូលផ្ដុំ សម្ព័ន្ធមិត្ត ដៃគូផ្ដល់ធនធាន ឬអ្នកពង្រីកសំឡេង។ សូមកត់ត្រារាល់ការផ្លាស់ប្ដូរ និងមូលហេតុ។
role-change-add = កត់ត្រាការផ្លាស់ប្ដូរតួនាទី
role-since = តាំងពី { $date }
role-none = មិនទាន់មានតួនាទីដែលបានព្រមព្រៀងនៅឡើយទេ។
role-paused = ផ្អាក៖ គ្មានតួនាទីនៅពេលនេះទេ។
role-change-roles = តួនាទីចាប់ពីកាលបរិច្ឆេទនេះ
role-change-reason = មូលហេតុនៃការផ្លាស់ប្ដូរ
checkins-title = ការជួបតាមដាន
checkin-add = បន្ថែមការជួបតាមដាន
checkin-due-now = ដល់ពេលជួបតាមដានអំពីតួនាទីរបស់យើងហើយ (តាំងពី { $since })។ សូមសួរចលនាថា តួនាទីនេះដំណើរការយ៉ាងដូចម្ដេច។
checkin-every = សូមវាយតម្លៃតួនាទីឡើងវិញជាមួយចលនា យ៉ាងហោចណាស់រៀងរាល់ប្រាំមួយខែម្ដង។
checkin-decision = សេចក្ដីសម្រេច
decision-keep = រក្សាតួនាទី
decision-change = ប្ដូរតួនាទី
decision-pause = ផ្អាក
checkin-feedback = មតិរបស់ចលនាអំពីតួនាទីរបស់យើង
checkin-feedback-hint = តាមពាក្យសម្ដីរបស់ពួកគាត់៖ អ្វីដែលជួយ អ្វីដែលរាំងស្ទះ។
checkins-empty = មិនទាន់មានការជួបតាមដាននៅឡើយទេ។
actors-title = ផែនទីតួអង្គ
actors-lead = តួអង្គនានាជុំវិញចលនា៖ អង្គការ សហជីព បណ្ដាញ សមូហភាព និងក្រុមក្រៅផ្លូវការរបស់ចលនា ព្រមទាំងតួអង្គនៅជុំវិញ (ម្ចាស់ជំនួយ មន្ត្រី អង្គការក្រៅរដ្ឋាភិបាលផ្សេងទៀត)។
actor-add = បន្ថែមតួអង្គ
relation-add = បន្ថែមទំនាក់ទំនង
actors-empty = មិនទាន់មានតួអង្គនៅលើផែនទីនៅឡើយទេ។ សូមបន្ថែមក្រុមនានារបស់ចលនាជាមុនសិន បន្ទាប់មកអ្នកដែលនៅជុំវិញពួកគេ។
actors-edit = កែសម្រួលតួអង្គ { $actors } និងទំនាក់ទំនង { $relations }
actors-list = តួអង្គ
actors-none = មិនទាន់មានតួអង្គនៅឡើយទេ។
actor-name = ឈ្មោះ
actor-kind = ប្រភេទ
actor-kind-organisation = អង្គការ
actor-kind-union = សហជីព
actor-kind-network = បណ្ដាញ
actor-kind-collective = សមូហភាព
actor-kind-informal_group = ក្រុមក្រៅផ្លូវការ
actor-kind-funder = ម្ចាស់ជំនួយ
actor-kind-official = មន្ត្រី
actor-kind-ngo = អង្គការក្រៅរដ្ឋាភិបាលផ្សេងទៀត
actor-sessions = បានចូលរួមក្នុង
actor-sessions-none = មិនទាន់មានវគ្គជាមួយចលនានេះនៅឡើយទេ។
relations-list = ទំនាក់ទំនង
relations-empty = មិនទាន់មានទំនាក់ទំនងនៅឡើយទេ។
relation-from = ពី
relation-kind = ទំនាក់ទំនង
relation-to = ទៅ
relation-member_of = ជាសមាជិករបស់
relation-allied_with = ជាសម្ព័ន្ធមិត្តជាមួយ
relation-tension_with = មានភាពតានតឹងជាមួយ
relation-funds = ផ្ដល់មូលនិធិដល់
relation-convenes = ប្រមូលផ្ដុំ
map-aria = ផែនទីតួអង្គ មានតួអង្គ { $actors } និងទំនាក់ទំនង { $relations }
map-legend-core = ជាផ្នែកមួយនៃចលនា
map-legend-periphery = នៅជុំវិញ
map-legend-informal = ក្រៅផ្លូវការ
overlaps-title = ជៀសវាងការធ្វើស្ទួនគ្នា
overlaps-lead = អង្គការក្រៅរដ្ឋាភិបាល និងបណ្ដាញផ្សេងទៀត ដែលប្រមូលផ្ដុំតួអង្គរបស់ចលនានេះ។ សូមពិភាក្សាជាមួយពួកគេ មុននឹងប្រមូលផ្ដុំមនុស្សដដែល។
overlaps-convenes = ប្រមូលផ្ដុំ
overlaps-we-convene = យើងក៏ប្រមូលផ្ដុំដែរ
overlaps-none = មិនមានអង្គការផ្សេងទៀតត្រូវបានកត់ត្រាថា កំពុងប្រមូលផ្ដុំតួអង្គទាំងនេះទេ។
share-backs-title = បានចែករំលែកត្រឡប់
share-backs-lead = ពេលណាដែលលទ្ធផលត្រូវបានចែករំលែកត្រឡប់ទៅចលនាវិញ ជាមួយអ្នកណា និងក្នុងទម្រង់អ្វី។
share-back-add = កត់ត្រាការចែករំលែកត្រឡប់
share-back-form = ទម្រង់
share-form-printed_summary = សេចក្ដីសង្ខេបបោះពុម្ព
share-form-meeting = កិច្ចប្រជុំ
share-form-message = សារ
share-form-radio = វិទ្យុ
share-form-other = ផ្សេងៗ
share-back-audience = ជាមួយអ្នកណា
share-back-audience-hint = ឧទាហរណ៍៖ មហាសន្និបាតសមាជិក គណៈកម្មាធិការសម្របសម្រួល។
share-back-session = វគ្គ
share-backs-empty = មិនទាន់បានចែករំលែកត្រឡប់អ្វីនៅឡើយទេ។
search-title = ស្វែងរក
search-lead = ស្វែងរកអ្វីដែលបាននិយាយក្នុងគ្រប់វគ្គ៖ កំណត់ចំណាំ ចម្លើយ សម្ដីដកស្រង់ អាទិភាព ហានិភ័យ និងការគាំទ្រ។
search-placeholder = ពាក្យដែលត្រូវស្វែងរក
search-country = ប្រទេស
search-role = តួនាទីរបស់យើង
search-from = ពី
search-to = ដល់
search-hint = សូមវាយពាក្យមួយ ឬពីរ។ ពាក្យនីមួយៗក៏រកឃើញពាក្យវែងជាង ដែលចាប់ផ្ដើមដោយពាក្យនោះដែរ។
search-none = រកមិនឃើញអ្វីទេ។
search-count = { $count ->
   *[other] លទ្ធផល { $count }
}
search-kind-session = កំណត់ចំណាំវគ្គ
search-kind-question = ចម្លើយ
search-kind-quote = សម្ដីដកស្រង់
search-kind-priority = អាទិភាព
search-kind-risk = ហានិភ័យ
search-kind-support = ការគាំទ្រ
dashboard-title = ផ្ទាំងសង្ខេប
dashboard-lead = សម្រាប់ចលនាទាំងអស់៖ អ្វីដែលពួកគេផ្ដល់អាទិភាព ការគាំទ្រដែលបានព្រមព្រៀង និងស្ថានភាពរបស់វា។
dashboard-overdue = ការគាំទ្រហួសកាលកំណត់
dashboard-checkins-due = ការជួបតាមដានដែលដល់ពេល
dashboard-sessions = វគ្គ
dashboard-themes = អាទិភាពតាមប្រធានបទ (សំឡេងឆ្នោត)
dashboard-support = ការគាំទ្រដែលបានព្រមព្រៀង តាមតួនាទី និងស្ថានភាព
dashboard-months = វគ្គក្នុងមួយខែ
dashboard-no-theme = (គ្មានប្រធានបទ)
dashboard-empty = មិនទាន់មានអ្វីបានកត់ត្រានៅឡើយទេ។
checkins-none-due = មិនទាន់ដល់ពេលជួបតាមដានណាមួយទេ។
cli-checkin-due = ដល់ពេលតាំងពី { $since } ({ $days } ថ្ងៃ) · ការជួបតាមដានចុងក្រោយ៖ { $last }

## សិទ្ធិរបស់ឧបករណ៍៖ អ្នកណាអាចផ្លាស់ប្ដូរអ្វីបាន (សមកាលកម្ម)
error-bundle-wrong-device = កញ្ចប់ទិន្នន័យនេះត្រូវបានចុះហត្ថលេខាដោយឧបករណ៍ { $fingerprint } ប៉ុន្តែអះអាងថាមកពីឧបករណ៍ផ្សេង ({ $claimed }) ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ៖ ឧបករណ៍មួយមិនដែលនិយាយជំនួសឧបករណ៍មួយទៀតឡើយ។ ប្រសិនបើឧបករណ៍នោះត្រូវបានដំឡើងឡើងវិញ សូមដកវាចេញពីបញ្ជីឧបករណ៍ដែលទុកចិត្ត រួចទុកចិត្តវាម្ដងទៀត។
error-clock-set-back = នាឡិការបស់ឧបករណ៍នេះបង្ហាញ { $now } ប៉ុន្តែពីមុនវាធ្លាប់បង្ហាញ { $seen } រួចហើយ៖ កាលបរិច្ឆេទរបស់វាត្រូវបានកំណត់ថយក្រោយ។ សូមកំណត់កាលបរិច្ឆេទ និងម៉ោង រួចនាំចូលម្ដងទៀត។ គ្មានអ្វីត្រូវបាននាំចូលទេ។ ប្រសិនបើកាលបរិច្ឆេទថ្ងៃនេះត្រឹមត្រូវ ហើយពីមុននាឡិកាដើរលឿនពេក សូមបញ្ជាក់វា (“កាលបរិច្ឆេទត្រឹមត្រូវ” ឬ fieldbook-cli import --clock-is-right) ហើយប្រាប់ការិយាល័យ៖ ការផ្លាស់ប្ដូរមុនៗរបស់ឧបករណ៍នេះមានកាលបរិច្ឆេទនៅអនាគត។
role-field = ឧបករណ៍ចុះមូលដ្ឋាន
role-office = ការិយាល័យ
role-field-can = ផ្ញើតែការផ្លាស់ប្ដូររបស់ខ្លួនប៉ុណ្ណោះ។ ការផ្លាស់ប្ដូរណាដែលបន្ថយកម្រិត (ប្រឈមហានិភ័យ ការយល់ព្រម កម្រិតរសើប) ឬសរសេរជាន់លើអ្វីមួយដែលលើសពីកម្រិតសិទ្ធិរបស់ខ្លួន ហើយដែលខ្លួនមិនបានសរសេរ ត្រូវរង់ចាំការពិនិត្យ។
role-office-can = អាចបញ្ជូនបន្តការផ្លាស់ប្ដូររបស់ឧបករណ៍ផ្សេងទៀត ដែលនៅតែរក្សាអ្នកសរសេរដើមរបស់វា ហើយអាចសម្រេចលើកម្រិតនានា។
sync-trust-label = ជាអ្នកណា (ឧទាហរណ៍ “កុំព្យូទ័រយួរដៃរបស់សុភា”)
sync-trust-role = វាជា
sync-trust-clearance = វាអាចផ្លាស់ប្ដូររហូតដល់កម្រិត
sync-trust-label-needed = សូមដាក់ឈ្មោះឱ្យឧបករណ៍ជាមុនសិន ដើម្បីឱ្យប្រវត្តិ និងជួររង់ចាំពិនិត្យអាចបង្ហាញឈ្មោះវាបាន។
sync-trusted-line = { $role } អាចផ្លាស់ប្ដូររហូតដល់កម្រិត { $clearance }
sync-import-held = { $count ->
   *[other] ការផ្លាស់ប្ដូរ { $count } កំពុងរង់ចាំការពិនិត្យ នៅក្នុងផ្នែក “ភាពផ្ទុយគ្នាដែលត្រូវពិនិត្យ”។
}
sync-import-refused = { $count ->
   *[other] ការផ្លាស់ប្ដូរ { $count } ត្រូវបានបដិសេធ៖ { $reason }
}
sync-import-clock = នាឡិការបស់អ្នកផ្ញើដើរលឿនជាង { $days } ថ្ងៃ៖ សូមស្នើឱ្យពួកគេពិនិត្យកាលបរិច្ឆេទ និងម៉ោងរបស់ខ្លួន។
refusal-not-own-change = ឧបករណ៍ចុះមូលដ្ឋានអាចផ្ញើបានតែការផ្លាស់ប្ដូររបស់ខ្លួនប៉ុណ្ណោះ (កញ្ចប់ទិន្នន័យរបស់អ្នកសរសេរដើមផ្ទាល់ នឹងនាំយកការផ្លាស់ប្ដូរផ្សេងទៀតមក)។ ប្រសិនបើអ្នកផ្ញើជាការិយាល័យ សូមទុកចិត្តវាក្នុងនាមជាការិយាល័យ។
refusal-forged-as-receiver = ការផ្លាស់ប្ដូរទាំងនោះត្រូវបានបោះត្រាថាជារបស់ឧបករណ៍នេះផ្ទាល់ ដែលឧបករណ៍នេះមិនដែលបានធ្វើសោះ។
review-lowers-tier = រង់ចាំការពិនិត្យ៖ វានឹងបន្ថយកម្រិតមួយ (អ្នកប្រឈមហានិភ័យ ការយល់ព្រម ឬជម្រើសកម្រិតរសើប) ដែលឧបករណ៍ចុះមូលដ្ឋានមិនអាចធ្វើតែឯងបានទេ។
review-above-clearance = រង់ចាំការពិនិត្យ៖ វាសរសេរជាន់លើអ្វីមួយដែលលើសពីកម្រិតសិទ្ធិរបស់អ្នកផ្ញើ ហើយដែលអ្នកផ្ញើមិនបានសរសេរ។
review-clock-ahead = រង់ចាំការពិនិត្យ៖ វាមានកាលបរិច្ឆេទឆ្ងាយនៅអនាគត ដូច្នេះនាឡិការបស់អ្នកផ្ញើប្រហែលជាខុស។ ការទទួលយកវា នឹងរក្សាទុកតម្លៃនេះជាមួយកាលបរិច្ឆេទរបស់ឧបករណ៍នេះ។
sync-review-from = ផ្ញើដោយ { $sender }
sync-review-accept = ទទួលយកការផ្លាស់ប្ដូរ
sync-review-reject = រក្សាតម្លៃបច្ចុប្បន្ន
sync-review-none = មិនមាននៅទីនេះពីមុន
cli-trusted-as = បានទុកចិត្តឧបករណ៍ { $fingerprint } ជា { $role } អាចផ្លាស់ប្ដូររហូតដល់កម្រិត { $clearance }
cli-import-held = { $file }៖ ការផ្លាស់ប្ដូរ { $count } កំពុងរង់ចាំការពិនិត្យ (fieldbook-cli conflicts list)
cli-import-refused = { $file }៖ ការផ្លាស់ប្ដូរ { $count } ត្រូវបានបដិសេធ៖ { $reason }
cli-import-clock = { $file }៖ នាឡិការបស់អ្នកផ្ញើដើរលឿនជាង { $days } ថ្ងៃ សូមស្នើឱ្យពួកគេពិនិត្យកាលបរិច្ឆេទ និងម៉ោងរបស់ខ្លួន។
history-relayed = តាមរយៈ { $device }
history-review = រង់ចាំការពិនិត្យ
sync-clock-is-right = កាលបរិច្ឆេទត្រឹមត្រូវ៖ នាំចូល
error-bundle-too-large = ឯកសារនេះមានទំហំ { $mb } MB ធំជាងកញ្ចប់ទិន្នន័យ Fieldbook ណាមួយ (អតិបរមា { $limit } MB) ដូច្នេះវាមិនត្រូវបានអានទេ។ សូមពិនិត្យថា អ្នកបានជ្រើសរើសឯកសារត្រឹមត្រូវ។
error-path-not-chosen = Fieldbook អាន និងសរសេរតែឯកសារដែលអ្នកជ្រើសរើសក្នុងប្រអប់ឯកសាររបស់វាប៉ុណ្ណោះ ហើយឯកសារនេះមិនត្រូវបានជ្រើសរើសនៅទីនោះទេ ({ $detail })។ សូមជ្រើសរើសឯកសារម្ដងទៀត។

## ការបញ្ជូនឡើងទៅមូលដ្ឋានទិន្នន័យរបស់អង្គការ (docs/federation.md)
error-publish-unreachable = Fieldbook មិនអាចភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរបស់អង្គការនៅ { $server } បានទេ។ សូមពិនិត្យអាសយដ្ឋាន និងច្រក (port) ពិនិត្យថាកុំព្យូទ័រនេះមានអ៊ីនធឺណិត ហើយម៉ាស៊ីនមេកំពុងដំណើរការ គ្មានអ្វីត្រូវបានបញ្ជូនឡើងទេ។ ({ $detail })
error-publish-auth = មូលដ្ឋានទិន្នន័យនៅ { $server } មិនបានទទួលយកពាក្យសម្ងាត់របស់អ្នកប្រើ { $user } ទេ។ សូមពិនិត្យពាក្យសម្ងាត់ជាមួយអ្នកដែលគ្រប់គ្រងមូលដ្ឋានទិន្នន័យ គ្មានអ្វីត្រូវបានបញ្ជូនឡើងទេ។
error-publish-tls = Fieldbook មិនអាចបង្កើតការតភ្ជាប់ដែលមានសុវត្ថិភាពទៅមូលដ្ឋានទិន្នន័យនៅ { $server } បានទេ ដូច្នេះគ្មានអ្វីត្រូវបានផ្ញើទេ។ សូមពិនិត្យថា ម៉ាស៊ីនមេបានបើក TLS ហើយ sslrootcert ចង្អុលទៅឯកសារវិញ្ញាបនបត្ររបស់អង្គការ។ ({ $detail })
error-publish-schema-newer = មូលដ្ឋានទិន្នន័យរបស់អង្គការត្រូវបានរៀបចំដោយ Fieldbook កំណែថ្មីជាង (កំណែតារាង { $found } កំណែនេះសរសេរបានត្រឹម { $supported })។ សូមធ្វើបច្ចុប្បន្នភាព Fieldbook នៅលើកុំព្យូទ័រនេះ រួចបញ្ជូនឡើងម្ដងទៀត គ្មានអ្វីត្រូវបានបញ្ជូនឡើងទេ។
error-publish-restricted = ទិន្នន័យរឹតត្បិតមិនដែលត្រូវបានបញ្ជូនឡើងទេ។ សូមជ្រើសរើស “ចែករំលែកត្រឡប់” ឬ “ផ្ទៃក្នុង”។
error-publish-settings = មិនអាចប្រើការកំណត់មូលដ្ឋានទិន្នន័យទាំងនេះបានទេ៖ { $detail }
error-publish-refused = មូលដ្ឋានទិន្នន័យបានបដិសេធការបញ្ជូនឡើង ដូច្នេះគ្មានអ្វីផ្លាស់ប្ដូរនៅទីនោះទេ៖ { $detail }។ សូមសាកសួរអ្នកដែលគ្រប់គ្រងមូលដ្ឋានទិន្នន័យ (សិទ្ធិ ទំហំថាស) រួចបញ្ជូនឡើងម្ដងទៀត។
cli-publish-no-database = គ្មានមូលដ្ឋានទិន្នន័យសម្រាប់បញ្ជូនឡើងទេ៖ សូមផ្ដល់មួយដោយប្រើ --postgres URL (បន្ថែម --save ដើម្បីចងចាំវា)។
cli-publish-password-in-url = សូមកុំដាក់ពាក្យសម្ងាត់នៅក្នុងខ្សែអក្សរតភ្ជាប់ (បន្ទាត់បញ្ជាអាចមើលឃើញដោយកម្មវិធីផ្សេងទៀត និងនៅក្នុងប្រវត្តិរបស់ shell)៖ សូមកំណត់ PGPASSWORD ឬវាយវានៅពេលត្រូវបានសួរ។
cli-publish-password = ពាក្យសម្ងាត់របស់ { $user } នៅ { $server }៖
cli-published = បានបញ្ជូនឡើងទៅ { $server } (schema { $schema })៖ បានសរសេរ { $written } ជួរ បានដកចេញ { $removed } ជួរ ការិយាល័យនេះមាន { $total } ជួរនៅទីនោះ។
cli-publish-unchanged = គ្មានអ្វីផ្លាស់ប្ដូរទេ តាំងពីការបញ្ជូនឡើងចុងក្រោយទៅ { $server } (schema { $schema }) ការិយាល័យនេះមាន { $total } ជួរនៅទីនោះ។
publish-title = មូលដ្ឋានទិន្នន័យរបស់អង្គការ
publish-lead = បញ្ជូនកំណត់ត្រាដែលបានបញ្ចូលគ្នារបស់ការិយាល័យនេះ ឡើងទៅមូលដ្ឋានទិន្នន័យ PostgreSQL របស់អង្គការ ដែលផ្ទាំងសង្ខេបអាចមើលឃើញគ្រប់ប្រទេសរួមគ្នា។ មានតែទិន្នន័យកម្រិត “ចែករំលែកត្រឡប់” ឬ “ផ្ទៃក្នុង” ប៉ុណ្ណោះដែលត្រូវបានបញ្ជូនឡើង ទិន្នន័យរឹតត្បិតមិនដែលចេញពីឧបករណ៍នេះឡើយ។
publish-url = ខ្សែអក្សរតភ្ជាប់
publish-url-hint = សូមសុំវាពីអ្នកដែលគ្រប់គ្រងមូលដ្ឋានទិន្នន័យ ដោយគ្មានពាក្យសម្ងាត់៖ Fieldbook សួររកពាក្យសម្ងាត់រាល់ពេល ហើយមិនដែលរក្សាទុកវាទេ។ សូមប្រើ sslmode=verify-full ជាមួយ sslrootcert ដែលកំណត់ទៅឯកសារវិញ្ញាបនបត្ររបស់អង្គការ។
publish-schema = Schema
publish-clearance = បញ្ជូនឡើងរហូតដល់កម្រិត
publish-office-label = ឈ្មោះការិយាល័យនេះ
publish-save = រក្សាទុកការកំណត់
publish-saved = បានរក្សាទុក។ សូមវាយពាក្យសម្ងាត់មូលដ្ឋានទិន្នន័យ ហើយបញ្ជូនឡើងនៅពេលអ្នករួចរាល់។
publish-edit = ប្ដូរការកំណត់
publish-forget = បំភ្លេចមូលដ្ឋានទិន្នន័យនេះ
publish-password = ពាក្យសម្ងាត់មូលដ្ឋានទិន្នន័យ
publish-run = បញ្ជូនឡើង
publish-target = schema { $schema } · រហូតដល់កម្រិត { $tier }
publish-done = បានបញ្ជូនឡើង៖ បានសរសេរ { $written } ជួរ បានដកចេញ { $removed } ជួរ ការិយាល័យនេះមាន { $total } ជួរនៅក្នុងមូលដ្ឋានទិន្នន័យរបស់អង្គការ។
publish-unchanged = គ្មានអ្វីផ្លាស់ប្ដូរទេ តាំងពីការបញ្ជូនឡើងចុងក្រោយ ការិយាល័យនេះមាន { $total } ជួរនៅក្នុងមូលដ្ឋានទិន្នន័យរបស់អង្គការ។
sync-publish-starting = កំពុងភ្ជាប់ទៅមូលដ្ឋានទិន្នន័យរបស់អង្គការ…
sync-publish-collecting = កំពុងអានទិន្នន័យ៖ ប្រភេទកំណត់ត្រា { $done } ក្នុងចំណោម { $total }…
sync-publish-publishing = កំពុងសរសេរទៅមូលដ្ឋានទិន្នន័យ៖ ប្រភេទកំណត់ត្រា { $done } ក្នុងចំណោម { $total }…
sync-publish-cancel = ឈប់
sync-publish-stopping = កំពុងបញ្ឈប់៖ មូលដ្ឋានទិន្នន័យរក្សាស្ថានភាពពីមុនរបស់វា…
history-order = លំដាប់
history-yes = បាទ/ចាស
history-no = ទេ
date-day = ថ្ងៃ
date-month = ខែ
date-year = ឆ្នាំ
date-hour = ម៉ោង
date-minute = នាទី
date-clear = សម្អាតកាលបរិច្ឆេទ
date-incomplete = មិនទាន់រក្សាទុកទេ រហូតដល់បំពេញគ្រប់ផ្នែក។
date-invalid = គ្មានកាលបរិច្ឆេទនេះទេ (សូមពិនិត្យថ្ងៃ និងឆ្នាំដែលមានលេខបួនខ្ទង់)។ មិនបានរក្សាទុកទេ។
date-unreadable = កាលបរិច្ឆេទដែលបានរក្សាទុក “{ $value }” មិនអាចបង្ហាញនៅទីនេះបានទេ; វានៅតែត្រូវបានរក្សាទុក រហូតដល់អ្នកបញ្ចូលកាលបរិច្ឆេទពេញលេញ។
date-filter-ignored = មិនប្រើសម្រាប់ត្រងទេ រហូតដល់វាជាកាលបរិច្ឆេទពេញលេញ។

## ការបើកលើកដំបូង សៀវភៅកត់ត្រាគំរូ អំពី Fieldbook និងកញ្ចប់ទិន្នន័យដែលបានបើកពីកម្មវិធីគ្រប់គ្រងឯកសារ
welcome-title = សូមស្វាគមន៍មកកាន់ Fieldbook
welcome-lead = Fieldbook រក្សាទុកកំណត់ចំណាំនៃវគ្គស្ដាប់នៅលើកុំព្យូទ័រនេះ ដោយអ៊ិនគ្រីប ហើយចែករំលែកវាតែក្នុងកញ្ចប់ទិន្នន័យដែលបានអ៊ិនគ្រីប ដែលអ្នកជ្រើសរើសផ្ញើប៉ុណ្ណោះ។
welcome-protects = ឃ្លាសម្ងាត់របស់អ្នក អ៊ិនគ្រីបអ្វីៗទាំងអស់ដែលអ្នកកត់ត្រានៅទីនេះ។ បើគ្មានវា គ្មាននរណាអាចអានកំណត់ចំណាំនៅលើកុំព្យូទ័រនេះបានទេ ទោះបីកុំព្យូទ័រយួរដៃបាត់ ឬត្រូវគេយកទៅក៏ដោយ។
welcome-no-recovery = គ្មាននរណាអាចយកឃ្លាសម្ងាត់ដែលភ្លេចមកវិញបានទេ៖ ទាំង Fieldbook ទាំងការិយាល័យរបស់អ្នក។ មានតែឈុតសង្គ្រោះ ដែលបានរៀបចំទុកជាមុនជាមួយសហការីដែលទុកចិត្ត (នៅក្នុងផ្នែក “សុវត្ថិភាព”) ប៉ុណ្ណោះ ដែលអាចបើកកំណត់ចំណាំវិញបាន។
welcome-sample = សាកល្បងជាមួយទិន្នន័យគំរូ
welcome-sample-hint = សៀវភៅកត់ត្រាគំរូដាច់ដោយឡែក ដែលមានវគ្គប្រឌិត សម្រាប់សាកល្បងគ្រប់អេក្រង់។ អ្វីដែលអ្នកធ្វើនៅទីនោះ មិនប៉ះពាល់ដល់កំណត់ចំណាំផ្ទាល់ខ្លួនរបស់អ្នកទេ។
sample-banner = សៀវភៅកត់ត្រាគំរូ៖ អ្វីៗទាំងអស់នៅទីនេះគឺប្រឌិត។ មិនអាចនាំចូលអ្វីមកក្នុងវា ឬនាំចេញ ឬបញ្ជូនឡើងអ្វីពីវាបានទេ។
sample-leave = ត្រឡប់ទៅសៀវភៅកត់ត្រារបស់ខ្ញុំ
sample-delete = លុបគំរូ
sample-deleted = សៀវភៅកត់ត្រាគំរូត្រូវបានលុបហើយ។
error-sample-stays-here = នេះគឺជាសៀវភៅកត់ត្រាគំរូ៖ ទិន្នន័យរបស់វាជាការប្រឌិត ហើយឃ្លាសម្ងាត់របស់វាជាសាធារណៈ ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលមកក្នុងវា ឬផ្ញើចេញពីវាទេ។ សូមត្រឡប់ទៅសៀវភៅកត់ត្រាផ្ទាល់ខ្លួនរបស់អ្នក ដើម្បីនាំចូល នាំចេញ ឬបញ្ជូនឡើង។
about-title = អំពី Fieldbook
about-version = Fieldbook { $version }
about-licence = កម្មវិធីសេរី ក្រោមអាជ្ញាប័ណ្ណ GNU AGPL កំណែ 3 ឬកំណែក្រោយ។ ពុម្ពអក្សរ Noto ដែលមាននៅក្នុងវា ស្ថិតនៅក្រោម SIL Open Font License 1.1។
about-data-folder = សៀវភៅកត់ត្រារបស់អ្នកស្ថិតនៅក្នុង { $path }
opened-title = បានបើកពីឯកសាររបស់អ្នក
opened-lead = { $count ->
   *[other] Fieldbook ត្រូវបានស្នើឱ្យបើកកញ្ចប់ទិន្នន័យចំនួន { $count }។ សូមពិនិត្យវា រួចនាំចូល ឬទុកវាមួយឡែក។
}
opened-import = នាំចូល
opened-dismiss = ទុកមួយឡែក
opened-locked = សូមដោះសោសៀវភៅកត់ត្រារបស់អ្នក ដើម្បីនាំចូលកញ្ចប់ទិន្នន័យដែលអ្នកបានបើក។

## ការយល់ព្រមដែលទៅដល់គ្រប់ឧបករណ៍ បញ្ជីវត្តមាន និងប្រវត្តិរូប
error-consent-withdrawn = អ្នកចូលរួមនេះបានដកការយល់ព្រមហើយ៖ មិនអាចកត់ត្រា { $what ->
    [quote] សម្ដីដកស្រង់របស់គាត់
   *[name] ឈ្មោះរបស់គាត់ និងអ្វីដែលបញ្ជាក់អត្តសញ្ញាណគាត់
  } ម្ដងទៀតបានទេ។
error-withdrawal-fixed = ការដកការយល់ព្រម នៅដដែលដូចពេលដែលបានកត់ត្រា៖ មិនអាចកែប្រែ ឬដកចេញបានទេ។ សូមកត់ត្រាការដកការយល់ព្រមថ្មីមួយទៀត ដើម្បីគ្របដណ្ដប់បន្ថែម។
error-sheet = មិនអាចអានបញ្ជីវត្តមាន { $file } បានទេ៖ { $reason }។ សូមរក្សាទុកវាជា CSV (UTF-8) ឬ XLSX រួចជ្រើសរើសវាម្ដងទៀត។
error-sheet-rows = ជួរដេក { $rows } នៃបញ្ជីវត្តមានមានបញ្ហា ដូច្នេះគ្មានអ្វីត្រូវបាននាំចូលទេ។ សូមកែវានៅក្នុងបញ្ជីវត្តមាន ឬទុកជួរឈរនោះចោល រួចនាំចូលម្ដងទៀត។
error-no-profile = គ្មានប្រវត្តិរូបឈ្មោះ { $name } នៅទីនេះទេ។ សូមជ្រើសរើសមួយពីបញ្ជី ឬបន្ថែមវា។
error-profile-exists = មានប្រវត្តិរូបឈ្មោះ { $name } រួចហើយ។ សូមជ្រើសរើសឈ្មោះផ្សេង។
error-profile-name = ឈ្មោះប្រវត្តិរូបត្រូវមានពី 1 ទៅ { $max } តួអក្សរ។ វាមិនចាំបាច់បញ្ជាក់ថាជាអ្នកទេ៖ ពណ៌ ឬពាក្យមួយដែលអ្នកនឹងស្គាល់ គឺគ្រប់គ្រាន់ហើយ។
refusal-withdrawal-fixed = ការផ្លាស់ប្ដូរទាំងនោះនឹងកែប្រែការដកការយល់ព្រម ដែលត្រូវនៅដដែលដូចពេលបានកត់ត្រា។
scope-named = ឱ្យបញ្ចេញឈ្មោះ
scope-quoted = ឱ្យដកស្រង់សម្ដី
scope-all = ឱ្យកត់ត្រាអ្វីទាំងអស់
withdrawal-recorded = បានកត់ត្រាការដកការយល់ព្រម ({ $scope })៖ អ្វីដែលវាគ្របដណ្ដប់ ត្រូវបានលុបទាំងស្រុងនៅលើឧបករណ៍នេះ និងនៅលើគ្រប់ឧបករណ៍ដែលទទួលបានវា។ លេខសម្គាល់៖ { $id }
withdrawal-applied = បានអនុវត្តនៅ { $at }
withdrawal-waiting = មិនទាន់អនុវត្តនៅឡើយ
sheet-row = ជួរដេក
sheet-error-no-name = គ្មានឈ្មោះ ឬឈ្មោះសម្មតិ
sheet-error-not-yes-no = “{ $value }” មិនមែនជាចម្លើយ បាទ/ចាស ឬ ទេ
sheet-error-not-org-kind = “{ $value }” មិនមែនជាប្រភេទ ផ្លូវការ ឬ ក្រៅផ្លូវការ ទេ
sheet-error-too-long = ក្រឡានេះវែងពេក
sheet-dry-run = នឹងបន្ថែមអ្នកចូលរួម { $count } នាក់ ហើយមានបញ្ហា { $errors }។ គ្មានអ្វីត្រូវបានផ្លាស់ប្ដូរទេ។
sheet-imported = បានបន្ថែមអ្នកចូលរួម { $count } នាក់។
profile-added = បានបន្ថែមប្រវត្តិរូប { $name } ដែលមានឃ្លាំងទិន្នន័យ និងឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន។
history-erased = (តម្លៃត្រូវបានលុបទាំងស្រុង៖ អ្នកចូលរួមបានដកការយល់ព្រម)
a-participant-withdrawn = អ្នកចូលរួមម្នាក់ (បានដកការយល់ព្រម)
history-erased-value = បានលុបទាំងស្រុង
history-erased-badge = បានដកការយល់ព្រម
withdrawn-what = បានដកការយល់ព្រម{ $scope }។ អ្វីដែលវាគ្របដណ្ដប់ ត្រូវបានលុបទាំងស្រុងនៅទីនេះ និងនៅលើគ្រប់ឧបករណ៍ដែលទទួលបានវា។
withdraw-open = ដកការយល់ព្រម
withdraw-title = ដកការយល់ព្រម
withdraw-lead = តើមនុស្សម្នាក់នេះដកអ្វីមកវិញ? អ្វីដែលវាគ្របដណ្ដប់ នឹងត្រូវលុបទាំងស្រុងភ្លាមៗនៅលើកុំព្យូទ័រយួរដៃនេះ និងនៅលើគ្រប់ឧបករណ៍ដែលកញ្ចប់ទិន្នន័យរបស់អ្នកទៅដល់ រួមទាំងអ្វីដែលបានចម្លងពីមុនផងដែរ។ មិនអាចត្រឡប់វិញបានទេ។ គាត់នៅតែត្រូវបានរាប់ជាអ្នកចូលរួម។
withdraw-named-hint = ឈ្មោះ អង្គការ និងតួនាទីរបស់គាត់ ព្រមទាំងឈ្មោះរបស់គាត់ នៅគ្រប់កន្លែងដែលបានវាយបញ្ចូលក្នុងកំណត់ចំណាំនៃវគ្គនេះ។
withdraw-quoted-hint = រាល់សម្ដីរបស់គាត់ដែលត្រូវបានដកស្រង់។
withdraw-all-hint = ទាំងពីរ ព្រមទាំងឈ្មោះសម្មតិរបស់គាត់ និងរូបថត ឬឯកសារស្កេនណាមួយអំពីគាត់។ គាត់នៅសល់ត្រឹមជា “អ្នកចូលរួមម្នាក់ (បានដកការយល់ព្រម)” ប៉ុណ្ណោះ។
withdraw-by = កត់ត្រាដោយ (ឈ្មោះ ឬអក្សរកាត់ឈ្មោះ អាចទុកទទេបាន)
withdraw-note = កំណត់ចំណាំ (គាត់បានស្នើយ៉ាងដូចម្ដេច កុំដាក់ឈ្មោះគាត់ឱ្យសោះ)
withdraw-confirm = លុបទាំងស្រុងឥឡូវនេះ
sheet-import = នាំចូលបញ្ជីវត្តមាន
sheet-title = អ្នកចូលរួមពីបញ្ជីវត្តមាន
sheet-lead = សូមជ្រើសរើសថាជួរឈរនីមួយៗមានអ្វី។ ការយល់ព្រមរាប់បានតែនៅកន្លែងដែលជួរឈរសរសេរថា “បាទ/ចាស” ប៉ុណ្ណោះ ក្រឡាទទេមានន័យថា “ទេ”។ គ្មានអ្វីត្រូវបានបន្ថែមទេ រហូតដល់គ្រប់ជួរដេកត្រឹមត្រូវ។
sheet-ignore = (មិនយក)
sheet-add = បន្ថែមអ្នកចូលរួម { $count } នាក់
sheet-more = …និង { $count } ជួរដេកទៀត។
withdrawals-title = ការដកការយល់ព្រម
withdrawals-lead = ការដកការយល់ព្រមនីមួយៗ លុបទាំងស្រុងនូវអ្វីដែលវាគ្របដណ្ដប់ នៅលើគ្រប់ឧបករណ៍ដែលទទួលបានវា។ ឧបករណ៍ណាដែលមិនទាន់អនុវត្តវា គឺមិនទាន់ទទួលបានវាទេ៖ សូមផ្ញើកញ្ចប់ទិន្នន័យមួយទៅវា។
withdrawals-line = { $date }៖ បានដកការយល់ព្រម{ $scope }
profile-label = ប្រវត្តិរូប
profile-first = ប្រវត្តិរូបទីមួយ
profile-not-created = មិនទាន់បង្កើតនៅឡើយ
profile-new = មានអ្នកសម្របសម្រួលម្នាក់ទៀតប្រើកុំព្យូទ័រយួរដៃនេះឬ? សូមបន្ថែមប្រវត្តិរូប
profile-new-label = ឈ្មោះប្រវត្តិរូប
profile-new-hint = ពាក្យ ឬពណ៌ដែលអ្នកនឹងស្គាល់។ មិនត្រូវការអ្វីដែលបញ្ជាក់ថាជាអ្នកទេ។ ប្រវត្តិរូបនីមួយៗមានកំណត់ចំណាំ និងឃ្លាសម្ងាត់ផ្ទាល់ខ្លួន។
profile-add = បន្ថែមប្រវត្តិរូប
profile-drop = ដកប្រវត្តិរូបទទេ { $name } ចេញ
error-profile-while-open = សូមចាក់សោ Fieldbook ជាមុនសិន រួចជ្រើសរើស ឬបន្ថែមប្រវត្តិរូប។
