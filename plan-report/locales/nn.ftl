# Meldingane til plan-report på nynorsk: kommandolinja og feila i rapportane.

## Feil i rapportane
pdf-failed = kan ikkje skrive PDF-en: { $detail }
templates-unreadable = { $path }: kan ikkje lese malane: { $reason }
chart-failed = kan ikkje teikne diagrammet { $name }: { $detail }
output-unwritable = { $path }: kan ikkje skrive: { $reason }
attachment-data-unreadable = kan ikkje lese dataa til vedlegget: { $detail }
period-needs-status = rapporten for planperioden treng minst éi statusfil ({ $folder } har ingen)
period-date-too-early = rapportdatoen { $date } er før det siste året med statusfil ({ $year })
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
finding-warning = Merknad
finding-note = Til orientering
finding-at-line = { $file }, linje { $line }

## Population on the command line
population-tables-empty = folketalstabellen har ingen tal
population-one-date = ei endring treng tal for to datoar, og tabellen har berre { $date } (venta ein tabell med fleire datoar, eller --input med ein annan)
population-from-after-to = { $from } er ikkje før { $to } (venta --from tidlegare enn --to)
period-unreadable = kan ikkje lese perioden «{ $text }» (venta to år, til dømes 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: ukjent språk (venta nn, nb eller en)
remedy-status-template = ; `{ $command }` skriv ei du kan fylle ut
remedy-add-revision = {" "}med `{ $command }`
site-written = skreiv { $path } ({ $pages } sider, { $pdfs } PDF-ar)
typst-written = skreiv typst-kjeldene til { $path }
report-written = skreiv { $path } ({ $warnings } merknader frå kontrollen står i rapporten)
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
new-written = skreiv { $path } for { $name } ({ $count } kommunar, { $first }–{ $last }); `{ $command }` viser kva som står att å fylle ut
status-template-written = skreiv { $path } ({ $count } tiltak å fylle ut)
batch-done = laga { $done } av { $total } rapportar i { $path } på { $seconds } s ({ $rate } i sekundet, { $threads } trådar)
batch-failed = feila: { $code } { $name }: { $error }
revise-dry-run = prøvekøyring: ingenting vart skrive
revise-added = la til { $programme } og { $decision }: programmet som gjeld frå { $year } ({ $count } tiltak)

## Hjelpetekstane på kommandolinja
help-about = Rapportar for regionale strategiske planar: sjekk ei planmappe, følg planen opp år for år, og lag rapportane som PDF og som nettstad.
help-arg-lang = Språket i meldingar og rapportar: nn (nynorsk), nb (bokmål) eller en (engelsk). Elles følgjer meldingane PLAN_REPORT_LANG eller språket til systemet, og rapportane språket til planen
help-arg-plan_dir = Planmappa
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
help-revise = Ta eit vedteke handlingsprogram inn i historia til planen som versjonen som gjeld frå eit år
help-revise-proposal = Framlegget til program (.csv eller .xlsx), heile programmet slik det vart vedteke
help-revise-adopted = Datoen for vedtaket: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-revise-case = Saksnummeret til vedtaket, til dømes 45/21
help-revise-year = Det første året revisjonen gjeld (etter den siste versjonen)
help-revise-body = Organet som vedtok det (elles: organet som vedtek planen)
help-revise-dry_run = Skriv ut endringane og skriv ingenting til fil
help-show = Skriv ut planen slik han er lesen
help-schema = Skriv ut JSON-skjemaet for det `show`, `population` eller `diff` skriv ut som JSON, eller for plan.toml
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
help-population = Endring i folketalet per kommune og for regionen mellom to datoar
help-population-inputs = Ein folketalstabell (CSV- eller JSON-stat-nedlasting frå SSB, eller prosjektets eigen CSV); gjenta for å slå saman fleire. Byter ut tabellen til planen
help-population-region = Kommunenummera i regionen, skilde med komma (elles: kommunane i planen)
help-population-changes = Ei liste over endringar i kommunenummer i tillegg til planen sine (formatet til SSB-klassifikasjon 131); kan gjentakast
