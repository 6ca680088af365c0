## Fieldbook — catálogo em português. Todos os textos visíveis estão aqui (interface, linha de comando, erros).
## As chaves são as mesmas em todas as línguas; os testes verificam que não falta nenhuma em nenhuma língua.

app-name = Fieldbook
app-tagline = Sessões de escuta com movimentos sociais, em segurança e sem internet.
language = Idioma

## Desbloquear e criar
unlock-title = Desbloquear o Fieldbook
unlock-lead = As suas notas estão cifradas neste computador. Escreva a frase secreta para abri-las.
unlock-passphrase = Frase secreta
unlock-button = Desbloquear
unlock-working = Abrindo…
create-title = Criar o seu Fieldbook
create-lead = Tudo o que anotar fica cifrado neste computador com uma frase secreta. Escolha uma que não vá esquecer: se a esquecer, não é possível recuperá-la.
create-passphrase = Nova frase secreta
create-confirm = Repita a frase secreta
create-hint = Pelo menos { $min } caracteres. Algumas palavras sem relação entre si são fáceis de lembrar e difíceis de adivinhar.
create-button = Criar e abrir
create-mismatch = As duas frases secretas não são iguais.
lock-button = Bloquear
data-folder = Pasta de dados: { $path }

## Navegação
nav-sessions = Sessões
nav-movements = Movimentos
nav-guides = Guias de perguntas
keyboard-hint = Teclas: Alt+1…7 áreas · Ctrl+Enter adicionar um item · Ctrl+N nova sessão · / pesquisar

## Estado da gravação
save-saving = Guardando…
save-saved = Todas as alterações guardadas
save-saved-at = Guardado às { $time }
save-failed = Não guardado: { $reason }

## Lista de sessões
sessions-title = Sessões de escuta
sessions-new = Nova sessão
sessions-search = Pesquisar sessões
sessions-filter-movement = Todos os movimentos
sessions-filter-status = Qualquer situação
sessions-empty = Ainda não há sessões de escuta. Comece pela escuta: crie a primeira.
sessions-none-match = Nenhuma sessão corresponde a estes filtros.
sessions-count = { $count ->
    [0] Nenhuma sessão
    [one] Uma sessão
   *[other] { $count } sessões
}
col-date = Data
col-title = Título
col-movements = Movimentos
col-place = Local
col-participants = Pessoas
col-status = Situação
untitled-session = Sessão sem título

## Situação da sessão
status-draft = Rascunho
status-reviewed = Revisada
status-shared_back = Devolvida

## Editor da sessão
session-back = Todas as sessões
session-delete = Apagar a sessão
session-delete-confirm = Apagar esta sessão e tudo o que foi anotado nela?
section-details = Detalhes
section-participants = Participantes
section-questions = Perguntas e notas
section-priorities = Prioridades
section-risks = Riscos
section-support = Apoio acordado
section-media = Fotografias e gravações
media-lead = Folhas de flipchart, quadros de votação por pontos, uma gravação, um formulário de consentimento digitalizado. São cifrados com todo o resto; antes de uma fotografia ser guardada, retiram-se a localização e os dados da câmara. Ficam no nível Interno, a não ser que escolha outro: marque como Restrito uma fotografia em que apareçam pessoas.
media-attach = Anexar arquivos
media-attaching = Anexando { $count ->
    [one] um arquivo…
   *[other] { $count } arquivos…
}
media-empty = Ainda não há nada anexado.
media-drop-hint = Também pode arrastar arquivos para esta janela.
media-max-side = Reduzir as fotografias para
media-max-side-original = o seu tamanho original
media-max-side-px = { $px } pixels
media-view = Ver a fotografia
media-listen = Ouvir
media-size = { $mb } MB
media-caption = Legenda
media-about = Refere-se a
media-about-session = toda a sessão
media-in-summary = Imprimir no resumo
media-in-summary-hint = A fotografia é impressa no resumo da sessão nas versões que o seu nível permite: escolha “Devolução” para a cópia das pessoas participantes.
media-save-copy = Guardar uma cópia…
media-saved-copy = Foi guardada uma cópia de { $file }.
media-limit-title = Anexos
media-limit-lead = O tamanho máximo de uma fotografia, gravação ou PDF que pode ser anexado. Um limite maior enche mais depressa uma memória USB.
media-limit-label = MB no máximo
media-limit-saved = Podem ser anexados arquivos até { $mb } MB.
field-title = Título
field-starts-at = Data e hora
field-time-zone = Fuso horário
field-place = Local
field-languages = Línguas faladas
field-languages-hint = Separe com vírgulas, por exemplo: changana, português
field-facilitators = Facilitação
field-facilitators-hint = Separe com vírgulas
field-movements = Movimentos
field-status = Situação
field-notes = Notas da sessão
no-movements-yet = Ainda não há movimentos: adicione-os em Movimentos.

## Participantes
participants-lead = Anote o consentimento antes de escrever qualquer coisa que uma pessoa diga.
participant-add = Adicionar participante
participant-name = Nome
participant-pseudonym = Nome fictício
participant-aliases = Outros nomes e alcunhas
participant-aliases-hint = Outras grafias e alcunhas usadas para a pessoa, separadas por vírgulas: procuradas no que se escreve, como o nome
mentions-found = Nomes encontrados aqui:
mention-withheld = { $tier }: este texto é retido onde quer que este nome não possa ir
mark-name = Marcar como nome
mark-name-of = De quem é o nome «{ $text }»?
mark-name-save = Marcar
mark-name-cancel = Cancelar
mark-name-none = Adicione primeiro a pessoa participante e depois marque o nome.
participant-organisation = Organização ou grupo
participant-org-kind = Tipo de grupo
org-kind-formal = Formal
org-kind-informal = Informal
participant-role = Função
consent-record = Consentimento para notas
consent-quote = Consentimento para citação
consent-named = Consentimento para aparecer com o nome em documentos partilhados
at-risk = Em risco
at-risk-hint = Em risco: o nome nunca aparece em nada que seja partilhado.
participants-empty = Ainda não há participantes.
a-participant = Uma pessoa participante

## Perguntas e citações
questions-lead = Primeiro, escutar: é o movimento que define a agenda.
question-text = Pergunta
question-answer = O que foi dito
question-add = Adicionar pergunta
questions-from-guide = Adicionar perguntas de um guia
questions-from-guide-button = Adicionar
quote-add = Adicionar citação
quote-text = Citação
quote-by = Dito por
quote-no-consent = (sem consentimento para citação)
questions-empty = Ainda não há perguntas.

## Prioridades
priority-add = Adicionar prioridade
priority-title = Prioridade
priority-theme = Tema
priority-description = Detalhes
priority-votes = Votos
priority-vote-up = Acrescentar um voto
priority-vote-down = Retirar um voto
move-up = Subir
move-down = Descer
priorities-empty = Ainda não há prioridades.

## Riscos
risk-add = Adicionar risco
risk-description = Risco
risk-affected = A quem afeta
risk-severity = Gravidade
severity-low = Baixa
severity-medium = Média
severity-high = Alta
risk-mitigation = Mitigação acordada
risks-empty = Nenhum risco anotado.

## Apoio acordado
support-add = Adicionar apoio
support-what = O quê
support-role = O nosso papel
support-category = Tipo de apoio
support-owner = Responsável
support-due = Prazo
support-status = Situação
support-requested = Foi o movimento que pediu
supports-empty = Ainda não há apoio acordado.
role-convener = Convocadora
role-ally = Aliada
role-resource_partner = Parceira de recursos
role-amplifier = Amplificadora
support-status-proposed = Proposto
support-status-agreed = Acordado
support-status-in_progress = Em curso
support-status-done = Concluído
support-status-dropped = Cancelado
value-institutional_capacity = Fortalecimento da capacidade institucional
value-skills_training = Formação em competências
value-research_documentation = Pesquisa e documentação
value-policy_analysis = Análise de políticas e acesso à informação
value-key_concepts = Fortalecimento de conceitos-chave
value-cross_movement_spaces = Espaços entre movimentos
value-facilitating_advocacy = Facilitação da incidência política (advocacia)
value-mass_mobilisation = Mobilização de massas
value-profile_media = Visibilidade e meios de comunicação
value-funding_cost_sharing = Apoio financeiro e partilha de custos
value-legal_support = Apoio jurídico

## Movimentos
movements-title = Movimentos
movements-lead = Os movimentos e redes sociais com que trabalha.
movement-add = Adicionar movimento
movement-name = Nome
movement-country = País
movement-region = Região
movement-sector = Setor
movement-sector-hint = por exemplo: trabalhadoras domésticas, direitos das mulheres, direito à terra, juventude
movement-description = Descrição
movements-empty = Ainda não há movimentos.
movement-delete-confirm = Apagar este movimento? As sessões mantêm as suas notas.

## Guias
guides-title = Guias de perguntas
guides-lead = As perguntas que uma sessão de escuta segue. Cada nova sessão recebe uma cópia delas; alterar um guia nunca muda sessões anteriores.
guide-add = Novo guia
guide-name = Nome do guia
guide-language = Idioma
guide-question-add = Adicionar pergunta
guide-delete-confirm = Apagar este guia? As sessões mantêm as perguntas que fizeram.
guides-empty = Não há guias.

## Comum
delete = Apagar
cancel = Cancelar
confirm = Confirmar
loading = Carregando…
choose = Escolher…
none = Nenhum

## Erros (error-<código> para cada código de erro do núcleo)
error-wrong-passphrase = Essa frase secreta não abre este Fieldbook. Verifique a disposição do teclado e a tecla Caps Lock e tente novamente.
error-weak-passphrase = Essa frase secreta é muito fácil de adivinhar (ou tem menos de { $min } caracteres). Use uma frase com quatro ou mais palavras sem relação entre si, como “rio lâmpada laranja cadeira”: fácil de lembrar, difícil de adivinhar. Evite nomes, datas e o nome do programa.
error-no-store = Ainda não existe nenhum Fieldbook aqui. Crie um primeiro.
error-store-exists = Já existe um Fieldbook nesta pasta. Em vez de criar outro, desbloqueie-o.
error-not-a-store = Este arquivo não contém dados do Fieldbook, ou está danificado. Restaure-o a partir de uma cópia de segurança ou de um pacote exportado.
error-no-encryption = Esta versão não consegue cifrar dados, por isso não guarda nada. Instale uma versão oficial.
error-not-found = Esse item já não existe. Pode ter sido apagado.
error-unknown-field = Erro interno: { $detail }
error-invalid-value = Não é possível guardar esse valor: { $detail }
error-invalid-document = Não é possível ler o documento: { $detail }
error-disk-full = O disco está cheio, por isso nada foi guardado. Desocupe algum espaço no disco; o que escreveu continua visível até poder ser guardado.
error-media-too-large = { $name } tem { $mb } MB; um anexo pode ter no máximo { $limit } MB. Reduza-o (uma gravação em M4A ou Opus ocupa um décimo de um WAV), ou aumente o limite em Segurança.
error-media-not-what-it-says = O nome de { $name } indica um arquivo { $claimed }, mas é um arquivo { $found }, por isso nada foi anexado. Verifique se escolheu o arquivo certo.
error-media-unsupported = { $name } não é uma fotografia, gravação ou PDF que o Fieldbook possa guardar. Use JPEG, PNG ou WebP para fotografias (para JPEG, configure a câmara do telefone em “Mais compatível”), MP3, M4A, Ogg, Opus, WAV, FLAC ou WebM para gravações, ou PDF.
error-media-damaged = { $reason ->
    [truncated] { $name } está incompleto (não foi copiado até ao fim), por isso nada foi anexado. Copie-o de novo a partir do telefone ou da câmara.
    [too-many-pixels] { $name } tem mais pixels do que qualquer câmara produz, por isso nada foi anexado.
    [unreadable-audio] { $name } não é uma gravação que o Fieldbook consiga ler, por isso nada foi anexado. Copie-o de novo a partir do gravador, ou guarde-o como MP3 ou M4A.
    [changed] { $name } mudou enquanto era anexado, por isso nada foi anexado. Tente novamente quando a cópia terminar.
   *[other] Não é possível ler { $name } (está danificado), por isso nada foi anexado. Copie-o de novo a partir do telefone ou da câmara.
}
error-media-missing = O arquivo { $name } ainda não chegou a este dispositivo. Virá com o próximo pacote do dispositivo que o tem (a não ser que esse pacote deixe os anexos de fora).
error-io = Não foi possível ler ou gravar um arquivo: { $detail }
error-database = A base de dados comunicou um problema: { $detail }
error-migration = Não foi possível atualizar os dados para esta versão do Fieldbook: { $detail }
error-store-too-new = Estes dados foram guardados por uma versão mais recente do Fieldbook. Instale essa versão, ou uma mais recente, para abri-los; nada foi alterado.
error-cancelled = Interrompido. Nada foi alterado: os dados estão exatamente como estavam antes.
error-in-use = Há uma importação em curso para estes dados em outra janela do Fieldbook. Aguarde o fim da importação e tente novamente; nada foi alterado.
error-internal = Ocorreu um erro dentro do Fieldbook e a operação foi interrompida; nada foi alterado. Tente novamente; se voltar a acontecer, anote o que fez e informe a pessoa que lhe dá apoio técnico.
error-edits-waiting = O que foi escrito durante a última importação ainda não está nos seus dados (o disco está cheio ou ocupado), por isso esta alteração fica em espera. Desocupe algum espaço no disco e tente novamente; nada do que escreveu se perde.
error-locked = O Fieldbook está bloqueado. Desbloqueie-o para continuar.
error-unexpected = Ocorreu um problema: { $detail }

## Linha de comando
cli-passphrase-prompt = Frase secreta do Fieldbook:
cli-passphrase-new = Nova frase secreta:
cli-passphrase-repeat = Repita a frase secreta:
cli-created = Foi criado um novo Fieldbook em { $path }
cli-demo-done = Foram adicionadas { $count } sessões de demonstração.
cli-put-done = Sessão { $id } guardada

## Sincronização
nav-sync = Sincronizar
sync-title = Sincronizar
sync-lead = Leve os dados sem internet: exporte um pacote cifrado e assinado para uma memória USB ou um serviço de mensagens, e importe pacotes de outros dispositivos.
sync-identity = Este dispositivo
sync-device = Dispositivo
sync-fingerprint = Impressão digital
sync-fingerprint-hint = Leia-a em voz alta para a pessoa que vai confiar neste dispositivo, por exemplo por telefone.
sync-recipient = Destinatário age
sync-recipients = Destinatários
sync-recipients-lead = Os pacotes são cifrados para estas chaves: o escritório do país, um escritório regional, uma chave de recuperação da organização.
sync-recipient-add = Adicionar destinatário
sync-recipient-label = Quem é
sync-recipient-key = Chave age1…
sync-recipients-empty = Ainda não há destinatários. Peça a chave age1… ao escritório do país.
sync-export = Exportar pacote
sync-export-full = Pacote completo (tudo, não só o que mudou)
sync-export-done = Pacote gravado: { $count } alterações em { $path }
sync-import = Importar pacotes
sync-import-starting = Iniciando a importação…
sync-import-reading = Lendo e verificando o arquivo { $done } de { $total }…
sync-import-merging = Integrando { $done } de { $total } alterações…
sync-import-cancel = Parar
job-dismiss = Fechar
sync-export-starting = Iniciando a exportação…
sync-export-collecting = Lendo os dados: { $done } de { $total } tipos de itens…
sync-export-media = Adicionando fotografias e gravações: { $done } de { $total } MB…
sync-export-cancel = Parar
sync-export-stopping = Parando: não vai ficar nenhum arquivo…
sync-tables-starting = Iniciando as tabelas…
sync-tables-collecting = Preparando as tabelas: { $done } de { $total }…
sync-tables-cancel = Parar
sync-tables-stopping = Parando: nenhum arquivo será gravado…
sync-import-stopping = Parando: nada será alterado…
sessions-showing = Mostrando { $shown } de { $count }
sync-import-done = { $file }: { $applied } de { $changes } alterações aplicadas, { $conflicts ->
    [0] nenhum conflito
    [one] um conflito
   *[other] { $conflicts } conflitos
}
sync-trust-title = Dispositivo desconhecido
sync-trust-lead = Este pacote foi assinado por um dispositivo em que ainda não confia. Compare a impressão digital com a pessoa responsável pelo dispositivo (por exemplo, por telefone) antes de confiar nele.
sync-trust-button = Confiar neste dispositivo e importar
sync-trusted = Dispositivos de confiança
sync-trusted-empty = Ainda não há dispositivos de confiança.
sync-conflicts = Conflitos a analisar
sync-conflicts-empty = Nenhum conflito: as alterações feitas em dispositivos diferentes foram integradas sem problemas.
sync-conflict-local = Neste dispositivo
sync-conflict-incoming = Do pacote
sync-conflict-keep = Manter este
sync-conflict-applied = Aplicado agora
sync-history = Histórico de importações
sync-history-newest = As { $shown } importações mais recentes de { $count }; `fieldbook-cli imports` lista todas.
sync-history-empty = Ainda nada foi importado.
sync-history-line = { $time } · { $file } · { $applied } de { $changes } aplicadas · { $conflicts } conflitos · { $fingerprint }
sync-by = { $device }, em { $time }
remove = Remover

## Erros de sincronização
error-bundle = Não foi possível criar o pacote: { $detail }
error-bad-recipient = Isto não é um destinatário age. Deve começar por age1; peça ao escritório que o envie de novo.
error-no-recipients = Não há ninguém para quem cifrar o pacote. Adicione o destinatário age1… do escritório do país em Sincronizar, ou exporte com uma frase secreta.
error-not-a-bundle = Este arquivo não é um pacote do Fieldbook. Verifique se escolheu o arquivo de pacote que lhe enviaram.
error-bundle-wrong-key = Este pacote foi cifrado para outro dispositivo, por isso não pode ser aberto aqui. Peça a quem o enviou que o exporte de novo para o destinatário deste dispositivo.
error-bundle-wrong-passphrase = Essa frase secreta não abre este pacote.
error-bundle-needs-passphrase = Este pacote está protegido por uma frase secreta. Importe-o de novo e escreva a frase secreta.
error-bundle-damaged = O pacote está danificado ou foi alterado depois de criado, por isso nada foi importado. Peça uma nova cópia a quem o enviou. ({ $detail })
error-bundle-bad-signature = A assinatura do pacote não é válida: o pacote foi alterado ou falsificado. Nada foi importado.
error-bundle-unknown-signer = O pacote vem de um dispositivo em que ainda não confia (impressão digital { $fingerprint }). Compare a impressão digital com quem o enviou e depois confie nele: em Sincronizar, ou com fieldbook-cli trust add { $fingerprint }.
error-bundle-future-version = Este pacote foi criado por um Fieldbook mais recente (formato { $found }; esta versão só lê formatos até { $supported }). Atualize o Fieldbook e importe-o de novo.
error-bad-fingerprint = Isto não é uma impressão digital de dispositivo. Tem 16 letras e algarismos, como ABCD-EFGH-IJKL-MNOP.
error-file = Não foi possível ler um arquivo: { $detail }
error-in-file = { $file }: { $message }

## Linha de comando (sincronização)
cli-bundle-passphrase = Frase secreta do pacote:
cli-identity-exported = Identidade age gravada em { $path }. Mantenha-a em segredo: ela abre todos os pacotes enviados para este dispositivo.
cli-exported = { $count } alterações gravadas em { $path } para { $recipients }
cli-imported = { $file }: { $applied } de { $changes } alterações aplicadas, vindas de { $fingerprint }; { $conflicts } conflitos

## Resumos da sessão (impressão e PDF)
field-next-check-in = Próximo acompanhamento
summary-open = Devolver resultados…
summary-title = Resumo para devolução
summary-back = Voltar à sessão
summary-audience = Versão
summary-audience-participants = Para participantes (devolução)
summary-audience-internal = Interna (arquivo do escritório)
summary-language = Idioma
summary-paper = Papel
summary-paper-a4 = A4
summary-paper-letter = Carta
summary-print = Imprimir…
summary-save-pdf = Guardar como PDF…
summary-saved = PDF guardado: { $file }
summary-pdf-file = resumo
summary-preview-hint = Esta pré-visualização mostra o que será impresso, página por página.
summary-banner-participants = Devolvido às pessoas que participaram. Não aparece o nome de ninguém que pediu para não aparecer, nem de quem possa ficar em risco.
summary-banner-internal = INTERNO: contém nomes de pessoas em risco e os riscos levantados. Guarde-o no arquivo do escritório; nunca o partilhe.
summary-when = Data
summary-place = Local
summary-movements = Movimentos
summary-facilitators = Facilitação
summary-languages = Línguas
summary-next-check-in = Próximo acompanhamento
summary-no-check-in = Ainda não acordado
summary-participants = Quem participou
summary-participants-count = { $count ->
    [one] Participou uma pessoa.
   *[other] Participaram { $count } pessoas.
}
summary-pseudonym = Nome fictício: { $name }
summary-without = Não concedido: { $what }
summary-at-risk = Em risco
summary-someone = uma pessoa participante
summary-heard = O que ouvimos
summary-priorities = Prioridades levantadas
summary-votes = { $votes ->
    [0] 0 votos
    [one] 1 voto
   *[other] { $votes } votos
}
summary-support = Apoio acordado
summary-support-by = Responsável: { $owner }
summary-support-due = Prazo: { $date }
summary-support-requested = Pedido pelo movimento
summary-risks = Riscos mencionados
summary-affected = Afeta: { $who }
summary-mitigation = Mitigação: { $text }
summary-notes = Notas internas
summary-pictures = Fotografias
summary-pictures-left-out = Fotografias escolhidas mas não impressas: { $count }. São grandes demais para serem reduzidas aqui com segurança (um JPEG progressivo ou um WebP de mais de 24 milhões de píxeis). Guarde-as de novo como PNG ou JPEG comum, ou escolha outras mais pequenas.
summary-nothing = Nada anotado.
summary-page = Página { $page } de { $pages }
summary-code = Código de verificação { $code }
cli-passphrase-changed = Frase secreta alterada. A partir de agora use a nova; a antiga já não abre nada.
cli-wipe-unexported = Atenção: { $count } alterações feitas neste dispositivo nunca foram exportadas para um destinatário guardado. Serão perdidas.
cli-wipe-confirm = Isto destrói o Fieldbook em { $path } (dados, histórico e as chaves deste dispositivo). Escreva WIPE para continuar:
cli-wipe-cancelled = Nada foi apagado.
cli-wipe-needs-yes = Não há terminal: acrescente --yes para apagar sem perguntar.
cli-no-passphrase = Sem frase secreta: execute num terminal ou defina { $variable } (só para automatização).
cli-summary-usage = Indique um SESSION_ID com --pdf OUT.pdf, ou --all --out-dir DIR.
cli-map-form = A opção --map espera COLUNA=CAMPO, não «{ $value }».
cli-map-no-column = A folha não tem a coluna «{ $column }». As suas colunas são: { $columns }.
cli-map-no-field = Uma coluna pode preencher um destes campos: { $fields }; não «{ $field }».
cli-profile-not-created = (ainda não criado)
cli-wiped = Foram apagados { $count } arquivos em { $path }. Não resta nada deste Fieldbook neste dispositivo.
history-this-device = este dispositivo
cli-summary-done = { $file } guardado (código de verificação { $code })
error-font-missing = Este resumo tem texto em { $script }, mas a fonte { $font } não está instalada. Instale-a (no Debian ou Ubuntu: sudo apt install fonts-noto-core) e tente novamente.
error-no-font-for = Nenhuma fonte instalada consegue mostrar alguns caracteres deste resumo: { $detail }. Instale uma fonte Noto para essa escrita e tente novamente.
error-pdf = Não foi possível criar o PDF: { $detail }
error-recovery-params = Não é possível dividir a chave de recuperação em { $have } partes com { $need } necessárias. Peça que sejam necessárias pelo menos 2 partes, e não mais do que o número total de partes.
error-recovery-share = Esta parte de recuperação não pode ser usada: { $detail }.
error-recovery-not-enough = Foram dadas { $have } partes de recuperação diferentes, mas são necessárias { $need }. Peça a folha da sua parte a outra pessoa guardiã.

## Segurança
nav-security = Segurança
security-title = Segurança
security-lead = Proteja o que as pessoas lhe contaram, caso este computador fique aberto, se perca ou seja revistado.
security-autolock = Bloquear automaticamente
security-autolock-lead = Depois deste tempo sem uso do teclado nem do rato (mouse), o Fieldbook guarda o que foi escrito, esquece a chave e volta a pedir a frase secreta.
security-minutes = minutos
security-autolock-saved = O Fieldbook passa a bloquear após { $minutes } minutos sem uso.
security-autolock-invalid = Escreva um número de minutos (1 ou mais).
security-passphrase = Alterar a frase secreta
security-passphrase-current = Frase secreta atual
security-passphrase-button = Alterar frase secreta
security-passphrase-changed = A frase secreta foi alterada. A partir de agora use a nova.
security-wipe = Apagar tudo deste dispositivo
security-wipe-lead = Destrói o Fieldbook neste computador: todos os dados, o seu histórico e as chaves deste dispositivo. Use esta opção antes de levar um computador para um lugar onde possa ser revistado. Não pode ser desfeito; só sobrevive o que tiver sido exportado em pacotes.
security-wipe-unexported = { $count } alterações feitas aqui nunca foram exportadas para um destinatário guardado. Exporte primeiro um pacote, ou elas serão perdidas.
security-wipe-button = Apagar o Fieldbook deste computador

## Níveis de sensibilidade
tier-label = Sensibilidade
tier-share_back = Devolução
tier-internal = Interno
tier-restricted = Restrito
tier-default = Padrão ({ $tier })
tier-hint = O nível Devolução pode voltar às pessoas participantes; o Interno fica com o pessoal da organização; o Restrito só chega a destinatários autorizados para ele.
recipient-recovery = Chave de recuperação
error-above-tier = Esta sessão está marcada como { $detail }, por isso só se pode criar uma versão desse nível. Escolha essa versão ou altere a sensibilidade da sessão.
error-name-gate = Parado antes de escrever qualquer coisa: o campo { $field } de { $entity } { $record } nomeia uma pessoa em risco. Altere esse texto, ou marque o nome para que seja retido, e tente de novo.
error-withdrawal-not-applied = Nada foi importado: este pacote foi criado antes de o seu dispositivo aplicar uma retirada de consentimento, e este dispositivo já não guarda o necessário para retirar dele o nome dessa pessoa. Envie a esse dispositivo um pacote daqui; depois de o abrir, crie lá um pacote completo e importe-o.
summary-audience-restricted = Restrita (só pessoal autorizado)
summary-banner-restricted = RESTRITO: contém nomes de pessoas em risco e os riscos levantados. Só para pessoal autorizado a ver conteúdo restrito; nunca o copie nem o partilhe.
preview-title = O que vai sair deste dispositivo
preview-heading = Um pacote para { $recipients }, autorizado até { $tier }:
preview-leaves = Sai deste dispositivo (campos alterados, por nível):
preview-stays = Fica neste dispositivo (acima da autorização):
preview-nothing = nada
preview-confirm = Exportar este pacote
preview-cancel = Cancelar
preview-count = { $count } ×
media-leave-out = Deixar as fotografias e as gravações fora deste pacote (para uma pen USB pequena): irão com o próximo.
media-leaves = Fotografias, gravações e digitalizações que saem: { $count } ({ $mb } MB)
media-withheld = Fotografias, gravações e digitalizações retidas (acima da autorização): { $count }
media-left-out = Fotografias, gravações e digitalizações deixadas fora deste pacote (seguem no próximo pacote que levar anexos): { $count } ({ $mb } MB)
media-not-here = ainda não está neste dispositivo
media-saved = { $path } guardado ({ $size } bytes).
media-removed = Removido.
media-limit = Os anexos podem ter no máximo { $mb } MB.
cli-export-withheld = { $count } alterações de campos acima de { $tier } foram retidas e não estão no pacote.
sync-clearance = Autorizado para
sync-recovery = Esta é a chave de recuperação da organização (incluída em todos os pacotes)
cli-recovery-created = Chave de recuperação criada: { $recipient }. Entregue uma folha com uma parte a cada pessoa guardiã e depois adicione o destinatário em todos os dispositivos: fieldbook-cli recipients add { $recipient } --recovery --label "Chave de recuperação"
cli-recovery-exists = { $path } já existe: escolha outro arquivo com --out (uma chave nunca é substituída).
cli-recovery-restored = Chave de recuperação { $recipient } restaurada em { $path }. Importe pacotes com: fieldbook-cli import --identity { $path } ARQUIVO…  Guarde o arquivo num lugar sem acesso à internet e apague-o quando terminar.
recovery-sheet-title = FIELDBOOK · CHAVE DE RECUPERAÇÃO DA ORGANIZAÇÃO · PARTE DE CUSTÓDIA
recovery-sheet-which = Parte { $index } de { $total }. Quaisquer { $threshold } partes juntas restauram a chave; menos do que isso não revela nada.
recovery-sheet-keep = Guarde esta folha em papel, num lugar seguro e privado (não como fotografia num telefone). Entregue-a apenas para uma recuperação acordada pela organização.
recovery-sheet-restore = Para restaurar: fieldbook-cli recovery restore share-1.txt share-2.txt … --out recovery-key.txt (ou escreva o código como argumento).
cli-table-exported = Tabelas gravadas em { $path }: { $rows } linhas, até { $tier }.
cli-table-withheld = Deixado de fora por estar acima de { $tier }: { $rows } itens completos e { $cells } campos (em branco).
history-title = Histórico
history-open = Histórico
history-lead = Cada alteração desta sessão e dos seus itens: que dispositivo, que campo, quando e o valor anterior.
history-empty = Ainda não há alterações.
history-deleted = apagado
history-conflict = conflito
tables-title = Tabelas para análise
tables-lead = Todos os dados em tabelas (uma por tipo, nomes de coluna estáveis, datas ISO) para uma folha de cálculo (planilha) ou um programa de estatística. Escolha o nível de sensibilidade permitido: o que estiver acima fica de fora.
tables-format = Formato
tables-export = Exportar tabelas…
tables-done = Tabelas gravadas em { $path }: { $rows } linhas até { $tier }; { $withheld } itens ou campos acima desse nível ficaram de fora.
tier-field-hint = { $tier }: este campo é mais sensível do que o seu item (alguém em risco, ou um nome que não pode ser partilhado).
history-when = Quando
history-who = Dispositivo
history-what = Campo
history-before = Antes
history-after = Depois

## Ciclo de relação: papéis, acompanhamentos, mapa de atores, devoluções, pesquisa, painel
nav-search = Pesquisar
nav-dashboard = Painel
print = Imprimir…
cycle-date = Data
cycle-notes = Notas
attention-title = Precisa de atenção
attention-more = …e mais { $count }
checkins-due-title = { $count ->
    [one] Acompanhamento pendente (1 movimento)
   *[other] Acompanhamentos pendentes ({ $count } movimentos)
}
checkin-due-line = Pendente desde { $since } · último acompanhamento: { $last }
checkin-never = nunca
overdue-title = { $count ->
    [one] Apoio em atraso (1)
   *[other] Apoios em atraso ({ $count })
}
overdue-line = Prazo: { $due } (há { $days } dias) · { $session }
movement-open = Abrir
movement-missing = Este movimento já não existe (pode ter sido apagado em outro dispositivo).
roles-title = O nosso papel
roles-lead = O que a organização faz por este movimento, acordado com ele: convocadora, aliada, parceira de recursos ou amplificadora. Anote cada mudança e o motivo.
role-change-add = Anotar uma mudança de papel
role-since = desde { $date }
role-none = Ainda não foi acordado nenhum papel.
role-paused = Em pausa: nenhum papel neste momento.
role-change-roles = Papéis a partir desta data
role-change-reason = Motivo da mudança
checkins-title = Acompanhamentos
checkin-add = Adicionar um acompanhamento
checkin-due-now = Há um acompanhamento do nosso papel pendente (desde { $since }). Pergunte ao movimento como avalia o nosso papel.
checkin-every = Reavalie o papel com o movimento pelo menos a cada seis meses.
checkin-decision = Decisão
decision-keep = Manter o papel
decision-change = Mudar o papel
decision-pause = Fazer uma pausa
checkin-feedback = A opinião do movimento sobre o nosso papel
checkin-feedback-hint = Com as palavras do próprio movimento: o que ajuda, o que atrapalha.
checkins-empty = Ainda não há acompanhamentos.
actors-title = Mapa de atores
actors-lead = Os atores em torno do movimento: as suas organizações, sindicatos, redes, coletivos e grupos informais, e a periferia (financiadores, autoridades, outras ONG).
actor-add = Adicionar um ator
relation-add = Adicionar uma relação
actors-empty = Ainda não há atores no mapa. Adicione primeiro os grupos do movimento e depois quem está em torno deles.
actors-edit = Editar { $actors } atores e { $relations } relações
actors-list = Atores
actors-none = Ainda não há atores.
actor-name = Nome
actor-kind = Tipo
actor-kind-organisation = Organização
actor-kind-union = Sindicato
actor-kind-network = Rede
actor-kind-collective = Coletivo
actor-kind-informal_group = Grupo informal
actor-kind-funder = Financiador
actor-kind-official = Autoridade
actor-kind-ngo = Outra ONG
actor-sessions = Participou em
actor-sessions-none = Ainda não há sessões com este movimento.
relations-list = Relações
relations-empty = Ainda não há relações.
relation-from = De
relation-kind = Relação
relation-to = Para
relation-member_of = membro de
relation-allied_with = aliado de
relation-tension_with = em tensão com
relation-funds = financia
relation-convenes = convoca
map-aria = Mapa de atores com { $actors } atores e { $relations } relações
map-legend-core = Parte do movimento
map-legend-periphery = Periferia
map-legend-informal = Informal
overlaps-title = Evitar duplicação
overlaps-lead = Outras ONG e redes que convocam atores deste movimento. Fale com elas antes de convocar as mesmas pessoas.
overlaps-convenes = convoca
overlaps-we-convene = Nós também convocamos
overlaps-none = Nenhuma outra organização aparece como convocadora destes atores.
share-backs-title = Devoluções
share-backs-lead = Quando os resultados voltaram ao movimento, com quem e de que forma.
share-back-add = Anotar uma devolução
share-back-form = Forma
share-form-printed_summary = Resumo impresso
share-form-meeting = Reunião
share-form-message = Mensagem
share-form-radio = Rádio
share-form-other = Outra
share-back-audience = Com quem
share-back-audience-hint = Por exemplo: a assembleia de membros, a comissão coordenadora.
share-back-session = Sessão
share-backs-empty = Ainda não foi feita nenhuma devolução.
search-title = Pesquisar
search-lead = Encontre o que foi dito em todas as sessões: notas, respostas, citações, prioridades, riscos e apoio.
search-placeholder = Palavras a procurar
search-country = País
search-role = O nosso papel
search-from = De
search-to = Até
search-hint = Escreva uma ou duas palavras. Cada palavra também encontra palavras mais longas que começam da mesma forma.
search-none = Nada encontrado.
search-count = { $count ->
    [one] Um resultado
   *[other] { $count } resultados
}
search-kind-session = Notas da sessão
search-kind-question = Resposta
search-kind-quote = Citação
search-kind-priority = Prioridade
search-kind-risk = Risco
search-kind-support = Apoio
dashboard-title = Painel
dashboard-lead = Em todos os movimentos: o que priorizam, o apoio acordado e em que ponto está.
dashboard-overdue = apoios em atraso
dashboard-checkins-due = acompanhamentos pendentes
dashboard-sessions = sessões
dashboard-themes = Prioridades por tema (votos)
dashboard-support = Apoio acordado por papel e situação
dashboard-months = Sessões por mês
dashboard-no-theme = (sem tema)
dashboard-empty = Ainda nada foi anotado.
checkins-none-due = Não há acompanhamentos pendentes.
cli-checkin-due = pendente desde { $since } ({ $days } dias) · último acompanhamento: { $last }

## Autoridade dos dispositivos: quem pode alterar o quê (sincronização)
error-bundle-wrong-device = Este pacote está assinado pelo dispositivo { $fingerprint }, mas diz vir de outro dispositivo ({ $claimed }), por isso nada foi importado: um dispositivo nunca fala por outro. Se esse dispositivo foi reinstalado, remova-o dos dispositivos de confiança e volte a confiar nele.
error-clock-set-back = O relógio deste dispositivo marca { $now }, mas já tinha marcado { $seen }: a data foi atrasada. Acerte a data e a hora e importe novamente. Nada foi importado. Se a data de hoje estiver certa e o relógio estava adiantado antes, confirme-o (“A data está certa”, ou fieldbook-cli import --clock-is-right) e avise o escritório: as alterações anteriores deste dispositivo têm datas no futuro.
role-field = Dispositivo de campo
role-office = Escritório
role-field-can = Envia apenas as suas próprias alterações. Uma alteração que baixe um nível (em risco, consentimento, sensibilidade), ou que substitua algo acima da sua autorização que ele próprio não escreveu, aguarda análise.
role-office-can = Pode transmitir alterações de outros dispositivos, que mantêm o seu autor, e decidir sobre os níveis.
sync-trust-label = Quem é (por exemplo, “computador da Aminata”)
sync-trust-role = É
sync-trust-clearance = Pode alterar até
sync-trust-label-needed = Dê primeiro um nome ao dispositivo, para que o histórico e a fila de análise o possam identificar.
sync-trusted-line = { $role }, pode alterar até { $clearance }
sync-import-held = { $count ->
    [one] Uma alteração aguarda análise em Conflitos a analisar.
   *[other] { $count } alterações aguardam análise em Conflitos a analisar.
}
sync-import-refused = { $count ->
    [one] Uma alteração foi recusada: { $reason }
   *[other] { $count } alterações foram recusadas: { $reason }
}
sync-import-clock = O relógio de quem enviou está { $days } dias adiantado: peça-lhe que verifique a data e a hora.
refusal-not-own-change = um dispositivo de campo só pode enviar as suas próprias alterações (o pacote do próprio autor trará as outras). Se quem enviou é um escritório, confie nele como escritório.
refusal-forged-as-receiver = vinham marcadas como sendo deste dispositivo, que nunca as fez.
review-lowers-tier = Aguarda análise: baixaria um nível (alguém em risco, um consentimento, uma escolha de sensibilidade), o que um dispositivo de campo não pode fazer sozinho.
review-above-clearance = Aguarda análise: substitui algo que está acima da autorização de quem enviou e que não foi escrito por esse dispositivo.
review-clock-ahead = Aguarda análise: tem uma data muito no futuro, por isso o relógio de quem enviou está provavelmente errado. Se a aceitar, o valor é guardado com a data deste dispositivo.
sync-review-from = Enviado por { $sender }
sync-review-accept = Aceitar a alteração
sync-review-reject = Manter o valor atual
sync-review-none = não existia antes
cli-trusted-as = O dispositivo { $fingerprint } é agora de confiança como { $role }, pode alterar até { $clearance }
cli-import-held = { $file }: { $count } alterações aguardam análise (fieldbook-cli conflicts list)
cli-import-refused = { $file }: { $count } alterações recusadas: { $reason }
cli-import-clock = { $file }: o relógio de quem enviou está { $days } dias adiantado; peça-lhe que verifique a data e a hora.
history-relayed = via { $device }
history-review = retida para análise
sync-clock-is-right = A data está certa: importar
error-bundle-too-large = Este arquivo tem { $mb } MB, mais do que qualquer pacote do Fieldbook ({ $limit } MB no máximo), por isso não foi lido. Verifique se escolheu o arquivo certo.
error-path-not-chosen = O Fieldbook só lê e grava arquivos escolhidos nas suas próprias janelas de seleção de arquivos, e este não foi escolhido assim ({ $detail }). Escolha o arquivo novamente.

## Publicação na base de dados da organização (docs/federation.md)
error-publish-unreachable = O Fieldbook não consegue chegar à base de dados da organização em { $server }. Verifique o endereço e a porta, se este computador tem acesso à internet e se o servidor está em funcionamento; nada foi publicado. ({ $detail })
error-publish-auth = A base de dados em { $server } não aceitou a senha da conta { $user }. Confirme a senha com quem administra a base de dados; nada foi publicado.
error-publish-tls = O Fieldbook não conseguiu estabelecer uma conexão segura com a base de dados em { $server }, por isso nada foi enviado. Verifique se o servidor tem o TLS ativado e se sslrootcert indica o arquivo de certificado da organização. ({ $detail })
error-publish-schema-newer = A base de dados da organização foi preparada por um Fieldbook mais recente (versão das tabelas { $found }; esta versão só grava até { $supported }). Atualize o Fieldbook neste computador e publique novamente; nada foi publicado.
error-publish-restricted = Os dados restritos nunca são publicados. Escolha “Devolução” ou “Interno”.
error-publish-settings = Não é possível usar estas configurações da base de dados: { $detail }
error-publish-refused = A base de dados recusou a publicação, por isso nada mudou nela: { $detail }. Consulte quem administra a base de dados (permissões, espaço em disco) e publique novamente.
cli-publish-no-database = Não há base de dados onde publicar: indique uma com --postgres URL (acrescente --save para a memorizar).
cli-publish-password-in-url = Não inclua a senha na cadeia de conexão (a linha de comando fica visível para outros programas e no histórico do shell): defina PGPASSWORD ou escreva a senha quando for pedida.
cli-publish-password = Senha de { $user } em { $server }:
cli-published = Publicado em { $server } (esquema { $schema }): { $written } linhas gravadas, { $removed } removidas; este escritório tem lá { $total } linhas.
cli-publish-unchanged = Nada mudou desde a última publicação em { $server } (esquema { $schema }); este escritório tem lá { $total } linhas.
publish-title = Base de dados da organização
publish-lead = Publique os dados integrados deste escritório na base de dados PostgreSQL da organização, onde os painéis mostram todos os países em conjunto. Só são publicados dados dos níveis Devolução ou Interno; os dados restritos nunca saem deste dispositivo.
publish-url = Cadeia de conexão
publish-url-hint = Peça-a a quem administra a base de dados, sem a senha: o Fieldbook pede a senha sempre e nunca a guarda. Use sslmode=verify-full com sslrootcert apontando para o arquivo de certificado da organização.
publish-schema = Esquema
publish-clearance = Publicar até
publish-office-label = Nome deste escritório
publish-save = Guardar configurações
publish-saved = Guardado. Escreva a senha da base de dados e publique quando quiser.
publish-edit = Alterar configurações
publish-forget = Esquecer esta base de dados
publish-password = Senha da base de dados
publish-run = Publicar
publish-target = esquema { $schema } · até { $tier }
publish-done = Publicado: { $written } linhas gravadas, { $removed } removidas; este escritório tem { $total } linhas na base de dados da organização.
publish-unchanged = Nada mudou desde a última publicação; este escritório tem { $total } linhas na base de dados da organização.
sync-publish-starting = Conectando à base de dados da organização…
sync-publish-collecting = Lendo os dados: { $done } de { $total } tipos de itens…
sync-publish-publishing = Gravando na base de dados: { $done } de { $total } tipos de itens…
sync-publish-cancel = Parar
sync-publish-stopping = Parando: a base de dados mantém o estado anterior…
history-order = Ordem
history-yes = Sim
history-no = Não
date-day = Dia
date-month = Mês
date-year = Ano
date-hour = Hora
date-minute = Minuto
date-clear = Limpar a data
date-incomplete = Só é guardado quando todas as partes estiverem preenchidas.
date-invalid = Essa data não existe (verifique o dia e um ano com quatro algarismos). Não é guardada.
date-unreadable = A data guardada «{ $value }» não pode ser mostrada aqui; é mantida até introduzir uma data completa.
date-filter-ignored = Não é usada para filtrar até ser uma data completa.

## Primeira utilização, o caderno de exemplo, Sobre, pacotes abertos a partir do gestor de arquivos
welcome-title = Boas-vindas ao Fieldbook
welcome-lead = O Fieldbook guarda as notas das sessões de escuta neste computador, cifradas, e só as partilha em pacotes cifrados que decidir enviar.
welcome-protects = A sua frase secreta cifra tudo o que anotar aqui. Sem ela, ninguém consegue ler as notas deste computador, mesmo que o computador se perca ou seja levado.
welcome-no-recovery = Ninguém consegue recuperar uma frase secreta esquecida: nem o Fieldbook, nem o seu escritório. Só um kit de recuperação preparado antes com colegas de confiança (em Segurança) pode voltar a abrir as notas.
welcome-sample = Explorar com dados de exemplo
welcome-sample-hint = Um caderno de exemplo à parte, com sessões inventadas, para experimentar cada parte do Fieldbook. Nada do que fizer lá afeta as suas próprias notas.
sample-banner = Caderno de exemplo: tudo aqui é inventado. Não é possível importar nada para ele, nem exportar ou publicar nada a partir dele.
sample-leave = Voltar ao meu caderno
sample-delete = Apagar o exemplo
sample-deleted = O caderno de exemplo foi apagado.
error-sample-stays-here = Este é o caderno de exemplo: os dados são inventados e a frase secreta é pública, por isso nada é importado para ele nem enviado a partir dele. Volte ao seu próprio caderno para importar, exportar ou publicar.
about-title = Sobre o Fieldbook
about-version = Fieldbook { $version }
about-licence = Software livre sob a GNU AGPL, versão 3 ou posterior. As fontes Noto incluídas estão sob a SIL Open Font License 1.1.
about-data-folder = O seu caderno está em { $path }
opened-title = Aberto a partir dos seus arquivos
opened-lead = { $count ->
    [one] Pediram ao Fieldbook que abrisse este pacote. Verifique-o e depois importe-o ou ponha-o de lado.
   *[other] Pediram ao Fieldbook que abrisse estes { $count } pacotes. Verifique-os e depois importe-os ou ponha-os de lado.
}
opened-import = Importar
opened-dismiss = Pôr de lado
opened-locked = Desbloqueie o seu caderno para importar o pacote que abriu.

## Consentimento que viaja, listas de presença, perfis
error-consent-withdrawn = Esta pessoa participante retirou o consentimento: não é possível voltar a anotar { $what ->
    [quote] as citações dela
   *[name] o nome dela nem o que a identifica
  }.
error-withdrawal-fixed = A retirada de um consentimento fica tal como foi anotada: não pode ser alterada nem removida. Anote uma nova retirada para abranger mais.
error-sheet = Não é possível ler a lista { $file }: { $reason }. Guarde-a como CSV (UTF-8) ou XLSX e escolha-a novamente.
error-sheet-rows = As linhas { $rows } da lista têm problemas, por isso nada foi importado. Corrija-as na lista, ou deixe essa coluna de fora, e importe novamente.
error-no-profile = Não existe aqui nenhum perfil chamado { $name }. Escolha um da lista de perfis, ou adicione-o.
error-profile-exists = Já existe um perfil chamado { $name }. Escolha outro nome.
error-profile-name = O nome de um perfil deve ter de 1 a { $max } caracteres. Não é necessário que revele quem é: basta uma cor ou uma palavra que reconheça.
refusal-withdrawal-fixed = alterariam a retirada de um consentimento, que fica tal como foi anotada.
refusal-withdrawal-not-participant = retiram o consentimento de um registo que não é uma pessoa participante; só uma pessoa participante pode retirá-lo, por isso nada foi apagado.
scope-named = para aparecer com o nome
scope-quoted = para citação
scope-all = para qualquer anotação
withdrawal-recorded = Retirada do consentimento anotada ({ $scope }): o que ela abrange é apagado definitivamente neste dispositivo e em todos os dispositivos que a receberem. Id: { $id }
withdrawal-applied = aplicada em { $at }
withdrawal-waiting = ainda não aplicada
withdrawal-names-kept = Este dispositivo guarda um vestígio cifrado do nome, para o retirar dos pacotes criados antes da retirada, até que cada dispositivo de confiança tenha enviado tudo o que tinha antes de a aplicar.
withdrawal-names-forgotten = Desde { $at } este dispositivo não guarda nada do nome.
sheet-row = Linha
sheet-error-no-name = sem nome nem nome fictício
sheet-error-not-yes-no = “{ $value }” não é sim nem não
sheet-error-not-org-kind = “{ $value }” não é formal nem informal
sheet-error-too-long = a célula é longa demais
sheet-error-control-character = a célula contém caracteres de controlo ou invisíveis (o ficheiro foi guardado noutra codificação?)
sheet-dry-run = Seriam adicionadas { $count } pessoas participantes; { $errors } problemas. Nada foi alterado.
sheet-imported = Foram adicionadas { $count } pessoas participantes.
profile-added = Perfil { $name } adicionado, com os seus próprios dados e a sua própria frase secreta.
history-erased = (valores apagados: a pessoa participante retirou o consentimento)
a-participant-withdrawn = Uma pessoa participante (consentimento retirado)
history-erased-value = apagado definitivamente
history-erased-badge = consentimento retirado
withdrawn-what = Consentimento retirado { $scope }. O que abrangia é apagado definitivamente aqui e em todos os dispositivos que recebem esta retirada.
withdraw-open = Retirar o consentimento
withdraw-title = Retirar o consentimento
withdraw-lead = O que esta pessoa retira? O que isso abranger é apagado definitivamente agora neste computador, e em todos os dispositivos a que os seus pacotes chegarem, incluindo o que foi copiado antes. Não pode ser desfeito. A pessoa ainda conta como participante.
withdraw-named-hint = O nome, a organização e a função da pessoa, e o nome dela onde quer que tenha sido escrito nas notas desta sessão.
withdraw-quoted-hint = Todas as citações do que disse.
withdraw-all-hint = As duas coisas, e também o nome fictício e qualquer fotografia ou documento digitalizado sobre a pessoa. Fica apenas como “uma pessoa participante (consentimento retirado)”.
withdraw-by = Anotado por (um nome ou iniciais; pode ficar em branco)
withdraw-note = Nota (como a pessoa pediu; nunca o nome dela)
withdraw-confirm = Apagar agora
sheet-import = Importar uma lista de presença
sheet-title = Participantes de uma lista de presença
sheet-lead = Escolha o que cada coluna contém. O consentimento só conta onde uma coluna diz sim; uma célula vazia é não. Nada é adicionado até que todas as linhas estejam certas.
sheet-ignore = (deixar de fora)
sheet-add = Adicionar { $count } participantes
sheet-more = …e mais { $count } linhas.
withdrawals-title = Retiradas de consentimento
withdrawals-lead = Cada retirada apaga definitivamente o que abrange em todos os dispositivos que a recebem. Se um dispositivo ainda não a aplicou, é porque ainda não a recebeu: envie-lhe um pacote.
withdrawals-line = { $date }: consentimento retirado { $scope }
profile-label = Perfil
profile-first = Primeiro perfil
profile-not-created = ainda não criado
profile-new = Outra pessoa facilitadora usa este computador? Adicione um perfil
profile-new-label = Nome do perfil
profile-new-hint = Uma palavra ou uma cor que vá reconhecer. Não é preciso nada que revele quem é. Cada perfil tem as suas próprias notas e a sua própria frase secreta.
profile-add = Adicionar perfil
profile-drop = Remover o perfil vazio { $name }
error-profile-while-open = Primeiro bloqueie o Fieldbook, depois escolha ou adicione um perfil.
