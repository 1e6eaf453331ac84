/**
 * Religions, their followers and their branches: names of the kind CoNLL-2003 and wikigold call
 * MISC ("Christianity", "Sunni", "Jesuit"). Hashed into the recogniser's name lists at training
 * time (src/tools/lexicon.ts). lede's own list. Adjectives that open organisations' names
 * ("Islamic State", "Catholic Church", "Christian Democrats", "Jewish Agency") are left out.
 */
export const BELIEFS: readonly string[] = `
  Christianity Christians Christendom Catholicism Catholics 
  Protestantism Protestant Protestants Anglican Anglicans Anglicanism
  Methodist Methodists Baptist Baptists Lutheran Lutherans Lutheranism Presbyterian Presbyterians
  Calvinist Calvinism Evangelicals Pentecostal Pentecostals Quaker Quakers Mormon
  Mormons Mormonism Amish Mennonite Mennonites Adventist Adventists Jesuit Jesuits Franciscan
  Franciscans Dominican Dominicans Benedictine Benedictines Carmelite Copts Maronite
  Islam Muslim Muslims Moslem Sunni Sunnis Shia Shiite Shiites Shi'ite Sufi Sufis Sufism
  Wahhabi Salafi Salafist Ismaili Alawite Alawites Druze Ahmadi Ahmadiyya
  Judaism Jew Jews Zionism
  Hinduism Hindu Hindus Vaishnava Shaiva Brahmin Brahmins Buddhism Buddhist Buddhists Theravada
  Mahayana Sikhism Sikh Sikhs Jainism Jain Jains Bahá'í Baha'i Zoroastrian
  Zoroastrianism Parsi Shinto Taoism Taoist Daoism Confucianism Confucian Rastafari Rastafarian
  Scientology Scientologist Wicca Wiccan Pagan Paganism Gnostic Gnosticism Unitarian Unitarians
`
  .split(/\n/)
  .flatMap((line) => line.trim().split(/\s+/))
  .filter(Boolean);
