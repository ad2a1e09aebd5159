// Hand-kept word lists for the name detector: what a capitalised word can be besides a name, and surnames common
// among residents of other origins that Danmarks Statistik's short surname list lacks. All upper case.
// (The large lists — Danish first names, surnames, common words, medical terms — are in core/data.)

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/).map((w) => w.toUpperCase()));

/**
 * Surnames frequent among residents of Turkish, Polish, Middle-Eastern, Somali, Afghan, Iranian, South-Asian,
 * Vietnamese, Chinese, Balkan, Ukrainian and other origins. A surname here counts like a Danish one.
 */
export const OTHER_ORIGIN_SURNAMES = words(`
  Ahmed Ali Hussein Hussain Hassan Mohamed Mohammad Mohammed Muhammad Khan Iqbal Malik Butt Chaudhry Akhtar Aslam Javed
  Qureshi Raza Bhatti Mirza Shah Singh Kaur Sharma Patel Kumar Gupta Sivakumar Sivalingam Rajendran Perera Fernando
  Nguyen Tran Pham Hoang Huynh Phan Vu Vo Dang Bui Do Ngo Duong Ly Truong
  Yilmaz Yılmaz Kaya Demir Sahin Şahin Celik Çelik Yildiz Yıldız Yildirim Yıldırım Ozturk Öztürk Aydin Aydın Ozdemir Özdemir
  Arslan Dogan Doğan Kilic Kılıç Aslan Cetin Çetin Koc Koç Ozkan Özkan Simsek Şimşek Polat Korkmaz Erdogan Erdoğan Güler Guler
  Keskin Tekin Acar Kurt Öz Bulut Aksoy Uçar Ucar Karaca Turan Altun Çakır Cakir Bozkurt Ünal Unal Toprak Duman Avcı Avci
  Kowalski Kowalska Nowak Wiśniewski Wisniewski Wiśniewska Wójcik Wojcik Kowalczyk Kamiński Kaminski Kamińska Lewandowski
  Lewandowska Zieliński Zielinski Szymański Szymanski Woźniak Wozniak Dąbrowski Dabrowski Kozłowski Kozlowski Jankowski
  Mazur Krawczyk Piotrowski Grabowski Pawlak Michalski Nowakowski Adamczyk Dudek Zając Zajac Wieczorek Jabłoński
  Jablonski Król Krol Majewski Olszewski Jaworski Malinowski Pawłowski Pawlowski Witkowski Walczak Stępień Stepien Górski
  Gorski Rutkowski Michalak Sikora Ostrowski Baran Szewczyk Tomaszewski Pietrzak Marciniak Wróbel Wrobel Zalewski
  Jakubowski Jasiński Jasinski Zawadzki Sadowski Chmielewski Włodarczyk Borkowski Czarnecki Sawicki Sokołowski
  Urbański Kubiak Maciejewski Szczepański Kucharski Kalinowski Mazurek Wysocki Adamski Kaźmierczak Wasilewski Sobczak
  Czerwiński Andrzejewski Cieślak Głowacki Zakrzewski Kołodziej Sikorski Krajewski Gajewski Szymczak Szulc Baranowski
  Petrović Petrovic Jovanović Jovanovic Nikolić Nikolic Hodžić Hodzic Hadžić Hadzic Kovačević Kovacevic Begić Begic Delić
  Mehmedović Hasanović Husić Ibrahimović Smajić Marković Markovic Đorđević Stojanović Ilić Ilic Pavlović Babić Babic
  Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boyko Kovalchuk Oliynyk Marchenko Ivanov Ivanova Petrov
  Petrova Smirnov Smirnova Popov Popova Volkov Kuznetsov Sokolov Popescu Ionescu Popa Radu Dumitru Stoica Constantin
  Abdi Abdullahi Mohamud Mahamud Farah Warsame Osman Omar Yusuf Yousef Youssef Ibrahim Ismail Abdullah Jama Hersi Aden
  Said Nur Noor Ahmadi Hosseini Hosseiny Rezaei Mohammadi Karimi Hashemi Moradi Rahimi Jafari Sadeghi Rostami Akbari Azizi
  Haidari Haydari Noori Nouri Amiri Sultani Safi Rahmani Hakimi Nazari Sharifi Habibi Rasuli Ghulami Popal Wardak
  Al-Ali Al-Hassan Al-Saadi Al-Jabouri Al-Rubaie El-Khatib Haddad Khalil Saleh Mansour Nasser Darwish Hamdan Jaber Abbas
  Issa Sabbagh Khoury Najjar Awad Salem Hamad Hammoud Chahine Fayad Kassem Qasim Rashid Rasheed Zaidi Ayoub Othman Mahmoud
  Abdel Aziz Suleiman Sulaiman Mustafa Mostafa Hamid Karim Habib Bakr Taha Hadi Jasim Kareem
  Chen Wang Zhang Liu Yang Huang Zhao Zhou Xu Zhu Guo Lin Gao Luo Wu Li
  Santos Ferreira Pereira Oliveira Costa Rodrigues Martins Silva Sousa Gomes Lopes Garcia García Rodríguez Rodriguez
  Fernández Fernandez López Lopez Martínez Martinez González Gonzalez Pérez Perez Sánchez Sanchez Gómez Díaz Diaz
  Rossi Russo Ferrari Esposito Bianchi Romano Ricci Marino Greco Bruno Müller Mueller Schmidt Schneider Fischer Weber
  Meyer Wagner Becker Schulz Hoffmann Koch Richter Klein Wolf Schröder Neumann Schwarz Zimmermann Krüger Hartmann
  Smith Johnson Williams Brown Jones Miller Davis Wilson Taylor Anderson Thomas Moore Martin Thompson White Clark Lewis
  Robinson Walker Young Allen Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Roberts Carter Phillips
  Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Tanaka Suzuki Takahashi Watanabe Sato Kobayashi Yamamoto
  Virtanen Korhonen Nieminen Mäkinen Hämäläinen Berg Lindberg Lindqvist Johansson Karlsson Eriksson Larsson Olsson
  Persson Svensson Gustafsson Pettersson Jonsson Andersson Nilsson Hansson Berglund Sandberg Lundqvist Bergström
  Halvorsen Haugen Johannessen Hagen Bakke Solberg Dahl Moen Strand Lie Kristiansen Jakobsen Pettersen Jacobsen
  Jansen Janssen Visser Smit Meijer Bakker Mulder Dekker Bos Vos Peeters Maes Dubois Lefebvre Moreau Laurent Simon Michel
`);

/** Parts that join a multi-part name without a capital: Anne de Vries, Omar al-Hassan, Ludwig van Beethoven. */
export const NAME_PARTICLES = new Set(['van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'abu', 'ter', 'ten', 'dos', 'das', 'del']);

/** Diseases, signs and tests named after people: Parkinsons sygdom, Crohns, Alzheimers, Aspergers syndrom. */
export const EPONYMS = words(`
  Parkinson Crohn Alzheimer Hodgkin Asperger Bechterew Bechterev Cushing Basedow Hashimoto Raynaud
  Menière Meniere Ménière Dupuytren Scheuermann Perthes Kaposi Korsakoff Korsakov Tourette Huntington Guillain Barré
  Behçet Behcet Kawasaki Marfan Klinefelter Apgar Babinski Lasègue Lasegue Valsalva Heimlich Osgood Schlatter Hirschsprung
  Duchenne Creutzfeldt Waldenström Waldenstrom Burkitt Boerhaave Zenker Whipple Fallot Wernicke Kussmaul
  Cheyne Sydenham Tietze Quervain Gaucher Fabry Angelman Noonan Patau Takayasu Churg Lisfranc Chopart Bankart Galeazzi
  Monteggia Schatzki Trendelenburg Danlos Alport Peyronie Down Kienböck Sudeck
`);

/**
 * Eponyms that are also ordinary surnames (Wilms, Wegener, Pfeiffer, Paget): an eponym only when a context word or a
 * medical term follows (Wilms tumor, Pfeiffers kirtelfeber), which the detector checks for every name.
 */
export const SURNAME_EPONYMS = words(`Ehlers Addison Barre Sjögren Sjøgren Sjogren Bartholin Wilms Wegener Pfeiffer Paget Bowen Barrett Bell Conn Horner Meckel Ewing Still Gilbert Stokes Lyme Osler Buerger Romberg Glasgow Pompe Rett Graves Kahler Broca Virchow Mallory Prader Willi Tay Sachs Legg Calvé Köhler Breslow Gleason Dukes`);

/** A word after a capitalised word that makes that word an eponym: Parkinsons sygdom, Aspergers syndrom. */
export const EPONYM_CONTEXT = /^(?:sygdom|sygdommen|syndrom|syndromet|syndrome|disease|lidelse|lidelsen|test|testen|tegn|tegnet|manøvre|manøvren|fraktur|frakturen|lymfom|sarkom|cyste|cysten|kontraktur|fænomen|fænomenet|score|scoren|skala|skalaen|klassifikation|stadie|stadium|operation|procedure|triade|reaktion|infektion|feber|kirtel|kirtlen|cancer|tumor|tumour|sign|palsy|parese|encefalopati|demens|ulcus|øsofagus|divertikel|knuder|gang|granulomatose|kirtelfeber|tumor|tumoren|sarkom|sarkomet|lammelse|parese|pletter|celler|cellehistiocytose|sygdoms)$/iu;

/** Drugs by brand or generic name (the medical-term list holds few brands). */
export const MEDICINES = words(`
  Panodil Pamol Pinex Paracetamol Ibumetin Ipren Ibuprofen Treo Kodimagnyl Magnyl Hjertemagnyl Eliquis Xarelto Pradaxa
  Marevan Warfarin Metformin Glucophage Januvia Ozempic Victoza Trulicity Lantus NovoRapid Levemir Tresiba Insulatard
  Furix Furosemid Burinex Spironolacton Centyl Amlodipin Norvasc Losartan Cozaar Enalapril Ramipril Triatec Metoprolol
  Selo-Zok Seloken Bisoprolol Simvastatin Zocor Atorvastatin Lipitor Rosuvastatin Crestor Plavix Clopidogrel Brilique
  Digoxin Cordarone Omeprazol Losec Pantoprazol Pantoloc Nexium Esomeprazol Lansoprazol Gaviscon Imodium Movicol Laktulose
  Sertralin Zoloft Cipramil Citalopram Escitalopram Cipralex Fluoxetin Fontex Venlafaxin Efexor Mirtazapin Remeron
  Quetiapin Seroquel Olanzapin Zyprexa Risperidon Risperdal Abilify Aripiprazol Lithium Lamotrigin Lamictal Valproat
  Orfiril Keppra Levetiracetam Tegretol Oxcarbazepin Trileptal Gabapentin Neurontin Pregabalin Lyrica Tramadol Tradolan
  Morfin Oxycodon Oxynorm Oxycontin Contalgin Fentanyl Durogesic Temgesic Metadon Sobril Stesolid Diazepam Alprazolam
  Imovane Zopiclon Melatonin Circadin Prednisolon Prednison Medrol Hydrocortison Ventoline Ventolin Bricanyl Pulmicort
  Symbicort Seretide Spiriva Flutiform Relvar Atrovent Amoxicillin Penicillin Vepicombin Dicillin Imacillin Selexid
  Bactrim Sulfametizol Ciprofloxacin Ciproxin Zithromax Azithromycin Erythromycin Doxycyclin Vibradox Metronidazol Flagyl
  Zinacef Cefuroxim Tazocin Meronem Gentamicin Vancomycin Diflucan Fluconazol Aciclovir Zovirax Valaciclovir Tamiflu
  Levaxin Eltroxin Euthyrox Thycapzol Alendronat Fosamax Calcichew Unikalk Kaleorid Nitroglycerin Isoptin Adalat Zarator
  Lipistad Diovan Atacand Micardis Aprovel Lasix Humira Enbrel Remicade Methotrexat Metex Salazopyrin Imurel Azathioprin
  Arcoxia Celebra Voltaren Diclofenac Naproxen Bonyl Ketogan Nobligan Norspan Aspirin Kodein Morphine Insulin Heparin
  Fragmin Innohep Klexane Concerta Ritalin Strattera Elvanse Antabus Campral Naltrexon Suboxone Nicorette Champix
`);

/** Words that are titles, labels, institutions, calendar words or other capitalised non-names. */
export const NON_NAME_WORDS = words(`
  Hr Hr. Herr Fru Frk Dr Dr. Læge Lægen Overlæge Reservelæge Afdelingslæge Professor Prof Sygeplejerske Jordemoder
  Patient Patienten Patientens Pt Mvh Vedr Navn Name Mr Mrs Ms Miss Sir Afd Afsnit Tlf Telefon Mobil Cpr Adresse Adr Dato
  Journalnotat Epikrise Notat Henvisning Kontakt Kontaktperson Pårørende Ægtefælle Datter Søn Mor Far Bror Søster
  Rigshospitalet Hospital Hospitalet Sygehus Sygehuset Universitetshospital Universitetshospitalet Regionshospital
  Regionshospitalet Region Regionen Kommune Kommunen Klinik Klinikken Afdeling Afdelingen Ambulatorium Ambulatoriet Center
  Centret Centeret Psykiatrisk Psykiatrien Lægehuset Apotek Apoteket Skadestue Skadestuen Akutmodtagelse Akutmodtagelsen
  Hjemmeplejen Plejecenter Plejehjem Lillebælt Sydvestjysk Sønderjylland Nordsjælland Nordsjællands Sjælland Sjællands
  Midtjylland Nordjylland Syddanmark Hovedstaden Danmark Denmark Bispebjerg Steno Hvidovre Amager
  Mandag Tirsdag Onsdag Torsdag Fredag Lørdag Søndag Monday Tuesday Wednesday Thursday Friday Saturday Sunday
  Januar Februar Marts Juni Juli September Oktober November December January February March July October
  Jul Påske Pinse Nytår
  Summary Discharge Patient Name Address Phone Email Date Birth Born Diagnosis Treatment Plan Note Notes Dear Regards
  Kind Best Sincerely Yours From To Subject Re Ref Cc Att Attn Test Tests Admitted Referred Seen Signed
  Ja Nej Ok Ved Vi Jeg Han Hun De Den Det Der Som Til Fra Med Efter Før Under Over Og Eller Men Hvis Når Da Nu Her
  Type Grad Stadie Score Kontrol Plan Status Obj Subj Konklusion Diagnose Anamnese Medicin Dosis Indikation Kl
  Aps ApS A/S Inc Ltd GmbH
  With And Of The For In On At By As Is Was Has Had Not No Yes New Old Good Home Negative Normal Stable Positive Left Right
  Kirke Kirken Domkirke Domkirken Kapel Kapellet Morbus Mb Syndrom Sygdom Status
  Gl Gammel Gamle Ny Nye Store Lille Nørre Søndre Sønder Vester Vestre Øster Østre Nordre Sankt Skt På I Af Om
  Vej Vejen Gade Gaden Allé Alle Boulevard Plads Pladsen Torv Torvet Stræde Park Parken Havn Havnen
  Street Road Avenue Lane Drive Square Close Court Way Foods Group Holding Pharma Nordisk Consult
`);

/** A capitalised word ending so is an institution or place, not a surname: Universitetshospital, Lægecenter. */
export const INSTITUTION_ENDING = /(?:hospital|hospitalet|sygehus|sygehuset|klinik|klinikken|klinikker|center|centret|centeret|afdeling|afdelingen|afsnit|ambulatorium|ambulatoriet|apotek|apoteket|kommune|kommunen|region|regionen|skole|skolen|universitet|universitetet|institut|instituttet|lægehus|lægehuset|praksis|plejehjem|plejehjemmet|bosted|bostedet|bofællesskab|bofællesskabet|kollegium|kollegiet|hjemmet|forvaltning|forvaltningen|styrelse|styrelsen|ministerium|ministeriet|selskab|selskabet|fonden|forening|foreningen|museum|museet|kirke|kirken|kapel|kapellet|slot|slottet|teater|teatret|lufthavn|lufthavnen|stationen|bibliotek|biblioteket|hotel|hotellet|instituttet|institutet|akademi|akademiet|gymnasium|gymnasiet|børnehave|børnehaven|vuggestue|vuggestuen|plejecenter|plejecentret|hospice|hospicet)$/iu;

/** English words that are also first names: a name only before a surname (Mark Jensen), never alone. */
export const AMBIGUOUS_WORDS = words(`
  Will May Mark Grace Hope Faith Joy Dawn Summer Rose Bill Pat Sun Rich Page Chase Ray Bay Dean Guy Art Max Sol Per Bo
  Hans Else Line Kim Ask Storm Bent Lise Helle Vita June
`);
