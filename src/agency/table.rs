//! The built-in agency lexicon: one entry a line, sorted by canonical name.
//!
//! Canonical names follow the scoring guide (`shared/gold/GUIDE.md`): KCNA,
//! Yonhap, Reuters, AP, AFP, IANS, PTI, ANI, TASS, RIA Novosti, Xinhua, Kyodo,
//! Interfax, UPI, Bernama, dpa, EFE, Rodong Sinmun, Pyongyang radio.

/// One agency: its canonical name, the other names it is written as, its
/// country (ISO 3166-1 alpha-2, "" for international), and descriptions that
/// point to it without naming it.
#[derive(Debug)]
pub(crate) struct Entry {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub country: &'static str,
    pub descriptions: &'static [&'static str],
}

const fn e(
    name: &'static str,
    aliases: &'static [&'static str],
    country: &'static str,
    descriptions: &'static [&'static str],
) -> Entry {
    Entry {
        name,
        aliases,
        country,
        descriptions,
    }
}

#[rustfmt::skip]
pub(crate) static AGENCIES: &[Entry] = &[
    e("AFP", &["Agence France-Presse", "Agence France Presse"], "FR", &[]),
    e("ANI", &["Asian News International"], "IN", &[]),
    e("AP", &["Associated Press", "The Associated Press"], "US", &[]),
    e("IANS", &["Indo-Asian News Service"], "IN", &[]),
    e("KCNA", &["Korean Central News Agency", "KCNA Watch"], "KP", &["Pyongyang's state media", "North Korea's state media", "the North's media", "North Korean state media", "Pyongyang's official news agency"]),
    e("Kyodo", &["Kyodo News", "Kyodo News Agency"], "JP", &[]),
    e("PTI", &["Press Trust of India"], "IN", &[]),
    e("Reuters", &["Reuter", "Thomson Reuters"], "GB", &[]),
    e("TASS", &["ITAR-TASS", "Tass"], "RU", &[]),
    e("Xinhua", &["Xinhua News Agency", "New China News Agency"], "CN", &["China's official news agency"]),
    e("Yonhap", &["Yonhap News Agency"], "KR", &[]),
];
