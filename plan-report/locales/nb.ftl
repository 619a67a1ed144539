# Meldingene til plan-report på bokmål: kommandolinjen og feilene i rapportene.

## Feil i rapportene
pdf-failed = kan ikke skrive PDF-en: { $detail }
templates-unreadable = { $path }: kan ikke lese malene: { $reason }
chart-failed = kan ikke tegne diagrammet { $name }: { $detail }
output-unwritable = { $path }: kan ikke skrive: { $reason }
attachment-data-unreadable = kan ikke lese dataene til vedlegget: { $detail }
period-needs-status = rapporten for planperioden trenger minst én statusfil ({ $folder } har ingen)
period-date-too-early = rapportdatoen { $date } er før det siste året med statusfil ({ $year })
report-needs-year = statusrapporten trenger et år (ventet rapportåret i innstillingene, for eksempel 2021)
report-date-too-early = rapportdatoen { $date } er før rapportåret { $year } (ventet en dato i { $year } eller senere)
report-data-unreadable = kan ikke lese dataene til rapporten: { $detail }
report-data-unwritable = kan ikke skrive dataene til rapporten: { $detail }
pdf-standard-unknown = ukjent PDF-standard «{ $name }» (ventet a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 eller none)

## The web edition
site-page-failed = innholdet til en side kunne ikke bygges
site-file-outside = { $path }: en fil i nettstedet må ligge inne i nettstedet
serve-cannot-watch = kan ikke følge med på planmappen: { $detail }
serve-cannot-watch-path = { $path }: kan ikke følge med på endringer: { $detail }
serve-cannot-catch-ctrl-c = kan ikke fange Ctrl-C: { $detail }
serve-port-in-use = kan ikke tjene på { $address }: port { $port } er i bruk av et annet program; velg en annen med --port, eller --port 0 for en ledig
serve-cannot-listen = kan ikke tjene på { $address }: { $detail }

## The command line
diff-needs-new = diff trenger NY, eller --from-year og --to-year
workbook-unwritable = kan ikke skrive arbeidsboken: { $detail }

## Findings in the reports' appendix
finding-error = Feil
finding-warning = Merknad
finding-note = Til orientering
finding-at-line = { $file }, linje { $line }

## Population on the command line
population-tables-empty = befolkningstabellen har ingen tall
population-one-date = en endring trenger tall for to datoer, og tabellen har bare { $date } (ventet en tabell med flere datoer, eller --input med en annen)
population-from-after-to = { $from } er ikke før { $to } (ventet --from tidligere enn --to)
period-unreadable = kan ikke lese perioden «{ $text }» (ventet to år, for eksempel 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: ukjent språk (ventet nn, nb eller en)
remedy-status-template = ; `{ $command }` skriver en du kan fylle ut
remedy-add-revision = {" "}med `{ $command }`
site-written = skrev { $path } ({ $pages } sider, { $pdfs } PDF-er)
typst-written = skrev typst-kildene til { $path }
report-written = skrev { $path } ({ $warnings } merknader fra kontrollen står i rapporten)
serve-serving = viser { $folder } på { $url } (Ctrl-C stopper)
serve-stopped = stoppet
serve-built = { $changed ->
        [none] bygd
       *[other] { $changed } er endret; bygd
    } på { $ms } ms
serve-broken = { $changed ->
        [none] nettstedet
       *[other] { $changed } er endret; nettstedet
    } kan ikke bygges; siden viser hvorfor til filen er rettet
new-written = skrev { $path } for { $name } ({ $count } kommuner, { $first }–{ $last }); `{ $command }` viser hva som gjenstår å fylle ut
status-template-written = skrev { $path } ({ $count } tiltak å fylle ut)
batch-done = laget { $done } av { $total } rapporter i { $path } på { $seconds } s ({ $rate } i sekundet, { $threads } tråder)
batch-failed = feilet: { $code } { $name }: { $error }
revise-dry-run = prøvekjøring: ingenting ble skrevet
revise-added = la til { $programme } og { $decision }: programmet som gjelder fra { $year } ({ $count } tiltak)

## Hjelpetekstene på kommandolinjen
help-about = Rapporter for regionale strategiske planer: sjekk en planmappe, følg planen opp år for år, og lag rapportene som PDF og som nettsted.
help-arg-lang = Språket i meldinger og rapporter: nn (nynorsk), nb (bokmål) eller en (engelsk). Ellers følger meldingene PLAN_REPORT_LANG eller språket til systemet, og rapportene språket til planen
help-arg-plan_dir = Planmappen
help-arg-output = PDF-filen som skal skrives (byttes bare ut når hele rapporten er laget)
help-arg-date = Datoen til rapporten: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (ellers: fra dataene)
help-arg-templates = En mappe med maler som bytter ut de innebygde, fil for fil
help-arg-pdf_standard = PDF-standarder, skilt med komma: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … eller none
help-arg-emit_typst = Skriv også typst-kildene, dataene, diagrammene og skrifttypene til denne mappen
help-arg-format = Utdataformat
help-arg-from = Den tidligste datoen: ÅÅÅÅ, ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (ellers: den første datoen i dataene)
help-arg-to = Den seneste datoen (ellers: den siste datoen i dataene)
help-check = Sjekk en planmappe og list opp hver feil og merknad som `FIL:LINJE: ALVOR: MELDING`
help-check-year = List også opp tiltakene med frist dette året og dem som er forfalt ved utgangen av det
help-status-template = Skriv statusfilen som skal fylles ut for et år: hvert tiltak, med fjorårets verdier ført videre
help-status-template-year = Rapportåret
help-status-template-output = Hvor filen skal skrives (ellers: `PLANMAPPE/status/ÅR.csv`; `-` for standard ut)
help-status-template-force = Bytt ut en statusfil som finnes
help-status-template-format = csv: UTF-8 med BOM og `;`, slik norsk Excel åpner den; xlsx: en Excel-arbeidsbok
help-diff = Sammenlign to versjoner av handlingsprogrammet: to planmapper eller tiltaksfiler, eller én planmappe og to år
help-diff-old = Den gamle versjonen (en planmappe eller en tiltaksfil), eller planmappen med --from-year og --to-year
help-diff-new = Den nye versjonen
help-diff-from_year = Året der programmet er den gamle versjonen (med én planmappe)
help-diff-to_year = Året der programmet er den nye versjonen (med én planmappe)
help-new = Skriv en ny planmappe som skal fylles ut: plan.toml med alle delene, overskriften til handlingsprogrammet og et saksutkast
help-new-plan_dir = Mappen som skal lages (kan ikke finnes fra før, eller må være tom)
help-new-region = Kommunene i regionen: kommunenumre fra hvilken som helst tid, skilt med komma
help-new-name = Navnet på regionen
help-new-period = Planperioden, for eksempel 2024-2027
help-revise = Ta et vedtatt handlingsprogram inn i historien til planen som versjonen som gjelder fra et år
help-revise-proposal = Forslaget til program (.csv eller .xlsx), hele programmet slik det ble vedtatt
help-revise-adopted = Datoen for vedtaket: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-revise-case = Saksnummeret til vedtaket, for eksempel 45/21
help-revise-year = Det første året revisjonen gjelder (etter den siste versjonen)
help-revise-body = Organet som vedtok det (ellers: organet som vedtar planen)
help-revise-dry_run = Skriv ut endringene og skriv ingenting til fil
help-show = Skriv ut planen slik den er lest
help-schema = Skriv ut JSON-skjemaet for det `show`, `population` eller `diff` skriver ut som JSON, eller for plan.toml
help-schema-of = Hvilke utdata
help-status = Lag årsrapporten for revisjonen av handlingsprogrammet som PDF
help-status-year = Rapportåret
help-status-previous = Fjorårets planmappe (eller tiltaksfil): endringene fra den til programmet som gjelder i året (i stedet for den neste revisjonen i historien)
help-status-revised = Et forslag til revisjon som ikke er vedtatt (planmappe eller tiltaksfil): endringene fra programmet som gjelder i året til det (i stedet for den neste revisjonen i historien)
help-period = Lag rapporten for planperioden som PDF: hele perioden samlet, til evalueringen før neste plan
help-site = Lag nettstedet til planen: hver rapport som en universelt utformet nettside ved siden av PDF-en
help-site-output = Mappen til nettstedet: ny, tom, eller et tidligere nettsted fra plan-report (byttes ut helt)
help-site-no_pdf = Lag bare sidene, uten PDF-ene
help-site-templates = En mappe med maler (.html, .css, .typ) som bytter ut de innebygde, fil for fil
help-serve = Forhåndsvis nettstedet mens du skriver: viser det på 127.0.0.1, bygger det på nytt ved hver lagret endring og laster den åpne siden på nytt
help-serve-port = Porten på 127.0.0.1; 0 velger en ledig (adressen skrives ut)
help-serve-templates = En mappe med maler (.html, .css, .typ) som bytter ut de innebygde, fil for fil; følges også med på
help-serve-pdf = Lag PDF-en til hver side også (hver ombygging tar da omtrent ett sekund lenger)
help-case = Lag et saksfremlegg med vedleggene (planen, en årsrapport, rapporten for planperioden) som én PDF
help-case-case = Saksnummeret, for eksempel 9/20 (ellers: den eneste saken, eller den siste etter dato)
help-batch = Lag én befolkningsrapport per kommune i en nasjonal tabell, parallelt
help-batch-inputs = Befolkningstabeller (CSV- eller JSON-stat-nedlastinger fra SSB, eller prosjektets egen CSV); gjenta for å slå sammen. Ellers med --plan: statistikkfilene til planen
help-batch-region = Bare disse kommunene (kommunenumre skilt med komma; fulgt gjennom nummerendringene)
help-batch-plan = Bare kommunene i denne planmappen, med nummerendringene dens (og statistikkfilene uten --input)
help-batch-out_dir = Mappen rapportene skal skrives til (lages om den mangler)
help-batch-changes = Lister over endringer i kommunenumre (formatet til SSB-klassifikasjon 131); kan gjentas
help-batch-jobs = Antall tråder (ellers: antall kjerner)
help-population = Endring i befolkningen per kommune og for regionen mellom to datoer
help-population-inputs = En befolkningstabell (CSV- eller JSON-stat-nedlasting fra SSB, eller prosjektets egen CSV); gjenta for å slå sammen flere. Bytter ut tabellen til planen
help-population-region = Kommunenumrene i regionen, skilt med komma (ellers: kommunene i planen)
help-population-changes = En liste over endringer i kommunenumre i tillegg til planens (formatet til SSB-klassifikasjon 131); kan gjentas
