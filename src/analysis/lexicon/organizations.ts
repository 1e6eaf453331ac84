/**
 * Names whose type a tagger trained on 1990s newswire gets wrong on today's web: platforms,
 * companies, outlets and agencies (organisations); software, devices and services sold as products
 * (`other`); and words that look like names but never are one on their own. Hand-written for lede
 * from general knowledge (public facts); a name here is a strong prior for its type, which a clear
 * cue in the words around a mention can still overrule.
 */

const ORGANIZATION_NAMES = `
Facebook Meta Instagram WhatsApp Twitter Reddit YouTube TikTok Snapchat Pinterest LinkedIn Tumblr
Google Alphabet Microsoft Amazon Netflix Uber Lyft Airbnb Spotify PayPal eBay Etsy Shopify Slack Zoom Dropbox
Yahoo AOL IBM Intel AMD Nvidia NVIDIA Qualcomm Cisco Oracle Salesforce Adobe Dell HP Lenovo Huawei Xiaomi ZTE
Samsung Sony Panasonic Toshiba Nintendo LG Philips Siemens Bosch Ericsson Nokia Motorola BlackBerry Dolby Zeiss
Tesla SpaceX OpenAI Anthropic DeepMind Baidu Alibaba Tencent ByteDance Yandex Canonical Mozilla GitHub GitLab
Wikipedia Wikimedia Craigslist Yelp Groupon Quora Medium Substack Patreon Kickstarter Twitch Discord Telegram
Walmart Kroger Costco Target Safeway Tesco Sainsbury's Asda Aldi Lidl Carrefour IKEA Ikea Starbucks McDonald's
Woolworths Coles Wesfarmers Bunnings Kmart Myer Telstra Optus Qantas Morrisons Waitrose Primark Walgreens Nordstrom
Deloitte KPMG PwC Accenture McKinsey
Coca-Cola PepsiCo Pepsi Nestle Nestlé Unilever Boeing Airbus Lockheed Raytheon Honeywell Halliburton
Ford Toyota Honda Nissan Volkswagen BMW Mercedes-Benz Daimler Renault Fiat Chrysler Hyundai Kia Volvo
ExxonMobil Exxon Chevron BP Shell Gazprom Rosneft Aramco Pfizer Moderna AstraZeneca Novartis Roche Merck Bayer
JPMorgan Citigroup Citi Barclays HSBC Santander Visa Mastercard Nasdaq Bloomberg Reuters
Verizon AT&T Comcast Vodafone T-Mobile Sprint Disney Paramount Viacom Hulu HBO Pixar Marvel
CNN BBC NBC CBS ABC Fox MSNBC NPR PBS ITV Sky Politico Axios Vox Slate Salon Wired Mashable Gizmodo Engadget
TechCrunch Buzzfeed BuzzFeed HuffPost Breitbart Vice Forbes Quartz Gawker Deadspin Kotaku Vulture
Guardian Telegraph Economist Newsweek Politifact ProPublica Hackaday Phoronix
AP AFP UPI Xinhua Tass TASS Interfax Yonhap Kyodo Al-Jazeera Jazeera
NASA NOAA FBI CIA NSA FDA CDC EPA FEMA FTC FCC SEC IRS DHS DEA ATF NIH NHS WHO UN NATO EU OPEC IMF UNICEF
UNESCO UNHCR Interpol Europol Frontex ACLU Greenpeace Oxfam Amnesty EFF FSF OSI
Harvard Yale Princeton Stanford MIT Caltech Columbia Cornell  UCLA
Kremlin Pentagon Whitehall Élysée Elysee Congress Senate Parliament Bundestag Knesset Duma Politburo Taliban Hamas Hezbollah
`;

/** Multi-word names of the same kind (one a line). */
const ORGANIZATION_PHRASES = `
White House
Downing Street
Number 10
Blue House
Capitol Hill
Wall Street Journal
New York Times
Washington Post
Los Angeles Times
Financial Times
Associated Press
Red Hat
Whole Foods
Cambridge Analytica
Goldman Sachs
Morgan Stanley
Bank of America
Wells Fargo
General Motors
General Electric
Johnson & Johnson
Procter & Gamble
Al Jazeera
Sky News
Fox News
Getty Images
Agence France-Presse
Press Association
Ars Technica
The Verge
Business Insider
Daily Mail
Daily Telegraph
The Sun
Huffington Post
State Department
Justice Department
Defense Department
Supreme Court
European Union
United Nations
World Health Organization
World Bank
Islamic State
Muslim Brotherhood
Amnesty International
Human Rights Watch
Red Cross
Planned Parenthood
Mount Holyoke
`;

/** Software, devices, services and other products: CoNLL's MISC, lede's `other`. */
const PRODUCT_NAMES = `
iPhone iPad iPod iMac MacBook Mac iOS macOS Android Windows Linux Ubuntu Debian Fedora Unix Chromebook
Firefox Chrome Chromium Safari Thunderbird SeaMonkey Gecko Servo WebKit Gmail Outlook Hotmail
Photoshop Excel PowerPoint LibreOffice OpenOffice Skype Kindle Alexa Siri Cortana ChatGPT Copilot
Python JavaScript TypeScript Java Rust Perl Ruby PHP Haskell Kotlin Swift Fortran COBOL Lisp Node.js React
PlayStation Xbox Wii Kinect Oculus HoloLens Bitcoin Ethereum Dogecoin Bluetooth Ethernet
`;

/** Whole words that look like names in capitals but never are one alone: job titles, tech acronyms. */
const NOT_NAME_WORDS = `
CEO CEOs CFO COO CTO CIO CMO CSO MD PhD PhDs MBA DDS RN MP MPs MEP MEPs
OS PC PCs TV TVs AI VR AR HDR CPU CPUs GPU GPUs RAM ROM USB HDMI IR URL URLs IDE API APIs SDK DVD DVDs LED
LCD SSD HD PDF FAQ DIY GPS SMS ID IP IT HR PR QA DNA RNA UI UX CD CDs DJ GDP VAT IPO ETF RSS HTML CSS HTTP
HTTPS SSL TLS DNS VPN LTE NFC AM PM OK FPS RPG NB
`;

const words = (table: string): string[] => table.split(/\s+/u).filter(Boolean);
const lines = (table: string): string[] =>
  table
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Organisation names, exactly as written. */
export const ORGANIZATIONS: ReadonlySet<string> = new Set([
  ...words(ORGANIZATION_NAMES),
  ...lines(ORGANIZATION_PHRASES),
]);

/** Product names (typed `other`), exactly as written. */
export const PRODUCTS: ReadonlySet<string> = new Set(words(PRODUCT_NAMES));

/** Words that are never a name on their own. */
export const NOT_NAMES: ReadonlySet<string> = new Set(words(NOT_NAME_WORDS));

/**
 * Articles, determiners, pronouns, prepositions and conjunctions as they open a sentence or a
 * title: never a name alone. The recogniser sometimes keeps one word of a title it cut short ("The"
 * of "The Game", "A" of a certificate 'A'), and every whole-word occurrence of a name becomes a
 * mention, so one such "The" made every sentence-initial "The" of a long document a person.
 */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(
  words(`
The THE A An This That These Those Some Any Each Every No All Both Either Neither
He She It We They You His Her Its Our Their My Your Me Him Them
In On At Of For To From By With Into Onto Upon About Over Under After Before Between Through
And But Or Nor So Yet If When While Because Although Though As Than Then There Here Not
`),
);

/** A firm's legal form written with its full stop, which may be the sentence's full stop too ("… Huawei Technologies Co. Huawei's …"). */
export const DOTTED_LEGAL_FORMS: ReadonlySet<string> = new Set([
  'Co.',
  'Cos.',
  'Inc.',
  'Corp.',
  'Ltd.',
  'Bros.',
  'Plc.',
]);

/** Whether a name of several words ends in one ("Huawei Technologies Co."). */
export function endsInDottedLegalForm(surface: string): boolean {
  if (!surface.endsWith('.')) return false;
  for (const form of DOTTED_LEGAL_FORMS)
    if (surface.endsWith(form) && /\s/u.test(surface.charAt(surface.length - form.length - 1))) return true;
  return false;
}
