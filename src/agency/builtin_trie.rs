//! The built-in lexicon's trie, written out: [`Trie::new`] of the lexicon's
//! searched forms, in the order the lexicon gives them, so that a form's
//! index here is its pattern's. Read by [`Trie::builtin`] when compiling,
//! where building it cost each process 0.36M instructions of its set-up.
//!
//! Written by a test, which fails when the table of agencies has changed
//! and the trie is no longer the build of its forms: then write it anew
//! with `NEWSWIRE_WRITE_TRIE=1 cargo test --lib builtin_trie`.
//!
//! [`Trie::new`]: super::trie::Trie::new
//! [`Trie::builtin`]: super::trie::Trie::builtin

use super::trie::{NONE, Node};

/// The root's child for every byte (a key, [`super::trie`]'s `key`).
#[rustfmt::skip]
pub(super) const ROOT: [u32; 256] = [
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, 0, 1, 2, 3, 4, 5, 6,
    7, 8, 9, 10, 11, 12, 13, 14,
    15, 16, 17, 18, 19, 20, 21, 22,
    23, 24, 25, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, 26, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
    NONE, NONE, NONE, NONE, NONE, NONE, NONE, NONE,
];

/// Every other node: its run (a range of [`RUNS`], shown after it), its
/// edges (a range of [`EDGES`]) and the form that ends where it does.
#[rustfmt::skip]
pub(super) const NODES: &[Node] = &[
    Node::new((6916, 6916), (784, 796), NONE),
    Node::new((6561, 6561), (751, 757), NONE),
    Node::new((6062, 6062), (693, 704), NONE),
    Node::new((5934, 5934), (675, 679), NONE),
    Node::new((5718, 5718), (655, 661), NONE),
    Node::new((5681, 5681), (651, 654), NONE),
    Node::new((5612, 5612), (646, 649), NONE),
    Node::new((5577, 5577), (640, 643), NONE),
    Node::new((5184, 5184), (595, 602), NONE),
    Node::new((5010, 5010), (579, 582), NONE),
    Node::new((4660, 4660), (528, 537), NONE),
    Node::new((4404, 4404), (502, 506), NONE),
    Node::new((4022, 4022), (462, 468), NONE),
    Node::new((3470, 3470), (376, 384), NONE),
    Node::new((3416, 3419), (373, 376), NONE), // "man"
    Node::new((2951, 2951), (319, 326), NONE),
    Node::new((2860, 2864), (312, 315), NONE), // "atar"
    Node::new((2678, 2678), (277, 283), NONE),
    Node::new((2133, 2133), (223, 231), NONE),
    Node::new((425, 425), (51, 59), NONE),
    Node::new((275, 275), (30, 35), NONE),
    Node::new((119, 119), (13, 17), NONE),
    Node::new((116, 119), (13, 13), 455), // "afa"
    Node::new((100, 105), (12, 13), 461), // "inhua"
    Node::new((28, 28), (2, 5), NONE),
    Node::new((18, 28), (2, 2), 108), // "hongxinshe"
    Node::new((0, 0), (0, 2), NONE),
    Node::new((16, 18), (2, 2), 120), // "tk"
    Node::new((0, 16), (2, 2), 162), // "hlas news agency"
    Node::new((57, 60), (10, 12), NONE), // "men"
    Node::new((29, 29), (5, 7), NONE),
    Node::new((28, 29), (5, 5), 478), // "n"
    Node::new((45, 57), (10, 10), 471), // "iuri shimbun"
    Node::new((29, 32), (7, 9), 472), // "hap"
    Node::new((35, 39), (9, 10), 474), // "news"
    Node::new((32, 35), (9, 9), 475), // "ews"
    Node::new((39, 45), (10, 10), 473), // "agency"
    Node::new((81, 100), (12, 12), 386), // "s state news agency"
    Node::new((60, 81), (12, 12), 570), // "\x80\x99s state news agency"
    Node::new((105, 116), (13, 13), 462), // "news agency"
    Node::new((228, 235), (28, 30), NONE), // "nezuela"
    Node::new((136, 141), (21, 24), NONE), // "etnam"
    Node::new((135, 136), (21, 21), 449), // "a"
    Node::new((119, 119), (17, 19), NONE),
    Node::new((135, 135), (21, 21), 452),
    Node::new((119, 125), (19, 21), NONE), // "ce of "
    Node::new((129, 135), (21, 21), 453), // "merica"
    Node::new((125, 129), (21, 21), 454), // "orea"
    Node::new((217, 228), (28, 28), 448), // "news agency"
    Node::new((180, 182), (26, 28), NONE), // "s "
    Node::new((141, 145), (24, 26), NONE), // "\x80\x99s "
    Node::new((161, 180), (26, 26), 584), // "fficial news agency"
    Node::new((145, 161), (26, 26), 583), // "tate news agency"
    Node::new((198, 217), (28, 28), 451), // "fficial news agency"
    Node::new((182, 198), (28, 28), 450), // "tate news agency"
    Node::new((256, 275), (30, 30), 11), // "s state news agency"
    Node::new((235, 256), (30, 30), 480), // "\x80\x99s state news agency"
    Node::new((376, 377), (47, 49), NONE), // "r"
    Node::new((334, 334), (39, 41), NONE),
    Node::new((333, 334), (39, 39), 440), // "i"
    Node::new((322, 333), (39, 39), 442), // "iminzokkiri"
    Node::new((275, 275), (35, 37), NONE),
    Node::new((322, 322), (39, 39), 445),
    Node::new((275, 282), (37, 39), NONE), // "ekistan"
    Node::new((303, 322), (39, 39), 447), // "s state news agency"
    Node::new((282, 303), (39, 39), 582), // "\x80\x99s state news agency"
    Node::new((376, 376), (47, 47), 435),
    Node::new((334, 334), (41, 43), 437),
    Node::new((375, 376), (47, 47), 439), // "n"
    Node::new((334, 337), (43, 45), NONE), // "ed "
    Node::new((355, 362), (45, 47), NONE), // "ews of "
    Node::new((337, 355), (45, 45), 441), // "ress international"
    Node::new((366, 375), (47, 47), 436), // "angladesh"
    Node::new((362, 366), (47, 47), 438), // "ndia"
    Node::new((382, 385), (49, 51), NONE), // "ine"
    Node::new((377, 382), (49, 49), 433), // "nform"
    Node::new((406, 425), (51, 51), 434), // "s state news agency"
    Node::new((385, 406), (51, 51), 579), // "\x80\x99s state news agency"
    Node::new((2019, 2019), (209, 212), NONE),
    Node::new((1985, 1986), (207, 209), NONE), // "l"
    Node::new((641, 641), (75, 78), NONE),
    Node::new((617, 641), (75, 75), 425), // "dningarnas telegrambyr\xc3\xa5"
    Node::new((602, 617), (75, 75), 423), // "end news agency"
    Node::new((590, 602), (75, 75), 424), // " news agency"
    Node::new((429, 429), (59, 61), NONE),
    Node::new((425, 429), (59, 59), 429), // "\xa9lam"
    Node::new((533, 535), (71, 73), NONE), // "is"
    Node::new((429, 430), (61, 63), NONE), // "k"
    Node::new((464, 465), (65, 67), NONE), // "y"
    Node::new((430, 438), (63, 65), NONE), // "sh state"
    Node::new((453, 464), (65, 65), 31), // "news agency"
    Node::new((438, 453), (65, 65), 32), // "run news agency"
    Node::new((500, 507), (69, 71), NONE), // "s state"
    Node::new((465, 474), (67, 69), NONE), // "\x80\x99s state"
    Node::new((489, 500), (69, 69), 484), // "news agency"
    Node::new((474, 489), (69, 69), 483), // "run news agency"
    Node::new((522, 533), (71, 71), 30), // "news agency"
    Node::new((507, 522), (71, 71), 29), // "run news agency"
    Node::new((576, 590), (75, 75), 427), // "afrique presse"
    Node::new((535, 536), (73, 75), NONE), // "a"
    Node::new((557, 576), (75, 75), 428), // "s state news agency"
    Node::new((536, 557), (75, 75), 576), // "\x80\x99s state news agency"
    Node::new((1972, 1985), (207, 207), 422), // "i news agency"
    Node::new((653, 654), (78, 93), NONE), // " "
    Node::new((641, 653), (78, 78), 356), // "mson reuters"
    Node::new((1940, 1940), (205, 207), NONE),
    Node::new((1906, 1906), (203, 205), NONE),
    Node::new((1708, 1708), (191, 194), NONE),
    Node::new((1634, 1634), (186, 189), NONE),
    Node::new((1610, 1634), (186, 186), 144), // "mirati state news agency"
    Node::new((1593, 1610), (186, 186), 4), // "rench news agency"
    Node::new((1540, 1540), (182, 184), NONE),
    Node::new((1520, 1540), (182, 182), 286), // "ungarian news agency"
    Node::new((1502, 1520), (182, 182), 42), // "talian news agency"
    Node::new((1195, 1199), (129, 132), NONE), // "orth"
    Node::new((1081, 1089), (122, 127), NONE), // "fficial "
    Node::new((934, 934), (112, 116), NONE),
    Node::new((753, 753), (98, 103), NONE),
    Node::new((694, 696), (95, 98), NONE), // "ae"
    Node::new((654, 660), (93, 95), NONE), // "orkers"
    Node::new((678, 694), (95, 95), 380), // " party newspaper"
    Node::new((660, 678), (95, 95), 567), // "\x80\x99 party newspaper"
    Node::new((736, 753), (98, 98), 143), // "state news agency"
    Node::new((717, 736), (98, 98), 142), // "s state news agency"
    Node::new((696, 717), (98, 98), 501), // "\x80\x99s state news agency"
    Node::new((917, 934), (112, 112), 410), // "rbian news agency"
    Node::new((826, 831), (105, 110), NONE), // "viet "
    Node::new((809, 826), (105, 105), 138), // "anish news agency"
    Node::new((779, 779), (103, 105), NONE),
    Node::new((753, 779), (103, 103), 393), // "rian state-run news agency"
    Node::new((793, 809), (105, 105), 426), // "dish news agency"
    Node::new((779, 793), (105, 105), 240), // "ss news agency"
    Node::new((904, 917), (112, 112), 245), // "rmy newspaper"
    Node::new((877, 892), (110, 112), NONE), // "ommunist party "
    Node::new((858, 877), (110, 110), 180), // "overnment newspaper"
    Node::new((841, 858), (110, 110), 246), // "ilitary newspaper"
    Node::new((831, 841), (110, 110), 421), // "ews agency"
    Node::new((900, 904), (112, 112), 327), // "aily"
    Node::new((892, 900), (112, 112), 326), // "ewspaper"
    Node::new((1036, 1046), (120, 122), NONE), // "lestinian "
    Node::new((989, 998), (118, 120), NONE), // "ilippines"
    Node::new((955, 955), (116, 118), NONE),
    Node::new((934, 955), (116, 116), 113), // "o-pyongyang newspaper"
    Node::new((974, 989), (118, 118), 324), // "ish news agency"
    Node::new((955, 974), (118, 118), 265), // "tuguese news agency"
    Node::new((1018, 1036), (120, 120), 320), // " state news agency"
    Node::new((998, 1018), (120, 120), 552), // "\x80\x99 state news agency"
    Node::new((1062, 1081), (122, 122), 459), // "fficial news agency"
    Node::new((1046, 1062), (122, 122), 460), // "tate news agency"
    Node::new((1177, 1195), (129, 129), 468), // "hinese news agency"
    Node::new((1159, 1177), (129, 129), 173), // "ranian news agency"
    Node::new((1137, 1159), (129, 129), 458), // "alestinian news agency"
    Node::new((1106, 1106), (127, 129), NONE),
    Node::new((1089, 1106), (127, 127), 470), // "inhua news agency"
    Node::new((1122, 1137), (129, 129), 402), // "udi news agency"
    Node::new((1106, 1122), (129, 129), 420), // "viet news agency"
    Node::new((1469, 1476), (180, 182), NONE), // "korean "
    Node::new((1335, 1337), (156, 161), NONE), // "s "
    Node::new((1199, 1203), (132, 137), NONE), // "\x80\x99s "
    Node::new((1320, 1320), (154, 156), NONE),
    Node::new((1291, 1299), (149, 152), NONE), // "fficial "
    Node::new((1274, 1291), (149, 149), 581), // "ropaganda website"
    Node::new((1251, 1251), (147, 149), NONE),
    Node::new((1203, 1207), (137, 139), NONE), // "tate"
    Node::new((1225, 1225), (141, 145), NONE),
    Node::new((1207, 1211), (139, 141), NONE), // "run "
    Node::new((1221, 1225), (141, 141), 523), // "edia"
    Node::new((1211, 1221), (141, 141), 527), // "ews agency"
    Node::new((1247, 1251), (147, 147), 522), // "edia"
    Node::new((1237, 1247), (147, 147), 526), // "ews agency"
    Node::new((1233, 1237), (147, 147), 558), // "adio"
    Node::new((1225, 1225), (145, 147), NONE),
    Node::new((1225, 1233), (147, 147), 531), // "levision"
    Node::new((1225, 1225), (147, 147), 532),
    Node::new((1271, 1274), (149, 149), 560), // "dio"
    Node::new((1251, 1271), (149, 149), 565), // "ling party newspaper"
    Node::new((1316, 1320), (154, 154), 524), // "edia"
    Node::new((1303, 1306), (152, 154), NONE), // "ews"
    Node::new((1299, 1303), (152, 152), 559), // "adio"
    Node::new((1310, 1316), (154, 154), 525), // "agency"
    Node::new((1306, 1310), (154, 154), 569), // "aper"
    Node::new((1323, 1335), (156, 156), 566), // "in newspaper"
    Node::new((1320, 1323), (156, 156), 521), // "dia"
    Node::new((1454, 1454), (178, 180), NONE),
    Node::new((1425, 1433), (173, 176), NONE), // "fficial "
    Node::new((1408, 1425), (173, 173), 444), // "ropaganda website"
    Node::new((1385, 1385), (171, 173), NONE),
    Node::new((1337, 1341), (161, 163), NONE), // "tate"
    Node::new((1359, 1359), (165, 169), NONE),
    Node::new((1341, 1345), (163, 165), NONE), // "run "
    Node::new((1355, 1359), (165, 165), 220), // "edia"
    Node::new((1345, 1355), (165, 165), 224), // "ews agency"
    Node::new((1381, 1385), (171, 171), 219), // "edia"
    Node::new((1371, 1381), (171, 171), 223), // "ews agency"
    Node::new((1367, 1371), (171, 171), 343), // "adio"
    Node::new((1359, 1359), (169, 171), NONE),
    Node::new((1359, 1367), (171, 171), 234), // "levision"
    Node::new((1359, 1359), (171, 171), 235),
    Node::new((1405, 1408), (173, 173), 345), // "dio"
    Node::new((1385, 1405), (173, 173), 378), // "ling party newspaper"
    Node::new((1450, 1454), (178, 178), 221), // "edia"
    Node::new((1437, 1440), (176, 178), NONE), // "ews"
    Node::new((1433, 1437), (176, 176), 344), // "adio"
    Node::new((1444, 1450), (178, 178), 222), // "agency"
    Node::new((1440, 1444), (178, 178), 382), // "aper"
    Node::new((1457, 1469), (180, 180), 379), // "in newspaper"
    Node::new((1454, 1457), (180, 180), 218), // "dia"
    Node::new((1486, 1502), (182, 182), 278), // "abinet newspaper"
    Node::new((1476, 1486), (182, 182), 225), // "ews agency"
    Node::new((1567, 1572), (184, 186), NONE), // "rman "
    Node::new((1540, 1567), (184, 184), 181), // "vernment newspaper izvestia"
    Node::new((1583, 1593), (186, 186), 134), // "ews agency"
    Node::new((1572, 1583), (186, 186), 135), // "ress agency"
    Node::new((1692, 1708), (191, 191), 372), // "nish news agency"
    Node::new((1649, 1652), (189, 191), NONE), // "fen"
    Node::new((1634, 1649), (189, 189), 39), // "tch news agency"
    Node::new((1672, 1692), (191, 191), 247), // "e ministry newspaper"
    Node::new((1652, 1672), (191, 191), 248), // "e ministry newspaper"
    Node::new((1843, 1864), (201, 203), NONE), // "inese communist party"
    Node::new((1723, 1731), (194, 196), NONE), // "mmunist "
    Node::new((1708, 1723), (194, 194), 121), // "ech news agency"
    Node::new((1781, 1785), (198, 201), NONE), // "arty"
    Node::new((1731, 1735), (196, 198), NONE), // "tate"
    Node::new((1759, 1781), (198, 198), 226), // "s official news agency"
    Node::new((1735, 1759), (198, 198), 528), // "\x80\x99s official news agency"
    Node::new((1827, 1843), (201, 201), 328), // "newspaper pravda"
    Node::new((1807, 1827), (201, 201), 317), // "s official newspaper"
    Node::new((1785, 1807), (201, 201), 550), // "\x80\x99s official newspaper"
    Node::new((1886, 1906), (203, 203), 316), // "s official newspaper"
    Node::new((1864, 1886), (203, 203), 549), // "\x80\x99s official newspaper"
    Node::new((1923, 1940), (205, 205), 80), // "lgian news agency"
    Node::new((1906, 1923), (205, 205), 358), // "itish news agency"
    Node::new((1958, 1972), (207, 207), 51), // "sociated press"
    Node::new((1940, 1958), (207, 207), 65), // "strian news agency"
    Node::new((2018, 2019), (209, 209), 430), // "m"
    Node::new((1986, 2018), (209, 209), 418), // "graph agency of the soviet union"
    Node::new((2054, 2057), (217, 219), NONE), // "wan"
    Node::new((2051, 2054), (217, 217), 409), // "jug"
    Node::new((2019, 2019), (212, 215), NONE),
    Node::new((2038, 2040), (216, 217), 411), // "im"
    Node::new((2038, 2038), (216, 216), 413),
    Node::new((2019, 2019), (215, 216), 416),
    Node::new((2019, 2038), (216, 216), 419), // "russian news agency"
    Node::new((2040, 2051), (217, 217), 412), // "news agency"
    Node::new((2096, 2098), (221, 223), NONE), // "s "
    Node::new((2057, 2061), (219, 221), NONE), // "\x80\x99s "
    Node::new((2077, 2096), (221, 221), 499), // "fficial news agency"
    Node::new((2061, 2077), (221, 221), 500), // "tate news agency"
    Node::new((2114, 2133), (223, 223), 102), // "fficial news agency"
    Node::new((2098, 2114), (223, 223), 103), // "tate news agency"
    Node::new((2551, 2551), (262, 266), NONE),
    Node::new((2519, 2521), (260, 262), NONE), // "ov"
    Node::new((2345, 2349), (248, 250), NONE), // "uth "
    Node::new((2336, 2341), (247, 248), 404), // "utnik"
    Node::new((2332, 2333), (246, 247), 151), // "t"
    Node::new((2278, 2278), (241, 243), NONE),
    Node::new((2263, 2278), (241, 241), 239), // "iss news agency"
    Node::new((2133, 2136), (231, 234), NONE), // "ria"
    Node::new((2226, 2228), (239, 241), NONE), // "s "
    Node::new((2175, 2176), (236, 239), NONE), // " "
    Node::new((2136, 2140), (234, 236), NONE), // "\x80\x99s "
    Node::new((2156, 2175), (236, 236), 572), // "fficial news agency"
    Node::new((2140, 2156), (236, 236), 571), // "tate news agency"
    Node::new((2211, 2226), (239, 239), 388), // "rab news agency"
    Node::new((2192, 2211), (239, 239), 392), // "fficial news agency"
    Node::new((2176, 2192), (239, 239), 391), // "tate news agency"
    Node::new((2244, 2263), (241, 241), 390), // "fficial news agency"
    Node::new((2228, 2244), (241, 241), 389), // "tate news agency"
    Node::new((2279, 2281), (243, 246), NONE), // "an"
    Node::new((2278, 2279), (243, 243), 406), // "a"
    Node::new((2321, 2332), (246, 246), 407), // "news agency"
    Node::new((2302, 2321), (246, 246), 408), // "s state news agency"
    Node::new((2281, 2302), (246, 246), 575), // "\x80\x99s state news agency"
    Node::new((2333, 2336), (247, 247), 152), // "fnb"
    Node::new((2341, 2345), (248, 248), 405), // "news"
    Node::new((2475, 2482), (258, 260), NONE), // "frican "
    Node::new((2349, 2353), (250, 252), NONE), // "orea"
    Node::new((2415, 2417), (255, 258), NONE), // "s "
    Node::new((2353, 2357), (252, 255), NONE), // "\x80\x99s "
    Node::new((2398, 2415), (255, 255), 509), // "ublic broadcaster"
    Node::new((2374, 2398), (255, 255), 589), // "emi-official news agency"
    Node::new((2357, 2374), (255, 255), 588), // "onhap news agency"
    Node::new((2458, 2475), (258, 258), 196), // "ublic broadcaster"
    Node::new((2434, 2458), (258, 258), 477), // "emi-official news agency"
    Node::new((2417, 2434), (258, 258), 476), // "onhap news agency"
    Node::new((2498, 2519), (260, 260), 395), // "overnment news agency"
    Node::new((2482, 2498), (260, 260), 397), // "ress association"
    Node::new((2538, 2551), (262, 262), 415), // "k news agency"
    Node::new((2521, 2538), (262, 262), 403), // "nian press agency"
    Node::new((2665, 2678), (277, 277), 385), // "a news agency"
    Node::new((2663, 2663), (275, 277), NONE),
    Node::new((2662, 2663), (275, 275), 396), // "a"
    Node::new((2551, 2554), (266, 269), NONE), // "di "
    Node::new((2581, 2586), (269, 271), NONE), // "rabia"
    Node::new((2570, 2581), (269, 269), 398), // "ress agency"
    Node::new((2554, 2570), (269, 269), 401), // "tate news agency"
    Node::new((2625, 2627), (273, 275), NONE), // "s "
    Node::new((2586, 2590), (271, 273), NONE), // "\x80\x99s "
    Node::new((2606, 2625), (273, 273), 574), // "fficial news agency"
    Node::new((2590, 2606), (273, 273), 573), // "tate news agency"
    Node::new((2643, 2662), (275, 275), 400), // "fficial news agency"
    Node::new((2627, 2643), (275, 275), 399), // "tate news agency"
    Node::new((2665, 2665), (277, 277), 387),
    Node::new((2663, 2665), (277, 277), 394), // "ws"
    Node::new((2777, 2777), (302, 304), NONE),
    Node::new((2740, 2740), (296, 299), NONE),
    Node::new((2737, 2737), (294, 296), NONE),
    Node::new((2705, 2705), (287, 289), NONE),
    Node::new((2690, 2696), (285, 287), NONE), // "dong s"
    Node::new((2678, 2678), (283, 285), NONE),
    Node::new((2687, 2690), (285, 285), 384), // "tly"
    Node::new((2678, 2687), (285, 285), 383), // "sia today"
    Node::new((2700, 2705), (287, 287), 375), // "inmun"
    Node::new((2696, 2700), (287, 287), 373), // "nmun"
    Node::new((2715, 2715), (290, 292), 366),
    Node::new((2705, 2708), (289, 290), 370), // "zau"
    Node::new((2708, 2715), (290, 290), 371), // " bureau"
    Node::new((2722, 2723), (292, 294), NONE), // "n"
    Node::new((2715, 2722), (292, 292), 367), // "novosti"
    Node::new((2728, 2737), (294, 294), 369), // "ws agency"
    Node::new((2723, 2728), (294, 294), 365), // "vosti"
    Node::new((2740, 2740), (296, 296), 359),
    Node::new((2737, 2740), (296, 296), 361), // "/rl"
    Node::new((2763, 2766), (301, 302), 352), // "num"
    Node::new((2754, 2763), (301, 301), 315), // "min ribao"
    Node::new((2740, 2743), (299, 300), 355), // "ter"
    Node::new((2743, 2743), (300, 301), 354),
    Node::new((2743, 2754), (301, 301), 357), // "news agency"
    Node::new((2766, 2777), (302, 302), 353), // "news agency"
    Node::new((2818, 2821), (306, 309), NONE), // "io "
    Node::new((2777, 2777), (304, 306), NONE),
    Node::new((2797, 2818), (306, 306), 350), // "triya samachar samiti"
    Node::new((2777, 2797), (306, 306), 349), // "riya samachar samiti"
    Node::new((2835, 2839), (309, 311), NONE), // "ree "
    Node::new((2829, 2835), (309, 309), 364), // "iberty"
    Node::new((2821, 2829), (309, 309), 335), // "yongyang"
    Node::new((2857, 2860), (312, 312), 360), // "sia"
    Node::new((2839, 2844), (311, 312), 363), // "urope"
    Node::new((2844, 2857), (312, 312), 362), // "radio liberty"
    Node::new((2940, 2951), (319, 319), 346), // "news agency"
    Node::new((2903, 2905), (317, 319), NONE), // "s "
    Node::new((2864, 2868), (315, 317), NONE), // "\x80\x99s "
    Node::new((2884, 2903), (317, 317), 562), // "fficial news agency"
    Node::new((2868, 2884), (317, 317), 561), // "tate news agency"
    Node::new((2921, 2940), (319, 319), 348), // "fficial news agency"
    Node::new((2905, 2921), (319, 319), 347), // "tate news agency"
    Node::new((3243, 3243), (358, 362), NONE),
    Node::new((3192, 3192), (354, 356), NONE),
    Node::new((3172, 3192), (354, 354), 319), // "ilippine news agency"
    Node::new((3096, 3097), (349, 352), NONE), // "l"
    Node::new((3068, 3068), (345, 347), NONE),
    Node::new((3067, 3068), (345, 345), 332), // "i"
    Node::new((2951, 2958), (326, 329), NONE), // "ongyang"
    Node::new((3062, 3067), (345, 345), 334), // "radio"
    Node::new((3011, 3013), (337, 339), NONE), // "s "
    Node::new((2958, 2962), (329, 331), NONE), // "\x80\x99s "
    Node::new((2989, 2997), (335, 337), NONE), // "fficial "
    Node::new((2962, 2966), (331, 333), NONE), // "tate"
    Node::new((2975, 2975), (333, 335), NONE),
    Node::new((2966, 2975), (333, 333), 511), // "run media"
    Node::new((2985, 2989), (335, 335), 510), // "edia"
    Node::new((2975, 2985), (335, 335), 514), // "ews agency"
    Node::new((3007, 3011), (337, 337), 512), // "edia"
    Node::new((2997, 3007), (337, 337), 513), // "ews agency"
    Node::new((3040, 3048), (343, 345), NONE), // "fficial "
    Node::new((3013, 3017), (339, 341), NONE), // "tate"
    Node::new((3026, 3026), (341, 343), NONE),
    Node::new((3017, 3026), (341, 341), 202), // "run media"
    Node::new((3036, 3040), (343, 343), 201), // "edia"
    Node::new((3026, 3036), (343, 343), 205), // "ews agency"
    Node::new((3058, 3062), (345, 345), 203), // "edia"
    Node::new((3048, 3058), (345, 345), 204), // "ews agency"
    Node::new((3093, 3096), (349, 349), 325), // "vda"
    Node::new((3068, 3068), (347, 349), NONE),
    Node::new((3084, 3093), (349, 349), 329), // "sa latina"
    Node::new((3068, 3084), (349, 349), 333), // "s trust of india"
    Node::new((3130, 3132), (352, 354), NONE), // "nd"
    Node::new((3115, 3130), (352, 352), 321), // "sh press agency"
    Node::new((3097, 3115), (352, 352), 322), // "ka agencja prasowa"
    Node::new((3153, 3172), (354, 354), 323), // "s state news agency"
    Node::new((3132, 3153), (354, 354), 553), // "\x80\x99s state news agency"
    Node::new((3224, 3227), (356, 358), NONE), // "ple"
    Node::new((3192, 3224), (356, 356), 87), // "tubuhan berita nasional malaysia"
    Node::new((3236, 3243), (358, 358), 314), // "s daily"
    Node::new((3227, 3236), (358, 358), 548), // "\x80\x99s daily"
    Node::new((3402, 3402), (371, 373), NONE),
    Node::new((3387, 3391), (370, 371), 313), // "hwok"
    Node::new((3306, 3311), (364, 366), NONE), // "istan"
    Node::new((3243, 3248), (362, 364), NONE), // "estin"
    Node::new((3278, 3306), (364, 364), 456), // " news and information agency"
    Node::new((3248, 3278), (364, 364), 457), // "an news and information agency"
    Node::new((3350, 3352), (368, 370), NONE), // "s "
    Node::new((3311, 3315), (366, 368), NONE), // "\x80\x99s "
    Node::new((3331, 3350), (368, 368), 489), // "fficial news agency"
    Node::new((3315, 3331), (368, 368), 488), // "tate news agency"
    Node::new((3368, 3387), (370, 370), 57), // "fficial news agency"
    Node::new((3352, 3368), (370, 370), 56), // "tate news agency"
    Node::new((3391, 3402), (371, 371), 312), // "afghan news"
    Node::new((3412, 3416), (373, 373), 310), // "edia"
    Node::new((3402, 3412), (373, 373), 311), // "ews agency"
    Node::new((3459, 3470), (376, 376), 306), // "news agency"
    Node::new((3440, 3459), (376, 376), 307), // "s state news agency"
    Node::new((3419, 3440), (376, 376), 547), // "\x80\x99s state news agency"
    Node::new((3990, 4022), (462, 462), 446), // "tional news agency of uzbekistan"
    Node::new((3988, 3990), (462, 462), 464), // "na"
    Node::new((3894, 3894), (451, 453), NONE),
    Node::new((3893, 3894), (451, 451), 296), // "k"
    Node::new((3848, 3853), (449, 451), NONE), // "geria"
    Node::new((3843, 3848), (449, 449), 300), // " news"
    Node::new((3471, 3471), (384, 388), NONE),
    Node::new((3470, 3471), (384, 384), 303), // "b"
    Node::new((3829, 3834), (447, 449), NONE), // "ong s"
    Node::new((3479, 3479), (388, 391), NONE),
    Node::new((3475, 3479), (388, 388), 301), // "imex"
    Node::new((3471, 3475), (388, 388), 368), // "osti"
    Node::new((3814, 3829), (447, 447), 304), // "k telegrambyr\xc3\xa5"
    Node::new((3496, 3503), (391, 394), NONE), // "h korea"
    Node::new((3479, 3496), (391, 391), 305), // "egian news agency"
    Node::new((3697, 3699), (428, 432), NONE), // "s "
    Node::new((3622, 3623), (413, 416), NONE), // " "
    Node::new((3503, 3507), (394, 398), NONE), // "\x80\x99s "
    Node::new((3593, 3601), (408, 411), NONE), // "fficial "
    Node::new((3576, 3593), (408, 408), 580), // "ropaganda website"
    Node::new((3555, 3576), (408, 408), 564), // "uling party newspaper"
    Node::new((3507, 3511), (398, 400), NONE), // "tate"
    Node::new((3529, 3529), (402, 406), NONE),
    Node::new((3511, 3515), (400, 402), NONE), // "run "
    Node::new((3525, 3529), (402, 402), 516), // "edia"
    Node::new((3515, 3525), (402, 402), 520), // "ews agency"
    Node::new((3551, 3555), (408, 408), 515), // "edia"
    Node::new((3541, 3551), (408, 408), 519), // "ews agency"
    Node::new((3537, 3541), (408, 408), 556), // "adio"
    Node::new((3529, 3529), (406, 408), NONE),
    Node::new((3529, 3537), (408, 408), 529), // "levision"
    Node::new((3529, 3529), (408, 408), 530),
    Node::new((3618, 3622), (413, 413), 517), // "edia"
    Node::new((3605, 3608), (411, 413), NONE), // "ews"
    Node::new((3601, 3605), (411, 411), 557), // "adio"
    Node::new((3612, 3618), (413, 413), 518), // "agency"
    Node::new((3608, 3612), (413, 413), 568), // "aper"
    Node::new((3675, 3683), (426, 428), NONE), // "fficial "
    Node::new((3671, 3675), (426, 426), 342), // "adio"
    Node::new((3623, 3627), (416, 418), NONE), // "tate"
    Node::new((3645, 3645), (420, 424), NONE),
    Node::new((3627, 3631), (418, 420), NONE), // "run "
    Node::new((3641, 3645), (420, 420), 213), // "edia"
    Node::new((3631, 3641), (420, 420), 216), // "ews agency"
    Node::new((3667, 3671), (426, 426), 212), // "edia"
    Node::new((3657, 3667), (426, 426), 215), // "ews agency"
    Node::new((3653, 3657), (426, 426), 340), // "adio"
    Node::new((3645, 3645), (424, 426), NONE),
    Node::new((3645, 3653), (426, 426), 232), // "levision"
    Node::new((3645, 3645), (426, 426), 233),
    Node::new((3693, 3697), (428, 428), 214), // "edia"
    Node::new((3683, 3693), (428, 428), 217), // "ews agency"
    Node::new((3785, 3793), (442, 445), NONE), // "fficial "
    Node::new((3768, 3785), (442, 442), 443), // "ropaganda website"
    Node::new((3747, 3768), (442, 442), 377), // "uling party newspaper"
    Node::new((3699, 3703), (432, 434), NONE), // "tate"
    Node::new((3721, 3721), (436, 440), NONE),
    Node::new((3703, 3707), (434, 436), NONE), // "run "
    Node::new((3717, 3721), (436, 436), 207), // "edia"
    Node::new((3707, 3717), (436, 436), 211), // "ews agency"
    Node::new((3743, 3747), (442, 442), 206), // "edia"
    Node::new((3733, 3743), (442, 442), 210), // "ews agency"
    Node::new((3729, 3733), (442, 442), 339), // "adio"
    Node::new((3721, 3721), (440, 442), NONE),
    Node::new((3721, 3729), (442, 442), 230), // "levision"
    Node::new((3721, 3721), (442, 442), 231),
    Node::new((3810, 3814), (447, 447), 208), // "edia"
    Node::new((3797, 3800), (445, 447), NONE), // "ews"
    Node::new((3793, 3797), (445, 445), 341), // "adio"
    Node::new((3804, 3810), (447, 447), 209), // "agency"
    Node::new((3800, 3804), (447, 447), 381), // "aper"
    Node::new((3838, 3843), (449, 449), 376), // "inmun"
    Node::new((3834, 3838), (449, 449), 374), // "nmun"
    Node::new((3874, 3893), (451, 451), 293), // "s state news agency"
    Node::new((3853, 3874), (451, 451), 544), // "\x80\x99s state news agency"
    Node::new((3946, 3948), (460, 462), NONE), // "al"
    Node::new((3894, 3894), (453, 455), NONE),
    Node::new((3929, 3946), (460, 460), 463), // "china news agency"
    Node::new((3894, 3894), (455, 458), NONE),
    Node::new((3895, 3905), (458, 460), NONE), // "agency of "
    Node::new((3895, 3895), (458, 458), 294),
    Node::new((3894, 3895), (458, 458), 295), // "s"
    Node::new((3923, 3929), (460, 460), 292), // "igeria"
    Node::new((3905, 3923), (460, 460), 414), // "he slovak republic"
    Node::new((3969, 3988), (462, 462), 351), // "s state news agency"
    Node::new((3948, 3969), (462, 462), 563), // "\x80\x99s state news agency"
    Node::new((4253, 4253), (489, 491), NONE),
    Node::new((4198, 4198), (484, 486), NONE),
    Node::new((4166, 4166), (480, 482), NONE),
    Node::new((4040, 4040), (468, 471), NONE),
    Node::new((4039, 4040), (468, 468), 283), // "i"
    Node::new((4022, 4039), (468, 468), 287), // "anmar news agency"
    Node::new((4161, 4166), (480, 480), 279), // "dpres"
    Node::new((4102, 4102), (475, 477), NONE),
    Node::new((4040, 4043), (471, 473), NONE), // "occ"
    Node::new((4083, 4102), (475, 475), 268), // "n state news agency"
    Node::new((4043, 4043), (473, 475), NONE),
    Node::new((4064, 4083), (475, 475), 267), // "s state news agency"
    Node::new((4043, 4064), (475, 475), 536), // "\x80\x99s state news agency"
    Node::new((4117, 4121), (478, 480), NONE), // "olia"
    Node::new((4102, 4106), (477, 478), 280), // "same"
    Node::new((4106, 4117), (478, 478), 281), // "news agency"
    Node::new((4142, 4161), (480, 480), 282), // "s state news agency"
    Node::new((4121, 4142), (480, 480), 540), // "\x80\x99s state news agency"
    Node::new((4178, 4198), (484, 484), 271), // "dle east news agency"
    Node::new((4166, 4169), (482, 484), NONE), // "ju "
    Node::new((4173, 4178), (484, 484), 277), // "hoson"
    Node::new((4169, 4173), (484, 484), 276), // "oson"
    Node::new((4241, 4247), (488, 489), 270), // "r news"
    Node::new((4198, 4201), (486, 488), NONE), // "ico"
    Node::new((4222, 4241), (488, 488), 302), // "s state news agency"
    Node::new((4201, 4222), (488, 488), 546), // "\x80\x99s state news agency"
    Node::new((4247, 4253), (489, 489), 269), // "agency"
    Node::new((4370, 4370), (500, 502), NONE),
    Node::new((4253, 4258), (491, 494), NONE), // "aysia"
    Node::new((4333, 4335), (498, 500), NONE), // "s "
    Node::new((4297, 4298), (496, 498), NONE), // " "
    Node::new((4258, 4262), (494, 496), NONE), // "\x80\x99s "
    Node::new((4278, 4297), (496, 496), 495), // "ational news agency"
    Node::new((4262, 4278), (496, 496), 496), // "tate news agency"
    Node::new((4314, 4333), (498, 498), 86), // "ational news agency"
    Node::new((4298, 4314), (498, 498), 90), // "tate news agency"
    Node::new((4351, 4370), (500, 500), 88), // "ational news agency"
    Node::new((4335, 4351), (500, 500), 89), // "tate news agency"
    Node::new((4388, 4404), (502, 502), 266), // "reb arabe presse"
    Node::new((4370, 4388), (502, 502), 285), // "ar t\xc3\xa1virati iroda"
    Node::new((4588, 4588), (522, 524), NONE),
    Node::new((4450, 4450), (510, 512), NONE),
    Node::new((4406, 4406), (506, 508), NONE),
    Node::new((4404, 4406), (506, 506), 262), // "sa"
    Node::new((4425, 4427), (508, 510), NONE), // "ya"
    Node::new((4406, 4425), (508, 508), 140), // "huanian news agency"
    Node::new((4439, 4450), (510, 510), 261), // "news agency"
    Node::new((4427, 4439), (510, 510), 260), // " news agency"
    Node::new((4451, 4453), (512, 514), NONE), // "an"
    Node::new((4450, 4451), (512, 512), 258), // "a"
    Node::new((4568, 4588), (522, 522), 291), // "se state news agency"
    Node::new((4453, 4454), (514, 516), NONE), // "n"
    Node::new((4512, 4514), (519, 522), NONE), // "s "
    Node::new((4454, 4458), (516, 519), NONE), // "\x80\x99s "
    Node::new((4493, 4512), (519, 519), 541), // "ational news agency"
    Node::new((4474, 4493), (519, 519), 543), // "fficial news agency"
    Node::new((4458, 4474), (519, 519), 542), // "tate news agency"
    Node::new((4549, 4568), (522, 522), 288), // "ational news agency"
    Node::new((4530, 4549), (522, 522), 290), // "fficial news agency"
    Node::new((4514, 4530), (522, 522), 289), // "tate news agency"
    Node::new((4609, 4609), (524, 526), NONE),
    Node::new((4588, 4609), (524, 524), 259), // "vian news agency leta"
    Node::new((4649, 4660), (528, 528), 256), // "news agency"
    Node::new((4609, 4609), (526, 528), NONE),
    Node::new((4630, 4649), (528, 528), 257), // "s state news agency"
    Node::new((4609, 4630), (528, 528), 535), // "\x80\x99s state news agency"
    Node::new((4921, 4921), (571, 573), NONE),
    Node::new((4920, 4921), (571, 571), 194), // "s"
    Node::new((4912, 4912), (567, 570), NONE),
    Node::new((4888, 4888), (563, 565), NONE),
    Node::new((4884, 4888), (563, 563), 241), // "ovar"
    Node::new((4777, 4777), (548, 550), NONE),
    Node::new((4764, 4777), (548, 548), 244), // "asnaya zvezda"
    Node::new((4673, 4673), (539, 541), NONE),
    Node::new((4660, 4663), (537, 538), 253), // "odo"
    Node::new((4663, 4667), (538, 539), 254), // "news"
    Node::new((4667, 4673), (539, 539), 255), // "agency"
    Node::new((4763, 4764), (548, 548), 249), // "a"
    Node::new((4673, 4676), (541, 544), NONE), // "ait"
    Node::new((4752, 4763), (548, 548), 250), // "news agency"
    Node::new((4715, 4717), (546, 548), NONE), // "s "
    Node::new((4676, 4680), (544, 546), NONE), // "\x80\x99s "
    Node::new((4696, 4715), (546, 546), 534), // "fficial news agency"
    Node::new((4680, 4696), (546, 546), 533), // "tate news agency"
    Node::new((4733, 4752), (548, 548), 252), // "fficial news agency"
    Node::new((4717, 4733), (548, 548), 251), // "tate news agency"
    Node::new((4862, 4862), (561, 563), NONE),
    Node::new((4777, 4779), (550, 552), NONE), // "ea"
    Node::new((4848, 4862), (561, 561), 186), // "joongang daily"
    Node::new((4779, 4780), (552, 554), NONE), // " "
    Node::new((4830, 4848), (561, 561), 195), // "roadcasting system"
    Node::new((4780, 4787), (554, 557), NONE), // "entral "
    Node::new((4812, 4823), (560, 561), 337), // "roadcasting"
    Node::new((4795, 4805), (559, 560), 198), // "ews agency"
    Node::new((4787, 4787), (557, 559), NONE),
    Node::new((4787, 4795), (559, 559), 228), // "levision"
    Node::new((4787, 4787), (559, 559), 229),
    Node::new((4805, 4812), (560, 560), 200), // "of dprk"
    Node::new((4823, 4830), (561, 561), 336), // "station"
    Node::new((4878, 4884), (563, 563), 242), // "ersant"
    Node::new((4862, 4878), (563, 563), 243), // "omolskaya pravda"
    Node::new((4898, 4912), (567, 567), 236), // "ya news agency"
    Node::new((4888, 4894), (565, 567), NONE), // "stone-"
    Node::new((4896, 4898), (567, 567), 238), // "ts"
    Node::new((4894, 4896), (567, 567), 237), // "da"
    Node::new((4919, 4920), (571, 571), 338), // "s"
    Node::new((4913, 4914), (570, 571), 197), // "a"
    Node::new((4912, 4913), (570, 570), 227), // "v"
    Node::new((4914, 4919), (571, 571), 199), // "watch"
    Node::new((4997, 4999), (578, 579), 189), // "ar"
    Node::new((4921, 4921), (573, 575), NONE),
    Node::new((4951, 4957), (576, 578), NONE), // "khstan"
    Node::new((4921, 4926), (575, 576), 191), // "nform"
    Node::new((4926, 4951), (576, 576), 192), // "international news agency"
    Node::new((4978, 4997), (578, 578), 193), // "s state news agency"
    Node::new((4957, 4978), (578, 578), 508), // "\x80\x99s state news agency"
    Node::new((4999, 5010), (579, 579), 190), // "news agency"
    Node::new((5094, 5097), (591, 595), NONE), // "pan"
    Node::new((5082, 5084), (588, 589), 182), // "ji"
    Node::new((5010, 5010), (582, 585), NONE),
    Node::new((5072, 5082), (588, 588), 185), // "ngang ilbo"
    Node::new((5018, 5021), (585, 588), NONE), // "dan"
    Node::new((5010, 5018), (585, 585), 112), // "on sinbo"
    Node::new((5061, 5072), (588, 588), 187), // "news agency"
    Node::new((5042, 5061), (588, 588), 188), // "s state news agency"
    Node::new((5021, 5042), (588, 588), 507), // "\x80\x99s state news agency"
    Node::new((5084, 5084), (589, 591), NONE),
    Node::new((5090, 5094), (591, 591), 183), // "ress"
    Node::new((5084, 5090), (591, 591), 184), // "sushin"
    Node::new((5160, 5184), (595, 595), 297), // "broadcasting corporation"
    Node::new((5140, 5160), (595, 595), 298), // "s public broadcaster"
    Node::new((5119, 5140), (595, 595), 299), // "se public broadcaster"
    Node::new((5097, 5119), (595, 595), 545), // "\x80\x99s public broadcaster"
    Node::new((5575, 5577), (640, 640), 159), // "ns"
    Node::new((5560, 5575), (640, 640), 161), // "las news agency"
    Node::new((5413, 5413), (625, 627), NONE),
    Node::new((5223, 5223), (606, 608), NONE),
    Node::new((5197, 5197), (604, 606), NONE),
    Node::new((5190, 5197), (604, 604), 417), // "ar-tass"
    Node::new((5184, 5189), (602, 604), NONE), // "vesti"
    Node::new((5190, 5190), (604, 604), 178),
    Node::new((5189, 5190), (604, 604), 179), // "a"
    Node::new((5198, 5223), (606, 606), 170), // "amic republic news agency"
    Node::new((5197, 5198), (606, 606), 175), // "a"
    Node::new((5224, 5224), (608, 610), NONE),
    Node::new((5223, 5224), (608, 608), 169), // "a"
    Node::new((5276, 5276), (613, 616), NONE),
    Node::new((5224, 5224), (610, 613), NONE),
    Node::new((5257, 5276), (613, 613), 168), // "s state news agency"
    Node::new((5245, 5257), (613, 613), 167), // " news agency"
    Node::new((5224, 5245), (613, 613), 503), // "\x80\x99s state news agency"
    Node::new((5376, 5378), (623, 625), NONE), // "s "
    Node::new((5315, 5320), (618, 620), NONE), // "an st"
    Node::new((5276, 5280), (616, 618), NONE), // "\x80\x99s "
    Node::new((5296, 5315), (618, 618), 504), // "fficial news agency"
    Node::new((5280, 5296), (618, 618), 505), // "tate news agency"
    Node::new((5362, 5376), (623, 623), 174), // "te news agency"
    Node::new((5320, 5325), (620, 623), NONE), // "dents"
    Node::new((5351, 5362), (623, 623), 176), // "news agency"
    Node::new((5339, 5351), (623, 623), 177), // " news agency"
    Node::new((5325, 5339), (623, 623), 506), // "\x80\x99 news agency"
    Node::new((5394, 5413), (625, 625), 171), // "fficial news agency"
    Node::new((5378, 5394), (625, 625), 172), // "tate news agency"
    Node::new((5443, 5444), (631, 633), NONE), // "o"
    Node::new((5413, 5415), (627, 629), NONE), // "er"
    Node::new((5423, 5425), (629, 631), 163), // "ax"
    Node::new((5415, 5423), (629, 629), 166), // "ressnews"
    Node::new((5432, 5443), (631, 631), 164), // "news agency"
    Node::new((5425, 5432), (631, 631), 165), // "ukraine"
    Node::new((5542, 5560), (640, 640), 160), // "asian news service"
    Node::new((5444, 5448), (633, 636), NONE), // "esia"
    Node::new((5505, 5507), (638, 640), NONE), // "s "
    Node::new((5487, 5505), (638, 638), 48), // " state news agency"
    Node::new((5448, 5452), (636, 638), NONE), // "\x80\x99s "
    Node::new((5468, 5487), (638, 638), 486), // "fficial news agency"
    Node::new((5452, 5468), (638, 638), 485), // "tate news agency"
    Node::new((5523, 5542), (640, 640), 47), // "fficial news agency"
    Node::new((5507, 5523), (640, 640), 46), // "tate news agency"
    Node::new((5598, 5598), (643, 645), NONE),
    Node::new((5596, 5598), (643, 643), 157), // "na"
    Node::new((5577, 5596), (643, 643), 284), // "ngarian news agency"
    Node::new((5604, 5610), (645, 646), 308), // "wainet"
    Node::new((5598, 5604), (645, 645), 156), // "kyoreh"
    Node::new((5610, 5612), (646, 646), 309), // "cn"
    Node::new((5666, 5681), (651, 651), 154), // "ana news agency"
    Node::new((5656, 5666), (651, 651), 155), // "obal times"
    Node::new((5612, 5616), (649, 651), NONE), // "eece"
    Node::new((5637, 5656), (651, 651), 61), // "s state news agency"
    Node::new((5616, 5637), (651, 651), 490), // "\x80\x99s state news agency"
    Node::new((5705, 5712), (654, 655), 149), // "rs news"
    Node::new((5688, 5705), (654, 654), 150), // "nnish news agency"
    Node::new((5681, 5688), (654, 654), 153), // "ance 24"
    Node::new((5712, 5718), (655, 655), 148), // "agency"
    Node::new((5933, 5934), (675, 675), 136), // "e"
    Node::new((5806, 5809), (664, 667), NONE), // "ypt"
    Node::new((5804, 5806), (664, 664), 139), // "ta"
    Node::new((5786, 5804), (664, 664), 141), // "irates news agency"
    Node::new((5728, 5734), (661, 664), NONE), // "hiopia"
    Node::new((5718, 5728), (661, 661), 147), // "ropa press"
    Node::new((5767, 5786), (664, 664), 146), // "s state news agency"
    Node::new((5755, 5767), (664, 664), 145), // " news agency"
    Node::new((5734, 5755), (664, 664), 502), // "\x80\x99s state news agency"
    Node::new((5882, 5884), (671, 673), NONE), // "s "
    Node::new((5862, 5882), (671, 671), 275), // "an state news agency"
    Node::new((5809, 5813), (667, 669), NONE), // "\x80\x99s "
    Node::new((5843, 5862), (671, 671), 538), // "fficial news agency"
    Node::new((5813, 5817), (669, 671), NONE), // "tate"
    Node::new((5832, 5843), (671, 671), 537), // "news agency"
    Node::new((5817, 5832), (671, 671), 539), // "run news agency"
    Node::new((5914, 5933), (675, 675), 273), // "fficial news agency"
    Node::new((5884, 5888), (673, 675), NONE), // "tate"
    Node::new((5903, 5914), (675, 675), 272), // "news agency"
    Node::new((5888, 5903), (675, 675), 274), // "run news agency"
    Node::new((6056, 6062), (693, 693), 122), // "ily nk"
    Node::new((5994, 5994), (685, 687), NONE),
    Node::new((5935, 5935), (679, 683), NONE),
    Node::new((5934, 5935), (679, 679), 131), // "a"
    Node::new((5980, 5994), (685, 685), 125), // "an news agency"
    Node::new((5972, 5980), (685, 685), 128), // "g-a ilbo"
    Node::new((5950, 5961), (683, 685), NONE), // " jones news"
    Node::new((5935, 5950), (683, 683), 126), // "\x9fan news agency"
    Node::new((5965, 5972), (685, 685), 130), // "service"
    Node::new((5961, 5965), (685, 685), 129), // "ires"
    Node::new((6023, 6025), (691, 693), NONE), // "ir"
    Node::new((5994, 6000), (687, 689), NONE), // "tsche "
    Node::new((6004, 6009), (689, 691), NONE), // "resse"
    Node::new((6000, 6004), (689, 689), 127), // "elle"
    Node::new((6016, 6023), (691, 691), 133), // "agentur"
    Node::new((6009, 6016), (691, 691), 132), // "agentur"
    Node::new((6041, 6056), (693, 693), 124), // "ren news agency"
    Node::new((6025, 6041), (693, 693), 123), // "\xb6ren news agency"
    Node::new((6490, 6490), (746, 749), NONE),
    Node::new((6488, 6490), (746, 746), 95), // "tv"
    Node::new((6471, 6488), (746, 746), 101), // "ntral news agency"
    Node::new((6469, 6471), (746, 746), 104), // "tn"
    Node::new((6182, 6182), (710, 712), NONE),
    Node::new((6181, 6182), (710, 710), 115), // "n"
    Node::new((6174, 6181), (710, 710), 117), // "lprensa"
    Node::new((6156, 6174), (710, 710), 158), // "oatian news agency"
    Node::new((6155, 6156), (710, 710), 118), // "k"
    Node::new((6077, 6079), (704, 706), NONE), // "ba"
    Node::new((6062, 6077), (704, 704), 119), // "ech news agency"
    Node::new((6118, 6120), (708, 710), NONE), // "s "
    Node::new((6079, 6083), (706, 708), NONE), // "\x80\x99s "
    Node::new((6099, 6118), (708, 708), 555), // "fficial news agency"
    Node::new((6083, 6099), (708, 708), 554), // "tate news agency"
    Node::new((6136, 6155), (710, 710), 331), // "fficial news agency"
    Node::new((6120, 6136), (710, 710), 330), // "tate news agency"
    Node::new((6202, 6203), (718, 720), NONE), // "n"
    Node::new((6182, 6183), (712, 714), NONE), // "s"
    Node::new((6192, 6195), (716, 718), NONE), // "n s"
    Node::new((6183, 6185), (714, 716), NONE), // "n "
    Node::new((6189, 6192), (716, 716), 114), // "lbo"
    Node::new((6185, 6189), (716, 716), 110), // "inbo"
    Node::new((6198, 6202), (718, 718), 111), // "inbo"
    Node::new((6195, 6198), (718, 718), 109), // "nbo"
    Node::new((6241, 6241), (723, 726), NONE),
    Node::new((6203, 6212), (720, 723), NONE), // "se state "
    Node::new((6231, 6241), (723, 723), 100), // "roadcaster"
    Node::new((6221, 6231), (723, 723), 467), // "ews agency"
    Node::new((6212, 6221), (723, 723), 97), // "elevision"
    Node::new((6413, 6413), (742, 746), NONE),
    Node::new((6329, 6331), (734, 736), NONE), // "s "
    Node::new((6241, 6245), (726, 728), NONE), // "\x80\x99s "
    Node::new((6279, 6287), (731, 734), NONE), // "fficial "
    Node::new((6245, 6250), (728, 731), NONE), // "tate "
    Node::new((6269, 6279), (731, 731), 498), // "roadcaster"
    Node::new((6259, 6269), (731, 731), 586), // "ews agency"
    Node::new((6250, 6259), (731, 731), 497), // "elevision"
    Node::new((6319, 6329), (734, 734), 585), // "ews agency"
    Node::new((6304, 6319), (734, 734), 551), // "eople\xe2\x80\x99s daily"
    Node::new((6287, 6304), (734, 734), 587), // "inhua news agency"
    Node::new((6365, 6373), (739, 742), NONE), // "fficial "
    Node::new((6331, 6336), (736, 739), NONE), // "tate "
    Node::new((6355, 6365), (739, 739), 99), // "roadcaster"
    Node::new((6345, 6355), (739, 739), 466), // "ews agency"
    Node::new((6336, 6345), (739, 739), 98), // "elevision"
    Node::new((6403, 6413), (742, 742), 465), // "ews agency"
    Node::new((6390, 6403), (742, 742), 318), // "eople's daily"
    Node::new((6373, 6390), (742, 742), 469), // "inhua news agency"
    Node::new((6452, 6469), (746, 746), 96), // "entral television"
    Node::new((6448, 6452), (746, 746), 106), // "aily"
    Node::new((6424, 6448), (746, 746), 105), // "lobal television network"
    Node::new((6413, 6424), (746, 746), 107), // "ews service"
    Node::new((6546, 6561), (751, 751), 116), // "le news network"
    Node::new((6501, 6506), (749, 751), NONE), // "bodia"
    Node::new((6490, 6501), (749, 749), 94), // "adian press"
    Node::new((6527, 6546), (751, 751), 7), // "s state news agency"
    Node::new((6506, 6527), (751, 751), 479), // "\x80\x99s state news agency"
    Node::new((6766, 6766), (774, 778), NONE),
    Node::new((6761, 6762), (773, 774), 76), // "c"
    Node::new((6678, 6678), (763, 765), NONE),
    Node::new((6666, 6678), (763, 763), 91), // "oomberg news"
    Node::new((6594, 6594), (759, 761), NONE),
    Node::new((6561, 6569), (757, 759), NONE), // "lgarian "
    Node::new((6584, 6594), (759, 759), 92), // "ews agency"
    Node::new((6569, 6584), (759, 759), 93), // "elegraph agency"
    Node::new((6623, 6626), (761, 763), NONE), // "zil"
    Node::new((6594, 6623), (761, 761), 77), // "tish broadcasting corporation"
    Node::new((6647, 6666), (763, 763), 16), // "s state news agency"
    Node::new((6626, 6647), (763, 763), 481), // "\x80\x99s state news agency"
    Node::new((6682, 6682), (765, 768), NONE),
    Node::new((6678, 6682), (765, 765), 85), // "nama"
    Node::new((6684, 6687), (768, 771), NONE), // "rus"
    Node::new((6683, 6684), (768, 768), 79), // "a"
    Node::new((6682, 6683), (768, 768), 81), // "a"
    Node::new((6742, 6761), (773, 773), 83), // "s state news agency"
    Node::new((6708, 6711), (771, 773), NONE), // "an "
    Node::new((6687, 6708), (771, 771), 494), // "\x80\x99s state news agency"
    Node::new((6726, 6742), (773, 773), 84), // "tate news agency"
    Node::new((6711, 6726), (773, 773), 82), // "elegraph agency"
    Node::new((6762, 6766), (774, 774), 78), // "news"
    Node::new((6861, 6865), (781, 784), NONE), // "rain"
    Node::new((6845, 6861), (781, 781), 72), // "htar news agency"
    Node::new((6829, 6845), (781, 781), 73), // "tic news service"
    Node::new((6766, 6773), (778, 781), NONE), // "gladesh"
    Node::new((6813, 6829), (781, 781), 74), // "sangbad sangstha"
    Node::new((6794, 6813), (781, 781), 75), // "s state news agency"
    Node::new((6773, 6794), (781, 781), 493), // "\x80\x99s state news agency"
    Node::new((6905, 6916), (784, 784), 70), // "news agency"
    Node::new((6886, 6905), (784, 784), 71), // "s state news agency"
    Node::new((6865, 6886), (784, 784), 492), // "\x80\x99s state news agency"
    Node::new((7599, 7606), (882, 882), 0), // "nkronos"
    Node::new((7583, 7583), (880, 882), NONE),
    Node::new((7430, 7430), (856, 858), NONE),
    Node::new((7424, 7430), (856, 856), 17), // "ipress"
    Node::new((7299, 7299), (843, 845), NONE),
    Node::new((7247, 7247), (825, 831), NONE),
    Node::new((7247, 7247), (825, 825), 49),
    Node::new((7118, 7118), (813, 815), NONE),
    Node::new((7063, 7063), (809, 812), NONE),
    Node::new((7026, 7030), (807, 809), NONE), // "hens"
    Node::new((6981, 6984), (803, 805), NONE), // "str"
    Node::new((6916, 6918), (796, 798), NONE), // "er"
    Node::new((6919, 6924), (800, 803), NONE), // "aijan"
    Node::new((6918, 6919), (798, 800), NONE), // "a"
    Node::new((6919, 6919), (800, 800), 66),
    Node::new((6919, 6919), (800, 800), 67),
    Node::new((6964, 6981), (803, 803), 68), // "state news agency"
    Node::new((6945, 6964), (803, 803), 69), // "s state news agency"
    Node::new((6924, 6945), (803, 803), 491), // "\x80\x99s state news agency"
    Node::new((7005, 7026), (807, 807), 62), // "lian associated press"
    Node::new((6984, 6991), (805, 807), NONE), // "a press"
    Node::new((6999, 7005), (807, 807), 64), // "agency"
    Node::new((6991, 6999), (807, 807), 63), // " agentur"
    Node::new((7052, 7063), (809, 809), 59), // "news agency"
    Node::new((7030, 7052), (809, 809), 58), // "macedonian news agency"
    Node::new((7108, 7118), (813, 813), 54), // "hi shimbun"
    Node::new((7087, 7108), (813, 813), 36), // "an news international"
    Node::new((7063, 7076), (812, 813), 50), // "ociated press"
    Node::new((7076, 7087), (813, 813), 55), // "of pakistan"
    Node::new((7165, 7171), (819, 821), NONE), // "entina"
    Node::new((7118, 7120), (815, 817), NONE), // "en"
    Node::new((7124, 7125), (817, 819), NONE), // "a"
    Node::new((7120, 7124), (817, 817), 52), // "ress"
    Node::new((7146, 7165), (819, 819), 53), // "s state news agency"
    Node::new((7125, 7146), (819, 819), 487), // "\x80\x99s state news agency"
    Node::new((7210, 7212), (823, 825), NONE), // "s "
    Node::new((7171, 7175), (821, 823), NONE), // "\x80\x99s "
    Node::new((7191, 7210), (823, 823), 578), // "fficial news agency"
    Node::new((7175, 7191), (823, 823), 577), // "tate news agency"
    Node::new((7228, 7247), (825, 825), 432), // "fficial news agency"
    Node::new((7212, 7228), (825, 825), 431), // "tate news agency"
    Node::new((7275, 7275), (834, 836), NONE),
    Node::new((7261, 7264), (833, 834), 33), // "ina"
    Node::new((7261, 7261), (833, 833), 35),
    Node::new((7261, 7261), (833, 833), 37),
    Node::new((7260, 7261), (833, 833), 40), // "a"
    Node::new((7247, 7250), (831, 832), 43), // "ara"
    Node::new((7250, 7254), (832, 833), 45), // "news"
    Node::new((7254, 7260), (833, 833), 44), // "agency"
    Node::new((7264, 7275), (834, 834), 34), // "news agency"
    Node::new((7296, 7299), (843, 843), 60), // "mpa"
    Node::new((7275, 7278), (836, 837), 24), // "olu"
    Node::new((7278, 7278), (837, 839), NONE),
    Node::new((7288, 7288), (839, 841), NONE),
    Node::new((7278, 7288), (839, 839), 28), // "ews agency"
    Node::new((7292, 7296), (843, 843), 25), // "ency"
    Node::new((7288, 7291), (841, 843), NONE), // "ans"
    Node::new((7292, 7292), (843, 843), 26),
    Node::new((7291, 7292), (843, 843), 27), // "\xb1"
    Node::new((7412, 7412), (854, 856), NONE),
    Node::new((7299, 7299), (845, 847), NONE),
    Node::new((7318, 7318), (847, 849), NONE),
    Node::new((7299, 7318), (847, 847), 21), // "\xa9rie presse service"
    Node::new((7387, 7412), (854, 854), 38), // "een nederlands persbureau"
    Node::new((7318, 7319), (849, 851), NONE), // "i"
    Node::new((7334, 7334), (851, 854), NONE),
    Node::new((7319, 7334), (851, 851), 20), // " presse service"
    Node::new((7374, 7387), (854, 854), 22), // "press service"
    Node::new((7355, 7374), (854, 854), 23), // "s state news agency"
    Node::new((7334, 7355), (854, 854), 482), // "\x80\x99s state news agency"
    Node::new((7418, 7424), (856, 856), 18), // "rabiya"
    Node::new((7412, 7418), (856, 856), 19), // "azeera"
    Node::new((7444, 7444), (860, 862), NONE),
    Node::new((7430, 7436), (858, 860), NONE), // "\xaancia "
    Node::new((7439, 7444), (860, 860), 14), // "rasil"
    Node::new((7436, 7439), (860, 860), 263), // "usa"
    Node::new((7448, 7448), (862, 864), NONE),
    Node::new((7444, 7448), (862, 862), 13), // "pres"
    Node::new((7495, 7495), (866, 868), NONE),
    Node::new((7448, 7451), (864, 866), NONE), // "ia "
    Node::new((7476, 7495), (866, 866), 12), // "iornalistica italia"
    Node::new((7451, 7476), (866, 866), 41), // "azionale stampa associata"
    Node::new((7550, 7551), (876, 878), NONE), // " "
    Node::new((7495, 7497), (868, 872), NONE), // "a "
    Node::new((7523, 7523), (872, 874), NONE),
    Node::new((7521, 7523), (872, 872), 137), // "fe"
    Node::new((7518, 7521), (872, 872), 264), // "usa"
    Node::new((7497, 7518), (872, 872), 10), // "enezolana de noticias"
    Node::new((7527, 7547), (874, 876), NONE), // "liviana de informaci"
    Node::new((7523, 7527), (874, 874), 15), // "asil"
    Node::new((7549, 7550), (876, 876), 8), // "n"
    Node::new((7547, 7549), (876, 876), 9), // "\xb3n"
    Node::new((7566, 7571), (878, 880), NONE), // "rance"
    Node::new((7551, 7566), (878, 878), 6), // "ampuchea presse"
    Node::new((7577, 7583), (880, 880), 3), // "presse"
    Node::new((7571, 7577), (880, 880), 2), // "presse"
    Node::new((7599, 7599), (882, 882), 1),
    Node::new((7583, 7599), (882, 882), 5), // "ican news agency"
];

/// Every node's run, node after node.
#[rustfmt::skip]
pub(super) const RUNS: &[u8] = b"\
    hlas news agencytkhongxinshenhapewsnewsagencyiuri shimbunmen\x80\x99s state news agenc\
    ys state news agencyinhuanews agencyaface of oreamericaaetnam\x80\x99s tate news agenc\
    yfficial news agencys tate news agencyfficial news agencynews agencynezuela\x80\x99s s\
    tate news agencys state news agencyekistan\x80\x99s state news agencys state news agen\
    cyiminzokkiriied ress internationalews of ndiaangladeshnrnformine\x80\x99s state news \
    agencys state news agency\xa9lamksh staterun news agencynews agencyy\x80\x99s staterun ne\
    ws agencynews agencys staterun news agencynews agencyisa\x80\x99s state news agencys s\
    tate news agencyafrique presse news agencyend news agencydningarnas telegrambyr\xc3\
    \xa5mson reuters orkers\x80\x99 party newspaper party newspaperae\x80\x99s state news agencys s\
    tate news agencystate news agencyrian state-run news agencyss news agencydish ne\
    ws agencyanish news agencyviet ews agencyilitary newspaperovernment newspaperomm\
    unist party ewspaperailyrmy newspaperrbian news agencyo-pyongyang newspapertugue\
    se news agencyish news agencyilippines\x80\x99 state news agency state news agencylest\
    inian tate news agencyfficial news agencyfficial inhua news agencyviet news agen\
    cyudi news agencyalestinian news agencyranian news agencyhinese news agencyorth\x80\
    \x99s taterun ews agencyedialevisionadioews agencyedialing party newspaperdioropaga\
    nda websitefficial adioewsaperagencyediadiain newspapers taterun ews agencyedial\
    evisionadioews agencyedialing party newspaperdioropaganda websitefficial adioews\
    aperagencyediadiain newspaperkorean ews agencyabinet newspapertalian news agency\
    ungarian news agencyvernment newspaper izvestiarman ress agencyews agencyrench n\
    ews agencymirati state news agencytch news agencyfene ministry newspapere minist\
    ry newspapernish news agencyech news agencymmunist tate\x80\x99s official news agencys\
    \x20official news agencyarty\x80\x99s official newspapers official newspapernewspaper pra\
    vdainese communist party\x80\x99s official newspapers official newspaperitish news age\
    ncylgian news agencystrian news agencysociated pressi news agencylgraph agency o\
    f the soviet unionmrussian news agencyimnews agencyjugwan\x80\x99s tate news agencyffi\
    cial news agencys tate news agencyfficial news agencyria\x80\x99s tate news agencyffic\
    ial news agency tate news agencyfficial news agencyrab news agencys tate news ag\
    encyfficial news agencyiss news agencyaan\x80\x99s state news agencys state news agenc\
    ynews agencytfnbutniknewsuth orea\x80\x99s onhap news agencyemi-official news agencyub\
    lic broadcasters onhap news agencyemi-official news agencyublic broadcasterfrica\
    n ress associationovernment news agencyovnian press agencyk news agencydi tate n\
    ews agencyress agencyrabia\x80\x99s tate news agencyfficial news agencys tate news age\
    ncyfficial news agencyawsa news agencysia todaytlydong snmuninmunzau bureaunovos\
    tinvostiws agency/rlternews agencymin ribaonumnews agencyriya samachar samititri\
    ya samachar samitiio yongyangibertyree uroperadio libertysiaatar\x80\x99s tate news ag\
    encyfficial news agencys tate news agencyfficial news agencynews agencyongyang\x80\x99\
    s taterun mediaews agencyediafficial ews agencyedias taterun mediaews agencyedia\
    fficial ews agencyediaradiois trust of indiasa latinavdalka agencja prasowash pr\
    ess agencynd\x80\x99s state news agencys state news agencyilippine news agencytubuhan \
    berita nasional malaysiaple\x80\x99s dailys dailyestinan news and information agency n\
    ews and information agencyistan\x80\x99s tate news agencyfficial news agencys tate new\
    s agencyfficial news agencyhwokafghan newsews agencyediaman\x80\x99s state news agency\
    s state news agencynews agencybostiimexegian news agencyh korea\x80\x99s taterun ews a\
    gencyedialevisionadioews agencyediauling party newspaperropaganda websitefficial\
    \x20adioewsaperagencyedia taterun ews agencyedialevisionadioews agencyediaadioffici\
    al ews agencyedias taterun ews agencyedialevisionadioews agencyediauling party n\
    ewspaperropaganda websitefficial adioewsaperagencyediak telegrambyr\xc3\xa5ong snmunin\
    mun newsgeria\x80\x99s state news agencys state news agencyksagency of he slovak repub\
    licigeriachina news agencyal\x80\x99s state news agencys state news agencynational new\
    s agency of uzbekistananmar news agencyiocc\x80\x99s state news agencys state news age\
    ncyn state news agencysamenews agencyolia\x80\x99s state news agencys state news agenc\
    ydpresju osonhosondle east news agencyico\x80\x99s state news agencys state news agenc\
    yr newsagencyaysia\x80\x99s tate news agencyational news agency tate news agencyationa\
    l news agencys tate news agencyational news agencyar t\xc3\xa1virati irodareb arabe pr\
    essesahuanian news agencyya news agencynews agencyaann\x80\x99s tate news agencyfficia\
    l news agencyational news agencys tate news agencyfficial news agencyational new\
    s agencyse state news agencyvian news agency leta\x80\x99s state news agencys state ne\
    ws agencynews agencyodonewsagencyait\x80\x99s tate news agencyfficial news agencys tat\
    e news agencyfficial news agencynews agencyaasnaya zvezdaea entral levisionews a\
    gencyof dprkroadcastingstationroadcasting systemjoongang dailyomolskaya pravdaer\
    santovarstone-datsya news agencyvawatchssnforminternational news agencykhstan\x80\x99s\
    \x20state news agencys state news agencyarnews agencyon sinbodan\x80\x99s state news agen\
    cys state news agencynews agencyngang ilbojisushinresspan\x80\x99s public broadcasters\
    e public broadcasters public broadcasterbroadcasting corporationvestiaar-tassaam\
    ic republic news agencya\x80\x99s state news agency news agencys state news agency\x80\x99s \
    tate news agencyfficial news agencyan stdents\x80\x99 news agency news agencynews agen\
    cyte news agencys tate news agencyfficial news agencyerressnewsaxukrainenews age\
    ncyoesia\x80\x99s tate news agencyfficial news agency state news agencys tate news age\
    ncyfficial news agencyasian news servicelas news agencynsngarian news agencynaky\
    orehwainetcneece\x80\x99s state news agencys state news agencyobal timesana news agenc\
    yance 24nnish news agencyrs newsagencyropa presshiopia\x80\x99s state news agency news\
    \x20agencys state news agencyirates news agencytaypt\x80\x99s taterun news agencynews age\
    ncyfficial news agencyan state news agencys taterun news agencynews agencyfficia\
    l news agencyea\x9fan news agency jones newsiresserviceg-a ilboan news agencytsche \
    elleresseagenturagenturir\xb6ren news agencyren news agencyily nkech news agencyba\x80\
    \x99s tate news agencyfficial news agencys tate news agencyfficial news agencykoati\
    an news agencylprensansn inbolbon snboinbonse state elevisionews agencyroadcaste\
    r\x80\x99s tate elevisionews agencyroadcasterfficial inhua news agencyeople\xe2\x80\x99s dailye\
    ws agencys tate elevisionews agencyroadcasterfficial inhua news agencyeople's da\
    ilyews agencyews servicelobal television networkailyentral televisiontnntral new\
    s agencytvadian pressbodia\x80\x99s state news agencys state news agencyle news networ\
    klgarian elegraph agencyews agencytish broadcasting corporationzil\x80\x99s state news\
    \x20agencys state news agencyoomberg newsnamaaarus\x80\x99s state news agencyan elegraph \
    agencytate news agencys state news agencycnewsgladesh\x80\x99s state news agencys stat\
    e news agencysangbad sangsthatic news servicehtar news agencyrain\x80\x99s state news \
    agencys state news agencynews agencyeraaijan\x80\x99s state news agencys state news ag\
    encystate news agencystra press agenturagencylian associated presshensmacedonian\
    \x20news agencynews agencyociated pressof pakistanan news internationalhi shimbunen\
    ressa\x80\x99s state news agencys state news agencyentina\x80\x99s tate news agencyfficial n\
    ews agencys tate news agencyfficial news agencyaranewsagencyainanews agencyoluew\
    s agencyans\xb1encympa\xa9rie presse servicei presse service\x80\x99s state news agencys sta\
    te news agencypress serviceeen nederlands persbureauazeerarabiyaipress\xaancia usar\
    asilpresia azionale stampa associataiornalistica italiaa enezolana de noticiasus\
    afeasilliviana de informaci\xb3nn ampuchea presserancepressepresseican news agencyn\
    kronos\
";

/// Each node's edges, node after node: the edge's byte and the node it
/// leads to.
#[rustfmt::skip]
pub(super) const EDGES: &[(u8, u32)] = &[
    (0x8c, 27), (0xb0, 28), (b'e', 29), (b'o', 30), (b't', 31), (b'm', 32),
    (b'n', 33), (b' ', 34), (b'n', 35), (b' ', 36), (b'\'', 37), (0xe2, 38),
    (b' ', 39), (b'e', 40), (b'i', 41), (b'n', 42), (b'o', 43), (b'a', 44),
    (b'i', 45), (b'a', 46), (b'k', 47), (b' ', 48), (b'\'', 49), (0xe2, 50),
    (b'o', 51), (b's', 52), (b'o', 53), (b's', 54), (b'\'', 55), (0xe2, 56),
    (b'k', 57), (b'n', 58), (b'p', 59), (b'r', 60), (b'z', 61), (b'a', 62),
    (b'b', 63), (b'\'', 64), (0xe2, 65), (b'b', 66), (b'i', 67), (b'a', 68),
    (b't', 69), (b'n', 70), (b'p', 71), (b'b', 72), (b'i', 73), (b'a', 74),
    (b'i', 75), (b'\'', 76), (0xe2, 77), (b'a', 78), (b'e', 79), (b'h', 80),
    (b'i', 81), (b'r', 82), (b't', 83), (b'u', 84), (0xc3, 85), (b'n', 86),
    (b'r', 87), (b'e', 88), (b'i', 89), (b' ', 90), (b'-', 91), (b'\'', 92),
    (0xe2, 93), (b' ', 94), (b'-', 95), (b' ', 96), (b'-', 97), (b' ', 98),
    (b'i', 99), (b'\'', 100), (0xe2, 101), (b'a', 102), (b'e', 103), (b'o', 104),
    (b'a', 105), (b'b', 106), (b'c', 107), (b'd', 108), (b'e', 109), (b'f', 110),
    (b'g', 111), (b'h', 112), (b'i', 113), (b'n', 114), (b'o', 115), (b'p', 116),
    (b's', 117), (b'u', 118), (b'w', 119), (b'\'', 120), (0xe2, 121), (b' ', 122),
    (b'\'', 123), (0xe2, 124), (b'e', 125), (b'o', 126), (b'p', 127), (b'w', 128),
    (b'y', 129), (b'e', 130), (b'i', 131), (b'a', 132), (b'c', 133), (b'g', 134),
    (b'm', 135), (b'n', 136), (b'd', 137), (b'n', 138), (b'a', 139), (b'h', 140),
    (b'o', 141), (b'r', 142), (b'l', 143), (b'r', 144), (b'\'', 145), (0xe2, 146),
    (b'o', 147), (b's', 148), (b'c', 149), (b'i', 150), (b'p', 151), (b's', 152),
    (b'x', 153), (b'a', 154), (b'o', 155), (b' ', 156), (b'\'', 157), (0xe2, 158),
    (b'm', 159), (b'o', 160), (b'p', 161), (b'r', 162), (b's', 163), (b' ', 164),
    (b'-', 165), (b'm', 166), (b'n', 167), (b'm', 168), (b'n', 169), (b'r', 170),
    (b't', 171), (b'e', 172), (b'v', 173), (b'a', 174), (b'u', 175), (b'm', 176),
    (b'n', 177), (b'r', 178), (b' ', 179), (b'p', 180), (b'a', 181), (b'e', 182),
    (b'm', 183), (b'o', 184), (b'p', 185), (b'r', 186), (b's', 187), (b' ', 188),
    (b'-', 189), (b'm', 190), (b'n', 191), (b'm', 192), (b'n', 193), (b'r', 194),
    (b't', 195), (b'e', 196), (b'v', 197), (b'a', 198), (b'u', 199), (b'm', 200),
    (b'n', 201), (b'r', 202), (b' ', 203), (b'p', 204), (b'a', 205), (b'e', 206),
    (b'c', 207), (b'n', 208), (b'e', 209), (b'o', 210), (b'n', 211), (b'p', 212),
    (b'a', 213), (b'e', 214), (b'u', 215), (b'c', 216), (b's', 217), (b'h', 218),
    (b'o', 219), (b'z', 220), (b'p', 221), (b's', 222), (b'\'', 223), (0xe2, 224),
    (b' ', 225), (b'\'', 226), (0xe2, 227), (b'\'', 228), (0xe2, 229), (b'e', 230),
    (b'r', 231), (b's', 232), (b'u', 233), (b'a', 234), (b'e', 235), (b'i', 236),
    (b'n', 237), (b's', 238), (b'n', 239), (b'r', 240), (b's', 241), (b' ', 242),
    (b' ', 243), (b'\'', 244), (0xe2, 245), (b'o', 246), (b's', 247), (b'o', 248),
    (b's', 249), (b'a', 250), (b'l', 251), (b'o', 252), (b'p', 253), (b't', 254),
    (b'u', 255), (b'w', 256), (b'y', 257), (b'\'', 258), (b'n', 259), (0xe2, 260),
    (b'o', 261), (b's', 262), (b'a', 263), (b'o', 264), (b's', 265), (b'o', 266),
    (b's', 267), (b'd', 268), (b'n', 269), (b' ', 270), (b'\'', 271), (0xe2, 272),
    (b'-', 273), (b' ', 274), (b'a', 275), (b'k', 276), (b'\'', 277), (0xe2, 278),
    (b'p', 279), (b's', 280), (b'y', 281), (b'p', 282), (b's', 283), (b'y', 284),
    (b'g', 285), (b'p', 286), (b'a', 287), (b'e', 288), (b'b', 289), (b'n', 290),
    (b'p', 291), (b'u', 292), (b'a', 293), (b'p', 294), (b's', 295), (b'\'', 296),
    (0xe2, 297), (b'o', 298), (b's', 299), (b'o', 300), (b's', 301), (b'a', 302),
    (b'e', 303), (b'a', 304), (b'e', 305), (b'f', 306), (b'i', 307), (b'o', 308),
    (b'u', 309), (b'p', 310), (b's', 311), (b'h', 312), (b'i', 313), (b'a', 314),
    (b't', 315), (b's', 316), (b' ', 317), (b'-', 318), (b'e', 319), (b'o', 320),
    (b'a', 321), (b'e', 322), (b'g', 323), (b'n', 324), (b'u', 325), (b's', 326),
    (b' ', 327), (b' ', 328), (b'd', 329), (b's', 330), (b'h', 331), (b't', 332),
    (b'f', 333), (b'l', 334), (b'p', 335), (b'a', 336), (b'e', 337), (b'/', 338),
    (b' ', 339), (b'\'', 340), (0xe2, 341), (b'o', 342), (b's', 343), (b'o', 344),
    (b's', 345), (b'a', 346), (b'e', 347), (b'h', 348), (b'o', 349), (b'r', 350),
    (b't', 351), (b'y', 352), (b' ', 353), (b'\'', 354), (0xe2, 355), (b'o', 356),
    (b's', 357), (b' ', 358), (b'-', 359), (b'm', 360), (b'n', 361), (b'm', 362),
    (b'n', 363), (b'o', 364), (b's', 365), (b' ', 366), (b'-', 367), (b'm', 368),
    (b'n', 369), (b'm', 370), (b'n', 371), (b'a', 372), (b'e', 373), (b'n', 374),
    (b's', 375), (b'a', 376), (b'i', 377), (b's', 378), (b'\'', 379), (0xe2, 380),
    (b'o', 381), (b'r', 382), (b'\'', 383), (0xe2, 384), (b' ', 385), (b'j', 386),
    (b'k', 387), (b'l', 388), (b'e', 389), (b'i', 390), (b'\'', 391), (0xe2, 392),
    (b'o', 393), (b's', 394), (b'o', 395), (b's', 396), (b' ', 397), (b'm', 398),
    (b'n', 399), (b' ', 400), (b'\'', 401), (0xe2, 402), (b'a', 403), (b'c', 404),
    (b'e', 405), (b'h', 406), (b'i', 407), (b'k', 408), (b'o', 409), (b't', 410),
    (b'd', 411), (b'r', 412), (b't', 413), (b'v', 414), (b's', 415), (b't', 416),
    (b'w', 417), (b'\'', 418), (b'n', 419), (0xe2, 420), (b'o', 421), (b'p', 422),
    (b'r', 423), (b's', 424), (b' ', 425), (b'-', 426), (b'm', 427), (b'n', 428),
    (b'm', 429), (b'n', 430), (b'r', 431), (b't', 432), (b'e', 433), (b'v', 434),
    (b'm', 435), (b'n', 436), (b'r', 437), (b' ', 438), (b'p', 439), (b'o', 440),
    (b'r', 441), (b's', 442), (b' ', 443), (b'-', 444), (b'm', 445), (b'n', 446),
    (b'm', 447), (b'n', 448), (b'r', 449), (b't', 450), (b'e', 451), (b'v', 452),
    (b'm', 453), (b'n', 454), (b'o', 455), (b'p', 456), (b'r', 457), (b's', 458),
    (b' ', 459), (b'-', 460), (b'm', 461), (b'n', 462), (b'm', 463), (b'n', 464),
    (b'r', 465), (b't', 466), (b'e', 467), (b'v', 468), (b'm', 469), (b'n', 470),
    (b'r', 471), (b' ', 472), (b'p', 473), (b'h', 474), (b'i', 475), (b'\'', 476),
    (0xe2, 477), (b'p', 478), (b'w', 479), (b' ', 480), (b's', 481), (b' ', 482),
    (b'1', 483), (b'i', 484), (b'n', 485), (b't', 486), (b'\'', 487), (0xe2, 488),
    (b'a', 489), (b'e', 490), (b'i', 491), (b'o', 492), (b't', 493), (b'y', 494),
    (b'l', 495), (b'n', 496), (b'r', 497), (b'a', 498), (b'o', 499), (b'\'', 500),
    (0xe2, 501), (b'g', 502), (b't', 503), (b' ', 504), (b'\'', 505), (0xe2, 506),
    (b'd', 507), (b'n', 508), (b'c', 509), (b'j', 510), (b'h', 511), (b'x', 512),
    (b'\'', 513), (0xe2, 514), (b' ', 515), (b'g', 516), (b'l', 517), (b'\'', 518),
    (b'n', 519), (0xe2, 520), (b'n', 521), (b's', 522), (b'n', 523), (b's', 524),
    (b'n', 525), (b's', 526), (b'h', 527), (b'y', 528), (b'a', 529), (b'e', 530),
    (b'i', 531), (b'u', 532), (b'b', 533), (b't', 534), (b' ', 535), (b'n', 536),
    (b'b', 537), (b't', 538), (b'e', 539), (b'o', 540), (b'\'', 541), (0xe2, 542),
    (b'n', 543), (b'o', 544), (b's', 545), (b'n', 546), (b'o', 547), (b's', 548),
    (b'o', 549), (b't', 550), (b' ', 551), (b's', 552), (b'\'', 553), (0xe2, 554),
    (b'a', 555), (b'b', 556), (b'c', 557), (b'e', 558), (b'h', 559), (b'o', 560),
    (b'r', 561), (b'u', 562), (b'y', 563), (b' ', 564), (b' ', 565), (b'n', 566),
    (b'w', 567), (b' ', 568), (b'\'', 569), (0xe2, 570), (b'o', 571), (b's', 572),
    (b'o', 573), (b's', 574), (b'm', 575), (b'r', 576), (b' ', 577), (b'n', 578),
    (b'b', 579), (b'c', 580), (b'b', 581), (b'n', 582), (b't', 583), (b'e', 584),
    (b'v', 585), (b' ', 586), (b' ', 587), (b'm', 588), (b's', 589), (b'n', 590),
    (b'y', 591), (b'a', 592), (b's', 593), (b'b', 594), (b'n', 595), (b't', 596),
    (b' ', 597), (b'b', 598), (b'z', 599), (b'a', 600), (b'i', 601), (b' ', 602),
    (b'\'', 603), (0xe2, 604), (b' ', 605), (b'a', 606), (b'i', 607), (b'o', 608),
    (b'o', 609), (b'r', 610), (b's', 611), (b' ', 612), (b'\'', 613), (0xe2, 614),
    (b' ', 615), (b'p', 616), (b't', 617), (b' ', 618), (b'\'', 619), (b'e', 620),
    (0xe2, 621), (b'a', 622), (b'h', 623), (b'n', 624), (b'r', 625), (b's', 626),
    (b't', 627), (b'z', 628), (b'a', 629), (b'y', 630), (b'l', 631), (b'n', 632),
    (b'a', 633), (b'n', 634), (b'n', 635), (b'q', 636), (b'\'', 637), (b'i', 638),
    (0xe2, 639), (b'\'', 640), (b'i', 641), (0xe2, 642), (b'o', 643), (b's', 644),
    (b'a', 645), (b'u', 646), (b' ', 647), (b'\'', 648), (0xe2, 649), (b'o', 650),
    (b's', 651), (b'd', 652), (b't', 653), (b'f', 654), (b'p', 655), (b' ', 656),
    (b'-', 657), (b'-', 658), (b'n', 659), (b'\'', 660), (b'n', 661), (0xe2, 662),
    (b'o', 663), (b's', 664), (b'o', 665), (b's', 666), (b'a', 667), (b'i', 668),
    (b'u', 669), (b'i', 670), (b'n', 671), (b'.', 672), (b'h', 673), (b'l', 674),
    (b'r', 675), (b'\'', 676), (0xe2, 677), (b'a', 678), (b'i', 679), (b'r', 680),
    (b' ', 681), (b'f', 682), (b'g', 683), (b'l', 684), (b'm', 685), (b't', 686),
    (b'u', 687), (b'\'', 688), (b'n', 689), (0xe2, 690), (b'\'', 691), (b'i', 692),
    (0xe2, 693), (b'o', 694), (b's', 695), (b' ', 696), (b'-', 697), (b'o', 698),
    (b's', 699), (b' ', 700), (b'-', 701), (b'a', 702), (b'e', 703), (b'o', 704),
    (b'p', 705), (b'g', 706), (b'n', 707), (b'w', 708), (0xc4, 709), (b' ', 710),
    (b'w', 711), (b'm', 712), (b'u', 713), (b'p', 714), (b'w', 715), (b' ', 716),
    (b'-', 717), (b'o', 718), (0xc3, 719), (b'a', 720), (b'c', 721), (b'e', 722),
    (b'g', 723), (b'h', 724), (b'n', 725), (b'o', 726), (b'r', 727), (b't', 728),
    (b'u', 729), (b'z', 730), (b'\'', 731), (0xe2, 732), (b'o', 733), (b's', 734),
    (b'o', 735), (b's', 736), (b'i', 737), (b'o', 738), (b'o', 739), (b'u', 740),
    (b'i', 741), (b's', 742), (b'h', 743), (b'i', 744), (b'a', 745), (b'e', 746),
    (b'b', 747), (b'n', 748), (b't', 749), (b' ', 750), (b'\'', 751), (0xe2, 752),
    (b'o', 753), (b's', 754), (b'b', 755), (b'n', 756), (b't', 757), (b'n', 758),
    (b'p', 759), (b'x', 760), (b'o', 761), (b's', 762), (b'b', 763), (b'n', 764),
    (b't', 765), (b'n', 766), (b'p', 767), (b'x', 768), (b'c', 769), (b'd', 770),
    (b'g', 771), (b'n', 772), (b'b', 773), (b'm', 774), (b'n', 775), (b'\'', 776),
    (0xe2, 777), (b'a', 778), (b'b', 779), (b'e', 780), (b'l', 781), (b'r', 782),
    (b'u', 783), (b'n', 784), (b't', 785), (b'a', 786), (b'i', 787), (b'\'', 788),
    (0xe2, 789), (b'l', 790), (b'r', 791), (b'a', 792), (b'g', 793), (b't', 794),
    (b'\'', 795), (b'i', 796), (0xe2, 797), (b's', 798), (b't', 799), (b' ', 800),
    (b'h', 801), (b'k', 802), (b'l', 803), (b'n', 804), (b' ', 805), (b'\'', 806),
    (0xe2, 807), (b' ', 808), (b'\'', 809), (0xe2, 810), (b'd', 811), (b'f', 812),
    (b'g', 813), (b'k', 814), (b'l', 815), (b'n', 816), (b'p', 817), (b'r', 818),
    (b's', 819), (b't', 820), (b'u', 821), (b'z', 822), (b'b', 823), (b't', 824),
    (b'c', 825), (b'g', 826), (b' ', 827), (b'\'', 828), (0xe2, 829), (b'a', 830),
    (b'i', 831), (b' ', 832), (b'e', 833), (b' ', 834), (b'-', 835), (b'a', 836),
    (b'i', 837), (b's', 838), (b' ', 839), (b'g', 840), (b'm', 841), (b'i', 842),
    (b'p', 843), (b'\'', 844), (0xe2, 845), (b'\'', 846), (0xe2, 847), (b'o', 848),
    (b's', 849), (b'o', 850), (b's', 851), (b'a', 852), (b'd', 853), (b'i', 854),
    (b'p', 855), (b's', 856), (b't', 857), (b' ', 858), (b' ', 859), (b' ', 860),
    (b'-', 861), (b'd', 862), (b' ', 863), (b'a', 864), (b'n', 865), (b'g', 866),
    (b'j', 867), (b'i', 868), (0xc4, 869), (b' ', 870), (b'g', 871), (b'e', 872),
    (0xc3, 873), (b'm', 874), (b'r', 875), (b'a', 876), (b'e', 877), (b' ', 878),
    (b'\'', 879), (0xe2, 880), (b'a', 881), (b'j', 882), (b'e', 883), (0xc3, 884),
    (b'b', 885), (b'l', 886), (b'n', 887), (b'r', 888), (b'c', 889), (b'z', 890),
    (b'g', 891), (b'n', 892), (b'e', 893), (b'i', 894), (b'b', 895), (b'e', 896),
    (b'l', 897), (b'v', 898), (b'o', 899), (b'r', 900), (b'o', 901), (0xc3, 902),
    (b'f', 903), (b'k', 904), (b' ', 905), (b'-', 906), (b'p', 907), (b'r', 908),
];
