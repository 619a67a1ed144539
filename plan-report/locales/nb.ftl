# Meldingene til plan-report på bokmål: kommandolinjen og feilene i rapportene.

## Feil i rapportene
pdf-failed = kan ikke skrive PDF-en: { $detail }
templates-unreadable = { $path }: kan ikke lese malene: { $reason }
chart-failed = kan ikke tegne diagrammet { $name }: { $detail }
output-unwritable = { $path }: kan ikke skrive: { $reason }
period-needs-status = rapporten for planperioden trenger minst én statusfil ({ $plan } har ingen status/ÅR.csv)
report-needs-year = statusrapporten trenger et år (ventet rapportåret i innstillingene, for eksempel 2021)
report-date-too-early = rapportdatoen { $date } er før rapportåret { $year } (ventet en dato i { $year } eller senere)
report-data-unwritable = kan ikke skrive dataene til rapporten: { $detail }
pdf-standard-unknown = ukjent PDF-standard «{ $name }» (ventet a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 eller none)

## The web edition
site-page-failed = innholdet til en side kunne ikke bygges
batch-report-failed = rapporten til en kommune kunne ikke bygges
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
finding-warning = Advarsel
finding-note = Merknad
finding-at-line = { $file }, linje { $line }

## Population on the command line
population-one-date = en endring trenger tall for to datoer, og tabellen har bare { $date } (ventet en tabell med flere datoer, eller --input med en annen)
population-from-after-to = { $from } er ikke før { $to } (ventet --from tidligere enn --to)
period-unreadable = kan ikke lese perioden «{ $text }» (ventet to år, for eksempel 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: ukjent språk (ventet nn, nb eller en)
remedy-status-template = ; `{ $command }` skriver en du kan fylle ut
# The placeholders as the help names them (help-placeholder-*).
remedy-add-revision = {" "}med `plan-report revise { $dir } --proposal FIL --adopted DATO --case SAK --year ÅR`
site-written = skrev { $path } ({ $pages } { $pages ->
        [one] side
       *[other] sider
    }, { $pdfs } { $pdfs ->
        [one] PDF
       *[other] PDF-er
    })
typst-written = skrev typst-kildene til { $path }
report-written = skrev { $path } ({ $warnings } { $warnings ->
        [one] merknad
       *[other] merknader
    } fra innlesingen og funnene fra `check --year` står i rapporten)
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
new-written = skrev { $path } for { $name } ({ $count } { $count ->
        [one] kommune
       *[other] kommuner
    }, { $first }–{ $last }); `{ $command }` viser hva som gjenstår å fylle ut
status-template-written = skrev { $path } ({ $count } tiltak å fylle ut)
batch-done = laget { $done } av { $total } { $total ->
        [one] rapport
       *[other] rapporter
    } i { $path } på { $seconds } s ({ $rate } i sekundet, { $threads } { $threads ->
        [one] tråd
       *[other] tråder
    })
batch-failed = feilet: { $code } { $name }: { $error }
batch-one-date = hver rapport viser kommunen sin bare { $date } (folketall, andel, tetthet og plass): en endring trenger tall for en dato til
batch-dates-not-in-table = tabellen har ingen tall for { $wanted }; den har { $held } (ventet --from og --to blant datoene dens)
batch-date-flag = { $date } ({ $flag })
revise-dry-run = prøvekjøring: ingenting ble skrevet
revise-added = la til { $programme } og { $decision }: programmet som gjelder fra { $year } ({ $count } tiltak)

## Etikettene i rapportene
label-page = Side
label-of = av
label-contents = Innhold
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
label-description = Beskrivelse
label-comment = Kommentar
label-action-legend = ● Frist i rapportåret eller årlig tiltak. ⚠ Fristen er passert og tiltaket er verken fullført eller avlyst. Kommentarer fra statusrapporten står i kursiv.
label-summary = Sammendrag
label-focus-area = Innsatsområde
label-overdue-actions = Forfalte tiltak
label-no-overdue = Ingen tiltak er forfalt.
label-population = Befolkning
label-code = Kode
label-municipality = Kommune
label-change = Endring
label-change-pct = Endring %
label-annual-pct = Årlig %
label-share = Andel
label-per-km2 = Per km²
label-rank = Rang
label-source = Kilde
label-year-by-year = Utvikling fra år til år
label-date = Dato
label-themes = Temaer
label-result-goals = Resultatmål
label-measurable-see-below = (målbart: se under)
label-measure = Måltall
label-baseline = Utgangsverdi
label-latest = Siste verdi
label-by-municipality = Per kommune
label-target = Mål
label-no-actions-in-area = Handlingsprogrammet har ingen tiltak under dette innsatsområdet.
label-changes = Endringer i handlingsprogrammet
label-added = Nye tiltak
label-removed = Fjernede tiltak
label-changed = Endrede tiltak
label-field = Felt
label-before = Før
label-now = Nå
label-formerly = før
label-budget = Budsjett
label-with-cost = Med kostnad
label-sum = Sum
label-costed-actions = Tiltak med kostnad
label-appendix-findings = Vedlegg 1: Merknader fra kontrollen
label-findings-draft = Kontrollen av plandataene fant disse merknadene. De peker på åpne spørsmål og mangler i utkastet som bør rettes før planen blir vedtatt.
label-findings-intro = Kontrollen av plandataene fant disse merknadene.
label-no-findings = Kontrollen fant ingen merknader.
label-finding-type = Type
label-finding-place = Sted
label-finding-message = Melding
label-appendix-glossary = Vedlegg 2: Forkortelser
label-abbreviation = Forkortelse
label-meaning = Betydning
label-appendix-sources = Vedlegg 3: Kilder
label-sources-intro = Rapporten er laget fra disse filene. Alle tall regnes ut på nytt fra filene hver gang rapporten lages.
label-file = Fil
label-file-contents = Innhold

## Words of the reports' views
glossary-not-explained = ikke forklart i planen
source-ssb-table = SSB-tabell { $table }
plan-draft = utkast
plan-adopted = vedtatt
keyword-strategic-plan = strategisk plan
keyword-action-programme = handlingsprogram

## The sources appendix
source-one-date = 1 dato, { $date }
source-dates = { $count } datoer fra { $from } til { $to }
source-no-figures = ingen tall
source-plan = Planen: { $title }, { $version }
source-adopted-by = , vedtatt av { $body }, sak { $case }, { $date }
source-programme = Handlingsprogrammet fra { $year }: { $count } tiltak{ $adopted }
source-status = Status for { $year }: { $count ->
        [one] 1 rad
       *[other] { $count } rader
    }
source-indicators = Målte verdier for resultatmålene: { $count } { $count ->
        [one] verdi
       *[other] verdier
    }
source-own-population = Befolkningstabellen i planen
source-population = Befolkning per kommune
source-population-file = { $what }{ $kind }: { $dates }, { $count } tall
source-code-changes = Endringer i kommunenumre (SSB, klassifikasjon 131): { $count ->
        [one] 1 endring
       *[other] { $count } endringer
    }, { $dates }
source-built-in-code-changes = Innebygd i plan-report: SSBs endringer i kommunenumre siden 1972 (klassifikasjon 131): { $count } endringer, { $dates }; { $used ->
        [one] 1 av dem gjelder
       *[other] { $used } av dem gjelder
    } regionen
source-statistics-goal = Resultatmålet «{ $goal }»: { $table }, variabel { $variable } ({ $label }), { $periods }
source-statistics-table = statistikktabell
source-case = Sak { $number } til { $body }: { $title }

## The annual revision report
status-report-title = Årsrapport { $year }
status-report-subtitle = Status og revisjon av handlingsprogrammet
keyword-annual-report = årsrapport
status-summary-intro = Denne rapporten gjør rede for status i { $plan } for { $year }: utviklingen i befolkningen, resultatmålene og tiltakene i handlingsprogrammet, og hva tiltakene koster. Handlingsprogrammet skal revideres hvert år; rapporten er grunnlaget for den revisjonen.
status-due-in-year = Frist i { $year }
status-heading = Status for tiltakene i { $year }
status-file-none = Det finnes ingen statusrapport for { $year } (status/{ $year }.csv mangler i planmappen). Alle tiltak står derfor som «ikke rapportert».
status-from = Statusen er hentet fra { $file }. Et tiltak er forfalt når fristen er passert ved rapportdatoen og tiltaket verken er fullført eller avlyst; et årlig tiltak er forfalt når det er rapportert som forsinket.
status-budget-summary = { $costed } av { $actions } tiltak har oppgitt kostnad, til sammen { $total }. Tiltak uten kostnad er ikke tatt med i summene.
status-budget-planned-in-year = Herav planlagt i { $year }
status-budget-planned-note = Kolonnen «Herav planlagt i { $year }» viser kostnaden til de årlige tiltakene og til tiltakene med frist i { $year }, til sammen { $planned }. Regelen er den samme som i rapporten for planperioden: hvert engangstiltak er regnet med én gang, i året fristen går ut, og et årlig tiltak hvert år det er i handlingsprogrammet.
status-changes-summary = Endringene fra { $old } til { $new }: { $added } { $added ->
        [one] nytt
       *[other] nye
    } tiltak, { $removed } fjernet og { $changed } endret. Tiltak som har fått nytt nummer, er kjent igjen på teksten.
summary-done-value = { $done } av { $total }
summary-done-label = tiltak fullført i { $year }
summary-done-note = { $overdue } forfalt, { $not_reported } ikke rapportert
status-carried-note = Sist oppdatert { $date }, med status «{ $status }».
summary-done-note-earlier = { $overdue } forfalt, { $not_reported } ikke rapportert; { $earlier } fullført tidligere år er ikke med
summary-population-label = innbyggere { $date }
summary-population-note = { $change } ({ $pct }) siden { $since }
summary-population-note-unavailable = endringen i planperioden kan ikke regnes ut ennå (mangler tall for { $missing })
summary-actions-label = tiltak i handlingsprogrammet
summary-actions-note = { $due } med frist i { $year }, av dem { $yearly } { $yearly ->
        [one] årlig
       *[other] årlige
    }
summary-budget-label = satt av til tiltak
summary-budget-note = { $costed } av { $actions } tiltak har oppgitt kostnad
summary-goals-label = resultatmål
summary-goals-note = { $measurable } målbare: { $statuses }
chart-status-caption = Status for tiltakene per innsatsområde i { $year }. Tallet i hver del er antall tiltak.
chart-status-alt = Stolpediagram over status for tiltakene i { $year } per innsatsområde.
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
chart-population-caption = Befolkning per kommune { $date }.
chart-population-alt = Stolpediagram over befolkningen per kommune { $date }.
chart-change-caption = Endring i befolkningen i prosent fra { $from } til { $to }. Den stiplede linjen er { $region } samlet.
chart-change-alt = Stolpediagram over endring i befolkningen i prosent fra { $from } til { $to }, med økning til høyre og nedgang til venstre.
chart-region-total = { $region } samlet
population-rule = Befolkningen er per 1. januar. Kommunene er fulgt gjennom endringene i kommunenumre, slik at tall før og etter kommunereformene kan sammenlignes. { $region } er summen av kommunene. Endring i prosent er regnet av befolkningen { $from }; årlig vekst er gjennomsnittlig årlig vekst over perioden (år à 365,25 dager). Rang 1 er størst vekst i prosent.
population-start-later = Tallene begynner senere enn starten på planperioden ({ $wanted }), så endringen er regnet fra { $from }.
population-start-missing = Tallene har ikke tall for starten på planperioden ({ $wanted }), så endringen er regnet fra { $from }, før planperioden, og er ikke endringen i planperioden.
population-start-no-later = Det finnes ennå ikke tall for { $wanted_to }, så endringen i planperioden (fra { $wanted }) kan ikke regnes ut; tabellen viser endringen fra { $from }, før planperioden, til { $to }.
population-ends-early = Tallene for { $year } skulle gå til { $wanted }, men de siste tallene er fra { $to }.
chart-index-alt = Linjediagram over befolkningen per kommune som indeks, { $first } = 100, frem til { $to }: { $ends }.
chart-index-axis = Indeks, { $first } = 100
chart-index-caption = Befolkning per kommune over tid, som indeks ({ $first } = 100). Hver kommune har egen farge og eget merke.

## Result goals in the reports
goal-values-to-come = Verdiene skal komme fra indikatortabellen (indikatorar.csv), som ikke har tall for dette målet ennå.
chart-goal-measured = Målt
chart-goal-line = Mållinje
chart-goal-alt = Linjediagram over { $measure }: målt { $measured }, mållinjen går fra { $baseline } ({ $baseline_date }) til { $target } ({ $target_date }). Status: { $status }.
chart-goal-caption = { $measure }: målte verdier og den rette linjen fra utgangsverdien til målet.

## The period report
period-history-renumbered = nytt nummer { $year } (før { $old })
period-history-new = ny { $year }
period-history-removed = fjernet { $year }
chart-completed-caption = Fullførte tiltak per år, fordelt på innsatsområde. Tallet i hver del er antall tiltak.
chart-completed-alt = Stolpediagram over fullførte tiltak per år og innsatsområde.
chart-cost-per-year-caption = Planlagt kostnad per år: hvert engangstiltak én gang, i året den siste fristen går ut, årlige tiltak hvert år de er med.
chart-cost-per-year-alt = Stolpediagram over planlagt kostnad per år.
period-revision-start = programmet ved planstart
period-revision-changes = { $added } { $added ->
        [one] nytt
       *[other] nye
    } tiltak, { $removed } fjernet, { $changed } endret (av dem { $renumbered } med nytt nummer)
period-decision-none = ikke ført opp
period-decision-draft = planen er et utkast, ikke vedtatt
adoption = { $body }, sak { $case }, { $date }
adoption-without-case = { $body }, { $date }
period-report-title = Rapport for planperioden { $years }
period-report-subtitle = Evaluering av handlingsprogrammet gjennom planperioden
keyword-evaluation = evaluering
period-summary-intro = Denne rapporten samler oppfølgingen av { $plan } for årene { $years }: hvert tiltak i hver versjon av handlingsprogrammet med status år for år, hvor mange tiltak som ble fullført og hvor mange som var forfalt, planlagt kostnad per år, de målbare resultatmålene og befolkningen over perioden, og revisjonene med vedtakene deres. Rapporten er grunnlaget for evalueringen før neste plan.
label-report-covers = Rapporten dekker
label-actions-year-by-year = Tiltakene år for år
label-year-by-year-intro = Hver rad er ett tiltak, under det nyeste nummeret det har hatt. Et tomt felt betyr at tiltaket ikke var med i handlingsprogrammet det året. Tegnene:
label-history = Endringer
label-completed-overdue = Fullførte og forfalte tiltak
label-completed-overdue-intro = Hver celle viser fullførte / forfalte / tiltak i handlingsprogrammet det året, per innsatsområde. Et tiltak er forfalt når fristen er passert ved slutten av året og tiltaket verken er fullført eller avlyst.
label-planned-cost = Planlagt kostnad per år
label-planned-cost-rule = Hvert engangstiltak er regnet med én gang: i året fristen går ut etter den siste versjonen av handlingsprogrammet som har tiltaket, med kostnaden i den versjonen. Flytter en revisjon fristen, flytter kostnaden med, og kolonnen «Flyttet fra tidligere år» viser hvor mye av kostnaden i året en tidligere versjon hadde planlagt i et tidligere år. Et årlig tiltak er regnet med hvert år det er i handlingsprogrammet. Tiltak uten oppgitt kostnad, og tiltak som en revisjon tok ut før året fristen går ut, er ikke tatt med.
label-cost-moved = Flyttet fra tidligere år
period-cost-sum = Summen, { $total }, er kostnaden til { $actions ->
        [one] 1 tiltak
       *[other] { $actions } ulike tiltak
    }: { $once } engangstiltak og { $yearly } { $yearly ->
        [one] årlig
       *[other] årlige
    } tiltak.
period-cost-outside = Planlagte kostnader på til sammen { $cost } faller i { $years }, som ikke er med i tabellen, og er ikke med i summen.
label-year = År
label-no-measurable-goals = Planen har ingen målbare resultatmål.
label-goals-intro = De målbare resultatmålene ved rapportdatoen, målt mot målet.
label-revisions = Revisjoner av handlingsprogrammet
label-from-year = Fra
label-decision = Vedtak

## The case document
case-document-title = Sak { $number } – { $title }
keyword-case = sak
case-sdg-unknown = Mål { $goal }
case-sdg = Mål { $goal }: { $name }
# The UN's sustainable development goals by number, their short names as FN-sambandet gives them.
sdg-1 = Utrydde fattigdom
sdg-2 = Utrydde sult
sdg-3 = God helse og livskvalitet
sdg-4 = God utdanning
sdg-5 = Likestilling mellom kjønnene
sdg-6 = Rent vann og gode sanitærforhold
sdg-7 = Ren energi til alle
sdg-8 = Anstendig arbeid og økonomisk vekst
sdg-9 = Industri, innovasjon og infrastruktur
sdg-10 = Mindre ulikhet
sdg-11 = Bærekraftige byer og lokalsamfunn
sdg-12 = Ansvarlig forbruk og produksjon
sdg-13 = Stoppe klimaendringene
sdg-14 = Livet i havet
sdg-15 = Livet på land
sdg-16 = Fred, rettferdighet og velfungerende institusjoner
sdg-17 = Samarbeid for å nå målene
stage-draft = Utkast
stage-adopted = Vedtatt plan
case-population-municipality = Kommune
case-population-area = Areal (km²)
case-population-count = Innbyggertall – { $date }
case-population-computed = Tallene er regnet ut fra befolkningsstatistikken planen leser: folketallet { $date }, den siste 1. januar fram til datoen for saken ({ $case_date }).
case-population-note = Summen for { $date } er regnet ut fra kommunene. { $stage ->
        [draft] Utkastet
       *[adopted] Planen
    } oppga { $stated } for { $label }; summen av kommunene er { $sum }.
label-case = Sak
label-case-to = Til
label-case-from = Fra
label-attachments = Vedlegg
label-attachment = Vedlegg
label-to-case = til sak
label-contents-attachments = Innhold i vedleggene
label-contents-plan = Innhold i planen
label-owner = Eier
label-sdg-missing = Listen over bærekraftsmål mangler
label-population-table-caption = Areal og innbyggertall per kommune.
label-no-actions = Ingen tiltak.
label-glossary = Forkortelser
label-municipality-number = Kommunenummer

## The municipality report
municipality-population-at = Folketall { $date }
municipality-change = Endring
municipality-annual-growth = Gjennomsnittlig årlig vekst
municipality-chart-alt = Linjediagram over folketallet i { $name } fra { $from } til { $to }: { $values }.
municipality-chart-caption = Folketallet i { $name } per 1. januar.
municipality-chart-unit = personer
municipality-title = Folketall i { $name } { $from }–{ $to }
keyword-population = folketall
municipality-rule = Folketallet er per 1. januar. Kommunen er fulgt gjennom endringene i kommunenumre. Årlig vekst er gjennomsnittlig årlig vekst over perioden (år à 365,25 dager).
municipality-title-one-date = Folketall i { $name } { $year }
municipality-share = Andel av befolkningen i tabellen
municipality-rank = Plass etter folketall
municipality-rank-of = { $rank } av { $count }
municipality-density = Innbyggere per km²
municipality-one-date-rule = Folketallet er per { $date }. Rapporten viser kommunen bare den dagen: en endring trenger tall for en dato til. Andel og plass gjelder de { $count } kommunene i tabellen.
label-skip-link = Hopp til innholdet
label-site-nav = Sidene i planen
label-chart-numbers = Tallene i diagrammet
label-population-per-municipality = Befolkning per kommune
label-and = og
label-population-year-to-year = Befolkning fra år til år
label-findings-caption = Merknader fra kontrollen
label-key-figures = Nøkkeltall
label-documents = Dokumentene
label-per-municipality = Per kommune
label-plan = Plan
label-actions-by-status = Antall tiltak etter status i
label-cost-per-area = Kostnad per innsatsområde

## The web edition's pages
site-period = Planperioden
site-case = Sak { $number }
site-plan = Planen
site-front = Forside
site-population = Befolkning
site-footer-dated = laget med { $generator } fra plandata per { $date }
site-footer = laget med { $generator }
site-case-with-plan = Saken med planen
site-report-with-population = Rapporten med befolkningstallene
serve-error-title = Planen kan ikke bygges
serve-error-hint = Rett filen og lagre den: siden laster seg inn på nytt av seg selv.

## The command line's tables
diff-heading = Endringer i handlingsprogrammet fra { $old } til { $new }
diff-none = Ingen endringer.
diff-action-details = frist { $deadline }, ansvar { $responsible }
diff-added = Nye tiltak ({ $count }):
diff-removed = Fjernede tiltak ({ $count }):
diff-changed = Endrede tiltak ({ $count }):
diff-renumbered = før { $old }, kjent igjen på teksten
population-table-heading = Folketall { $from } – { $to }: { $region }
population-table-series = Utvikling for { $region } fra dato til dato
population-table-goal = Resultatmål «{ $goal }»: { $status }
      Utgangsverdi { $baseline }, siste { $latest }, mål { $target }.
population-table-note = Regionen er summen av kommunene. Årlig % er gjennomsnittlig årlig vekst over perioden (år à 365,25 dager). Rang etter endring i prosent.
plan-folder-above = bruker planmappen { $folder }
plan-folder-none = fant ingen planmappe: verken { $folder } eller en mappe over den har plan.toml (oppgi PLAN_DIR, eller kjør kommandoen i en planmappe)
population-selection = Utvalg
site-output-not-empty = { $path } er verken tom eller et nettsted fra plan-report (ventet en ny eller tom mappe)
site-output-not-a-folder = { $path } er ingen mappe (ventet en ny eller tom mappe)
indicator-table-heading = { $variable } per kommune og periode
indicator-table-region = Regionen per periode
indicator-period = Periode
indicator-value = Verdi
indicator-note = Merknad
indicator-select-form = kan ikke lese utvalget «{ $text }» (ventet DIM=KODE, for eksempel Kjonn=2)
