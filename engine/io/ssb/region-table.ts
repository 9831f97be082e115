/**
 * Municipality and county names → codes with their history, for files that give names
 * only ("Skien", "Porsgrunn (2020-2023)", "Telemark (-2019)"). Each entry: name, kind
 * (c country, f county, k municipality) and the codes in time order as
 * `code:from-to` (an open end left out): `0806:-2019 3807:2020-2023 4003:2024-`.
 * The last code is the current one. Covers all of Telemark and Vestfold (including the
 * municipalities merged away since 2017), every county since 2017, Oslo and the largest
 * cities. Source: SSB's classification of municipalities and counties (KLASS 131 and
 * 104), changes of 2017, 2018, 2020 and 2024.
 */
export const REGION_TABLE: ReadonlyArray<readonly [string, "c" | "f" | "k", string]> = [
  ["Hele landet", "c", "0"],
  // Telemark municipalities (08xx until 2019, 38xx in Vestfold og Telemark 2020-2023, 40xx from 2024)
  ["Porsgrunn", "k", "0805:-2019 3806:2020-2023 4001:2024-"],
  ["Skien", "k", "0806:-2019 3807:2020-2023 4003:2024-"],
  ["Notodden", "k", "0807:-2019 3808:2020-2023 4005:2024-"],
  ["Siljan", "k", "0811:-2019 3812:2020-2023 4010:2024-"],
  ["Bamble", "k", "0814:-2019 3813:2020-2023 4012:2024-"],
  ["Kragerø", "k", "0815:-2019 3814:2020-2023 4014:2024-"],
  ["Drangedal", "k", "0817:-2019 3815:2020-2023 4016:2024-"],
  ["Nome", "k", "0819:-2019 3816:2020-2023 4018:2024-"],
  ["Bø", "k", "0821:-2019"],
  ["Sauherad", "k", "0822:-2019"],
  ["Midt-Telemark", "k", "3817:2020-2023 4020:2024-"],
  ["Tinn", "k", "0826:-2019 3818:2020-2023 4026:2024-"],
  ["Hjartdal", "k", "0827:-2019 3819:2020-2023 4024:2024-"],
  ["Seljord", "k", "0828:-2019 3820:2020-2023 4022:2024-"],
  ["Kviteseid", "k", "0829:-2019 3821:2020-2023 4028:2024-"],
  ["Nissedal", "k", "0830:-2019 3822:2020-2023 4030:2024-"],
  ["Fyresdal", "k", "0831:-2019 3823:2020-2023 4032:2024-"],
  ["Tokke", "k", "0833:-2019 3824:2020-2023 4034:2024-"],
  ["Vinje", "k", "0834:-2019 3825:2020-2023 4036:2024-"],
  // Vestfold municipalities (07xx until 2019, 38xx 2020-2023, 39xx from 2024)
  ["Horten", "k", "0701:-2019 3801:2020-2023 3901:2024-"],
  ["Holmestrand", "k", "0702:-2017 0715:2018-2019 3802:2020-2023 3903:2024-"],
  ["Tønsberg", "k", "0704:-2019 3803:2020-2023 3905:2024-"],
  ["Sandefjord", "k", "0706:-2016 0710:2017-2019 3804:2020-2023 3907:2024-"],
  ["Larvik", "k", "0709:-2017 0712:2018-2019 3805:2020-2023 3909:2024-"],
  ["Færder", "k", "0729:2018-2019 3811:2020-2023 3911:2024-"],
  ["Svelvik", "k", "0711:-2019"],
  ["Sande", "k", "0713:-2019"],
  ["Hof", "k", "0714:-2017"],
  ["Re", "k", "0716:-2019"],
  ["Andebu", "k", "0719:-2016"],
  ["Stokke", "k", "0720:-2016"],
  ["Nøtterøy", "k", "0722:-2017"],
  ["Tjøme", "k", "0723:-2017"],
  ["Lardal", "k", "0728:-2017"],
  // Oslo and the largest cities
  ["Oslo", "k", "0301"],
  ["Bergen", "k", "1201:-2019 4601:2020-"],
  ["Trondheim", "k", "1601:-2017 5001:2018-"],
  ["Stavanger", "k", "1103"],
  ["Kristiansand", "k", "1001:-2019 4204:2020-"],
  ["Drammen", "k", "0602:-2019 3005:2020-2023 3301:2024-"],
  ["Fredrikstad", "k", "0106:-2019 3004:2020-2023 3107:2024-"],
  ["Bærum", "k", "0219:-2019 3024:2020-2023 3201:2024-"],
  ["Tromsø", "k", "1902:-2019 5401:2020-2023 5501:2024-"],
  ["Ålesund", "k", "1504:-2019 1507:2020-2023 1508:2024-"],
  // Counties
  ["Østfold", "f", "01:-2019 31:2024-"],
  ["Akershus", "f", "02:-2019 32:2024-"],
  ["Oslo", "f", "03"],
  ["Hedmark", "f", "04:-2019"],
  ["Oppland", "f", "05:-2019"],
  ["Buskerud", "f", "06:-2019 33:2024-"],
  ["Vestfold", "f", "07:-2019 39:2024-"],
  ["Telemark", "f", "08:-2019 40:2024-"],
  ["Aust-Agder", "f", "09:-2019"],
  ["Vest-Agder", "f", "10:-2019"],
  ["Rogaland", "f", "11"],
  ["Hordaland", "f", "12:-2019"],
  ["Sogn og Fjordane", "f", "14:-2019"],
  ["Møre og Romsdal", "f", "15"],
  ["Sør-Trøndelag", "f", "16:-2017"],
  ["Nord-Trøndelag", "f", "17:-2017"],
  ["Nordland", "f", "18"],
  ["Troms", "f", "19:-2019 55:2024-"],
  ["Finnmark", "f", "20:-2019 56:2024-"],
  ["Viken", "f", "30:2020-2023"],
  ["Innlandet", "f", "34:2020-"],
  ["Vestfold og Telemark", "f", "38:2020-2023"],
  ["Agder", "f", "42:2020-"],
  ["Vestland", "f", "46:2020-"],
  ["Trøndelag", "f", "50:2018-"],
  ["Troms og Finnmark", "f", "54:2020-2023"],
];

/** Other names for the whole country. */
export const COUNTRY_ALIASES: readonly string[] = ["hele landet", "landet", "norge", "i alt", "landet i alt", "norway", "the whole country"];
