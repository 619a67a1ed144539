# The help texts of the `plan-report` command line: the description of the tool (help-about),
# of each command (help-COMMAND) and of each argument (help-COMMAND-ARG, or help-arg-ARG for an
# argument that means the same in every command). The program's tests check that every command and
# argument has one.

help-about = Reports for regional strategic plans: check a plan folder, follow it up year by year, and render its reports as PDF and as a website.
help-arg-lang = The language of messages and reports: nn (Nynorsk), nb (Bokmål) or en (English). Messages otherwise follow PLAN_REPORT_LANG or the system's language; reports follow the plan's language
help-arg-plan_dir = The plan folder (default: the current folder when it holds plan.toml, else the nearest folder above it that does)
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
help-new-language = The plan's written language, nn, nb or en: `language` in plan.toml and every title, comment and file name written (default: the language of the messages when one was chosen, else nn)
help-revise = Adopt a proposed action programme into the plan's history as the version in force from a year
help-revise-proposal = The proposed programme (.csv or .xlsx), the whole programme as adopted
help-revise-adopted = The date of the decision: YYYY-MM-DD or D.M.YYYY
help-revise-case = The case number of the decision, such as 45/21
help-revise-year = The first year the revision is in force (after the latest version)
help-revise-body = The body that adopted it (default: the plan's adopting body)
help-revise-dry_run = Print the changes and write nothing
help-show = Print the loaded plan
help-schema = Print the JSON Schema of what `show`, `population`, `indicator` or `diff` print as JSON, or of the input plan.toml
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
help-indicator = One variable of statistics tables (SSB CSV or JSON-stat downloads) per municipality and period, and for a region
help-indicator-inputs = A statistics table (SSB CSV or JSON-stat download); repeat to read several
help-indicator-variable = The variable (ContentsCode or statistikkvariabel), by code or label
help-indicator-select = Fix a dimension to one value, by code or label: DIM=CODE; repeatable
help-indicator-sum = Sum a dimension over its values; repeatable
help-indicator-region = Municipality codes of the region, comma-separated, followed through code changes (default: every municipality of the tables, no region figure)
help-indicator-changes = A list of municipal code changes to add to the built-in one (SSB classification 131 format); repeatable
help-indicator-count = The variable is a count: sum it for the region (needed when the table does not say)
help-indicator-weight = A count variable of the same table that weights a rate's region value
help-population = Population change per municipality and for the region between two dates
help-population-inputs = A population table (SSB CSV or JSON-stat download, or the project's own CSV); repeat to merge several. Replaces the plan's own table
help-population-region = Municipality codes of the region, comma-separated (default: the plan's municipalities)
help-population-changes = A list of municipal code changes to add to the plan's (SSB classification 131 format); repeatable

# clap's own words: the headings of the help, the help and version flags, and the help command.
help-heading-usage = Usage
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-commands = Commands
help-flag-help = Print help
help-flag-help-more = Print help (see more with '--help')
help-flag-help-summary = Print help (see a summary with '-h')
help-flag-version = Print version
help-command-help = Print this message or the help of the given subcommand(s)
help-completions = Print the shell completion script for bash, zsh, fish, powershell or elvish
help-completions-shell = The shell
help-man = Write the manual pages (plan-report.1 and one page per command, in English) to a folder; for packaging
help-man-dir = The folder to write them to (created if missing)
help-heading-possible-values = Possible values

# The placeholders of values, word by word (<FILE>, [PLAN_DIR], CODE,CODE,...): help-placeholder-WORD.
help-placeholder-options = OPTIONS
help-placeholder-command = COMMAND
help-placeholder-lang = LANG
help-placeholder-language = LANGUAGE
help-placeholder-file = FILE
help-placeholder-dir = DIR
help-placeholder-plan_dir = PLAN_DIR
help-placeholder-code = CODE
help-placeholder-name = NAME
help-placeholder-first = FIRST
help-placeholder-last = LAST
help-placeholder-date = DATE
help-placeholder-sak = CASE
help-placeholder-body = BODY
help-placeholder-list = LIST
help-placeholder-n = N
help-placeholder-dim = DIM
help-placeholder-year = YEAR
help-placeholder-format = FORMAT
help-placeholder-old = OLD
help-placeholder-new = NEW
help-placeholder-of = OUTPUT
help-placeholder-port = PORT
help-placeholder-shell = SHELL

# The possible values: help-value-COMMAND-ARG-VALUE, or help-value-ARG-VALUE where they mean the same.
help-value-lang-nn = Nynorsk
help-value-lang-nb = Bokmål
help-value-lang-en = English
help-value-language-nn = Nynorsk
help-value-language-nb = Bokmål
help-value-language-en = English
help-value-status-template-format-csv = UTF-8 with a byte-order mark and `;` between fields
help-value-status-template-format-xlsx = An Excel workbook
help-value-diff-format-table = A readable list of the changes
help-value-diff-format-json = `{"{"}"added":[…],"removed":[…],"changed":[…]{"}"}`
help-value-show-format-json = The whole plan as JSON
help-value-format-table = Aligned columns for a terminal, numbers written in the language of the messages
help-value-format-csv = Comma-separated, one row per municipality and one for the region
help-value-format-json = The JSON documented in the README
help-value-schema-of-plan = The plan, as `show --format json` prints it
help-value-schema-of-population = The figures, as `population --format json` prints them
help-value-schema-of-diff = The changes, as `diff --format json` prints them
help-value-schema-of-indicator = The values, as `indicator --format json` prints them
help-value-schema-of-plan-toml = The input plan.toml, for editors with a TOML language server

# The notes after an argument's help.
help-spec-default = [default: { $value }]
help-spec-possible-values = [possible values: { $values }]
help-spec-aliases = [{ $count ->
    [one] alias
   *[other] aliases
  }: { $names }]

# What the command line refuses (clap's errors), and the tips with it.
help-error-unknown-argument = unexpected argument '{ $arg }' found
help-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
help-error-not-a-number = invalid value '{ $value }' for '{ $arg }': a whole number was expected
help-error-missing-value = a value is required for '{ $arg }' but none was supplied
help-error-unknown-command = unrecognized subcommand '{ $command }'
help-error-missing-command = '{ $command }' requires a subcommand but one was not provided
help-error-missing-required = { $count ->
    [one] the following required argument was not provided:
   *[other] the following required arguments were not provided:
  }
help-error-repeated = the argument '{ $arg }' cannot be used multiple times
help-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
help-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
help-error-unexpected-value = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
help-error-value-count = { $expected } values required for '{ $arg }' but { $actual } { $actual ->
    [one] was
   *[other] were
  } provided
help-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
help-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
help-error-other = the command line could not be read
help-error-try-help = For more information, try '{ $flag }'.
help-quoted = '{ $text }'
help-tip = tip
help-tip-similar-command = { $count ->
    [one] a similar subcommand exists
   *[other] some similar subcommands exist
  }: { $names }
help-tip-similar-argument = { $count ->
    [one] a similar argument exists
   *[other] some similar arguments exist
  }: { $names }
help-tip-similar-value = { $count ->
    [one] a similar value exists
   *[other] some similar values exist
  }: { $names }
help-tip-as-value = to pass '{ $arg }' as a value, use '{ $fix }'
help-tip-in-command = '{ $command }' exists
