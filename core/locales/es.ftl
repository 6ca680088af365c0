## Fieldbook — catálogo en español.

app-name = Fieldbook
app-tagline = Sesiones de escucha con movimientos sociales, seguras sin conexión.
language = Idioma

## Desbloquear y crear
unlock-title = Desbloquear Fieldbook
unlock-lead = Sus notas están cifradas en esta computadora. Escriba la contraseña para abrirlas.
unlock-passphrase = Contraseña
unlock-button = Desbloquear
unlock-working = Abriendo…
create-title = Cree su Fieldbook
create-lead = Todo lo que registre se cifra en esta computadora con una contraseña. Elija una que pueda recordar: no se puede recuperar si la olvida.
create-passphrase = Nueva contraseña
create-confirm = Repita la contraseña
create-hint = Al menos { $min } caracteres. Unas cuantas palabras sin relación son fáciles de recordar y difíciles de adivinar.
create-button = Crear y abrir
create-mismatch = Las dos contraseñas no son iguales.
lock-button = Bloquear
data-folder = Carpeta de datos: { $path }

## Navegación
nav-sessions = Sesiones
nav-movements = Movimientos
nav-guides = Guías de preguntas
keyboard-hint = Teclas: Alt+1…7 secciones · Ctrl+Intro añadir · Ctrl+N nueva sesión · / buscar

## Estado de guardado
save-saving = Guardando…
save-saved = Todos los cambios guardados
save-saved-at = Guardado a las { $time }
save-failed = No guardado: { $reason }

## Lista de sesiones
sessions-title = Sesiones de escucha
sessions-new = Nueva sesión
sessions-search = Buscar sesiones
sessions-filter-movement = Todos los movimientos
sessions-filter-status = Cualquier estado
sessions-empty = Todavía no hay sesiones de escucha. Empiece escuchando: cree la primera.
sessions-none-match = Ninguna sesión coincide con estos filtros.
sessions-count = { $count ->
    [one] Una sesión
   *[other] { $count } sesiones
}
col-date = Fecha
col-title = Título
col-movements = Movimientos
col-place = Lugar
col-participants = Personas
col-status = Estado
untitled-session = Sesión sin título

## Estado de la sesión
status-draft = Borrador
status-reviewed = Revisada
status-shared_back = Devuelta al movimiento

## Editor de sesión
session-back = Todas las sesiones
session-delete = Eliminar sesión
session-delete-confirm = ¿Eliminar esta sesión y todo lo registrado en ella?
section-details = Detalles
section-participants = Participantes
section-questions = Preguntas y notas
section-priorities = Prioridades
section-risks = Riesgos
section-support = Apoyo acordado
section-media = Fotos y grabaciones
media-lead = Papelógrafos, tableros de votación con puntos, una grabación, un formulario de consentimiento escaneado. Se cifran junto con todo lo demás; antes de guardar una foto se le quitan la ubicación y los datos de la cámara. Quedan como «Interno» salvo que elija otra cosa: marque como «Restringido» una foto en la que aparezcan personas.
media-attach = Adjuntar archivos
media-attaching = Adjuntando { $count ->
    [one] un archivo…
   *[other] { $count } archivos…
}
media-empty = Todavía no hay nada adjunto.
media-drop-hint = También puede soltar archivos en esta ventana.
media-max-side = Reducir las fotos a
media-max-side-original = su tamaño original
media-max-side-px = { $px } píxeles
media-view = Ver la foto
media-listen = Escuchar
media-size = { $mb } MB
media-caption = Pie de foto
media-about = Se refiere a
media-about-session = toda la sesión
media-in-summary = Imprimir en el resumen
media-in-summary-hint = La foto se imprime en el resumen de la sesión en las versiones que su nivel permite: elija «Devolución» para la copia de las personas participantes.
media-save-copy = Guardar una copia…
media-saved-copy = Se guardó una copia de { $file }.
media-limit-title = Archivos adjuntos
media-limit-lead = El tamaño máximo de una foto, grabación o PDF que se puede adjuntar. Con un límite mayor, una memoria USB se llena antes.
media-limit-label = MB como máximo
media-limit-saved = Se pueden adjuntar archivos de hasta { $mb } MB.
field-title = Título
field-starts-at = Fecha y hora
field-time-zone = Zona horaria
field-place = Lugar
field-languages = Idiomas hablados
field-languages-hint = Separe con comas, p. ej. quechua, español
field-facilitators = Facilitadoras
field-facilitators-hint = Separe con comas
field-movements = Movimientos
field-status = Estado
field-notes = Notas de la sesión
no-movements-yet = Aún no hay movimientos: añádalos en Movimientos.

## Participantes
participants-lead = Registre el consentimiento antes de anotar lo que dice una persona.
participant-add = Añadir participante
participant-name = Nombre
participant-pseudonym = Seudónimo
participant-aliases = Otros nombres y apodos
participant-aliases-hint = Otras formas de escribir su nombre y apodos que se usan, separados por comas: se buscan en lo que se escribe, como el nombre
mentions-found = Nombres encontrados aquí:
mention-withheld = { $tier }: este texto se retiene dondequiera que este nombre no pueda ir
mark-name = Marcar como nombre
mark-name-of = ¿De quién es el nombre «{ $text }»?
mark-name-save = Marcar
mark-name-cancel = Cancelar
mark-name-none = Primero añada a la persona participante y luego marque su nombre.
participant-organisation = Organización o grupo
participant-org-kind = Tipo de grupo
org-kind-formal = Formal
org-kind-informal = Informal
participant-role = Rol
consent-record = Acepta que se tomen notas
consent-quote = Se le puede citar
consent-named = Se le puede nombrar en documentos compartidos
at-risk = En riesgo
at-risk-hint = En riesgo: nunca se nombra en nada compartido.
participants-empty = Aún no hay participantes.
a-participant = Una persona participante

## Preguntas y citas
questions-lead = Primero escuchar: el movimiento define la agenda.
question-text = Pregunta
question-answer = Lo que se dijo
question-add = Añadir pregunta
questions-from-guide = Añadir preguntas de una guía
questions-from-guide-button = Añadir
quote-add = Añadir cita
quote-text = Cita
quote-by = Dicho por
quote-no-consent = (sin consentimiento para citar)
questions-empty = Aún no hay preguntas.

## Prioridades
priority-add = Añadir prioridad
priority-title = Prioridad
priority-theme = Tema
priority-description = Detalles
priority-votes = Votos
priority-vote-up = Sumar un voto
priority-vote-down = Quitar un voto
move-up = Subir
move-down = Bajar
priorities-empty = Aún no hay prioridades.

## Riesgos
risk-add = Añadir riesgo
risk-description = Riesgo
risk-affected = A quién afecta
risk-severity = Gravedad
severity-low = Baja
severity-medium = Media
severity-high = Alta
risk-mitigation = Mitigación acordada
risks-empty = No hay riesgos registrados.

## Apoyo acordado
support-add = Añadir apoyo
support-what = Qué
support-role = Nuestro rol
support-category = Tipo de apoyo
support-owner = Responsable
support-due = Fecha límite
support-status = Estado
support-requested = El movimiento lo pidió
supports-empty = Aún no hay apoyo acordado.
role-convener = Convocante
role-ally = Aliada
role-resource_partner = Socia de recursos
role-amplifier = Amplificadora
support-status-proposed = Propuesto
support-status-agreed = Acordado
support-status-in_progress = En curso
support-status-done = Hecho
support-status-dropped = Descartado
value-institutional_capacity = Fortalecimiento de capacidades institucionales
value-skills_training = Formación en habilidades
value-research_documentation = Investigación y documentación
value-policy_analysis = Análisis de políticas y acceso a la información
value-key_concepts = Fortalecimiento de conceptos clave
value-cross_movement_spaces = Espacios entre movimientos
value-facilitating_advocacy = Facilitación de incidencia
value-mass_mobilisation = Movilización masiva
value-profile_media = Visibilidad y medios
value-funding_cost_sharing = Financiamiento y costos compartidos
value-legal_support = Apoyo jurídico

## Movimientos
movements-title = Movimientos
movements-lead = Los movimientos y redes sociales con los que trabaja.
movement-add = Añadir movimiento
movement-name = Nombre
movement-country = País
movement-region = Región
movement-sector = Sector
movement-sector-hint = p. ej. trabajadoras del hogar, derechos de las mujeres, tierra, juventud
movement-description = Descripción
movements-empty = Aún no hay movimientos.
movement-delete-confirm = ¿Eliminar este movimiento? Las sesiones conservan sus notas.

## Guías
guides-title = Guías de preguntas
guides-lead = Las preguntas que sigue una sesión de escucha. Las sesiones nuevas las copian; editar una guía nunca cambia sesiones pasadas.
guide-add = Nueva guía
guide-name = Nombre de la guía
guide-language = Idioma
guide-question-add = Añadir pregunta
guide-delete-confirm = ¿Eliminar esta guía? Las sesiones conservan las preguntas que hicieron.
guides-empty = No hay guías.

## Común
delete = Eliminar
cancel = Cancelar
confirm = Confirmar
loading = Cargando…
choose = Elegir…
none = Ninguno

## Errores
error-wrong-passphrase = Esa contraseña no abre este Fieldbook. Revise la distribución del teclado y las mayúsculas, y vuelva a intentarlo.
error-weak-passphrase = Esa frase de contraseña es demasiado fácil de adivinar (o tiene menos de { $min } caracteres). Use una frase de cuatro o más palabras sin relación, como «río lámpara naranja diecisiete»: fácil de recordar, difícil de adivinar. Evite nombres, fechas y el nombre de la aplicación.
error-no-store = Aquí todavía no hay un Fieldbook. Cree uno primero.
error-store-exists = Ya existe un Fieldbook en esta carpeta. Desbloquéelo.
error-not-a-store = Este archivo no es un Fieldbook o está dañado. Restáurelo desde una copia de seguridad o un paquete exportado.
error-no-encryption = Esta versión no puede cifrar datos, así que no guarda nada. Instale una versión oficial.
error-not-found = Ese registro ya no existe. Puede que se haya eliminado.
error-unknown-field = Error interno: { $detail }
error-invalid-value = Ese valor no se puede guardar: { $detail }
error-invalid-document = No se puede leer el documento: { $detail }
error-disk-full = El disco está lleno y no se guardó nada. Libere espacio; lo escrito se mantiene en pantalla hasta que se pueda guardar.
error-media-too-large = { $name } ocupa { $mb } MB; un archivo adjunto puede ocupar como máximo { $limit } MB. Redúzcalo (una grabación en M4A u Opus ocupa la décima parte de un WAV) o aumente el límite en la pantalla Seguridad.
error-media-not-what-it-says = El nombre de { $name } indica un archivo { $claimed }, pero es un archivo { $found }, así que no se adjuntó nada. Compruebe que eligió el archivo correcto.
error-media-unsupported = { $name } no es una foto, grabación ni PDF que Fieldbook pueda guardar. Use JPEG, PNG o WebP para las fotos (para JPEG, ponga la cámara del teléfono en «Más compatible»), MP3, M4A, Ogg, Opus, WAV, FLAC o WebM para las grabaciones, o PDF.
error-media-damaged = { $reason ->
    [truncated] { $name } está incompleto (no se copió entero), así que no se adjuntó nada. Cópielo de nuevo desde el teléfono o la cámara.
    [too-many-pixels] { $name } tiene más píxeles de los que produce cualquier cámara, así que no se adjuntó nada.
    [unreadable-audio] { $name } no es una grabación que Fieldbook pueda leer, así que no se adjuntó nada. Cópielo de nuevo desde la grabadora o guárdelo como MP3 o M4A.
    [changed] { $name } cambió mientras se adjuntaba, así que no se adjuntó nada. Vuelva a intentarlo cuando termine de copiarse.
   *[other] { $name } no se puede leer (está dañado), así que no se adjuntó nada. Cópielo de nuevo desde el teléfono o la cámara.
}
error-media-missing = El archivo { $name } todavía no ha llegado a este dispositivo. Llegará con el próximo paquete del dispositivo que lo tiene (salvo que ese paquete deje fuera los archivos adjuntos).
error-io = No se pudo leer o escribir un archivo: { $detail }
error-database = La base de datos informó un problema: { $detail }
error-migration = No se pudieron actualizar los datos a esta versión de Fieldbook: { $detail }
error-store-too-new = Estos datos los guardó una versión más reciente de Fieldbook. Instale esa versión o una más nueva para abrirlos; no se cambió nada.
error-cancelled = Detenido. No se cambió nada: los datos están exactamente como antes.
error-in-use = Otra ventana de Fieldbook está importando en estos datos. Espere a que termine la importación y vuelva a intentarlo; no se cambió nada.
error-internal = Algo falló dentro de Fieldbook y la operación se detuvo; no se cambió nada. Vuelva a intentarlo; si vuelve a ocurrir, anote lo que hizo y avise a su contacto de soporte.
error-edits-waiting = Lo escrito durante la última importación aún no está en sus datos (el disco está lleno u ocupado), así que este cambio espera. Libere espacio en el disco y vuelva a intentarlo; no se pierde nada de lo escrito.
error-locked = Fieldbook está bloqueado. Desbloquéelo para continuar.
error-unexpected = Algo salió mal: { $detail }

## Línea de comandos
cli-passphrase-prompt = Contraseña de Fieldbook:
cli-passphrase-new = Nueva contraseña:
cli-passphrase-repeat = Repita la contraseña:
cli-created = Se creó un Fieldbook nuevo en { $path }
cli-demo-done = Se añadieron { $count } sesiones de demostración.
cli-put-done = Sesión { $id } guardada

## Sincronizar
nav-sync = Sincronizar
sync-title = Sincronizar
sync-lead = Mueva datos sin internet: exporte un paquete cifrado y firmado a una memoria USB o una aplicación de mensajería, e importe paquetes de otros dispositivos.
sync-identity = Este dispositivo
sync-device = Dispositivo
sync-fingerprint = Huella
sync-fingerprint-hint = Léala a quien vaya a confiar en este dispositivo, por ejemplo por teléfono.
sync-recipient = Destinatario age
sync-recipients = Destinatarios
sync-recipients-lead = Los paquetes se cifran para estas claves: la oficina de país, una oficina regional, una clave de recuperación de la organización.
sync-recipient-add = Añadir destinatario
sync-recipient-label = Quién es
sync-recipient-key = Clave age1…
sync-recipients-empty = Aún no hay destinatarios. Pida a la oficina de país su clave age1….
sync-export = Exportar paquete
sync-export-full = Paquete completo (todo, no solo lo que cambió)
sync-export-done = Paquete escrito: { $count } cambios en { $path }
sync-import = Importar paquetes
sync-import-starting = Comenzando la importación…
sync-import-reading = Leyendo y verificando el archivo { $done } de { $total }…
sync-import-merging = Fusionando { $done } de { $total } cambios…
sync-import-cancel = Detener
job-dismiss = Cerrar
sync-export-starting = Comenzando la exportación…
sync-export-collecting = Leyendo los datos: { $done } de { $total } tipos de registros…
sync-export-media = Añadiendo fotos y grabaciones: { $done } de { $total } MB…
sync-export-cancel = Detener
sync-export-stopping = Deteniendo: no quedará ningún archivo…
sync-tables-starting = Comenzando las tablas…
sync-tables-collecting = Preparando las tablas: { $done } de { $total }…
sync-tables-cancel = Detener
sync-tables-stopping = Deteniendo: no se escribirá ningún archivo…
sync-import-stopping = Deteniendo: no se cambiará nada…
sessions-showing = Mostrando { $shown } de { $count }
sync-import-done = { $file }: { $applied } de { $changes } cambios aplicados, { $conflicts ->
    [one] un conflicto
   *[other] { $conflicts } conflictos
}
sync-trust-title = Dispositivo desconocido
sync-trust-lead = Este paquete lo firmó un dispositivo en el que aún no confía. Compare la huella con su dueña o dueño (por ejemplo por teléfono) antes de confiar.
sync-trust-button = Confiar en este dispositivo e importar
sync-trusted = Dispositivos de confianza
sync-trusted-empty = Aún no hay dispositivos de confianza.
sync-conflicts = Conflictos por revisar
sync-conflicts-empty = No hay conflictos: las ediciones de distintos dispositivos se unieron sin problemas.
sync-conflict-local = En este dispositivo
sync-conflict-incoming = Del paquete
sync-conflict-keep = Conservar este
sync-conflict-applied = Aplicado ahora
sync-history = Historial de importaciones
sync-history-newest = Las { $shown } importaciones más recientes de { $count }; `fieldbook-cli imports` las muestra todas.
sync-history-empty = Aún no se ha importado nada.
sync-history-line = { $time } · { $file } · { $applied } de { $changes } aplicados · { $conflicts } conflictos · { $fingerprint }
sync-by = { $device } a las { $time }
remove = Quitar

## Errores de sincronización
error-bundle = No se pudo crear el paquete: { $detail }
error-bad-recipient = Eso no es un destinatario age. Debe empezar con age1; pida a la oficina que lo envíe de nuevo.
error-no-recipients = No hay nadie para quien cifrar el paquete. Añada el destinatario age1… de la oficina de país en Sincronizar, o exporte con una contraseña.
error-not-a-bundle = Este archivo no es un paquete de Fieldbook. Compruebe que eligió el archivo de paquete que le enviaron.
error-bundle-wrong-key = Este paquete se cifró para otro dispositivo y no se puede abrir aquí. Pida a quien lo envió que lo exporte de nuevo para el destinatario de este dispositivo.
error-bundle-wrong-passphrase = Esa contraseña no abre este paquete.
error-bundle-needs-passphrase = Este paquete está protegido con una contraseña. Impórtelo de nuevo y escriba la contraseña.
error-bundle-damaged = El paquete está dañado o se modificó después de crearse; no se importó nada. Pida una copia nueva. ({ $detail })
error-bundle-bad-signature = La firma del paquete no es válida: se modificó o falsificó. No se importó nada.
error-bundle-unknown-signer = El paquete viene de un dispositivo en el que aún no confía (huella { $fingerprint }). Compare la huella con quien lo envió y luego confíe en él: en Sincronizar, o con fieldbook-cli trust add { $fingerprint }.
error-bundle-future-version = Este paquete lo creó un Fieldbook más nuevo (formato { $found }; este lee hasta { $supported }). Actualice Fieldbook e impórtelo de nuevo.
error-bad-fingerprint = Eso no es una huella de dispositivo. Tiene 16 letras y cifras, como ABCD-EFGH-IJKL-MNOP.
error-file = No se pudo leer un archivo: { $detail }
error-in-file = { $file }: { $message }

## Línea de comandos (sincronización)
cli-bundle-passphrase = Contraseña del paquete:
cli-identity-exported = Identidad age escrita en { $path }. Manténgala en secreto: abre todos los paquetes enviados a este dispositivo.
cli-exported = Se escribieron { $count } cambios en { $path } para { $recipients }
cli-imported = { $file }: se aplicaron { $applied } de { $changes } cambios de { $fingerprint }; { $conflicts } conflictos

## Resúmenes de sesión (impresión y PDF)
field-next-check-in = Próximo seguimiento
summary-open = Devolver resultados…
summary-title = Resumen para devolver
summary-back = Volver a la sesión
summary-audience = Versión
summary-audience-participants = Para participantes (devolución)
summary-audience-internal = Interna (archivo de la oficina)
summary-language = Idioma
summary-paper = Papel
summary-paper-a4 = A4
summary-paper-letter = Carta
summary-print = Imprimir…
summary-save-pdf = Guardar como PDF…
summary-saved = PDF guardado: { $file }
summary-pdf-file = resumen
summary-preview-hint = Esta vista previa es lo que se imprime, página por página.
summary-banner-participants = Devuelto a las personas que participaron. No se nombra a nadie que pidió no ser nombrado o a quien se pondría en riesgo.
summary-banner-internal = INTERNO: nombra a personas en riesgo y registra riesgos. Guárdelo en el archivo de la oficina; no lo comparta nunca.
summary-when = Fecha
summary-place = Lugar
summary-movements = Movimientos
summary-facilitators = Facilitado por
summary-languages = Idiomas
summary-next-check-in = Próximo seguimiento
summary-no-check-in = Aún no acordado
summary-participants = Quiénes participaron
summary-participants-count = { $count ->
    [one] Participó una persona.
   *[other] Participaron { $count } personas.
}
summary-pseudonym = Seudónimo: { $name }
summary-without = Sin: { $what }
summary-at-risk = En riesgo
summary-someone = una persona participante
summary-heard = Lo que escuchamos
summary-priorities = Prioridades planteadas
summary-votes = { $votes ->
    [one] 1 voto
   *[other] { $votes } votos
}
summary-support = Apoyo acordado
summary-support-by = Responsable: { $owner }
summary-support-due = Fecha límite: { $date }
summary-support-requested = Solicitado por el movimiento
summary-risks = Riesgos mencionados
summary-affected = Afecta a: { $who }
summary-mitigation = Mitigación: { $text }
summary-notes = Notas internas
summary-pictures = Fotos
summary-pictures-left-out = Fotos elegidas pero no impresas: { $count }. Son demasiado grandes para reducirlas aquí con seguridad (un JPEG progresivo o un WebP de más de 24 millones de píxeles). Guárdelas de nuevo como PNG o JPEG normal, o elija otras más pequeñas.
summary-nothing = Nada registrado.
summary-page = Página { $page } de { $pages }
summary-code = Código de verificación { $code }
cli-passphrase-changed = Contraseña cambiada. Use la nueva a partir de ahora; la anterior ya no abre nada.
cli-wipe-unexported = Atención: { $count } cambios hechos en este equipo nunca se exportaron a un destinatario guardado. Se perderán.
cli-wipe-confirm = Esto destruye el Fieldbook de { $path } (registros, historial y claves de este equipo). Escriba WIPE para continuar:
cli-wipe-cancelled = No se borró nada.
cli-wipe-needs-yes = No hay terminal: añada --yes para borrar sin preguntar.
cli-no-passphrase = Sin contraseña: ejecútelo en una terminal o defina { $variable } (solo para automatización).
cli-summary-usage = Indique un SESSION_ID con --pdf OUT.pdf, o --all --out-dir DIR.
cli-map-form = La opción --map espera COLUMNA=CAMPO, no «{ $value }».
cli-map-no-column = La hoja no tiene la columna «{ $column }». Sus columnas son: { $columns }.
cli-map-no-field = Una columna puede llenar uno de estos campos: { $fields }; no «{ $field }».
cli-profile-not-created = (aún no creado)
cli-wiped = Se borraron { $count } archivos en { $path }. No queda nada de este Fieldbook en este equipo.
history-this-device = este equipo
cli-summary-done = Guardado { $file } (código de verificación { $code })
error-font-missing = Este resumen tiene texto en { $script }, pero la fuente { $font } no está instalada. Instálela (en Debian o Ubuntu: sudo apt install fonts-noto-core) y vuelva a intentarlo.
error-no-font-for = Ninguna fuente instalada puede mostrar algunos caracteres de este resumen: { $detail }. Instale una fuente Noto para esa escritura y vuelva a intentarlo.
error-pdf = No se pudo crear el PDF: { $detail }
error-recovery-params = No se puede dividir la clave de recuperación en { $have } partes con { $need } necesarias. Pida al menos 2 partes necesarias, y no más que el número de partes.
error-recovery-share = Esta parte de recuperación no se puede usar: { $detail }.
error-recovery-not-enough = Se dieron { $have } partes de recuperación distintas, pero se necesitan { $need }. Pida su hoja a otra persona custodia.

## Seguridad
nav-security = Seguridad
security-title = Seguridad
security-lead = Proteja lo que la gente le contó si este portátil queda abierto, se pierde o es registrado.
security-autolock = Bloqueo automático
security-autolock-lead = Tras este tiempo sin teclear ni usar el ratón, Fieldbook guarda lo escrito, olvida la clave y vuelve a pedir la contraseña.
security-minutes = minutos
security-autolock-saved = Fieldbook se bloqueará tras { $minutes } minutos sin uso.
security-autolock-invalid = Escriba un número de minutos (1 o más).
security-passphrase = Cambiar la contraseña
security-passphrase-current = Contraseña actual
security-passphrase-button = Cambiar contraseña
security-passphrase-changed = Se cambió la contraseña. Use la nueva a partir de ahora.
security-wipe = Borrar este equipo
security-wipe-lead = Destruye Fieldbook en este equipo: todos los registros, su historial y las claves del equipo. Úselo antes de que un portátil vaya a un lugar donde puedan registrarlo. No se puede deshacer; solo sobrevive lo exportado en paquetes.
security-wipe-unexported = { $count } cambios hechos aquí nunca se exportaron a un destinatario guardado. Exporte antes un paquete o se perderán.
security-wipe-button = Borrar Fieldbook de este equipo

## Sensitivity tiers
tier-label = Sensibilidad
tier-share_back = Devolución
tier-internal = Interno
tier-restricted = Restringido
tier-default = Predeterminado ({ $tier })
tier-hint = Lo de devolución puede volver a las personas participantes; lo interno queda en el equipo; lo restringido solo llega a destinatarios autorizados.
recipient-recovery = Clave de recuperación
error-above-tier = Esta sesión está marcada como { $detail }, así que solo se puede hacer una versión de ese nivel. Elija esa versión o cambie la sensibilidad de la sesión.
error-name-gate = Se detuvo antes de escribir nada: el campo { $field } de { $entity } { $record } nombra a una persona en riesgo. Cambie ese texto, o marque el nombre para que se retenga, y vuelva a intentarlo.
error-withdrawal-not-applied = No se importó nada: este paquete se creó antes de que su dispositivo aplicara una retirada de consentimiento, y este dispositivo ya no guarda lo necesario para quitar de él el nombre de esa persona. Envíe a ese dispositivo un paquete desde aquí; cuando lo haya abierto, cree allí un paquete completo e impórtelo.
summary-audience-restricted = Restringida (solo personal autorizado)
summary-banner-restricted = RESTRINGIDO: nombra a personas en riesgo y registra riesgos. Solo para personal autorizado; nunca lo copie ni lo comparta.
preview-title = Lo que saldrá de este dispositivo
preview-heading = Un paquete para { $recipients }, autorizado hasta { $tier }:
preview-leaves = Sale de este dispositivo (campos cambiados, por nivel):
preview-stays = Se queda en este dispositivo (por encima de la autorización):
preview-nothing = nada
preview-confirm = Exportar este paquete
preview-cancel = Cancelar
preview-count = { $count } ×
media-leave-out = Dejar las fotos y las grabaciones fuera de este paquete (para una memoria USB pequeña): irán con el siguiente.
media-leaves = Fotos, grabaciones y escaneos que salen: { $count } ({ $mb } MB)
media-withheld = Fotos, grabaciones y escaneos retenidos (por encima de la autorización): { $count }
media-left-out = Fotos, grabaciones y escaneos que quedan fuera de este paquete (irán en el próximo que lleve archivos adjuntos): { $count } ({ $mb } MB)
media-not-here = todavía no está en este dispositivo
media-saved = Se guardó { $path } ({ $size } bytes).
media-removed = Se quitó.
media-limit = Los archivos adjuntos pueden ocupar como máximo { $mb } MB.
cli-export-withheld = { $count } cambios de campos por encima de { $tier } se retuvieron y no están en el paquete.
sync-clearance = Autorizado para
sync-recovery = Es la clave de recuperación de la organización (se añade a cada paquete)
cli-recovery-created = Clave de recuperación creada: { $recipient }. Entregue una hoja a cada custodio y añada el destinatario en cada dispositivo: fieldbook-cli recipients add { $recipient } --recovery --label "Clave de recuperación"
cli-recovery-exists = { $path } ya existe: elija otro archivo con --out (una clave nunca se sobrescribe).
cli-recovery-restored = Clave de recuperación { $recipient } restaurada en { $path }. Importe paquetes con: fieldbook-cli import --identity { $path } ARCHIVO…  Guarde el archivo sin conexión y bórrelo al terminar.
recovery-sheet-title = FIELDBOOK · CLAVE DE RECUPERACIÓN DE LA ORGANIZACIÓN · PARTE DE CUSTODIA
recovery-sheet-which = Parte { $index } de { $total }. { $threshold } partes juntas restauran la clave; menos no revelan nada.
recovery-sheet-keep = Guarde esta hoja en papel, en un lugar seguro y privado (no como foto en un teléfono). Entréguela solo para una recuperación acordada por la organización.
recovery-sheet-restore = Para restaurar: fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (o escriba el código como argumento).
cli-table-exported = Tablas escritas en { $path }: { $rows } filas, hasta { $tier }.
cli-table-withheld = Excluido por estar por encima de { $tier }: { $rows } registros completos y { $cells } campos (vacíos).
history-title = Historial
history-open = Historial
history-lead = Cada cambio de esta sesión y sus elementos: qué dispositivo, qué campo, cuándo y el valor anterior.
history-empty = Todavía no hay cambios registrados.
history-deleted = eliminado
history-conflict = conflicto
tables-title = Tablas para análisis
tables-lead = Todos los registros como tablas (una por tipo, nombres de columna estables, fechas ISO) para una hoja de cálculo o una herramienta estadística. Elija qué tan sensibles pueden ser: lo que esté por encima se excluye.
tables-format = Formato
tables-export = Exportar tablas…
tables-done = Tablas escritas en { $path }: { $rows } filas hasta { $tier }; { $withheld } registros o campos por encima excluidos.
tier-field-hint = { $tier }: este campo es más sensible que su elemento (alguien en riesgo, o un nombre que no se puede compartir).
history-when = Cuándo
history-who = Dispositivo
history-what = Campo
history-before = Antes
history-after = Después

## Ciclo de acompañamiento: roles, seguimientos, mapa de actores, devoluciones, búsqueda, panel
nav-search = Buscar
nav-dashboard = Panel
print = Imprimir…
cycle-date = Fecha
cycle-notes = Notas
attention-title = Requiere atención
attention-more = …y { $count } más
checkins-due-title = { $count ->
    [one] Revisión pendiente (1 movimiento)
   *[other] Revisiones pendientes ({ $count } movimientos)
}
checkin-due-line = Pendiente desde el { $since } · última revisión: { $last }
checkin-never = nunca
overdue-title = { $count ->
    [one] Apoyo atrasado (1)
   *[other] Apoyos atrasados ({ $count })
}
overdue-line = Vencía el { $due } (hace { $days } días) · { $session }
movement-open = Abrir
movement-missing = Este movimiento ya no existe (quizá se eliminó en otro dispositivo).
roles-title = Nuestro rol
roles-lead = Lo que la organización hace por este movimiento, acordado con él: convocante, aliada, socia de recursos o amplificadora. Registre cada cambio y su motivo.
role-change-add = Registrar un cambio de rol
role-since = desde el { $date }
role-none = Aún no se ha acordado un rol.
role-paused = En pausa: ningún rol por ahora.
role-change-roles = Roles desde esta fecha
role-change-reason = Motivo del cambio
checkins-title = Revisiones
checkin-add = Añadir una revisión
checkin-due-now = Toca revisar nuestro rol (desde el { $since }). Pregunte al movimiento cómo está funcionando.
checkin-every = Revise el rol con el movimiento al menos cada seis meses.
checkin-decision = Decisión
decision-keep = Mantener el rol
decision-change = Cambiar el rol
decision-pause = Pausar
checkin-feedback = Lo que opina el movimiento de nuestro rol
checkin-feedback-hint = En sus palabras: qué ayuda y qué estorba.
checkins-empty = Aún no hay revisiones.
actors-title = Mapa de actores
actors-lead = Los actores alrededor del movimiento: sus organizaciones, sindicatos, redes, colectivos y grupos informales, y la periferia (financiadores, autoridades, otras ONG).
actor-add = Añadir un actor
relation-add = Añadir una relación
actors-empty = Aún no hay actores. Añada primero los grupos del movimiento y luego quién los rodea.
actors-edit = Editar { $actors } actores y { $relations } relaciones
actors-list = Actores
actors-none = Aún no hay actores.
actor-name = Nombre
actor-kind = Tipo
actor-kind-organisation = Organización
actor-kind-union = Sindicato
actor-kind-network = Red
actor-kind-collective = Colectivo
actor-kind-informal_group = Grupo informal
actor-kind-funder = Financiador
actor-kind-official = Autoridad
actor-kind-ngo = Otra ONG
actor-sessions = Participó en
actor-sessions-none = Aún no hay sesiones con este movimiento.
relations-list = Relaciones
relations-empty = Aún no hay relaciones.
relation-from = De
relation-kind = Relación
relation-to = A
relation-member_of = es miembro de
relation-allied_with = es aliado de
relation-tension_with = está en tensión con
relation-funds = financia a
relation-convenes = convoca a
map-aria = Mapa de actores con { $actors } actores y { $relations } relaciones
map-legend-core = Parte del movimiento
map-legend-periphery = Periferia
map-legend-informal = Informal
overlaps-title = Evitar duplicaciones
overlaps-lead = Otras ONG y redes que convocan a los actores de este movimiento. Hable con ellas antes de convocar a las mismas personas.
overlaps-convenes = convoca a
overlaps-we-convene = También convocamos
overlaps-none = Ninguna otra organización figura como convocante de estos actores.
share-backs-title = Devoluciones
share-backs-lead = Cuándo se devolvieron los resultados al movimiento, a quién y de qué forma.
share-back-add = Registrar una devolución
share-back-form = Forma
share-form-printed_summary = Resumen impreso
share-form-meeting = Reunión
share-form-message = Mensaje
share-form-radio = Radio
share-form-other = Otra
share-back-audience = Con quién
share-back-audience-hint = Por ejemplo: la asamblea de afiliadas, el comité coordinador.
share-back-session = Sesión
share-backs-empty = Aún no se ha devuelto nada.
search-title = Buscar
search-lead = Encuentre lo que se dijo en todas las sesiones: notas, respuestas, citas, prioridades, riesgos y apoyos.
search-placeholder = Palabras a buscar
search-country = País
search-role = Nuestro rol
search-from = Desde
search-to = Hasta
search-hint = Escriba una o dos palabras. Cada palabra encuentra también las más largas que empiezan igual.
search-none = No se encontró nada.
search-count = { $count ->
    [one] Un resultado
   *[other] { $count } resultados
}
search-kind-session = Notas de la sesión
search-kind-question = Respuesta
search-kind-quote = Cita
search-kind-priority = Prioridad
search-kind-risk = Riesgo
search-kind-support = Apoyo
dashboard-title = Panel
dashboard-lead = En todos los movimientos: qué priorizan, el apoyo acordado y cómo va.
dashboard-overdue = apoyos atrasados
dashboard-checkins-due = revisiones pendientes
dashboard-sessions = sesiones
dashboard-themes = Prioridades por tema (votos)
dashboard-support = Apoyo acordado por rol y estado
dashboard-months = Sesiones por mes
dashboard-no-theme = (sin tema)
dashboard-empty = Aún no hay nada registrado.
checkins-none-due = No hay revisiones pendientes.
cli-checkin-due = pendiente desde el { $since } ({ $days } días) · última revisión: { $last }

## Device authority: who may change what (sync)
error-bundle-wrong-device = Este paquete lo firmó el dispositivo { $fingerprint }, pero dice venir de otro dispositivo ({ $claimed }), así que no se importó nada: un dispositivo nunca habla por otro. Si ese dispositivo se reinstaló, quítelo de los dispositivos de confianza y vuelva a confiar en él.
error-clock-set-back = El reloj de este dispositivo marca { $now }, pero ya había marcado { $seen }: su fecha se atrasó. Ajuste la fecha y la hora y vuelva a importar. No se importó nada. Si la fecha de hoy es correcta y antes el reloj iba adelantado, confírmelo (La fecha es correcta, o fieldbook-cli import --clock-is-right) y avise a la oficina: los cambios anteriores de este dispositivo tienen fechas futuras.
role-field = Dispositivo de campo
role-office = Oficina
role-field-can = Solo envía sus propios cambios. Un cambio que baja un nivel (en riesgo, consentimiento, sensibilidad), o que sobrescribe algo por encima de su autorización que no escribió, espera revisión.
role-office-can = Puede transmitir cambios de otros dispositivos, que conservan su autor, y decidir sobre los niveles.
sync-trust-label = Quién es (por ejemplo "portátil de Aminata")
sync-trust-role = Es
sync-trust-clearance = Puede cambiar hasta
sync-trust-label-needed = Primero ponga un nombre al dispositivo, para que el historial y la cola de revisión puedan nombrarlo.
sync-trusted-line = { $role }, puede cambiar hasta { $clearance }
sync-import-held = { $count ->
    [one] Un cambio espera revisión en Conflictos por revisar.
   *[other] { $count } cambios esperan revisión en Conflictos por revisar.
}
sync-import-refused = { $count ->
    [one] Se rechazó un cambio: { $reason }
   *[other] Se rechazaron { $count } cambios: { $reason }
}
sync-import-clock = El reloj del remitente va { $days } días adelantado: pídale que revise su fecha y hora.
refusal-not-own-change = un dispositivo de campo solo puede enviar sus propios cambios (el paquete de su autor traerá los demás). Si el remitente es una oficina, confíe en él como oficina.
refusal-forged-as-receiver = llevaban el sello de este dispositivo, que nunca los hizo.
review-lowers-tier = Espera revisión: bajaría un nivel (alguien en riesgo, un consentimiento, una sensibilidad), algo que un dispositivo de campo no puede hacer solo.
review-above-clearance = Espera revisión: sobrescribe algo por encima de la autorización del remitente que el remitente no escribió.
review-clock-ahead = Espera revisión: tiene una fecha muy futura, así que el reloj del remitente probablemente está mal. Aceptarlo guarda el valor con la fecha de este dispositivo.
sync-review-from = Enviado por { $sender }
sync-review-accept = Aceptar el cambio
sync-review-reject = Mantener el valor actual
sync-review-none = no estaba aquí
cli-trusted-as = Dispositivo de confianza { $fingerprint } como { $role }, puede cambiar hasta { $clearance }
cli-import-held = { $file }: { $count } cambios esperan revisión (fieldbook-cli conflicts list)
cli-import-refused = { $file }: { $count } cambios rechazados: { $reason }
cli-import-clock = { $file }: el reloj del remitente va { $days } días adelantado; pídale que revise su fecha y hora.
history-relayed = vía { $device }
history-review = retenido para revisión
sync-clock-is-right = La fecha es correcta: importar
error-bundle-too-large = Este archivo ocupa { $mb } MB, más que cualquier paquete de Fieldbook ({ $limit } MB como máximo), así que no se leyó. Compruebe que eligió el archivo correcto.
error-path-not-chosen = Fieldbook solo lee y escribe archivos que usted elige en sus diálogos de archivos, y este no se eligió allí ({ $detail }). Vuelva a elegir el archivo.

## Publicar en la base de datos de la organización (docs/federation.md)
error-publish-unreachable = Fieldbook no puede llegar a la base de datos de la organización en { $server }. Compruebe la dirección y el puerto, que este equipo tiene conexión y que el servidor está en marcha; no se publicó nada. ({ $detail })
error-publish-auth = La base de datos en { $server } no aceptó la contraseña del usuario { $user }. Compruebe la contraseña con quien administra la base de datos; no se publicó nada.
error-publish-tls = Fieldbook no pudo establecer una conexión segura con la base de datos en { $server }, así que no se envió nada. Compruebe que el servidor tiene TLS activado y que sslrootcert indica el archivo de certificado de la organización. ({ $detail })
error-publish-schema-newer = La base de datos de la organización fue preparada por un Fieldbook más reciente (tablas versión { $found }; este escribe hasta la { $supported }). Actualice Fieldbook en este equipo y vuelva a publicar; no se publicó nada.
error-publish-restricted = Los datos restringidos nunca se publican. Elija «Devolución» o «Interno».
error-publish-settings = Esta configuración de la base de datos no se puede usar: { $detail }
error-publish-refused = La base de datos rechazó la publicación, así que no cambió nada en ella: { $detail }. Consulte a quien administra la base de datos (permisos, espacio en disco) y vuelva a publicar.
cli-publish-no-database = No hay base de datos donde publicar: indique una con --postgres URL (añada --save para recordarla).
cli-publish-password-in-url = Deje la contraseña fuera de la cadena de conexión (la línea de órdenes se ve desde otros programas y en el historial del shell): use PGPASSWORD o escríbala cuando se le pida.
cli-publish-password = Contraseña de { $user } en { $server }:
cli-published = Publicado en { $server } (esquema { $schema }): { $written } filas escritas, { $removed } eliminadas; esta oficina tiene { $total } filas allí.
cli-publish-unchanged = Nada ha cambiado desde la última publicación en { $server } (esquema { $schema }); esta oficina tiene { $total } filas allí.
publish-title = Base de datos de la organización
publish-lead = Publique los registros fusionados de esta oficina en la base de datos PostgreSQL de la organización, donde los tableros muestran todos los países juntos. Solo se publican datos de devolución o internos; los datos restringidos nunca salen de este equipo.
publish-url = Cadena de conexión
publish-url-hint = Pídala a quien administra la base de datos, sin la contraseña: Fieldbook la pide cada vez y nunca la guarda. Use sslmode=verify-full con sslrootcert apuntando al archivo de certificado de la organización.
publish-schema = Esquema
publish-clearance = Publicar hasta
publish-office-label = Nombre de esta oficina
publish-save = Guardar la configuración
publish-saved = Guardado. Escriba la contraseña de la base de datos y publique cuando quiera.
publish-edit = Cambiar la configuración
publish-forget = Olvidar esta base de datos
publish-password = Contraseña de la base de datos
publish-run = Publicar
publish-target = esquema { $schema } · hasta { $tier }
publish-done = Publicado: { $written } filas escritas, { $removed } eliminadas; esta oficina tiene { $total } filas en la base de datos de la organización.
publish-unchanged = Nada ha cambiado desde la última publicación; esta oficina tiene { $total } filas en la base de datos de la organización.
sync-publish-starting = Conectando con la base de datos de la organización…
sync-publish-collecting = Leyendo los datos: { $done } de { $total } tipos de registros…
sync-publish-publishing = Escribiendo en la base de datos: { $done } de { $total } tipos de registros…
sync-publish-cancel = Detener
sync-publish-stopping = Deteniendo: la base de datos conserva su estado anterior…
history-order = Orden
history-yes = Sí
history-no = No
date-day = Día
date-month = Mes
date-year = Año
date-hour = Hora
date-minute = Minuto
date-clear = Borrar la fecha
date-incomplete = No se guarda hasta que estén completas todas las partes.
date-invalid = Esa fecha no existe (revise el día y un año de cuatro cifras). No se guarda.
date-unreadable = La fecha guardada «{ $value }» no se puede mostrar aquí; se conserva hasta que introduzca una fecha completa.
date-filter-ignored = No se usa para filtrar hasta que sea una fecha completa.

## Primer inicio, el cuaderno de ejemplo, Acerca de, paquetes abiertos desde el gestor de archivos
welcome-title = Le damos la bienvenida a Fieldbook
welcome-lead = Fieldbook guarda las notas de las sesiones de escucha en este equipo, cifradas, y solo las comparte en paquetes cifrados que usted decide enviar.
welcome-protects = Su contraseña cifra todo lo que registra aquí. Sin ella, nadie puede leer las notas de este equipo, aunque el portátil se pierda o se lo quiten.
welcome-no-recovery = Nadie puede recuperar una contraseña olvidada: ni Fieldbook ni su oficina. Solo un kit de recuperación preparado de antemano con colegas de confianza (en la pantalla Seguridad) puede volver a abrir las notas.
welcome-sample = Explorar con datos de ejemplo
welcome-sample-hint = Un cuaderno de ejemplo aparte, con sesiones inventadas, para probar todas las pantallas. Nada de lo que haga allí toca sus propias notas.
sample-banner = Cuaderno de ejemplo: todo lo que hay aquí es inventado. No se puede importar nada en él, ni exportar ni publicar nada desde él.
sample-leave = Volver a mi cuaderno
sample-delete = Eliminar el ejemplo
sample-deleted = Se eliminó el cuaderno de ejemplo.
error-sample-stays-here = Este es el cuaderno de ejemplo: sus datos son inventados y su contraseña es pública, así que no se importa nada en él ni se envía nada desde él. Vuelva a su propio cuaderno para importar, exportar o publicar.
about-title = Acerca de Fieldbook
about-version = Fieldbook { $version }
about-licence = Software libre bajo la GNU AGPL, versión 3 o posterior. Las fuentes Noto que incluye están bajo la SIL Open Font License 1.1.
about-data-folder = Su cuaderno está en { $path }
opened-title = Abierto desde sus archivos
opened-lead = { $count ->
    [one] Se pidió a Fieldbook que abriera este paquete. Compruébelo y luego impórtelo o déjelo a un lado.
   *[other] Se pidió a Fieldbook que abriera estos { $count } paquetes. Compruébelos y luego impórtelos o déjelos a un lado.
}
opened-import = Importar
opened-dismiss = Dejar a un lado
opened-locked = Desbloquee su cuaderno para importar el paquete que abrió.

## Consentimiento que viaja, hojas de asistencia, perfiles
error-consent-withdrawn = Esta persona participante retiró su consentimiento: { $what ->
    [quote] sus citas
   *[name] su nombre y lo que la identifica
  } no se pueden volver a registrar.
error-withdrawal-fixed = Un retiro de consentimiento queda tal como se registró: no se puede cambiar ni quitar. Registre uno nuevo para abarcar más.
error-sheet = No se puede leer la hoja { $file }: { $reason }. Guárdela como CSV (UTF-8) o XLSX y vuelva a elegirla.
error-sheet-rows = Las filas { $rows } de la hoja tienen problemas, así que no se importó nada. Corríjalas en la hoja, o deje fuera esa columna, e importe de nuevo.
error-no-profile = Aquí no hay ningún perfil llamado { $name }. Elija uno de la lista o añádalo.
error-profile-exists = Ya existe un perfil llamado { $name }. Elija otro nombre.
error-profile-name = El nombre de un perfil debe tener de 1 a { $max } caracteres. No tiene por qué identificarle: basta con un color o una palabra que usted reconozca.
refusal-withdrawal-fixed = cambiarían un retiro de consentimiento, que queda tal como se registró.
refusal-withdrawal-not-participant = retiran el consentimiento de un registro que no es una persona participante; solo una persona participante puede retirarlo, así que no se borró nada.
scope-named = para que se le nombre
scope-quoted = para que se le cite
scope-all = para figurar en las notas
withdrawal-recorded = Retiro registrado ({ $scope }): lo que abarca se borra definitivamente en este dispositivo y en todos los dispositivos que lo reciban. Id: { $id }
withdrawal-applied = aplicado el { $at }
withdrawal-waiting = aún no aplicado
withdrawal-names-kept = Este dispositivo guarda una huella cifrada del nombre, para quitarlo de los paquetes creados antes de la retirada, hasta que cada dispositivo de confianza haya enviado todo lo que tenía antes de aplicarla.
withdrawal-names-forgotten = Desde { $at } este dispositivo no guarda nada del nombre.
sheet-row = Fila
sheet-error-no-name = sin nombre ni seudónimo
sheet-error-not-yes-no = «{ $value }» no es sí ni no
sheet-error-not-org-kind = «{ $value }» no es formal ni informal
sheet-error-too-long = la celda es demasiado larga
sheet-error-control-character = la celda contiene caracteres de control o invisibles (¿se guardó el archivo con otra codificación?)
sheet-dry-run = Se añadirían { $count } participantes; { $errors } problemas. No se cambió nada.
sheet-imported = Se añadieron { $count } participantes.
profile-added = Perfil { $name } añadido, con sus propios datos y su propia contraseña.
history-erased = (valores borrados: la persona participante retiró su consentimiento)
a-participant-withdrawn = Una persona participante (consentimiento retirado)
history-erased-value = borrado
history-erased-badge = consentimiento retirado
withdrawn-what = Consentimiento retirado { $scope }. Lo que abarcaba se borra definitivamente aquí y en todos los dispositivos que lo reciban.
withdraw-open = Retirar el consentimiento
withdraw-title = Retirar el consentimiento
withdraw-lead = ¿Qué retira esta persona? Lo que abarque se borra definitivamente ahora mismo en esta computadora, y en todos los dispositivos a los que lleguen sus paquetes, incluido lo que se copió antes. No se puede deshacer. La persona sigue contando como participante.
withdraw-named-hint = Su nombre, organización y rol, y su nombre dondequiera que se haya escrito en las notas de esta sesión.
withdraw-quoted-hint = Todas las citas de lo que dijo.
withdraw-all-hint = Ambas cosas, y además su seudónimo y cualquier foto o documento escaneado sobre ella. Solo queda como «una persona participante (consentimiento retirado)».
withdraw-by = Registrado por (un nombre o iniciales; se puede dejar vacío)
withdraw-note = Nota (cómo lo pidió; nunca su nombre)
withdraw-confirm = Borrar ahora
sheet-import = Importar una hoja de asistencia
sheet-title = Participantes de una hoja de asistencia
sheet-lead = Elija qué contiene cada columna. El consentimiento solo cuenta donde una columna dice sí; una celda vacía es no. No se añade nada hasta que todas las filas estén bien.
sheet-ignore = (dejar fuera)
sheet-add = Añadir { $count } participantes
sheet-more = …y { $count } filas más.
withdrawals-title = Retiros de consentimiento
withdrawals-lead = Cada retiro borra definitivamente lo que abarca en todos los dispositivos que lo reciben. Si un dispositivo aún no lo ha aplicado, es que no lo ha recibido: envíele un paquete.
withdrawals-line = { $date }: consentimiento retirado { $scope }
profile-label = Perfil
profile-first = Primer perfil
profile-not-created = aún sin crear
profile-new = ¿Otra persona facilitadora usa esta computadora? Añada un perfil
profile-new-label = Nombre del perfil
profile-new-hint = Una palabra o un color que usted reconozca. No hace falta nada que le identifique. Cada perfil tiene sus propias notas y su propia contraseña.
profile-add = Añadir perfil
profile-drop = Quitar el perfil vacío { $name }
error-profile-while-open = Primero bloquee Fieldbook y luego elija o añada un perfil.
