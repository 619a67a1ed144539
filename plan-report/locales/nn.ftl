# Meldingane til plan-report på nynorsk: kommandolinja og feila i rapportane.

## Feil i rapportane
pdf-failed = kan ikkje skrive PDF-en: { $detail }
templates-unreadable = { $path }: kan ikkje lese malane: { $reason }
chart-failed = kan ikkje teikne diagrammet { $name }: { $detail }
output-unwritable = { $path }: kan ikkje skrive: { $reason }
period-needs-status = rapporten for planperioden treng minst éi statusfil ({ $plan } har ingen status/ÅR.csv)
report-needs-year = statusrapporten treng eit år (venta rapportåret i innstillingane, til dømes 2021)
report-date-too-early = rapportdatoen { $date } er før rapportåret { $year } (venta ein dato i { $year } eller seinare)
report-data-unwritable = kan ikkje skrive dataa til rapporten: { $detail }
pdf-standard-unknown = ukjend PDF-standard «{ $name }» (venta a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 eller none)

## The web edition
site-page-failed = innhaldet til ei side kunne ikkje byggjast
batch-report-failed = rapporten til ein kommune kunne ikkje byggjast
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
# The placeholders as the help names them (help-placeholder-*).
remedy-add-revision = {" "}med `plan-report revise { $dir } --proposal FIL --adopted DATO --case SAK --year ÅR`
site-written = skreiv { $path } ({ $pages } { $pages ->
        [one] side
       *[other] sider
    }, { $pdfs } { $pdfs ->
        [one] PDF
       *[other] PDF-ar
    })
typst-written = skreiv typst-kjeldene til { $path }
report-written = skreiv { $path } ({ $warnings } { $warnings ->
        [one] merknad
       *[other] merknader
    } frå innlesinga og funna frå `check --year` står i rapporten)
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
batch-done = laga { $done } av { $total } { $total ->
        [one] rapport
       *[other] rapportar
    } i { $path } på { $seconds } s ({ $rate } i sekundet, { $threads } { $threads ->
        [one] tråd
       *[other] trådar
    })
batch-failed = feila: { $code } { $name }: { $error }
batch-one-date = kvar rapport viser kommunen sin berre { $date } (folketal, del, tettleik og plass): ei endring treng tal for ein dato til
batch-dates-not-in-table = tabellen har ingen tal for { $wanted }; han har { $held } (venta --from og --to blant datoane hans)
batch-date-flag = { $date } ({ $flag })
revise-dry-run = prøvekøyring: ingenting vart skrive
revise-added = la til { $programme } og { $decision }: programmet som gjeld frå { $year } ({ $count } tiltak)

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
label-by-municipality = Per kommune
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
source-indicators = Målte verdiar for resultatmåla: { $count } { $count ->
        [one] verdi
       *[other] verdiar
    }
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
source-statistics-goal = Resultatmålet «{ $goal }»: { $table }, variabel { $variable } ({ $label }), { $periods }
source-statistics-table = statistikktabell
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
period-decision-draft = planen er eit utkast, ikkje vedteken
adoption = { $body }, sak { $case }, { $date }
adoption-without-case = { $body }, { $date }
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
case-sdg-unknown = Mål { $goal }
case-sdg = Mål { $goal }: { $name }
# The UN's sustainable development goals by number, their short names as FN-sambandet, nynorsk gives them.
sdg-1 = Utrydde fattigdom
sdg-2 = Utrydde svolt
sdg-3 = God helse og livskvalitet
sdg-4 = God utdanning
sdg-5 = Likestilling mellom kjønna
sdg-6 = Reint vatn og gode sanitærforhold
sdg-7 = Rein energi til alle
sdg-8 = Anstendig arbeid og økonomisk vekst
sdg-9 = Industri, innovasjon og infrastruktur
sdg-10 = Mindre ulikskap
sdg-11 = Berekraftige byar og lokalsamfunn
sdg-12 = Ansvarleg forbruk og produksjon
sdg-13 = Stoppe klimaendringane
sdg-14 = Livet i havet
sdg-15 = Livet på land
sdg-16 = Fred, rettferd og velfungerande institusjonar
sdg-17 = Samarbeid for å nå måla
stage-draft = Utkast
stage-adopted = Vedteken plan
case-population-municipality = Kommune
case-population-area = Areal (km²)
case-population-count = Innbyggartal – { $date }
case-population-computed = Tala er rekna ut frå folketalsstatistikken planen les: folketalet { $date }, den siste 1. januar fram til datoen for saka ({ $case_date }).
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
