/**
 * Cities, states and provinces that web articles name without saying they are places, beyond the
 * countries and capitals of places.ts. Hand-written for lede from general knowledge (public facts).
 * Names that are as often something else ("Georgia", "Washington", "Phoenix", "Reading") are left
 * out: a place here is a strong prior for its type.
 */
const CITY_LINES = `
Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois
Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri
Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon
Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia
Wisconsin|Wyoming|Ontario|Quebec|Alberta|British Columbia|Manitoba|Saskatchewan|Nova Scotia|Newfoundland
New South Wales|Tasmania|Bavaria|Catalonia|Lombardy
Seattle|Chicago|Boston|San Francisco|Los Angeles|San Diego|San Jose|Oakland|Sacramento|Portland|Denver
Houston|Dallas|San Antonio|Atlanta|Miami|Orlando|Tampa|Philadelphia|Pittsburgh|Baltimore|Detroit
Cleveland|Cincinnati|Indianapolis|Milwaukee|Minneapolis|St. Louis|Kansas City|Nashville|Memphis
New Orleans|Las Vegas|Salt Lake City|Honolulu|Anchorage|Ketchikan|Juneau|Brooklyn|Manhattan|Queens|Bronx
Berkeley|Irvine|Santa Barbara|Santa Cruz|Ann Arbor|Chapel Hill
Silicon Valley|Toronto|Montreal|Vancouver|Ottawa|Calgary|Sydney|Melbourne|Brisbane|Perth|Adelaide|Auckland
Wellington|Manchester|Liverpool|Birmingham|Leeds|Glasgow|Belfast|Bristol|Newcastle|Sheffield|Oxford
Cambridge|Dublin|Madrid|Barcelona|Rome|Naples|Lisbon|Amsterdam|Vienna|Prague|Warsaw|Budapest|Athens
Stockholm|Oslo|Copenhagen|Helsinki|Geneva|Zurich|Munich|Frankfurt|Hamburg|Shanghai|Hong Kong|Shenzhen
Seoul|Osaka|Singapore|Bangkok|Jakarta|Manila|Hanoi|Karachi|Lahore|Dhaka|Kolkata|Bangalore|Chennai|Lagos
Nairobi|Johannesburg|Cape Town|Harare|Khartoum|Addis Ababa|Tunis|Algiers|Casablanca|Mexico City|Havana
Bogota|Lima|Santiago|Buenos Aires|Caracas|Rio de Janeiro|Sao Paulo|São Paulo|Mosul|Aleppo|Gaza City
`;

/** City, state and province names, exactly as written. */
export const CITIES: ReadonlySet<string> = new Set(
  CITY_LINES.split(/[|\n]/u)
    .map((s) => s.trim())
    .filter(Boolean),
);
