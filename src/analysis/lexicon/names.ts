/**
 * Small word lists that tell what kind of name a capitalised sequence is. Hand-written for lede.
 */

/** Capitalised words before a name that make it a person and are not part of the name. */
export const PERSON_TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Baroness', 'Baron', 'Prof',
  'Professor', 'President', 'Vice', 'Prime', 'Minister', 'Secretary', 'Chancellor', 'Senator',
  'Sen', 'Rep', 'Representative', 'Congressman', 'Congresswoman', 'Governor', 'Gov', 'Mayor',
  'King', 'Queen', 'Prince', 'Princess', 'Duke', 'Duchess', 'Pope', 'Cardinal', 'Archbishop',
  'Bishop', 'Rev', 'Reverend', 'Father', 'Sheikh', 'Ayatollah', 'Imam', 'Rabbi', 'General', 'Gen',
  'Colonel', 'Col', 'Major', 'Maj', 'Captain', 'Capt', 'Lieutenant', 'Lt', 'Sergeant', 'Sgt',
  'Admiral', 'Commander', 'Judge', 'Justice', 'Chief', 'Deputy', 'Foreign', 'Home', 'Defence',
  'Defense', 'Health', 'Culture', 'Trade', 'Finance', 'Interior', 'Education', 'Shadow', 'State',
  'Attorney', 'Inspector', 'Detective', 'Constable', 'Superintendent', 'Chairman', 'Chairwoman',
  'Executive', 'Ambassador', 'Coach', 'Manager', 'Speaker', 'Leader', 'Opposition', 'Labour',
  'Conservative', 'Tory', 'Democrat', 'Republican', 'Liberal', 'Former', 'Acting', 'First', 'MP',
  'MEP', 'MSP', 'Commissioner', 'Crown', 'Co', 'Ex', 'Emir', 'Sultan', 'Lieutenant', 'Premier',
]);

/** Titles that, ending a capitalised run with no name after them, name a role: "Conservative Party Co-Chairman". */
export const ROLE_TITLES = new Set([
  'Chairman', 'Chairwoman', 'Secretary', 'Minister', 'President', 'Commissioner', 'Archbishop',
  'Bishop', 'Leader', 'Executive', 'Chancellor', 'Governor', 'Mayor', 'Ambassador', 'Manager',
  'Coach', 'Speaker', 'Spokesman', 'Spokeswoman', 'MP', 'MEP', 'Premier',
]);

/** Titles that on their own (one word right before a name) mark a person, never an org. */
export const STRONG_TITLES = new Set([
  'Mr', 'Mrs', 'Ms', 'Miss', 'Dr', 'Sir', 'Dame', 'Lord', 'Lady', 'Prof', 'Professor', 'President',
  'Chancellor', 'Senator', 'Sen', 'Rep', 'Governor', 'Gov', 'Mayor', 'King', 'Queen', 'Prince',
  'Princess', 'Pope', 'Sheikh', 'Ayatollah', 'Gen', 'Col', 'Capt', 'Judge', 'Minister', 'Secretary',
  'Baroness', 'Archbishop', 'Rev', 'Cardinal', 'Commissioner', 'MP', 'MEP', 'Emir', 'Sultan',
]);

/** Last words that make a capitalised name an organisation ("US Central Command"). */
export const ORG_HEAD_WORDS = new Set([
  'Command', 'Ministry', 'Department', 'Party', 'Council', 'Committee', 'Commission', 'Agency',
  'Authority', 'Bank', 'Group', 'Corporation', 'Corp', 'Company', 'Co', 'Inc', 'Ltd', 'Plc', 'PLC',
  'LLC', 'AG', 'SA', 'GmbH', 'Association', 'Union', 'Federation', 'League', 'Society', 'Institute',
  'Institution', 'University', 'College', 'School', 'Academy', 'Foundation', 'Trust', 'Fund',
  'Office', 'Service', 'Services', 'Board', 'Court', 'Parliament', 'Assembly', 'Congress', 'Senate',
  'Army', 'Navy', 'Force', 'Forces', 'Guard', 'Guards', 'Police', 'Brigade', 'Brigades', 'Front',
  'Movement', 'Organisation', 'Organization', 'Network', 'Alliance', 'Coalition', 'Club', 'FC',
  'United', 'Rovers', 'Athletic', 'Airlines', 'Airways', 'Motors', 'Industries', 'Holdings',
  'Systems', 'Technologies', 'Electronics', 'Entertainment', 'Studios', 'Pictures', 'Records',
  'Media', 'News', 'Times', 'Post', 'Herald', 'Journal', 'Telegraph', 'Guardian', 'Tribune',
  'Reserve', 'Exchange', 'Church', 'Hospital', 'Chamber', 'Cabinet', 'Government', 'Administration',
  'Bureau', 'Tribunal', 'Commons', 'Lords', 'Capital', 'Partners', 'Securities', 'Communications',
  'Telecom', 'Mobile', 'Software', 'Games', 'Labs', 'Laboratories', 'Pharmaceuticals', 'Energy',
  'Oil', 'Petroleum', 'Steel', 'Insurance', 'Investments', 'Stores', 'Brothers', 'Bros', 'Channel',
  'Centre', 'Center', 'Museum', 'Gallery', 'Theatre', 'Orchestra', 'Festival', 'Awards', 'Films',
  'Radio', 'Television', 'TV', 'Magazine', 'Opera', 'Philharmonic', 'Prize', 'Prizes',
]);

/** Capitalised words after which "of (the)" continues an organisation name ("Bank of England"). */
export const OF_JOINING_HEADS = new Set([
  'Bank', 'Ministry', 'Department', 'University', 'House', 'Chamber', 'Office', 'Institute', 'Council',
  'Court', 'Church', 'College', 'Academy', 'Board', 'Federation', 'Association', 'League', 'Union',
  'Society', 'Museum', 'Party', 'Secretary', 'Commission', 'Bureau', 'Organisation', 'Organization',
  'Republic', 'Kingdom', 'Federal', 'Confederation', 'School', 'Army', 'Lord', 'Lords', 'Duke',
  'Prince', 'Princess', 'Strait', 'Gulf', 'Bay', 'Isle', 'City', 'State', 'States', 'Sea',
]);

/** Lower-case nouns that, following a name ("Houthi group", "Islamic State terror group"), make it an org. */
export const ORG_NOUNS_AFTER = new Set([
  'group', 'groups', 'militia', 'militias', 'movement', 'organisation', 'organization', 'party',
  'firm', 'company', 'corporation', 'network', 'faction', 'rebels', 'insurgents', 'militants',
  'fighters', 'government', 'administration', 'agency', 'bank', 'brand', 'label', 'team', 'club',
  'squad', 'broadcaster', 'newspaper', 'channel', 'website', 'carrier', 'airline', 'retailer',
  'giant', 'chain', 'studio', 'union', 'council', 'ministry', 'regime', 'alliance', 'coalition',
  'conglomerate', 'operator', 'maker', 'manufacturer', 'subsidiary', 'unit', 'consortium',
]);

/** Lower-case role nouns that, in an appositive after a name ("X, a senior commander"), make it a person. */
export const PERSON_ROLE_NOUNS = new Set([
  'commander', 'leader', 'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'president',
  'chairman', 'chairwoman', 'chief', 'executive', 'director', 'official', 'officer', 'analyst',
  'economist', 'manager', 'coach', 'player', 'striker', 'midfielder', 'defender', 'goalkeeper',
  'captain', 'professor', 'lecturer', 'researcher', 'scientist', 'doctor', 'lawyer', 'judge',
  'singer', 'actor', 'actress', 'star', 'director', 'writer', 'author', 'journalist', 'reporter',
  'editor', 'correspondent', 'founder', 'owner', 'head', 'secretary', 'senator', 'mp', 'mep',
  'member', 'governor', 'mayor', 'ambassador', 'envoy', 'candidate', 'adviser', 'advisor',
  'father', 'mother', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'resident',
  'man', 'woman', 'boy', 'girl', 'victim', 'champion', 'winner', 'boss', 'chancellor', 'general',
  'colonel', 'soldier', 'cleric', 'preacher', 'activist', 'campaigner', 'veteran', 'student',
  'teacher', 'artist', 'comedian', 'presenter', 'host', 'producer', 'designer', 'entrepreneur',
  'businessman', 'businesswoman', 'billionaire', 'investor', 'banker', 'negotiator', 'deputy',
]);

/** Lower-case words before "of/for/in X" that make X an organisation ("a leader of X"). */
export const ORG_MEMBER_NOUNS = new Set([
  'leader', 'leaders', 'member', 'members', 'spokesman', 'spokeswoman', 'spokesperson', 'head',
  'chief', 'founder', 'commander', 'commanders', 'fighters', 'militants', 'officials', 'official',
  'chairman', 'boss', 'director', 'executive', 'executives', 'shareholders', 'staff', 'employees',
  'analyst', 'analysts', 'economist', 'economists', 'supporters', 'operatives', 'senior',
]);

/** Name particles that may sit, lower-case, inside a person's or group's name. */
export const NAME_PARTICLES = new Set([
  'al', 'el', 'bin', 'ibn', 'bint', 'abu', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du',
  'del', 'della', 'dos', 'das', 'la', 'le', 'ter', 'ten', 'y', 'zu',
]);

/** Particles that mark a person's name (Arabic kunya and patronymics). */
export const PERSON_PARTICLES = new Set(['Abu', 'Umm', 'bin', 'ibn', 'bint', 'Bin', 'Ibn']);

/** All-capital words that are not names of anything. */
export const NON_ENTITY_ACRONYMS = new Set([
  'CEO', 'CFO', 'COO', 'GMT', 'BST', 'UTC', 'EST', 'PST', 'CET', 'TV', 'DVD', 'CD', 'PC', 'PCs',
  'MP', 'MPs', 'MEP', 'MEPs', 'AM', 'PM', 'FM', 'GDP', 'VAT', 'ID', 'OK', 'UFO', 'HIV', 'AIDS', 'DNA',
  'IT', 'AI', 'SMS', 'PIN', 'CV', 'QC', 'OBE', 'MBE', 'CBE', 'GP', 'GPs', 'A', 'I', 'II', 'III',
  'IV', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'RPG', 'PR', 'Q', 'R', 'MW', 'KW', 'MHz', 'GHz', 'IPO',
  'HQ', 'ATM', 'SUV', 'LCD', 'USB', 'PDF', 'HD', 'MP3', 'DJ', 'MC', 'ISA', 'ISAs', 'APR', 'RAM',
  'CCTV', 'SWAT', 'NHS', 'PhD', 'MBA', 'DIY', 'VIP', 'NB', 'PS', 'FAQ', 'LED', 'GPS', 'PDA', 'PDAs',
  'BC', 'AD', 'WMD', 'URL', 'CPU', 'GPU', 'ISP', 'ISPs', 'PVR', 'PVRs', 'VoIP', 'WiFi', 'UHF', 'OS',
]);

/** Capitalised words that start sentences or headlines but are never names. */
export const NEVER_NAMES = new Set([
  'The', 'A', 'An', 'This', 'That', 'These', 'Those', 'It', 'Its', 'He', 'She', 'They', 'We', 'I',
  'You', 'His', 'Her', 'Their', 'Our', 'My', 'Your', 'In', 'On', 'At', 'By', 'For', 'From', 'With',
  'But', 'And', 'Or', 'If', 'When', 'While', 'After', 'Before', 'Since', 'As', 'So', 'Yet', 'Also',
  'All', 'Some', 'Many', 'Most', 'More', 'One', 'Two', 'Three', 'There', 'Here', 'What', 'Who',
  'Why', 'How', 'Where', 'Which', 'Mr', 'Mrs', 'Ms', 'Dr', 'However', 'Meanwhile', 'Now', 'Then',
  'Although', 'Despite', 'Under', 'Over', 'About', 'According', 'Last', 'Next', 'Earlier', 'Later',
  'Shortly', 'No', 'Not', 'Yes', 'Both', 'Each', 'Every', 'Other', 'Such', 'Only', 'Even', 'Still',
  'Just', 'Because', 'Until', 'Without', 'Within', 'Into', 'Through', 'During', 'Among', 'Against',
  'Between', 'To', 'Of', 'Do', 'Does', 'Did', 'Is', 'Are', 'Was', 'Were', 'Be', 'Been', 'Has',
  'Have', 'Had', 'Will', 'Would', 'Can', 'Could', 'Should', 'Might', 'Must', 'Shall',
  'Today', 'Yesterday', 'Tomorrow', 'Tonight', 'Once', 'Instead', 'Indeed', 'Already', 'Perhaps',
  'Former', 'Several', 'Few', 'Any', 'Another', 'Nevertheless', 'Nonetheless', 'Moreover',
  'Furthermore', 'Elsewhere', 'Overall', 'Separately', 'Additionally', 'Similarly', 'Likewise',
  'Consequently', 'Therefore', 'Thus', 'Hence', 'Besides', 'Initially', 'Eventually', 'Finally',
  'Ultimately', 'Recently', 'Currently', 'Previously', 'Originally', 'Speaking', 'Asked', 'Much', 'Very', 'Well', 'Oh', 'Please', 'Thanks', 'Sorry',
]);

/** Days and months belong to dates, never to names. */
export const CALENDAR_WORDS = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Christmas', 'Easter', 'Ramadan',
]);
