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
