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
