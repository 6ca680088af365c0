## Fieldbook — catalogue français.

app-name = Fieldbook
app-tagline = Séances d'écoute avec les mouvements sociaux, en sécurité hors ligne.
language = Langue

## Déverrouiller et créer
unlock-title = Déverrouiller Fieldbook
unlock-lead = Vos notes sont chiffrées sur cet ordinateur. Saisissez la phrase secrète pour les ouvrir.
unlock-passphrase = Phrase secrète
unlock-button = Déverrouiller
unlock-working = Ouverture…
create-title = Créez votre Fieldbook
create-lead = Tout ce que vous enregistrez est chiffré sur cet ordinateur avec une phrase secrète. Choisissez-en une dont vous vous souviendrez : elle ne peut pas être récupérée si vous l'oubliez.
create-passphrase = Nouvelle phrase secrète
create-confirm = Répétez la phrase secrète
create-hint = Au moins { $min } caractères. Quelques mots sans rapport sont faciles à retenir et difficiles à deviner.
create-button = Créer et ouvrir
create-mismatch = Les deux phrases secrètes ne sont pas identiques.
lock-button = Verrouiller
data-folder = Dossier de données : { $path }

## Navigation
nav-sessions = Séances
nav-movements = Mouvements
nav-guides = Guides de questions
keyboard-hint = Touches : Alt+1…7 sections · Ctrl+Entrée ajouter · Ctrl+N nouvelle séance · / rechercher

## Enregistrement
save-saving = Enregistrement…
save-saved = Toutes les modifications sont enregistrées
save-saved-at = Enregistré à { $time }
save-failed = Non enregistré : { $reason }

## Liste des séances
sessions-title = Séances d'écoute
sessions-new = Nouvelle séance
sessions-search = Rechercher des séances
sessions-filter-movement = Tous les mouvements
sessions-filter-status = Tous les statuts
sessions-empty = Aucune séance d'écoute pour l'instant. Commencez par écouter : créez la première.
sessions-none-match = Aucune séance ne correspond à ces filtres.
sessions-count = { $count ->
    [one] Une séance
   *[other] { $count } séances
}
col-date = Date
col-title = Titre
col-movements = Mouvements
col-place = Lieu
col-participants = Personnes
col-status = Statut
untitled-session = Séance sans titre

## Statut de la séance
status-draft = Brouillon
status-reviewed = Relue
status-shared_back = Restituée

## Éditeur de séance
session-back = Toutes les séances
session-delete = Supprimer la séance
session-delete-confirm = Supprimer cette séance et tout ce qui y est enregistré ?
section-details = Détails
section-participants = Participant·es
section-questions = Questions et notes
section-priorities = Priorités
section-risks = Risques
section-support = Soutien convenu
section-media = Photos et enregistrements
media-lead = Feuilles de paperboard, tableaux de vote à gommettes, un enregistrement, un formulaire de consentement scanné. Ils sont chiffrés avec tout le reste ; le lieu et les détails de l'appareil photo sont retirés d'une photo avant qu'elle soit conservée. Interne, sauf si vous choisissez autrement : marquez comme restreinte une photo qui montre des personnes.
media-attach = Joindre des fichiers
media-attaching = { $count ->
    [one] Ajout d'un fichier…
   *[other] Ajout de { $count } fichiers…
}
media-empty = Aucune pièce jointe pour l'instant.
media-drop-hint = Vous pouvez aussi déposer des fichiers sur cette fenêtre.
media-max-side = Réduire les photos à
media-max-side-original = leur taille d'origine
media-max-side-px = { $px } pixels
media-view = Voir la photo
media-listen = Écouter
media-size = { $mb } Mo
media-caption = Légende
media-about = Concerne
media-about-session = toute la séance
media-in-summary = Imprimer dans la synthèse
media-in-summary-hint = La photo est imprimée dans la synthèse de la séance pour les versions que son niveau autorise : choisissez « Restitution » pour l'exemplaire des participant·es.
media-save-copy = Enregistrer une copie…
media-saved-copy = Une copie de { $file } a été enregistrée.
media-limit-title = Pièces jointes
media-limit-lead = Taille maximale d'une photo, d'un enregistrement ou d'un PDF à joindre. Une limite plus haute remplit plus vite une clé USB.
media-limit-label = Mo au plus
media-limit-saved = Les fichiers jusqu'à { $mb } Mo peuvent être joints.
field-title = Titre
field-starts-at = Date et heure
field-time-zone = Fuseau horaire
field-place = Lieu
field-languages = Langues parlées
field-languages-hint = Séparez par des virgules, p. ex. wolof, français
field-facilitators = Facilitateur·rices
field-facilitators-hint = Séparez par des virgules
field-movements = Mouvements
field-status = Statut
field-notes = Notes de la séance
no-movements-yet = Pas encore de mouvements : ajoutez-les dans Mouvements.

## Participant·es
participants-lead = Enregistrez le consentement avant de noter ce qu'une personne dit.
participant-add = Ajouter une personne
participant-name = Nom
participant-pseudonym = Pseudonyme
participant-aliases = Autres noms et surnoms
participant-aliases-hint = Autres graphies et surnoms utilisés pour cette personne, séparés par des virgules : recherchés dans ce qui est saisi, comme le nom
mentions-found = Noms trouvés ici :
mention-withheld = { $tier } : ce texte est retenu partout où ce nom ne peut pas aller
mark-name = Marquer comme nom
mark-name-of = À qui est le nom « { $text } » ?
mark-name-save = Marquer
mark-name-cancel = Annuler
mark-name-none = Ajoutez d’abord la personne participante, puis marquez son nom.
participant-organisation = Organisation ou groupe
participant-org-kind = Type de groupe
org-kind-formal = Formel
org-kind-informal = Informel
participant-role = Rôle
consent-record = Accepte la prise de notes
consent-quote = Peut être citée
consent-named = Peut être nommée dans les documents partagés
at-risk = À risque
at-risk-hint = À risque : jamais nommée dans ce qui est partagé.
participants-empty = Aucune personne pour l'instant.
a-participant = Une personne participante

## Questions et citations
questions-lead = Écouter d'abord : le mouvement fixe l'ordre du jour.
question-text = Question
question-answer = Ce qui a été dit
question-add = Ajouter une question
questions-from-guide = Ajouter les questions d'un guide
questions-from-guide-button = Ajouter
quote-add = Ajouter une citation
quote-text = Citation
quote-by = Dit par
quote-no-consent = (pas de consentement à être citée)
questions-empty = Aucune question pour l'instant.

## Priorités
priority-add = Ajouter une priorité
priority-title = Priorité
priority-theme = Thème
priority-description = Détails
priority-votes = Votes
priority-vote-up = Ajouter un vote
priority-vote-down = Retirer un vote
move-up = Monter
move-down = Descendre
priorities-empty = Aucune priorité pour l'instant.

## Risques
risk-add = Ajouter un risque
risk-description = Risque
risk-affected = Qui est concerné
risk-severity = Gravité
severity-low = Faible
severity-medium = Moyenne
severity-high = Élevée
risk-mitigation = Mesure convenue
risks-empty = Aucun risque enregistré.

## Soutien convenu
support-add = Ajouter un soutien
support-what = Quoi
support-role = Notre rôle
support-category = Type de soutien
support-owner = Responsable
support-due = Échéance
support-status = Statut
support-requested = Demandé par le mouvement
supports-empty = Aucun soutien convenu pour l'instant.
role-convener = Rassembleur
role-ally = Allié
role-resource_partner = Partenaire de ressources
role-amplifier = Amplificateur
support-status-proposed = Proposé
support-status-agreed = Convenu
support-status-in_progress = En cours
support-status-done = Fait
support-status-dropped = Abandonné
value-institutional_capacity = Renforcement des capacités institutionnelles
value-skills_training = Formation aux compétences
value-research_documentation = Recherche et documentation
value-policy_analysis = Analyse des politiques et accès à l'information
value-key_concepts = Renforcement des concepts clés
value-cross_movement_spaces = Espaces entre mouvements
value-facilitating_advocacy = Appui au plaidoyer
value-mass_mobilisation = Mobilisation de masse
value-profile_media = Visibilité et médias
value-funding_cost_sharing = Financement et partage des coûts
value-legal_support = Appui juridique

## Mouvements
movements-title = Mouvements
movements-lead = Les mouvements et réseaux sociaux avec lesquels vous travaillez.
movement-add = Ajouter un mouvement
movement-name = Nom
movement-country = Pays
movement-region = Région
movement-sector = Secteur
movement-sector-hint = p. ex. travailleuses domestiques, droits des femmes, foncier, jeunesse
movement-description = Description
movements-empty = Aucun mouvement pour l'instant.
movement-delete-confirm = Supprimer ce mouvement ? Les séances gardent leurs notes.

## Guides
guides-title = Guides de questions
guides-lead = Les questions que suit une séance d'écoute. Les nouvelles séances les copient ; modifier un guide ne change jamais les séances passées.
guide-add = Nouveau guide
guide-name = Nom du guide
guide-language = Langue
guide-question-add = Ajouter une question
guide-delete-confirm = Supprimer ce guide ? Les séances gardent les questions posées.
guides-empty = Aucun guide.

## Commun
delete = Supprimer
cancel = Annuler
confirm = Confirmer
loading = Chargement…
choose = Choisir…
none = Aucun

## Erreurs
error-wrong-passphrase = Cette phrase secrète n'ouvre pas ce Fieldbook. Vérifiez la disposition du clavier et le verrouillage des majuscules, puis réessayez.
error-weak-passphrase = Cette phrase de passe est trop facile à deviner (ou fait moins de { $min } caractères). Utilisez une phrase de quatre mots sans rapport ou plus, comme « rivière lampe orange dix-sept » : facile à retenir, difficile à deviner. Évitez les noms, les dates et le nom de l'application.
error-no-store = Il n'y a pas encore de Fieldbook ici. Créez-en un d'abord.
error-store-exists = Un Fieldbook existe déjà dans ce dossier. Déverrouillez-le.
error-not-a-store = Ce fichier n'est pas un Fieldbook, ou il est endommagé. Restaurez-le depuis une sauvegarde ou un paquet exporté.
error-no-encryption = Cette version ne peut pas chiffrer les données et refuse donc d'enregistrer. Installez une version officielle.
error-not-found = Cet enregistrement n'existe plus. Il a peut-être été supprimé.
error-unknown-field = Erreur interne : { $detail }
error-invalid-value = Cette valeur ne peut pas être enregistrée : { $detail }
error-invalid-document = Le document ne peut pas être lu : { $detail }
error-disk-full = Le disque est plein : rien n'a été enregistré. Libérez de l'espace ; votre saisie reste à l'écran jusqu'à ce qu'elle puisse être enregistrée.
error-media-too-large = { $name } fait { $mb } Mo ; une pièce jointe peut faire { $limit } Mo au plus. Réduisez-le (un enregistrement en M4A ou Opus prend dix fois moins de place qu'en WAV), ou relevez la limite dans l'écran Sécurité.
error-media-not-what-it-says = { $name } porte un nom de fichier { $claimed }, mais c'est un fichier { $found } : rien n'a été joint. Vérifiez que vous avez choisi le bon fichier.
error-media-unsupported = { $name } n'est pas une photo, un enregistrement ou un PDF que Fieldbook peut garder. Utilisez JPEG, PNG ou WebP pour les photos (pour le JPEG, réglez l'appareil photo du téléphone sur « Le plus compatible »), MP3, M4A, Ogg, Opus, WAV, FLAC ou WebM pour les enregistrements, ou PDF.
error-media-damaged = { $reason ->
    [truncated] { $name } est incomplet (il n'a pas été copié en entier) : rien n'a été joint. Copiez-le à nouveau depuis le téléphone ou l'appareil photo.
    [too-many-pixels] { $name } a plus de pixels qu'aucun appareil photo n'en produit : rien n'a été joint.
    [unreadable-audio] { $name } n'est pas un enregistrement que Fieldbook peut lire : rien n'a été joint. Copiez-le à nouveau depuis l'enregistreur, ou enregistrez-le en MP3 ou M4A.
    [changed] { $name } a changé pendant l'ajout : rien n'a été joint. Réessayez une fois la copie terminée.
   *[other] { $name } ne peut pas être lu (il est endommagé) : rien n'a été joint. Copiez-le à nouveau depuis le téléphone ou l'appareil photo.
}
error-media-missing = Le fichier { $name } n'est pas encore arrivé sur cet appareil. Il viendra avec le prochain paquet de l'appareil qui l'a (sauf si ce paquet laisse de côté les pièces jointes).
error-io = Un fichier n'a pas pu être lu ou écrit : { $detail }
error-database = La base de données a signalé un problème : { $detail }
error-migration = Les données n'ont pas pu être mises à jour pour cette version de Fieldbook : { $detail }
error-store-too-new = Ces données ont été enregistrées par une version plus récente de Fieldbook. Installez cette version ou une plus récente pour les ouvrir ; rien n'a été modifié.
error-cancelled = Arrêté. Rien n'a été modifié : les données sont exactement comme avant.
error-in-use = Une autre fenêtre Fieldbook importe dans ces données. Attendez la fin de l'import, puis réessayez ; rien n'a été modifié.
error-internal = Un problème interne à Fieldbook a arrêté l'opération ; rien n'a été modifié. Réessayez ; si cela se reproduit, notez ce que vous avez fait et prévenez votre contact d'assistance.
error-edits-waiting = Ce qui a été saisi pendant le dernier import n'est pas encore dans vos données (disque plein ou occupé) : cette modification attend. Libérez de l'espace disque puis réessayez ; rien de ce qui a été saisi n'est perdu.
error-locked = Fieldbook est verrouillé. Déverrouillez-le pour continuer.
error-unexpected = Un problème est survenu : { $detail }

## Ligne de commande
cli-passphrase-prompt = Phrase secrète Fieldbook :
cli-passphrase-new = Nouvelle phrase secrète :
cli-passphrase-repeat = Répétez la phrase secrète :
cli-created = Nouveau Fieldbook créé dans { $path }
cli-demo-done = { $count } séances de démonstration ajoutées.
cli-put-done = Séance { $id } enregistrée

## Synchronisation
nav-sync = Synchroniser
sync-title = Synchroniser
sync-lead = Déplacez les données sans internet : exportez un paquet chiffré et signé sur une clé USB ou une messagerie, et importez les paquets d'autres appareils.
sync-identity = Cet appareil
sync-device = Appareil
sync-fingerprint = Empreinte
sync-fingerprint-hint = Lisez-la à la personne qui fera confiance à cet appareil, par exemple au téléphone.
sync-recipient = Destinataire age
sync-recipients = Destinataires
sync-recipients-lead = Les paquets sont chiffrés pour ces clés : le bureau pays, un bureau régional, une clé de récupération de l'organisation.
sync-recipient-add = Ajouter un destinataire
sync-recipient-label = Qui c'est
sync-recipient-key = Clé age1…
sync-recipients-empty = Pas encore de destinataire. Demandez sa clé age1… au bureau pays.
sync-export = Exporter un paquet
sync-export-full = Paquet complet (tout, pas seulement ce qui a changé)
sync-export-done = Paquet écrit : { $count } modifications dans { $path }
sync-import = Importer des paquets
sync-import-starting = Début de l'import…
sync-import-reading = Lecture et vérification du fichier { $done } sur { $total }…
sync-import-merging = Fusion de { $done } modifications sur { $total }…
sync-import-cancel = Arrêter
job-dismiss = Fermer
sync-export-starting = Début de l'export…
sync-export-collecting = Lecture des données : { $done } types d'enregistrements sur { $total }…
sync-export-media = Ajout des photos et des enregistrements : { $done } sur { $total } Mo…
sync-export-cancel = Arrêter
sync-export-stopping = Arrêt en cours : aucun fichier ne restera…
sync-tables-starting = Début des tableaux…
sync-tables-collecting = Préparation des tableaux : { $done } sur { $total }…
sync-tables-cancel = Arrêter
sync-tables-stopping = Arrêt en cours : aucun fichier ne sera écrit…
sync-import-stopping = Arrêt en cours : rien ne sera modifié…
sessions-showing = { $shown } affichées sur { $count }
sync-import-done = { $file } : { $applied } modifications sur { $changes } appliquées, { $conflicts ->
    [one] un conflit
   *[other] { $conflicts } conflits
}
sync-trust-title = Appareil inconnu
sync-trust-lead = Ce paquet a été signé par un appareil auquel vous ne faites pas encore confiance. Comparez l'empreinte avec sa ou son propriétaire (par exemple au téléphone) avant de lui faire confiance.
sync-trust-button = Faire confiance à cet appareil et importer
sync-trusted = Appareils de confiance
sync-trusted-empty = Pas encore d'appareil de confiance.
sync-conflicts = Conflits à examiner
sync-conflicts-empty = Aucun conflit : les modifications faites sur différents appareils ont fusionné sans problème.
sync-conflict-local = Sur cet appareil
sync-conflict-incoming = Du paquet
sync-conflict-keep = Garder celle-ci
sync-conflict-applied = Appliquée actuellement
sync-history = Historique des importations
sync-history-newest = Les { $shown } imports les plus récents sur { $count } ; `fieldbook-cli imports` les liste tous.
sync-history-empty = Rien n'a encore été importé.
sync-history-line = { $time } · { $file } · { $applied } sur { $changes } appliquées · { $conflicts } conflits · { $fingerprint }
sync-by = { $device } à { $time }
remove = Retirer

## Erreurs de synchronisation
error-bundle = Le paquet n'a pas pu être créé : { $detail }
error-bad-recipient = Ce n'est pas un destinataire age. Il doit commencer par age1 ; demandez au bureau de le renvoyer.
error-no-recipients = Personne pour qui chiffrer le paquet. Ajoutez le destinataire age1… du bureau pays dans Synchroniser, ou exportez avec une phrase secrète.
error-not-a-bundle = Ce fichier n'est pas un paquet Fieldbook. Vérifiez que vous avez choisi le fichier de paquet reçu.
error-bundle-wrong-key = Ce paquet a été chiffré pour un autre appareil et ne peut pas être ouvert ici. Demandez à l'expéditeur de l'exporter à nouveau pour le destinataire de cet appareil.
error-bundle-wrong-passphrase = Cette phrase secrète n'ouvre pas ce paquet.
error-bundle-needs-passphrase = Ce paquet est protégé par une phrase secrète. Importez-le à nouveau et saisissez la phrase secrète.
error-bundle-damaged = Le paquet est endommagé ou a été modifié après sa création ; rien n'a été importé. Demandez une nouvelle copie. ({ $detail })
error-bundle-bad-signature = La signature du paquet n'est pas valide : il a été modifié ou falsifié. Rien n'a été importé.
error-bundle-unknown-signer = Le paquet vient d'un appareil auquel vous ne faites pas encore confiance (empreinte { $fingerprint }). Comparez l'empreinte avec l'expéditeur, puis faites-lui confiance : dans Synchroniser, ou avec fieldbook-cli trust add { $fingerprint }.
error-bundle-future-version = Ce paquet a été créé par un Fieldbook plus récent (format { $found } ; celui-ci lit jusqu'à { $supported }). Mettez Fieldbook à jour, puis importez-le à nouveau.
error-bad-fingerprint = Ce n'est pas une empreinte d'appareil. Elle compte 16 lettres et chiffres, comme ABCD-EFGH-IJKL-MNOP.
error-file = Un fichier n'a pas pu être lu : { $detail }
error-in-file = { $file } : { $message }

## Ligne de commande (synchronisation)
cli-bundle-passphrase = Phrase secrète du paquet :
cli-identity-exported = Identité age écrite dans { $path }. Gardez-la secrète : elle ouvre tous les paquets envoyés à cet appareil.
cli-exported = { $count } modifications écrites dans { $path } pour { $recipients }
cli-imported = { $file } : { $applied } modifications sur { $changes } appliquées depuis { $fingerprint } ; { $conflicts } conflits

## Synthèses de séance (impression et PDF)
field-next-check-in = Prochain point d’étape
summary-open = Restituer…
summary-title = Synthèse à restituer
summary-back = Retour à la séance
summary-audience = Version
summary-audience-participants = Pour les participant·es (restitution)
summary-audience-internal = Interne (dossier du bureau)
summary-language = Langue
summary-paper = Papier
summary-paper-a4 = A4
summary-paper-letter = Lettre US
summary-print = Imprimer…
summary-save-pdf = Enregistrer en PDF…
summary-saved = PDF enregistré : { $file }
summary-pdf-file = synthese
summary-preview-hint = Cet aperçu est ce qui sera imprimé, page par page.
summary-banner-participants = Restitué aux personnes qui ont participé. Personne n’est nommé s’il l’a refusé ou si cela peut le mettre en danger.
summary-banner-internal = INTERNE : nomme des personnes en danger et consigne des risques. À garder au dossier du bureau ; ne jamais le diffuser.
summary-when = Date
summary-place = Lieu
summary-movements = Mouvements
summary-facilitators = Animé par
summary-languages = Langues
summary-next-check-in = Prochain point d’étape
summary-no-check-in = Pas encore convenu
summary-participants = Qui a participé
summary-participants-count = { $count ->
    [one] Une personne a participé.
   *[other] { $count } personnes ont participé.
}
summary-pseudonym = Pseudonyme : { $name }
summary-without = Non accordé : { $what }
summary-at-risk = En danger
summary-someone = une personne participante
summary-heard = Ce que nous avons entendu
summary-priorities = Priorités exprimées
summary-votes = { $votes ->
    [one] 1 voix
   *[other] { $votes } voix
}
summary-support = Soutien convenu
summary-support-by = Par : { $owner }
summary-support-due = Échéance : { $date }
summary-support-requested = Demandé par le mouvement
summary-risks = Risques évoqués
summary-affected = Concerne : { $who }
summary-mitigation = Mesure convenue : { $text }
summary-notes = Notes internes
summary-pictures = Photos
summary-pictures-left-out = Photos choisies mais non imprimées : { $count }. Elles sont trop grandes pour être réduites ici sans risque (un JPEG progressif ou un WebP de plus de 24 millions de pixels). Enregistrez-les à nouveau en PNG ou en JPEG ordinaire, ou choisissez-en de plus petites.
summary-nothing = Rien de consigné.
summary-page = Page { $page } sur { $pages }
summary-code = Code de vérification { $code }
cli-passphrase-changed = Phrase de passe changée. Utilisez désormais la nouvelle ; l’ancienne n’ouvre plus rien.
cli-wipe-unexported = Attention : { $count } modifications faites sur cet appareil n’ont jamais été exportées vers un destinataire enregistré. Elles seront perdues.
cli-wipe-confirm = Ceci détruit le Fieldbook de { $path } (fiches, historique et clés de cet appareil). Tapez WIPE pour continuer :
cli-wipe-cancelled = Rien n’a été effacé.
cli-wipe-needs-yes = Pas de terminal : ajoutez --yes pour effacer sans confirmation.
cli-no-passphrase = Pas de phrase secrète : lancez la commande dans un terminal, ou définissez { $variable } (automatisation uniquement).
cli-summary-usage = Indiquez un SESSION_ID avec --pdf OUT.pdf, ou --all --out-dir DIR.
cli-map-form = L’option --map attend COLONNE=CHAMP, pas « { $value } ».
cli-map-no-column = La feuille n’a pas de colonne « { $column } ». Ses colonnes sont : { $columns }.
cli-map-no-field = Une colonne peut remplir l’un de ces champs : { $fields }, pas « { $field } ».
cli-profile-not-created = (pas encore créé)
cli-wiped = { $count } fichiers effacés dans { $path }. Il ne reste rien de ce Fieldbook sur cet appareil.
history-this-device = cet appareil
cli-summary-done = Enregistré { $file } (code de vérification { $code })
error-font-missing = Cette synthèse contient du texte en { $script }, mais la police { $font } n’est pas installée. Installez-la (sous Debian ou Ubuntu : sudo apt install fonts-noto-core), puis réessayez.
error-no-font-for = Aucune police installée ne peut afficher certains caractères de cette synthèse : { $detail }. Installez une police Noto pour cette écriture, puis réessayez.
error-pdf = Le PDF n’a pas pu être créé : { $detail }
error-recovery-params = Impossible de partager la clé de secours en { $have } parts avec { $need } nécessaires. Demandez au moins 2 parts nécessaires, et pas plus que le nombre de parts.
error-recovery-share = Cette part de secours est inutilisable : { $detail }.
error-recovery-not-enough = { $have } parts de secours différentes ont été données, mais il en faut { $need }. Demandez sa feuille à une autre personne gardienne.

## Sécurité
nav-security = Sécurité
security-title = Sécurité
security-lead = Protégez ce que les gens vous ont confié si cet ordinateur reste ouvert, est perdu ou fouillé.
security-autolock = Verrouillage automatique
security-autolock-lead = Après ce délai sans frappe ni souris, Fieldbook enregistre ce qui a été saisi, oublie la clé et redemande la phrase de passe.
security-minutes = minutes
security-autolock-saved = Fieldbook se verrouille désormais après { $minutes } minutes sans utilisation.
security-autolock-invalid = Indiquez un nombre de minutes (1 ou plus).
security-passphrase = Changer la phrase de passe
security-passphrase-current = Phrase de passe actuelle
security-passphrase-button = Changer la phrase de passe
security-passphrase-changed = La phrase de passe a été changée. Utilisez désormais la nouvelle.
security-wipe = Effacer cet appareil
security-wipe-lead = Détruit Fieldbook sur cet ordinateur : toutes les fiches, leur historique et les clés de l’appareil. À utiliser avant qu’un ordinateur aille là où il peut être fouillé. Irréversible ; seul ce qui a été exporté en paquets survit.
security-wipe-unexported = { $count } modifications faites ici n’ont jamais été exportées vers un destinataire enregistré. Exportez d’abord un paquet, sinon elles seront perdues.
security-wipe-button = Effacer Fieldbook de cet ordinateur

## Sensitivity tiers
tier-label = Sensibilité
tier-share_back = Restitution
tier-internal = Interne
tier-restricted = Restreint
tier-default = Par défaut ({ $tier })
tier-hint = La restitution peut revenir aux participantes et participants ; l’interne reste au personnel ; le restreint ne va qu’aux destinataires habilités.
recipient-recovery = Clé de secours
error-above-tier = Cette séance est marquée { $detail } : seule une version de ce niveau peut être faite. Choisissez cette version, ou changez la sensibilité de la séance.
error-name-gate = Arrêté avant toute écriture : le champ { $field } de { $entity } { $record } nomme une personne en danger. Modifiez ce texte, ou marquez le nom pour qu’il soit retenu, puis réessayez.
error-withdrawal-not-applied = Rien n’a été importé : ce paquet a été créé avant que son appareil n’applique un retrait de consentement, et cet appareil ne garde plus de quoi en retirer le nom de cette personne. Envoyez à cet appareil un paquet d’ici ; une fois qu’il l’a ouvert, créez-y un paquet complet et importez celui-ci.
summary-audience-restricted = Restreinte (personnel habilité seulement)
summary-banner-restricted = RESTREINT : nomme des personnes en danger et décrit des risques. Réservé au personnel habilité ; ne jamais le copier ni le partager.
preview-title = Ce qui quittera cet appareil
preview-heading = Un paquet pour { $recipients }, habilité jusqu’à { $tier } :
preview-leaves = Quitte cet appareil (champs modifiés, par niveau) :
preview-stays = Reste sur cet appareil (au-dessus de l’habilitation) :
preview-nothing = rien
preview-confirm = Exporter ce paquet
preview-cancel = Annuler
preview-count = { $count } ×
media-leave-out = Laisser les photos et les enregistrements hors de ce paquet (pour une petite clé USB) : ils partiront avec le suivant.
media-leaves = Photos, enregistrements et scans qui partent : { $count } ({ $mb } Mo)
media-withheld = Photos, enregistrements et scans retenus (au-dessus de l'habilitation) : { $count }
media-left-out = Photos, enregistrements et scans laissés hors de ce paquet (ils partiront avec le prochain qui transporte des pièces jointes) : { $count } ({ $mb } Mo)
media-not-here = pas encore sur cet appareil
media-saved = { $path } enregistré ({ $size } octets).
media-removed = Retiré.
media-limit = Une pièce jointe peut faire au plus { $mb } Mo.
cli-export-withheld = { $count } modifications de champs au-dessus de { $tier } ont été retenues et ne sont pas dans le paquet.
sync-clearance = Habilité pour
sync-recovery = C’est la clé de secours de l’organisation (ajoutée à chaque paquet)
cli-recovery-created = Clé de secours créée : { $recipient }. Donnez une feuille à chaque gardien, puis ajoutez le destinataire sur chaque appareil : fieldbook-cli recipients add { $recipient } --recovery --label "Clé de secours"
cli-recovery-exists = { $path } existe déjà : choisissez un autre fichier avec --out (une clé n’est jamais écrasée).
cli-recovery-restored = Clé de secours { $recipient } restaurée dans { $path }. Importez les paquets avec : fieldbook-cli import --identity { $path } FICHIER…  Gardez le fichier hors ligne et supprimez-le ensuite.
recovery-sheet-title = FIELDBOOK · CLÉ DE SECOURS DE L’ORGANISATION · PART DE GARDIEN
recovery-sheet-which = Part { $index } sur { $total }. { $threshold } parts ensemble restaurent la clé ; moins ne révèlent rien.
recovery-sheet-keep = Gardez cette feuille sur papier, dans un lieu sûr et privé (pas en photo sur un téléphone). Ne la remettez que pour une restauration décidée par l’organisation.
recovery-sheet-restore = Pour restaurer : fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (ou tapez le code en argument).
cli-table-exported = Tables écrites dans { $path } : { $rows } lignes, jusqu’à { $tier }.
cli-table-withheld = Exclu car au-dessus de { $tier } : { $rows } enregistrements entiers et { $cells } champs (laissés vides).
history-title = Historique
history-open = Historique
history-lead = Chaque modification de cette séance et de ses éléments : quel appareil, quel champ, quand, et la valeur d’avant.
history-empty = Aucune modification enregistrée pour l’instant.
history-deleted = supprimé
history-conflict = conflit
tables-title = Tables pour l’analyse
tables-lead = Tous les enregistrements en tables (une par type, noms de colonnes stables, dates ISO) pour un tableur ou un outil statistique. Choisissez leur niveau de sensibilité : ce qui est au-dessus est exclu.
tables-format = Format
tables-export = Exporter les tables…
tables-done = Tables écrites dans { $path } : { $rows } lignes jusqu’à { $tier } ; { $withheld } enregistrements ou champs au-dessus exclus.
tier-field-hint = { $tier } : ce champ est plus sensible que son élément (une personne en danger, ou un nom qui ne peut pas être partagé).
history-when = Quand
history-who = Appareil
history-what = Champ
history-before = Avant
history-after = Après

## Cycle d'accompagnement : rôles, points d'étape, carte des acteurs, restitutions, recherche, tableau de bord
nav-search = Rechercher
nav-dashboard = Tableau de bord
print = Imprimer…
cycle-date = Date
cycle-notes = Notes
attention-title = À traiter
attention-more = …et { $count } de plus
checkins-due-title = { $count ->
    [one] Point d'étape à faire (1 mouvement)
   *[other] Points d'étape à faire ({ $count } mouvements)
}
checkin-due-line = À faire depuis le { $since } · dernier point : { $last }
checkin-never = jamais
overdue-title = { $count ->
    [one] Appui en retard (1)
   *[other] Appuis en retard ({ $count })
}
overdue-line = Prévu le { $due } (il y a { $days } jours) · { $session }
movement-open = Ouvrir
movement-missing = Ce mouvement n'existe plus (il a peut-être été supprimé sur un autre appareil).
roles-title = Notre rôle
roles-lead = Ce que l'organisation fait pour ce mouvement, convenu avec lui : rassembleur, allié, partenaire de ressources ou amplificateur. Notez chaque changement et sa raison.
role-change-add = Noter un changement de rôle
role-since = depuis le { $date }
role-none = Aucun rôle convenu pour l'instant.
role-paused = En pause : aucun rôle pour le moment.
role-change-roles = Rôles à partir de cette date
role-change-reason = Raison du changement
checkins-title = Points d'étape
checkin-add = Ajouter un point d'étape
checkin-due-now = Un point d'étape sur notre rôle est à faire (depuis le { $since }). Demandez au mouvement comment le rôle fonctionne.
checkin-every = Réexaminez le rôle avec le mouvement au moins tous les six mois.
checkin-decision = Décision
decision-keep = Garder le rôle
decision-change = Changer de rôle
decision-pause = Mettre en pause
checkin-feedback = Ce que le mouvement dit de notre rôle
checkin-feedback-hint = Avec ses mots : ce qui aide, ce qui gêne.
checkins-empty = Aucun point d'étape pour l'instant.
actors-title = Carte des acteurs
actors-lead = Les acteurs autour du mouvement : ses organisations, syndicats, réseaux, collectifs et groupes informels, et la périphérie (bailleurs, autorités, autres ONG).
actor-add = Ajouter un acteur
relation-add = Ajouter une relation
actors-empty = Aucun acteur pour l'instant. Ajoutez d'abord les groupes du mouvement, puis ceux qui les entourent.
actors-edit = Modifier { $actors } acteurs et { $relations } relations
actors-list = Acteurs
actors-none = Aucun acteur pour l'instant.
actor-name = Nom
actor-kind = Type
actor-kind-organisation = Organisation
actor-kind-union = Syndicat
actor-kind-network = Réseau
actor-kind-collective = Collectif
actor-kind-informal_group = Groupe informel
actor-kind-funder = Bailleur
actor-kind-official = Autorité
actor-kind-ngo = Autre ONG
actor-sessions = A participé à
actor-sessions-none = Aucune séance avec ce mouvement pour l'instant.
relations-list = Relations
relations-empty = Aucune relation pour l'instant.
relation-from = De
relation-kind = Relation
relation-to = À
relation-member_of = est membre de
relation-allied_with = est allié de
relation-tension_with = est en tension avec
relation-funds = finance
relation-convenes = rassemble
map-aria = Carte des acteurs : { $actors } acteurs et { $relations } relations
map-legend-core = Fait partie du mouvement
map-legend-periphery = Périphérie
map-legend-informal = Informel
overlaps-title = Éviter les doublons
overlaps-lead = Les autres ONG et réseaux qui rassemblent les acteurs de ce mouvement. Parlez-leur avant de réunir les mêmes personnes.
overlaps-convenes = rassemble
overlaps-we-convene = Nous aussi
overlaps-none = Aucune autre organisation n'est notée comme rassemblant ces acteurs.
share-backs-title = Restitutions
share-backs-lead = Quand les résultats ont été rendus au mouvement, à qui et sous quelle forme.
share-back-add = Noter une restitution
share-back-form = Forme
share-form-printed_summary = Résumé imprimé
share-form-meeting = Réunion
share-form-message = Message
share-form-radio = Radio
share-form-other = Autre
share-back-audience = Avec qui
share-back-audience-hint = Par exemple : l'assemblée des membres, le comité de coordination.
share-back-session = Séance
share-backs-empty = Rien n'a encore été restitué.
search-title = Rechercher
search-lead = Retrouvez ce qui a été dit dans toutes les séances : notes, réponses, citations, priorités, risques et appuis.
search-placeholder = Mots à chercher
search-country = Pays
search-role = Notre rôle
search-from = Du
search-to = Au
search-hint = Tapez un ou deux mots. Chaque mot trouve aussi les mots plus longs qui commencent pareil.
search-none = Rien trouvé.
search-count = { $count ->
    [one] Un résultat
   *[other] { $count } résultats
}
search-kind-session = Notes de séance
search-kind-question = Réponse
search-kind-quote = Citation
search-kind-priority = Priorité
search-kind-risk = Risque
search-kind-support = Appui
dashboard-title = Tableau de bord
dashboard-lead = Pour tous les mouvements : leurs priorités, les appuis convenus et où ils en sont.
dashboard-overdue = appuis en retard
dashboard-checkins-due = points d'étape à faire
dashboard-sessions = séances
dashboard-themes = Priorités par thème (votes)
dashboard-support = Appuis convenus par rôle et statut
dashboard-months = Séances par mois
dashboard-no-theme = (sans thème)
dashboard-empty = Rien n'a encore été noté.
checkins-none-due = Aucun point d'étape n'est à faire.
cli-checkin-due = à faire depuis le { $since } ({ $days } jours) · dernier point : { $last }

## Device authority: who may change what (sync)
error-bundle-wrong-device = Ce paquet est signé par l'appareil { $fingerprint } mais prétend venir d'un autre appareil ({ $claimed }) : rien n'a été importé, car un appareil ne parle jamais pour un autre. Si cet appareil a été réinstallé, retirez-le des appareils de confiance puis faites-lui confiance à nouveau.
error-clock-set-back = L'horloge de cet appareil indique { $now }, mais elle a déjà indiqué { $seen } : sa date a été reculée. Réglez la date et l'heure, puis importez à nouveau. Rien n'a été importé. Si la date du jour est juste et que l'horloge avançait avant, confirmez-la (La date est juste, ou fieldbook-cli import --clock-is-right) et prévenez le bureau : les modifications antérieures de cet appareil sont datées dans le futur.
role-field = Appareil de terrain
role-office = Bureau
role-field-can = N'envoie que ses propres modifications. Une modification qui abaisse un niveau (à risque, consentement, sensibilité), ou qui écrase quelque chose au-dessus de son habilitation qu'il n'a pas écrit, attend une revue.
role-office-can = Peut transmettre les modifications d'autres appareils, qui gardent leur auteur, et décider des niveaux.
sync-trust-label = Qui c'est (par exemple « ordinateur d'Aminata »)
sync-trust-role = C'est
sync-trust-clearance = Peut modifier jusqu'à
sync-trust-label-needed = Donnez d'abord un nom à l'appareil, pour que l'historique et la file de revue puissent le nommer.
sync-trusted-line = { $role }, peut modifier jusqu'à { $clearance }
sync-import-held = { $count ->
    [one] Une modification attend une revue dans Conflits à examiner.
   *[other] { $count } modifications attendent une revue dans Conflits à examiner.
}
sync-import-refused = { $count ->
    [one] Une modification a été refusée : { $reason }
   *[other] { $count } modifications ont été refusées : { $reason }
}
sync-import-clock = L'horloge de l'expéditeur avance de { $days } jours : demandez-lui de vérifier sa date et son heure.
refusal-not-own-change = un appareil de terrain ne peut envoyer que ses propres modifications (le paquet de leur auteur apportera les autres). Si l'expéditeur est un bureau, faites-lui confiance en tant que bureau.
refusal-forged-as-receiver = elles portaient le tampon de cet appareil, qui ne les a jamais faites.
review-lowers-tier = En attente de revue : elle abaisserait un niveau (une personne à risque, un consentement, une sensibilité), ce qu'un appareil de terrain ne peut pas faire seul.
review-above-clearance = En attente de revue : elle écrase quelque chose au-dessus de l'habilitation de l'expéditeur, qu'il n'a pas écrit.
review-clock-ahead = En attente de revue : elle est datée loin dans le futur, l'horloge de l'expéditeur est donc sans doute fausse. L'accepter enregistre la valeur à la date de cet appareil.
sync-review-from = Envoyé par { $sender }
sync-review-accept = Accepter la modification
sync-review-reject = Garder la valeur actuelle
sync-review-none = absent ici
cli-trusted-as = Appareil de confiance { $fingerprint } en tant que { $role }, peut modifier jusqu'à { $clearance }
cli-import-held = { $file } : { $count } modifications attendent une revue (fieldbook-cli conflicts list)
cli-import-refused = { $file } : { $count } modifications refusées : { $reason }
cli-import-clock = { $file } : l'horloge de l'expéditeur avance de { $days } jours ; demandez-lui de vérifier sa date et son heure.
history-relayed = via { $device }
history-review = retenu pour revue
sync-clock-is-right = La date est juste : importer
error-bundle-too-large = Ce fichier fait { $mb } Mo, plus que tout paquet Fieldbook ({ $limit } Mo au plus) : il n'a pas été lu. Vérifiez que vous avez choisi le bon fichier.
error-path-not-chosen = Fieldbook ne lit et n'écrit que les fichiers choisis dans ses fenêtres de fichiers, et celui-ci n'y a pas été choisi ({ $detail }). Choisissez à nouveau le fichier.

## Publier dans la base de données de l'organisation (docs/federation.md)
error-publish-unreachable = Fieldbook ne parvient pas à joindre la base de données de l'organisation à { $server }. Vérifiez l'adresse et le port, que cet ordinateur est connecté et que le serveur fonctionne ; rien n'a été publié. ({ $detail })
error-publish-auth = La base de données à { $server } n'a pas accepté le mot de passe de l'utilisateur { $user }. Vérifiez le mot de passe auprès de la personne qui gère la base ; rien n'a été publié.
error-publish-tls = Fieldbook n'a pas pu établir une connexion sécurisée avec la base de données à { $server } : rien n'a été envoyé. Vérifiez que TLS est activé sur le serveur et que sslrootcert désigne le fichier de certificat de l'organisation. ({ $detail })
error-publish-schema-newer = La base de données de l'organisation a été préparée par un Fieldbook plus récent (tables en version { $found } ; celui-ci écrit jusqu'à la { $supported }). Mettez Fieldbook à jour sur cet ordinateur, puis publiez à nouveau ; rien n'a été publié.
error-publish-restricted = Les données restreintes ne sont jamais publiées. Choisissez « Restitution » ou « Interne ».
error-publish-settings = Ces réglages de base de données ne peuvent pas être utilisés : { $detail }
error-publish-refused = La base de données a refusé la publication, rien n'y a donc changé : { $detail }. Voyez avec la personne qui gère la base (droits, espace disque), puis publiez à nouveau.
cli-publish-no-database = Aucune base de données où publier : indiquez-en une avec --postgres URL (ajoutez --save pour la retenir).
cli-publish-password-in-url = Laissez le mot de passe hors de la chaîne de connexion (la ligne de commande est visible par d'autres programmes et dans l'historique du shell) : utilisez PGPASSWORD, ou saisissez-le quand il est demandé.
cli-publish-password = Mot de passe de { $user } à { $server } :
cli-published = Publié sur { $server } (schéma { $schema }) : { $written } lignes écrites, { $removed } retirées ; ce bureau y a { $total } lignes.
cli-publish-unchanged = Rien n'a changé depuis la dernière publication sur { $server } (schéma { $schema }) ; ce bureau y a { $total } lignes.
publish-title = Base de données de l'organisation
publish-lead = Publiez les enregistrements fusionnés de ce bureau dans la base PostgreSQL de l'organisation, où les tableaux de bord montrent tous les pays ensemble. Seules les données de restitution ou internes sont publiées ; les données restreintes ne quittent jamais cet appareil.
publish-url = Chaîne de connexion
publish-url-hint = Demandez-la à la personne qui gère la base, sans le mot de passe : Fieldbook le demande à chaque fois et ne le garde jamais. Utilisez sslmode=verify-full avec sslrootcert pointant vers le fichier de certificat de l'organisation.
publish-schema = Schéma
publish-clearance = Publier jusqu'à
publish-office-label = Nom de ce bureau
publish-save = Enregistrer les réglages
publish-saved = Enregistré. Saisissez le mot de passe de la base et publiez quand vous êtes prêt.
publish-edit = Modifier les réglages
publish-forget = Oublier cette base de données
publish-password = Mot de passe de la base
publish-run = Publier
publish-target = schéma { $schema } · jusqu'à { $tier }
publish-done = Publié : { $written } lignes écrites, { $removed } retirées ; ce bureau a { $total } lignes dans la base de l'organisation.
publish-unchanged = Rien n'a changé depuis la dernière publication ; ce bureau a { $total } lignes dans la base de l'organisation.
sync-publish-starting = Connexion à la base de données de l'organisation…
sync-publish-collecting = Lecture des données : { $done } sur { $total } types d'enregistrements…
sync-publish-publishing = Écriture dans la base : { $done } sur { $total } types d'enregistrements…
sync-publish-cancel = Arrêter
sync-publish-stopping = Arrêt en cours : la base de données garde son état précédent…
history-order = Ordre
history-yes = Oui
history-no = Non
date-day = Jour
date-month = Mois
date-year = Année
date-hour = Heure
date-minute = Minute
date-clear = Effacer la date
date-incomplete = Rien n’est enregistré tant que toutes les parties ne sont pas remplies.
date-invalid = Cette date n’existe pas (vérifiez le jour, et une année à quatre chiffres). Rien n’est enregistré.
date-unreadable = La date enregistrée « { $value } » ne peut pas être affichée ici ; elle est conservée jusqu’à ce que vous saisissiez une date complète.
date-filter-ignored = N’est pas utilisée pour filtrer tant que la date n’est pas complète.

## Premier lancement, le carnet d'exemple, À propos, paquets ouverts depuis le gestionnaire de fichiers
welcome-title = Bienvenue dans Fieldbook
welcome-lead = Fieldbook garde les notes des séances d'écoute sur cet ordinateur, chiffrées, et ne les partage que dans des paquets chiffrés que vous choisissez d'envoyer.
welcome-protects = Votre phrase secrète chiffre tout ce que vous enregistrez ici. Sans elle, personne ne peut lire les notes de cet ordinateur, même s'il est perdu ou emporté.
welcome-no-recovery = Personne ne peut récupérer une phrase secrète oubliée : ni Fieldbook, ni votre bureau. Seul un kit de secours préparé à l'avance avec des collègues de confiance (dans l'écran Sécurité) peut rouvrir les notes.
welcome-sample = Explorer avec des données d'exemple
welcome-sample-hint = Un carnet d'exemple à part, avec des séances inventées, pour essayer chaque écran. Rien de ce que vous y faites ne touche à vos propres notes.
sample-banner = Carnet d'exemple : tout ici est inventé. Rien ne peut y être importé, ni en être exporté ou publié.
sample-leave = Retour à mon carnet
sample-delete = Supprimer l'exemple
sample-deleted = Le carnet d'exemple a été supprimé.
error-sample-stays-here = Ceci est le carnet d'exemple : ses données sont inventées et sa phrase secrète est publique, donc rien n'y est importé et rien n'en est envoyé. Revenez à votre propre carnet pour importer, exporter ou publier.
about-title = À propos de Fieldbook
about-version = Fieldbook { $version }
about-licence = Logiciel libre sous licence GNU AGPL, version 3 ou ultérieure. Les polices Noto qu'il contient sont sous SIL Open Font License 1.1.
about-data-folder = Votre carnet se trouve dans { $path }
opened-title = Ouvert depuis vos fichiers
opened-lead = { $count ->
    [one] On a demandé à Fieldbook d'ouvrir ce paquet. Vérifiez-le, puis importez-le ou mettez-le de côté.
   *[other] On a demandé à Fieldbook d'ouvrir ces { $count } paquets. Vérifiez-les, puis importez-les ou mettez-les de côté.
}
opened-import = Importer
opened-dismiss = Mettre de côté
opened-locked = Déverrouillez votre carnet pour importer le paquet que vous avez ouvert.

## Consentement qui voyage, feuilles de présence, profils
error-consent-withdrawn = Cette personne participante a retiré son consentement : on ne peut plus enregistrer { $what ->
    [quote] ses citations
   *[name] son nom ni ce qui l'identifie
  }.
error-withdrawal-fixed = Un retrait de consentement reste tel qu'il a été enregistré : il ne peut être ni modifié ni supprimé. Enregistrez-en un nouveau pour couvrir davantage.
error-sheet = Impossible de lire la feuille { $file } : { $reason }. Enregistrez-la en CSV (UTF-8) ou en XLSX et choisissez-la à nouveau.
error-sheet-rows = Les lignes { $rows } de la feuille posent problème : rien n'a été importé. Corrigez-les dans la feuille, ou laissez de côté la colonne, puis importez à nouveau.
error-no-profile = Il n'y a pas de profil nommé { $name } ici. Choisissez-en un dans la liste, ou ajoutez-le.
error-profile-exists = Un profil nommé { $name } existe déjà. Choisissez un autre nom.
error-profile-name = Le nom d'un profil doit compter de 1 à { $max } caractères. Il n'a pas besoin de vous identifier : une couleur ou un mot que vous reconnaîtrez suffit.
refusal-withdrawal-fixed = elles modifieraient un retrait de consentement, qui reste tel qu'il a été enregistré.
refusal-withdrawal-not-participant = ils retirent le consentement d’un enregistrement qui n’est pas une personne participante ; seule une personne participante peut le retirer, donc rien n’a été effacé.
scope-named = à être nommée
scope-quoted = à être citée
scope-all = à toute prise de notes
withdrawal-recorded = Retrait enregistré ({ $scope }) : ce qu'il couvre est effacé définitivement sur cet appareil et sur chaque appareil qui le reçoit. Id : { $id }
withdrawal-applied = appliqué le { $at }
withdrawal-waiting = pas encore appliqué
withdrawal-names-kept = Cet appareil garde une trace chiffrée du nom, pour le retirer des paquets créés avant le retrait, jusqu’à ce que chaque appareil de confiance ait envoyé tout ce qu’il avait avant de l’appliquer.
withdrawal-names-forgotten = Plus rien du nom n’est gardé sur cet appareil depuis le { $at }.
sheet-row = Ligne
sheet-error-no-name = ni nom ni pseudonyme
sheet-error-not-yes-no = « { $value } » n'est ni oui ni non
sheet-error-not-org-kind = « { $value } » n'est ni formel ni informel
sheet-error-too-long = la cellule est trop longue
sheet-error-control-character = la cellule contient des caractères de contrôle ou invisibles (le fichier a-t-il été enregistré dans un autre encodage ?)
sheet-dry-run = { $count } personnes seraient ajoutées ; { $errors } problèmes. Rien n'a été modifié.
sheet-imported = { $count } personnes ajoutées.
profile-added = Profil { $name } ajouté, avec ses propres données et sa propre phrase secrète.
history-erased = (valeurs effacées : la personne participante a retiré son consentement)
a-participant-withdrawn = Une personne participante (consentement retiré)
history-erased-value = effacé
history-erased-badge = consentement retiré
withdrawn-what = Retrait du consentement { $scope }. Ce qu'il couvrait est effacé définitivement ici et sur chaque appareil qui le reçoit.
withdraw-open = Retirer le consentement
withdraw-title = Retirer le consentement
withdraw-lead = Que retire cette personne ? Ce que cela couvre est effacé définitivement sur cet ordinateur dès maintenant, et sur chaque appareil que vos paquets atteignent, y compris ce qui a été copié avant. C'est irréversible. Elle compte toujours comme participante.
withdraw-named-hint = Son nom, son organisation et son rôle, et son nom partout où il a été saisi dans les notes de cette séance.
withdraw-quoted-hint = Toutes les citations de ses paroles.
withdraw-all-hint = Les deux, plus son pseudonyme et toute photo ou tout document scanné la concernant. Elle ne reste que comme « une personne participante (consentement retiré) ».
withdraw-by = Enregistré par (un nom ou des initiales ; peut rester vide)
withdraw-note = Note (comment elle l'a demandé ; jamais son nom)
withdraw-confirm = Effacer maintenant
sheet-import = Importer une feuille de présence
sheet-title = Participant·es d'une feuille de présence
sheet-lead = Choisissez ce que contient chaque colonne. Le consentement ne compte que là où une colonne dit oui ; une cellule vide vaut non. Rien n'est ajouté tant que toutes les lignes ne sont pas correctes.
sheet-ignore = (laisser de côté)
sheet-add = Ajouter { $count } personnes
sheet-more = …et { $count } lignes de plus.
withdrawals-title = Retraits de consentement
withdrawals-lead = Chaque retrait efface définitivement ce qu'il couvre sur chaque appareil qui le reçoit. Un appareil qui ne l'a pas encore appliqué ne l'a pas reçu : envoyez-lui un paquet.
withdrawals-line = { $date } : retrait du consentement { $scope }
profile-label = Profil
profile-first = Premier profil
profile-not-created = pas encore créé
profile-new = Un·e autre facilitateur·rice utilise cet ordinateur ? Ajoutez un profil
profile-new-label = Nom du profil
profile-new-hint = Un mot ou une couleur que vous reconnaîtrez. Rien qui vous identifie n'est nécessaire. Chaque profil a ses propres notes et sa propre phrase secrète.
profile-add = Ajouter le profil
profile-drop = Retirer le profil vide { $name }
error-profile-while-open = Verrouillez d'abord Fieldbook, puis choisissez ou ajoutez un profil.
