# plan-report's messages in English: the command line, the reports' errors.
# Ids are shared by nn.ftl and nb.ftl; the tests check that every id is in
# all three and used in the code.

## Errors of the reports
pdf-failed = cannot write the PDF: { $detail }
templates-unreadable = { $path }: cannot read templates: { $reason }
chart-failed = cannot draw the chart { $name }: { $detail }
output-unwritable = { $path }: cannot write: { $reason }
attachment-data-unreadable = cannot read the attachment's data: { $detail }
period-needs-status = the period report needs at least one status file ({ $folder } has none)
period-date-too-early = the report date { $date } is before the last year with a status file ({ $year })
report-needs-year = the status report needs a year (expected the reporting year in the options, such as 2021)
report-date-too-early = the report date { $date } is before the reporting year { $year } (expected a date in { $year } or later)
report-data-unreadable = cannot read the report's data: { $detail }
report-data-unwritable = cannot write the report's data: { $detail }
pdf-standard-unknown = unknown PDF standard "{ $name }" (expected a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 or none)

## The web edition
site-page-failed = a page's view could not be built
site-file-outside = { $path }: a site's file must stay inside the site
serve-cannot-watch = cannot watch the plan folder: { $detail }
serve-cannot-watch-path = { $path }: cannot watch for changes: { $detail }
serve-cannot-catch-ctrl-c = cannot catch Ctrl-C: { $detail }
serve-port-in-use = cannot serve on { $address }: port { $port } is in use by another program; choose another with --port, or --port 0 for a free one
serve-cannot-listen = cannot serve on { $address }: { $detail }

## The command line
diff-needs-new = diff needs NEW, or --from-year and --to-year
workbook-unwritable = cannot write the workbook: { $detail }

## Findings in the reports' appendix
finding-error = Error
finding-warning = Remark
finding-note = For information
finding-at-line = { $file }, line { $line }

## Population on the command line
population-tables-empty = the population table has no counts
population-one-date = a change needs counts at two dates, and the table has only { $date } (expected a table with more dates, or --input with another)
population-from-after-to = { $from } is not before { $to } (expected --from earlier than --to)
period-unreadable = cannot read period "{ $text }" (expected two years such as 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: unknown language (expected nn, nb or en)
remedy-status-template = ; `{ $command }` writes one to fill in
remedy-add-revision = {" "}with `{ $command }`
site-written = wrote { $path } ({ $pages } pages, { $pdfs } PDFs)
typst-written = wrote the typst sources to { $path }
report-written = wrote { $path } ({ $warnings } warnings from the checks are listed in the report)
serve-serving = serving { $folder } at { $url } (Ctrl-C stops)
serve-stopped = stopped
serve-built = { $changed ->
        [none] built
       *[other] { $changed } changed; built
    } in { $ms } ms
serve-broken = { $changed ->
        [none] the
       *[other] { $changed } changed; the
    } site cannot be built; the page shows why until the file is fixed
new-written = wrote { $path } for { $name } ({ $count } municipalities, { $first }–{ $last }); `{ $command }` lists what is still to fill in
status-template-written = wrote { $path } ({ $count ->
        [one] 1 action
       *[other] { $count } actions
    } to fill in)
batch-done = rendered { $done } of { $total } reports into { $path } in { $seconds } s ({ $rate } per second, { $threads } threads)
batch-failed = failed: { $code } { $name }: { $error }
revise-dry-run = dry run: nothing was written
revise-added = added { $programme } and { $decision }: the programme in force from { $year } ({ $count } actions)
