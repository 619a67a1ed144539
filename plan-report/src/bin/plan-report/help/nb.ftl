# Hjelpetekstene til kommandolinjen `plan-report`: beskrivelsen av verktøyet (help-about),
# av hver kommando (help-KOMMANDO) og av hvert argument (help-KOMMANDO-ARGUMENT, eller help-arg-ARGUMENT
# for et argument som betyr det samme i alle kommandoene). Testene til programmet sjekker at hver
# kommando og hvert argument har en.

help-about = Rapporter for regionale strategiske planer: sjekk en planmappe, følg planen opp år for år, og lag rapportene som PDF og som nettsted.
help-arg-lang = Språket i meldinger og rapporter: nn (nynorsk), nb (bokmål) eller en (engelsk). Ellers følger meldingene PLAN_REPORT_LANG eller språket til systemet, og rapportene språket til planen
help-arg-plan_dir = Planmappen (standard: mappen du står i når den har plan.toml, ellers den nærmeste mappen over som har det)
help-arg-output = PDF-filen som skal skrives (byttes bare ut når hele rapporten er laget)
help-arg-date = Datoen til rapporten: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (ellers: fra dataene)
help-arg-templates = En mappe med maler som bytter ut de innebygde, fil for fil
help-arg-pdf_standard = PDF-standarder, skilt med komma: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … eller none
help-arg-emit_typst = Skriv også typst-kildene, dataene, diagrammene og skrifttypene til denne mappen
help-arg-format = Utdataformat
help-arg-from = Den tidligste datoen: ÅÅÅÅ, ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (ellers: den første datoen i dataene)
help-arg-to = Den seneste datoen (ellers: den siste datoen i dataene)
help-check = Sjekk en planmappe og list opp hver feil og merknad som `FIL:LINJE: ALVOR: MELDING`
help-check-year = List også opp tiltakene med frist dette året og dem som er forfalt ved utgangen av det
help-status-template = Skriv statusfilen som skal fylles ut for et år: hvert tiltak, med fjorårets verdier ført videre
help-status-template-year = Rapportåret
help-status-template-output = Hvor filen skal skrives (ellers: `PLANMAPPE/status/ÅR.csv`; `-` for standard ut)
help-status-template-force = Bytt ut en statusfil som finnes
help-status-template-format = csv: UTF-8 med BOM og `;`, slik norsk Excel åpner den; xlsx: en Excel-arbeidsbok
help-diff = Sammenlign to versjoner av handlingsprogrammet: to planmapper eller tiltaksfiler, eller én planmappe og to år
help-diff-old = Den gamle versjonen (en planmappe eller en tiltaksfil), eller planmappen med --from-year og --to-year
help-diff-new = Den nye versjonen
help-diff-from_year = Året der programmet er den gamle versjonen (med én planmappe)
help-diff-to_year = Året der programmet er den nye versjonen (med én planmappe)
help-new = Skriv en ny planmappe som skal fylles ut: plan.toml med alle delene, overskriften til handlingsprogrammet og et saksutkast
help-new-plan_dir = Mappen som skal lages (kan ikke finnes fra før, eller må være tom)
help-new-region = Kommunene i regionen: kommunenumre fra hvilken som helst tid, skilt med komma
help-new-name = Navnet på regionen
help-new-period = Planperioden, for eksempel 2024-2027
help-new-language = Planens skriftspråk, nn, nb eller en: `language` i plan.toml og hver tittel, kommentar og filnavn som skrives (standard: språket til meldingene når et er valgt, ellers nn)
help-revise = Ta et vedtatt handlingsprogram inn i historien til planen som versjonen som gjelder fra et år
help-revise-proposal = Forslaget til program (.csv eller .xlsx), hele programmet slik det ble vedtatt
help-revise-adopted = Datoen for vedtaket: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-revise-case = Saksnummeret til vedtaket, for eksempel 45/21
help-revise-year = Det første året revisjonen gjelder (etter den siste versjonen)
help-revise-body = Organet som vedtok det (ellers: organet som vedtar planen)
help-revise-dry_run = Skriv ut endringene og skriv ingenting til fil
help-show = Skriv ut planen slik den er lest
help-schema = Skriv ut JSON-skjemaet for det `show`, `population`, `indicator` eller `diff` skriver ut som JSON, eller for plan.toml
help-schema-of = Hvilke utdata
help-status = Lag årsrapporten for revisjonen av handlingsprogrammet som PDF
help-status-year = Rapportåret
help-status-previous = Fjorårets planmappe (eller tiltaksfil): endringene fra den til programmet som gjelder i året (i stedet for den neste revisjonen i historien)
help-status-revised = Et forslag til revisjon som ikke er vedtatt (planmappe eller tiltaksfil): endringene fra programmet som gjelder i året til det (i stedet for den neste revisjonen i historien)
help-period = Lag rapporten for planperioden som PDF: hele perioden samlet, til evalueringen før neste plan
help-site = Lag nettstedet til planen: hver rapport som en universelt utformet nettside ved siden av PDF-en
help-site-output = Mappen til nettstedet: ny, tom, eller et tidligere nettsted fra plan-report (byttes ut helt)
help-site-no_pdf = Lag bare sidene, uten PDF-ene
help-site-templates = En mappe med maler (.html, .css, .typ) som bytter ut de innebygde, fil for fil
help-serve = Forhåndsvis nettstedet mens du skriver: viser det på 127.0.0.1, bygger det på nytt ved hver lagret endring og laster den åpne siden på nytt
help-serve-port = Porten på 127.0.0.1; 0 velger en ledig (adressen skrives ut)
help-serve-templates = En mappe med maler (.html, .css, .typ) som bytter ut de innebygde, fil for fil; følges også med på
help-serve-pdf = Lag PDF-en til hver side også (hver ombygging tar da omtrent ett sekund lenger)
help-case = Lag et saksfremlegg med vedleggene (planen, en årsrapport, rapporten for planperioden) som én PDF
help-case-case = Saksnummeret, for eksempel 9/20 (ellers: den eneste saken, eller den siste etter dato)
help-batch = Lag én befolkningsrapport per kommune i en nasjonal tabell, parallelt
help-batch-inputs = Befolkningstabeller (CSV- eller JSON-stat-nedlastinger fra SSB, eller prosjektets egen CSV); gjenta for å slå sammen. Ellers med --plan: statistikkfilene til planen
help-batch-region = Bare disse kommunene (kommunenumre skilt med komma; fulgt gjennom nummerendringene)
help-batch-plan = Bare kommunene i denne planmappen, med nummerendringene dens (og statistikkfilene uten --input)
help-batch-out_dir = Mappen rapportene skal skrives til (lages om den mangler)
help-batch-changes = Lister over endringer i kommunenumre (formatet til SSB-klassifikasjon 131); kan gjentas
help-batch-jobs = Antall tråder (ellers: antall kjerner)
help-indicator = Én variabel fra statistikktabeller (CSV- eller JSON-stat-nedlastinger fra SSB) per kommune og periode, og for en region
help-indicator-inputs = En statistikktabell (CSV- eller JSON-stat-nedlasting fra SSB); gjenta for å lese flere
help-indicator-variable = Variabelen (ContentsCode eller statistikkvariabel), med kode eller navn
help-indicator-select = Lås en dimensjon til én verdi, med kode eller navn: DIM=KODE; kan gjentas
help-indicator-sum = Summer en dimensjon over verdiene dens; kan gjentas
help-indicator-region = Kommunenumrene i regionen, skilt med komma, fulgt gjennom kodeendringer (standard: alle kommunene i tabellene, uten tall for regionen)
help-indicator-changes = En liste over endringer i kommunenummer som kommer i tillegg til den innebygde (SSB-klassifikasjon 131); kan gjentas
help-indicator-count = Variabelen er et antall: summer den for regionen (trengs når tabellen ikke sier det)
help-indicator-weight = En tellevariabel i samme tabell som vekter regionens verdi av en andel eller rate
help-population = Endring i befolkningen per kommune og for regionen mellom to datoer
help-population-inputs = En befolkningstabell (CSV- eller JSON-stat-nedlasting fra SSB, eller prosjektets egen CSV); gjenta for å slå sammen flere. Bytter ut tabellen til planen
help-population-region = Kommunenumrene i regionen, skilt med komma (ellers: kommunene i planen)
help-population-changes = En liste over endringer i kommunenumre i tillegg til planens (formatet til SSB-klassifikasjon 131); kan gjentas

# Ordene til clap: overskriftene i hjelpen, flaggene for hjelp og versjon og kommandoen help.
help-heading-usage = Bruk
help-heading-arguments = Argumenter
help-heading-options = Valg
help-heading-commands = Kommandoer
help-flag-help = Vis hjelp
help-flag-help-more = Vis hjelp (se mer med '--help')
help-flag-help-summary = Vis hjelp (se et sammendrag med '-h')
help-flag-version = Vis versjonen
help-command-help = Vis denne hjelpen eller hjelpen til de gitte kommandoene
help-completions = Skriv ut skriptet som fullfører kommandoer i skallet, for bash, zsh, fish, powershell eller elvish
help-completions-shell = Skallet
help-man = Skriv manualsidene (plan-report.1 og én side per kommando, på engelsk) til en mappe; for pakking
help-man-dir = Mappen de skal skrives til (lages hvis den mangler)
help-heading-possible-values = Mulige verdier

# Plassholderne for verdier, ord for ord (<FIL>, [PLANMAPPE], KODE,KODE,...): help-placeholder-ORD.
help-placeholder-options = VALG
help-placeholder-command = KOMMANDO
help-placeholder-lang = SPRÅK
help-placeholder-language = SPRÅK
help-placeholder-file = FIL
help-placeholder-dir = MAPPE
help-placeholder-plan_dir = PLANMAPPE
help-placeholder-code = KODE
help-placeholder-name = NAVN
help-placeholder-first = FØRSTE
help-placeholder-last = SISTE
help-placeholder-date = DATO
help-placeholder-sak = SAK
help-placeholder-body = ORGAN
help-placeholder-list = LISTE
help-placeholder-n = N
help-placeholder-dim = DIM
help-placeholder-year = ÅR
help-placeholder-format = FORMAT
help-placeholder-old = GAMMEL
help-placeholder-new = NY
help-placeholder-of = UTDATA
help-placeholder-port = PORT
help-placeholder-shell = SKALL

# De mulige verdiene: help-value-KOMMANDO-ARGUMENT-VERDI, eller help-value-ARGUMENT-VERDI der de betyr det samme.
help-value-lang-nn = nynorsk
help-value-lang-nb = bokmål
help-value-lang-en = engelsk
help-value-language-nn = nynorsk
help-value-language-nb = bokmål
help-value-language-en = engelsk
help-value-status-template-format-csv = UTF-8 med byte-order mark (BOM) og `;` mellom feltene
help-value-status-template-format-xlsx = En Excel-arbeidsbok
help-value-diff-format-table = En lesbar liste over endringene
help-value-diff-format-json = `{"{"}"added":[…],"removed":[…],"changed":[…]{"}"}`
help-value-show-format-json = Hele planen som JSON
help-value-format-table = Kolonner på rad for en terminal, tall skrevet på språket til meldingene
help-value-format-csv = Skilt med komma, én rad per kommune og én for regionen
help-value-format-json = JSON-en som er beskrevet i README
help-value-schema-of-plan = Planen, slik `show --format json` skriver den
help-value-schema-of-population = Tallene, slik `population --format json` skriver dem
help-value-schema-of-diff = Endringene, slik `diff --format json` skriver dem
help-value-schema-of-indicator = Verdiene, slik `indicator --format json` skriver dem
help-value-schema-of-plan-toml = Inndatafilen plan.toml, for redigeringsprogrammer med en språktjener for TOML

# Merknadene etter hjelpen til et argument.
help-spec-default = [standard: { $value }]
help-spec-possible-values = [mulige verdier: { $values }]
help-spec-aliases = [{ $count ->
    [one] alias
   *[other] aliaser
  }: { $names }]

# Det kommandolinjen avviser (feilene til clap), og tipsene med det.
help-error-unknown-argument = uventet argument «{ $arg }»
help-error-invalid-value = ugyldig verdi «{ $value }» for «{ $arg }»
help-error-not-a-number = ugyldig verdi «{ $value }» for «{ $arg }»: ventet et heltall
help-error-missing-value = «{ $arg }» trenger en verdi, men fikk ingen
help-error-unknown-command = ukjent kommando «{ $command }»
help-error-missing-command = «{ $command }» trenger en kommando, men fikk ingen
help-error-missing-required = { $count ->
    [one] dette argumentet må være med, men mangler:
   *[other] disse argumentene må være med, men mangler:
  }
help-error-repeated = argumentet «{ $arg }» kan bare brukes én gang
help-error-conflict = argumentet «{ $arg }» kan ikke brukes sammen med «{ $other }»
help-error-conflict-others = argumentet «{ $arg }» kan ikke brukes sammen med ett eller flere av de andre argumentene
help-error-unexpected-value = uventet verdi «{ $value }» for «{ $arg }»; ventet ingen flere
help-error-value-count = «{ $arg }» trenger { $expected } verdier, men fikk { $actual }
help-error-no-equals = «{ $arg }» må få verdien sin med likhetstegn (=)
help-error-invalid-utf8 = ett eller flere av argumentene er ikke gyldig UTF-8
help-error-other = kommandolinjen kan ikke leses
help-error-try-help = Se «{ $flag }» for mer.
help-quoted = «{ $text }»
help-tip = tips
help-tip-similar-command = { $count ->
    [one] en lignende kommando finnes
   *[other] noen lignende kommandoer finnes
  }: { $names }
help-tip-similar-argument = { $count ->
    [one] et lignende argument finnes
   *[other] noen lignende argumenter finnes
  }: { $names }
help-tip-similar-value = { $count ->
    [one] en lignende verdi finnes
   *[other] noen lignende verdier finnes
  }: { $names }
help-tip-as-value = for å gi «{ $arg }» som verdi, skriv «{ $fix }»
help-tip-in-command = «{ $command }» finnes
