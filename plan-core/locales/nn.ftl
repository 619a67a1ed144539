# Meldingane til plan-core på nynorsk.

actions-count = { $count } tiltak
deadline-unreadable = kan ikkje lese fristen «{ $text }» (venta eit år, «Årleg», ei årstid og eit år som «Vår 2021», ein månad og eit år som «mai 2021», eller ein dato som 31.05.2021)

## Kvar ein merknad er: orda før meldinga.
diagnostic-sheet = ark «{ $name }»
diagnostic-column = kolonne «{ $name }»
diagnostic-field = felt «{ $name }»

## Errors
more-errors = (og { $count } feil til)
invalid-input = ugyldige inndata
io-cannot-read = { $path }: kan ikkje lese: { $reason }
io-not-found = fila eller mappa finst ikkje
io-permission-denied = manglar løyve
io-invalid-data = ikkje gyldig tekst ({ $detail })
io-other = { $detail }
money-unreadable = kan ikkje lese beløpet «{ $text }» ({ $reason })
money-negative = ein kostnad kan ikkje vere negativ
money-approximate = eit omtrentleg beløp kan ikkje summerast: skriv beløpet utan «ca.» eller «~» (og ein merknad i merknad)
money-ore = øre er ikkje tillate: kostnader er i heile kroner
money-not-an-amount = venta heile kroner, til dømes «500 000», «kr 500 000» eller «0,5 mill.»
date-unreadable = kan ikkje lese datoen «{ $text }» (venta { $expected })
date-expected-date = ein dato som 2021-05-31, 31.05.2021 eller 31. mai 2021
date-expected-year-or-date = eit år som 2020, eller ein dato som 2020-01-01 eller 1.1.2020
date-does-not-exist = «{ $text }» er ikkje ein dato som finst ({ $why })
date-no-such-month = det finst ingen månad { $month }
date-month-days = { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year } har { $days } dagar
municipality-code-invalid = «{ $text }» er ikkje eit kommunenummer (venta fire siffer, til dømes 0615 eller 3041)

## The checks of a plan
focus-area-id-missing = innsatsområdet manglar id (venta ein kort id, til dømes klima)
duplicate-focus-area-id = innsatsområde-id-en «{ $id }» er brukt før (første gong på linje { $first })
duplicate-theme-id = tema-id-en «{ $id }» er brukt før i innsatsområdet «{ $area }» (første gong på linje { $first })
duplicate-result-goal-id = resultatmål-id-en «{ $id }» er brukt før (første gong på linje { $first })
sdg-out-of-range = { $goal } er ikkje eitt av FNs berekraftsmål (venta eit tal frå 1 til 17)
duplicate-body = organet «{ $abbreviation }» står to gonger i ordlista
sdg-list-missing = lista over FNs berekraftsmål manglar
sdg-list-missing-because = lista over FNs berekraftsmål manglar: { $note }
sdg-none-listed = ingen av FNs berekraftsmål er førte opp
focus-area-without-actions = innsatsområdet «{ $id }» har ingen tiltak i handlingsprogrammet
open-question = ope spørsmål: «{ $text }»
action-without-responsible = tiltak { $id } manglar ansvarleg (venta kven som har ansvaret, til dømes RR)
placeholder-text = plasshaldartekst: «{ $text }»
abbreviation-unexplained = forkortinga «{ $abbreviation }» er ikkje forklart (venta ei oppføring under [[bodies]] i plan.toml)
municipality-name-mismatch = kommune { $code } heiter «{ $name }» i plan.toml men «{ $data_names }» i folketalsdata ({ $sources }): tala under { $code } gjeld { $data_names } (venta kommunenummeret til { $name }, eller namnet)
municipality-code-of-another = kommune { $code } er { $code_name } { $date }, ikkje { $name }: { $name } er { $others } (venta nummeret { $others } for { $name }, eller namnet { $code_name })
municipality-name-differs = kommune { $code } er { $code_name } { $date }, ikkje «{ $name }» (venta namnet { $code_name }, eller nummeret til { $name })
municipality-code-followed = { $code } er ikkje nummeret til nokon kommune { $date }: kommunen hadde { $then } ({ $then_name }) den dagen, og rapportane følgjer { $code } til { $then } (venta nummeret som gjeld når planperioden byrjar, { $then })
municipality-code-broken = { $code } { $name } er ingen kommune { $date }: { $reason } (venta eit nummer som gjeld { $date })
municipality-code-unknown = { $code } er ingen kommune { $date } (etter SSB sine kommunar og nummerendringar sidan 1972) (venta nummeret { $name } hadde { $date })
municipality-code-unknown-named = { $code } er ingen kommune { $date } (etter SSB sine kommunar og nummerendringar sidan 1972): { $name } er { $found } (venta { $found })
attachment-status-without-year = ein revisjonsrapport treng året sitt (venta year = 2022 ved sida av report = "status")
attachment-year-outside-period = revisjonsrapporten for { $year } ligg utanfor planperioden { $first }–{ $last }
decision-without-points = vedtaket har ingen punkt
still-to-fill-in = manglar framleis (venta { $expected })
expected-case-number = saksnummeret, til dømes 9/20
expected-case-assembly = organet saka går til
expected-case-place = staden saka er underskriven
expected-signer-name = kven som skriv under
expected-signer-role = rolla til den som skriv under
expected-plan-owner = kven som eig planen, til dømes regionrådet
expected-adopting-body = organet som vedtek planen
plan-without-focus-areas = planen har ingen innsatsområde (venta [[focus_areas]] med id, namn, tema og resultatmål)
plan-without-population = ingen folketalsdata (venta nedlastingar frå SSB namngjevne i [statistics] population, eller befolkning.csv)
empty-section = tom bolk (venta tekst)
text-unfinished = teksten ser uferdig ut: han sluttar «…{ $tail }» utan punktum

## Reading tables and workbooks
cannot-read = kan ikkje lese: { $reason }
csv-unclosed-quote = feil i CSV: eit felt i hermeteikn byrjar her og vert aldri lukka (venta eit avsluttande ")
table-empty = fila er tom (venta ei overskriftsrad og datarader)
csv-too-many-fields = feil i CSV: { $used } felt der overskrifta har { $header } (står det ein «{ $separator }» i ein tekst utan hermeteikn?)
workbook-unreadable = kan ikkje lese arbeidsboka ({ $detail }); venta ei Excel-fil (.xlsx)
workbook-without-sheets = arbeidsboka har ingen ark
sheet-unreadable = kan ikkje lese arket «{ $sheet }» ({ $detail })
sheet-empty = arket «{ $sheet }» er tomt (venta ei overskriftsrad og datarader)
column-missing = manglar ei påkravd kolonne (overskrifta har: { $header })

## The programme's history and the status files
file-not-named-by-year = ikkje lesen: ei fil her skal heite etter året (til dømes { $folder }/2022.{ $extension })
decision-without-programme = eit vedtak for { $year } utan programmet sitt (venta { $folder }/{ $year }.csv eller .xlsx ved sida av)
programme-two-files = to programversjonar for { $year } (venta éin av { $year }.csv og { $year }.xlsx)
revision-outside-period = ein revisjon som gjeld frå { $year }, ligg utanfor planperioden { $first }–{ $last } (venta eit år i perioden)
programme-two-versions = to programversjonar for { $year }: { $base } gjeld frå det første året i planperioden (venta ein revisjon frå { $next } eller seinare)
revision-without-actions = revisjonen som gjeld frå { $year }, har ingen tiltak (venta heile programmet, ikkje berre endringane)
revision-without-decision = vedtaket om revisjonen som gjeld frå { $year }, er ikkje ført opp (venta { $folder }/{ $year }.toml med adopted, case og body)
revision-adopted-before-earlier = revisjonen som gjeld frå { $year }, vart vedteken { $adopted }, før revisjonen som gjeld frå { $earlier_year } ({ $earlier })
revision-adopted-after-year = revisjonen som gjeld frå { $year }, vart vedteken { $adopted }, etter året han tok til å gjelde
status-two-files = ei fil til med status for { $year } (venta éi av .csv og .xlsx)
status-outside-period = ei statusfil for { $year }, utanfor planperioden { $first }–{ $last } (venta eit år i perioden)
status-without-programme = ei statusfil for { $year }, men ingen versjon av handlingsprogrammet gjeld i { $year } (venta { $programme }, eller { $folder }/{ $year }.csv eller ein tidlegare revisjon)
status-not-checked = handlingsprogrammet har feil, så statusfilene vart ikkje sjekka mot det
status-unknown-action = ukjent tiltak «{ $id }» (venta ein id frå programmet som gjeld i { $year }, { $file }, til dømes { $example })
status-action-removed = tiltak «{ $id }» vart teke ut av handlingsprogrammet ved revisjonen som gjeld frå { $revision } ({ $file }), så det har ingen status i { $year } (fjern rada)
status-action-renumbered = tiltak «{ $id }» fekk nytt nummer, { $new }, ved revisjonen som gjeld frå { $revision } ({ $file }) (venta { $new } i status for { $year })
status-actions-not-in-programme = { $count ->
        [one] 1 rad nemner eit tiltak
       *[other] { $count } rader nemner tiltak
    } som ikkje er i { $file } ({ $ids }); radene er tekne vare på. Om { $file } er bytt ut med ein seinare revisjon, set programmet for { $year } tilbake som { $file } og legg til revisjonen som ein eigen versjon
money-too-large = beløpet er for stort

## Dates in running text
date-long = { $day }. { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }

## Status of an action
status-not-started = ikkje starta
status-in-progress = i gang
status-done = fullført
status-delayed = forseinka
status-cancelled = avlyst
status-not-reported = ikkje rapportert

## Status files and the year's follow-up
status-action-id-missing = manglar tiltaks-id (venta id-en til eit tiltak i programmet)
status-action-twice = tiltaket «{ $id }» er rapportert to gonger (første gong på linje { $first })
status-word-unknown = ukjend status «{ $text }» (venta eitt av: { $words })
status-word-near = ukjend status «{ $text }»: meinte du «{ $word }»? (venta eitt av: { $words })
progress-unreadable = kan ikkje lese framdrifta «{ $text }» (venta ein prosent frå 0 til 100)
progress-impossible = framdrifta { $text } er umogleg (venta ein prosent frå 0 til 100)
status-file-missing = inga statusfil for { $year } (venta status/{ $year }.csv eller .xlsx)
population-no-span = folketalsdata har ikkje to datoar fram til 1. januar { $next } (venta tal frå 1. januar { $first } til 1. januar { $next }), så rapporten for { $year } har ingen folketal
population-span-short = folketalsdata har ikkje tal for { $missing }, som rapporten for { $year } samanliknar: han brukar { $from } til { $to }
population-span-short-two = folketalsdata har ikkje tal for { $missing } og { $also }, som rapporten for { $year } samanliknar: han brukar { $from } til { $to }
action-overdue = tiltak { $id } er forfalle: frist { $deadline }, status { $status } per { $at }
action-due = tiltak { $id } har frist i { $year } ({ $deadline }), status { $status }
action-without-status = tiltak { $id } har ingen status for { $year } (venta ei rad: ikkje rapportert)
status-rows-not-updated = { $count ->
        [one] ei rad vart sist oppdatert
       *[other] { $count } rader vart sist oppdaterte
    } før { $year } og tel som ikkje rapportert i { $year }: { $ids } (fyll inn status og dato for { $year })
status-template-unwritable = kan ikkje skrive statusmalen: { $detail }

## Reading the plan folder
table-csv-and-xlsx = både { $stem }.csv og { $stem }.xlsx ligg i mappa (venta éi av dei)
file-two-names = { $first } og { $second } er to namn på same fil (venta éi av dei)
folder-two-names = { $first }/ og { $second }/ er to namn på same mappe (venta éi av dei)
file-not-read = ingen regel les denne fila, og plan.toml nemner henne ikkje (meinte du { $nearest }?)
case-file-name = sak { $number } ligg i ei fil som heiter { $stem }.toml (venta { $folder }/{ $expected }.toml: nummeret med / skrive som -)
case-twice = sak { $number } ligg òg i { $other } (venta éi fil per sak)
toml-malformed-at = feil i TOML i kolonne { $column }: «{ $detail }»
toml-malformed = feil i TOML: «{ $detail }»

## The action programme
action-id-missing = manglar tiltaks-id (venta ein kort, eintydig id, til dømes KLIMA-01)
action-id-duplicate = tiltaks-id-en «{ $id }» er brukt før (første gong på linje { $first })
did-you-mean = ; meinte du { $id }?
focus-area-unknown = ukjent innsatsområde «{ $text }» (venta ein id eller eit namn: { $known }{ $nearest })
focus-area-missing = tiltaket nemner ikkje noko innsatsområde (venta ein id eller eit namn: { $known })
focus-area-none-in-plan = planen har enno ikkje noko innsatsområde å setje tiltaket i (venta [[focus_areas]] i plan.toml)
focus-area-without-themes = dette innsatsområdet har ingen tema
expected-id-or-name = venta ein id eller eit namn: { $known }{ $nearest }
theme-unknown = ukjent tema «{ $text }» i innsatsområdet «{ $area }» ({ $expected })
action-text-missing = manglar tiltakstekst (venta kva som skal gjerast)
case-unknown-none = ingen sak { $number } i planmappa (ho har inga sak: venta sak.toml eller saker/NUMMER.toml)
case-unknown = ingen sak { $number } i planmappa (ho har { $numbers })
case-none = planmappa har inga sak (venta sak.toml eller saker/NUMMER.toml)
year-outside-period = året { $year } ligg utanfor planperioden { $first }–{ $last }
programme-not-in-force = ingen versjon av handlingsprogrammet gjeld i { $year }

## Indicators
indicator-goal-unknown = «{ $goal }» er ikkje eit målbart resultatmål (venta eitt av: { $known })
indicator-value-unreadable = kan ikkje lese verdien «{ $text }» (venta eit tal som 1234 eller 12,5)

## Population figures
population-cell-unreadable = kan ikkje lese folketalet «{ $text }» ({ $reason })
population-negative = eit folketal kan ikkje vere negativt
population-fraction = venta eit heilt tal på personar
population-not-a-number = venta eit heilt tal på personar, eller eit teikn for manglande verdi (. .. : -)
population-partly-missing = { $code } { $name } for { $date }: nokre rader har tal og nokre manglar; summen er utelaten
population-first-given = {" "}(først oppgitt i { $file } linje { $line })
population-given-twice = { $code } { $name } for { $date } er oppgitt to gonger{ $first }
population-given-twice-differently = { $code } { $name } for { $date } er oppgitt to gonger med ulike tal, { $count } og { $other }{ $first }
population-stated-total-differs = oppgitt sum «{ $label }» for { $date } er { $stated }, men kommunane summerer seg til { $computed } (skilnad { $difference }); tala nyttar den utrekna summen
period-reversed = perioden { $from } til { $to } er snudd eller tom (venta ein start før slutten)
population-series-breaks = { $code } { $name }: serien vert broten: { $reason }; ingen tal for kommunen mellom { $from } og { $to }
population-missing-at = { $municipality } har inkje folketal for { $date } i dataa (venta eit tal for kvar kommune i regionen på begge datoane)
population-tables-empty = folketalstabellen har ingen tal
population-history-cut-break = Serien byrjar { $start }: { $reason }, så tala før kan ikkje følgjast.
population-history-cut-missing = Serien byrjar { $start }: dataa har ikkje folketal for { $code } { $name } { $date }.

## Municipal reforms
code-merged = { $from } vart slått saman til { $into } { $date }
code-split = { $from } vart delt i { $into } { $date }
code-change-date-unreadable = kan ikkje lese datoen «{ $text }» (venta ein dato som 2020-01-01)
code-changes-unreadable = kan ikkje lese endringslista: { $detail } (venta JSON frå SSB, {"{"}"codeChanges": [{"{"}"oldCode", "newCode", "changeOccurred", …{"}"}]{"}"}, eller CSV-utgåva)

## JSON-stat downloads from SSB
jsonstat-missing-dataset = manglar (venta eit JSON-stat-datasett)
jsonstat-missing-ids = manglar (venta lista over dimensjons-id-ar)
jsonstat-missing-sizes = manglar (venta lista over dimensjonsstorleikar)
jsonstat-sizes-count = { $sizes } storleikar for { $ids } dimensjonar
jsonstat-too-many-dimensions = { $count } dimensjonar (venta høgst { $max }: region, tid og det som vert summert)
jsonstat-sizes-mismatch = dimensjonsstorleikane { $sizes } stemmer ikkje med kategoriane: { $id } har { $given }
jsonstat-too-many-cells = dimensjonsstorleikane { $sizes } gjev for mange celler
jsonstat-no-region = ingen regionsdimensjon (dimensjonane er: { $ids })
jsonstat-no-time = ingen tidsdimensjon (dimensjonane er: { $ids })
jsonstat-missing = manglar
jsonstat-categories = venta { $count } kategoriar
time-label-unreadable = kan ikkje lese tida «{ $text }» (venta eit år som 2020 eller eit kvartal som 2020K1)
jsonstat-several-variables = meir enn éin folketalsvariabel ({ $variables }); last ned éin av dei
jsonstat-cell-unreadable = kan ikkje lese folketalet { $shown } (venta eit heilt tal på personar eller null)
json-malformed-at = feil i JSON i kolonne { $column }: «{ $detail }»
jsonstat-value-count = { $count } verdiar der dimensjonsstorleikane gjev { $total }
jsonstat-sparse-too-large = dimensjonsstorleikane gjev { $total } celler, for mange for dei { $given } verdiane som er oppgjevne
jsonstat-missing-values = manglar (venta verdiane)
jsonstat-given-twice = oppgjeve to gonger
jsonstat-not-an-index = «{ $key }» er ikkje ein celleindeks (venta eit heilt tal)
jsonstat-values-shape = venta ein tabell eller eit objekt med verdiar

## Population tables
population-no-dates = ingen datokolonnar og inga «dato»-kolonne (venta ein lang tabell med kommunenummer, kommune, dato, folketal, eller ein brei med ei kolonne per dato, til dømes «folketal 1.1.2020»; overskrifta har: { $header })
population-date-unreadable = kan ikkje lese datoen «{ $text }» (venta eit år som 2020, eller ein dato som 2020-01-01, 1.1.2020 eller 1. okt 2020)
area-unreadable = kan ikkje lese arealet «{ $text }» (venta kvadratkilometer, til dømes 705 eller 704,87)
ssb-no-header = fann inga overskriftsrad (venta ei overskrift som "region";"kjønn";"alder";"statistikkvariabel";"år";…)
ssb-no-region = inga regionskolonne (venta ei kolonne som heiter «region»; overskrifta har: { $header })
ssb-no-time = inga tid i overskrifta (venta ei kolonne «år»/«year»/«kvartal», eller kolonnar som «Personer 2020»; overskrifta har: { $header })
ssb-too-many-dimensions = for mange dimensjonskolonnar å summere ({ $count }; høgst { $max })
ssb-several-variables = tabellen har meir enn éin folketalsvariabel ({ $variables }); last ned éin av dei

## Adding a revision
revise-outside-period = ein revisjon som gjeld frå { $year }, ligg utanfor planperioden { $first }–{ $last }
revise-not-after-latest = ein revisjon som gjeld frå { $year }, må kome etter den siste versjonen, som gjeld frå { $latest }
revise-no-actions = framlegget har ingen tiltak: vedteke ville det fjerne alle dei { $removed } tiltaka i programmet (venta heile det reviderte programmet)
revise-exists = { $file } finst alt (ein revisjon vert berre lagd til; sjå README om å angre eit vedtak)
revise-year-exists = programmet som gjeld frå { $year } finst alt: { $files } (ein revisjon blir berre lagd til; sjå README om å angre eit vedtak)
revise-adopted-late = vedtaket er datert { $date }, etter 1. januar { $year } då revisjonen skal gjelde frå (venta eit vedtak før året det gjeld)

## A new plan folder
scaffold-period-reversed = perioden { $first }–{ $last } er snudd (venta det første året før det siste, til dømes 2024-2027)
scaffold-no-municipality = ein region treng minst éin kommune (venta eitt eller fleire kommunenummer)
scaffold-bad-year = { $year } er ikkje eit år ein plan kan starte
scaffold-unknown-code = { $code } er ikkje nummeret til ein norsk kommune (1972–2024)
scaffold-code-not-followed = { $code } kan ikkje følgjast til 1. januar { $year }: { $reason }

## Deadlines in running text
deadline-yearly = årleg
deadline-year = { $year }
deadline-season = { $season ->
        [spring] våren
        [summer] sommaren
        [autumn] hausten
       *[winter] vinteren
    } { $year }
deadline-month = { $month ->
        [1] januar
        [2] februar
        [3] mars
        [4] april
        [5] mai
        [6] juni
        [7] juli
        [8] august
        [9] september
        [10] oktober
        [11] november
       *[12] desember
    } { $year }

## Result goals
goal-reached = nådd
goal-on-track = i rute
goal-behind = bak skjema
goal-no-data = manglar data
goal-target-value = målverdien
goal-target-relative = utgangsverdien endra med { $sign ->
        [minus] −
       *[plus] +
    }{ $pct } %
goal-rule = Utgangsverdien er verdien { $baseline }. Målet er { $target } innan { $by }. Målet er nådd når siste verdi er { $better ->
        [higher] minst
       *[lower] høgst
    } målet. Elles er det i rute når siste verdi er { $better ->
        [higher] minst
       *[lower] høgst
    } der den rette linja frå utgangsverdien til målet står på same dato, og bak skjema når verdien er { $better ->
        [higher] lågare
       *[lower] høgare
    }. Utan utgangsverdi eller seinare verdi manglar det data.
input-unnamed = opplasta fil
# The severity of a finding, before its message (`FILE:LINE: feil: …`).
severity-error = feil
severity-warning = åtvaring
severity-note = merknad
population-spreadsheet = fila er ei { $format }-arbeidsbok, ikkje ein tabell folketalslesaren les (venta ei CSV-fil — ei nedlasting frå SSB eller planen sin eigen tabell — eller JSON-stat: lagre arket som CSV)

statistics-no-region = ingen regionsdimensjon (venta ei kolonne eller ein dimensjon som heiter «region» eller «kommune», eller med rolla geo; tabellen har: { $dimensions })
statistics-no-time = ingen tidsdimensjon (venta ei kolonne eller ein dimensjon som heiter «år», «kvartal», «måned» eller «tid», eller med rolla time, eller kolonnar som «Nettoinnflytting 2020K1»; tabellen har: { $dimensions })
statistics-period-unreadable = kan ikkje lese tidsperioden «{ $text }» (venta eit år som 2023, eit kvartal som 2023K1, ein månad som 2023M01 eller ein dato som 2023-01-31)
statistics-value-unreadable = kan ikkje lese verdien «{ $text }» (venta eit tal, eitt av SSB sine symbol «.», «..», «...» eller «:» for ein verdi som manglar, eller «-» for null)
statistics-duplicate-cell = cella { $cell } står to gonger (første gong på linje { $first })
statistics-missing-symbols = { $count ->
        [one] éi celle har eit SSB-symbol for ein verdi som manglar («{ $symbol }», her): verdien manglar, han er aldri null
       *[other] { $count } celler har SSB sine symbol for ein verdi som manglar (den første, «{ $symbol }», her): dei manglar, dei er aldri null
    }
statistics-empty = tabellen har ingen verdiar (venta ei overskrift og rader med verdiar)
statistics-jsonstat-no-dataset = ikkje noko JSON-stat-datasett (venta «id», «size», «dimension» og «value», eller SSB sin {"{"}"dataset": …{"}"}-innpakning)
statistics-jsonstat-size = «{ $dimension }» har { $count } verdiar der storleiken seier { $expected }
statistics-variable-unknown = ingen variabel «{ $wanted }» i denne tabellen (nærast: { $nearest }; venta koden eller namnet på ein av dei { $count } variablane)
statistics-dimension-unknown = ingen dimensjon «{ $wanted }» i denne tabellen (nærast: { $nearest }; dimensjonane utanom region og tid: { $dimensions })
statistics-select-unknown = ingen verdi «{ $wanted }» i dimensjonen «{ $dimension }» (nærast: { $nearest }; venta koden eller namnet på ein av dei { $count } verdiane)
statistics-dimension-open = dimensjonen «{ $dimension }» har { $count } verdiar ({ $values }): vel ein med --select { $code }=KODE eller summer dei med --sum { $code }
statistics-region-unknown = ingen kommune { $code } i tabellen, under denne koden eller ein tidlegare (nærast: { $nearest })
statistics-note-missing = manglar for { $municipalities }
statistics-note-no-weight = vekta manglar for { $municipalities }
statistics-note-not-count = ikkje summert: eininga «{ $unit }» er ikkje eit tal på noko; gje --weight med ein teljevariabel i tabellen for å vege verdiane til kommunane
statistics-note-unknown-count = ikkje summert: tabellen seier ikkje om «{ $variable }» er eit tal på noko; gje --count om han er det, eller --weight med ein teljevariabel
statistics-code-break = { $code } har ingen verdi fram til { $date } og kan ikkje følgjast lenger bakover: { $reason }
goal-statistics-missing = målet «{ $goal }» har source = "statistics", men ingen [indicator.statistics]-tabell (venta «file», «variable» og, for kvartal eller månader, per = "year" og «combine»)
goal-statistics-not-bound = målet «{ $goal }» har ein [indicator.statistics]-tabell, men ei anna kjelde (venta source = "statistics")
goal-statistics-no-file = statistikkfila { $file } finst ikkje (venta ei fil relativt til planmappa)
goal-statistics-invalid = { $file }: { $problem }
goal-statistics-no-combine = målet «{ $goal }» vert følgt per år, men { $file } har kvartal eller månader: sei korleis dei vert eit år med combine = "sum" (ein straum som flytting), "last" (ei behaldning ved slutten av perioden) eller "first" (ei behaldning ved starten)
goal-statistics-dimension-open = dimensjonen «{ $dimension }» har { $count } verdiar ({ $values }): vel ein med select = {"{"} { $code } = "KODE" {"}"} eller summer dei med sum = ["{ $code }"]
goal-statistics-baseline = utgangsdatoen { $date } er ikkje i noko år i { $file } (åra: { $years })
