import { defineMessages } from '../messages';

export const iconMessages = defineMessages({
  fi: {
    'icon.gallerySearch': "Hae kuvakkeita",
    'icon.galleryCount.one': "{count} kuvake",
    'icon.galleryCount.other': "{count} kuvaketta",
  },
  sv: {
    'icon.gallerySearch': "Sök ikoner",
    'icon.galleryCount.one': "{count} ikon",
    'icon.galleryCount.other': "{count} ikoner",
  },
  en: {
    'icon.gallerySearch': "Search icons",
    'icon.galleryCount.one': "{count} icon",
    'icon.galleryCount.other': "{count} icons",
  },
});
