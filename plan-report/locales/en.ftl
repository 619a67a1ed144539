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

## Help texts of the command line (the tests check that every command and argument has one)
help-about = Reports for regional strategic plans: check a plan folder, follow it up year by year, and render its reports as PDF and as a website.
help-arg-lang = The language of messages and reports: nn (Nynorsk), nb (Bokmål) or en (English). Messages otherwise follow PLAN_REPORT_LANG or the system's language; reports follow the plan's language
help-arg-plan_dir = The plan folder
help-arg-output = The PDF file to write (replaced only when the whole report is made)
help-arg-date = The report's date: YYYY-MM-DD or D.M.YYYY (default: from the data)
help-arg-templates = A folder of templates that replace the embedded ones file by file
help-arg-pdf_standard = PDF standards, comma-separated: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … or none
help-arg-emit_typst = Also write the typst sources, data, charts and fonts to this folder
help-arg-format = Output format
help-arg-from = The earlier date: YYYY, YYYY-MM-DD or D.M.YYYY (default: the first date in the data)
help-arg-to = The later date (default: the last date in the data)
help-check = Check a plan folder and list every error and warning as `FILE:LINE: SEVERITY: MESSAGE`
help-check-year = Also list the actions due in this year and those overdue at its end
help-status-template = Write the status file to fill in for a year: every action, last year's values carried over
help-status-template-year = The reporting year
help-status-template-output = Where to write it (default: `PLAN_DIR/status/YEAR.csv`; `-` for standard output)
help-status-template-force = Replace an existing status file
help-status-template-format = csv: UTF-8 with BOM and `;`, as Norwegian Excel opens it; xlsx: an Excel workbook
help-diff = Compare two versions of the action programme: two plan folders or action files, or one plan folder and two years
help-diff-old = The old version (a plan folder or an action file), or the plan folder with --from-year and --to-year
help-diff-new = The new version
help-diff-from_year = The year whose programme is the old version (with one plan folder)
help-diff-to_year = The year whose programme is the new version (with one plan folder)
help-new = Write a new plan folder to fill in: plan.toml with every section, the action programme's header, a case skeleton
help-new-plan_dir = The folder to create (must not exist, or be empty)
help-new-region = The region's municipalities: codes of any date, comma-separated
help-new-name = The region's name
help-new-period = The plan period, such as 2024-2027
help-revise = Adopt a proposed action programme into the plan's history as the version in force from a year
help-revise-proposal = The proposed programme (.csv or .xlsx), the whole programme as adopted
help-revise-adopted = The date of the decision: YYYY-MM-DD or D.M.YYYY
help-revise-case = The case number of the decision, such as 45/21
help-revise-year = The first year the revision is in force (after the latest version)
help-revise-body = The body that adopted it (default: the plan's adopting body)
help-revise-dry_run = Print the changes and write nothing
help-show = Print the loaded plan
help-schema = Print the JSON Schema of what `show`, `population` or `diff` print as JSON, or of the input plan.toml
help-schema-of = Which output
help-status = Render the annual revision report of the action programme as PDF
help-status-year = The reporting year
help-status-previous = Last year's plan folder (or action file): the changes from it to the programme in force in the year (instead of the history's next revision)
help-status-revised = A proposed revision not yet adopted (plan folder or action file): the changes from the programme in force in the year to it (instead of the history's next revision)
help-period = Render the period report as PDF: the whole plan period at once, for the evaluation before the next plan
help-site = Build the plan's website: every report as an accessible web page beside its PDF
help-site-output = The site's folder: new, empty, or an earlier site of plan-report (replaced whole)
help-site-no_pdf = Build the pages alone, without their PDFs
help-site-templates = A folder of templates (.html, .css, .typ) that replace the embedded ones file by file
help-serve = Preview the plan's website while you edit: serves it on 127.0.0.1, rebuilds on every saved change and reloads the open page
help-serve-port = The port on 127.0.0.1; 0 picks a free one (the address is printed)
help-serve-templates = A folder of templates (.html, .css, .typ) that replace the embedded ones file by file; watched too
help-serve-pdf = Build each page's PDF too (each rebuild then takes about a second longer)
help-case = Render a case document followed by its attachments (the plan, a revision report, the period report) as one PDF
help-case-case = The case number, such as 9/20 (default: the only case, or the latest by date)
help-batch = Render one population report per municipality of a national table, in parallel
help-batch-inputs = Population tables (SSB CSV or JSON-stat downloads, or the project's own CSV); repeat to merge. Default with --plan: the plan's statistics files
help-batch-region = Only these municipalities (codes, comma-separated; followed through the code changes)
help-batch-plan = Only the municipalities of this plan folder, with its code changes (and its statistics files without --input)
help-batch-out_dir = The folder to write the reports to (created if missing)
help-batch-changes = Lists of municipal code changes (SSB classification 131 format); repeatable
help-batch-jobs = Threads to render with (default: the number of cores)
help-population = Population change per municipality and for the region between two dates
help-population-inputs = A population table (SSB CSV or JSON-stat download, or the project's own CSV); repeat to merge several. Replaces the plan's own table
help-population-region = Municipality codes of the region, comma-separated (default: the plan's municipalities)
help-population-changes = A list of municipal code changes to add to the plan's (SSB classification 131 format); repeatable
