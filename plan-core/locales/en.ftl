# plan-core's messages in English. Ids are shared by nn.ftl and nb.ftl;
# the tests check that every id is in all three and used in the code.

actions-count = { $count ->
    [one] { $count } action
   *[other] { $count } actions
}
deadline-unreadable = cannot read deadline "{ $text }" (expected a year, 'Årleg', a season and year such as 'Vår 2021', a month and year such as 'mai 2021', or a date such as 31.05.2021)

## Where a finding is: the words before its message.
diagnostic-sheet = sheet '{ $name }'
diagnostic-column = column '{ $name }'
diagnostic-field = field '{ $name }'

## Errors
more-errors = (and { $count } more { $count ->
        [one] error
       *[other] errors
    })
invalid-input = invalid input
io-cannot-read = { $path }: cannot read: { $reason }
io-not-found = no such file or folder
io-permission-denied = permission denied
io-invalid-data = not valid text ({ $detail })
io-other = { $detail }
money-unreadable = cannot read amount "{ $text }" ({ $reason })
money-negative = a cost cannot be negative
money-approximate = an approximate amount cannot be summed: write the amount without 'ca.' or '~' (and a note in merknad)
money-ore = øre are not allowed: costs are in whole kroner
money-not-an-amount = expected whole kroner such as '500 000', 'kr 500 000' or '0,5 mill.'
date-unreadable = cannot read date "{ $text }" (expected { $expected })
date-expected-date = a date such as 2021-05-31, 31.05.2021 or 31. mai 2021
date-expected-year-or-date = a year such as 2020, or a date such as 2020-01-01 or 1.1.2020
date-does-not-exist = "{ $text }" is not a date that exists ({ $why })
date-no-such-month = there is no month { $month }
date-month-days = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year } has { $days } days
municipality-code-invalid = "{ $text }" is not a municipality number (expected four digits such as 0615 or 3041)

## The checks of a plan
focus-area-id-missing = missing focus area id (expected a short id such as klima)
duplicate-focus-area-id = duplicate focus area id "{ $id }" (first used on line { $first })
duplicate-theme-id = duplicate theme id "{ $id }" in focus area "{ $area }" (first used on line { $first })
duplicate-result-goal-id = duplicate result goal id "{ $id }" (first used on line { $first })
sdg-out-of-range = { $goal } is not a UN sustainable development goal (expected a number from 1 to 17)
duplicate-body = duplicate body "{ $abbreviation }" in the glossary
sdg-list-missing = the list of UN sustainable development goals is missing
sdg-list-missing-because = the list of UN sustainable development goals is missing: { $note }
sdg-none-listed = no UN sustainable development goals are listed
focus-area-without-actions = focus area "{ $id }" has no actions in the action programme
open-question = open question: "{ $text }"
action-without-responsible = action { $id } has no responsible body (expected who is responsible, such as RR)
placeholder-text = placeholder text: "{ $text }"
abbreviation-unexplained = abbreviation "{ $abbreviation }" is not explained (expected an entry in [[bodies]] of plan.toml)
municipality-name-mismatch = municipality { $code } is "{ $name }" in plan.toml but "{ $data_names }" in the population data ({ $sources }): the figures under { $code } are { $data_names }'s (expected the code of { $name }, or its name)
municipality-code-of-another = municipality { $code } is { $code_name } on { $date }, not { $name }: { $name } is { $others } (expected the code { $others } for { $name }, or the name { $code_name })
municipality-name-differs = municipality { $code } is { $code_name } on { $date }, not "{ $name }" (expected the name { $code_name }, or the code of { $name })
municipality-code-followed = { $code } is no municipality's code on { $date }: the municipality had { $then } ({ $then_name }) that day, and the reports follow { $code } to { $then } (expected the code valid when the plan period starts, { $then })
municipality-code-broken = { $code } { $name } is no municipality on { $date }: { $reason } (expected a code valid on { $date })
municipality-code-unknown = { $code } is no municipality on { $date } (by SSB's municipalities and code changes since 1972) (expected the code { $name } had on { $date })
municipality-code-unknown-named = { $code } is no municipality on { $date } (by SSB's municipalities and code changes since 1972): { $name } is { $found } (expected { $found })
attachment-status-without-year = a revision report needs its year (expected year = 2022 beside report = "status")
attachment-year-outside-period = the revision report of { $year } is outside the plan period { $first }–{ $last }
decision-without-points = the decision has no points
still-to-fill-in = still to fill in (expected { $expected })
expected-case-number = the case number, such as 9/20
expected-case-assembly = the body the case goes to
expected-case-place = where the case is signed
expected-signer-name = who signs
expected-signer-role = the signer's role
expected-plan-owner = who owns the plan, such as the regional council
expected-adopting-body = the body that adopts the plan
plan-without-focus-areas = the plan has no focus areas (expected [[focus_areas]] with id, name, themes and result goals)
plan-without-population = no population data (expected SSB downloads named in [statistics] population, or population.csv)
empty-section = empty section (expected text)
text-unfinished = the text looks unfinished: it ends "…{ $tail }" without a full stop

## Reading tables and workbooks
cannot-read = cannot read: { $reason }
csv-unclosed-quote = malformed CSV: a quoted field starts here and is never closed (expected a closing ")
table-empty = the file is empty (expected a header row and data rows)
csv-too-many-fields = malformed CSV: { $used } { $used ->
        [one] field
       *[other] fields
    } where the header has { $header } (is there a '{ $separator }' in a text without quotes?)
workbook-unreadable = cannot read the workbook ({ $detail }); expected an Excel .xlsx file
workbook-without-sheets = the workbook has no sheets
sheet-unreadable = cannot read sheet '{ $sheet }' ({ $detail })
sheet-empty = sheet '{ $sheet }' is empty (expected a header row and data rows)
column-missing = missing required column (the header has: { $header })

## The programme's history and the status files
file-not-named-by-year = not read: a file here is named after its year (expected { $folder }/2022.{ $extension })
decision-without-programme = a decision for { $year } without its programme (expected { $folder }/{ $year }.csv or .xlsx beside it)
programme-two-files = two programme versions for { $year } (expected one of { $year }.csv and { $year }.xlsx)
revision-outside-period = a revision in force from { $year } is outside the plan period { $first }–{ $last } (expected a year in the period)
programme-two-versions = two programme versions for { $year }: { $base } is in force from the plan period's first year (expected a revision from { $next } or later)
revision-without-actions = the revision in force from { $year } has no actions (expected the whole programme, not only the changes)
revision-without-decision = no decision is recorded for the revision in force from { $year } (expected { $folder }/{ $year }.toml with adopted, case and body)
revision-adopted-before-earlier = the revision in force from { $year } was adopted { $adopted }, before the revision in force from { $earlier_year } ({ $earlier })
revision-adopted-after-year = the revision in force from { $year } was adopted { $adopted }, after the year it came into force
status-two-files = a second status file for { $year } (expected one of .csv and .xlsx)
status-outside-period = a status file for { $year }, outside the plan period { $first }–{ $last } (expected a year in the period)
status-without-programme = a status file for { $year }, but no version of the action programme is in force in { $year } (expected { $programme }, or { $folder }/{ $year }.csv or an earlier revision)
status-not-checked = the action programme has errors, so the status files were not checked against it
status-unknown-action = unknown action "{ $id }" (expected an id of the programme in force in { $year }, { $file }, such as { $example })
status-action-removed = action "{ $id }" was removed from the action programme by the revision in force from { $revision } ({ $file }), so it has no status in { $year } (remove the row)
status-action-renumbered = action "{ $id }" was renumbered { $new } by the revision in force from { $revision } ({ $file }) (expected { $new } in the status of { $year })
status-actions-not-in-programme = { $count ->
        [one] 1 row names an action
       *[other] { $count } rows name actions
    } not in { $file } ({ $ids }); the rows are kept. If { $file } was replaced by a later revision, restore the history: put the programme of { $year } back as { $file } and add the revision as a version of its own
money-too-large = the amount is too large

## Dates in running text
date-long = { $day } { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Status of an action
status-not-started = not started
status-in-progress = in progress
status-done = completed
status-delayed = delayed
status-cancelled = cancelled
status-not-reported = not reported

## Status files and the year's follow-up
status-action-id-missing = missing action id (expected the id of an action in the programme)
status-action-twice = action "{ $id }" is reported twice (first on line { $first })
status-word-unknown = unknown status "{ $text }" (expected one of: { $words })
status-word-near = unknown status "{ $text }": did you mean "{ $word }"? (expected one of: { $words })
progress-unreadable = cannot read progress "{ $text }" (expected a percentage from 0 to 100)
progress-impossible = progress { $text } is impossible (expected a percentage from 0 to 100)
status-file-missing = no status file for { $year } (expected status/{ $year }.csv or .xlsx)
population-no-span = the population data have no two dates up to 1 January { $next } (expected counts from 1 January { $first } to 1 January { $next }), so the report for { $year } has no population figures
population-span-short = the population data have no count for { $missing }, which the report for { $year } compares: it uses { $from } to { $to }
population-span-short-two = the population data have no count for { $missing } or { $also }, which the report for { $year } compares: it uses { $from } to { $to }
action-overdue = action { $id } is overdue: due { $deadline }, status { $status } at { $at }
action-due = action { $id } is due in { $year } ({ $deadline }), status { $status }
action-without-status = action { $id } has no status for { $year } (expected a row: not reported)
status-rows-not-updated = { $count ->
        [one] one row was
       *[other] { $count } rows were
    } last updated before { $year } and count as not reported in { $year }: { $ids } (fill in the status and date for { $year })
status-template-unwritable = cannot write the status template: { $detail }

## Reading the plan folder
table-csv-and-xlsx = both { $stem }.csv and { $stem }.xlsx are in the folder (expected one of them)
file-two-names = { $first } and { $second } are two names for one file (expected one of them)
folder-two-names = { $first }/ and { $second }/ are two names for one folder (expected one of them)
file-not-read = no rule reads this file and plan.toml does not name it (did you mean { $nearest }?)
case-file-name = case { $number } is in a file named { $stem }.toml (expected { $folder }/{ $expected }.toml: the number with / written -)
case-twice = case { $number } is also in { $other } (expected one file per case)
toml-malformed-at = malformed TOML at column { $column }: { $detail }
toml-malformed = malformed TOML: { $detail }

## The action programme
action-id-missing = missing action id (expected a short unique id such as KLIMA-01)
action-id-duplicate = duplicate action id "{ $id }" (first used on line { $first })
did-you-mean = ; did you mean { $id }?
focus-area-unknown = unknown focus area "{ $text }" (expected an id or name: { $known }{ $nearest })
focus-area-missing = the action names no focus area (expected an id or a name: { $known })
focus-area-none-in-plan = the plan has no focus areas to put the action in yet (expected [[focus_areas]] in plan.toml)
focus-area-without-themes = this focus area has no themes
expected-id-or-name = expected an id or name: { $known }{ $nearest }
theme-unknown = unknown theme "{ $text }" in focus area "{ $area }" ({ $expected })
action-text-missing = missing action text (expected what is to be done)
case-unknown-none = no case { $number } in the plan folder (it has no case: expected case.toml or cases/NUMBER.toml, or sak.toml or saker/NUMBER.toml)
case-unknown = no case { $number } in the plan folder (it has { $numbers })
case-none = the plan folder has no case (expected case.toml or cases/NUMBER.toml, or sak.toml or saker/NUMBER.toml)
year-outside-period = year { $year } is outside the plan period { $first }–{ $last }
programme-not-in-force = no version of the action programme is in force in { $year }

## Indicators
indicator-goal-unknown = "{ $goal }" is not a measurable result goal (expected one of: { $known })
indicator-value-unreadable = cannot read value "{ $text }" (expected a number such as 1234 or 12,5)

## Population figures
population-cell-unreadable = cannot read population "{ $text }" ({ $reason })
population-negative = a population cannot be negative
population-fraction = expected a whole number of people
population-not-a-number = expected a whole number of people, or a missing-value symbol (. .. : -)
population-partly-missing = { $code } { $name } on { $date }: some rows have a figure and some are missing; the total is left out
population-first-given = {" "}(first given in { $file } line { $line })
population-given-twice = { $code } { $name } on { $date } is given twice{ $first }
population-given-twice-differently = { $code } { $name } on { $date } is given twice with different counts, { $count } and { $other }{ $first }
population-stated-total-differs = stated total "{ $label }" on { $date } is { $stated }, but its municipalities sum to { $computed } (difference { $difference }); the figures use the computed sum
period-reversed = the period { $from } to { $to } is reversed or empty (expected a start before its end)
population-series-breaks = { $code } { $name }: the series breaks: { $reason }; no figures for it between { $from } and { $to }
population-missing-at = { $municipality } has no population on { $date } in the data (expected a count for every municipality of the region at both dates)
population-tables-empty = the population table has no counts
population-history-cut-break = The series begins on { $start }: { $reason }, so the figures before that cannot be followed.
population-history-cut-missing = The series begins on { $start }: the data have no population for { $code } { $name } on { $date }.

## Municipal reforms
code-merged = { $from } merged into { $into } on { $date }
code-split = { $from } was split into { $into } on { $date }
code-change-date-unreadable = cannot read date "{ $text }" (expected a date such as 2020-01-01)
code-changes-unreadable = cannot read the change list: { $detail } (expected SSB's JSON {"{"}"codeChanges": [{"{"}"oldCode", "newCode", "changeOccurred", …{"}"}]{"}"} or its CSV)

## JSON-stat downloads from SSB
jsonstat-missing-dataset = missing (expected a JSON-stat dataset)
jsonstat-missing-ids = missing (expected the list of dimension ids)
jsonstat-missing-sizes = missing (expected the list of dimension sizes)
jsonstat-sizes-count = { $sizes } sizes for { $ids } dimensions
jsonstat-too-many-dimensions = { $count } dimensions (expected at most { $max }: region, time, and what is summed)
jsonstat-sizes-mismatch = the dimension sizes { $sizes } do not match the categories: { $id } has { $given }
jsonstat-too-many-cells = the dimension sizes { $sizes } give too many cells
jsonstat-no-region = no region dimension (the dimensions are: { $ids })
jsonstat-no-time = no time dimension (the dimensions are: { $ids })
jsonstat-missing = missing
jsonstat-categories = expected { $count } categories
time-label-unreadable = cannot read time "{ $text }" (expected a year such as 2020 or a quarter such as 2020K1)
jsonstat-several-variables = more than one population variable ({ $variables }); download one of them
jsonstat-cell-unreadable = cannot read population { $shown } (expected a whole number of people or null)
json-malformed-at = malformed JSON at column { $column }: { $detail }
jsonstat-value-count = { $count } values where the dimension sizes give { $total }
jsonstat-sparse-too-large = the dimension sizes give { $total } cells, too many for the { $given } values given
jsonstat-missing-values = missing (expected the values)
jsonstat-given-twice = given twice
jsonstat-not-an-index = "{ $key }" is not a cell index (expected a whole number)
jsonstat-values-shape = expected an array or an object of values

## Population tables
population-no-dates = no date columns and no 'dato' column (expected a long table with kommunenummer, kommune, dato, folketal, or a wide one with a column per date such as 'folketal 1.1.2020'; the header has: { $header })
population-date-unreadable = cannot read date "{ $text }" (expected a year such as 2020, or a date such as 2020-01-01, 1.1.2020 or 1. okt 2020)
area-unreadable = cannot read area "{ $text }" (expected square kilometres such as 705 or 704,87)
ssb-no-header = no header row found (expected a header such as "region";"kjønn";"alder";"statistikkvariabel";"år";…)
ssb-no-region = no region column (expected a column named "region"; the header has: { $header })
ssb-no-time = no time in the header (expected a column "år"/"year"/"kvartal", or columns such as "Personer 2020"; the header has: { $header })
ssb-too-many-dimensions = too many dimension columns to sum ({ $count }; at most { $max })
ssb-several-variables = the table has more than one population variable ({ $variables }); download one of them

## Adding a revision
revise-outside-period = a revision in force from { $year } is outside the plan period { $first }–{ $last }
revise-not-after-latest = a revision in force from { $year } must come after the latest version, in force from { $latest }
revise-no-actions = the proposal has no actions: adopted, it would remove all { $removed } actions of the programme (expected the whole revised programme)
revise-exists = { $file } exists already (a revision is only ever added; see the README on undoing an adoption)
revise-year-exists = the programme in force from { $year } exists already: { $files } (a revision is only ever added; see the README on undoing an adoption)
revise-adopted-late = the decision is dated { $date }, after 1 January { $year } when the revision takes effect (expected a decision before the year it applies to)

## A new plan folder
scaffold-period-reversed = the period { $first }–{ $last } is reversed (expected the first year before the last, such as 2024-2027)
scaffold-no-municipality = a region needs at least one municipality (expected one or more municipality codes)
scaffold-bad-year = { $year } is not a year a plan can start
scaffold-unknown-code = { $code } is not the code of a Norwegian municipality (1972–2024)
scaffold-code-not-followed = { $code } cannot be followed to 1 January { $year }: { $reason }

## Deadlines in running text
deadline-yearly = yearly
deadline-year = { $year }
deadline-season = { $season ->
        [spring] spring
        [summer] summer
        [autumn] autumn
       *[winter] winter
    } { $year }
deadline-month = { $month ->
        [1] January
        [2] February
        [3] March
        [4] April
        [5] May
        [6] June
        [7] July
        [8] August
        [9] September
        [10] October
        [11] November
       *[12] December
    } { $year }

## Result goals
goal-reached = reached
goal-on-track = on track
goal-behind = behind schedule
goal-no-data = no data
goal-target-value = the target value
goal-target-relative = the baseline changed by { $sign ->
        [minus] −
       *[plus] +
    }{ $pct }%
goal-rule = The baseline is the value on { $baseline }. The goal is { $target } by { $by }. The goal is reached when the latest value is { $better ->
        [higher] at least
       *[lower] at most
    } the target. Otherwise it is on track when the latest value is { $better ->
        [higher] at least
       *[lower] at most
    } where the straight line from the baseline to the target stands at the same date, and behind schedule when the value is { $better ->
        [higher] lower
       *[lower] higher
    }. Without a baseline or a later value there is no data.
input-unnamed = uploaded file
# The severity of a finding, before its message (`FILE:LINE: feil: …`).
severity-error = error
severity-warning = warning
severity-note = note
population-spreadsheet = the file is an { $format } workbook, not a table the population reader reads (expected a CSV file — an SSB download or the plan's own table — or JSON-stat: save the sheet as CSV)

statistics-no-region = no region dimension (expected a column or dimension named "region", "kommune" or with the geo role; the table has: { $dimensions })
statistics-no-time = no time dimension (expected a column or dimension named "år", "kvartal", "måned" or "tid" or with the time role, or columns such as "Nettoinnflytting 2020K1"; the table has: { $dimensions })
statistics-period-unreadable = cannot read time period "{ $text }" (expected a year such as 2023, a quarter such as 2023K1, a month such as 2023M01 or a date such as 2023-01-31)
statistics-value-unreadable = cannot read value "{ $text }" (expected a number, one of SSB's symbols ".", "..", "..." or ":" for a missing value, or "-" for zero)
statistics-duplicate-cell = the cell { $cell } is given twice (first on line { $first })
statistics-missing-symbols = { $count ->
        [one] one cell holds an SSB symbol for a missing value ("{ $symbol }", here): it is missing, never zero
       *[other] { $count } cells hold SSB's symbols for a missing value (the first, "{ $symbol }", here): they are missing, never zero
    }
statistics-empty = the table holds no values (expected a header and rows of values)
statistics-jsonstat-no-dataset = no JSON-stat dataset (expected "id", "size", "dimension" and "value", or SSB's {"{"}"dataset": …{"}"} wrapper)
statistics-jsonstat-size = "{ $dimension }" has { $count } values where the size says { $expected }
statistics-variable-unknown = no variable "{ $wanted }" in this table (nearest: { $nearest }; expected the code or label of one of its { $count } variables)
statistics-dimension-unknown = no dimension "{ $wanted }" in this table (nearest: { $nearest }; its dimensions besides region and time: { $dimensions })
statistics-select-unknown = no value "{ $wanted }" in the dimension "{ $dimension }" (nearest: { $nearest }; expected the code or label of one of its { $count } values)
statistics-dimension-open = the dimension "{ $dimension }" has { $count } values ({ $values }): choose one with --select { $code }=CODE or sum them with --sum { $code }
statistics-region-unknown = no municipality { $code } in the table, under this code or an earlier one (nearest: { $nearest })
statistics-note-missing = missing for { $municipalities }
statistics-note-no-weight = the weight is missing for { $municipalities }
statistics-note-not-count = not summed: the unit "{ $unit }" is no count; give --weight with a count variable of the table to weight the municipalities' values
statistics-note-unknown-count = not summed: the table does not say whether "{ $variable }" is a count; give --count if it is, or --weight with a count variable
statistics-code-break = { $code } has no value up to { $date } and cannot be followed further back: { $reason }
goal-statistics-missing = the goal "{ $goal }" has source = "statistics" but no [indicator.statistics] table (expected "file", "variable" and, for quarters or months, per = "year" and "combine")
goal-statistics-not-bound = the goal "{ $goal }" has an [indicator.statistics] table but another source (expected source = "statistics")
goal-statistics-no-file = the statistics file { $file } does not exist (expected a file relative to the plan folder)
goal-statistics-invalid = { $file }: { $problem }
goal-statistics-no-combine = the goal "{ $goal }" is followed per year, but { $file } has quarters or months: say how they make a year with combine = "sum" (a flow such as migration), "last" (a stock at the end of the period) or "first" (a stock at its start)
goal-statistics-dimension-open = the dimension "{ $dimension }" has { $count } values ({ $values }): choose one with select = {"{"} { $code } = "CODE" {"}"} or sum them with sum = ["{ $code }"]
goal-statistics-baseline = the baseline date { $date } is in no year of { $file } (its years: { $years })
