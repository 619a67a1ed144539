# Hjelpetekstane til kommandolinja `plan-report`: skildringa av verktøyet (help-about),
# av kvar kommando (help-KOMMANDO) og av kvart argument (help-KOMMANDO-ARGUMENT, eller help-arg-ARGUMENT
# for eit argument som tyder det same i alle kommandoane). Testane til programmet sjekkar at kvar
# kommando og kvart argument har ein.

help-about = Rapportar for regionale strategiske planar: sjekk ei planmappe, følg planen opp år for år, og lag rapportane som PDF og som nettstad.
help-arg-lang = Språket i meldingar og rapportar: nn (nynorsk), nb (bokmål) eller en (engelsk). Elles følgjer meldingane PLAN_REPORT_LANG eller språket til systemet, og rapportane språket til planen
help-arg-plan_dir = Planmappa (standard: mappa du står i når ho har plan.toml, elles den næraste mappa over som har det)
help-arg-output = PDF-fila som skal skrivast (vert berre bytt ut når heile rapporten er laga)
help-arg-date = Datoen til rapporten: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (elles: frå dataa)
help-arg-templates = Ei mappe med malar som byter ut dei innebygde, fil for fil
help-arg-pdf_standard = PDF-standardar, skilde med komma: a-2a, ua-1, a-2b, a-2u, a-3a, a-3b, a-3u, a-4, 1.7, 2.0 … eller none
help-arg-emit_typst = Skriv òg typst-kjeldene, dataa, diagramma og skrifttypane til denne mappa
help-arg-format = Utdataformat
help-arg-from = Den tidlegaste datoen: ÅÅÅÅ, ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ (elles: den første datoen i dataa)
help-arg-to = Den seinaste datoen (elles: den siste datoen i dataa)
help-check = Sjekk ei planmappe og list opp kvar feil og merknad som `FIL:LINJE: ALVOR: MELDING`
help-check-year = List òg opp tiltaka med frist dette året og dei som er forfalne ved utgangen av det
help-status-template = Skriv statusfila som skal fyllast ut for eit år: kvart tiltak, med fjorårets verdiar førte vidare
help-status-template-year = Rapportåret
help-status-template-output = Kvar fila skal skrivast (elles: `PLANMAPPE/status/ÅR.csv`; `-` for standard ut)
help-status-template-force = Byt ut ei statusfil som finst
help-status-template-format = csv: UTF-8 med BOM og `;`, slik norsk Excel opnar ho; xlsx: ei Excel-arbeidsbok
help-diff = Samanlikn to versjonar av handlingsprogrammet: to planmapper eller tiltaksfiler, eller éi planmappe og to år
help-diff-old = Den gamle versjonen (ei planmappe eller ei tiltaksfil), eller planmappa med --from-year og --to-year
help-diff-new = Den nye versjonen
help-diff-from_year = Året der programmet er den gamle versjonen (med éi planmappe)
help-diff-to_year = Året der programmet er den nye versjonen (med éi planmappe)
help-new = Skriv ei ny planmappe som skal fyllast ut: plan.toml med alle bolkane, overskrifta til handlingsprogrammet og eit saksutkast
help-new-plan_dir = Mappa som skal lagast (kan ikkje finnast frå før, eller må vere tom)
help-new-region = Kommunane i regionen: kommunenummer frå kva tid som helst, skilde med komma
help-new-name = Namnet på regionen
help-new-period = Planperioden, til dømes 2024-2027
help-new-language = Skriftspråket til planen, nn, nb eller en: `language` i plan.toml og kvar tittel, kommentar og filnamn som blir skrive (standard: språket til meldingane når eitt er valt, elles nn)
help-revise = Ta eit vedteke handlingsprogram inn i historia til planen som versjonen som gjeld frå eit år
help-revise-proposal = Framlegget til program (.csv eller .xlsx), heile programmet slik det vart vedteke
help-revise-adopted = Datoen for vedtaket: ÅÅÅÅ-MM-DD eller D.M.ÅÅÅÅ
help-revise-case = Saksnummeret til vedtaket, til dømes 45/21
help-revise-year = Det første året revisjonen gjeld (etter den siste versjonen)
help-revise-body = Organet som vedtok det (elles: organet som vedtek planen)
help-revise-dry_run = Skriv ut endringane og skriv ingenting til fil
help-show = Skriv ut planen slik han er lesen
help-schema = Skriv ut JSON-skjemaet for det `show`, `population`, `indicator` eller `diff` skriv ut som JSON, eller for plan.toml
help-schema-of = Kva for utdata
help-status = Lag årsrapporten for revisjonen av handlingsprogrammet som PDF
help-status-year = Rapportåret
help-status-previous = Fjorårets planmappe (eller tiltaksfil): endringane frå henne til programmet som gjeld i året (i staden for den neste revisjonen i historia)
help-status-revised = Eit framlegg til revisjon som ikkje er vedteke (planmappe eller tiltaksfil): endringane frå programmet som gjeld i året til det (i staden for den neste revisjonen i historia)
help-period = Lag rapporten for planperioden som PDF: heile perioden samla, til evalueringa før neste plan
help-site = Lag nettstaden til planen: kvar rapport som ei universelt utforma nettside ved sida av PDF-en
help-site-output = Mappa til nettstaden: ny, tom, eller ein tidlegare nettstad frå plan-report (vert bytt ut heilt)
help-site-no_pdf = Lag berre sidene, utan PDF-ane
help-site-templates = Ei mappe med malar (.html, .css, .typ) som byter ut dei innebygde, fil for fil
help-serve = Førehandsvis nettstaden medan du skriv: viser han på 127.0.0.1, byggjer han på nytt ved kvar lagra endring og lastar den opne sida på nytt
help-serve-port = Porten på 127.0.0.1; 0 vel ein ledig (adressa vert skriven ut)
help-serve-templates = Ei mappe med malar (.html, .css, .typ) som byter ut dei innebygde, fil for fil; vert òg følgd med på
help-serve-pdf = Lag PDF-en til kvar side òg (kvar ombygging tek då om lag eitt sekund lenger)
help-case = Lag eit saksframlegg med vedlegga (planen, ein årsrapport, rapporten for planperioden) som éin PDF
help-case-case = Saksnummeret, til dømes 9/20 (elles: den einaste saka, eller den siste etter dato)
help-batch = Lag éin folketalsrapport per kommune i ein nasjonal tabell, parallelt
help-batch-inputs = Folketalstabellar (CSV- eller JSON-stat-nedlastingar frå SSB, eller prosjektets eigen CSV); gjenta for å slå saman. Elles med --plan: statistikkfilene til planen
help-batch-region = Berre desse kommunane (kommunenummer skilde med komma; følgde gjennom nummerendringane)
help-batch-plan = Berre kommunane i denne planmappa, med nummerendringane hennar (og statistikkfilene utan --input)
help-batch-out_dir = Mappa rapportane skal skrivast til (vert laga om ho manglar)
help-batch-changes = Lister over endringar i kommunenummer (formatet til SSB-klassifikasjon 131); kan gjentakast
help-batch-jobs = Talet på trådar (elles: talet på kjernar)
help-indicator = Ein variabel frå statistikktabellar (CSV- eller JSON-stat-nedlastingar frå SSB) per kommune og periode, og for ein region
help-indicator-inputs = Ein statistikktabell (CSV- eller JSON-stat-nedlasting frå SSB); gjenta for å lese fleire
help-indicator-variable = Variabelen (ContentsCode eller statistikkvariabel), med kode eller namn
help-indicator-select = Lås ein dimensjon til éin verdi, med kode eller namn: DIM=KODE; kan gjentakast
help-indicator-sum = Summer ein dimensjon over verdiane hans; kan gjentakast
help-indicator-region = Kommunenummera i regionen, skilde med komma, følgde gjennom kodeendringar (standard: alle kommunane i tabellane, utan tal for regionen)
help-indicator-changes = Ei liste over endringar i kommunenummer som kjem i tillegg til den innebygde (SSB-klassifikasjon 131); kan gjentakast
help-indicator-count = Variabelen er eit tal på noko: summer han for regionen (trengst når tabellen ikkje seier det)
help-indicator-weight = Ein teljevariabel i same tabell som veg verdien for regionen av ein del eller ein rate
help-population = Endring i folketalet per kommune og for regionen mellom to datoar
help-population-inputs = Ein folketalstabell (CSV- eller JSON-stat-nedlasting frå SSB, eller prosjektets eigen CSV); gjenta for å slå saman fleire. Byter ut tabellen til planen
help-population-region = Kommunenummera i regionen, skilde med komma (elles: kommunane i planen)
help-population-changes = Ei liste over endringar i kommunenummer i tillegg til planen sine (formatet til SSB-klassifikasjon 131); kan gjentakast

# Orda til clap: overskriftene i hjelpa, flagga for hjelp og versjon og kommandoen help.
help-heading-usage = Bruk
help-heading-arguments = Argument
help-heading-options = Val
help-heading-commands = Kommandoar
help-flag-help = Vis hjelp
help-flag-help-more = Vis hjelp (sjå meir med '--help')
help-flag-help-summary = Vis hjelp (sjå eit samandrag med '-h')
help-flag-version = Vis versjonen
help-command-help = Vis denne hjelpa eller hjelpa til dei gjevne kommandoane
help-completions = Skriv ut skriptet som fullfører kommandoar i skalet, for bash, zsh, fish, powershell eller elvish
help-completions-shell = Skalet
help-man = Skriv manualsidene (plan-report.1 og ei side per kommando, på engelsk) til ei mappe; for pakking
help-man-dir = Mappa dei skal skrivast til (blir laga om ho manglar)
help-heading-possible-values = Moglege verdiar

# Plasshaldarane for verdiar, ord for ord (<FIL>, [PLANMAPPE], KODE,KODE,...): help-placeholder-ORD.
help-placeholder-options = VAL
help-placeholder-command = KOMMANDO
help-placeholder-lang = SPRÅK
help-placeholder-language = SPRÅK
help-placeholder-file = FIL
help-placeholder-dir = MAPPE
help-placeholder-plan_dir = PLANMAPPE
help-placeholder-code = KODE
help-placeholder-name = NAMN
help-placeholder-first = FYRSTE
help-placeholder-last = SISTE
help-placeholder-date = DATO
help-placeholder-sak = SAK
help-placeholder-body = ORGAN
help-placeholder-list = LISTE
help-placeholder-n = N
help-placeholder-dim = DIM
help-placeholder-year = ÅR
help-placeholder-format = FORMAT
help-placeholder-old = GAMAL
help-placeholder-new = NY
help-placeholder-of = UTDATA
help-placeholder-port = PORT
help-placeholder-shell = SKAL

# Dei moglege verdiane: help-value-KOMMANDO-ARGUMENT-VERDI, eller help-value-ARGUMENT-VERDI der dei tyder det same.
help-value-lang-nn = nynorsk
help-value-lang-nb = bokmål
help-value-lang-en = engelsk
help-value-language-nn = nynorsk
help-value-language-nb = bokmål
help-value-language-en = engelsk
help-value-status-template-format-csv = UTF-8 med byte-order mark (BOM) og `;` mellom felta
help-value-status-template-format-xlsx = Ei Excel-arbeidsbok
help-value-diff-format-table = Ei lesbar liste over endringane
help-value-diff-format-json = `{"{"}"added":[…],"removed":[…],"changed":[…]{"}"}`
help-value-show-format-json = Heile planen som JSON
help-value-format-table = Kolonnar på rad for ein terminal, tal skrivne på språket til meldingane
help-value-format-csv = Skilde med komma, éi rad per kommune og éi for regionen
help-value-format-json = JSON-en som er skildra i README
help-value-schema-of-plan = Planen, slik `show --format json` skriv han
help-value-schema-of-population = Tala, slik `population --format json` skriv dei
help-value-schema-of-diff = Endringane, slik `diff --format json` skriv dei
help-value-schema-of-indicator = Verdiane, slik `indicator --format json` skriv dei
help-value-schema-of-plan-toml = Inndatafila plan.toml, for redigeringsprogram med ein språktenar for TOML

# Merknadene etter hjelpa til eit argument.
help-spec-default = [standard: { $value }]
help-spec-possible-values = [moglege verdiar: { $values }]
help-spec-aliases = [{ $count ->
    [one] alias
   *[other] aliasar
  }: { $names }]

# Det kommandolinja avviser (feila til clap), og tipsa med det.
help-error-unknown-argument = uventa argument «{ $arg }»
help-error-invalid-value = ugyldig verdi «{ $value }» for «{ $arg }»
help-error-not-a-number = ugyldig verdi «{ $value }» for «{ $arg }»: venta eit heilt tal
help-error-missing-value = «{ $arg }» treng ein verdi, men fekk ingen
help-error-unknown-command = ukjend kommando «{ $command }»
help-error-missing-command = «{ $command }» treng ein kommando, men fekk ingen
help-error-missing-required = { $count ->
    [one] dette argumentet må vere med, men manglar:
   *[other] desse argumenta må vere med, men manglar:
  }
help-error-repeated = argumentet «{ $arg }» kan berre brukast éin gong
help-error-conflict = argumentet «{ $arg }» kan ikkje brukast saman med «{ $other }»
help-error-conflict-others = argumentet «{ $arg }» kan ikkje brukast saman med eitt eller fleire av dei andre argumenta
help-error-unexpected-value = uventa verdi «{ $value }» for «{ $arg }»; venta ingen fleire
help-error-value-count = «{ $arg }» treng { $expected } verdiar, men fekk { $actual }
help-error-no-equals = «{ $arg }» må få verdien sin med likskapsteikn (=)
help-error-invalid-utf8 = eitt eller fleire av argumenta er ikkje gyldig UTF-8
help-error-other = kommandolinja kan ikkje lesast
help-error-try-help = Sjå «{ $flag }» for meir.
help-quoted = «{ $text }»
help-tip = tips
help-tip-similar-command = { $count ->
    [one] ein liknande kommando finst
   *[other] nokre liknande kommandoar finst
  }: { $names }
help-tip-similar-argument = { $count ->
    [one] eit liknande argument finst
   *[other] nokre liknande argument finst
  }: { $names }
help-tip-similar-value = { $count ->
    [one] ein liknande verdi finst
   *[other] nokre liknande verdiar finst
  }: { $names }
help-tip-as-value = for å gje «{ $arg }» som verdi, skriv «{ $fix }»
help-tip-in-command = «{ $command }» finst
