/** The 31 zorgkantoorregio's (Wlz care office regions), by stable key. */
export const REGIONS = [
  ["groningen", "Groningen"],
  ["friesland", "Friesland"],
  ["drenthe", "Drenthe"],
  ["twente", "Twente"],
  ["zwolle", "Zwolle"],
  ["apeldoorn_zutphen", "Apeldoorn, Zutphen e.o."],
  ["arnhem", "Arnhem"],
  ["nijmegen", "Nijmegen"],
  ["midden_ijssel", "Midden-IJssel"],
  ["flevoland", "Flevoland"],
  ["utrecht", "Utrecht"],
  ["t_gooi", "'t Gooi"],
  ["noord_holland_noord", "Noord-Holland Noord"],
  ["kennemerland", "Kennemerland"],
  ["zaanstreek_waterland", "Zaanstreek/Waterland"],
  ["amsterdam", "Amsterdam"],
  ["amstelland_meerlanden", "Amstelland en de Meerlanden"],
  ["zuid_hollandse_eilanden", "Zuid-Hollandse Eilanden"],
  ["rotterdam", "Rotterdam"],
  ["delft_westland_oostland", "Delft Westland Oostland"],
  ["haaglanden", "Haaglanden"],
  ["midden_holland", "Midden-Holland"],
  ["zuid_holland_noord", "Zuid-Holland Noord"],
  ["waardenland", "Waardenland"],
  ["zeeland", "Zeeland"],
  ["west_brabant", "West-Brabant"],
  ["midden_brabant", "Midden-Brabant"],
  ["noordoost_brabant", "Noordoost-Brabant"],
  ["zuidoost_brabant", "Zuidoost-Brabant"],
  ["noord_midden_limburg", "Noord- en Midden-Limburg"],
  ["zuid_limburg", "Zuid-Limburg"],
] as const;

export type RegionKey = (typeof REGIONS)[number][0];
export const REGION_KEYS = REGIONS.map(([key]) => key) as unknown as readonly [RegionKey, ...RegionKey[]];
export const regionName = (key: string) => REGIONS.find(([k]) => k === key)?.[1] ?? key;
