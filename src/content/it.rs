//! Italiano, per titolari e responsabili di piccole e medie imprese: frasi brevi, del
//! "tu" dalla prima all’ultima parola, come nella maggior parte dei siti italiani,
//! apostrofi tipografici (’). Una parola per ogni idea: il *bottleneck* è sempre il
//! "freno". Scelte di terminologia (IA per l’efficienza, IA per la crescita, analisi dei
//! processi) spiegate nel glossario del README. Written for Italian readers, not
//! translated word for word.

use super::words::*;

const TEMPO_COSTI: CardWords = CardWords {
    label: "Tempo e costi",
    description: "Il lavoro ripetitivo si mangia la settimana del team e rallenta tutto il resto.",
};
const CLIENTI_CRESCITA: CardWords = CardWords {
    label: "Clienti e crescita",
    description: "Il tempo c’è, ma non si trasforma in abbastanza fatturato o nuovi clienti.",
};

/// Ogni parola del widget, in italiano.
pub const WORDS: Words = Words {
    decimal_mark: ",",
    group_mark: ".",
    // 900 €, 62,50 CHF: l’importo prima, la valuta dopo, con uno spazio che non va a capo.
    money_symbol: "{amount}\u{a0}{currency}",
    money_code: "{amount}\u{a0}{currency}",
    months: [
        "gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic",
    ],
    // Per esteso: "mar" sarebbe sia martedì sia marzo.
    weekdays: [
        "lunedì",
        "martedì",
        "mercoledì",
        "giovedì",
        "venerdì",
        "sabato",
        "domenica",
    ],
    date: "{weekday} {day} {month} {year}",

    intro: "Poche domande, circa due minuti. Alla fine saprai da dove far partire i tuoi progetti di intelligenza artificiale e perché, con un piano di 90 giorni già datato. Le risposte restano in questo browser.",
    next: "Avanti",
    see_result: "Vedi il risultato",
    back: "Indietro",
    choose_one: "Scegli una risposta per continuare.",
    dismiss: "Chiudi",
    markup_refused: "Le impostazioni di sicurezza di questa pagina non permettono di mostrare il questionario. Chi gestisce il sito può risolvere il problema: i dettagli sono nella console del browser.",
    notice_stored_unreadable: "Non è stato possibile leggere le risposte salvate: si riparte da capo.",
    notice_stored_newer: "Le risposte salvate provengono da una versione più recente del questionario: si riparte da capo.",
    notice_storage_unavailable: "Questo browser non permette alla pagina di salvare dati: se esci, le risposte andranno perse. Tutto il resto funziona.",
    notice_share_link_broken: "Il link che hai aperto è incompleto o danneggiato: ecco la prima domanda.",
    notice_shared_result: "Stai guardando un risultato che qualcuno ha condiviso con te. Cambia una risposta qualsiasi per renderlo tuo.",
    notice_forgotten: "Le tue risposte sono state cancellate da questo browser e dall’indirizzo della pagina.",
    step_counter: "Domanda {position} di {total}",
    announce_step: "{counter}: {title}",
    announce_result: "Il tuo risultato: {verdict}",
    result_title: "Il tuo risultato",
    steps: Steps {
        bottleneck: StepWords {
            title: "Che cosa frena di più la tua azienda in questo momento?",
            help: "Pensa al freno che ti costa di più in questo trimestre, non a quello che sembra più strategico.",
            short: "Freno principale",
            cards: [
                TEMPO_COSTI,
                CLIENTI_CRESCITA,
                CardWords {
                    label: "Tutti e due, allo stesso modo",
                    description: "Pesano entrambi e nessuno dei due prevale chiaramente.",
                },
            ],
        },
        bottleneck_tiebreak: StepWords {
            title: "Se nei prossimi 90 giorni potessi eliminarne uno solo, quale sceglieresti?",
            help: "È la risposta più comune, e il segno che i due freni non sono ancora stati messi in ordine di importanza. È quell’ordine a decidere da dove partire.",
            short: "Freno da togliere per primo",
            cards: [TEMPO_COSTI, CLIENTI_CRESCITA],
        },
        process_cost: StepWords {
            title: "Sai quanto ti costano ogni settimana i processi principali?",
            help: "In ore o in denaro alla settimana. Senza questo dato, domani nessuno potrà dire se l’automazione è servita.",
            short: "Costo dei processi",
            cards: [
                CardWords {
                    label: "Sì, l’abbiamo misurato",
                    description: "Sappiamo dire più o meno quanto costano, in ore o in denaro alla settimana.",
                },
                CardWords {
                    label: "No, non l’abbiamo ancora misurato",
                    description: "Sappiamo che costano parecchio, ma non quanto.",
                },
            ],
        },
        cost_numbers: StepWords {
            title: "Mettiamoci qualche numero (facoltativo)",
            help: "Pensa al processo ripetitivo che ti costa di più. Entrambi i campi sono facoltativi: se li compili, il piano mostra il valore di partenza da migliorare.",
            short: "I tuoi numeri",
            cards: [],
        },
        amplify: StepWords {
            title: "C’è già qualcosa che funziona e che l’IA potrebbe moltiplicare?",
            help: "Per esempio una sequenza di contatti commerciali che porta clienti ma non si riesce a personalizzare su larga scala, contenuti che funzionano ma richiedono troppo tempo, o un passaparola che va gestito a mano.",
            short: "Qualcosa che funziona già",
            cards: [
                CardWords {
                    label: "Sì",
                    description: "Funziona in piccolo; a frenarlo è solo il tempo del team.",
                },
                CardWords {
                    label: "No, non ancora",
                    description: "La crescita andrebbe costruita da zero.",
                },
            ],
        },
        situation: StepWords {
            title: "Quali di queste frasi descrivono la tua azienda?",
            help: "Seleziona tutte quelle che valgono per te, oppure nessuna.",
            short: "La tua situazione",
            cards: [
                CardWords {
                    label: "I nostri processi principali sono documentati e in gran parte automatizzati",
                    description: "E sono già competitivi per costi e qualità.",
                },
                CardWords {
                    label: "Stiamo ancora verificando il nostro modello di business",
                    description: "Stiamo ancora capendo se il mercato vuole davvero quello che vendiamo.",
                },
                CardWords {
                    label: "Abbiamo un progetto di crescita misurabile entro 90 giorni",
                    description: "Tassi di risposta, conversioni o un test A/B darebbero risultati in 60-90 giorni.",
                },
                CardWords {
                    label: "Il tempo liberato dall’automazione va già nella crescita",
                    description: "Automazioni fatte in passato hanno liberato ore che oggi alimentano già un’iniziativa di crescita.",
                },
                CardWords {
                    label: "In questo trimestre pensiamo a più di un progetto di IA",
                    description: "Due o più iniziative di IA andrebbero avanti in parallelo.",
                },
            ],
        },
        foundation: StepWords {
            title: "Quali di queste affermazioni sono vere oggi?",
            help: "Sono le basi su cui si appoggia l’IA per la crescita. Seleziona tutte quelle che valgono per te, oppure nessuna.",
            short: "Basi già presenti",
            cards: [
                CardWords {
                    label: "I dati del nostro CRM sono coerenti",
                    description: "Ogni contatto e ogni cliente è registrato, con gli stessi campi compilati.",
                },
                CardWords {
                    label: "Ricontattiamo i potenziali clienti entro un tempo stabilito",
                    description: "Per esempio entro due giorni lavorativi, e qualcuno controlla che succeda.",
                },
                CardWords {
                    label: "C’è un responsabile della qualificazione dei contatti",
                    description: "Una persona precisa decide quali contatti vale la pena seguire.",
                },
            ],
        },
    },

    weekly_hours_label: "Ore alla settimana",
    weekly_hours_hint: "Sommando tutte le persone coinvolte in quel processo. Per esempio 25.",
    hourly_cost_label: "Costo pieno di un’ora di lavoro",
    hourly_cost_hint: "Stipendio più costi generali, nella tua valuta. Per esempio 45.",
    hours_not_a_number: "Inserisci un numero di ore, per esempio 12 o 7,5.",
    cost_not_a_number: "Inserisci un importo, per esempio 45 o 62,50.",
    hours_negative: "Le ore non possono essere negative.",
    cost_negative: "Un costo non può essere negativo.",
    hours_too_large: "Sono più di {limit} ore alla settimana: controlla il valore.",
    cost_too_large: "Sono più di {limit} all’ora: controlla il valore.",
    numbers_none: "Non indicati",
    numbers_hours: "{hours} ore alla settimana",
    numbers_cost: "{cost} all’ora",
    numbers_both: "{hours} ore alla settimana a {cost} all’ora",
    none_ticked: "Nessuna di queste",

    result_eyebrow: "Il tuo punto di partenza",
    verdicts: [
        "Parti dall’IA per l’efficienza",
        "Parti dall’IA per la crescita",
        "Parti da un’analisi dei processi",
    ],
    summary: SummaryWords {
        validating: "Finché stai ancora verificando il modello di business, ha poco senso perfezionare processi che il mese prossimo potrebbero cambiare.",
        efficient: "I tuoi processi principali sono documentati e in gran parte automatizzati, quindi all’automazione resta poco da sistemare: i prossimi guadagni arriveranno dalla crescita.",
        growth: "Il tuo freno è raggiungere nuovi clienti, e le basi su cui poggia l’IA per la crescita ci sono già.",
        foundation_gaps: "Il tuo freno è la crescita, ma il processo che dovrebbe gestire la nuova domanda ha delle lacune: colmarle viene prima e non richiede IA; il tuo primo progetto di IA sarà poi automatizzare quel processo.",
        operations: "A rallentarti è il lavoro ripetitivo, e sai quanto costa: un obiettivo chiaro e misurabile per l’automazione.",
        audit: "Prima di scegliere qualsiasi strumento di IA, scopri quanto costano davvero i tuoi processi principali: senza questo dato, nessun progetto potrà dimostrare di aver funzionato.",
        validating_next: "Usa l’IA per sentire prima il parere del mercato, per esempio per scrivere messaggi commerciali o provare idee di prodotto. Di solito si parte dall’efficienza; per te quel momento arriva quando il modello avrà dimostrato di funzionare.",
        growth_next: "Di solito si parte dall’efficienza, ma le tue risposte indicano la crescita: scegli un solo progetto con un risultato misurabile e dagli una prova seria, con una scadenza precisa.",
        operations_next: "Un progetto di efficienza ben condotto dà un risultato misurabile in 60-90 giorni e insegna al team come si lavora con l’IA.",
        audit_next: "L’analisi è il tuo primo progetto: entro il giorno 90 mette in fila i processi in base a quanto costano e fissa il valore di partenza su cui giudicare ogni progetto successivo.",
        warnings: "Prima di stanziare un budget, leggi qui sotto a cosa fare attenzione.",
    },
    first_step_heading: "Il primo passo, da fare questa settimana",
    first_step_start: "Da oggi,",
    why_heading: "I motivi",
    reasons: [
        // scenario-b
        ReasonWords {
            title: "Stai ancora verificando il tuo modello di business",
            text: "Ottimizzare i processi di un modello di business non ancora confermato è fatica spesa troppo presto. Un’IA che ti aiuta a imparare più in fretta dal mercato rende prima.",
        },
        // scenario-a
        ReasonWords {
            title: "I tuoi processi sono già efficienti",
            text: "Partire dall’efficienza conviene solo se ci sono sprechi veri da eliminare. Con processi documentati e in gran parte automatizzati, all’IA resta poco da sistemare.",
        },
        // foundation-gaps
        ReasonWords {
            title: "Mancano alcune basi per crescere",
            text: "Più domanda serve solo se il team riesce a gestirla. Con le lacune qui sotto, i nuovi contatti resterebbero non registrati, senza risposta o senza qualcuno che li valuti.",
        },
        // unmeasured-costs
        ReasonWords {
            title: "Non hai misurato quanto costano i tuoi processi",
            text: "Se oggi non sai quanto costa un processo, domani non potrai dimostrare che automatizzarlo è servito. Prima misura, poi scegli lo strumento.",
        },
        // bottleneck-reach-growth
        ReasonWords {
            title: "A frenarti sono clienti e crescita",
            text: "Il tuo team ha tempo a disposizione, ma non si trasforma nel fatturato o nei clienti che ti servono: un progetto di crescita mirato può valere la complessità in più.",
        },
        // amplify
        ReasonWords {
            title: "Hai già qualcosa che funziona da far crescere",
            text: "Far crescere qualcosa che ha già dato prova di sé è la scommessa di crescita più sicura: l’IA ne aumenta i risultati mentre il team resta com’è.",
        },
        // scenario-c
        ReasonWords {
            title: "Il tuo progetto di crescita dà risposte rapide",
            text: "Di solito un progetto di crescita si può giudicare solo dopo molto tempo, ma uno misurabile in 60-90 giorni perde gran parte di questo svantaggio.",
        },
        // bottleneck-time-cost
        ReasonWords {
            title: "A frenarti sono tempo e costi, e ne conosci i numeri",
            text: "Automatizzare un lavoro ripetitivo e costoso dà un risultato misurabile in 60-90 giorni, libera tempo e fa crescere le competenze del team per i progetti più difficili che verranno.",
        },
    ],
    cause_chose: "{step}: {answer}",
    cause_unticked: "Non selezionato: {answer}",
    warnings_heading: "A cosa fare attenzione",
    warnings: [
        // error-01
        WarningWords {
            title: "Crescere senza basi operative",
            text: "È l’errore di sequenza più costoso: l’IA funziona, ma il processo che c’è dietro non regge quello che produce.",
            action: "Cosa fare: prima che la crescita porti nuovi contatti, assicurati che ognuno sia nel CRM, venga ricontattato in tempo e abbia un responsabile che lo qualifichi. Anche a mano va bene: sono fondamenta, non perfezionamenti.",
        },
        // error-02
        WarningWords {
            title: "Risparmi che non diventano mai crescita",
            text: "Un’automazione che libera ore solo per riempirle di arretrati porta il suo risparmio, ma lascia la crescita dov’era.",
            action: "Cosa fare: decidi fin d’ora a quale iniziativa di crescita andranno le ore liberate, e chi ne sarà responsabile.",
        },
        // starts-from-zero
        WarningWords {
            title: "Crescere partendo da zero",
            text: "Se non c’è niente che funziona già da amplificare, un progetto di crescita deve prima inventare il meccanismo e poi farlo crescere: è molto più difficile.",
            action: "Cosa fare: tieni piccolo il primo progetto e trattalo come un esperimento, con un criterio chiaro per fermarlo.",
        },
        // slow-feedback
        WarningWords {
            title: "Risultati che si fanno attendere",
            text: "I risultati di un progetto di crescita di solito si misurano dopo 6-18 mesi, contro i 60-90 giorni di un progetto di efficienza.",
            action: "Cosa fare: scegli un progetto di crescita che puoi giudicare entro tre mesi, per esempio dai tassi di risposta o con un test A/B.",
        },
        // parallel-projects
        WarningWords {
            title: "Troppi progetti insieme",
            text: "Progetti che corrono in parallelo si contendono responsabili e attenzione, e quando i risultati calano nessuno sa dire quale progetto ne sia la causa.",
            action: "Cosa fare: scegli un progetto, portalo a termine, misuralo, poi passa al successivo.",
        },
        // contradiction
        WarningWords {
            title: "Due risposte in contrasto",
            text: "Se i processi sono davvero efficienti, è raro che tempo e costi siano il freno principale.",
            action: "Cosa fare: verifica se c’è un reparto o un processo che fa eccezione, e parti da lì.",
        },
        // unmeasured-costs
        WarningWords {
            title: "Costi ancora da misurare",
            text: "Il tuo risultato non dipende da questo, ma qualsiasi futuro progetto di efficienza sì.",
            action: "Cosa fare: prima del tuo primo progetto di efficienza, annota quanto costano ogni settimana i processi principali.",
        },
    ],

    table_heading: "IA per l’efficienza e IA per la crescita a confronto",
    table_caption: "IA per l’efficienza e IA per la crescita, aspetto per aspetto",
    table_dimension: "Aspetto",
    operations_ai: "IA per l’efficienza",
    growth_ai: "IA per la crescita",
    recommended: "Parti da qui",
    comparison: [
        ComparisonRow {
            dimension: "Tempo per avere un risultato misurabile",
            operations: "Da 60 a 90 giorni",
            growth: "Da 6 a 18 mesi",
        },
        ComparisonRow {
            dimension: "Facilità di misurazione",
            operations: "Alta: ore risparmiate, meno errori e costi unitari più bassi si contano facilmente",
            growth: "Più bassa: i risultati dipendono da come risponde il mercato, ed è difficile capire a chi va il merito",
        },
        ComparisonRow {
            dimension: "Rischio se non funziona",
            operations: "Più basso: si torna al processo di prima e la spesa ha un tetto",
            growth: "Più alto: occasioni perse, tempi sbagliati e una posizione di mercato più debole",
        },
        ComparisonRow {
            dimension: "Competenze necessarie",
            operations: "Conoscenza del processo, configurazione degli strumenti, un responsabile chiaro",
            growth: "Analisi dei dati, senso del prodotto, esperimenti sul mercato",
        },
        ComparisonRow {
            dimension: "Maturità richiesta all’organizzazione",
            operations: "Media: processi messi per iscritto e un responsabile per ciascuno",
            growth: "Alta: dati affidabili, abitudine a sperimentare, una direzione paziente",
        },
        ComparisonRow {
            dimension: "Effetto cumulativo",
            operations: "Libera tempo e denaro che i progetti di crescita successivi potranno usare",
            growth: "Ha bisogno del tempo e dei sistemi che i progetti di efficienza liberano e mettono in piedi",
        },
    ],
    table_intros: [
        "L’IA per l’efficienza migliora quello che fai già; l’IA per la crescita costruisce quello che prima non potevi fare. Il punto di partenza consigliato è evidenziato.",
        "L’IA per la crescita è più difficile da misurare e più lenta a dare risultati: per questo contano i motivi elencati sopra. Il punto di partenza consigliato è evidenziato.",
        "L’analisi ti prepara a questa scelta: quando conoscerai i tuoi costi, potrai confrontare i due tipi di progetto sulla base dei fatti.",
    ],

    plan_heading: "Il tuo piano di 90 giorni",
    timeline_today: "Oggi",
    timeline_day: "Giorno {day}",
    baseline_hours: "Il tuo valore di partenza: {hours} ore alla settimana. {then}",
    baseline_cost: "Il tuo valore di partenza: {hours} ore alla settimana, cioè circa {week} alla settimana o {year} all’anno. {then}",
    baseline_measure: "Al giorno 90 misura il progetto rispetto a questo dato.",
    baseline_later: "Tienilo per un futuro progetto di efficienza: questo piano ha un suo obiettivo.",
    plan: PlanWords {
        define_success: "Decidi come misurare il successo",
        audit: "Analizza i processi principali",
        one_project: "Un progetto, uno soltanto",
        checkpoint: "Verifica intermedia",
        measure: "Misura senza sconti",
        if_it_worked: "Se ha funzionato",
        if_it_did_not: "Se non ha funzionato",
        define_success_audit: "Stabilisci che cosa deve produrre l’analisi: ore e costo alla settimana di ogni processo principale, e un responsabile con nome e cognome per ciascuno.",
        define_success_growth: "Prima di partire, metti per iscritto l’indicatore e l’obiettivo: per esempio tasso di risposta, appuntamenti fissati o conversioni.",
        define_success_operations: "Prima di partire, metti per iscritto l’indicatore e l’obiettivo: per esempio ore risparmiate, errori evitati o costo unitario.",
        one_project_audit: "Ricostruisci come scorre davvero il lavoro, misura i tempi e metti in fila i processi in base a quanto costano.",
        one_project_growth: "Definisci un solo esperimento di crescita, con un solo responsabile. Tutto il resto aspetta.",
        one_project_operations: "Automatizza il lavoro ripetitivo e costoso che hai misurato, con un solo responsabile. Tutto il resto aspetta.",
        one_project_foundations: "Colma le lacune nella gestione dei contatti, poi automatizza quel processo, con un solo responsabile. Tutto il resto aspetta.",
        checkpoint_text: "Confronta i primi numeri con l’obiettivo. Se serve, correggi il perimetro del progetto, non l’obiettivo.",
        measure_text: "Confronta il risultato con l’obiettivo fissato il primo giorno e metti per iscritto che cosa hai imparato.",
        if_it_worked_audit: "Avvia il primo progetto di efficienza sul processo più costoso, usando l’analisi come valore di partenza.",
        if_it_worked_growth: "Estendi l’esperimento e usa quello che il team ha imparato per scegliere il progetto successivo.",
        if_it_worked_operations: "Metti a frutto la capacità liberata: un altro progetto di efficienza o il tuo primo esperimento di crescita.",
        if_it_did_not_text: "Capisci perché non ha funzionato e rimedia prima di spendere altro.",
    },
    add_to_calendar: "Aggiungi il piano al calendario",
    calendar_file: "piano-ia-90-giorni.ics",

    answers_heading: "Le tue risposte",
    change: "Modifica",
    change_label: "Modifica la risposta: {step}",
    copy_link: "Copia il link a questo risultato",
    link_copied: "Link copiato. Contiene solo le tue risposte.",
    copy_fallback: "Il browser non ha permesso la copia. Copia tu questo link:",
    print: "Stampa",
    start_over: "Ricomincia",
    cta_label: "Iniziamo a parlarne",
    cta_note: "Il passo successivo: rivediamo insieme il tuo risultato, prima di qualsiasi investimento in IA. Senza impegno.",
};
