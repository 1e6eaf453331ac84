/**
 * Head words that say what kind of thing a capitalised name is, whatever the genre: "… Party",
 * "… Confederation" and "University of …" are organisations, "… River" and "Isle of …" places,
 * "… Cup", "… Awards" and "Battle of …" other names (events, works, prizes). The recogniser's
 * run features (ner/features/head-runs.ts, `npm run train -- --head-runs`) read them; the model
 * learns how much each kind counts. lede's own lists.
 */
const words = (s: string): readonly string[] => s.split(/\s+/).filter(Boolean);

export const ORGANIZATION_HEADS = words(`
  Foundation Institute Institution University College School Academy Seminary Polytechnic
  Conservatory Association Council Party Bank Agency Corporation Corp Company Co Inc Ltd plc PLC
  LLC Group Trust Commission Committee Ministry Department Authority Federation Confederation
  Union League Club Society Fund Organisation Organization Board Parliament Assembly Congress
  Senate Airlines Airways Motors Holdings Industries Systems Technologies Laboratories Studios
  Records Network Police Army Navy Force Center Centre Hospital Laboratory Observatory Clinic
  Magazine Journal Bureau Museum Library Press Times Post Herald Tribune Gazette Radio Television
  Broadcasting Channel Orchestra Choir Band Church Conference Movement Alliance Coalition Front
  Brigade Regiment Division Office Service Services Administration Agency Court Tribunal Council
  Cooperative Partnership Enterprises Media Publishing Publishers Entertainment Pictures Bancorp
  Railway Railways FC AFC Rovers Wanderers
`);

export const PLACE_HEADS = words(`
  River Lake Lakes Mountain Mountains Mount Island Islands Isle Bay Sea Ocean Valley Street Avenue
  Road Square Park Bridge County Province Beach Peninsula Desert Forest Hills Hill Coast Gulf
  Strait Canal Airport Station Castle Palace Tower District Region Republic Kingdom Falls Creek
  Harbour Harbor Port Heights Springs Plains Glacier Canyon Reservoir Township Borough Parish
  Prefecture Oblast Territory Territories Boulevard Lane
`);

export const OTHER_HEADS = words(`
  War Wars Battle Battles Siege Cup Championship Championships Awards Award Prize Prizes Festival
  Games Olympics Tour Classic Series Trophy Act Treaty Revolution Agreement Accord Prix Marathon
  Rally Expo Show Album Bible Crusade Massacre Uprising Rebellion Rising Doctrine Declaration
  Convention Open Grand Medal Derby Bowl Tournament Invitational Olympiad Biennale Symphony Sonata
  Concerto Opera Novel Trilogy Saga Campaign Offensive Operation Incident Affair Scandal Plan Code
  Constitution Charter
`);

/** Lower-case words that may join the words of one name: "Bank of England", "Procter & Gamble". */
export const NAME_JOINERS = words(`of for and & the de du des la le del der von van on upon in`);
