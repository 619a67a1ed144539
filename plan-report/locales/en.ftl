# plan-report's messages in English: the command line, the reports' errors.
# Ids are shared by nn.ftl and nb.ftl; the tests check that every id is in
# all three and used in the code.

## Errors of the reports
pdf-failed = cannot write the PDF: { $detail }
templates-unreadable = { $path }: cannot read templates: { $reason }
chart-failed = cannot draw the chart { $name }: { $detail }
output-unwritable = { $path }: cannot write: { $reason }
period-needs-status = the period report needs at least one status file ({ $plan } has no status/YEAR.csv)
report-needs-year = the status report needs a year (expected the reporting year in the options, such as 2021)
report-date-too-early = the report date { $date } is before the reporting year { $year } (expected a date in { $year } or later)
report-data-unwritable = cannot write the report's data: { $detail }
pdf-standard-unknown = unknown PDF standard "{ $name }" (expected a-1a, a-1b, a-2a, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, a-4e, a-4f, ua-1, 1.4, 1.5, 1.6, 1.7, 2.0 or none)

## The web edition
site-page-failed = a page's view could not be built
batch-report-failed = a municipality's report could not be built
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
finding-warning = Warning
finding-note = Note
finding-at-line = { $file }, line { $line }

## Population on the command line
population-one-date = a change needs counts at two dates, and the table has only { $date } (expected a table with more dates, or --input with another)
population-from-after-to = { $from } is not before { $to } (expected --from earlier than --to)
period-unreadable = cannot read period "{ $text }" (expected two years such as 2024-2027)
lang-env-unknown = PLAN_REPORT_LANG={ $value }: unknown language (expected nn, nb or en)
remedy-status-template = ; `{ $command }` writes one to fill in
# The placeholders as the help names them (help-placeholder-*).
remedy-add-revision = {" "}with `plan-report revise { $dir } --proposal FILE --adopted DATE --case CASE --year YEAR`
site-written = wrote { $path } ({ $pages } { $pages ->
        [one] page
       *[other] pages
    }, { $pdfs } { $pdfs ->
        [one] PDF
       *[other] PDFs
    })
typst-written = wrote the typst sources to { $path }
report-written = wrote { $path } ({ $warnings } { $warnings ->
        [one] warning
       *[other] warnings
    } from loading the plan and the findings of `check --year` are listed in the report)
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
new-written = wrote { $path } for { $name } ({ $count } { $count ->
        [one] municipality
       *[other] municipalities
    }, { $first }–{ $last }); `{ $command }` lists what is still to fill in
status-template-written = wrote { $path } ({ $count ->
        [one] 1 action
       *[other] { $count } actions
    } to fill in)
batch-done = rendered { $done } of { $total } { $total ->
        [one] report
       *[other] reports
    } into { $path } in { $seconds } s ({ $rate } per second, { $threads } { $threads ->
        [one] thread
       *[other] threads
    })
batch-failed = failed: { $code } { $name }: { $error }
batch-one-date = each report shows its municipality on { $date } alone (population, share, density and rank): a change needs figures for a second date
batch-dates-not-in-table = the table holds no figures for { $wanted }; it holds { $held } (expected --from and --to among its dates)
batch-date-flag = { $date } ({ $flag })
revise-dry-run = dry run: nothing was written
revise-added = added { $programme } and { $decision }: the programme in force from { $year } ({ $count } { $count ->
        [one] action
       *[other] actions
    })

## The reports' labels (meta.labels.KEY in the templates)
label-page = Page
label-of = of
label-contents = Contents
label-region = Region
label-plan-period = Plan period
label-plan-version = Plan version
label-plan-status = Plan status
label-report-year = Reporting year
label-report-date = Report date
label-action = Action
label-actions = Actions
label-deadline = Deadline
label-responsible = Responsible
label-status = Status
label-cost = Cost
label-note = Note
label-description = Description
label-comment = Comment
label-action-legend = ● Deadline in the reporting year, or a yearly action. ⚠ The deadline has passed and the action is neither completed nor cancelled. Comments from the status report are in italics.
label-summary = Summary
label-focus-area = Focus area
label-overdue-actions = Overdue actions
label-no-overdue = No action is overdue.
label-population = Population
label-code = Code
label-municipality = Municipality
label-change = Change
label-change-pct = Change %
label-annual-pct = Annual %
label-share = Share
label-per-km2 = Per km²
label-rank = Rank
label-source = Source
label-year-by-year = Change from year to year
label-date = Date
label-themes = Themes
label-result-goals = Result goals
label-measurable-see-below = (measurable: see below)
label-measure = Measure
label-baseline = Baseline
label-latest = Latest value
label-by-municipality = By municipality
label-target = Target
label-no-actions-in-area = The action programme has no actions in this focus area.
label-changes = Changes to the action programme
label-added = New actions
label-removed = Removed actions
label-changed = Changed actions
label-field = Field
label-before = Before
label-now = Now
label-formerly = formerly
label-budget = Budget
label-with-cost = With cost
label-sum = Total
label-costed-actions = Actions with a cost
label-appendix-findings = Appendix 1: Findings of the checks
label-findings-draft = The checks of the plan data found these findings. They point to open questions and gaps in the draft that should be put right before the plan is adopted.
label-findings-intro = The checks of the plan data found these findings.
label-no-findings = The checks found nothing to remark.
label-finding-type = Type
label-finding-place = Place
label-finding-message = Message
label-appendix-glossary = Appendix 2: Abbreviations
label-abbreviation = Abbreviation
label-meaning = Meaning
label-appendix-sources = Appendix 3: Sources
label-sources-intro = The report is made from these files. Every figure is computed anew from the files each time the report is made.
label-file = File
label-file-contents = Contents

## Words of the reports' views
glossary-not-explained = not explained in the plan
source-ssb-table = SSB table { $table }
plan-draft = draft
plan-adopted = adopted
keyword-strategic-plan = strategic plan
keyword-action-programme = action programme

## The sources appendix
source-one-date = 1 date, { $date }
source-dates = { $count } dates from { $from } to { $to }
source-no-figures = no figures
source-plan = The plan: { $title }, { $version }
source-adopted-by = , adopted by { $body }, case { $case }, { $date }
source-programme = The action programme from { $year }: { $count ->
        [one] 1 action
       *[other] { $count } actions
    }{ $adopted }
source-status = Status for { $year }: { $count ->
        [one] 1 row
       *[other] { $count } rows
    }
source-indicators = Measured values of the result goals: { $count } { $count ->
        [one] value
       *[other] values
    }
source-own-population = The plan's population table
source-population = Population per municipality
source-population-file = { $what }{ $kind }: { $dates }, { $count } { $count ->
        [one] figure
       *[other] figures
    }
source-code-changes = Changes of municipality numbers (SSB, classification 131): { $count ->
        [one] 1 change
       *[other] { $count } changes
    }, { $dates }
source-built-in-code-changes = Built into plan-report: SSB's changes of municipality numbers since 1972 (classification 131): { $count } changes, { $dates }; { $used ->
        [one] 1 of them concerns
       *[other] { $used } of them concern
    } the region
source-statistics-goal = Result goal “{ $goal }”: { $table }, variable { $variable } ({ $label }), { $periods }
source-statistics-table = statistics table
source-case = Case { $number } to { $body }: { $title }

## The annual revision report
status-report-title = Annual report { $year }
status-report-subtitle = Status and revision of the action programme
keyword-annual-report = annual report
status-summary-intro = This report accounts for the status of { $plan } for { $year }: the change in population, the result goals and the actions of the action programme, and what the actions cost. The action programme is revised every year; the report is the basis for that revision.
status-due-in-year = Due in { $year }
status-heading = Status of the actions in { $year }
status-file-none = There is no status report for { $year } (status/{ $year }.csv is missing from the plan folder). Every action is therefore shown as “not reported”.
status-from = The status is taken from { $file }. An action is overdue when its deadline has passed at the report date and the action is neither completed nor cancelled; a yearly action is overdue when it is reported as delayed.
status-budget-summary = { $costed } of { $actions } actions have a cost, { $total } in all. Actions without a cost are not counted in the sums.
status-budget-planned-in-year = Of which planned in { $year }
status-budget-planned-note = The column "Of which planned in { $year }" shows the cost of the yearly actions and of the actions due in { $year }, { $planned } in all. The rule is the one of the period report: each one-off action is counted once, in the year its deadline ends, and a yearly action every year it is in the action programme.
status-changes-summary = The changes from { $old } to { $new }: { $added } new { $added ->
        [one] action
       *[other] actions
    }, { $removed } removed and { $changed } changed. Actions that have a new number are recognised by their text.
summary-done-value = { $done } of { $total }
summary-done-label = actions completed in { $year }
summary-done-note = { $overdue } overdue, { $not_reported } not reported
status-carried-note = Last updated { $date }, with the status “{ $status }”.
summary-done-note-earlier = { $overdue } overdue, { $not_reported } not reported; { $earlier } completed in earlier years are not counted
summary-population-label = inhabitants { $date }
summary-population-note = { $change } ({ $pct }) since { $since }
summary-population-note-unavailable = the change over the plan period is not available yet (no figures for { $missing })
summary-actions-label = { $count ->
        [one] action
       *[other] actions
    } in the action programme
summary-actions-note = { $due } due in { $year }, { $yearly } of them yearly
summary-budget-label = set aside for actions
summary-budget-note = { $costed } of { $actions } actions have a cost
summary-goals-label = result { $count ->
        [one] goal
       *[other] goals
    }
summary-goals-note = { $measurable } measurable: { $statuses }
chart-status-caption = Status of the actions per focus area in { $year }. The number in each part is the number of actions.
chart-status-alt = Bar chart of the status of the actions in { $year } per focus area.
chart-cost-caption = Cost per focus area, for actions with a cost.
chart-cost-alt = Bar chart of the cost per focus area.

## Fields of an action, as the changes name them
field-text = action
field-deadline = deadline
field-responsible = responsible
field-cost = cost
field-note = note
field-focus-area = focus area
field-theme = theme

## Population in the reports
chart-population-caption = Population per municipality { $date }.
chart-population-alt = Bar chart of the population per municipality { $date }.
chart-change-caption = Change in population in percent from { $from } to { $to }. The dashed line is { $region } as a whole.
chart-change-alt = Bar chart of the change in population in percent from { $from } to { $to }, with growth to the right and decline to the left.
chart-region-total = { $region } as a whole
population-rule = The population is as of 1 January. The municipalities are followed through the changes of municipality numbers, so that figures from before and after the municipal reforms can be compared. { $region } is the sum of the municipalities. The change in percent is of the population on { $from }; annual growth is the average annual growth over the period (years of 365.25 days). Rank 1 is the largest growth in percent.
population-start-later = The figures begin later than the start of the plan period ({ $wanted }), so the change is counted from { $from }.
population-start-missing = The figures have no figure for the start of the plan period ({ $wanted }), so the change is counted from { $from }, before the plan period, and is not the change over the plan period.
population-start-no-later = There are no figures for { $wanted_to } yet, so the change over the plan period (from { $wanted }) cannot be computed; the table shows the change from { $from }, before the plan period, to { $to }.
population-ends-early = The figures for { $year } should reach { $wanted }, but the latest figures are from { $to }.
chart-index-alt = Line chart of the population per municipality as an index, { $first } = 100, up to { $to }: { $ends }.
chart-index-axis = Index, { $first } = 100
chart-index-caption = Population per municipality over time, as an index ({ $first } = 100). Each municipality has its own colour and its own marker.

## Result goals in the reports
goal-values-to-come = The values are to come from the indicator table (indikatorar.csv), which has no figures for this goal yet.
chart-goal-measured = Measured
chart-goal-line = Target line
chart-goal-alt = Line chart of { $measure }: measured { $measured }, the target line goes from { $baseline } ({ $baseline_date }) to { $target } ({ $target_date }). Status: { $status }.
chart-goal-caption = { $measure }: measured values and the straight line from the baseline to the target.

## The period report
period-history-renumbered = new number { $year } (formerly { $old })
period-history-new = new { $year }
period-history-removed = removed { $year }
chart-completed-caption = Completed actions per year, by focus area. The number in each part is the number of actions.
chart-completed-alt = Bar chart of completed actions per year and focus area.
chart-cost-per-year-caption = Planned cost per year: each one-off action once, in the year its latest deadline ends, yearly actions every year they are in the programme.
chart-cost-per-year-alt = Bar chart of the planned cost per year.
period-revision-start = the programme at the start of the plan
period-revision-changes = { $added } new { $added ->
        [one] action
       *[other] actions
    }, { $removed } removed, { $changed } changed ({ $renumbered } of them with a new number)
period-decision-none = not recorded
period-decision-draft = the plan is a draft, not adopted
adoption = { $body }, case { $case }, { $date }
adoption-without-case = { $body }, { $date }
period-report-title = Report for the plan period { $years }
period-report-subtitle = Evaluation of the action programme through the plan period
keyword-evaluation = evaluation
period-summary-intro = This report gathers the follow-up of { $plan } for the years { $years }: every action in every version of the action programme with its status year by year, how many actions were completed and how many were overdue, the planned cost per year, the measurable result goals and the population over the period, and the revisions with their decisions. The report is the basis for the evaluation before the next plan.
label-report-covers = The report covers
label-actions-year-by-year = The actions year by year
label-year-by-year-intro = Each row is one action, under the newest number it has had. An empty cell means that the action was not in the action programme that year. The signs:
label-history = Changes
label-completed-overdue = Completed and overdue actions
label-completed-overdue-intro = Each cell shows completed / overdue / actions in the action programme that year, per focus area. An action is overdue when its deadline has passed at the end of the year and the action is neither completed nor cancelled.
label-planned-cost = Planned cost per year
label-planned-cost-rule = Each one-off action is counted once: in the year its deadline ends according to the latest version of the action programme that holds the action, at that version's cost. When a revision moves the deadline, the cost moves with it, and the column "Moved from earlier years" shows how much of the year's cost an earlier version had planned for an earlier year. A yearly action is counted every year it is in the action programme. Actions without a cost, and actions a revision removed before the year their deadline ends, are not counted.
label-cost-moved = Moved from earlier years
period-cost-sum = The sum, { $total }, is the cost of { $actions ->
        [one] 1 action
       *[other] { $actions } different actions
    }: { $once } one-off and { $yearly } yearly.
period-cost-outside = Planned costs of { $cost } in all fall in { $years }, which the table does not cover, and are not in the sum.
label-year = Year
label-no-measurable-goals = The plan has no measurable result goals.
label-goals-intro = The measurable result goals at the report date, measured against the target.
label-revisions = Revisions of the action programme
label-from-year = From
label-decision = Decision

## The case document
case-document-title = Case { $number } – { $title }
keyword-case = case
case-sdg-unknown = Goal { $goal }
case-sdg = Goal { $goal }: { $name }
# The UN's sustainable development goals by number, their short names as the United Nations gives them.
sdg-1 = No poverty
sdg-2 = Zero hunger
sdg-3 = Good health and well-being
sdg-4 = Quality education
sdg-5 = Gender equality
sdg-6 = Clean water and sanitation
sdg-7 = Affordable and clean energy
sdg-8 = Decent work and economic growth
sdg-9 = Industry, innovation and infrastructure
sdg-10 = Reduced inequalities
sdg-11 = Sustainable cities and communities
sdg-12 = Responsible consumption and production
sdg-13 = Climate action
sdg-14 = Life below water
sdg-15 = Life on land
sdg-16 = Peace, justice and strong institutions
sdg-17 = Partnerships for the goals
stage-draft = Draft
stage-adopted = Adopted plan
case-population-municipality = Municipality
case-population-area = Area (km²)
case-population-count = Population – { $date }
case-population-computed = Computed from the population statistics the plan reads: the population on { $date }, the latest 1 January up to the case's date ({ $case_date }).
case-population-note = The sum for { $date } is computed from the municipalities. The { $stage ->
        [draft] draft
       *[adopted] plan
    } gave { $stated } for { $label }; the sum of the municipalities is { $sum }.
label-case = Case
label-case-to = To
label-case-from = From
label-attachments = Attachments
label-attachment = Attachment
label-to-case = to case
label-contents-attachments = Contents of the attachments
label-contents-plan = Contents of the plan
label-owner = Owner
label-sdg-missing = The list of sustainable development goals is missing
label-population-table-caption = Area and population per municipality.
label-no-actions = No actions.
label-glossary = Abbreviations
label-municipality-number = Municipality number

## The municipality report
municipality-population-at = Population { $date }
municipality-change = Change
municipality-annual-growth = Average annual growth
municipality-chart-alt = Line chart of the population of { $name } from { $from } to { $to }: { $values }.
municipality-chart-caption = The population of { $name } on 1 January.
municipality-chart-unit = people
municipality-title = Population of { $name } { $from }–{ $to }
keyword-population = population
municipality-rule = The population is as of 1 January. The municipality is followed through the changes of municipality numbers. Annual growth is the average annual growth over the period (years of 365.25 days).
municipality-title-one-date = Population of { $name } { $year }
municipality-share = Share of the table's population
municipality-rank = Rank by population
municipality-rank-of = { $rank } of { $count }
municipality-density = People per km²
municipality-one-date-rule = The population is as of { $date }. The report shows the municipality on that date alone: a change needs figures for a second date. Share and rank are among the { $count } municipalities of the table.
label-skip-link = Skip to the content
label-site-nav = The pages of the plan
label-chart-numbers = The numbers in the chart
label-population-per-municipality = Population per municipality
label-and = and
label-population-year-to-year = Population from year to year
label-findings-caption = Findings of the checks
label-key-figures = Key figures
label-documents = The documents
label-per-municipality = Per municipality
label-plan = Plan
label-actions-by-status = Number of actions by status in
label-cost-per-area = Cost per focus area

## The web edition's pages
site-period = The plan period
site-case = Case { $number }
site-plan = The plan
site-front = Front page
site-population = Population
site-footer-dated = made with { $generator } from the plan data as of { $date }
site-footer = made with { $generator }
site-case-with-plan = The case with the plan
site-report-with-population = The report with the population figures
serve-error-title = The plan cannot be built
serve-error-hint = Fix the file and save it: this page reloads by itself.

## The command line's tables
diff-heading = Changes to the action programme from { $old } to { $new }
diff-none = No changes.
diff-action-details = deadline { $deadline }, responsible { $responsible }
diff-added = New actions ({ $count }):
diff-removed = Removed actions ({ $count }):
diff-changed = Changed actions ({ $count }):
diff-renumbered = formerly { $old }, recognised by its text
population-table-heading = Population { $from } – { $to }: { $region }
population-table-series = Change for { $region } from date to date
population-table-goal = Result goal “{ $goal }”: { $status }
      Baseline { $baseline }, latest { $latest }, target { $target }.
population-table-note = The region is the sum of the municipalities. Annual % is the average annual growth over the period (years of 365.25 days). Ranked by change in percent.
plan-folder-above = using the plan folder { $folder }
plan-folder-none = no plan folder: neither { $folder } nor a folder above it holds plan.toml (give PLAN_DIR, or run the command inside a plan folder)
population-selection = Selection
site-output-not-empty = { $path } is neither empty nor a site of plan-report (expected a new or empty folder)
site-output-not-a-folder = { $path } is not a folder (expected a new or empty folder)
indicator-table-heading = { $variable } per municipality and period
indicator-table-region = The region per period
indicator-period = Period
indicator-value = Value
indicator-note = Note
indicator-select-form = cannot read the selection "{ $text }" (expected DIM=CODE, such as Kjonn=2)
