# Meldingene til plan-core på bokmål.

actions-count = { $count } tiltak
deadline-unreadable = kan ikke lese fristen «{ $text }» (ventet et år, «Årlig», en årstid og et år som «Vår 2021», en måned og et år som «mai 2021», eller en dato som 31.05.2021)

## Hvor en merknad er: ordene før meldingen.
diagnostic-sheet = ark «{ $name }»
diagnostic-column = kolonne «{ $name }»
diagnostic-field = felt «{ $name }»

## Errors
more-errors = (og { $count } feil til)
invalid-input = ugyldige inndata
io-cannot-read = { $path }: kan ikke lese: { $reason }
io-not-found = filen eller mappen finnes ikke
io-permission-denied = mangler tillatelse
io-invalid-data = ikke gyldig tekst ({ $detail })
io-other = { $detail }
money-unreadable = kan ikke lese beløpet «{ $text }» ({ $reason })
money-negative = en kostnad kan ikke være negativ
money-approximate = et omtrentlig beløp kan ikke summeres: skriv beløpet uten «ca.» eller «~» (og en merknad i merknad)
money-ore = øre er ikke tillatt: kostnader er i hele kroner
money-not-an-amount = ventet hele kroner, for eksempel «500 000», «kr 500 000» eller «0,5 mill.»
date-unreadable = kan ikke lese datoen «{ $text }» (ventet { $expected })
date-expected-date = en dato som 2021-05-31, 31.05.2021 eller 31. mai 2021
date-expected-year-or-date = et år som 2020, eller en dato som 2020-01-01 eller 1.1.2020
date-does-not-exist = «{ $text }» er ikke en dato som finnes ({ $why })
date-no-such-month = det finnes ingen måned { $month }
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
    } { $year } har { $days } dager
municipality-code-invalid = «{ $text }» er ikke et kommunenummer (ventet fire sifre, for eksempel 0615 eller 3041)

## The checks of a plan
focus-area-id-missing = innsatsområdet mangler id (ventet en kort id, for eksempel klima)
duplicate-focus-area-id = innsatsområde-id-en «{ $id }» er brukt før (første gang på linje { $first })
duplicate-theme-id = tema-id-en «{ $id }» er brukt før i innsatsområdet «{ $area }» (første gang på linje { $first })
duplicate-result-goal-id = resultatmål-id-en «{ $id }» er brukt før (første gang på linje { $first })
sdg-out-of-range = { $goal } er ikke ett av FNs bærekraftsmål (ventet et tall fra 1 til 17)
duplicate-body = organet «{ $abbreviation }» står to ganger i ordlisten
sdg-list-missing = listen over FNs bærekraftsmål mangler
sdg-list-missing-because = listen over FNs bærekraftsmål mangler: { $note }
sdg-none-listed = ingen av FNs bærekraftsmål er ført opp
focus-area-without-actions = innsatsområdet «{ $id }» har ingen tiltak i handlingsprogrammet
open-question = åpent spørsmål: «{ $text }»
action-without-responsible = tiltak { $id } mangler ansvarlig (ventet hvem som har ansvaret, for eksempel RR)
placeholder-text = plassholdertekst: «{ $text }»
abbreviation-unexplained = forkortelsen «{ $abbreviation }» er ikke forklart (ventet en oppføring under [[bodies]] i plan.toml)
municipality-name-mismatch = kommune { $code } heter «{ $name }» i plan.toml men «{ $data_names }» i befolkningsdataene ({ $sources }): tallene under { $code } gjelder { $data_names } (ventet kommunenummeret til { $name }, eller navnet)
municipality-code-of-another = kommune { $code } er { $code_name } { $date }, ikke { $name }: { $name } er { $others } (ventet nummeret { $others } for { $name }, eller navnet { $code_name })
municipality-name-differs = kommune { $code } er { $code_name } { $date }, ikke «{ $name }» (ventet navnet { $code_name }, eller nummeret til { $name })
municipality-code-followed = { $code } er ikke nummeret til noen kommune { $date }: kommunen hadde { $then } ({ $then_name }) den dagen, og rapportene følger { $code } til { $then } (ventet nummeret som gjelder når planperioden begynner, { $then })
municipality-code-broken = { $code } { $name } er ingen kommune { $date }: { $reason } (ventet et nummer som gjelder { $date })
municipality-code-unknown = { $code } er ingen kommune { $date } (etter SSBs kommuner og nummerendringer siden 1972) (ventet nummeret { $name } hadde { $date })
municipality-code-unknown-named = { $code } er ingen kommune { $date } (etter SSBs kommuner og nummerendringer siden 1972): { $name } er { $found } (ventet { $found })
attachment-status-without-year = en revisjonsrapport trenger året sitt (ventet year = 2022 ved siden av report = "status")
attachment-year-outside-period = revisjonsrapporten for { $year } ligger utenfor planperioden { $first }–{ $last }
decision-without-points = vedtaket har ingen punkter
still-to-fill-in = mangler fortsatt (ventet { $expected })
expected-case-number = saksnummeret, for eksempel 9/20
expected-case-assembly = organet saken går til
expected-case-place = stedet saken er underskrevet
expected-signer-name = hvem som skriver under
expected-signer-role = rollen til den som skriver under
expected-plan-owner = hvem som eier planen, for eksempel regionrådet
expected-adopting-body = organet som vedtar planen
plan-without-focus-areas = planen har ingen innsatsområder (ventet [[focus_areas]] med id, navn, temaer og resultatmål)
plan-without-population = ingen befolkningsdata (ventet nedlastinger fra SSB navngitt i [statistics] population, eller befolkning.csv)
empty-section = tom del (ventet tekst)
text-unfinished = teksten ser uferdig ut: den slutter «…{ $tail }» uten punktum

## Reading tables and workbooks
cannot-read = kan ikke lese: { $reason }
csv-unclosed-quote = feil i CSV: et felt i anførselstegn begynner her og lukkes aldri (ventet et avsluttende ")
table-empty = filen er tom (ventet en overskriftsrad og datarader)
csv-too-many-fields = feil i CSV: { $used } felt der overskriften har { $header } (står det en «{ $separator }» i en tekst uten anførselstegn?)
workbook-unreadable = kan ikke lese arbeidsboken ({ $detail }); ventet en Excel-fil (.xlsx)
workbook-without-sheets = arbeidsboken har ingen ark
sheet-unreadable = kan ikke lese arket «{ $sheet }» ({ $detail })
sheet-empty = arket «{ $sheet }» er tomt (ventet en overskriftsrad og datarader)
column-missing = mangler en påkrevd kolonne (overskriften har: { $header })

## The programme's history and the status files
file-not-named-by-year = ikke lest: en fil her skal hete etter året (for eksempel { $folder }/2022.{ $extension })
decision-without-programme = et vedtak for { $year } uten programmet sitt (ventet { $folder }/{ $year }.csv eller .xlsx ved siden av)
programme-two-files = to programversjoner for { $year } (ventet én av { $year }.csv og { $year }.xlsx)
revision-outside-period = en revisjon som gjelder fra { $year }, ligger utenfor planperioden { $first }–{ $last } (ventet et år i perioden)
programme-two-versions = to programversjoner for { $year }: { $base } gjelder fra det første året i planperioden (ventet en revisjon fra { $next } eller senere)
revision-without-actions = revisjonen som gjelder fra { $year }, har ingen tiltak (ventet hele programmet, ikke bare endringene)
revision-without-decision = vedtaket om revisjonen som gjelder fra { $year }, er ikke ført opp (ventet { $folder }/{ $year }.toml med adopted, case og body)
revision-adopted-before-earlier = revisjonen som gjelder fra { $year }, ble vedtatt { $adopted }, før revisjonen som gjelder fra { $earlier_year } ({ $earlier })
revision-adopted-after-year = revisjonen som gjelder fra { $year }, ble vedtatt { $adopted }, etter året den trådte i kraft
status-two-files = en fil til med status for { $year } (ventet én av .csv og .xlsx)
status-outside-period = en statusfil for { $year }, utenfor planperioden { $first }–{ $last } (ventet et år i perioden)
status-without-programme = en statusfil for { $year }, men ingen versjon av handlingsprogrammet gjelder i { $year } (ventet { $programme }, eller { $folder }/{ $year }.csv eller en tidligere revisjon)
status-not-checked = handlingsprogrammet har feil, så statusfilene ble ikke sjekket mot det
status-unknown-action = ukjent tiltak «{ $id }» (ventet en id fra programmet som gjelder i { $year }, { $file }, for eksempel { $example })
status-action-removed = tiltak «{ $id }» ble tatt ut av handlingsprogrammet ved revisjonen som gjelder fra { $revision } ({ $file }), så det har ingen status i { $year } (fjern raden)
status-action-renumbered = tiltak «{ $id }» fikk nytt nummer, { $new }, ved revisjonen som gjelder fra { $revision } ({ $file }) (ventet { $new } i status for { $year })
status-actions-not-in-programme = { $count ->
        [one] 1 rad nevner et tiltak
       *[other] { $count } rader nevner tiltak
    } som ikke er i { $file } ({ $ids }); radene er tatt vare på. Om { $file } er byttet ut med en senere revisjon, sett programmet for { $year } tilbake som { $file } og legg til revisjonen som en egen versjon
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
status-not-started = ikke startet
status-in-progress = pågår
status-done = fullført
status-delayed = forsinket
status-cancelled = avlyst
status-not-reported = ikke rapportert

## Status files and the year's follow-up
status-action-id-missing = mangler tiltaks-id (ventet id-en til et tiltak i programmet)
status-action-twice = tiltaket «{ $id }» er rapportert to ganger (første gang på linje { $first })
status-word-unknown = ukjent status «{ $text }» (ventet ett av: { $words })
status-word-near = ukjent status «{ $text }»: mente du «{ $word }»? (ventet ett av: { $words })
progress-unreadable = kan ikke lese fremdriften «{ $text }» (ventet en prosent fra 0 til 100)
progress-impossible = fremdriften { $text } er umulig (ventet en prosent fra 0 til 100)
status-file-missing = ingen statusfil for { $year } (ventet status/{ $year }.csv eller .xlsx)
population-no-span = befolkningsdataene har ikke to datoer frem til 1. januar { $next } (ventet tall fra 1. januar { $first } til 1. januar { $next }), så rapporten for { $year } har ingen befolkningstall
population-span-short = befolkningsdataene har ikke tall for { $missing }, som rapporten for { $year } sammenligner: den bruker { $from } til { $to }
population-span-short-two = befolkningsdataene har ikke tall for { $missing } og { $also }, som rapporten for { $year } sammenligner: den bruker { $from } til { $to }
action-overdue = tiltak { $id } er forfalt: frist { $deadline }, status { $status } per { $at }
action-due = tiltak { $id } har frist i { $year } ({ $deadline }), status { $status }
action-without-status = tiltak { $id } har ingen status for { $year } (ventet en rad: ikke rapportert)
status-rows-not-updated = { $count ->
        [one] én rad ble sist oppdatert
       *[other] { $count } rader ble sist oppdatert
    } før { $year } og teller som ikke rapportert i { $year }: { $ids } (fyll inn status og dato for { $year })
status-template-unwritable = kan ikke skrive statusmalen: { $detail }

## Reading the plan folder
table-csv-and-xlsx = både { $stem }.csv og { $stem }.xlsx ligger i mappen (ventet én av dem)
file-two-names = { $first } og { $second } er to navn på samme fil (ventet én av dem)
folder-two-names = { $first }/ og { $second }/ er to navn på samme mappe (ventet én av dem)
file-not-read = ingen regel leser denne filen, og plan.toml nevner den ikke (mente du { $nearest }?)
case-file-name = sak { $number } ligger i en fil som heter { $stem }.toml (ventet { $folder }/{ $expected }.toml: nummeret med / skrevet som -)
case-twice = sak { $number } ligger også i { $other } (ventet én fil per sak)
toml-malformed-at = feil i TOML i kolonne { $column }: «{ $detail }»
toml-malformed = feil i TOML: «{ $detail }»

## The action programme
action-id-missing = mangler tiltaks-id (ventet en kort, entydig id, for eksempel KLIMA-01)
action-id-duplicate = tiltaks-id-en «{ $id }» er brukt før (første gang på linje { $first })
did-you-mean = ; mente du { $id }?
focus-area-unknown = ukjent innsatsområde «{ $text }» (ventet en id eller et navn: { $known }{ $nearest })
focus-area-missing = tiltaket nevner ikke noe innsatsområde (ventet en id eller et navn: { $known })
focus-area-none-in-plan = planen har ennå ikke noe innsatsområde å sette tiltaket i (ventet [[focus_areas]] i plan.toml)
focus-area-without-themes = dette innsatsområdet har ingen temaer
expected-id-or-name = ventet en id eller et navn: { $known }{ $nearest }
theme-unknown = ukjent tema «{ $text }» i innsatsområdet «{ $area }» ({ $expected })
action-text-missing = mangler tiltakstekst (ventet hva som skal gjøres)
case-unknown-none = ingen sak { $number } i planmappen (den har ingen sak: ventet sak.toml eller saker/NUMMER.toml)
case-unknown = ingen sak { $number } i planmappen (den har { $numbers })
case-none = planmappen har ingen sak (ventet sak.toml eller saker/NUMMER.toml)
year-outside-period = året { $year } ligger utenfor planperioden { $first }–{ $last }
programme-not-in-force = ingen versjon av handlingsprogrammet gjelder i { $year }

## Indicators
indicator-goal-unknown = «{ $goal }» er ikke et målbart resultatmål (ventet ett av: { $known })
indicator-value-unreadable = kan ikke lese verdien «{ $text }» (ventet et tall som 1234 eller 12,5)

## Population figures
population-cell-unreadable = kan ikke lese befolkningstallet «{ $text }» ({ $reason })
population-negative = et befolkningstall kan ikke være negativt
population-fraction = ventet et helt antall personer
population-not-a-number = ventet et helt antall personer, eller et tegn for manglende verdi (. .. : -)
population-partly-missing = { $code } { $name } for { $date }: noen rader har tall og noen mangler; summen er utelatt
population-first-given = {" "}(først oppgitt i { $file } linje { $line })
population-given-twice = { $code } { $name } for { $date } er oppgitt to ganger{ $first }
population-given-twice-differently = { $code } { $name } for { $date } er oppgitt to ganger med ulike tall, { $count } og { $other }{ $first }
population-stated-total-differs = oppgitt sum «{ $label }» for { $date } er { $stated }, men kommunene summerer seg til { $computed } (differanse { $difference }); tallene bruker den utregnede summen
period-reversed = perioden { $from } til { $to } er snudd eller tom (ventet en start før slutten)
population-series-breaks = { $code } { $name }: serien brytes: { $reason }; ingen tall for kommunen mellom { $from } og { $to }
population-missing-at = { $municipality } har ikke noe befolkningstall for { $date } i dataene (ventet et tall for hver kommune i regionen på begge datoene)
population-tables-empty = befolkningstabellen har ingen tall
population-history-cut-break = Serien begynner { $start }: { $reason }, så tallene før kan ikke følges.
population-history-cut-missing = Serien begynner { $start }: dataene har ikke befolkningstall for { $code } { $name } { $date }.

## Municipal reforms
code-merged = { $from } ble slått sammen til { $into } { $date }
code-split = { $from } ble delt i { $into } { $date }
code-change-date-unreadable = kan ikke lese datoen «{ $text }» (ventet en dato som 2020-01-01)
code-changes-unreadable = kan ikke lese endringslisten: { $detail } (ventet JSON fra SSB, {"{"}"codeChanges": [{"{"}"oldCode", "newCode", "changeOccurred", …{"}"}]{"}"}, eller CSV-utgaven)

## JSON-stat downloads from SSB
jsonstat-missing-dataset = mangler (ventet et JSON-stat-datasett)
jsonstat-missing-ids = mangler (ventet listen over dimensjons-id-er)
jsonstat-missing-sizes = mangler (ventet listen over dimensjonsstørrelser)
jsonstat-sizes-count = { $sizes } størrelser for { $ids } dimensjoner
jsonstat-too-many-dimensions = { $count } dimensjoner (ventet høyst { $max }: region, tid og det som summeres)
jsonstat-sizes-mismatch = dimensjonsstørrelsene { $sizes } stemmer ikke med kategoriene: { $id } har { $given }
jsonstat-too-many-cells = dimensjonsstørrelsene { $sizes } gir for mange celler
jsonstat-no-region = ingen regionsdimensjon (dimensjonene er: { $ids })
jsonstat-no-time = ingen tidsdimensjon (dimensjonene er: { $ids })
jsonstat-missing = mangler
jsonstat-categories = ventet { $count } kategorier
time-label-unreadable = kan ikke lese tiden «{ $text }» (ventet et år som 2020 eller et kvartal som 2020K1)
jsonstat-several-variables = mer enn én befolkningsvariabel ({ $variables }); last ned én av dem
jsonstat-cell-unreadable = kan ikke lese befolkningstallet { $shown } (ventet et helt antall personer eller null)
json-malformed-at = feil i JSON i kolonne { $column }: «{ $detail }»
jsonstat-value-count = { $count } verdier der dimensjonsstørrelsene gir { $total }
jsonstat-sparse-too-large = dimensjonsstørrelsene gir { $total } celler, for mange for de { $given } verdiene som er oppgitt
jsonstat-missing-values = mangler (ventet verdiene)
jsonstat-given-twice = oppgitt to ganger
jsonstat-not-an-index = «{ $key }» er ikke en celleindeks (ventet et helt tall)
jsonstat-values-shape = ventet en tabell eller et objekt med verdier

## Population tables
population-no-dates = ingen datokolonner og ingen «dato»-kolonne (ventet en lang tabell med kommunenummer, kommune, dato, folketal, eller en bred med en kolonne per dato, for eksempel «folketal 1.1.2020»; overskriften har: { $header })
population-date-unreadable = kan ikke lese datoen «{ $text }» (ventet et år som 2020, eller en dato som 2020-01-01, 1.1.2020 eller 1. okt 2020)
area-unreadable = kan ikke lese arealet «{ $text }» (ventet kvadratkilometer, for eksempel 705 eller 704,87)
ssb-no-header = fant ingen overskriftsrad (ventet en overskrift som "region";"kjønn";"alder";"statistikkvariabel";"år";…)
ssb-no-region = ingen regionskolonne (ventet en kolonne som heter «region»; overskriften har: { $header })
ssb-no-time = ingen tid i overskriften (ventet en kolonne «år»/«year»/«kvartal», eller kolonner som «Personer 2020»; overskriften har: { $header })
ssb-too-many-dimensions = for mange dimensjonskolonner å summere ({ $count }; høyst { $max })
ssb-several-variables = tabellen har mer enn én befolkningsvariabel ({ $variables }); last ned én av dem

## Adding a revision
revise-outside-period = en revisjon som gjelder fra { $year }, ligger utenfor planperioden { $first }–{ $last }
revise-not-after-latest = en revisjon som gjelder fra { $year }, må komme etter den siste versjonen, som gjelder fra { $latest }
revise-no-actions = forslaget har ingen tiltak: vedtatt ville det fjerne alle de { $removed } tiltakene i programmet (ventet hele det reviderte programmet)
revise-exists = { $file } finnes allerede (en revisjon blir bare lagt til; se README om å angre et vedtak)
revise-year-exists = programmet som gjelder fra { $year } finnes allerede: { $files } (en revisjon blir bare lagt til; se README om å angre et vedtak)
revise-adopted-late = vedtaket er datert { $date }, etter 1. januar { $year } da revisjonen skal gjelde fra (ventet et vedtak før året det gjelder)

## A new plan folder
scaffold-period-reversed = perioden { $first }–{ $last } er snudd (ventet det første året før det siste, for eksempel 2024-2027)
scaffold-no-municipality = en region trenger minst én kommune (ventet ett eller flere kommunenumre)
scaffold-bad-year = { $year } er ikke et år en plan kan starte
scaffold-unknown-code = { $code } er ikke nummeret til en norsk kommune (1972–2024)
scaffold-code-not-followed = { $code } kan ikke følges til 1. januar { $year }: { $reason }

## Deadlines in running text
deadline-yearly = årlig
deadline-year = { $year }
deadline-season = { $season ->
        [spring] våren
        [summer] sommeren
        [autumn] høsten
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
goal-no-data = mangler data
goal-target-value = målverdien
goal-target-relative = utgangsverdien endret med { $sign ->
        [minus] −
       *[plus] +
    }{ $pct } %
goal-rule = Utgangsverdien er verdien { $baseline }. Målet er { $target } innen { $by }. Målet er nådd når siste verdi er { $better ->
        [higher] minst
       *[lower] høyst
    } målet. Ellers er det i rute når siste verdi er { $better ->
        [higher] minst
       *[lower] høyst
    } der den rette linjen fra utgangsverdien til målet står på samme dato, og bak skjema når verdien er { $better ->
        [higher] lavere
       *[lower] høyere
    }. Uten utgangsverdi eller senere verdi mangler det data.
input-unnamed = opplastet fil
# The severity of a finding, before its message (`FILE:LINE: feil: …`).
severity-error = feil
severity-warning = advarsel
severity-note = merknad
population-spreadsheet = filen er en { $format }-arbeidsbok, ikke en tabell befolkningsleseren leser (ventet en CSV-fil — en nedlasting fra SSB eller planens egen tabell — eller JSON-stat: lagre arket som CSV)

statistics-no-region = ingen regionsdimensjon (ventet en kolonne eller en dimensjon som heter «region» eller «kommune», eller med rollen geo; tabellen har: { $dimensions })
statistics-no-time = ingen tidsdimensjon (ventet en kolonne eller en dimensjon som heter «år», «kvartal», «måned» eller «tid», eller med rollen time, eller kolonner som «Nettoinnflytting 2020K1»; tabellen har: { $dimensions })
statistics-period-unreadable = kan ikke lese tidsperioden «{ $text }» (ventet et år som 2023, et kvartal som 2023K1, en måned som 2023M01 eller en dato som 2023-01-31)
statistics-value-unreadable = kan ikke lese verdien «{ $text }» (ventet et tall, ett av SSBs symboler «.», «..», «...» eller «:» for en verdi som mangler, eller «-» for null)
statistics-duplicate-cell = cellen { $cell } står to ganger (første gang på linje { $first })
statistics-missing-symbols = { $count ->
        [one] én celle har et SSB-symbol for en verdi som mangler («{ $symbol }», her): verdien mangler, den er aldri null
       *[other] { $count } celler har SSBs symboler for en verdi som mangler (den første, «{ $symbol }», her): de mangler, de er aldri null
    }
statistics-empty = tabellen har ingen verdier (ventet en overskrift og rader med verdier)
statistics-jsonstat-no-dataset = ikke noe JSON-stat-datasett (ventet «id», «size», «dimension» og «value», eller SSBs {"{"}"dataset": …{"}"}-innpakning)
statistics-jsonstat-size = «{ $dimension }» har { $count } verdier der størrelsen sier { $expected }
statistics-variable-unknown = ingen variabel «{ $wanted }» i denne tabellen (nærmest: { $nearest }; ventet koden eller navnet på en av de { $count } variablene)
statistics-dimension-unknown = ingen dimensjon «{ $wanted }» i denne tabellen (nærmest: { $nearest }; dimensjonene utenom region og tid: { $dimensions })
statistics-select-unknown = ingen verdi «{ $wanted }» i dimensjonen «{ $dimension }» (nærmest: { $nearest }; ventet koden eller navnet på en av de { $count } verdiene)
statistics-dimension-open = dimensjonen «{ $dimension }» har { $count } verdier ({ $values }): velg en med --select { $code }=KODE eller summer dem med --sum { $code }
statistics-region-unknown = ingen kommune { $code } i tabellen, under denne koden eller en tidligere (nærmest: { $nearest })
statistics-note-missing = mangler for { $municipalities }
statistics-note-no-weight = vekten mangler for { $municipalities }
statistics-note-not-count = ikke summert: enheten «{ $unit }» er ikke et antall; gi --weight med en tellevariabel i tabellen for å vekte kommunenes verdier
statistics-note-unknown-count = ikke summert: tabellen sier ikke om «{ $variable }» er et antall; gi --count hvis den er det, eller --weight med en tellevariabel
statistics-code-break = { $code } har ingen verdi frem til { $date } og kan ikke følges lenger bakover: { $reason }
goal-statistics-missing = målet «{ $goal }» har source = "statistics", men ingen [indicator.statistics]-tabell (ventet «file», «variable» og, for kvartaler eller måneder, per = "year" og «combine»)
goal-statistics-not-bound = målet «{ $goal }» har en [indicator.statistics]-tabell, men en annen kilde (ventet source = "statistics")
goal-statistics-no-file = statistikkfilen { $file } finnes ikke (ventet en fil relativt til planmappen)
goal-statistics-invalid = { $file }: { $problem }
goal-statistics-no-combine = målet «{ $goal }» følges per år, men { $file } har kvartaler eller måneder: si hvordan de blir et år med combine = "sum" (en strøm som flytting), "last" (en beholdning ved slutten av perioden) eller "first" (en beholdning ved starten)
goal-statistics-dimension-open = dimensjonen «{ $dimension }» har { $count } verdier ({ $values }): velg én med select = {"{"} { $code } = "KODE" {"}"} eller summer dem med sum = ["{ $code }"]
goal-statistics-baseline = utgangsdatoen { $date } er ikke i noe år i { $file } (årene: { $years })
