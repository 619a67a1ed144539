# Meldingane til plan-report på nynorsk: kommandolinja og feila i rapportane.

## Feil i rapportane
pdf-failed = kan ikkje skrive PDF-en: { $detail }
templates-unreadable = { $path }: kan ikkje lese malane: { $reason }
chart-failed = kan ikkje teikne diagrammet { $name }: { $detail }
output-unwritable = { $path }: kan ikkje skrive: { $reason }
attachment-data-unreadable = kan ikkje lese dataa til vedlegget: { $detail }
period-needs-status = rapporten for planperioden treng minst éi statusfil ({ $plan } har ingen status/ÅR.csv)
report-needs-year = statusrapporten treng eit år (venta rapportåret i innstillingane, til dømes 2021)
report-date-too-early = rapportdatoen { $date } er før rapportåret { $year } (venta ein dato i { $year } eller seinare)
report-data-unreadable = kan ikkje lese dataa til rapporten: { $detail }
report-data-unwritable = kan ikkje skrive dataa til rapporten: { $detail }
pdf-standard-unknown = ukjend PDF-standard «{ $name }» (venta a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 eller none)

## The web edition
site-page-failed = innhaldet til ei side kunne ikkje byggjast
site-file-outside = { $path }: ei fil i nettstaden må liggje inne i nettstaden
serve-cannot-watch = kan ikkje følgje med på planmappa: { $detail }
serve-cannot-watch-path = { $path }: kan ikkje følgje med på endringar: { $detail }
serve-cannot-catch-ctrl-c = kan ikkje fange Ctrl-C: { $detail }
serve-port-in-use = kan ikkje tene på { $address }: port { $port } er i bruk av eit anna program; vel ein annan med --port, eller --port 0 for ein ledig
serve-cannot-listen = kan ikkje tene på { $address }: { $detail }

## The command line
diff-needs-new = diff treng NY, eller --from-year og --to-year
workbook-unwritable = kan ikkje skrive arbeidsboka: { $detail }

## Findings in the reports' appendix
finding-error = Feil
finding-warning = Åtvaring
finding-note = Merknad
finding-at-line = { $file }, linje { $line }

## Population on the command line
population-one-date = ei endring treng tal for to datoar, og tabellen har berre { $date } (venta ein tabell med fleire datoar, eller --input med ein annan)
population-from-after-to = { $from } er ikkje før { $to } (venta --from tidlegare enn --to)
period-unreadable = kan ikkje lese perioden «{ $text }» (venta to år, til dømes 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: ukjent språk (venta nn, nb eller en)
remedy-status-template = ; `{ $command }` skriv ei du kan fylle ut
remedy-add-revision = {" "}med `{ $command }`
site-written = skreiv { $path } ({ $pages } sider, { $pdfs } PDF-ar)
typst-written = skreiv typst-kjeldene til { $path }
report-written = skreiv { $path } ({ $warnings } merknader frå innlesinga og funna frå `check --year` står i rapporten)
serve-serving = viser { $folder } på { $url } (Ctrl-C stoppar)
serve-stopped = stoppa
serve-built = { $changed ->
        [none] bygd
       *[other] { $changed } er endra; bygd
    } på { $ms } ms
serve-broken = { $changed ->
        [none] nettstaden
       *[other] { $changed } er endra; nettstaden
    } kan ikkje byggjast; sida viser kvifor til fila er retta
new-written = skreiv { $path } for { $name } ({ $count } { $count ->
        [one] kommune
       *[other] kommunar
    }, { $first }–{ $last }); `{ $command }` viser kva som står att å fylle ut
status-template-written = skreiv { $path } ({ $count } tiltak å fylle ut)
batch-done = laga { $done } av { $total } rapportar i { $path } på { $seconds } s ({ $rate } i sekundet, { $threads } trådar)
batch-failed = feila: { $code } { $name }: { $error }
batch-one-date = kvar rapport viser kommunen sin berre { $date } (folketal, del, tettleik og plass): ei endring treng tal for ein dato til
batch-dates-not-in-table = tabellen har ingen tal for { $wanted }; han har { $held } (venta --from og --to blant datoane hans)
batch-date-flag = { $date } ({ $flag })
revise-dry-run = prøvekøyring: ingenting vart skrive
revise-added = la til { $programme } og { $decision }: programmet som gjeld frå { $year } ({ $count } tiltak)

## Hjelpetekstane på kommandolinja
help-about = Rapportar for regionale strategiske planar: sjekk ei planmappe, følg planen opp år for år, og lag rapportane som PDF og som nettstad.
help-arg-lang = Språket i meldingar og rapportar: nn (nynorsk), nb (bokmål) eller en (engelsk). Elles følgjer meldingane PLAN_REPORT_LANG eller språket til systemet, og rapportane språket til planen
help-arg-plan_dir = Planmappa (standard: mappa du står i når ho har plan.toml, elles den næraste mappa over som har det)
help-arg-output = PDF-fila som skal skrivast (vert berre bytt ut når heile rapporten er laga)
help-arg-date = Datoen til rapporten: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (elles: frå dataa)
help-arg-templates = Ei mappe med malar som byter ut dei innebygde, fil for fil
help-arg-pdf_standard = PDF-standardar, skilde med komma: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … eller none
help-arg-emit_typst = Skriv òg typst-kjeldene, dataa, diagramma og skrifttypane til denne mappa
help-arg-format = Utdataformat
help-arg-from = Den tidlegaste datoen: ÅÅÅÅ, ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (elles: den første datoen i dataa)
help-arg-to = Den seinaste datoen (elles: den siste datoen i dataa)
help-check = Sjekk ei planmappe og list opp kvar feil og merknad som `FIL:LINJE: ALVOR: MELDING`
help-check-year = List òg opp tiltaka med frist dette året og dei som er forfalne ved utgangen av det
help-status-template = Skriv statusfila som skal fyllast ut for eit år: kvart tiltak, med fjorårets verdiar førte vidare
help-status-template-year = Rapportåret
help-status-template-output = Kvar fila skal skrivast (elles: `PLANMAPPE/status/ÅR.csv`; `-` for standard ut)
help-status-template-force = Byt ut ei statusfil som finst
help-status-template-format = csv: UTF-8 med BOM og `;`, slik norsk Excel opnar ho; xlsx: ei Excel-arbeidsbok
help-diff = Samanlikn to versjonar av handlingsprogrammet: to planmapper eller tiltaksfiler, eller éi planmappe og to år
help-diff-old = Den gamle versjonen (ei planmappe eller ei tiltaksfil), eller planmappa med --from-year og --to-year
help-diff-new = Den nye versjonen
help-diff-from_year = Året der programmet er den gamle versjonen (med éi planmappe)
help-diff-to_year = Året der programmet er den nye versjonen (med éi planmappe)
help-new = Skriv ei ny planmappe som skal fyllast ut: plan.toml med alle bolkane, overskrifta til handlingsprogrammet og eit saksutkast
help-new-plan_dir = Mappa som skal lagast (kan ikkje finnast frå før, eller må vere tom)
help-new-region = Kommunane i regionen: kommunenummer frå kva tid som helst, skilde med komma
help-new-name = Namnet på regionen
help-new-period = Planperioden, til dømes 2024-2027
help-new-language = Skriftspråket til planen, nn, nb eller en: `language` i plan.toml og kvar tittel, kommentar og filnamn som blir skrive (standard: språket til meldingane når eitt er valt, elles nn)
help-revise = Ta eit vedteke handlingsprogram inn i historia til planen som versjonen som gjeld frå eit år
help-revise-proposal = Framlegget til program (.csv eller .xlsx), heile programmet slik det vart vedteke
help-revise-adopted = Datoen for vedtaket: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-revise-case = Saksnummeret til vedtaket, til dømes 45/21
help-revise-year = Det første året revisjonen gjeld (etter den siste versjonen)
help-revise-body = Organet som vedtok det (elles: organet som vedtek planen)
help-revise-dry_run = Skriv ut endringane og skriv ingenting til fil
help-show = Skriv ut planen slik han er lesen
help-schema = Skriv ut JSON-skjemaet for det `show`, `population`, `indicator` eller `diff` skriv ut som JSON, eller for plan.toml
help-schema-of = Kva for utdata
help-status = Lag årsrapporten for revisjonen av handlingsprogrammet som PDF
help-status-year = Rapportåret
help-status-previous = Fjorårets planmappe (eller tiltaksfil): endringane frå henne til programmet som gjeld i året (i staden for den neste revisjonen i historia)
help-status-revised = Eit framlegg til revisjon som ikkje er vedteke (planmappe eller tiltaksfil): endringane frå programmet som gjeld i året til det (i staden for den neste revisjonen i historia)
help-period = Lag rapporten for planperioden som PDF: heile perioden samla, til evalueringa før neste plan
help-site = Lag nettstaden til planen: kvar rapport som ei universelt utforma nettside ved sida av PDF-en
help-site-output = Mappa til nettstaden: ny, tom, eller ein tidlegare nettstad frå plan-report (vert bytt ut heilt)
help-site-no_pdf = Lag berre sidene, utan PDF-ane
help-site-templates = Ei mappe med malar (.html, .css, .typ) som byter ut dei innebygde, fil for fil
help-serve = Førehandsvis nettstaden medan du skriv: viser han på 127.0.0.1, byggjer han på nytt ved kvar lagra endring og lastar den opne sida på nytt
help-serve-port = Porten på 127.0.0.1; 0 vel ein ledig (adressa vert skriven ut)
help-serve-templates = Ei mappe med malar (.html, .css, .typ) som byter ut dei innebygde, fil for fil; vert òg følgd med på
help-serve-pdf = Lag PDF-en til kvar side òg (kvar ombygging tek då om lag eitt sekund lenger)
help-case = Lag eit saksframlegg med vedlegga (planen, ein årsrapport, rapporten for planperioden) som éin PDF
help-case-case = Saksnummeret, til dømes 9/20 (elles: den einaste saka, eller den siste etter dato)
help-batch = Lag éin folketalsrapport per kommune i ein nasjonal tabell, parallelt
help-batch-inputs = Folketalstabellar (CSV- eller JSON-stat-nedlastingar frå SSB, eller prosjektets eigen CSV); gjenta for å slå saman. Elles med --plan: statistikkfilene til planen
help-batch-region = Berre desse kommunane (kommunenummer skilde med komma; følgde gjennom nummerendringane)
help-batch-plan = Berre kommunane i denne planmappa, med nummerendringane hennar (og statistikkfilene utan --input)
help-batch-out_dir = Mappa rapportane skal skrivast til (vert laga om ho manglar)
help-batch-changes = Lister over endringar i kommunenummer (formatet til SSB-klassifikasjon 131); kan gjentakast
help-batch-jobs = Talet på trådar (elles: talet på kjernar)
help-indicator = Ein variabel frå statistikktabellar (CSV- eller JSON-stat-nedlastingar frå SSB) per kommune og periode, og for ein region
help-indicator-inputs = Ein statistikktabell (CSV- eller JSON-stat-nedlasting frå SSB); gjenta for å lese fleire
help-indicator-variable = Variabelen (ContentsCode eller statistikkvariabel), med kode eller namn
help-indicator-select = Lås ein dimensjon til éin verdi, med kode eller namn: DIM=KODE; kan gjentakast
help-indicator-sum = Summer ein dimensjon over verdiane hans; kan gjentakast
help-indicator-region = Kommunenummera i regionen, skilde med komma, følgde gjennom kodeendringar (standard: alle kommunane i tabellane, utan tal for regionen)
help-indicator-changes = Ei liste over endringar i kommunenummer som kjem i tillegg til den innebygde (SSB-klassifikasjon 131); kan gjentakast
help-indicator-count = Variabelen er eit tal på noko: summer han for regionen (trengst når tabellen ikkje seier det)
help-indicator-weight = Ein teljevariabel i same tabell som veg verdien for regionen av ein del eller ein rate
help-population = Endring i folketalet per kommune og for regionen mellom to datoar
help-population-inputs = Ein folketalstabell (CSV- eller JSON-stat-nedlasting frå SSB, eller prosjektets eigen CSV); gjenta for å slå saman fleire. Byter ut tabellen til planen
help-population-region = Kommunenummera i regionen, skilde med komma (elles: kommunane i planen)
help-population-changes = Ei liste over endringar i kommunenummer i tillegg til planen sine (formatet til SSB-klassifikasjon 131); kan gjentakast

## Etikettane i rapportane
label-page = Side
label-of = av
label-contents = Innhald
label-region = Region
label-plan-period = Planperiode
label-plan-version = Planversjon
label-plan-status = Planstatus
label-report-year = Rapportår
label-report-date = Rapportdato
label-action = Tiltak
label-actions = Tiltak
label-deadline = Frist
label-responsible = Ansvar
label-status = Status
label-cost = Kostnad
label-note = Merknad
label-description = Skildring
label-comment = Kommentar
label-action-legend = ● Frist i rapportåret eller årleg tiltak. ⚠ Fristen er passert og tiltaket er korkje fullført eller avlyst. Kommentarar frå statusrapporten står i kursiv.
label-summary = Samandrag
label-focus-area = Innsatsområde
label-overdue-actions = Forfalne tiltak
label-no-overdue = Ingen tiltak er forfalne.
label-population = Folketal
label-code = Kode
label-municipality = Kommune
label-change = Endring
label-change-pct = Endring %
label-annual-pct = Årleg %
label-share = Del
label-per-km2 = Per km²
label-rank = Rang
label-source = Kjelde
label-year-by-year = Utvikling frå år til år
label-date = Dato
label-themes = Tema
label-result-goals = Resultatmål
label-measurable-see-below = (målbart: sjå under)
label-measure = Måltal
label-baseline = Utgangsverdi
label-latest = Siste verdi
label-target = Mål
label-no-actions-in-area = Handlingsprogrammet har ingen tiltak under dette innsatsområdet.
label-changes = Endringar i handlingsprogrammet
label-added = Nye tiltak
label-removed = Fjerna tiltak
label-changed = Endra tiltak
label-field = Felt
label-before = Før
label-now = No
label-formerly = før
label-budget = Budsjett
label-with-cost = Med kostnad
label-sum = Sum
label-costed-actions = Tiltak med kostnad
label-appendix-findings = Vedlegg 1: Merknader frå kontrollen
label-findings-draft = Kontrollen av plandata fann desse merknadene. Dei peikar på opne spørsmål og manglar i utkastet som bør rettast før planen vert vedteken.
label-findings-intro = Kontrollen av plandata fann desse merknadene.
label-no-findings = Kontrollen fann ingen merknader.
label-finding-type = Type
label-finding-place = Stad
label-finding-message = Melding
label-appendix-glossary = Vedlegg 2: Forkortingar
label-abbreviation = Forkorting
label-meaning = Tyding
label-appendix-sources = Vedlegg 3: Kjelder
label-sources-intro = Rapporten er laga frå desse filene. Alle tal er rekna ut på nytt frå filene kvar gong rapporten vert laga.
label-file = Fil
label-file-contents = Innhald

## Words of the reports' views
glossary-not-explained = ikkje forklart i planen
source-ssb-table = SSB-tabell { $table }
plan-draft = utkast
plan-adopted = vedteken
keyword-strategic-plan = strategisk plan
keyword-action-programme = handlingsprogram

## The sources appendix
source-one-date = 1 dato, { $date }
source-dates = { $count } datoar frå { $from } til { $to }
source-no-figures = ingen tal
source-plan = Planen: { $title }, { $version }
source-adopted-by = , vedteke av { $body }, sak { $case }, { $date }
source-programme = Handlingsprogrammet frå { $year }: { $count } tiltak{ $adopted }
source-status = Status for { $year }: { $count ->
        [one] 1 rad
       *[other] { $count } rader
    }
source-indicators = Målte verdiar for resultatmåla: { $count } verdiar
source-own-population = Folketalstabellen i planen
source-population = Folketal per kommune
source-population-file = { $what }{ $kind }: { $dates }, { $count } tal
source-code-changes = Endringar i kommunenummer (SSB, klassifikasjon 131): { $count ->
        [one] 1 endring
       *[other] { $count } endringar
    }, { $dates }
source-built-in-code-changes = Innebygd i plan-report: SSB sine endringar i kommunenummer sidan 1972 (klassifikasjon 131): { $count } endringar, { $dates }; { $used ->
        [one] 1 av dei gjeld
       *[other] { $used } av dei gjeld
    } regionen
source-case = Sak { $number } til { $body }: { $title }

## The annual revision report
status-report-title = Årsrapport { $year }
status-report-subtitle = Status og revisjon av handlingsprogrammet
keyword-annual-report = årsrapport
status-summary-intro = Denne rapporten gjer greie for status i { $plan } for { $year }: utviklinga i folketalet, resultatmåla og tiltaka i handlingsprogrammet, og kva tiltaka kostar. Handlingsprogrammet skal reviderast kvart år; rapporten er grunnlaget for den revisjonen.
status-due-in-year = Frist i { $year }
status-heading = Status for tiltaka i { $year }
status-file-none = Det finst ingen statusrapport for { $year } (status/{ $year }.csv manglar i planmappa). Alle tiltak står difor som «ikkje rapportert».
status-from = Statusen er henta frå { $file }. Eit tiltak er forfalle når fristen er passert ved rapportdatoen og tiltaket korkje er fullført eller avlyst; eit årleg tiltak er forfalle når det er rapportert som forseinka.
status-budget-summary = { $costed } av { $actions } tiltak har oppgitt kostnad, til saman { $total }. Tiltak utan kostnad er ikkje tekne med i summane.
status-budget-planned-in-year = Av dette planlagt i { $year }
status-budget-planned-note = Kolonna «Av dette planlagt i { $year }» viser kostnaden til dei årlege tiltaka og til tiltaka med frist i { $year }, til saman { $planned }. Regelen er den same som i rapporten for planperioden: kvart eingongstiltak er rekna med éin gong, i året fristen går ut, og eit årleg tiltak kvart år det er i handlingsprogrammet.
status-changes-summary = Endringane frå { $old } til { $new }: { $added } { $added ->
        [one] nytt
       *[other] nye
    } tiltak, { $removed } fjerna og { $changed } endra. Tiltak som har fått nytt nummer, er kjende att på teksten.
summary-done-value = { $done } av { $total }
summary-done-label = tiltak fullførte i { $year }
summary-done-note = { $overdue } forfalne, { $not_reported } ikkje rapporterte
status-carried-note = Sist oppdatert { $date }, med status «{ $status }».
summary-done-note-earlier = { $overdue } forfalne, { $not_reported } ikkje rapporterte; { $earlier } fullførte tidlegare år er ikkje med
summary-population-label = innbyggjarar { $date }
summary-population-note = { $change } ({ $pct }) sidan { $since }
summary-population-note-unavailable = endringa i planperioden kan ikkje reknast enno (manglar tal for { $missing })
summary-actions-label = tiltak i handlingsprogrammet
summary-actions-note = { $due } med frist i { $year }, av dei { $yearly } { $yearly ->
        [one] årleg
       *[other] årlege
    }
summary-budget-label = sett av til tiltak
summary-budget-note = { $costed } av { $actions } tiltak har oppgitt kostnad
summary-goals-label = resultatmål
summary-goals-note = { $measurable } målbare: { $statuses }
chart-status-caption = Status for tiltaka per innsatsområde i { $year }. Talet i kvar del er talet på tiltak.
chart-status-alt = Stolpediagram over status for tiltaka i { $year } per innsatsområde.
chart-cost-caption = Kostnad per innsatsområde, for tiltak med oppgitt kostnad.
chart-cost-alt = Stolpediagram over kostnad per innsatsområde.

## Fields of an action, as the changes name them
field-text = tiltak
field-deadline = frist
field-responsible = ansvar
field-cost = kostnad
field-note = merknad
field-focus-area = innsatsområde
field-theme = tema
field-other = { $name }

## Population in the reports
chart-population-caption = Folketal per kommune { $date }.
chart-population-alt = Stolpediagram over folketalet per kommune { $date }.
chart-change-caption = Endring i folketal i prosent frå { $from } til { $to }. Den stipla linja er { $region } samla.
chart-change-alt = Stolpediagram over endring i folketal i prosent frå { $from } til { $to }, med auke til høgre og nedgang til venstre.
chart-region-total = { $region } samla
population-rule = Folketalet er per 1. januar. Kommunane er følgde gjennom endringane i kommunenummer, slik at tal før og etter kommunereformene kan samanliknast. { $region } er summen av kommunane. Endring i prosent er rekna av folketalet { $from }; årleg vekst er gjennomsnittleg årleg vekst over perioden (år à 365,25 dagar). Rang 1 er størst vekst i prosent.
population-start-later = Tala byrjar seinare enn starten på planperioden ({ $wanted }), så endringa er rekna frå { $from }.
population-start-missing = Tala har ikkje tal for starten på planperioden ({ $wanted }), så endringa er rekna frå { $from }, før planperioden, og er ikkje endringa i planperioden.
population-start-no-later = Det finst enno ikkje tal for { $wanted_to }, så endringa i planperioden (frå { $wanted }) kan ikkje reknast; tabellen viser endringa frå { $from }, før planperioden, til { $to }.
population-ends-early = Tala for { $year } skulle gå til { $wanted }, men dei siste tala er frå { $to }.
chart-index-alt = Linjediagram over folketalet per kommune som indeks, { $first } = 100, fram til { $to }: { $ends }.
chart-index-axis = Indeks, { $first } = 100
chart-index-caption = Folketal per kommune over tid, som indeks ({ $first } = 100). Kvar kommune har eigen farge og eige merke.

## Result goals in the reports
goal-values-to-come = Verdiane skal kome frå indikatortabellen (indikatorar.csv), som ikkje har tal for dette målet enno.
chart-goal-measured = Målt
chart-goal-line = Mållinje
chart-goal-alt = Linjediagram over { $measure }: målt { $measured }, mållinja går frå { $baseline } ({ $baseline_date }) til { $target } ({ $target_date }). Status: { $status }.
chart-goal-caption = { $measure }: målte verdiar og den rette linja frå utgangsverdien til målet.

## The period report
period-history-renumbered = nytt nummer { $year } (før { $old })
period-history-new = ny { $year }
period-history-removed = fjerna { $year }
chart-completed-caption = Fullførte tiltak per år, fordelt på innsatsområde. Talet i kvar del er talet på tiltak.
chart-completed-alt = Stolpediagram over fullførte tiltak per år og innsatsområde.
chart-cost-per-year-caption = Planlagd kostnad per år: kvart eingongstiltak éin gong, i året den siste fristen går ut, årlege tiltak kvart år dei er med.
chart-cost-per-year-alt = Stolpediagram over planlagd kostnad per år.
period-revision-start = programmet ved planstart
period-revision-changes = { $added } { $added ->
        [one] nytt
       *[other] nye
    } tiltak, { $removed } fjerna, { $changed } endra (av dei { $renumbered } med nytt nummer)
period-decision-none = ikkje ført opp
adoption = { $body }, sak { $case }, { $date }
period-report-title = Rapport for planperioden { $years }
period-report-subtitle = Evaluering av handlingsprogrammet gjennom planperioden
keyword-evaluation = evaluering
period-summary-intro = Denne rapporten samlar oppfølginga av { $plan } for åra { $years }: kvart tiltak i kvar versjon av handlingsprogrammet med status år for år, kor mange tiltak som vart fullførte og kor mange som var forfalne, planlagd kostnad per år, dei målbare resultatmåla og folketalet over perioden, og revisjonane med vedtaka deira. Rapporten er grunnlaget for evalueringa før neste plan.
label-report-covers = Rapporten dekkjer
label-actions-year-by-year = Tiltaka år for år
label-year-by-year-intro = Kvar rad er eitt tiltak, under det nyaste nummeret det har hatt. Eit tomt felt tyder at tiltaket ikkje var med i handlingsprogrammet det året. Teikna:
label-history = Endringar
label-completed-overdue = Fullførte og forfalne tiltak
label-completed-overdue-intro = Kvar celle viser fullførte / forfalne / tiltak i handlingsprogrammet det året, per innsatsområde. Eit tiltak er forfalle når fristen er passert ved slutten av året og tiltaket korkje er fullført eller avlyst.
label-planned-cost = Planlagd kostnad per år
label-planned-cost-rule = Kvart eingongstiltak er rekna med éin gong: i året fristen går ut etter den siste versjonen av handlingsprogrammet som har tiltaket, med kostnaden i den versjonen. Flyttar ein revisjon fristen, flyttar kostnaden med, og kolonna «Flytt frå tidlegare år» viser kor mykje av kostnaden i året ein tidlegare versjon hadde planlagt i eit tidlegare år. Eit årleg tiltak er rekna med kvart år det er i handlingsprogrammet. Tiltak utan oppgitt kostnad, og tiltak som ein revisjon tok ut før året fristen går ut, er ikkje tekne med.
label-cost-moved = Flytt frå tidlegare år
period-cost-sum = Summen, { $total }, er kostnaden til { $actions ->
        [one] 1 tiltak
       *[other] { $actions } ulike tiltak
    }: { $once } eingongstiltak og { $yearly } { $yearly ->
        [one] årleg
       *[other] årlege
    } tiltak.
period-cost-outside = Planlagde kostnader på til saman { $cost } fell i { $years }, som ikkje er med i tabellen, og er ikkje med i summen.
label-year = År
label-no-measurable-goals = Planen har ingen målbare resultatmål.
label-goals-intro = Dei målbare resultatmåla ved rapportdatoen, målte mot målet.
label-revisions = Revisjonar av handlingsprogrammet
label-from-year = Frå
label-decision = Vedtak

## The case document
case-document-title = Sak { $number } – { $title }
keyword-case = sak
case-sdg = Mål { $goal }
stage-draft = Utkast
stage-adopted = Vedteken plan
case-population-municipality = Kommune
case-population-area = Areal (km²)
case-population-count = Innbyggartal – { $date }
case-population-note = Summen for { $date } er rekna ut frå kommunane. { $stage ->
        [draft] Utkastet
       *[adopted] Planen
    } oppgav { $stated } for { $label }; summen av kommunane er { $sum }.
label-case = Sak
label-case-to = Til
label-case-from = Frå
label-attachments = Vedlegg
label-attachment = Vedlegg
label-to-case = til sak
label-contents-attachments = Innhald i vedlegga
label-contents-plan = Innhald i planen
label-owner = Eigar
label-sdg-missing = Lista over berekraftsmål manglar
label-population-table-caption = Areal og innbyggartal per kommune.
label-no-actions = Ingen tiltak.
label-glossary = Forkortingar
label-municipality-number = Kommunenummer

## The municipality report
municipality-population-at = Folketal { $date }
municipality-change = Endring
municipality-annual-growth = Gjennomsnittleg årleg vekst
municipality-chart-alt = Linjediagram over folketalet i { $name } frå { $from } til { $to }: { $values }.
municipality-chart-caption = Folketalet i { $name } per 1. januar.
municipality-chart-unit = personar
municipality-title = Folketal i { $name } { $from }–{ $to }
keyword-population = folketal
municipality-rule = Folketalet er per 1. januar. Kommunen er følgd gjennom endringane i kommunenummer. Årleg vekst er gjennomsnittleg årleg vekst over perioden (år à 365,25 dagar).
municipality-title-one-date = Folketal i { $name } { $year }
municipality-share = Del av folketalet i tabellen
municipality-rank = Plass etter folketal
municipality-rank-of = { $rank } av { $count }
municipality-density = Innbyggjarar per km²
municipality-one-date-rule = Folketalet er per { $date }. Rapporten viser kommunen berre den dagen: ei endring treng tal for ein dato til. Del og plass gjeld dei { $count } kommunane i tabellen.
label-skip-link = Hopp til innhaldet
label-site-nav = Sidene i planen
label-chart-numbers = Tala i diagrammet
label-population-per-municipality = Folketal per kommune
label-and = og
label-population-year-to-year = Folketal frå år til år
label-findings-caption = Merknader frå kontrollen
label-key-figures = Nøkkeltal
label-documents = Dokumenta
label-per-municipality = Per kommune
label-plan = Plan
label-actions-by-status = Tal på tiltak etter status i
label-cost-per-area = Kostnad per innsatsområde

## The web edition's pages
site-period = Planperioden
site-case = Sak { $number }
site-plan = Planen
site-front = Framside
site-population = Folketal
site-footer-dated = laga med { $generator } frå plandata per { $date }
site-footer = laga med { $generator }
site-case-with-plan = Saka med planen
site-report-with-population = Rapporten med folketala
serve-error-title = Planen kan ikkje byggjast
serve-error-hint = Rett fila og lagre ho: sida lastar seg inn på nytt av seg sjølv.

## The command line's tables
diff-heading = Endringar i handlingsprogrammet frå { $old } til { $new }
diff-none = Ingen endringar.
diff-action-details = frist { $deadline }, ansvar { $responsible }
diff-added = Nye tiltak ({ $count }):
diff-removed = Fjerna tiltak ({ $count }):
diff-changed = Endra tiltak ({ $count }):
diff-renumbered = før { $old }, kjent att på teksten
population-table-heading = Folketal { $from } – { $to }: { $region }
population-table-series = Utvikling for { $region } frå dato til dato
population-table-goal = Resultatmål «{ $goal }»: { $status }
      Utgangsverdi { $baseline }, siste { $latest }, mål { $target }.
population-table-note = Regionen er summen av kommunane. Årleg % er gjennomsnittleg årleg vekst over perioden (år à 365,25 dagar). Rang etter endring i prosent.
plan-folder-above = brukar planmappa { $folder }
plan-folder-none = fann inga planmappe: verken { $folder } eller ei mappe over ho har plan.toml (gi PLAN_DIR, eller køyr kommandoen i ei planmappe)
population-selection = Utval
site-output-not-empty = { $path } er korkje tom eller ein nettstad frå plan-report (venta ei ny eller tom mappe)
site-output-not-a-folder = { $path } er inga mappe (venta ei ny eller tom mappe)
indicator-table-heading = { $variable } per kommune og periode
indicator-table-region = Regionen per periode
indicator-period = Periode
indicator-value = Verdi
indicator-note = Merknad
indicator-select-form = kan ikkje lese utvalet «{ $text }» (venta DIM=KODE, til dømes Kjonn=2)
