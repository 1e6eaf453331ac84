/** Titles, name particles and organisation head words, for recognise.ts. Hand-written for lede. */

/** Lower-case particles inside Arabic and European names ("Harakat al Nujaba", "Ludwig van Beethoven"). */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(
  'al el bin ibn bint van von de der den da di du del della dos das la le ter ten zu'.split(' '),
);

/** Last words that make a name an organisation's: "Doris Duke Charitable Foundation", "Guidant Corp". */
export const ORG_HEADS: ReadonlySet<string> = new Set(
  'Foundation Institute University College School Association Council Party Bank Agency Corporation Corp Company Co Inc Ltd plc PLC LLC Group Trust Commission Committee Ministry Department Authority Federation Union League Club Society Fund Organisation Organization Confederation Coalition Board Parliament Assembly Airlines Airways Motors Holdings Industries Systems Technologies Laboratories Studios Records Network Police Army Navy Center Centre Hospital Laboratory Observatory Clinic Magazine Journal Bureau'.split(
    ' ',
  ),
);

/** Titles CoNLL (and a reader) leaves outside a person's name: "Mr Mubanga" is "Mubanga". */
export const TITLES: ReadonlySet<string> = new Set(
  'Mr Mrs Ms Miss Mx Dr Prof Professor Sir Dame Lord Lady Rev Gen Sen Gov Rep Lt Col Sgt Capt Cllr President Prime Minister King Queen Prince Princess Pope Judge Justice Chancellor Secretary General Senator Governor Mayor Father Sister Brother Saint Sheikh Imam Ayatollah President-elect Vice Deputy Chief Executive CEO Commissioner Ambassador Rabbi Cardinal Bishop Archbishop Detective Inspector Superintendent Sergeant Colonel Lieutenant Captain Admiral Commander Congressman Congresswoman Councillor Councilman Assemblyman Speaker Premier Emperor Duke Duchess Baroness Baron Coach Director Chairman Chairwoman Dean Sheriff'.split(
    ' ',
  ),
);

/** Titles that are never a name on their own: a mention of just "Mr" is the tagger's mistake. */
export const HONORIFICS: ReadonlySet<string> = new Set(
  'Mr Mrs Ms Miss Mx Dr Prof Rev Gen Sen Gov Rep Lt Col Sgt Capt Cllr'.split(' '),
);
