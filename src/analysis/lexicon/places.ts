/**
 * Countries with the other names news text uses for them, and their demonyms (which are
 * adjectives, not mentions, but tell us a capitalised word is not a new name).
 * Hand-written for lede from general knowledge; public-domain facts.
 * Format: "Canonical|alias|alias;demonym|demonym".
 */
const COUNTRIES = `
Afghanistan;Afghan|Afghans
Albania;Albanian|Albanians
Algeria;Algerian|Algerians
Andorra;Andorran
Angola;Angolan|Angolans
Argentina;Argentine|Argentinian|Argentinians
Armenia;Armenian|Armenians
Australia;Australian|Australians|Aussie
Austria;Austrian|Austrians
Azerbaijan;Azerbaijani|Azeri
Bahrain;Bahraini|Bahrainis
Bangladesh;Bangladeshi|Bangladeshis
Belarus;Belarusian|Belarusians
Belgium;Belgian|Belgians
Bolivia;Bolivian|Bolivians
Bosnia|Bosnia and Herzegovina;Bosnian|Bosnians
Botswana;Botswanan
Brazil;Brazilian|Brazilians
Bulgaria;Bulgarian|Bulgarians
Burkina Faso;Burkinabe
Burma|Myanmar;Burmese
Cambodia;Cambodian|Cambodians
Cameroon;Cameroonian|Cameroonians
Canada;Canadian|Canadians
Chad;Chadian|Chadians
Chile;Chilean|Chileans
China|People's Republic of China|PRC;Chinese
Colombia;Colombian|Colombians
Congo|Democratic Republic of Congo|DR Congo|DRC;Congolese
Costa Rica;Costa Rican
Croatia;Croatian|Croatians|Croat|Croats
Cuba;Cuban|Cubans
Cyprus;Cypriot|Cypriots
Czech Republic|Czechia;Czech|Czechs
Denmark;Danish|Danes
Ecuador;Ecuadorian|Ecuadorians
Egypt;Egyptian|Egyptians
El Salvador;Salvadoran|Salvadorans
Eritrea;Eritrean|Eritreans
Estonia;Estonian|Estonians
Ethiopia;Ethiopian|Ethiopians
Fiji;Fijian|Fijians
Finland;Finnish|Finns
France;French|Frenchman|Frenchmen
Gabon;Gabonese
Gambia;Gambian|Gambians
Georgia;Georgian|Georgians
Germany;German|Germans
Ghana;Ghanaian|Ghanaians
Greece;Greek|Greeks
Guatemala;Guatemalan|Guatemalans
Guinea;Guinean|Guineans
Haiti;Haitian|Haitians
Honduras;Honduran|Hondurans
Hong Kong;
Hungary;Hungarian|Hungarians
Iceland;Icelandic|Icelanders
India;Indian|Indians
Indonesia;Indonesian|Indonesians
Iran;Iranian|Iranians|Persian
Iraq;Iraqi|Iraqis
Ireland|Irish Republic|Republic of Ireland|Eire;Irish
Israel;Israeli|Israelis
Italy;Italian|Italians
Ivory Coast|Cote d'Ivoire;Ivorian|Ivorians
Jamaica;Jamaican|Jamaicans
Japan;Japanese
Jordan;Jordanian|Jordanians
Kazakhstan;Kazakh|Kazakhs
Kenya;Kenyan|Kenyans
Kosovo;Kosovan|Kosovar|Kosovars
Kuwait;Kuwaiti|Kuwaitis
Kyrgyzstan;Kyrgyz
Laos;Lao|Laotian
Latvia;Latvian|Latvians
Lebanon;Lebanese
Liberia;Liberian|Liberians
Libya;Libyan|Libyans
Liechtenstein;
Lithuania;Lithuanian|Lithuanians
Luxembourg;Luxembourgish
Madagascar;Malagasy
Malawi;Malawian|Malawians
Malaysia;Malaysian|Malaysians
Maldives;Maldivian
Mali;Malian|Malians
Malta;Maltese
Mauritania;Mauritanian
Mauritius;Mauritian
Mexico;Mexican|Mexicans
Moldova;Moldovan|Moldovans
Monaco;Monegasque
Mongolia;Mongolian|Mongolians
Montenegro;Montenegrin
Morocco;Moroccan|Moroccans
Mozambique;Mozambican
Namibia;Namibian|Namibians
Nepal;Nepalese|Nepali
Netherlands|Holland|the Netherlands;Dutch
New Zealand;New Zealander|New Zealanders|Kiwi|Kiwis
Nicaragua;Nicaraguan|Nicaraguans
Niger;Nigerien
Nigeria;Nigerian|Nigerians
North Korea|DPRK;North Korean|North Koreans
North Macedonia|Macedonia;Macedonian|Macedonians
Norway;Norwegian|Norwegians
Oman;Omani|Omanis
Pakistan;Pakistani|Pakistanis
Palestine|Palestinian Territories;Palestinian|Palestinians
Panama;Panamanian|Panamanians
Papua New Guinea;
Paraguay;Paraguayan|Paraguayans
Peru;Peruvian|Peruvians
Philippines|the Philippines;Filipino|Filipinos|Philippine
Poland;Polish|Poles
Portugal;Portuguese
Qatar;Qatari|Qataris
Romania;Romanian|Romanians
Russia|Russian Federation;Russian|Russians
Rwanda;Rwandan|Rwandans
Saudi Arabia;Saudi|Saudis
Senegal;Senegalese
Serbia;Serbian|Serbians|Serb|Serbs
Sierra Leone;Sierra Leonean
Singapore;Singaporean|Singaporeans
Slovakia;Slovak|Slovaks|Slovakian
Slovenia;Slovenian|Slovenians|Slovene
Somalia;Somali|Somalis
South Africa;South African|South Africans
South Korea|Korea;South Korean|South Koreans|Korean|Koreans
South Sudan;South Sudanese
Spain;Spanish|Spaniard|Spaniards
Sri Lanka;Sri Lankan|Sri Lankans
Sudan;Sudanese
Sweden;Swedish|Swedes
Switzerland;Swiss
Syria;Syrian|Syrians
Taiwan;Taiwanese
Tajikistan;Tajik|Tajiks
Tanzania;Tanzanian|Tanzanians
Thailand;Thai|Thais
Tibet;Tibetan|Tibetans
Togo;Togolese
Trinidad and Tobago;Trinidadian
Tunisia;Tunisian|Tunisians
Turkey|Turkiye;Turkish|Turks
Turkmenistan;Turkmen
Uganda;Ugandan|Ugandans
Ukraine;Ukrainian|Ukrainians
United Arab Emirates|UAE|Emirates;Emirati|Emiratis
United Kingdom|UK|U.K.|Britain|Great Britain;British|Briton|Britons|Brit|Brits
United States|US|U.S.|USA|U.S.A.|America|United States of America;American|Americans
Uruguay;Uruguayan|Uruguayans
Uzbekistan;Uzbek|Uzbeks
Vatican|Vatican City|Holy See;
Venezuela;Venezuelan|Venezuelans
Vietnam;Vietnamese
Yemen;Yemeni|Yemenis
Zambia;Zambian|Zambians
Zimbabwe;Zimbabwean|Zimbabweans
England;English|Englishman|Englishmen
Scotland;Scottish|Scots|Scot
Wales;Welsh
Northern Ireland;Northern Irish
`;

/**
 * Regions, territories, seas and a few world cities that a tagger trained on general text may
 * not know are places, with their alternative names.
 */
const REGIONS = `
Europe;European|Europeans
Asia;Asian|Asians
Africa;African|Africans
Latin America;Latin American
South America;South American
North America;North American
Middle East|Mideast;Middle Eastern
Gulf|Persian Gulf;
Balkans;Balkan
Caribbean;
Scandinavia;Scandinavian
Gaza|Gaza Strip;Gazan|Gazans
West Bank;
Golan Heights;
Kashmir;Kashmiri
Chechnya;Chechen|Chechens
Darfur;
Crimea;Crimean
Donbas;
Kurdistan;Kurdish|Kurds
Red Sea;
Black Sea;
Mediterranean|Mediterranean Sea;
Baltic|Baltic Sea;Baltic
North Sea;
South China Sea;
Atlantic|Atlantic Ocean;Atlantic
Pacific|Pacific Ocean;Pacific
Indian Ocean;
Arctic;
Antarctica|Antarctic;
Strait of Hormuz;
Sahel;
Siberia;Siberian
London;Londoner|Londoners
Washington|Washington DC;
New York|New York City|NYC;New Yorker|New Yorkers
Los Angeles|LA;
Moscow;Muscovite
Beijing;
Paris;Parisian|Parisians
Berlin;
Brussels;
Tokyo;
Baghdad;
Damascus;
Tehran;
Kabul;
Kyiv|Kiev;
Jerusalem;
Tel Aviv;
Beirut;
Cairo;
Delhi|New Delhi;
Mumbai|Bombay;
Islamabad;
Riyadh;
Dubai;
Istanbul;
Ankara;
Edinburgh;
Cardiff;
Belfast;
Dublin;
Manchester;Mancunian
Birmingham;
Liverpool;
Glasgow;
`;

export interface PlaceEntry {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
}

function parse(table: string): PlaceEntry[] {
  return table
    .trim()
    .split('\n')
    .map((line) => {
      const [names = '', demonyms = ''] = line.split(';');
      const [name = '', ...aliases] = names.split('|');
      return { name, aliases, demonyms: demonyms ? demonyms.split('|') : [] };
    });
}

export const PLACES: readonly PlaceEntry[] = [...parse(COUNTRIES), ...parse(REGIONS)];

/** Any place name or alias (as written, case-sensitive) → its canonical name. */
export const PLACE_CANONICAL: ReadonlyMap<string, string> = new Map(
  PLACES.flatMap((p) => [p.name, ...p.aliases].map((n) => [n.replace(/^the /, ''), p.name] as const)),
);

/**
 * Words for a people or a faith, used as adjectives: "Yugoslav", "English", "Islamic". Before a
 * group noun ("the Yugoslav news agency", "the Islamic group") they say what the group is, and
 * are not its name. The demonyms above and the faiths' adjectives (BELIEFS leaves those out).
 */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set([
  ...PLACES.flatMap((p) => p.demonyms),
  ..."Yugoslav Soviet Czechoslovak Islamic Christian Jewish Catholic Muslim Moslem Buddhist Hindu Sikh Protestant Orthodox Sunni Shia Shiite Shi'ite Arab Kurdish Palestinian Western Eastern".split(
    ' ',
  ),
]);
