/**
 * Word pools for synthetic records. Names of people and groups are invented, so no
 * generated statement is attributed to anyone real; cities and coordinates are real,
 * because the map and the place filter need real-looking geography.
 */

export const CITIES: readonly (readonly [string, number, number])[] = [
  ['Almaty, Kazakhstan', 43.2389, 76.8897],
  ['Astana, Kazakhstan', 51.1694, 71.4491],
  ['Shymkent, Kazakhstan', 42.3417, 69.5901],
  ['Aktobe, Kazakhstan', 50.2839, 57.167],
  ['Karaganda, Kazakhstan', 49.8047, 73.1094],
  ['Taraz, Kazakhstan', 42.9, 71.3667],
  ['Pavlodar, Kazakhstan', 52.2873, 76.9674],
  ['Oskemen, Kazakhstan', 49.9483, 82.6279],
  ['Semey, Kazakhstan', 50.4111, 80.2275],
  ['Atyrau, Kazakhstan', 47.1164, 51.883],
  ['Kostanay, Kazakhstan', 53.2198, 63.6354],
  ['Kyzylorda, Kazakhstan', 44.8528, 65.5092],
  ['Oral, Kazakhstan', 51.2333, 51.3667],
  ['Petropavl, Kazakhstan', 54.8728, 69.143],
  ['Aktau, Kazakhstan', 43.65, 51.15],
  ['Zhanaozen, Mangystau Region, Kazakhstan', 43.3412, 52.8619],
  ['Taldykorgan, Kazakhstan', 45.0156, 78.3739],
  ['Ekibastuz, Kazakhstan', 51.7236, 75.3225],
  ['Turkistan, Kazakhstan', 43.2973, 68.2517],
  ['Kentau, Kazakhstan', 43.5167, 68.5],
  ['Temirtau, Kazakhstan', 50.0549, 72.964],
  ['Zhezkazgan, Kazakhstan', 47.7833, 67.7667],
  ['Stepnogorsk, Kazakhstan', 52.35, 71.8833],
  ['Kulsary, Kazakhstan', 46.9536, 54.0198],
  ['Kazakhstan', 48.0196, 66.9237],
  ['Tashkent, Uzbekistan', 41.2995, 69.2401],
  ['Andijan, Uzbekistan', 40.7821, 72.3442],
  ['Namangan, Uzbekistan', 40.9983, 71.6726],
  ['Samarkand, Uzbekistan', 39.6542, 66.9597],
  ['Bishkek, Kyrgyzstan', 42.8746, 74.5698],
  ['Osh, Kyrgyzstan', 40.5283, 72.7985],
  ['Dushanbe, Tajikistan', 38.5598, 68.787],
  ['Khujand, Tajikistan', 40.2826, 69.6228],
  ['Ashgabat, Turkmenistan', 37.9601, 58.3261],
];

/** One item per line: keeps long phrase lists readable and stable under Prettier. */
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trim());
const words = (text: string) => text.trim().split(/\s+/);

export const FIRST_NAMES = words(`
  Askar Yerlan Nurlan Marat Dauren Serik Bolat Kairat Zhanbolat Timur
  Aigerim Gulnara Saule Dinara Aliya Zhanna Madina Olga Irina Sergei
  Yevgeny Rustam Bakhyt Ermek Aidos Kuanysh Galym Zhasulan Ainur Lyazzat
`);

export const LAST_NAMES = words(`
  Abenov Dzhaksybekov Zhumabayev Kaliyev Tokhtarov Seitkali Orazbekov Mukhametov Yesenov Baimukhanov
  Kuanyshev Sarsenov Khamitov Tulegenov Nurpeisov Ismailov Kovalenko Petrenko Zhakenov Bekturov
  Akhmetov Utemisov Shaikenov Dosmukhamedov Yergaliyev Rakhimov Tasmagambetov Omarov Yusupov Karimova
`);

export const GROUPS = lines(`
  the Seven Rivers Jamaat
  the Steppe Brigade
  the Caspian Front
  the Army of the Righteous
  Soldiers of the Caliphate of the Steppe
  the Western Workers Committee
  an unnamed armed cell
  a cross-border smuggling ring
  the Ferghana Valley Battalion
  unknown gunmen
  striking oil workers
  riot police
  a local criminal gang
  former security officers
  the Northern Defence League
`);

export const INCIDENTS = lines(`
  bombing
  shooting
  explosion
  hostage-taking
  armed attack
  riot
  clash
  arson attack
  raid
  assassination
  ambush
  prison uprising
  police operation
  counter-terrorist operation
  strike
  protest
  mass arrest
  knife attack
  attack on a police station
  car bombing
`);

export const TARGETS = lines(`
  a police station
  the regional akimat
  a market
  a bus station
  an oil field
  a mosque
  a checkpoint
  the central square
  a court building
  a prison colony
  a bank branch
  the offices of a ruling-party branch
  a border post
  a residential block
  a gun shop
`);

export const CLAUSES = lines(`
  according to local officials
  citing witnesses at the scene
  in a statement read on state television
  days after the first reports
  in an interview with a regional newspaper
  without giving evidence
  amid a tightly controlled news blackout
  as investigators sealed off the area
  in remarks that the opposition disputed
  while relatives demanded an independent inquiry
  after the internet was cut for several hours
  in a briefing for foreign diplomats
  as the prosecutor opened a criminal case
  two weeks before the trial began
  in a message posted online
  while the regional governor was replaced
`);

export const QUOTE_OPENERS = lines(`
  We will not allow
  There is no doubt that
  The investigation has established that
  We categorically deny
  Eyewitnesses told us that
  It is clear to everyone that
  The authorities are hiding
  Our sources confirm that
  Nobody has been able to verify
  The people of this town know that
  We call on the government to explain why
`);

export const QUOTE_BODIES = lines(`
  the attackers were trained abroad and financed from outside the country
  the police opened fire on unarmed people who were only asking for their wages
  the security services knew about the plot weeks before it happened
  the number of dead is far higher than the official figure
  those arrested were tortured to extract confessions
  this was a criminal act with no political or religious motive
  the victims were ordinary workers and their families
  the explosion was caused by a gas leak, not by a bomb
  foreign journalists were not allowed into the city
  the organisers will be found and punished according to the law
  the trial was closed to the public and the defence was not heard
  extremist literature and weapons were found at the suspects’ homes
`);

export const TAGS = words(`
  terrorism bombing protest labour-unrest extremism human-rights trial extradition police-violence religion
  hostages border prison oil elections media-freedom
`);

export const PUBLISHERS = lines(`
  Steppe Herald
  Caspian Daily
  Central Asia Monitor
  Almaty Evening Post
  Regional Wire Service
  Eurasian Affairs Review
  Bureau for Rights and Liberties
  Ministry Press Office
  Independent Observer
  Open Asia Forum
  Court Reporter Weekly
  Diplomatic Dispatch Archive
`);

export const THINK_TANKS = lines(`
  the Institute for Steppe Studies
  the Central Asia Security Centre
  the Caspian Policy Forum
  the Eurasian Risk Group
  a university in Almaty
`);

export const COUNTRIES = lines(`
  Kazakhstan
  Uzbekistan
  Kyrgyzstan
  Tajikistan
  Russia
  China
  the United States
`);
