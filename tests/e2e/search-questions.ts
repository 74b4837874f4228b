/**
 * Questions readers come with, in their own words (2 to 6 words), each with the
 * figure that answers it as the site writes it, and where that figure comes from.
 * Spread over the VO and PO agreements, the 2016 progress letter and every chapter
 * of De Staat van het Onderwijs 2024.
 */
export interface Question {
  query: string;
  /** The figure as the page shows it (any one of these counts). */
  figure: string[];
  /** Where the figure is in the source. */
  source: string;
}

export const QUESTIONS: Question[] = [
  // Sectorakkoord VO (dashboard 2020)
  { query: 'hoeveel leerlingen blijven zitten vo', figure: ['6,03%'], source: 'Dashboard VO 2020, indicator 4' },
  { query: 'hoeveel thuiszitters zijn er', figure: ['1.800 tot 1.900'], source: 'Dashboard VO 2020, indicator 6' },
  { query: 'begeleiding startende leraren vo', figure: ['86%'], source: 'Dashboard VO 2020, indicator 14' },
  { query: 'plekken op opleidingsscholen', figure: ['10.286'], source: 'Dashboard VO 2020, indicator 13' },
  { query: 'scholen met een plusdocument', figure: ['43%'], source: 'Dashboard VO 2020, indicator 10' },
  { query: 'aandeel zwakke afdelingen vo', figure: ['2,2%'], source: 'Dashboard VO 2020, indicator 22' },
  { query: 'besturen voldoende op kwaliteitszorg', figure: ['76%'], source: 'Dashboard VO 2020, indicator 21' },
  { query: 'inwerkprogramma startende schoolleiders', figure: ['20%'], source: 'Dashboard VO 2020, indicator 15' },
  { query: 'afdelingen met goede onderwijskwaliteit', figure: ['5,4%'], source: 'Dashboard VO 2020, indicator 23' },
  // Bestuursakkoord PO (dashboard 2020)
  { query: 'twee lesuren gym per week', figure: ['64%'], source: 'Dashboard PO 2020, indicator 10' },
  { query: 'cultuureducatie op basisscholen', figure: ['59%'], source: 'Dashboard PO 2020, indicator 3' },
  { query: 'kwaliteitszorg po besturen', figure: ['80,4%'], source: 'Dashboard PO 2020, indicator 4' },
  { query: 'hoeveel scholen vullen Vensters PO', figure: ['3.910'], source: 'Dashboard PO 2020, indicator 6' },
  { query: 'zwakke basisscholen binnen een jaar verbeterd', figure: ['62%'], source: 'Dashboard PO 2020, indicator 5' },
  { query: 'startende leraren po begeleid', figure: ['87%'], source: 'Dashboard PO 2020, indicator 7' },
  // Tweede voortgangsrapportage 2016
  { query: 'prestatiebox extra geld', figure: ['€ 143 miljoen'], source: 'Voortgangsbrief 2016, § 1' },
  { query: 'hoeveel leerlingen volgden zomerschool', figure: ['3.271', '13.470'], source: 'Voortgangsbrief 2016, § 2.2' },
  { query: 'toptalenten die zich vervelen', figure: ['24%', '56%'], source: 'Voortgangsbrief 2016, § 2.1' },
  { query: 'onbevoegd gegeven lessen 2016', figure: ['5,6%'], source: 'Voortgangsbrief 2016, § 3.3' },
  { query: 'diploma met cum laude', figure: ['3.361'], source: 'Voortgangsbrief 2016, § 2.1' },
  { query: 'schoolbesturen po met ict-plan', figure: ['52%', '40%', '92%'], source: 'Voortgangsbrief 2016, § 2.3' },
  // De Staat van het Onderwijs 2024, hoofdstuk 1
  { query: 'steekproef scholen eindoordeel voldoende', figure: ['80%', '79,8%'], source: 'Staat 2024, § 1.2.2' },
  { query: 'kwaliteit voorschoolse educatie onderzocht', figure: ['195'], source: 'Staat 2024, § 1.2.1' },
  // hoofdstuk 2
  { query: 'groep 8 streefniveau 2F lezen', figure: ['75%'], source: 'Staat 2024, § 2.3' },
  { query: 'vmbo leerjaar 2 1F lezen', figure: ['35,7%', '30,3%'], source: 'Staat 2024, § 2.3' },
  // hoofdstuk 3
  { query: 'schooladvies naar boven bijgesteld', figure: ['10,3%'], source: 'Staat 2024, § 3.2.3' },
  { query: 'uitval mbo niveau 1', figure: ['14,7%'], source: 'Staat 2024, § 3.2.4' },
  // hoofdstuk 4
  { query: 'meldingen bij vertrouwensinspecteurs', figure: ['2.152'], source: 'Staat 2024, § 4.3' },
  { query: 'mbo-studenten die zich niet veilig voelen', figure: ['25%', 'een kwart'], source: 'Staat 2024, § 4.1' },
  // hoofdstuk 5
  { query: 'leerlingen in gespecialiseerd onderwijs', figure: ['107.000'], source: 'Staat 2024, § 5.1' },
  { query: 'hoeveel leerlingen extra ondersteuning nodig', figure: ['136.000', '75.000'], source: 'Staat 2024, § 5.2' },
  // hoofdstuk 6
  { query: 'lerarentekort in fte', figure: ['9.800 fte'], source: 'Staat 2024, § 6.2.1' },
  { query: 'tekort aan schoolleiders', figure: ['1.270 fte', '15,8%'], source: 'Staat 2024, § 6.2.1' },
  { query: 'subsidies voor zij-instromers vo', figure: ['351'], source: 'Staat 2024, § 6.2.1' },
];
